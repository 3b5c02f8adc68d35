"""Decisions minutes record: "RESOLVED: (1) That ... (2) That ...", motions with their outcome
("That ... Carried", "Moved by ..., seconded by ..., to approve ..."), "The Board APPROVED ...",
"It was agreed to ...", passives whose subject is the decision ("The minutes were approved"),
and council minutes that list items as "41 Appoint X ... CONFIRMED".
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses, motion_tables
from boardpapers.extractors.text_tools import SpanList, line_end, skip_heading_lines
from boardpapers.extractors.decision_clauses import (abbreviation_stop, ADVERBS, AND_BASE, AND_TO_ACT, base_verb_before, BASE, NOUNS, OUTCOME, PAST, Found, add_clause, add_imperative, add_parts,
                                                     clause_end, leading_action, resolution_end, split_clauses)
from boardpapers.schemas.paper import Paper

RESOLVED = re.compile(r"(?:\bNOW,?\s+THEREFORE,?(?:\s+BE\s+IT\s+RESOLVED(?:\s+THAT)?)?\b|\bRESOLVED\b|(?<![\w-])[Rr]esolved\b(?=\s*(?::|that\b|That\b|to\b|-|–|,|\n))"
                      r"|(?m:^[ \t]*(?:DECISIONS?|Decisions?)(?=\s*[:–-]\s*\S))"
                      r"|(?m:^[ \t]*(?:DECISIONS?|Decisions?)[ \t]*\n(?=[ \t]*(?:To|The|That)\s)))[ \t]*(?:[:,\-–][ \t]*)?")
# "Decision: The Board approved ...", and a "Decision" line over what was decided ("Decision\nTo note the report")


THAT_START = re.compile(r"(?m)^[ \t]*(?P<label>(?:Motion|MOTION|Substantive\s+motion|Proposal|PROPOSAL)[ \t]*[:–-][ \t]*|"
                        # the Saskatchewan and Manitoba form, the mover's surname (and the seconder's) before the motion,
                        # after its resolution number: "141/26  FRIESEN: That the agenda be adopted ..."
                        r"(?:(?:No\.\s*)?\d{1,4}[/-]\d{2,4}[ \t]+)?(?!(?:RESOLVED|RESOLUTION|RECOMMEND\w*|NOTE|NOTED|ACTION|DECISION|PURPOSE|SUMMARY|"
                        r"AGREED|OUTCOME|RESULT|MOVED|SECONDED|PROPOSED|AMENDMENT|ITEM|SUBJECT|TOPIC|REPORT)\b)(?-i:[A-Z][A-Z'’-]{2,})(?:[ \t]*[/–-][ \t]*(?-i:[A-Z][A-Z'’-]{2,}))?[ \t]*:[ \t]*)?"
                        r"(?:THAT|That),?\s+(?=\S)")
# where a labelled motion's outcome may stand: below its mover and seconder lines and any debate, before the next
# motion or item ("Motion: That ... / Moved: A / Seconded: B / ... debate ... / Put to the meeting: 2 for, 5 against. Lost.")
_NEXT_MOTION = re.compile(r"(?m)^[ \t]*(?:(?:Motion|MOTION|Proposal|PROPOSAL)[ \t]*[:–-]|\d{1,3}(?:\.\d{1,2})*\.?[ \t]+[A-Z])")
MOVER = re.compile(r"(?i)(?:moved|seconded|proposed|motion|\b[A-Z]{0,3}\d{2,4}-\d{1,4}\b|:\s*$)")
BODY_ACTED = re.compile(
    r"(?:\b(?:The|the)\s+(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,4}|(?:(?<=[.:,]\s)|(?<=^)|(?<=\n)))"   # "The Audit and Risk Committee", "Council" opening a sentence
    r"(?:Board|Committee|Council|Cabinet|Panel|Governing Body|Sub-Committee|Trustees|Commission|Forum|Authority|"
    r"Executive)\s+(?:formally\s+|unanimously\s+|then\s+|duly\s+|also\s+|therefore\s+)?"
    r"(?P<v>(?i:approved|agreed|noted|resolved|adopted|endorsed|ratified|accepted|received|rejected|deferred|"
    r"delegated|confirmed|supported|declined|refused|granted|awarded|appointed|authori[sz]ed))\b")


# "Governors NOTED the report", "Members AGREED that ...": a verb in capitals is the minute's own record of a
# decision ("Members noted the housing crisis", in lower case, is debate)
MEMBERS_ACTED_CAPS = re.compile(r"\b(?:The\s+)?(?:Council\s+of\s+)?(?:Governors|Members|Councillors|Trustees|Directors|Governing\s+Body)\s+"
                                r"(?:unanimously\s+|also\s+|then\s+)?(?P<v>[A-Z]{4,}(?:ED|D))\b")
# members taking a paper, in lower case: "The Members noted the report.", "Members noted the update" (what
# they noted is a paper laid before them, not a fact of the debate: "Members noted the housing crisis")
MEMBERS_TOOK_PAPER = re.compile(r"\b(?:The\s+)?(?:Members|Councillors|Trustees|Directors|Governors)\s+(?:formally\s+|then\s+)?"
                                r"(?P<v>noted|received|accepted|approved|endorsed|adopted|confirmed)\s+"
                                r"(?=(?:the|this)\s+(?:[\w’'-]+\s+){0,3}?(?:report|update|correspondence|minutes|contents|letter|reply|response|"
                                r"presentation|briefing|accounts|statement)s?\b)")
# members deciding in a sentence of the minutes: "After discussion the Councillors agreed to use ..."
# ("Members noted the housing crisis" is debate, so only an agreement to act counts)
MEMBERS_AGREED_TO = re.compile(r"\b(?:the\s+)?(?:Councillors|Members|Trustees|Directors|Governors)\s+(?:then\s+|unanimously\s+|all\s+)?"
                               r"(?:agreed|resolved|decided)\s+(?=to\s+[a-z]|that\s)")
# "that his motion ... be deferred": the decision is the act the passive names, unless it is a weak one ("be held")
INNER_PASSIVE = re.compile(rf"\bbe\s+(?:{ADVERBS})(?P<v>{PAST})\b")


AND_THEY_WERE = re.compile(r"\band\s+(?:they|it)\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?P<v>signed|approved|agreed|adopted|accepted|confirmed)\b"
                           r"(?!\s+(?:to|that)\b)")   # "and it was agreed to note ...": the impersonal formula, read elsewhere


MINUTE_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,3}/\d{2,4}|\d{1,3}\.)[ \t]+(?P<h>[A-Z][^.\n]{3,120})")
IT_WAS = re.compile(r"(?i)\bit\s+was\s+(?:unanimously\s+|further\s+|therefore\s+)?(?P<v>agreed|resolved|noted|approved|decided)\s*(?::|\bthat\b|(?=\s+to\b)|,)?")
PASSIVE_MAIN = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[.!?]\s))(?P<subj>[A-Z](?:[^.;:\n]|(?<=\w)\.(?=\w)|(?<=Jr)\.|(?<=Sr)\.|\n(?![ \t]*\n)){3,160}?)\s+(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?"
    r"(?:(?:proposed|moved|presented|submitted|tabled)\s+by\s+[^.;]{0,160}?\s+and\s+)?(?:declared\s+)?"
    r"(?P<v>(?i:approved|agreed|adopted|noted|received|accepted|signed|ratified|confirmed|endorsed|carried|elected|passed|appointed))\b")
# "By unanimous vote, Resolution R2 passed", "Ordinance No. 41 passed"
MEASURE_PASSED = re.compile(r"\b(?P<subj>(?:Resolution|Motion|Bill|By-?[Ll]aw|Ordinance)\s+(?:No\.?\s*)?[A-Z]*[\d#][\w#./-]*)\s+(?:was\s+)?"
                            r"(?:duly\s+)?(?P<v>passed|adopted|carried)\b")


ANAPHOR = re.compile(r"(?i)^(?:they|it|this|these)$|^(?:the|this|these|that)\s+(?:revised\s+|original\s+|said\s+|above\s+)?(?:amendments?|motions?|proposals?|recommendations?|items?|"
                     r"resolutions?)\b")


# "Appointment of Associate Members\nThe following ... were agreed": a heading (or two lines of one) before the subject
_SUBJECT_HEADING = re.compile(r"[A-Z(][^.,;:\n]{0,80}\n(?=[ \t]*[A-Z])")


SUBMITTED_BY = re.compile(
    r"[^\n:]{0,40}:\s*(?:(?:Amendment|Motion|Proposal)\s+)?(?:submitted|proposed|tabled|moved)\s+by\s+(?:Cllr\.?|Councillor|Cllrs\.?)?\s*"
    r"[A-Z][\w’'.()-]*(?:\s+(?:[A-Z][\w’'.()-]*|[OoDd]’\w+|and\s+(?:Cllr\.?|Councillor)))*\s*(?:[–-]+|re:|:|to\s+(?:[a-z]+\s+)?)?\s*")


HEADING_ABOVE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}\.?[ \t]*)?(?P<h>[A-Z][^.;:\n]{2,80})[ \t]*\n[ \t]*\Z")
PROCEDURAL = re.compile(r"(?i)(?:apologies|declarations?\s+of\s+interests?|(?:no\s+)?(?:other\s+)?interests|the\s+meeting|the\s+quorum|"
                        r"these\s+minutes|(?:on|upon|following|after)\s)")   # "On a secret ballot the motion was carried": a vote


REPORTED = re.compile(r"(?i)\b(?:confirmed|advised|stated|said|reported|explained|informed|indicated|noted|announced|declared)\b")
ITEM_TITLE = re.compile(r"(?im)^[ \t]*(?P<t>(?:amendments?|motions?|items?|proposals?|recommendations?|resolutions?|applications?|"
                        r"notice\s+of\s+motion)\s+(?:no\.?\s*)?\d+[^\n]*)")


SECONDER = re.compile(r"(?:,|\s+and)\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:seconds?|seconded|seconding|so\s+moved)\b|seconded\b|(?:by\s+)?(?:voice|roll[- ]call)\s+vote)"
                      r"|\s+[Ss]econded\s+by\b")


MOVED = re.compile(
    r"(?i)\b(?:motion\s+(?:was\s+)?(?:made\s+)?by\s+(?:[^,.;]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.){2,60}?(?:,\s*|\s+and\s+)"   # "A motion was made by X and seconded by Y to"
    r"seconded\s+by\s+(?:[^,.;]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.){2,60},?\s*to|"
    r"moved,\s+(?:(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+seconded,\s+to|"   # "Mr. Ibarra moved, Ms. Whitfield seconded, to levy"
    r"(?:made|makes|make|making)\s+(?:a|the)\s+motion\s+to|motioned\s+to|"
    r"\ba\s+motion\s+to(?=\s+\w+[^.]{0,200}?\bso\s+moved)|"   # "Asking for a motion to accept X, Member Y so moved"
    r"moved(?:\s+and\s+seconded)?(?:\s+by\s+[^,.;]{2,60})?,?\s+to|moved\s+that\s+(?:the\s+\w+\s+)?|"
    r"moved,\s+seconded\s+by\s+(?:[^,.;]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr)\.){2,60},\s+to)\s+"   # "X moved, seconded by Y, to award ..."
    r"(?P<v>[a-z]+)\s+(?P<obj>[^.;]{3,300})")


NUMBERED_ACTION = re.compile(rf"(?<![\d,.$])(?:\*|S-)?(?P<n>\d{{1,4}})\s+(?P<v>(?i:{BASE}))(?=\s+[a-zA-Z$])(?!\s+of\b)\s+"
                             rf"(?P<obj>(?:[^()\n]|\n(?![ \t]*\n)(?![ \t]*[A-Z][a-z]+ \d{{1,2}}, \d{{4}}))"   # runs over a wrapped line
                             rf"{{5,400}}?)\s*(?=\(|\n[ \t]*\n|$)")


def read_resolutions(paper: Paper, out: Found, kind: str) -> None:
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
            body_acted(out, acted)
            continue
        under = _UNDER_THEN_TO.match(text, start)
        start = under.end() if under else start   # "resolved, under Section 50A(4) of the Act, to exclude the public"
        label = m.group().strip(" \t:–-").lower().startswith("decision")
        end = clause_end(text, start) if label else resolution_end(text, start)   # a label governs its sentence
        nxt = RESOLVED.search(text, start, end)
        end = nxt.start() if nxt else end
        outcome = OUTCOME.search(text, start, end)
        end = outcome.start() if outcome else end
        heading = MINUTE_NUMBER.search(text, start, end)  # "36/17 Clerk Vacancy", "ICB/25/064 Matters arising"
        end = heading.start() if heading else end
        taken_here = "resolved" if TAKEN.match(text, start) else status   # "Resolved: The Board ratified ..."
        before = len(out.items)
        add_parts(out, split_clauses(text, start, end), taken_here)
        if kind == "minutes":   # two resolutions of one meeting that read alike are two decisions
            out.keep_apart(before)


MINUTE_NUMBER = re.compile(r"\s(?:[A-Z]{2,6}/)?\d{1,3}/\d{2,4}\s+[A-Z]")
# the authority an act is taken under, set off by commas before it: "resolved, under Section 50A(4) of the Act, to exclude"
_AUTHORITY = r"(?:under|in\s+accordance\s+with|in\s+terms\s+of|pursuant\s+to{more})\s[^,;:\n]{{2,120}}(?:\n[^,;:\n]{{1,120}})?,"
_UNDER_THEN_TO = re.compile(rf"[ \t]*{_AUTHORITY.format(more='')}\s*(?=to\s)")
TAKEN = re.compile(rf"(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{PAST})\b")
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


def read_motions(paper: Paper, out: Found) -> None:
    text = paper.text
    declared = SpanList(_declarations(text))   # point-in-span tests in log time
    for m in THAT_START.finditer(text):
        if out.covered(m.start()) or declared.overlaps(m.start(), m.start() + 1):
            continue
        before = text[max(0, m.start() - 160):m.start()]
        end = resolution_end(text, m.end())
        outcome = OUTCOME.search(text, m.end(), end)
        if m["label"] and not outcome:
            nxt = _NEXT_MOTION.search(text, end, end + 1500)
            outcome = OUTCOME.search(text, end, nxt.start() if nxt else min(len(text), end + 1500))
        last_line = before.rstrip().split("\n")[-1] if before.strip() else ""
        if not outcome and not MOVER.search(last_line) and not m["label"]:
            continue
        if outcome and re.search(r"(?i)lost|defeated|failed", outcome.group()):
            continue
        stop = min(outcome.start(), end) if outcome else end
        add_parts(out, split_clauses(text, m.end(), stop), "resolved")


AGREED_ITEM = re.compile(rf"(?m)^[ \t]*\(?(?:[a-z]{{1,2}}|[ivx]{{1,4}}|\d{{1,2}})[.)][ \t]+to\s+{ADVERBS}(?P<v>{BASE})\b\s*")
AGREED_TO = re.compile(rf"(?:,\s+{_AUTHORITY.format(more='|following|after')})?\s+to\s+{ADVERBS}(?P<v>{BASE}|(?-i:[A-Z]+))\b\s*")
# "AGREED to DEFER"; "The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude"


# a second act joined to the first: "AGREED to close actions X, and NOTED ...", "took assurance ... and noted ..."
_AND_PAST = re.compile(rf"(?:,\s*|\s+)and\s+(?P<v>(?i:{PAST}))\b")


def _agreed_acts(out: Found, start: int, end: int) -> bool:
    """What a body agreed, read as the acts it names: "The Council agreed:- (a) to note X; (b) to
    approve Y" is note X and approve Y; "agreed to defer consideration of X" is defer. A weak act
    ("agreed to hold ...") stays the agreement."""
    text = out.paper.text
    if re.match(r"\s*(?::-?|:–|–)?[ \t]*\n", text[start:start + 6]):
        stop = clause_end(text, start, 3000)
        items = list(AGREED_ITEM.finditer(text, start, stop))
        if items and items[0].start() - start < 12:
            for k, item in enumerate(items):
                item_end = items[k + 1].start() if k + 1 < len(items) else stop
                out.add(clauses.lemma_of(item["v"]), item.end(), item_end, "resolved")
            return True
        return False
    inf = AGREED_TO.match(text, start, end)
    lemma = clauses.lemma_of(inf["v"]) if inf else None
    if not lemma or lemma in clauses.WEAK or lemma == "agree":
        return False
    out.add(lemma, inf.end(), end, "resolved")
    return True


# the assurance a committee took from what it noted is its opinion, not part of the object
_TOOK_ASSURANCE = re.compile(r"(?i),?\s+and\s+(?:took|gained|received|was\s+given|obtained)\s+(?:\w+\s+){0,2}?assurance\b")


def body_acted(out: Found, m: re.Match, end: int | None = None) -> None:
    """ "The Board APPROVED the budget and NOTED the risks": one decision per verb."""
    text = out.paper.text
    lem = clauses.lemma_of(m["v"])
    end = clause_end(text, m.end(), 600) if end is None else end
    assured = _TOOK_ASSURANCE.search(text, m.end(), end)
    end = assured.start() if assured else end   # "noted the annual report and took reasonable assurance from the opinion"
    that = re.match(r"\s*(?:(?:nem\.?\s*con\.?|unanimously)\s+)?(?:that\s+)?", text[m.end():end])   # "AGREED nem. con. the ..."
    if not lem or lem in clauses.WEAK:
        return
    start = m.end() + (that.end() if that else 0)
    if lem in ("agree", "resolve", "decide"):
        # "AGREED to close actions X, and NOTED the revised date": the agreement, then a second verb of its own
        more = next((x for x in _AND_PAST.finditer(text[start:end])
                     if x["v"].isupper() == m["v"].isupper() and clauses.lemma_of(x["v"])), None)
        cut = start + more.start() if more else end
        if _agreed_acts(out, m.end(), cut):
            if more and clauses.lemma_of(more["v"]) not in clauses.WEAK:
                out.add(clauses.lemma_of(more["v"]), start + more.end(), end, "resolved")
            return
    bare = []   # "RECEIVED and NOTED the report": both verbs take the report
    base = start   # the acts are found once in the whole sentence; their offsets are from `base`
    for more in _NEXT_ACT.finditer(text[base:end]):
        at, after = base + more.start(), base + more.end()
        lem2 = clauses.lemma_of(more["v"])
        if lem2 and m["v"].isupper() and not more["v"].isupper() and re.match(r"\s*(?:,\s*)?and\b", more.group()):
            end = at   # "NOTED the report ..., and asked for a focused report": the narrative goes on
            break
        if lem2 and more["v"].isupper() == m["v"].isupper():
            if text[start:at].strip():
                for verb in bare + [lem]:
                    out.add(verb, start, at, "resolved")
                bare = []
            else:
                bare.append(lem)
            lem, start = lem2, after
    for verb in bare + [lem]:
        out.add(verb, start, end, "resolved")


# the next act of a body's sentence: "RECEIVED and NOTED", "NOTED the reports, APPROVED the SFIs, and RATIFIED ..."
_NEXT_ACT = re.compile(rf"(?:(?:^|\s+|,\s*)and\s+|,\s*(?=[A-Z]{{4,}}\b))(?P<v>(?i:{PAST}))\b")
BODY_COLON = re.compile(r"(?m)^[ \t]*(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}?(?:Board|Committee|Council|Cabinet|Panel|Governing Body|"
                        r"Sub-Committee|Trustees|Commission|Executive|Meeting)\s*:[ \t]*\n")
LIST_MARK = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,3}[.)]|\(?[ivx]{1,4}[.)]|•|-|–)[ \t]+")
LEAD_PAST = re.compile(rf"(?P<v>(?i:{PAST}))\b")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_ITEM_ENDS = re.compile(r"\n(?=[ \t]*\n)|\n(?=" + LIST_MARK.pattern + ")")   # a list item ends at a blank line or the next item


# the body's act, then the list of what it acted on: "Members NOTED:" / "- notice from ...;" / "- a letter of thanks ...;"
BODY_VERB_COLON = re.compile(r"(?m)^[ \t]*(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}?(?i:Board|Committee|Council|Cabinet|Panel|Members|Trustees|"
                             r"Directors|Governors)\s+(?:also\s+)?(?P<v>NOTED|[Nn]oted|RECEIVED|[Rr]eceived|APPROVED|[Aa]pproved|ENDORSED|[Ee]ndorsed|"
                             r"AGREED|[Aa]greed|RESOLVED|[Rr]esolved|DECIDED|[Dd]ecided)"
                             r"(?:\s+the\s+following|\s+that(?:\s+the)?)?\s*:[ \t]*\n")   # "The board agreed that the:" then its items


def read_verb_lists(paper: Paper, out: Found) -> None:
    """Each item of the list under "Members NOTED:" is something noted (one decision per item)."""
    text = paper.text
    for h in BODY_VERB_COLON.finditer(text):
        verb = clauses.lemma_of(h["v"])
        mark = LIST_MARK.match(text, _BLANK_LINES.match(text, h.end()).end())
        before = len(out.items)
        agreeing = verb in ("agree", "resolve", "decide")
        while mark and not out.covered(mark.end(), slack=0):
            if agreeing and re.match(r"(?i)(?:to|that)\s", text[mark.end():mark.end() + 5]):
                break   # "The Board agreed:" / "(a) to note ...": each item's own verb is its act, read with its clause
            nxt = _ITEM_ENDS.search(text, mark.end(), mark.end() + 1500)
            end = nxt.start() if nxt else min(len(text), mark.end() + 1500)
            out.add(verb, mark.end(), min(end, clause_end(text, mark.end(), 1500)), "resolved")   # the item's first sentence
            mark = LIST_MARK.match(text, _BLANK_LINES.match(text, end).end())
        out.keep_apart(before)


# a roll-call line naming what was done: "DO CONFIRM, KYLE FLICKE, 1002, ELECTIONS COMMITTEE ...", "DO PASS, SB #15, 1002"
DO_LINE = re.compile(r"(?m)^[ \t]*DO\s+(?!NOT\b)(?P<v>[A-Z]+)\s*,\s*(?P<obj>[^\n]{3,200}?)[ \t]*$")


FOLLOWING_PASSIVE = re.compile(rf"(?i)\bthe\s+following\s+[\w ]{{2,40}}?\s+(?:was|were)\s+(?:[a-z]+\s+(?:on|upon)\s+and\s+)?"
                               rf"(?P<v>{PAST})\s*:[ \t]*\n")


# the Scottish minute's inverted passive: "There was submitted and approved as a correct record the Minute of
# Meeting of the Partnership Board held on 5 December 2025", "There were submitted and noted the accounts"
THERE_WAS = re.compile(r"\bThere\s+(?:was|were)\s+(?:submitted|circulated|tabled|presented|considered)\s+and\s+"
                       r"(?P<v>approved|noted|adopted|received|confirmed|agreed|accepted|ratified)\s+"
                       r"(?:as\s+an?\s+(?:correct|true|accurate)\s+record\s+)?(?P<obj>(?:the|a|an)\s[^.;]{3,300})")


def read_there_was(paper: Paper, out: Found) -> None:
    for m in THERE_WAS.finditer(paper.text):
        if not out.covered(m.start("obj"), slack=0):
            out.add(clauses.lemma_of(m["v"]), m.start("obj"), m.end("obj"), "resolved")


# the levels of assurance NHS boards and committees record: "The Committee took reasonable assurance on ...",
# "noted the report and took moderate assurance from it"
TOOK_ASSURANCE = re.compile(r"(?i)\b(?:took|takes)\s+(?P<obj>(?:(?:substantial|significant|reasonable|moderate|limited|partial|full|"
                            r"adequate|good|no|some|positive|acceptable)\s+)?assurance\b[^.;\n]{0,240})")


def read_assurance(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in TOOK_ASSURANCE.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if re.search(r"(?i)\b(?:could|would|will|may|might|should|can|to|not)\s+$", before):
            continue   # "could take assurance": not (yet) taken
        end = m.end("obj")
        more = _AND_PAST.search(text, m.start("obj"), end)
        if out.covered(m.start("obj"), slack=0):
            continue
        out.add("take", m.start("obj"), more.start() if more else end, "resolved")
        if more and clauses.lemma_of(more["v"]):   # "took moderate assurance from the report and noted the actions": two acts
            out.add(clauses.lemma_of(more["v"]), more.end(), end, "resolved")


# action minutes: each item records what was done with no subject, "ACTION: Approved the Consent Calendar ...",
# " 4. PUBLIC WORKS. Adopted Resolution No. 2026-052 ..., and directed the Clerk to record ..."
ACTION_LINE = re.compile(rf"(?m)^[ \t]*(?:\(?(?:\d{{1,3}}|[a-z])[.)][ \t]+)?(?:(?:ACTION|Action|DECISION|OUTCOME)[ \t]*:[ \t]*|"
                         rf"[A-Z][A-Z&'’,/ -]{{2,60}}\.[ \t]+)(?=[A-Z][a-z])(?P<v>(?i:{PAST}))\b(?=[ \t]+\S)")


def read_action_lines(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in ACTION_LINE.finditer(text):
        lem = clauses.lemma_of(m["v"])
        if not lem or lem in clauses.WEAK or out.covered(m.end(), slack=0):
            continue
        body_acted(out, m, clause_end(text, m.end(), 800))


def read_following_lists(paper: Paper, out: Found) -> None:
    """ "The following proposals were voted on and adopted:" then "• SCP-007: ...": one decision per item."""
    text = paper.text
    for m in FOLLOWING_PASSIVE.finditer(text):
        verb = clauses.lemma_of(m["v"])
        pos = m.end()
        item_re = re.compile(r"[ \t\n]*[ \t]*(?:•|-|–|\*|\(?[a-z0-9]{1,3}[.)])[ \t]+(?P<b>[^\n]+)\n?")
        while (item := item_re.match(text, pos)) is not None:   # the list runs while items follow one another
            out.add(verb, item.start("b"), item.end("b"), "resolved", separate=True)
            pos = item.end()


# a motion kept as a labelled record: "Text: Approve partnership with UCSD.\n\nResolution: Passed."
MOTION_TEXT = re.compile(r"(?im)^[ \t]*(?:text|motion|proposal|proposed\s+motion)[ \t]*:[ \t]*(?P<body>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*)")
MOTION_RESULT = re.compile(r"(?im)^[ \t]*(?:resolution|outcome|result|decision|status)[ \t]*:[ \t]*(?P<r>[a-z]+)")


def read_motion_records(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in MOTION_TEXT.finditer(text):
        result = MOTION_RESULT.search(text, m.end(), m.end() + 600)
        if not result or MOTION_TEXT.search(text, m.end(), result.start()):
            continue
        word = result["r"].lower()
        if word in ("failed", "lost", "defeated", "rejected", "withdrawn"):
            continue
        status = "proposed" if word in ("postponed", "deferred", "tabled") else "resolved"
        body_end = m.end("body")
        body = text[m.start("body"):body_end]
        fv = leading_action(body)   # "Update the Code of Conduct ...", "Maintain an ombudsman"
        sentence = re.search(r"\.(?=\s+[A-Z])", body)   # the motion's first sentence is what was decided
        end = m.start("body") + sentence.start() if sentence else body_end
        if fv is None:
            continue
        out.add(fv[0], m.start("body") + fv[1], end, status, separate=True)


# a list item that carries its own outcome: "• Approve reimbursement of $95.14 to Enrique ... - This was Approved."
ITEM_OUTCOME = re.compile(r"(?im)^[ \t]*(?:•|-|\*|\(?[a-z0-9]{1,3}[.)])[ \t]+(?P<body>[A-Z][^\n]*(?:\n(?![ \t]*(?:•|\n))[^\n]*)*?)"
                          r"\s[-–]\s+(?:this\s+was\s+)?(?:temporarily\s+)?(?P<r>approved|passed|carried|adopted|tabled|deferred|postponed)\b")


def read_item_outcomes(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in ITEM_OUTCOME.finditer(text):
        body = m["body"]
        fv = clauses.first_word_verb(body)
        if fv is None or out.covered(m.start("body"), slack=0):
            continue
        sentence = re.search(r"\.(?=\s)", body)
        end = m.start("body") + (sentence.start() if sentence else len(body))
        status = "proposed" if m["r"].lower() in ("tabled", "deferred", "postponed") else "resolved"
        out.add(fv[0], m.start("body") + fv[1], end, status, separate=True)


# an item's outcome written with no subject, after the item's heading: "D. Surplus Property / Item deferred
# to the October meeting", "8.5 Privacy policy review. The draft was not circulated. Deferred to the March
# meeting.", a table row "5.5 | Studio 1 air-conditioning replacement | Barry | ... Deferred to March meeting"
SUBJECTLESS_DEFER = re.compile(r"(?m)(?:^|(?<=[.!?]\s)|(?<=\t))[ \t]*(?:Item\s+|This\s+item\s+(?:was\s+)?|)"
                               r"(?P<v>Deferred|DEFERRED|Tabled|TABLED|Postponed|POSTPONED|Held\s+over|(?<=Item\s)(?:deferred|tabled|postponed|held\s+over))"
                               r"\s+(?:to|until)\s")
ITEM_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,3}(?:\.\d{1,2})*\.?|[A-Za-z][.)]|\([a-z]{1,3}\)|[ivx]{1,4}[.)])[ \t]+"
                          r"(?P<h>[A-Z][^\n\t]{2,100}?)[ \t]*(?:(?<!\bNo)(?<!\bNO)\.(?=\s)|\t|$)")


# "The item was tabled to the May meeting", "This item was DEFERRED to the meeting on 28 May 2026 so that ...": the
# sentence says what was put off (the item is the one under discussion), read with its verb phrase
ITEM_PUT_OFF = re.compile(r"\b(?:The|This)\s+(?:item|matter)\s+was\s+(?P<v>deferred|DEFERRED|tabled|TABLED|postponed|POSTPONED)\b")


def _heading_over(text: str, pos: int) -> re.Match | None:
    """The item heading an outcome at `pos` stands under: the last within 1,500 characters, with no two blank
    lines between."""
    heading = None
    for h in ITEM_HEADING.finditer(text, max(0, pos - 1500), pos):
        heading = h
    if heading is None or re.search(r"\n[ \t]*\n[ \t]*\n", text[heading.end():pos]):
        return None
    return heading


def read_deferred_items(paper: Paper, out: Found) -> None:
    """What an item's subjectless "Deferred to ..." defers: the item its heading names."""
    text = paper.text
    for m in SUBJECTLESS_DEFER.finditer(text):
        if out.covered(m.start("v"), slack=0):
            continue
        heading = _heading_over(text, m.start())
        if heading is None:
            continue
        verb = clauses.lemma_of(re.sub(r"\s+", " ", m["v"]).split()[0].lower())
        verb = "defer" if verb in (None, "hold") else verb
        out.add(verb, heading.start("h"), heading.end("h"), "resolved", separate=True)
    for m in ITEM_PUT_OFF.finditer(text):
        if out.covered(m.start(), slack=0):
            continue
        clause = text[m.start():clause_end(text, m.start(), 600)]
        verb = re.compile(r"was\s+(?P<v>\w+)").search(clause)
        lemma = clauses.lemma_of(m["v"])
        out.add(lemma, m.start(), m.start() + clauses.passive_object_end(clause, 0, verb, lemma), "resolved", separate=True)


