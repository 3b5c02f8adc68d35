"""Decisions: actions a meeting is asked to take (proposed) or has taken (resolved).

Asked of the meeting: "The Board is asked to: Endorse ...; Note ...", "Members are
invited to consider", "Cabinet is recommended to agree", recommendation items "That
Cabinet approve ...", agenda items "Approval of the minutes", "Resolution: Adopt ...".
Taken, as minutes write them: "RESOLVED: that ...", motions "That ... Carried", "The
Board APPROVED ...", "It was agreed that ...", "The minutes were approved".
Each requested action is one decision: its verb lemma and its object, with the span of
the object. A decision repeated (summary and body) is kept once, at its first span.
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses, nlp, sections
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import exact_span, squash, trim_span
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Decision

_BASE = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "base"), key=len, reverse=True))
_PAST = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "past"), key=len, reverse=True))
_ING = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "ing"), key=len, reverse=True))
_NOUNS = "|".join(clauses.NOUN_VERBS)
ADVERBS = r"(?:(?:formally|also|therefore|further|now|hereby|specifically|please|retrospectively)\s+)*"

ASKED = re.compile(
    r"(?i)\b(?:is|are|was|were|will\s+be|shall\s+be|has\s+been|have\s+been)\s+(?:therefore\s+|now\s+|also\s+)?(?:being\s+)?"
    r"(?:asked|invited|requested|recommended|required)\s+to\b(?:\s+(?:make|take|consider)\s+the\s+following"
    r"(?:\s+\w+)?)?[ \t]*:?")
BULLET = re.compile(r"[ \t]*(?:•|-|–|\*|\(?[a-z0-9ivx]{1,3}[.)]|\d+(?:\.\d+)+\.?)[ \t]+")
RESOLVED = re.compile(r"(?:\bNOW,?\s+THEREFORE,?(?:\s+BE\s+IT\s+RESOLVED(?:\s+THAT)?)?\b|\bRESOLVED\b|(?<![\w-])[Rr]esolved\b(?=\s*(?::|that\b|to\b|-|–|,|\n))"
                      r"|(?m:^[ \t]*(?:DECISIONS?|Decisions?)(?=\s*[:–-]\s*\S)))[ \t]*(?:[:,\-–][ \t]*)?")   # "Decision: The Board approved ..."
THAT_START = re.compile(r"(?m)^[ \t]*(?:THAT|That),?\s+(?=\S)")
MOVER = re.compile(r"(?i)(?:moved|seconded|proposed|motion|\b[A-Z]{0,3}\d{2,4}-\d{1,4}\b|:\s*$)")
OUTCOME = re.compile(r"(?:\b(?:CARRIED|Carried|carried\.|ADOPTED|Adopted\.|APPROVED\.|Agreed\.|AGREED|LOST|Lost\.|DEFEATED|Defeated\.)\b"
                     r"|\b(?i:motion\s+(?:passed|carried|failed|defeated|lost))\b)")
BODY_ACTED = re.compile(
    r"(?:\b(?:The|the)\s+(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,4}|(?:(?<=[.:,]\s)|(?<=^)|(?<=\n)))"   # "The Audit and Risk Committee", "Council" opening a sentence
    r"(?:Board|Committee|Council|Cabinet|Panel|Governing Body|Sub-Committee|Trustees|Commission|Forum|Authority|"
    r"Executive)\s+(?:formally\s+|unanimously\s+|then\s+|duly\s+|also\s+|therefore\s+)?"
    r"(?P<v>(?i:approved|agreed|noted|resolved|adopted|endorsed|ratified|accepted|received|rejected|deferred|"
    r"delegated|confirmed|supported|declined|refused|granted|awarded|appointed|authori[sz]ed))\b")
# members deciding in a sentence of the minutes: "After discussion the Councillors agreed to use ..."
# ("Members noted the housing crisis" is debate, so only an agreement to act counts)
MEMBERS_AGREED_TO = re.compile(r"\b(?:the\s+)?(?:Councillors|Members|Trustees|Directors|Governors)\s+(?:then\s+|unanimously\s+|all\s+)?"
                               r"(?:agreed|resolved|decided)\s+(?=to\s+[a-z])")
AND_THEY_WERE = re.compile(r"\band\s+(?:they|it)\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?P<v>signed|approved|agreed|adopted|accepted|confirmed)\b"
                           r"(?!\s+(?:to|that)\b)")   # "and it was agreed to note ...": the impersonal formula, read elsewhere
MINUTE_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,3}/\d{2,4}|\d{1,3}\.)[ \t]+(?P<h>[A-Z][^.\n]{3,120})")
IT_WAS = re.compile(r"(?i)\bit\s+was\s+(?:unanimously\s+|further\s+|therefore\s+)?(?P<v>agreed|resolved|noted|approved|decided)\s*(?::|\bthat\b|(?=\s+to\b)|,)?")
PASSIVE_MAIN = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<subj>[A-Z](?:[^.;:\n]|(?<=\d)\.(?=\d)|\n(?![ \t]*\n)){3,160}?)\s+(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?"
    r"(?:(?:proposed|moved|presented|submitted|tabled)\s+by\s+[^.;]{0,160}?\s+and\s+)?(?:declared\s+)?"
    r"(?P<v>approved|agreed|adopted|noted|received|accepted|signed|ratified|confirmed|endorsed|carried|elected)\b")
ANAPHOR = re.compile(r"(?i)^(?:they|it|this|these)$|^(?:the|this|these|that)\s+(?:revised\s+|original\s+|said\s+|above\s+)?(?:amendments?|motions?|proposals?|recommendations?|items?|"
                     r"resolutions?)\b")
SUBMITTED_BY = re.compile(
    r"[^\n:]{0,40}:\s*(?:(?:Amendment|Motion|Proposal)\s+)?(?:submitted|proposed|tabled|moved)\s+by\s+(?:Cllr\.?|Councillor|Cllrs\.?)?\s*"
    r"[A-Z][\w’'.()-]*(?:\s+(?:[A-Z][\w’'.()-]*|[OoDd]’\w+|and\s+(?:Cllr\.?|Councillor)))*\s*(?:[–-]+|re:|:|to\s+(?:[a-z]+\s+)?)?\s*")
HEADING_ABOVE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}\.?[ \t]*)?(?P<h>[A-Z][^.;:\n]{2,80})[ \t]*\n[ \t]*\Z")
PROCEDURAL = re.compile(r"(?i)(?:apologies|declarations?\s+of\s+interests?|(?:no\s+)?(?:other\s+)?interests|the\s+meeting|the\s+quorum|"
                        r"these\s+minutes|(?:on|upon|following|after)\s)")   # "On a secret ballot the motion was carried": a vote
REPORTED = re.compile(r"(?i)\b(?:confirmed|advised|stated|said|reported|explained|informed|indicated|noted|announced|declared)\b")
ITEM_TITLE = re.compile(r"(?im)^[ \t]*(?P<t>(?:amendments?|motions?|items?|proposals?|recommendations?|resolutions?|applications?|"
                        r"notice\s+of\s+motion)\s+(?:no\.?\s*)?\d+[^\n]*)")
AGENDA_ITEM = re.compile(
    rf"(?im)^[ \t]*(?:\d+[.)]|[A-Z][.)]|[IVX]+[.)])?[ \t]*(?:(?:review|presentation|discussion|consideration)\s+and\s+)?"
    rf"(?:(?P<pre>(?:Resolution|By-?Law|Motion|Ordinance)\b[ \t]*(?:No\.?[ \t]*)?"
    rf"(?:\(?[\w-]*\d[\w-]*\)?)?[ \t]*[:\-–]?[ \t]*(?:to[ \t]+)?))?"
    rf"(?P<v>{_BASE}|{_NOUNS}|(?(pre)(?!(?:on|of|for|in|at|to|and|the|no|re|from)\b)[A-Z][a-z]+))\b(?:\s+(?:of|for))?[ \t]+(?P<obj>[^\n]+)")
SECONDER = re.compile(r",\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:seconds?|seconded|seconding|so\s+moved)\b|seconded\b|(?:by\s+)?(?:voice|roll[- ]call)\s+vote)"
                      r"|\s+[Ss]econded\s+by\b")
MOVED = re.compile(
    r"(?i)\b(?:motion\s+(?:was\s+)?(?:made\s+)?by\s+(?:[^,.;]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.){2,60},\s*"
    r"seconded\s+by\s+(?:[^,.;]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.){2,60},?\s*to|"
    r"(?:made|makes|make|making)\s+(?:a|the)\s+motion\s+to|"
    r"\ba\s+motion\s+to(?=\s+\w+[^.]{0,200}?\bso\s+moved)|"   # "Asking for a motion to accept X, Member Y so moved"
    r"moved(?:\s+and\s+seconded)?(?:\s+by\s+[^,.;]{2,60})?,?\s+to|moved\s+that\s+(?:the\s+\w+\s+)?)\s+"
    r"(?P<v>[a-z]+)\s+(?P<obj>[^.;]{3,300})")
NUMBERED_ACTION = re.compile(rf"(?<![\d,.$])(?:\*|S-)?(?P<n>\d{{1,4}})\s+(?P<v>(?i:{_BASE}))(?=\s+[a-zA-Z$])(?!\s+of\b)\s+"
                             rf"(?P<obj>(?:[^()\n]|\n(?![ \t]*\n)(?![ \t]*[A-Z][a-z]+ \d{{1,2}}, \d{{4}}))"   # runs over a wrapped line
                             rf"{{5,400}}?)\s*(?=\(|\n[ \t]*\n|$)")
RES_ING = re.compile(rf"(?i)\b(?:Resolution|Ordinance|Motion)\s+(?:of\s+(?:Intent|Support)\s+)?(?:No\.?\s*[\w-]+\s+)?(?P<v>{_ING})\s+(?P<obj>[^.;\n]+)")


_CLAUSE_STOP = re.compile(r"\.(?=[”\"’]?\s+(?:[A-Z(]|\d+/\d+))|\.[”\"’]?\s*$|\n[ \t]*\n|\n(?=[ \t]*_{5,})|\s(?=(?:Carried|CARRIED)\b)", re.M)
ABBREVIATION = re.compile(
    r"(?:\b(?:Inc|Ltd|Corp|Co|Plc|LLC|No|Nos|St|Dr|Mr|Mrs|Ms|Cllr|Prof|Rev|Hon|approx|ref|para|e\.g|i\.e|vs|Ave|Rd|Dept)"
    r"|(?<![\w.])[A-Z])\.$")


def _clause_end(text: str, start: int, limit: int = 1500) -> int:
    """End of a clause: a sentence end (after any open quotation), a blank line or an outcome."""
    stop = min(len(text), start + limit)
    quote = re.compile(r"[“\"]").search(text, start, min(stop, start + 200))
    pos = start
    if quote:
        close = re.compile(r"[”\"]").search(text, quote.end(), stop)
        if close:
            pos = close.end()
    for m in _CLAUSE_STOP.finditer(text, pos, stop):
        if text[m.start()] == "." and ABBREVIATION.search(text, max(0, m.start() - 12), m.start() + 1):
            continue  # "Inc. (UHHS)", "St. Mary's", "No. 4": not the end of the clause
        return m.start() + (1 if text[m.start()] == "." else 0)
    return stop


class _Out:
    def __init__(self, paper: Paper):
        self.paper, self.items, self.taken = paper, [], []
        self.separate: set[tuple[int, int]] = set()

    def add(self, verb: str, start: int, end: int, status: str, separate: bool = False) -> None:
        text = self.paper.text
        start, end = trim_span(text, start, end, " \t\n.,;:-–“”\"")
        obj = clauses.clean_object(text[start:end])
        if not obj or len(obj) < 3 or not verb:
            return
        start, end = exact_span(text, start, end, obj)
        self.items.append(Decision(verb=verb, text=obj, status=status, start=start, end=end,
                                   page=self.paper.page_of(start)))
        if separate:   # one of a list of like items ("Granted" under each application): never a repeat
            self.separate.add((start, end))
        self.taken.append((start, end))

    def covered(self, pos: int, slack: int = 300) -> bool:
        """Inside (or just before) a span already taken."""
        return any(s - slack <= pos <= e for s, e in self.taken)


def _add_clause(out: _Out, clause_start: int, clause_end: int, status: str, parse_fallback: bool = True) -> bool:
    text = out.paper.text
    clause = text[clause_start:clause_end]
    if re.match(r"(?i)\s*read\s+a\s+(?:first|second|third)\b", clause):
        return False  # the readings formula confirms the by-law just passed
    parsed = clauses.parse_clause(clause)
    if not parsed and parse_fallback and 3 <= len(clause.split()) <= 60:
        # no governance verb we know: ask the dependency parse for the clause's main verb
        found = nlp.main_verb(clause)
        if found and found[0] not in ("be", "have", "do") and found[0].isalpha():
            parsed = found
    if not parsed:
        return False
    verb, s, e = parsed
    joined = re.match(rf"(?i)\s*and\s+(?P<v>{_S_FORMS}|{_BASE}|{_PAST})\s+", clause[s:e])
    if joined and clauses.lemma_of(joined["v"]):   # "That Council receives and notes the reports": both verbs
        out.add(verb, clause_start + s + joined.end(), clause_start + e, status)
        verb, s = clauses.lemma_of(joined["v"]), s + joined.end()
    out.add(verb, clause_start + s, clause_start + e, status)
    both = re.search(rf"(?i)\b(?P<v1>{_PAST})\s+and\s+(?P<v2>{_PAST})\b", clause)
    if both and clauses.lemma_of(both["v1"]) == verb and clauses.lemma_of(both["v2"]) != verb:
        out.add(clauses.lemma_of(both["v2"]), clause_start + s, clause_start + e, status)  # "be AUTHORIZED AND APPROVED"
    return True


_CLAUSE_CUT = re.compile(
    r"(?:(?<=\s)|^)\(?\d{1,2}\)\s+|(?m:^[ \t]*\(?(?:[a-z]|[ivx]{1,4})\)[ \t]+)|(?m:^[ \t]*\d{1,2}\.[ \t]+)|(?<=[.;])\s+(?=[A-Z(])"
    r"|;\s*(?:and\s+)?(?=(?:AND\s+)?THAT\b|that\b)|\bAND\s+THAT\b", re.M)
_MARKER = re.compile(r"\s*\(?(?P<m>\d{1,2}|[a-z]|[ivx]{1,4})\)\s|\s*(?P<n>\d{1,2})\.\s")
# a clause that ends by introducing a list: "the following actions be taken ...:", "... to:"
_LIST_INTRO = re.compile(r"(?i)\bthe\s+following(?:\s+[\w-]+){0,3}\s*:|:\s*$")
_ACTIONS_INTRO = re.compile(r"(?i)\bthe\s+following\s+(?:actions?|steps|recommendations?|resolutions?|decisions?|motions?)\b")


_SEAT_NOTE = re.compile(r"(?i)\s*\(\s*(?:(?:cllrs?|councill?ors?|mr|mrs|ms|dr)\.?\s+)?[^,()]{0,40}?\b(?:proposed|moved|seconded|carried|agreed)\b")


_SUBJECT_ONLY = re.compile(r"(?i)(?:that\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*:")   # "That Council:", "THAT the Board:"


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


def _add_parts(out: _Out, parts: list[tuple[int, int]], status: str) -> None:
    """The parts of one resolution: distinct decisions even when they read alike
    ("(a) a grant of $1,485,000 to X ...", "(b) a grant of $3,690,000 to X ...")."""
    before = len(out.items)
    for i, (a, b) in enumerate(parts):
        # a later sentence with no marker of its own ("At 3.40 pm Councillors ... left the meeting")
        # counts only with a verb of governance, not by the parser's say-so
        marked = i == 0 or re.match(r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:AND\s+)?(?:THAT|That)\b)", out.paper.text[a:b])
        _add_clause(out, a, b, status, parse_fallback=bool(marked))
    if len(parts) > 1:
        out.separate.update((d.start, d.end) for d in out.items[before:])


def _split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a resolution that are decisions: numbered and lettered parts, "AND
    THAT", sentences. A part ending "the following actions be taken ...:" hands over to
    its lettered items; any other part ending in a colon ("the following points:", "be
    introduced ... to:") keeps its own decision and its list is content, not decisions."""
    cuts = [start]
    for m in _CLAUSE_CUT.finditer(text, start, end):
        if m.start() <= cuts[-1] + 3:
            continue
        if re.search(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*$", text[max(0, m.start() - 8):m.start()]):
            continue  # "four (4) optional renewal years": a number spelt out, not a numbered part
        dot = text.rfind(".", cuts[-1], m.start() + 1)
        if dot == m.start() - 1 and ABBREVIATION.search(text, max(0, dot - 12), dot + 1) and not _MARKER.match(text, m.start()):
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
        if intro and (_ACTIONS_INTRO.search(part) or _SUBJECT_ONLY.fullmatch(part.strip())):
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


def _asked(paper: Paper, out: _Out) -> None:
    text = paper.text
    for m in ASKED.finditer(text):
        before = text[max(0, m.start() - 120):m.start()]
        before = re.split(r"[.;:!?]\s|\n\s*\n", before)[-1]
        if not MEETING_SUBJECT.search(before):
            continue  # "practices will be asked to confirm": not the meeting's decision
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end():line_end]
        if rest.strip(" \t:"):
            _asked_inline(paper, out, m.end(), _clause_end(text, m.end()))
        else:
            _asked_list(paper, out, line_end)


