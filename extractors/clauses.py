"""Verbs of governance and the parsing of a decision clause into verb and object.

"That the minutes of the meeting held on 5 December be adopted" -> adopt, "the minutes
of the meeting held on 5 December"; "THAT we donate $100 to the Lions Club" -> donate,
"$100 to the Lions Club"; "The Clerk to write to the landowner" -> write, "to the
landowner". Passive, active and "X to VERB" forms; the earliest action wins.
"""
from __future__ import annotations

import re

ACTION_VERBS = """
accept acknowledge adopt agree allocate amend appoint approve authorise authorize award
commission commend confirm consider consult continue decide decline declare defer delegate
designate discuss dismiss donate draw elect endorse establish extend forward fund grant instruct
issue levy nominate note pass place postpone procure publish purchase ratify re-elect receive
recommend refer refuse reject release renew request rescind resolve review revoke seek set sign
submit support suspend table transfer uphold vary waive welcome withdraw write contact invite
ask provide arrange agree reappoint co-opt close adjourn resume give notify thank
enter execute reaffirm query include deny impose reschedule enact determine increase reduce
concur rezone repeal vacate annex lease pay introduce permit create dissolve abolish rename exclude
direct excuse proclaim reopen reconvene recess obtain object
schedule hire implement cancel disband restore homologate select
""".split()
IRREGULAR = {"draw": ["drew", "drawn"], "write": ["wrote", "written"], "give": ["gave", "given"],
             "seek": ["sought"], "hold": ["held"], "set": ["set"], "withdraw": ["withdrew", "withdrawn"]}
# past participles that are never a finite verb ("gave", "wrote" are the past tense)
PARTICIPLES_ONLY = {"given", "written", "drawn", "withdrawn"}
DOUBLE = {"defer", "refer", "transfer", "submit", "commit", "permit", "omit", "regret", "prefer", "confer", "allot"}
# Verbs of a clause that are rarely the decision itself (they describe it).
WEAK = {"hold", "continue", "provide", "set", "give", "ask", "resolve", "consider", "discuss"}
NOUN_VERBS = {"approval": "approve", "adoption": "adopt", "authorization": "authorize", "authorisation": "authorise",
              "ratification": "ratify", "acceptance": "accept", "award": "award", "confirmation": "confirm",
              "appointment": "appoint", "election": "elect", "endorsement": "endorse", "consideration": "consider",
              "purchase": "purchase", "renewal": "renew", "amendment": "amend", "extension": "extend",
              "allocation": "allocate", "declaration": "declare", "designation": "designate", "delegation": "delegate"}


def _forms(lemma: str) -> dict[str, tuple[str, str]]:
    """form -> (lemma, kind) with kind in base|s|past|ing."""
    out = {lemma: (lemma, "base")}
    stem = lemma + lemma[-1] if lemma in DOUBLE else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        s, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        s, past = lemma + "es", lemma + "ed"
    else:
        s, past = lemma + "s", (lemma + "d" if lemma.endswith("e") else stem + "ed")
    ing = (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else stem) + "ing"
    out[s] = (lemma, "s")
    out[ing] = (lemma, "ing")
    for p in IRREGULAR.get(lemma, [past]):
        out[p] = (lemma, "past")
    return out


FORMS: dict[str, tuple[str, str]] = {}
for _v in ACTION_VERBS:
    FORMS.update(_forms(_v))
_FORM_RE = "|".join(sorted(map(re.escape, FORMS), key=len, reverse=True))
WORD_RE = re.compile(rf"(?i)(?<![\w-])(?:{_FORM_RE})(?![\w-])")   # not "above-noted"
PASSIVE_RE = re.compile(rf"(?i)\b(?:hereby\s+)?(?:be|is|are|was|were|been|being)\s+(?:and\s+(?:hereby\s+)?(?:is|are)\s+)?(?:taken\s+as\s+read\s+and\s+)?(?:hereby\s+|duly\s+|now\s+|unanimously\s+|formally\s+)?(?P<v>{_FORM_RE})\b")
READINGS_RE = re.compile(r"(?i)\b(?:be|is|was)\s+(?:now\s+)?read\s+a\s+(?:first|second|third)\b[^.;]{0,60}?\band\s+"
                         r"(?:finally\s+)?(?P<v>passed|adopted|enacted)\b")