# an item's outcome as one word, opening its paragraph: "3. Minutes of the AGM held on 18 September 2025 /
# The minutes had been circulated. ... / Approved. Proposed by ..., seconded by ...": the item its heading names
BARE_OUTCOME = re.compile(r"(?m)^[ \t]*(?P<v>Approved|APPROVED|Adopted|ADOPTED|Accepted|ACCEPTED|Ratified|RATIFIED|Endorsed|ENDORSED)"
                          r"[ \t]*(?:[.;]|,(?=\s*(?:proposed|moved|on\s+the\s+(?:motion|proposal))\b)|$)", re.I)


def read_bare_outcomes(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in BARE_OUTCOME.finditer(text):
        if not m["v"][0].isupper() or out.covered(m.start("v"), slack=0):
            continue
        heading = _heading_over(text, m.start())
        if heading is None or out.taken.overlaps(heading.start(), m.start()):
            continue   # an act read since the heading is what the word confirms
        out.add(clauses.lemma_of(m["v"].lower()), heading.start("h"), heading.end("h"), "resolved", separate=True)


# a list of acts in the imperative under a line that ends in a colon, as consent agendas print them in the
# minutes: "Consider and take action on the following consent items:\na. Approve minutes of ...;\nb. Approve
# payment of bills ...": each item is one act (taken when a motion carried them, else put to the meeting)
_ITEM_MARK = r"(?:\(?[a-z]{1,2}[.)]|\(?\d{1,2}[.)]|\(?[ivx]{1,4}[.)])"
IMPERATIVE_ITEM = re.compile(rf"(?m)^[ \t]*{_ITEM_MARK}[ \t]+(?P<v>[A-Z][a-z]+)[ \t]+(?=\S)")
_ITEM_STOP = re.compile(rf"\n(?=[ \t]*(?:\n|{_ITEM_MARK}[ \t]|[A-Z]{{3,}}\b|[A-Z][^\n]{{0,200}}?\b(?:moved|seconded)\b))")
_CARRIED_AFTER = re.compile(r"(?i)\b(?:carried|approved|passed|adopted|agreed)\b")


def read_imperative_lists(paper: Paper, out: Found) -> None:
    text = paper.text
    pos = 0
    while True:
        m = IMPERATIVE_ITEM.search(text, pos)
        if not m:
            return
        run = []
        cur = m
        while cur and clauses.FORMS.get(cur["v"].lower(), ("", ""))[1] == "base":
            stop = _ITEM_STOP.search(text, cur.end(), cur.end() + 800)
            end = stop.start() if stop else min(len(text), cur.end() + 800)
            run.append((cur, end))
            nxt = IMPERATIVE_ITEM.match(text, end + 1) if stop else None
            cur = nxt
        pos = run[-1][1] if run else m.end()
        if len(run) < 2:
            continue
        intro = text[text.rfind("\n", 0, max(0, run[0][0].start() - 1)) + 1:run[0][0].start()].rstrip()
        if not intro.endswith(":") or any(out.covered(i.start("v"), slack=0) for i, _ in run):
            continue
        status = "resolved" if _CARRIED_AFTER.search(text, run[-1][1], run[-1][1] + 400) else "proposed"
        before = len(out.items)
        for item, end in run:
            add_imperative(out, clauses.lemma_of(item["v"]), item.end(), end, status)
        out.keep_apart(before)


# resolutions listed by number and title, as US councils print a consent agenda in the minutes: "2026-58
# Authorizing the Refund of Tax Overpayments ...", "Res. 2026-064 Approving Change Order No. 1 ...": the title's
# verb and its object, to the next listed resolution
TITLED_RESOLUTION = re.compile(rf"(?m)^[ \t]*(?:(?:Res(?:olution)?|Ord(?:inance)?)\.?[ \t]*(?:No\.?[ \t]*)?(?:[A-Z]{{1,3}}-?)?\d[\w-]*"
                               rf"|(?:[A-Z]{{1,3}}-)?\d{{2,4}}[-/]\d{{1,4}})[.):]?[ \t]+(?:[-–][ \t]+)?(?P<v>(?-i:[A-Z][a-z]+ing))\b[ \t]+(?=\S)")
_TITLE_END = re.compile(r"\n(?=[ \t]*\n|[ \t]*\d{1,3}\.[ \t])")


_TITLE_SMALL_WORDS = {"the", "and", "for", "from", "with", "into", "upon", "than", "per", "via"}   # lower case in a title too


def _title_lines_end(text: str, start: int, end: int) -> int:
    """A title runs on over lines in title case; the next listed resolution, or a line of prose ("Councilman
    Vreeland asked why ...": most of its longer words in lower case), ends it."""
    pos = text.find("\n", start, end)
    while pos >= 0:
        line = text[pos + 1:line_end(text, pos + 1, end)]
        if TITLED_RESOLUTION.match(text, pos + 1):
            return pos
        long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]{2,}", line) if w not in _TITLE_SMALL_WORDS]
        if long_words and sum(w[0].isupper() for w in long_words) < 0.5 * len(long_words):
            return pos
        pos = text.find("\n", pos + 1, end)
    return end