_S_FORMS = "|".join(sorted((f for f, (_, k) in clauses.FORMS.items() if k == "s"), key=len, reverse=True))
RECOMMENDED_THAT = re.compile(
    rf"(?i)\bit\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended\s+that\s+(?P<subj>(?:the\s+)?[\w&' -]{{2,50}}?)\s+"
    rf"(?:should\s+)?{ADVERBS}(?P<v>{_S_FORMS}|{_BASE})\b")


def _recommended_that(paper: Paper, out: _Out) -> None:
    """ "It is recommended that the Board approves the Quality Account": asked of the meeting."""
    text = paper.text
    for m in RECOMMENDED_THAT.finditer(text):
        if out.covered(m.start(), slack=0) or not MEETING_SUBJECT.search(m["subj"]):
            continue
        _asked_inline(paper, out, m.start("v"), _clause_end(text, m.start("v")))


def _asked_inline(paper: Paper, out: _Out, start: int, end: int) -> None:
    text = paper.text
    split = re.compile(rf"(?i);\s*(?:and\s+)?|,?\s+and\s+(?:to\s+)?(?={ADVERBS}(?:{_BASE})\b)|,\s+(?={ADVERBS}(?:{_BASE})\s)")
    seps = list(split.finditer(text, start, end))
    bounds = list(zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [end]))
    bare: list[str] = []   # "receive and note the report": a verb with no object shares the next one's
    for a, b in bounds:
        seg = text[a:b]
        lead = re.match(rf"\s*(?:{ADVERBS})", seg)
        a += lead.end() if lead else 0
        fv = clauses.first_word_verb(text[a:b])
        if not fv:
            continue
        if not text[a + fv[1]:b].strip():
            bare.append(fv[0])
            continue
        for verb in bare + [fv[0]]:
            out.add(verb, a + fv[1], b, "proposed", separate=bool(bare))
        bare = []


