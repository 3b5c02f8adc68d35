"""What every decision reader shares: the collector of decisions found, where a clause ends,
how a resolution splits into its parts, and how a clause becomes a decision (verb and object).

Verb forms come from `clauses.FORMS`; a clause's verb and object from `clauses.parse_clause`,
with spaCy's parse as the fallback for clauses the rules cannot read.
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses, nlp
from boardpapers.extractors.text_tools import SpanList, exact_span, line_end, page_of, trim_span
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Decision

BASE = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "base"), key=len, reverse=True))
PAST = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "past"), key=len, reverse=True))
ING = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "ing"), key=len, reverse=True))
NOUNS = "|".join(clauses.NOUN_VERBS)
ADVERBS = r"(?:(?:formally|also|therefore|further|now|hereby|specifically|please|retrospectively)\s+)*"
OUTCOME = re.compile(r"(?:\b(?<![Bb][Ee]\s)(?<![Ii][Ss]\s)(?<![Ww][Aa][Ss]\s)(?<![Aa][Rr][Ee]\s)(?<![Ww][Ee][Rr][Ee]\s)(?:CARRIED|Carried|carried(?=\.)|ADOPTED|Adopted(?=\.)|APPROVED(?=\.)|Agreed(?=\.)|AGREED|LOST|Lost(?=\.)|DEFEATED|Defeated(?=\.))\b"
                     r"|\b(?i:motion\s+(?:passed|carried|failed|defeated|lost))\b"
                     # an outcome line with its tally ("Adopted 4-1.", "Passed unanimously", "Failed 2-3") or the vote
                     # that ends a resolution ("Roll call vote: Vandermeer, Aye; ...")
                     r"|(?m:^)[ \t]*(?:Adopted|Approved|Passed|Carried|Failed|Defeated|Lost)(?=,?[ \t]+(?:\(?\d{1,2}[ \t]*[-–][ \t]*\d|unanimously\b|by\s+(?:a\s+)?(?:vote|majority|roll)\b|on\s+a\s+(?:vote|roll)\b))"
                     r"|(?m:^)[ \t]*(?i:roll[- ]call(?:[ \t]+vote)?)[ \t]*:)")


_CLAUSE_STOP = re.compile(r"\.(?=[”\"’]?\s+(?:[A-Z(]|\d+/\d+|\d{1,4}\.[ \t]+[A-Z]))|\.[”\"’]?\s*$|\n[ \t]*\n(?![ \t]*[a-z])|\n(?=[ \t]*_{5,})|\s(?=(?:Carried|CARRIED)\b)", re.M)
ABBREVIATION = re.compile(
    r"(?:\b(?:Inc|Ltd|Corp|Co|Plc|LLC|No|Nos|St|Dr|Mr|Mrs|Ms|Cllr|Prof|Rev|Hon|approx|ref|para|e\.g|i\.e|vs|v|Ave|Rd|Dept)"
    r"|(?<![\w.])[A-Z])\.$")


def abbreviation_stop(text: str, dot: int) -> bool:
    """The full stop at `dot` closes an abbreviation or an initial ("Inc.", "No.", "Susan G."), not a sentence."""
    if re.search(r"(?i)\b(?:appendix|annex|annexe|schedule|section|table|part|item|figure|option|attachment|plan|phase)\s+[A-Z]$", text[max(0, dot - 14):dot]):
        return False   # "set out in Appendix C. Ms Nandakumar ...": a lettered document ends the sentence
    return bool(ABBREVIATION.search(text, max(0, dot - 12), dot + 1))


_PHRASE_OPENER = re.compile(r"(?i)\s*(?:based|dependent|conditional)\s+(?:on|upon)\b|\s*(?:having|following|further\s+to|pursuant\s+to|subject\s+to)\b")


def leading_action(item: str) -> tuple[str, int] | None:
    """(verb lemma, its length) of an item that opens with its verb: a verb we list, else what the
    parse reads as one ("Update the Code of Conduct ...")."""
    found = clauses.first_word_verb(item)
    if found:
        return found
    if _PHRASE_OPENER.match(item):
        return None   # "Based on compliance with the Guidelines, Ms Titus made a MOTION to APPROVE ...": the grounds, not the act
    lemma = nlp.leading_verb(item)
    return (lemma, len(item.split()[0])) if lemma else None


def clause_end(text: str, start: int, limit: int = 1500) -> int:
    """End of a clause: a sentence end (after any open quotation), a blank line or an outcome."""
    stop = min(len(text), start + limit)

    def first_stop(pos: int) -> int:
        for m in _CLAUSE_STOP.finditer(text, pos, stop):
            if text[m.start()] == "." and abbreviation_stop(text, m.start()):
                continue  # "Inc. (UHHS)", "St. Mary's", "No. 4": not the end of the clause
            return m.start() + (1 if text[m.start()] == "." else 0)
        return stop

    end = first_stop(start)
    quote = re.compile(r"[“\"]").search(text, start, min(end, start + 200))
    if quote:   # a quotation opened inside the clause runs to its close: "That the Board approve “The Plan. 2025”"
        close = re.compile(r"[”\"]").search(text, quote.end(), stop)
        if close:
            end = first_stop(close.end())
    return end


_LIST_WORD = re.compile(r"(?i)\b(?:following|undernoted|under-noted|listed|below|as\s+follows)\b(?:[^:\n]|\n(?![ \t]*\n)){0,160}$")
_LIST_AFTER_COLON = re.compile(r":[ \t]*\n|:\s+\((?:a|i|1)\)\s")
_NOTHING = re.compile(r"(?i)(?:no|none|nothing)\b(?!\.\s*\d|\s+(?:later|less|more|objection)\b)")


class Found:
    """The decisions the readers have found so far in one paper, the spans they took (so a later
    reader does not read the same words again), and those never to be merged as repeats."""

    def __init__(self, paper: Paper):
        self.paper, self.items, self.taken = paper, [], SpanList()
        self.read_elsewhere = SpanList()   # sentences read as a decision whose span is elsewhere (see read_statements)
        self.separate: set[tuple[int, int]] = set()

    def add(self, verb: str, start: int, end: int, status: str, separate: bool = False) -> None:
        text = self.paper.text
        start, end = trim_span(text, start, end, " \t\n.,;:-–“”\"")
        listed = _LIST_AFTER_COLON.search(text, start, end)
        if listed and listed.start() - start >= 12 and (
                _LIST_WORD.search(text, max(start, listed.start() - 180), listed.start())
                or "\t" in text[listed.end():line_end(text, listed.end(), end)]):   # the list is a table
            end = listed.start()   # "the approved minutes of the following committees:" then the list: the list is content
        obj = clauses.clean_object(text[start:end])
        if not obj or len(obj) < 3 or not verb or _NOTHING.match(obj) and len(obj.split()) <= 3:
            return   # "No resolutions were passed", "None were approved": nothing was decided (not "that no changes be ...")
        if _THE_FOLLOWING_RESOLUTION.match(obj):
            return   # "the Board adopted the following resolution by a vote of 7 in favor: RESOLVED, that ...": the
                     # resolution that follows is the decision, read there
        start, end = exact_span(text, start, end, obj)
        self.items.append(Decision(verb=verb, text=obj, status=status, start=start, end=end,
                                   page=page_of(self.paper, start)))
        if separate:   # one of a list of like items ("Granted" under each application): never a repeat
            self.separate.add((start, end))
        self.taken.append((start, end))

    def read_elsewhere_at(self, start: int, end: int) -> None:
        """The sentence [start, end) is read as a decision whose span is elsewhere (the heading it
        names): no reader, rule or general reader, takes the sentence again."""
        self.taken.append((start, end))
        self.read_elsewhere.append((start, end))

    def keep_apart(self, since: int) -> None:
        """The decisions found since item `since` come from one list or one agenda: never repeats of each other."""
        self.separate.update((d.start, d.end) for d in self.items[since:])

    def covered(self, pos: int, slack: int = 300) -> bool:
        """Inside (or just before) a span already taken."""
        return self.taken.near(pos, slack)


def add_clause(out: Found, clause_start: int, clause_end: int, status: str, parse_fallback: bool = True) -> bool:
    text = out.paper.text
    mark = re.match(r"\s*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+", text[clause_start:clause_end])
    if mark:   # "(ii) the transfer of £1.2m ... be approved": the item's own marker is no part of it
        clause_start += mark.end()
    clause = text[clause_start:clause_end]
    if re.match(r"(?i)\s*read\s+a\s+(?:first|second|third)\b", clause):
        return False  # the readings formula confirms the by-law just passed
    parsed = clauses.parse_clause(clause)
    if not parsed and parse_fallback and 3 <= len(clause.split()) <= 60:
        # no governance verb we know: ask the dependency parse for the clause's main verb
        found = nlp.main_verb(clause) or nlp.passive_act(clause)
        if found and found[0] not in ("be", "have", "do") and found[0].isalpha():
            parsed = found
    if not parsed:
        return False
    verb, s, e = parsed
    second = re.search(rf"\s+and\s+(?P<v>{S_FORMS})\s+(?=\w)", clause[s:e])
    if not second and base_verb_before(clause, s):
        # "That Council accept the presentation as information and refer the request to ...", "to approve
        # the sale and to authorize the Trustees to sign": an imperative's second act, not "purchase and install"
        at = next((x.start() for x in AND_BASE.finditer(clause, s, e) if not base_verb_before(clause, x.start())), None)
        second = AND_BASE.match(clause[s:e], at - s) if at is not None else None   # offsets from the object's start
    if second and second.start() > 0 and clauses.lemma_of(second["v"]):
        # "That the Council receives the report and approves the carry-forward": two acts, two objects
        out.add(verb, clause_start + s, clause_start + s + second.start(), status)
        verb, s = clauses.lemma_of(second["v"]), s + second.end()
    joined = re.match(rf"(?i)\s*and\s+(?P<v>{S_FORMS}|{BASE}|{PAST})\s+", clause[s:e])
    if joined and clauses.lemma_of(joined["v"]):   # "That Council receives and notes the reports": both verbs
        out.add(verb, clause_start + s + joined.end(), clause_start + e, status)
        verb, s = clauses.lemma_of(joined["v"]), s + joined.end()
    out.add(verb, clause_start + s, clause_start + e, status)
    passive = re.match(rf"\s*(?:be|is|are|was|were)\s+{ADVERBS}(?:{PAST})\b", clause[e:])
    then = (_SECOND_PASSIVE.match(clause, e + passive.end()) or _ELIDED_PASSIVE.match(clause, e + passive.end())) if passive else None
    if then and clauses.lemma_of(then["v"]):
        # "That the inspection report be received and the action plan at Appendix B be endorsed": two acts
        out.add(clauses.lemma_of(then["v"]), clause_start + then.start("obj"), clause_start + then.end("obj"), status)
    both = re.search(rf"(?i)\b(?P<v1>{PAST})\s+and\s+(?P<v2>{PAST})\b", clause)
    if both and clauses.lemma_of(both["v1"]) == verb and clauses.lemma_of(both["v2"]) != verb:
        out.add(clauses.lemma_of(both["v2"]), clause_start + s, clause_start + e, status)  # "be AUTHORIZED AND APPROVED"
    return True


# after one passive act, a second with its own subject: "... be received and the action plan be endorsed"
_SECOND_PASSIVE = re.compile(rf"\s+and\s+(?:that\s+)?(?P<obj>(?:the|a|an|its|this|these|all)\s(?:[^.;:]|(?<=\d)\.(?=\d)){{2,160}}?)\s+(?:be|is|are)\s+{ADVERBS}(?P<v>{PAST})\b")
# the second with its "be" left out, ending the clause: "the apologies be accepted and the reasons for absence approved"
_ELIDED_PASSIVE = re.compile(rf"\s+and\s+(?:that\s+)?(?P<obj>(?:the|a|an|its|this|these|all)\s(?:[^.;:,]|(?<=\d)[.,](?=\d)){{2,120}}?)\s+(?P<v>{PAST})\s*(?:[.;]|$)")
AND_BASE = re.compile(rf"(?:,\s*|\s+)and\s+(?:to\s+)?(?P<v>{BASE})\s+(?=(?:the|a|an|all|its|it|them|this|these|those|staff|administration)\b|[A-Z$£€0-9])")   # "and award Tender PW-2026-02"


# an imperative item's second act after a comma: "note the likely-case forecast deficit of £1,220k, and endorse the
# recovery plan": two acts, each with its own object
_COMMA_AND_BASE = re.compile(rf"[,;]\s*and\s+(?:to\s+)?(?P<v>{BASE})\s+(?=(?:the|a|an|all|its|this|these|those|their)\b|[A-Z$£€0-9])")


def add_imperative(out: "Found", verb: str, start: int, end: int, status: str) -> None:
    """One imperative item's acts: its own verb's object, and a second act joined by ", and VERB"."""
    text = out.paper.text
    second = _COMMA_AND_BASE.search(text, start, end)
    if second and clauses.lemma_of(second["v"]) and len(text[start:second.start()].split()) >= 2:
        out.add(verb, start, second.start(), status)
        verb, start = clauses.lemma_of(second["v"]), second.end()
    out.add(verb, start, end, status)


def base_verb_before(clause: str, pos: int) -> bool:
    """The word just before `pos` is a verb's base form ("Council adopt", "to approve"), not a noun
    that reads as one ("the mid-year budget review")."""
    word = re.search(r"(?:^|(\S+)\s+)([A-Za-z-]+)\s*$", clause[:pos])
    if not word or clauses.FORMS.get(word.group(2).lower(), ("", ""))[1] != "base":
        return False
    before = word.group(1) or ""
    return not before or before.lower() in ("to", "and", "or", "that") or before[0].isupper() or before.endswith((":", ";", ","))


# a second act of one motion or resolution: "to approve X, and to delegate Y"
AND_TO_ACT = re.compile(rf"[,;]\s+and\s+to\s+(?P<v>{BASE})\s")
_CLAUSE_CUT = re.compile(
    r"(?:(?<=\s)|^)\(?\d{1,2}\)\s+|(?m:^[ \t]*\(?(?:[a-z]|[ivx]{1,4})\)[ \t]+)|(?m:^[ \t]*\d{1,2}\.[ \t]+)|(?m:^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?=(?:to|that)\s))|(?<=[.;])(?<!\bincl\.)(?<!\bexcl\.)(?<!\bapprox\.)(?<!\bNo\.)(?<!\bNos\.)(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)\s+(?=[A-Z(])"
    r"|;\s*(?:and\s+)?(?=(?:AND\s+)?(?:FURTHER\s+)?THAT\b|that\b)|(?:(?<=;\sand\s)|(?<=;\sor\s))(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)|\bAND\s+(?:FURTHER\s+)?THAT\b|,\s+and\s+(?:further\s+)?that\s+(?=\S)"
    rf"|{AND_TO_ACT.pattern}", re.M)   # "RESOLVED to approve X, and to delegate Y": two acts


_MARKER = re.compile(r"\s*\(?(?P<m>\d{1,2}|[a-z]|[ivx]{1,4})\)\s|\s*(?P<n>\d{1,2})\.(?:\d{1,2}\.?)?\s")   # "5.1 to note ..."
# a clause that ends by introducing a list: "the following actions be taken ...:", "... to:"
_LIST_INTRO = re.compile(r"(?i)\bthe\s+following(?:\s+[\w-]+){0,3}\s*:|:\s*$")
# "That the Panel makes the following recommendations to the Commissioner:": making them is the act, the list its content
_MAKES_THE_FOLLOWING = re.compile(r"(?i)\b(?:makes?|submits?|sends?|forwards?|offers?)\s+the\s+following\b")
_ACTIONS_INTRO = re.compile(r"(?i)\bthe\s+following\s+(?:actions?|steps|recommendations?|resolutions?|decisions?|motions?)\b")
_SEAT_NOTE = re.compile(r"(?i)\s*\(\s*(?:(?:cllrs?|councill?ors?|mr|mrs|ms|dr)\.?\s+)?[^,()]{0,40}?\b(?:proposed|moved|seconded|carried|agreed)\b")
_SUBJECT_ONLY = re.compile(r"(?i)(?:that\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*:"   # "That Council:", "THAT the Board:"
                           # "RESOLVED that for the reasons contained in the Officer's report:": a preamble, then the items
                           r"|(?:that\s+)?,?\s*(?:for\s+the\s+reasons?|in\s+accordance\s+with|having\s+(?:considered|regard)|subject\s+to|"
                           r"on\s+the\s+recommendation\s+of|after\s+(?:due\s+)?consideration)\b[^:;.]{0,160}:[-–]?")


def _marker_kind(part: str, last_letter: str | None) -> str | None:
    m = _MARKER.match(part)
    if not m:
        return None
    mk = m["m"] or m["n"]
    if mk.isdigit():
        return "num"
    if re.fullmatch(r"[ivx]+", mk) and not (len(mk) == 1 and last_letter and ord(mk) == ord(last_letter) + 1):
        return "roman"
    return "letter"


def add_parts(out: Found, parts: list[tuple[int, int]], status: str) -> None:
    """The parts of one resolution: distinct decisions even when they read alike
    ("(a) a grant of $1,485,000 to X ...", "(b) a grant of $3,690,000 to X ...")."""
    before = len(out.items)
    for i, (a, b) in enumerate(parts):
        # a later sentence with no marker of its own ("At 3.40 pm Councillors ... left the meeting")
        # counts only with a verb of governance, not by the parser's say-so
        marked = i == 0 or re.match(r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:AND\s+)?(?:THAT|That)\b)", out.paper.text[a:b])
        if not marked and re.match(r"(?i)\s*(?:a\s+)?(?:recorded\s+vote|vote|division|poll|show\s+of\s+hands)\b", out.paper.text[a:b]):
            continue   # "A recorded vote was requested by Trustee X": how it was voted, not a decision
        add_clause(out, a, b, status, parse_fallback=bool(marked))
    if len(parts) > 1:
        out.keep_apart(before)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a resolution that are decisions: numbered and lettered parts, "AND
    THAT", sentences. A part ending "the following actions be taken ...:" hands over to
    its lettered items; any other part ending in a colon ("the following points:", "be
    introduced ... to:") keeps its own decision and its list is content, not decisions."""
    cuts = [start]
    last_number = 0
    for m in _CLAUSE_CUT.finditer(text, start, end):
        numbered = re.fullmatch(r"\s*\(?(\d{1,2})\)\s+", m.group())
        if numbered:
            inline = text[max(0, m.start() - 1):m.start()] not in ("", "\n") and "\n" not in m.group()
            if inline and int(numbered.group(1)) > last_number + 1:
                continue   # "Multiple dwellings (10) at 41 Hallett Street": a count in brackets, not part 10
            last_number = int(numbered.group(1))
        if m.start() <= cuts[-1] + 3:
            continue
        if m.group().startswith(",") and re.search(r"\bthat\b", text[cuts[-1] + 5:m.start()]):
            continue   # "recommended to the Council that A, and that B": two that-clauses of one act
        if re.search(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*$", text[max(0, m.start() - 8):m.start()]):
            continue  # "four (4) optional renewal years": a number spelt out, not a numbered part
        dot = text.rfind(".", cuts[-1], m.start() + 1)
        if dot == m.start() - 1 and abbreviation_stop(text, dot) and not _MARKER.match(text, m.start()):
            continue  # "Councillor S. Stevenson": an initial, not a sentence end
        cuts.append(m.start())
    cuts.append(end)
    parts: list[tuple[int, int]] = []
    skip_kind = None          # items of a content list are skipped down to this marker kind
    last_letter = None
    for a, b in zip(cuts, cuts[1:]):
        part = text[a:b]
        if not part.strip():
            continue
        kind = _marker_kind(part, last_letter)
        if kind == "letter":
            last_letter = _MARKER.match(part)["m"]
        if skip_kind is not None:
            if kind is not None and kind != skip_kind or kind is None and not re.match(r"\s*(?:AND\s+)?(?:THAT|That)\b", part):
                continue  # an item of a list the clause before introduced
            skip_kind = None
        if _SEAT_NOTE.match(part):
            continue  # "(Cllr A proposed, Cllr B seconded, all were in favour)": who moved it, how it was voted
        intro = _LIST_INTRO.search(part.rstrip())
        handed_on = _ACTIONS_INTRO.search(part) and not _MAKES_THE_FOLLOWING.search(part)
        if intro and (handed_on or _SUBJECT_ONLY.fullmatch(part.strip())):
            continue  # its items are the decisions: "the following actions be taken:", "That Council:"
        if intro:
            skip_kind = kind or "top"
            parts.append((a, a + intro.start() + len(intro.group().rstrip(": \t\n"))))
        else:
            parts.append((a, b))
    return parts


MEETING_SUBJECT = re.compile(
    r"(?i)\b(?:board|committee|cabinet|council|governing\s+body|members|group|panel|trustees|commission|forum|"
    r"sub-committee|authority|executive|partnership|assembly|meeting|you|councillors|directors|governors)\b[^.;:\n]{0,60}$")


S_FORMS = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "s"), key=len, reverse=True))
_AND_THAT = re.compile(r"(?:\n[ \t]*){2,}(?=(?:AND|FURTHER)[ ,]+(?:FURTHER[ ,]+)?THAT\b|And\s+(?:further\s+)?that\b)")
_LIST_ITEM_PARA = re.compile(r"(?:\n[ \t]*){2,}(?=[ \t]*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|•)[ \t]+\S)")