_AND_TITLE_ACT = re.compile(r",?\s+and\s+(?=[A-Z][a-z]+ing\b)")   # "..., and Authorizing Final Payment"


def read_titled_resolutions(paper: Paper, out: Found) -> None:
    text = paper.text
    before = len(out.items)
    for m in TITLED_RESOLUTION.finditer(text):
        lemma = clauses.lemma_of(m["v"])
        if not lemma or out.covered(m.end(), slack=0):
            continue
        stop = _TITLE_END.search(text, m.end(), m.end() + 800)
        end = stop.start() if stop else min(len(text), m.end() + 800)
        end = min(end, _title_lines_end(text, m.end(), end))
        also = _AND_TITLE_ACT.search(text, m.end(), end)
        if also and clauses.lemma_of(text[also.end():also.end() + 30].split()[0]):
            end = also.start()   # "..., and Authorizing Final Payment": the title's second act is another
        out.add(lemma, m.end(), end, "resolved")
    out.keep_apart(before)


# a committee's decision to recommend, as English town and district councils minute it: "Proposed Cllr Aldous,
# seconded Cllr Hambly and / RECOMMENDED to the Town Council that the cemetery fees ... be adopted": the act is
# the recommending, its object what goes to the other body
RECOMMENDED_TO = re.compile(r"(?m)^[ \t]*(?:It\s+was\s+)?(?:RECOMMENDED|Recommended)\b[ \t]*(?:unanimously[ \t]+|UNANIMOUSLY[ \t]+)?(?:[:–-][ \t]*)?"
                            r"(?=(?:to|TO)\s+(?:the\s+|THE\s+)?[A-Z])")


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def read_recommended_to(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in RECOMMENDED_TO.finditer(text):
        if out.covered(m.end(), slack=0):
            continue
        end = clause_end(text, m.end(), 1200)
        para = _PARAGRAPH_END.search(text, m.end(), end)
        out.add("recommend", m.end(), para.start() if para else end, "resolved", separate=True)


# a consultee's response under a label, as parish and community councils record planning applications:
# "Agreed: no objection.", "RESOLVED: No objection, subject to ...": the label's verb and the response
LABELLED_RESPONSE = re.compile(r"\b(?P<lab>Agreed|AGREED|Resolved|RESOLVED)[ \t]*[:–-][ \t]*"
                               r"(?P<obj>(?i:no[ \t]+(?:objections?|comments?|observations?))\b[^.\n]{0,200}(?:\n(?![ \t]*\n)[^.\n]{1,200}){0,2})")


def read_labelled_responses(paper: Paper, out: Found) -> None:
    for m in LABELLED_RESPONSE.finditer(paper.text):
        if not out.covered(m.start("obj"), slack=0):
            out.add(clauses.lemma_of(m["lab"]), m.start("obj"), m.end("obj"), "resolved", separate=True)


def read_do_lines(paper: Paper, out: Found) -> None:
    for m in DO_LINE.finditer(paper.text):
        verb = clauses.lemma_of(m["v"])
        if verb and not out.covered(m.start(), slack=0):
            out.add(verb, m.start("obj"), m.end("obj"), "resolved", separate=True)


def read_body_lists(paper: Paper, out: Found) -> None:
    """ "The Board:\na) CONFIRMED the minutes ...;\nb) NOTED the action log and AGREED that ...":
    each item opens with what the meeting did."""
    text = paper.text
    for h in BODY_COLON.finditer(text):
        pos = _BLANK_LINES.match(text, h.end()).end()   # "The Board:", a blank line, then the items
        while True:
            mark = LIST_MARK.match(text, pos)
            if not mark:
                break
            end = pos
            for line in re.finditer(r"[^\n]*\n?", text[pos:pos + 2000]):   # the item and its wrapped lines
                seg_end = pos + line.end()
                if end > pos and (not line.group().strip() or LIST_MARK.match(line.group())
                                  or text[:end].rstrip().endswith(".") and re.match(r"[ \t]*[A-Z0-9]", line.group())):
                    break   # a blank line, the next item, or a new paragraph after a finished sentence
                end = seg_end
                if not line.group().endswith("\n"):
                    break
            lead = LEAD_PAST.match(text, mark.end())
            if lead and not out.covered(mark.end(), slack=0):
                body_acted(out, lead, len(text[:end].rstrip(" \t\n;.")))
            pos = end


IT_WAS_SLACK = 40      # a span just after "it was agreed": the same decision, read by another reader


def _inner_passive(out: Found, start: int, end: int) -> bool:
    """"(it was agreed) that his motion on X be deferred to May": defer "his motion on X". Not for a
    weak act ("that the meeting be held on ..." stays an agreement)."""
    text = out.paper.text
    that = re.match(r"\s*(?:that\s+)?", text[start:end])     # (IT_WAS takes the "that" itself)
    base = start + that.end()
    clause = text[base:end]
    inner = INNER_PASSIVE.search(clause)
    lemma = clauses.lemma_of(inner["v"]) if inner else None
    if not lemma or lemma in clauses.WEAK or inner.start() < 3:
        return False
    if re.search(r"(?i)\b(?:would|should|will|could|might|may|must|can|to|had|have|has)\s+$", text[start:base + inner.start()]) \
            or re.search(r"(?i)\band\s+that\b", text[start:end]):
        return False   # "would be placed on the agenda" (reported), "... be increased and that ...": the agreement
    out.add(lemma, base, base + clauses.passive_object_end(clause, 0, inner, lemma), "resolved")
    return True


def read_statements(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in BODY_ACTED.finditer(text):
        if not out.covered(m.start(), slack=0):
            body_acted(out, m)
    for m in MEMBERS_ACTED_CAPS.finditer(text):
        if clauses.lemma_of(m["v"]) and not out.covered(m.start("v"), slack=0):
            body_acted(out, m)
    for m in MEMBERS_TOOK_PAPER.finditer(text):
        if not out.covered(m.start("v"), slack=0):
            body_acted(out, m)
    for m in MEMBERS_AGREED_TO.finditer(text):
        if out.covered(m.start(), slack=0):
            continue
        end = clause_end(text, m.end(), 600)
        inf = re.match(rf"to\s+{ADVERBS}(?P<v>{BASE})\b", text[m.end():end])
        if inf:   # "the Councillors agreed to approve X": approve X
            out.add(clauses.lemma_of(inf["v"]) or "agree", m.end() + inf.end(), end, "resolved")
        elif not _inner_passive(out, m.end(), end):
            then = _AND_PAST.search(text, m.end(), end) if text.startswith("to ", m.end()) else None
            if then and clauses.lemma_of(then["v"]) and re.match(r"\s+(?:the|an?|its|their)\s", text[then.end():then.end() + 8]):   # "agreed to defend the proceedings and noted the estimated cost"
                out.add("agree", m.end(), then.start(), "resolved")
                out.add(clauses.lemma_of(then["v"]), then.end(), end, "resolved")
                continue
            out.add("agree", m.end(), end, "resolved")   # "the Councillors agreed to use the current tree guard"
    for m in AND_THEY_WERE.finditer(text):
        head = list(MINUTE_HEADING.finditer(text, max(0, m.start() - 800), m.start()))
        if head and not out.covered(m.start(), slack=0):
            h = head[-1]   # "26/17 Minutes of the meeting held on 2 March 2017. ... and they were signed as a true record"
            out.add(clauses.lemma_of(m["v"]), h.start("h"), h.end("h"), "resolved")
    for m in IT_WAS.finditer(text):
        if out.covered(m.start(), slack=IT_WAS_SLACK):
            continue
        end = clause_end(text, m.end(), 600)
        inf = re.match(rf"\s*to\s+{ADVERBS}(?P<v>{BASE})\b", text[m.end():end])
        if inf:
            out.add(clauses.lemma_of(inf["v"]) or inf["v"].lower(), m.end() + inf.end(), end, "resolved")
        elif not (m["v"].lower() in ("agreed", "resolved", "decided") and _inner_passive(out, m.end(), end)):
            verb = {"decided": "agree", "resolved": "agree"}.get(m["v"].lower(), clauses.lemma_of(m["v"]))
            out.add(verb, m.end(), end, "resolved")
    for m in PASSIVE_MAIN.finditer(text):
        if out.covered(m.start(), slack=100) or re.search(r"(?i)\b(?:if|when|which|who|had|has|have)\b", m["subj"]):
            continue
        if re.search(r"(?i)(?:^|,\s*)it$", m["subj"].strip()) or (m.start() > 1 and abbreviation_stop(text, m.start() - 2)):
            continue   # "..., it was agreed that ..." (IT_WAS reads it); "Cllr. Byrne, ...": no sentence starts after "Cllr."
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
            if re.match(r"(?i)the\s+(?:motion|resolution)\b", m["subj"]) and (
                    not titles or out.taken.overlaps(titles[-1].end(), m.start())):
                continue   # "The motion was carried" after its words were read: the vote, not another decision
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
        start = m.start("subj")
        movers = _MOVERS_FIRST.match(text, start, m.end("subj"))
        start = movers.end() if movers else start   # "Proposed by Cllr A and seconded by Ms B, the minutes ... were adopted"
        short = _SHORT_SUBJECT.fullmatch(text, start, m.end("subj"))
        titled = _heading_naming(text, m.start(), short["n"]) if short else None
        if titled:   # "TOWN MAYOR'S ANNOUNCEMENTS / ... The announcements were noted.": what the heading names
            out.add(lem, titled[0], titled[1], "resolved")
            out.read_elsewhere_at(m.start(), m.end())
            continue
        by = re.compile(r",?\s+(?:proposed|moved|seconded)\s+by\b").search(text, start, m.end("subj"))
        start = skip_heading_lines(text, start, m.end("subj"), _SUBJECT_HEADING, 12)
        opener = re.match(r"(?i)(?:there\s+being|upon|on|following|after)\b", text[start:m.end("subj")])
        lead = list(re.finditer(r",\s+(?=(?:the|this|these)\s)", text[start:m.end("subj")])) if opener else []
        start += lead[-1].end() if lead else 0   # "There being no further business, upon motion by X, seconded by Y, the meeting was adjourned"
        how = re.match(r"(?i)by\s+(?:unanimous\s+|general\s+|common\s+)?(?:vote|consent|acclamation|show\s+of\s+hands)\s*,\s*", text[start:m.end("subj")])
        start += how.end() if how else 0   # "By unanimous consent, Geir Magnusson Jr. was appointed": how it was decided
        out.add(lem, start, by.start() if by else m.end("subj"), "resolved")
    for m in MEASURE_PASSED.finditer(text):
        if not out.covered(m.start(), slack=0):
            out.add("pass", m.start("subj"), m.end("subj"), "resolved")


# "The reports were noted": a short definite subject whose noun the minute's heading names in full
_SHORT_SUBJECT = re.compile(r"(?i)the\s+(?P<n>[a-z]{4,})")
# a minute's heading in capitals, after its number: "C/25/117  TOWN MAYOR'S ANNOUNCEMENTS", "7. BANK RECONCILIATION"
_CAPS_HEADING = re.compile(r"(?m)^[ \t]*(?:[A-Z]{0,4}/?\d{1,3}(?:[/.]\d{1,4})*\.?[ \t]+)?(?P<h>[A-Z][A-Z0-9 ,'’&()/-]{3,100}?)[ \t]*$")


def _heading_naming(text: str, at: int, noun: str) -> tuple[int, int] | None:
    """The span of the nearest heading in capitals above `at` (within its minute) that names `noun`."""
    base = max(0, at - 2500)
    heads = [h for h in _CAPS_HEADING.finditer(text[base:at]) if sum(c.isupper() for c in h["h"]) >= 4]
    if not heads:
        return None
    h = heads[-1]
    words = re.findall(r"[a-z]+", h["h"].lower())
    if noun.lower() not in words or not 2 <= len(words) <= 8:
        return None   # the same word, in the same number, in a heading that says more than the word alone
    return base + h.start("h"), base + h.end("h")


_MOVER = r"(?:[^,.;:\n]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr|St)\.|(?<=\b[A-Z])\.){2,60}?"
# who moved it, set before the subject of a passive: "Proposed by Cllr A and seconded by Ms B, "
_MOVERS_FIRST = re.compile(rf"(?i)(?:proposed|moved)\s+by\s+{_MOVER}(?:,?\s+(?:and\s+)?seconded\s+by\s+{_MOVER})?,\s+")
# "Peter moved the minutes be accepted", "It was moved by A, seconded by B, that the report be received"
MOVED_BE = re.compile(
    rf"(?i)\b(?:moved|proposed),?\s+(?:by\s+{_MOVER},?\s+)?(?:(?:and\s+)?seconded\s+by\s+{_MOVER},?\s+|and\s+{_MOVER}\s+seconded,?\s+)?(?:resolved\s*[:,–-]?\s*)?(?:that,?\s+)?"
    rf"(?P<subj>(?:[^.;:\n]|\.(?=\w)){{3,200}}?)\s+be\s+{ADVERBS}(?P<v>{PAST})\b")
# "Director Lindgren moved, and Director Ibarra seconded, approval of the Consent Calendar"
MOVED_NOUN = re.compile(
    rf"(?i)\bmoved,?\s+(?:and\s+{_MOVER}\s+seconded,?\s+)?(?:the\s+)?(?P<n>{NOUNS})\s+of\s+(?=\S)")
# "Move to accept Treasurer's report: André Giroux", "Motion to approve the agenda - moved by ..."
MOVE_TO = re.compile(r"(?m)^[ \t]*(?:[-•*▪][ \t]*)?(?:Move|Motion)\s+to\s+(?P<v>[a-z]+)\s+(?P<obj>[^:\n]{3,200}?)"
                     r"[ \t]*(?::|[-–][ \t]+(?:moved|proposed)\b|$)")


# "On the proposal of Cllr. Furlong, seconded by Cllr. Tierney, the minutes ... were confirmed", "..., the Members approved X"
ON_PROPOSAL = re.compile(rf"(?i)\bon\s+the\s+(?:proposal|motion)\s+of\s+{_MOVER},?\s+(?:and\s+)?seconded\s+by\s+{_MOVER},\s*"
                         rf"(?:it\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\s*(?::|that\s+|to\s+(?=[a-z]))?\s*)?")


# "Proposed by Cllr. Kiely, Seconded by Cllr. Hegarty, and agreed:" then the resolution, often quoted, as
# Irish local authorities record it ("..., and agreed." closes a motion already quoted: the vote, read there)
PROPOSED_AND_AGREED = re.compile(r"(?i)\bproposed\s+by\s+[^,:;\n]{2,60},\s*seconded\s+by\s+[^,:;\n]{2,60},?\s+and\s+"
                                 r"(?:unanimously\s+)?(?:agreed|resolved|carried)\s*:\s*")


def read_motion_forms(paper: Paper, out: Found, kind: str) -> None:
    """Motions as mover and clerk write them: "A moved the minutes be accepted", "moved approval
    of the Consent Calendar", "Move to accept the Treasurer's report: (mover)"."""
    text = paper.text
    status = "resolved" if kind != "agenda" else "proposed"
    for m in MOVED_BE.finditer(text):
        subj = m["subj"]
        if out.covered(m.start("subj"), slack=0) or re.search(r"(?i)\b(?:be|to|will|would|should|seconded)\b", subj):
            continue
        if re.search(r"(?i)\b(?:motion|amendment)\b[^.]{0,40}\b(?:lost|defeated|failed|withdrawn)\b|\bmotion\s+(?:was\s+)?not\s+carried",
                     text[m.end():m.end() + 300]):
            continue   # a motion that fell decided nothing
        lemma = clauses.lemma_of(m["v"])
        start = m.start("subj")
        clause = text[start:max(m.end(), clause_end(text, start, 600))]
        verb = INNER_PASSIVE.search(clause, m.end("subj") - start)
        out.add(lemma, start, start + clauses.passive_object_end(clause, 0, verb, lemma), status)
    for m in MOVED_NOUN.finditer(text):
        if out.covered(m.end(), slack=0):
            continue
        out.add(clauses.NOUN_VERBS[m["n"].lower()], m.end(), clause_end(text, m.end(), 400), status)
    for m in (m for pattern in (PROPOSED_AND_AGREED, ON_PROPOSAL) for m in pattern.finditer(text)):
        if not out.covered(m.end(), slack=0):
            start = m.end() + (1 if text[m.end():m.end() + 1] in "“\"" else 0)
            add_clause(out, start, clause_end(text, start, 600), status)
    for m in MOVE_TO.finditer(text):
        lemma = clauses.lemma_of(m["v"])
        if lemma and not out.covered(m.start("obj"), slack=0):
            out.add(lemma, m.start("obj"), m.end("obj"), status)


def read_moved(paper: Paper, out: Found, kind: str) -> None:
    """"Motion by X, seconded by Y, to approve the agenda. Motion carried." (US minutes)."""
    text = paper.text
    for m in MOVED.finditer(text):
        if out.covered(m.start()):
            continue
        after = text[m.end():m.end() + 250]
        outcome = re.search(r"(?i)\bmotion\s+(?:was\s+)?(carried|passed|approved|adopted|failed|lost|defeated)|\b(carried|failed|defeated)\b", after)
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
        end = min(clause_end(text, m.start("obj"), 400), text.find(";", m.start("obj")) % (len(text) + 1))
        second = SECONDER.search(text, m.start("obj"), end)
        end = second.start() if second else end   # "to accept the minutes, Dick Dillon seconds, voice vote ..."
        status = "resolved" if kind == "minutes" else "proposed"
        # "to award the contract to X, and to authorize the Director to ...", "to defer the request to the April
        # meeting and to refer the question to the Policy Committee", "to receive and file the review and approve
        # a budget adjustment of $275,000": one act per verb
        start = m.start("obj")
        for more in _motion_acts(text, start, end):
            lemma = clauses.lemma_of(more["v"])
            if not lemma or base_verb_before(text[start:more.start()], more.start() - start):
                continue   # "to purchase and install a boiler": two verbs of one act
            out.add(verb, start, more.start(), status)
            verb, start = lemma, more.end()
        out.add(verb, start, end, status)   # "award Bid No. 24-07 to X"


_NAME = r"(?:(?!\s(?:that|to)\s)(?:[^,.;\n]|\b(?:Mr|Ms|Mrs|Dr|Cllr|Cr|Hon)\.)){2,60}"   # a name ends before "that", "to"
# (the seconder may be absent: an Alberta council's "MOVED by Councillor Fenske that Council give second reading to ...")
MOVED_THAT = re.compile(rf"(?i)\b(?:it\s+was\s+)?moved\s+by\s+{_NAME},?\s+(?:(?:and\s+)?seconded\s+by\s+{_NAME},?\s+)?"
                        rf"(?:(?P<to>to)\s+(?:board\s+)?(?=[a-z])|that\s+)")


def _motion_acts(text: str, start: int, end: int) -> list[re.Match]:
    """Where a motion's next act starts: ", and to authorize", " and to refer the", " and approve a"."""
    found, last = [], -1
    for m in sorted([*AND_TO_ACT.finditer(text, start, end), *AND_BASE.finditer(text, start, end)], key=lambda x: x.start()):
        if m.start() >= last:
            found.append(m)
            last = m.end()
    return found


VOTED_TO = re.compile(rf"(?i)\bvoted\s+(?:\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+|unanimously\s+)?to\s+{ADVERBS}(?P<v>{BASE})\s+")


def read_moved_by(paper: Paper, out: Found, kind: str) -> None:
    """ "It was moved by Ms. Costa, seconded by Ms. Creason, that the minutes be approved" or
    "..., to adopt Resolution No. A-418 ..."; "the board voted 4-0 to accept X"."""
    text = paper.text
    status = "resolved" if kind == "minutes" else "proposed"
    for m in MOVED_THAT.finditer(text):
        if out.covered(m.end(), slack=0):
            continue
        end = clause_end(text, m.end(), 600)
        outcome = OUTCOME.search(text, m.end(), end)
        end = outcome.start() if outcome else end
        verdict = _OUTCOME_LINE.search(text, end, min(len(text), end + 300))
        if verdict and verdict["r"].lower() in ("lost", "defeated", "failed") and not MOVED_THAT.search(text, end, verdict.start()):
            continue   # "DEFEATED" on the line below: the motion decided nothing
        if m["to"]:
            fv = clauses.first_word_verb(text[m.end():end])
            if fv:
                out.add(fv[0], m.end() + fv[1], end, status)
        else:
            add_clause(out, m.end(), end, status)
    for m in VOTED_TO.finditer(text):
        if not out.covered(m.start(), slack=0):
            out.add(clauses.lemma_of(m["v"]), m.end(), clause_end(text, m.end(), 400), "resolved")


def read_numbered_actions(paper: Paper, out: Found) -> None:
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


_TABLED_CARRIED = re.compile(r"(?i)\b(?:carried|passed|accepted|approved|adopted|agreed|resolved|endorsed|unanimous(?:ly)?)\b")
_TABLED_LOST = re.compile(r"(?i)\b(?:lost|defeated|failed|rejected|withdrawn|lapsed|not\s+carried)\b")


# "Benjamin Arntzen is elected as 2018 President", "Nick Bannon: elected on a show of hands as Vice President",
# "Margaret Wood, Dean Bergin, James Henstridge are elected unopposed as Committee Members"
_PERSON = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
ELECTED = re.compile(rf"(?m)(?:^|(?<=[.:]\s))[ \t•*-]*(?P<who>{_PERSON}(?:,[ \t]+{_PERSON})*(?:,?[ \t]+and[ \t]+{_PERSON})?)(?::|[ \t]+(?:is|was|were|are)|(?=[ \t]+declared\b))[ \t]+"
                     r"(?:duly[ \t]+|unanimously[ \t]+|declared[ \t]+)?(?:re-)?elected\b(?:[ \t]+unopposed)?(?:[ \t]+(?:on|by)[ \t]+a[ \t]+show[ \t]+of[ \t]+hands)?"
                     r"(?P<role>[ \t]+(?:as|to)[ \t]+[^.\n;]{2,80}|[ \t]+(?-i:[A-Z])[\w-]*(?:[ \t]+(?:and[ \t]+)?(?-i:[A-Z])[\w-]*){0,3}(?:[ \t]+unopposed)?)?")
# ("Anh Tran declared elected unopposed as Secretary", "Brian Gourlay was elected Vice-Chairperson unopposed")
# "• Souradip Mookerjee stands (proposed: Tejas, seconded: Malcolm)" then "• Elected unanimously (11)"
STANDS_ELECTED = re.compile(rf"(?m)^[ \t•*-]*(?P<who>{_PERSON})[ \t]+stands\b[^\n]*\n[ \t•*-]*(?:Elected|elected)\b")


# "Cr Kettle moved and Cr Holloway seconded that Council: 1. award ...; 2. authorise ...", as Australian and
# New Zealand councils record a motion, and "Councillor Tkachuk moved that Council adopt the agenda", as
# Alberta's (no seconder): its text is a resolution, taken unless the outcome says it fell
_MOVER = r"(?:(?:Mayor|Deputy\s+Mayor|Cr|Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
MOVED_AND_SECONDED = re.compile(rf"\b{_MOVER}\s+(?:moved(?:,?\s+and\s+{_MOVER}\s+seconded)?|proposed,?\s+and\s+{_MOVER}\s+seconded)\s+that\s+")
# ("The Director proposed that ..." alone is an officer's proposal, not a motion)
_OUTCOME_LINE = re.compile(r"(?im)^[ \t*_]*(?:motion\s+)?(?P<r>carried|lost|defeated|failed|passed)\b")
PUT_AND = re.compile(r"(?i)\b(?:motion|amendment)\s+was\s+(?:put\s+and\s+)?(?:declared\s+)?(?P<r>carried|lost|defeated|passed|failed)\b")


def read_moved_and_seconded(paper: Paper, out: Found, kind: str) -> None:
    text = paper.text
    for m in MOVED_AND_SECONDED.finditer(text):
        start = m.end()
        if out.covered(start, slack=0):   # motions follow one another closely: only words already read are skipped
            continue
        end = resolution_end(text, start)
        put = PUT_AND.search(text, start, min(len(text), end + 300))
        if put and put["r"].lower() in ("lost", "defeated", "failed"):
            continue   # a motion that fell is a vote, not a decision
        verdict = _OUTCOME_LINE.search(text, end, min(len(text), end + 800))
        nxt = MOVED_AND_SECONDED.search(text, end, verdict.start()) if verdict else None
        if verdict and not nxt and verdict["r"].lower() in ("lost", "defeated", "failed"):
            continue   # "DEFEATED 2–5" on its own line after the recorded vote
        end = min(end, put.start()) if put else end
        outcome = OUTCOME.search(text, start, end)
        end = outcome.start() if outcome else end
        before = len(out.items)
        add_parts(out, split_clauses(text, start, end), "resolved" if kind == "minutes" else "proposed")
        out.keep_apart(before)


# a table of an election, one row a person: "President | Margaret Ilsley | D. Pellow / R. Abbey | Re-elected
# unopposed", "Priya Nair | 39 | Elected" (not "Not elected"); the person's column is the one its header names
ELECTED_CELL = re.compile(r"(?i)(?:re-?)?(?:elected|appointed)(?:\s+(?:unopposed|unanimously|by\s+acclamation|nem\.?\s*con\.?))?\.?")
PERSON_COLUMN = re.compile(r"(?i)\s*(?:nominees?(?:\s*\(s\))?|candidates?|names?|persons?|members?|elected|appointee)\s*")
PERSON_CELL = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}")


def _election_rows(text: str, out: Found) -> None:
    person_col = None
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if "\t" in line:
            cells = motion_tables._cells(text, pos, end)
            header = next((i for i, c in enumerate(cells) if PERSON_COLUMN.fullmatch(c[0])), None)
            filled = [c for c in cells if c[0]]
            if header is not None and not ELECTED_CELL.fullmatch(filled[-1][0]):
                person_col = header
            elif len(filled) >= 2 and ELECTED_CELL.fullmatch(filled[-1][0]):
                who = cells[person_col] if person_col is not None and person_col < len(cells) - 1 else None
                if who is None or not PERSON_CELL.fullmatch(who[0]):
                    who = next((c for c in filled[:-1] if PERSON_CELL.fullmatch(c[0])), None)
                if who and not out.covered(who[1], slack=0):
                    out.add("elect", who[1], who[2], "resolved")
        elif line.strip():
            person_col = None   # prose ends the table
        pos = end + 1


def read_elections(paper: Paper, out: Found) -> None:
    """Elections recorded as what happened to a person: elect the person (and the office, where named)."""
    text = paper.text
    _election_rows(text, out)
    for m in ELECTED.finditer(text):
        if re.match(r"(?i)(?:the|a|an|if|when|who|no|not)$", m["who"].split()[0]):
            continue
        out.add("elect", m.start("who"), m.end(), "resolved")
    for m in STANDS_ELECTED.finditer(text):
        out.add("elect", m.start("who"), m.end("who"), "resolved")


def read_tabled(paper: Paper, out: Found) -> None:
    """Rows of a table of motions (`motion_tables`) carried, each an action in its motion cell:
    "Accept the annual report | Fletcher | Ben Connor | Accepted unanimously" -> accept."""
    for row in motion_tables.motion_rows(paper.text):
        if not _TABLED_CARRIED.search(row.outcome) or _TABLED_LOST.search(row.outcome):
            continue
        if out.taken.overlaps(row.motion_start, row.motion_end):
            continue
        motion = re.sub(r"(?i)^\s*(?:that|to)\s+", "", row.motion)
        skip = len(row.motion) - len(motion)
        found = leading_action(motion)
        if not found:
            continue
        verb, n = found
        start = row.motion_start + skip + n
        out.add(verb, start, row.motion_end, "resolved")
        out.taken.append((row.motion_start, row.motion_end))