def _marker_style(marker: str) -> str:
    m = marker.strip()
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", m):
        return "decimal"
    if re.fullmatch(r"\(?\d+[.)]", m):
        return "number"
    if re.fullmatch(r"\(?[ivx]+[.)]", m):
        return "roman-or-letter"
    if re.fullmatch(r"\(?[a-z][.)]", m):
        return "roman-or-letter"
    return "bullet"


def _asked_list(paper: Paper, out: _Out, pos: int) -> None:
    text = paper.text
    items: list[list[int]] = []
    blank = 0
    marked_list = False   # every item so far opened with a bullet or "(a)": unmarked lines continue them
    style = None          # the first item's kind of marker
    for m in re.finditer(r"[^\n]*\n?", text[pos + 1:pos + 3000]):
        line = m.group()
        ls, le = pos + 1 + m.start(), pos + 1 + m.start() + len(line.rstrip("\n"))
        if not line.strip():
            blank += 1
            if blank > 2 or not line:
                break
            continue
        bullet = BULLET.match(line)
        if bullet and items and style and _marker_style(bullet.group()) != style:
            break   # "(a) ... (b) ..." then "2.2 Committee is recommended ...": the list has ended
        if bullet and not items:
            style = _marker_style(bullet.group())
        body_start = ls + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        starts_verb = clauses.first_word_verb(text[body_start:le])
        if not starts_verb and text[body_start:body_start + 1].isupper() and (not items or blank):
            lemma = nlp.leading_verb(text[body_start:le])      # a verb we do not list
            starts_verb = (lemma, len(text[body_start:le].split()[0])) if lemma else None
        if bullet or (starts_verb and text[body_start:body_start + 1].isupper() and not marked_list):
            if not starts_verb and not bullet:
                break
            items.append([body_start, le])
            marked_list = bool(bullet) and (len(items) == 1 or marked_list)
        elif items and blank == 0 and "\t" not in line and not (
                text[items[-1][0]:items[-1][1]].rstrip().endswith(".") and line.lstrip()[:1].isupper()) and (
                line.lstrip()[:1].islower() or marked_list or re.search(
                r"(?i)(?:[,(&-]|\b(?:and|or|of|to|the|for|in|with|by|on|at|a|an|this|that|its|their|from|within|under))\s*$",
                text[items[-1][0]:items[-1][1]])):
            items[-1][1] = le   # the item runs on: a wrapped line with no marker of its own
        else:
            break
        blank = 0
    for s, e in items:
        fv = clauses.first_word_verb(text[s:e])
        if not fv:
            lemma = nlp.leading_verb(text[s:e])
            fv = (lemma, len(text[s:e].split()[0])) if lemma else None
        if fv:
            out.add(fv[0], s + fv[1], e, "proposed")