_LIST_MARK_AT = re.compile(r"[ \t]*(?P<mark>\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|•)")
_LABEL_THEN_LIST = re.compile(r"[ \t]*[:–—-]?[ \t]*\n\s*(?P<mark>\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])[ \t]+\S")
_CAPS_HEADING = re.compile(r"[ \t]*\S+[ \t]+[A-Z][A-Z &'’,/-]{3,}(?:\n|$)")   # "6. PAY POLICY STATEMENT": the next item


def _marker_class(mark: str) -> str:
    """'num' for "1." or "(2)", 'letter' for "(a)", "b)" or "(iv)", 'bullet' for "•"."""
    core = mark.strip("().")
    return "num" if core.isdigit() else "bullet" if core == "•" else "letter"


_NEXT_PARA = re.compile(r"(?:\n[ \t]*){2,}(?=\S)")
_INDENTED_PARA = re.compile(r"(?:\n[ \t]*){1,}\n(?=[ \t]+\S)")


_THE_FOLLOWING_RESOLUTION = re.compile(r"(?i)the\s+following\s+(?:resolutions?|motions?)\b|the\s+following\s*$")   # (or the list below)
# "XII. NEXT MEETING", "7. ADJOURNMENT": the heading of the next item of the minutes
_NUMBERED_CAPS_HEADING = re.compile(r"(?m)^[ \t]*(?:[IVXL]{1,6}|\d{1,3})[.)][ \t]+[A-Z][A-Z0-9 ,&'’/()-]{3,80}[ \t]*$")