READ_TIME_RE = re.compile(r"(?i)\b(?:be|is|was)\s+(?:now\s+)?(?:introduced\s+and\s+)?read\s+a\s+(?:first|second|third)\s+time\b")
# what may follow a passive verb as part of the decision: "appointed as Internal Auditor", "placed on the
# agenda", "forwarded to the Minister"; not "to purchase a tree" (purpose), "at Council on 3 June" (when, where)
_COMPLEMENT = re.compile(r"(?i:as|on|onto|into|from)\b|(?!(?i:for\s+the\s+(?:following\s+)?reasons?)\b)(?i:to|for)\s+(?:(?i:the|a|an|all|each|publication|use)\b|[A-Z0-9£$€])")
# verbs whose "to", "until" or "from" says when or where, not what: "consideration of X be deferred to the
# March meeting", "the press and public be excluded from the meeting"
_WHEN_VERBS = {"defer", "postpone", "adjourn", "continue", "reschedule", "table", "suspend", "exclude"}
_INFINITIVE_VERBS = {"authorize", "authorise", "permit", "instruct", "request", "ask", "delegate", "invite", "allow"}
# going into and out of a closed part of the meeting: "That Council go into closed session at 7:52 p.m.",
# "moved in camera at 7:58 p.m.", "proceed 'In Committee'", "come out of committee", "rise from in camera"
_CLOSED = r"(?:(?:a\s+)?(?:closed|in[- ]camera|private|executive|confidential)\s+(?:session|meeting|council)|in[- ]camera|camera|(?:closed\s+)?committee|['‘\"]In\s+Committee['’\"]|closed\s+council)"
SESSION_RE = re.compile(rf"(?i)\b(?P<v>go|goes|went|move|moves|moved|proceed|proceeds|proceeded|enter|enters|entered|resolve\s+itself|"
                        rf"rise|rises|rose|come|comes|came|return|returns|returned)\s+(?=(?:(?:into|in|to|out\s+of|from)\s+)?{_CLOSED}(?!\w))")
_SESSION_LEMMA = {"goes": "go", "went": "go", "moves": "move", "moved": "move", "proceeds": "proceed", "proceeded": "proceed",
                  "enters": "enter", "entered": "enter", "rises": "rise", "rose": "rise", "comes": "come", "came": "come",
                  "returns": "return", "returned": "return", "resolve itself": "resolve"}
GIVEN_TO_RE = re.compile(r"(?i)\b(?:approval|authority|permission)\s+(?:is|be)\s+(?:hereby\s+)?(?:given|granted)\s+to\s+(?P<v>[a-z]+)\b")
DETERMINERS = re.compile(r"(?i)\b(?:the|a|an|its|their|our|this|that|these|those|as|of|to|and|previously|already|not|been|be|being|is|are|was|were|will|would)\s*$")


def lemma_of(word: str) -> str | None:
    hit = FORMS.get(word.lower())
    return hit[0] if hit else None


def first_word_verb(item: str) -> tuple[str, int] | None:
    """An imperative item ("Note the report"): the first word is the verb."""
    m = re.match(r"\s*([A-Za-z][A-Za-z-]*)", item)
    if not m:
        return None
    word = m.group(1)
    lem = lemma_of(word)
    if lem:
        return lem, m.end()
    if word[0].isupper() and word.lower() in NOUN_VERBS:
        return None
    return None