def _recommended(paper: Paper, out: _Out, kind: str) -> None:
    """Recommendation items phrased as the meeting's own action: "That Cabinet approve ...".
    In minutes a recommendation heading reports another body's advice, not this meeting's."""
    if kind == "minutes":
        return
    text = paper.text
    for sec in sections.recommendation_sections(text):
        for s, e in sec.items:
            item = text[s:e]
            m = re.match(r"\s*(?:\S+\s+)?(?:That|THAT)\s+", item)
            if not m or out.covered(s):
                continue
            _add_clause(out, s + m.end(), s + len(item.rstrip()), "proposed")


_AND_THAT = re.compile(r"(?:\n[ \t]*){2,}(?=(?:AND|FURTHER)[ ,]+(?:FURTHER[ ,]+)?THAT\b|And\s+(?:further\s+)?that\b)")


_LIST_ITEM_PARA = re.compile(r"(?:\n[ \t]*){2,}(?=[ \t]*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|•)[ \t]+\S)")


def _resolution_end(text: str, start: int, limit: int = 6000) -> int:
    """A resolution runs to its paragraph's end, and on through paragraphs that open
    "AND THAT" / "FURTHER THAT"."""
    end = start
    while True:
        end_para = re.compile(r"\n[ \t]*\n").search(text, end, end + 2500)
        end = end_para.start() if end_para else min(len(text), end + 2500)
        more = _AND_THAT.match(text, end)
        if not more and re.search(r"(?:[:;]|;\s*and,?|,\s*and)\s*$", text[max(start, end - 12):end]):
            more = _LIST_ITEM_PARA.match(text, end)   # "... be taken:" then "a) ...", "b) ..."
        if not more or end - start > limit:
            return end
        end = more.end()


def _resolved(paper: Paper, out: _Out, kind: str) -> None:
    """RESOLVED blocks: taken in minutes; in any other paper a draft resolution is proposed."""
    text = paper.text
    status = "resolved" if kind == "minutes" else "proposed"
    for m in RESOLVED.finditer(text):
        if re.search(r"(?i)\b(?:un|be\s+|to\s+be\s+|was\s+not\s+)$", text[max(0, m.start() - 8):m.start()]):
            continue
        if re.match(r"\s*I\b", text[m.end():m.end() + 3]):
            continue  # "NOW, THEREFORE, I, the Chair, ...": a personal declaration, not the meeting's
        start = m.end()
        acted = BODY_ACTED.match(text, start)
        if acted:   # "Decision: The Board NOTED the position and SUPPORTED the actions"
            _body_acted(out, acted)
            continue
        label = m.group().strip(" \t:–-").lower().startswith("decision")
        end = _clause_end(text, start) if label else _resolution_end(text, start)   # a label governs its sentence
        nxt = RESOLVED.search(text, start, end)
        end = nxt.start() if nxt else end
        outcome = OUTCOME.search(text, start, end)
        end = outcome.start() if outcome else end
        heading = MINUTE_NUMBER.search(text, start, end)  # "36/17 Clerk Vacancy", "ICB/25/064 Matters arising"
        end = heading.start() if heading else end
        taken_here = "resolved" if TAKEN.match(text, start) else status   # "Resolved: The Board ratified ..."
        _add_parts(out, _split_clauses(text, start, end), taken_here)


MINUTE_NUMBER = re.compile(r"\s(?:[A-Z]{2,6}/)?\d{1,3}/\d{2,4}\s+[A-Z]")
TAKEN = re.compile(rf"(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{_PAST})\b")
DECLARATION = re.compile(r"\bI,\s+[A-Z][\w.’' -]{2,40},\s+(?:as\s+)?(?:the\s+)?[A-Z]")
SIGNED = re.compile(r"(?i)\bsigned\s*:|/s/")


def _declarations(text: str) -> list[tuple[int, int]]:
    """ "I, Jane Doe, as the Chair ..., hereby declare: THAT ...": one person's declaration,
    not a decision of the meeting, down to its signature."""
    spans = []
    for m in DECLARATION.finditer(text):
        sig = SIGNED.search(text, m.end(), m.end() + 4000)
        spans.append((m.start(), sig.end() + 200 if sig else m.end() + 4000))
    return spans