def resolution_end(text: str, start: int, limit: int = 6000) -> int:
    """A resolution runs to its paragraph's end, and on through paragraphs that open
    "AND THAT" / "FURTHER THAT"."""
    end = start
    first = _LABEL_THEN_LIST.match(text, start)
    listed = _marker_class(first["mark"]) if first else None   # "RESOLVED -" then "(a) That ...", "(b) That ..."
    while True:
        end_para = re.compile(r"\n[ \t]*\n").search(text, end, end + 2500)
        end = end_para.start() if end_para else min(len(text), end + 2500)
        heading = _NUMBERED_CAPS_HEADING.search(text, start + 1, end)   # a PDF's paragraphs have no blank line between
        end = heading.start() if heading else end                        # them: the next item's heading ends the resolution
        more = _AND_THAT.match(text, end)
        if not more and re.fullmatch(r"[ \t]*[:–—-]?[ \t]*", text[start:end]):
            more = _NEXT_PARA.match(text, end)         # the label stands alone: the resolution is below it
        elif not more and listed:
            item = _LIST_ITEM_PARA.match(text, end)    # the next part of the same list, or a table inside this one
            same = item and _marker_class(_LIST_MARK_AT.match(text, item.end())["mark"]) == listed \
                and not _CAPS_HEADING.match(text, item.end())
            more = item if same else _INDENTED_PARA.match(text, end)
        elif not more and re.search(r"(?:[:;]|;\s*and,?|,\s*and)\s*$", text[max(start, end - 12):end]):
            more = _LIST_ITEM_PARA.match(text, end)   # "... be taken:" then "a) ...", "b) ..."
            mark = _LIST_MARK_AT.match(text, more.end()) if more and not listed else None
            listed = _marker_class(mark["mark"]) if mark else listed   # and on through the list's later items
        if not more or end - start > limit:
            return end
        end = more.end()