def parse_clause(clause: str) -> tuple[str, int, int] | None:
    """(verb lemma, object start, object end) within `clause`, or None.

    Chooses the earliest of: a passive ("... be adopted") whose object is what stands
    before it, an active finite verb ("supports X"), or "X to VERB Y".
    """
    candidates = []
    given = GIVEN_TO_RE.search(clause)
    if given and FORMS.get(given["v"].lower(), ("", ""))[1] == "base":
        # "approval is hereby given to pay the invoice": the act approved is the decision
        return FORMS[given["v"].lower()][0], given.end(), len(clause)
    readings = READINGS_RE.search(clause)
    if readings:   # "By-Law 2023-51 ... be read a first, second and third time and passed"
        return FORMS[readings["v"].lower()][0], _subject_start(clause, readings.start()), readings.start()
    reading = READ_TIME_RE.search(clause)
    if reading:   # "That Bylaw No. 4-2026 ... be introduced and read a first time": the reading is the act
        return "read", _subject_start(clause, reading.start()), reading.end()   # (the ordinal tells two readings apart)
    masked = re.sub(r"\([^()]*\)|\b(?:as|thus|so)\s+(?:so\s+|further\s+|previously\s+)?(?:amended|revised|agreed|approved)\b",
                    lambda p: " " * len(p.group()), clause)   # "(includes Alternates 2 and 3)", "as so amended"
    for m in PASSIVE_RE.finditer(masked):
        lem, kind = FORMS[m["v"].lower()]
        if re.search(r"(?i)\b(?:to|will|would|shall|may|can|could|should|must|might)\s*$", clause[:m.start()]):
            continue  # "to be included", "will be closed": not (yet) decided
        if kind == "past":
            subj_start = _subject_start(clause, m.start())
            end = passive_object_end(clause, subj_start, m, lem)
            if re.search(r"(?i)\bhereby\b", m.group()):
                that = list(re.finditer(r"(?i)\b(?:determines?|finds?|resolves?|declares?|agrees?)\s+that\s+", clause[subj_start:m.start()]))
                subj_start += that[-1].end() if that else 0   # "the Council determines that the claim ... is hereby denied"
                return lem, subj_start, end   # "X be and is hereby determined": the operative verb, whatever precedes
            candidates.append((m.start(), lem, subj_start, end, m.end()))
            break
    session = SESSION_RE.search(masked)
    if session and not re.search(r"(?i)\b(?:to|will|would|shall|may|should)\s*$", clause[:session.start()]):
        word = session["v"].lower()
        candidates.append((session.start(), _SESSION_LEMMA.get(re.sub(r"\s+", " ", word), word), session.end(), len(clause), None))
    for m in WORD_RE.finditer(masked):
        lem, kind = FORMS[m.group().lower()]
        before = clause[:m.start()]
        if lem == "set" and re.match(r"\s+out\b", clause[m.end():]):
            continue   # "for the reasons set out in Annex 2": a participle
        if lem == "schedule" and re.match(r"\s+(?:[A-Z]{1,2}|\d{1,2})\b", clause[m.end():]):
            continue   # "Schedule A Appropriation Measures", "Schedule 2": a document, not the verb
        if lem == "close" and re.match(r"\s+(?:session|meeting|council|part)\b", clause[m.end():], re.I) and kind == "past":
            continue   # "into closed session": an adjective
        if DETERMINERS.search(before) and not re.search(r"(?i)\bto\s*$", before):
            continue
        if kind == "ing" or kind == "past" and re.search(r"(?i)\bhaving\s+$", before):
            continue   # "having considered the report, propose ...": a participle
        if m.group().lower() in PARTICIPLES_ONLY and not re.search(r"(?i)\b(?:has|have|had)\s+$", before):
            continue   # "the reasons given for absence be approved": "given" is never a finite verb
        if kind in ("base", "s") and re.search(r"\b(?i:the|a|an|this|its|their|our)\s+(?:(?!to\b)[a-z][\w-]*\s+){1,2}$", before):
            continue  # "the delegation request from ...": a noun after a noun ("the Clerk contact X" is a verb)
        if m.group()[0].isupper() and not m.group().isupper() and before.strip() and not before.rstrip().endswith((".", ":", ";")) \
                and not re.fullmatch(r"\s*\(?[a-z0-9]{1,3}[.)]\s*", before):   # "b) Requests the Minister ..." is a verb
            continue  # "Better Care Fund", "Council Tax Support": part of a name
        if re.search(r"(?i)\bto\s*$", before):
            # "The Clerk to write ...": only at the head of a clause ("X to VERB")
            if len(before.split()) <= 6 and "," not in before.lstrip(" \t\n,;") and not re.search(r"(?i)\b(?:is|are|was|were|be|being|asked|agreed|decided|resolved)\b", before):
                candidates.append((m.start(), lem, m.end(), len(clause), None))
            continue
        if kind == "past" and re.match(r"\s+(?:by|in|at|on|from|with|within|under|for\s+in)\b", clause[m.end():]) and len(before.split()) > 2:
            continue  # "the report presented by", "held on": a participle in a noun phrase
        candidates.append((m.start(), lem, m.end(), len(clause), None))
        break
    if not candidates:
        # "Payments as above approved."
        m = re.search(rf"(?i)\b(?P<v>{_FORM_RE})\s*[.;]?\s*$", clause)
        if m and FORMS[m["v"].lower()][1] == "past":
            return FORMS[m["v"].lower()][0], _subject_start(clause, m.start()), m.start()
        return None
    pos, lem, s, e, passive_end = min(candidates, key=lambda c: c[0])
    inner_verb = re.match(r"(?i)\s*to\s+(?P<v>[a-z]+)\b", clause[s:e])
    if lem == "agree" and inner_verb and FORMS.get(inner_verb["v"].lower(), ("", ""))[1] == "base":
        return FORMS[inner_verb["v"].lower()][0], s + inner_verb.end(), e   # "the City agrees to accept X", "AGREED to DEFER X"
    if lem in ("determine", "find", "decide"):
        inner = re.match(r"\s*that\s+", clause[s:e])
        found = parse_clause(clause[s + inner.end():e]) if inner else None
        if found:   # "determines that the claim ... is hereby denied": the claim is denied
            return found[0], s + inner.end() + found[1], s + inner.end() + found[2]
    return lem, s, e