def _motions(paper: Paper, out: _Out) -> None:
    text = paper.text
    declared = _declarations(text)
    for m in THAT_START.finditer(text):
        if out.covered(m.start()) or any(a <= m.start() < b for a, b in declared):
            continue
        before = text[max(0, m.start() - 160):m.start()]
        end = _resolution_end(text, m.end())
        outcome = OUTCOME.search(text, m.end(), end)
        last_line = before.rstrip().split("\n")[-1] if before.strip() else ""
        if not outcome and not MOVER.search(last_line):
            continue
        if outcome and re.search(r"(?i)lost|defeated|failed", outcome.group()):
            continue
        stop = outcome.start() if outcome else end
        _add_parts(out, _split_clauses(text, m.end(), stop), "resolved")


def _body_acted(out: _Out, m: re.Match) -> None:
    """ "The Board APPROVED the budget and NOTED the risks": one decision per verb."""
    text = out.paper.text
    lem = clauses.lemma_of(m["v"])
    end = _clause_end(text, m.end(), 600)
    that = re.match(r"\s*(?:(?:nem\.?\s*con\.?|unanimously)\s+)?(?:that\s+)?", text[m.end():end])   # "AGREED nem. con. the ..."
    if not lem or lem in clauses.WEAK:
        return
    start = m.end() + (that.end() if that else 0)
    bare = []   # "RECEIVED and NOTED the report": both verbs take the report
    for more in re.finditer(rf"(?:^|\s+)and\s+(?P<v>(?i:{_PAST}))\b", text[start:end]):
        lem2 = clauses.lemma_of(more["v"])
        if lem2 and more["v"].isupper() == m["v"].isupper():
            if text[start:start + more.start()].strip():
                for verb in bare + [lem]:
                    out.add(verb, start, start + more.start(), "resolved")
                bare = []
            else:
                bare.append(lem)
            lem, start = lem2, start + more.end()
    for verb in bare + [lem]:
        out.add(verb, start, end, "resolved")


def _minutes_statements(paper: Paper, out: _Out) -> None:
    text = paper.text
    for m in BODY_ACTED.finditer(text):
        if not out.covered(m.start(), slack=0):
            _body_acted(out, m)
    for m in MEMBERS_AGREED_TO.finditer(text):
        if out.covered(m.start(), slack=0):
            continue
        end = _clause_end(text, m.end(), 600)
        inf = re.match(rf"to\s+{ADVERBS}(?P<v>{_BASE})\b", text[m.end():end])
        if inf:   # "the Councillors agreed to approve X": approve X
            out.add(clauses.lemma_of(inf["v"]) or "agree", m.end() + inf.end(), end, "resolved")
        else:     # "the Councillors agreed to use the current tree guard"
            out.add("agree", m.end(), end, "resolved")
    for m in AND_THEY_WERE.finditer(text):
        head = list(MINUTE_HEADING.finditer(text, max(0, m.start() - 800), m.start()))
        if head and not out.covered(m.start(), slack=0):
            h = head[-1]   # "26/17 Minutes of the meeting held on 2 March 2017. ... and they were signed as a true record"
            out.add(clauses.lemma_of(m["v"]), h.start("h"), h.end("h"), "resolved")
    for m in IT_WAS.finditer(text):
        if out.covered(m.start()):
            continue
        end = _clause_end(text, m.end(), 600)
        inf = re.match(rf"\s*to\s+{ADVERBS}(?P<v>{_BASE})\b", text[m.end():end])
        if inf:
            out.add(clauses.lemma_of(inf["v"]) or inf["v"].lower(), m.end() + inf.end(), end, "resolved")
        else:
            verb = {"decided": "agree", "resolved": "agree"}.get(m["v"].lower(), clauses.lemma_of(m["v"]))
            out.add(verb, m.end(), end, "resolved")
    for m in PASSIVE_MAIN.finditer(text):
        if out.covered(m.start(), slack=100) or re.search(r"(?i)\b(?:if|when|which|who|had|has|have)\b", m["subj"]):
            continue
        if PROCEDURAL.match(re.sub(r"^[^\n]*\n\s*", "", m["subj"]) if "\n" in m["subj"] else m["subj"]) or PROCEDURAL.match(m["subj"]):
            continue  # "Apologies were noted", "The meeting was confirmed as quorate": the formalities
        if REPORTED.search(m["subj"]):
            continue  # "The Administrator confirmed the proposal was carried": a report of the vote
        if re.match(r"(?i)on\s+being\s+put|following\s+(?:a|the)\s+vote", m["subj"]):
            continue  # "On being put to the vote the recommendation was carried": the vote, not the decision
        if m["v"].lower() == "received" and not re.search(r"(?i)\b(?:report|minutes|update|accounts|statement|petition)\b", m["subj"]):
            continue  # "Three bids were received": a fact, not a decision
        lem = "agree" if m["v"].lower() == "carried" else clauses.lemma_of(m["v"])
        heading = HEADING_ABOVE.search(text, max(0, m.start() - 200), m.start())
        if re.fullmatch(r"(?i)these|this|it|they", m["subj"].strip()) and heading:
            out.add(lem, heading.start("h"), heading.end("h"), "resolved")   # "2. Minutes of the 2024 AGM / These were approved"
            continue
        if ANAPHOR.match(m["subj"]):
            # "The Amendment ... was approved": the decision is the item headed just before
            titles = list(ITEM_TITLE.finditer(text, max(0, m.start() - 6000), m.start()))
            if titles:
                t = titles[-1]
                nxt = re.compile(r"(?m)^[ \t]*(?=The\s|This\s|They\s|Cllr|Councillor|Following|It\s)").search(text, t.end(), m.start())
                end = nxt.start() if nxt else m.start()
                # the amendment's content, not who tabled it: "Amendment No. 4: Amendment submitted by
                # Cllr. Liam Galvin to support the Extension of the development boundary"
                by = SUBMITTED_BY.match(text, t.start("t"), end)
                # each titled item is its own decision, however alike two amendments read
                out.add(lem, by.end() if by and by.end() < end - 3 else t.start("t"), end, "resolved", separate=True)
                continue
        by = re.compile(r",?\s+(?:proposed|moved|seconded)\s+by\b").search(text, m.start("subj"), m.end("subj"))
        start = m.start("subj")
        head = re.match(r"[A-Z][^.,;:\n]{0,60}\n(?=[ \t]*[A-Z])", m["subj"])
        if head and len(head.group().split()) <= 12:
            start += head.end()   # "Appointment of Associate Members\nThe following ... were agreed": a heading first
        out.add(lem, start, by.start() if by else m.end("subj"), "resolved")


def _moved(paper: Paper, out: _Out, kind: str) -> None:
    """"Motion by X, seconded by Y, to approve the agenda. Motion carried." (US minutes)."""
    text = paper.text
    for m in MOVED.finditer(text):
        if out.covered(m.start()):
            continue
        after = text[m.end():m.end() + 250]
        outcome = re.search(r"(?i)\bmotion\s+(carried|passed|failed|lost|defeated)|\b(carried|failed|defeated)\b", after)
        if outcome and re.match(r"(?i)fail|lost|defeat", outcome.group(1) or outcome.group(2)):
            continue
        if not outcome and kind != "minutes":
            continue
        verb = clauses.lemma_of(m["v"])
        if verb is None:
            by_to = re.search(r"(?i)\bto\s+$", text[m.start():m.start("v")])
            if not by_to or m["v"].lower() in {"the", "a", "an", "be", "have", "that", "this", "it", "all"}:
                continue
            verb = m["v"].lower()   # "to reaffirm the policy": the infinitive is the verb
        end = min(_clause_end(text, m.start("obj"), 400), text.find(";", m.start("obj")) % (len(text) + 1))
        second = SECONDER.search(text, m.start("obj"), end)
        end = second.start() if second else end   # "to accept the minutes, Dick Dillon seconds, voice vote ..."
        out.add(verb, m.start("obj"), end, "resolved" if kind == "minutes" else "proposed")   # "award Bid No. 24-07 to X"


_NAME = r"(?:[^,.;\n]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr|Hon)\.){2,60}"
MOVED_THAT = re.compile(rf"(?i)\b(?:it\s+was\s+)?moved\s+by\s+{_NAME},?\s+(?:and\s+)?seconded\s+by\s+{_NAME},?\s+"
                        rf"(?:(?P<to>to)\s+(?:board\s+)?(?=[a-z])|that\s+)")
VOTED_TO = re.compile(rf"(?i)\bvoted\s+(?:\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+|unanimously\s+)?to\s+{ADVERBS}(?P<v>{_BASE})\s+")


def _moved_by(paper: Paper, out: _Out, kind: str) -> None:
    """ "It was moved by Ms. Costa, seconded by Ms. Creason, that the minutes be approved" or
    "..., to adopt Resolution No. A-418 ..."; "the board voted 4-0 to accept X"."""
    text = paper.text
    status = "resolved" if kind == "minutes" else "proposed"
    for m in MOVED_THAT.finditer(text):
        if out.covered(m.end(), slack=0):
            continue
        end = _clause_end(text, m.end(), 600)
        outcome = OUTCOME.search(text, m.end(), end)
        end = outcome.start() if outcome else end
        if m["to"]:
            fv = clauses.first_word_verb(text[m.end():end])
            if fv:
                out.add(fv[0], m.end() + fv[1], end, status)
        else:
            _add_clause(out, m.end(), end, status)
    for m in VOTED_TO.finditer(text):
        if not out.covered(m.start(), slack=0):
            out.add(clauses.lemma_of(m["v"]), m.end(), _clause_end(text, m.end(), 400), "resolved")


def _numbered_actions(paper: Paper, out: _Out) -> None:
    """Council minutes listing items as "41 Appoint X to the Y Committee (Report) CONFIRMED"."""
    text = paper.text
    hits = list(NUMBERED_ACTION.finditer(text))
    if len(hits) < 3:
        return
    for m in hits:
        if out.covered(m.start("v"), slack=0):
            continue
        after = text[m.end():m.end() + 300]
        status = "proposed" if re.search(r"PASSED TO SECOND READING|CONTINUED|REFERRED", after[:200]) else "resolved"
        verb = clauses.lemma_of(m["v"])
        out.add(verb, m.start("obj"), m.end("obj"), status)


LIST_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<v>[A-Z][a-z]+)[ \t]+(?P<n>[A-Z][\w()'’ -]{2,40}?)[ \t]*:?[ \t]*\n"
                          r"(?=[ \t]*[A-Z][.)][ \t])")
LETTERED = re.compile(r"(?m)^[ \t]*[A-Z][.)][ \t]+(?P<body>[^\n]+(?:\n(?![ \t]*(?:[A-Z][.)]|\d{1,2}[.)])[ \t])[^\n:]+(?=\n))*)")


def _agenda_lists(paper: Paper, out: _Out) -> None:
    """A verb heading over lettered items: "Ratify Appointment(s):" then "A. Jane Doe, Analyst ..."
    is one decision per item. Items that start with their own verb ("A. Establish a budget ...")
    are read as agenda items; the heading ("1. Establish Budgets") is then no decision."""
    text = paper.text
    for h in LIST_HEADING.finditer(text):
        form = clauses.FORMS.get(h["v"].lower())
        if not form or form[1] != "base":
            continue  # "Student Appointment(s):" names items; only an imperative heading acts on them
        verb = form[0]
        out.taken.append((h.start(), h.end()))
        pos = h.end()
        while True:
            item = LETTERED.match(text, pos)
            if not item:
                break
            pos = item.end() + 1
            if clauses.first_word_verb(item["body"]):
                continue
            out.add(verb, item.start("body"), item.end("body"), "proposed")


LEGISLATION = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?P<kind>Res(?:olution)?|Ord(?:inance)?|By-?[Ll]aw|Bill)\.?"
                         r"(?:[ \t]+No\.?[ \t]*[\w-]+)?,?[ \t]+(?P<body>\S)")
ITEM_END = re.compile(r"\n[ \t]*(?:\n|\d{1,3}[.)][ \t]|\([a-z]\)[ \t])|\s[-–]\s*see\s+attached|\s*\(\(|;\s*(?:and,?\s+)?\(\d\)")
ING_CHAIN = re.compile(r",\s+and\s+[a-z]+ing\b|;\s+(?:and\s+)?[a-z]+ing\b")   # "Ord. extending the limits ..., and incorporating the same ..."
INF_CHAIN = re.compile(r",\s+(?:and\s+)?to\s+(?:approve|provide|authori[sz]e)\b")   # "Ord. to X, to approve Y, and to provide Z"
SECOND_ACT = re.compile(r";\s*(?:and,?\s+)?to\s+[a-z]+\b")