def passive_object_end(clause: str, subj_start: int, verb: re.Match, lem: str) -> int:
    """Where a passive act's object ends. The object reads as the minutes print it: "Sharon Wareham is
    appointed as Internal Auditor at £15 per hour" to the end of the clause when a complement follows the
    verb; otherwise the subject with its verb phrase to the first break ("the request ... be referred to
    staff for a report to the Council Meeting of May 25", "consideration of X be deferred to the March
    meeting"): readers and annotators take the clause, not the bare subject. The bare subject where the
    rest adds nothing ("be adjourned at 9.14 pm") or the subject stands for a list that follows."""
    rest = clause[verb.end():].strip(" .;,")
    if len(rest.split()) < 2:
        return verb.start()
    takes_rest = (_COMPLEMENT.match(rest) and lem not in _WHEN_VERBS) or lem in _INFINITIVE_VERBS and re.match(r"(?i)to\s", rest)
    if takes_rest:
        return len(clause.rstrip(" .;,"))
    if re.search(r"(?i)\bhereby\b", verb.group()) or _SUBJECT_ALONE.match(clause, subj_start) or _NO_CONTENT_TAIL.match(rest):
        return verb.start()
    brk = _PASSIVE_BREAK.search(clause, verb.end())
    end = brk.start() if brk else len(clause.rstrip(" .;,"))
    return end if re.search(r"\w", clause[verb.end():end]) else verb.start()   # "be received and the plan be endorsed"


def _subject_start(clause: str, end: int) -> int:
    """Where the passive's subject starts: after "That", "RESOLVED", a number."""
    m = re.match(r"(?is)\s*(?:(?:it\s+was\s+)?resolved\s*[:,-]?\s*)?(?:\((?:by|unanimously|nem)[^()]{0,60}\)\s*)?(?:\(?\d+[.)]\s*|\(?[a-z][.)]\s+)?(?:(?:and\s+)?(?:further\s+)?that,?\s+)?"
                 r"(?:as\s+[^,]{3,60},\s+|subject\s+to\s+[^,]{3,220},\s+|(?:on\s+the\s+recommendation\s+of|pursuant\s+to)\s+[^,]{3,80}?"
                 r"(?:,\s+[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*)*)*,\s+)?", clause[:end])
    # "that, as recommended by the Mayor, the ...", "That, on the recommendation of the Deputy City
    # Manager, Environment and Infrastructure, the staff report ... BE RECEIVED"
    return m.end() if m else 0


# a passive's subject that stands for a list ("the following grants be awarded:"), and a tail that adds
# nothing to the act ("be adjourned at 9.14 pm", "be received for information", "be introduced at Council on June 3")
_SUBJECT_ALONE = re.compile(r"(?i)the\s+(?:following|persons?\s+listed)\b")
_NO_CONTENT_TAIL = re.compile(r"(?i)(?:at|on)\s|for\s+(?:information|noting)\b")   # when and where: "be introduced at Council on June 3"
# where a passive's verb phrase ends: a comma (not of "$25,000" or "May 25, 2026") or bracket, a purpose or condition, a second act
_PASSIVE_BREAK = re.compile(r",(?!\d)(?!\s\d{4}\b)|[;:(]|(?<!\s)\s+(?:pending|in\s+order\s+to|so\s+that|so\s+as\s+to|to\s+allow|for\s+the\s+(?:following\s+)?reasons?|"
                            r"with\s+effect|effective|and\s+that|and\s+(?:the|a)\s)\b", re.I)


_TAIL = re.compile(r"\s(?:for the purposes? of|in order to|so that|so as to|pursuant to|on the grounds? that|"
                   r"in accordance with|on the understanding|whereby|as outlined|as set out)\b|,\s+(?:which|who)\s+(?!will\b|would\b)", re.I)

_LONG_TAIL = re.compile(r"\s(?:for the provision of|with a view to|with the aim of)\b", re.I)   # ("subject to" is part of what is decided)


def clean_object(text: str) -> str:
    """The object as a reader names it: no leading "that", no trailing purpose clause."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?i)^(?:(?:and\s+)?(?:further\s+)?that\s+)", "", text)
    if len(text.split()) > 12:
        m = _TAIL.search(text, len(" ".join(text.split()[:6])))
        if m:
            text = text[:m.start()]
    if len(text.split()) > 25:   # a long object loses what it is for: "... Act for the provision of ..."
        m = _LONG_TAIL.search(text, len(" ".join(text.split()[:6])))
        if m:
            text = text[:m.start()]
    words = text.split()
    if len(words) > 40:
        text = " ".join(words[:40])
    text = re.sub(r"(?i)[;,]?\s+(?:and|or)$", "", text.strip(" ,;:.-–"))   # "...; and" before the next numbered part
    return text.strip(" ,;:.-–")