def _legislation(paper: Paper, out: _Out) -> None:
    """Agenda items that are draft legislation: "5. Ord. to rezone property ...",
    "54. Ord. approving an Interlocal Agreement ...", "8. Res. that the plat ... is hereby
    accepted". One decision per item: the first action it would take."""
    text = paper.text
    for m in LEGISLATION.finditer(text):
        start = m.start("body")
        stop = ITEM_END.search(text, start, start + 1500)
        end = stop.start() if stop else min(len(text), start + 1500)
        second = SECOND_ACT.search(text, start, end)
        if second and len(text[start:second.start()].split()) >= 14:
            end = second.start()   # "...; to provide for an effective date": a further act, not this one's object
        body = text[start:end]
        inf = re.match(r"(?:\(\d\)\s*)?to\s+(?P<v>[a-z]+)\b", body)
        ing = re.match(rf"(?P<v>{_ING})\b(?:\s+and\s+(?P<v2>{_ING}))?", body, re.I)
        before = len(out.items)
        if inf and clauses.lemma_of(inf["v"]):
            chain = INF_CHAIN.search(text, start, end)
            end = chain.start() if chain else end
            out.add(clauses.lemma_of(inf["v"]), start + inf.end(), end, "proposed", separate=True)
        elif ing:
            chain = ING_CHAIN.search(text, start, end)
            end = chain.start() if chain else end
            out.add(clauses.lemma_of(ing["v"]), start + ing.end(), end, "proposed", separate=True)
            if ing["v2"]:   # "Ord. authorizing and approving the establishment of ...": both acts
                out.add(clauses.lemma_of(ing["v2"]), start + ing.end(), end, "proposed", separate=True)
        elif re.match(r"(?i)that\b", body):
            semi = text.find(";", start, end)
            _add_clause(out, start, min(_clause_end(text, start, end - start), semi if semi > 0 else end), "proposed")
        else:
            continue
        for d in out.items[before:]:
            out.separate.add((d.start, d.end))   # items of one agenda are never repeats of each other
        out.taken.append((m.start(), end))


def _agenda(paper: Paper, out: _Out) -> None:
    text = paper.text
    _agenda_lists(paper, out)
    _legislation(paper, out)
    for m in AGENDA_ITEM.finditer(text):
        if out.covered(m.start("v"), slack=0):
            continue
        word = m["v"].lower()
        marked = re.match(r"\s*(?:\d+[.)]|[A-Z][.)]|[IVX]+[.)])", m.group())
        prev_line = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:m.start()].rstrip("\n")
        near = text[max(0, m.start() - 800):m.start() + 800].split("\n")
        width = max((len(ln) for ln in near), default=0)
        wrapped = len(prev_line) >= max(40, 0.8 * width) and re.search(r"[\w,”\"’)]$", prev_line)
        para = text[max(text.rfind("\n\n", 0, m.start()), 0):m.start()]
        wrapped = wrapped or bool(re.search(r"(?m)^[ \t]*(?:\(?[a-z0-9]{1,3}\)|\d{1,3}\.)[ \t]", para)) and bool(re.search(r"[\w,”\"’)]\n[ \t]*$", para))
        if not marked and (m["v"][0].islower() or wrapped):
            continue  # a wrapped line of prose (the line above ran to the margin), not an agenda item
        verb = clauses.NOUN_VERBS.get(word) or clauses.lemma_of(word) or (word if m["pre"] else None)
        if not verb or verb in ("close", "adjourn", "hold", "continue", "provide", "give", "set") and word == verb:
            continue
        if word in clauses.NOUN_VERBS and not re.match(r"(?i)\s+(?:of|for|to)\b", text[m.end("v"):m.end("v") + 5]) \
                and word != "purchase":
            continue
        if m["obj"].rstrip().endswith(":"):
            continue  # "Approval of Resolutions/Motions:": a heading over the items that follow
        if re.match(r"\s*\d+(?:\.\d+)?\s*[:.]", m["obj"]):
            continue  # "Table 1: Programme budget": a caption, not "to table"
        if m["obj"].rstrip().endswith("))"):
            continue  # "((... MOTION NEEDED TO\nAPPROVE OR NOT TO APPROVE))": a procedural note
        end = _clause_end(text, m.start("obj"), 400)
        nxt_item = re.compile(r"\n[ \t]*(?:\d+[.)]|[A-Z][.)]|[IVX]+[.)])[ \t]").search(text, m.start("obj"), end + 3)
        end = nxt_item.start() if nxt_item else end
        if not marked:   # an unnumbered agenda line is one item: it ends with its line unless it wraps
            line_end = text.find("\n", m.start("obj"))
            line = text[text.rfind("\n", 0, m.start()) + 1:line_end]
            nxt = text[line_end:line_end + 4]
            runs_on = re.match(r"\n[ \t]*[a-z(]", nxt) or len(line) >= 0.8 * width and not re.match(r"\n[ \t]*[A-Z]", nxt)
            if line_end > 0 and not runs_on:
                end = min(end, line_end)
        presenter = re.compile(r"\s[–-]\s+(?:(?:[A-Z][\w.'’/-]*|and|&)\s*){1,6}$").search(text, m.start("obj"), end)
        end = presenter.start() if presenter else end   # "Approval of Minutes – Board Members": who presents it
        out.add(verb, m.start("obj"), end, "proposed")
    for m in RES_ING.finditer(text):
        if not out.covered(m.start(), slack=0):
            para = re.compile(r"\n[ \t]*\n|;").search(text, m.start("obj"), m.start("obj") + 400)
            end = para.start() if para else m.end("obj")
            out.add(clauses.lemma_of(m["v"]), m.start("obj"), end, "proposed")


DISPOSITION = re.compile(
    r"(?m)^[ \t]*(?:(?P<d>No\s+Violation|Violation|Granted|Approved|Denied|Refused|Deferred|Withdrawn|Dismissed|"
    r"Rescheduled|Continued|Adopted|Accepted|Rejected|Acknowledged)\b[ \t]*"
    r"(?P<rest>(?:[,.;:–-]|(?:to|with|subject|until|for|pending|by)\b)[^\n]{0,120})?"
    r"|[^\n]{0,80}?[-–][ \t]*to\s+be\s+(?P<d2>rescheduled|continued|deferred))[ \t]*$")
DISPOSITION_VERBS = {"no violation": "find", "violation": "find", "granted": "grant", "approved": "approve",
                     "denied": "deny", "refused": "refuse", "deferred": "defer", "withdrawn": "withdraw",
                     "dismissed": "dismiss", "rescheduled": "reschedule", "continued": "continue",
                     "adopted": "adopt", "accepted": "accept", "rejected": "reject", "acknowledged": "acknowledge"}
ITEM_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)]|[A-Z][.)])[ \t]+(?P<h>\S[^\n]{2,120})$")
# what an item asks for: "Has applied for ...", "has petitioned to ...", "The following are applying for ..."
REQUEST = re.compile(r"(?i)\b(?:has|have|are|is)\s+(?:applied|applying|petitioned|petitioning|requested|requesting)\b")
NOTICE = re.compile(r"(?i)\bnotice\s*:\s*")
PENALTY = re.compile(r"(?im)^[ \t]*(?P<p>\d+[- ]day\s+suspension|suspension|revocation|fine\b|written\s+warning|warning)")
PENALTY_VERBS = {"suspension": "suspend", "revocation": "revoke", "fine": "fine", "warning": "warn"}
ALL_DISPOSED = re.compile(r"(?im)^[ \t]*(?P<obj>[A-Z][^\n]{3,80}?)\s+(?:have|has)\s+been\s+(?P<d>granted|approved|denied)[ \t.]*$")


_REQUEST_CUT = re.compile(r"\.(?=\s|$)|\s:\s|\n(?=[ \t]*[A-Z][\w ]{1,25}:)(?![^\n:]*\b(?:From|To)\s*:)|\n[ \t]*\n|"
                          r"(?P<change>\s?[-–]\s*(?=(?:To|From)\b)|\s[-–]\s|\s(?=From\s*[-:]))")


def _sentence_end(text: str, start: int, stop: int) -> int:
    """Just past the full stop ending the sentence (not an abbreviation's), or a paragraph end."""
    for m in re.compile(r"\.(?=\s|$)|\n[ \t]*\n").finditer(text, start, stop):
        if m.group() == "." and ABBREVIATION.search(text, max(0, m.start() - 12), m.start() + 1):
            continue
        return m.end() if m.group() == "." else m.start()
    return stop


def _request_end(text: str, start: int, stop: int) -> int:
    """Where a request clause ends: at its sentence's end, a spaced colon, a labelled line
    ("Manager:"), or a dash opening a description. A dash or "From" that opens a short
    change ("- To: New Owner LLC (at the same location)", "From: A To: B") stays in."""
    pos = start
    while True:
        c = _REQUEST_CUT.search(text, pos, stop)
        if not c:
            return stop
        if c.group().startswith(".") and ABBREVIATION.search(text, max(0, c.start() - 12), c.start() + 1):
            pos = c.end()
            continue
        if c["change"]:
            tail_end = _sentence_end(text, c.end(), stop)
            tail = text[c.end():tail_end]
            from_to = not re.match(r"\s*From\b", tail) or re.search(r"\bTo\s*[-:]", tail)
            if len(tail.split()) <= 20 and from_to:
                return tail_end
        return c.start()


def _dispositions(paper: Paper, out: _Out) -> None:
    """Hearing minutes that give each item's outcome on a line of its own ("Granted").
    The decision's object is what the item asked for (the request clause), or for a
    violation hearing the notice; a deferral that says to when is its own line."""
    text = paper.text
    found = [m for m in DISPOSITION.finditer(text) if len(m.group().split()) <= 14]
    if len(found) < 2:
        return
    prev_end, section_request = 0, None
    read_before = list(out.taken)   # spans of resolutions and motions read by the other rules
    for m in found:
        if any(e <= m.start() <= e + 200 for _, e in read_before):
            prev_end = m.end()
            continue  # "RESOLVED, that ... / Approved, 8-0-0.": the outcome of a resolution already read
        heads = list(ITEM_HEADING.finditer(text, prev_end, m.start()))
        gap_end = heads[-1].start() if heads else m.start()
        intro = REQUEST.search(text, prev_end, gap_end)
        if intro:   # "The following are applying for a new Common Victualler License ..."
            para = re.compile(r"\n[ \t]*\n").search(text, intro.start(), gap_end)
            section_request = (intro.start(), para.start() if para else gap_end)
        elif re.search(r"(?m)^[ \t]*[A-Za-z]", text[prev_end:gap_end]):
            section_request = None   # a new section heading with no request of its own
        prev_end = m.end()
        if not heads:
            continue
        h = heads[-1]
        verb = DISPOSITION_VERBS[" ".join((m["d"] or m["d2"]).lower().split())]
        notice = NOTICE.search(text, h.start(), m.start())
        request = REQUEST.search(text, h.start(), m.start())
        if m["rest"] and verb in ("defer", "continue") and re.match(r"\s*to\b", m["rest"]):
            start, end = m.start("d"), m.end("rest")            # "Deferred to April 6, 2023 voting hearing ..."
        elif notice and (verb in ("find", "reschedule", "defer", "dismiss", "continue") or not request):
            para = re.compile(r"\n[ \t]*\n").search(text, notice.end(), m.start())
            start, end = notice.end(), para.start() if para else m.start()
        elif request:
            start, end = request.start(), _request_end(text, request.start(), m.start())
        elif section_request:
            start, end = section_request
        else:
            start, end = h.start("h"), h.end("h")
        out.add(verb, start, end, "resolved", separate=True)
        out.taken.append((h.start(), m.end()))
        item_end = re.compile(r"\n[ \t]*(?:_{5,}|\d{1,3}[.)][ \t])").search(text, m.end())
        for also in BODY_ACTED.finditer(text, m.end(), item_end.start() if item_end else len(text)):
            _body_acted(out, also)   # "Granted" then "The Board also granted the issuance of ..."
        if verb == "find" and not m.group().lower().lstrip().startswith("no"):
            pen = PENALTY.match(text, m.end() + 1)
            if pen:
                stop = re.compile(r"\n[ \t]*(?:\n|_{5,}|\d{1,3}[.)])").search(text, pen.end())
                out.add(PENALTY_VERBS[pen["p"].split()[-1].lower()], pen.start("p"), stop.start() if stop else pen.end(), "resolved")
    for m in ALL_DISPOSED.finditer(text):
        if not out.covered(m.start(), slack=0):
            out.add(DISPOSITION_VERBS[m["d"].lower()], m.start("obj"), m.end("obj"), "resolved")


def _dedupe(items: list[Decision], separate: set[tuple[int, int]] = frozenset()) -> list[Decision]:
    def words(s: str) -> set[str]:
        return set(re.findall(r"[a-z0-9]+", s.lower()))

    kept: list[Decision] = []
    for d in sorted(items, key=lambda d: d.start):
        w = words(d.text)
        dup = False
        if (d.start, d.end) in separate:
            kept.append(d)
            continue
        for k in kept:
            kw = words(k.text)
            overlap = len(w & kw) / len(w | kw) if w and kw else 0.0
            if k.verb == d.verb and (overlap >= 0.9 or (overlap >= 0.7 and min(len(w), len(kw)) >= 6)):
                dup = True
                break
            if k.start <= d.start < k.end and k.verb == d.verb:
                dup = True
                break
        if not dup:
            kept.append(d)
    return kept


def extract(paper: Paper, ctx: Context) -> list[Decision]:
    kind = sections.paper_kind(paper.text)
    out = _Out(paper)
    _asked(paper, out)
    _recommended_that(paper, out)
    _recommended(paper, out, kind)
    _resolved(paper, out, kind)
    _motions(paper, out)
    _dispositions(paper, out)   # outcome lines under numbered items: hearing records, whatever their title
    _moved_by(paper, out, kind)
    _moved(paper, out, kind)
    if kind == "minutes":
        _numbered_actions(paper, out)
        _minutes_statements(paper, out)
    if kind == "agenda":
        _agenda(paper, out)
    return _dedupe(out.items, out.separate)
