"""Cover-sheet metadata: organisation, body, meeting date, paper number, title, purpose.

Board papers open with a cover sheet of labelled fields ("Date of Meeting:", "Paper No:",
"Title of Presentation:", "Is this paper for: Discussion / Decision / Information ✓") in
one of several layouts: label and value on one line, in a table row (tab-separated), or
the value on the line below. Minutes give the date in their opening ("held on Wednesday
2 December 2020"). What is not there stays None: never a guess.
"""
from __future__ import annotations

import re
from datetime import date

from boardpapers.extractors import clauses
from boardpapers.extractors import dates as date_rules
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import page_of, squash
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Meeting, Span

HEAD_CHARS = 6000  # the cover sheet and the opening of minutes

ORGANISATION_LABEL = r"(?:organisation|organization)"
PURPOSES = ("decision", "discussion", "information", "assurance", "approval")
# the legal forms that close an organisation's name ("Droichead Beo CLG", "Kilnworth Homes Limited")
LEGAL_FORMS = ("incorporated", "inc", "ltd", "limited", "llc", "clg", "dac", "plc", "cic")
ORG_WORDS = re.compile(r"\b(?:NHS|Trust|Council|Clinical Commissioning Group|Authority|County|City of|Township|"
                       r"Borough|Parish|Health Board|Integrated Care|University|College|Board of|Department|"
                       r"Municipality|Hospice|Charity|Association|Corporation|(?:School|Water|Fire|Sanitation|Metropolitan|Regional|"
                       r"Library|Park|Hospital|Irrigation|Utility|Transit|Conservation)\s+District)\b"
                       r"|\b(?:" + "|".join(LEGAL_FORMS) + r")\.?$", re.I)   # a legal form closes a name
# a line that describes the organisation ("A Florida Not-For-Profit Corporation", "An Ohio nonprofit
# corporation"), not one that names it
_DESCRIPTOR = re.compile(r"(?i)^(?:an?|registered|company\s+limited|charity\s+(?:no|number))\b")
# a legal form's abbreviation closing a name's line ("TARPON REACH CONDOMINIUM ASSOCIATION, INC.")
_LEGAL_END = re.compile(r"(?i)\b(?:inc|ltd|co|corp|plc|l\.l\.c)\.$")


def _label_value(head: str, label: str) -> tuple[str, int] | None:
    """Value of a labelled field: same line after the colon, or the next non-empty line."""
    pat = re.compile(rf"(?im)^[ \t•]*{label}\s*(?:\([^)\n]*\))?\s*[:：]?[ \t]*(?P<v>[^\t\n]*)")
    for m in pat.finditer(head):
        line_start = m.start()
        raw = head[line_start:m.end()]
        if ":" not in raw and "\t" not in head[m.end("v") - len(m["v"]) - 1:m.end("v") - len(m["v"])] and not m["v"].strip() == "":
            # "Paper" as the first word of a sentence is no label: need a colon or a cell break
            if not re.search(rf"(?i){label}\s*[:：]", raw):
                continue
        v = m["v"].strip()
        if v:
            return v, m.start("v")
        nxt = re.compile(r"\n[ \t]*([^\n\t]+)").match(head, m.end())
        if nxt and not re.search(r":\s*$", nxt.group(1)):
            return nxt.group(1).strip(), nxt.start(1)
    return None


def _find_date(head: str, ctx: Context) -> tuple[str, int, int] | None:
    for pat in (date_rules.P_DAY_MONTH_YEAR, date_rules.P_MONTH_DAY_YEAR, date_rules.P_ISO):
        m = pat.search(head)
        if m:
            try:
                if pat is date_rules.P_ISO:
                    d = date(int(m["y"]), int(m["m"]), int(m["d"]))
                else:
                    d = date(int(m["y"]), date_rules._month(m["m"]), int(m["d"]))
            except ValueError:
                continue
            return d.isoformat(), m.start(), m.end()
    m = date_rules.P_NUMERIC.search(head)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), date_rules._two_digit_year(m["y"])
        d_, mo = (a, b) if ctx.day_first else (b, a)
        if date_rules._valid(y, mo, d_):
            return date(y, mo, d_).isoformat(), m.start(), m.end()
    return None


MEETING_LINE = re.compile(r"(?i)\b(?:agenda|minutes|meeting|proceedings|board|council|committee|cabinet|held|hearing)\b")
OTHER_MEETING = re.compile(r"(?i)\b(?:approv\w*|adopt\w*|confirm\w*|previous|last|next|from)\b")


def _meeting_date(text: str, ctx: Context) -> tuple[str, int, int] | None:
    """Labelled date, else a date in the opening heading lines, else "meeting ... held on"."""
    head = text[:HEAD_CHARS]
    for m in re.finditer(r"(?i)(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*[:：]?[ \t]*", head[:2500]):
        found = _find_date(head[m.end():m.end() + 60], ctx)
        if found:
            return found[0], m.end() + found[1], m.end() + found[2]
    opening = list(re.finditer(r"(?m)^.*\S.*$", head[:2500]))[:10]
    for i, m in enumerate(opening):
        found = _find_date(m.group(), ctx)
        if not found or OTHER_MEETING.search(m.group()):
            continue
        prev = [o.group() for o in opening[max(0, i - 2):i]]
        named = any(MEETING_LINE.search(p) and not OTHER_MEETING.search(p) and not _find_date(p, ctx) for p in prev)
        leads = found[1] - (len(m.group()) - len(m.group().lstrip())) <= 12   # "Thursday 5 December 2024, 5.30pm, Lecture Theatre 2"
        timed = re.search(r"(?i)\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b", m.group())
        if MEETING_LINE.search(m.group()) or (named and (len(m.group().strip()) <= 60 or leads)) or (i == 0 and leads and timed):
            return found[0], m.start() + found[1], m.start() + found[2]
    held = re.compile(r"(?is)\b(?:(?:meeting|minutes|proceedings)\b.{0,250}?\b(?:held|hold|convened?|took\s+place)|"
                      r"(?:held|hold|convene)\b.{0,40}?\bmeeting\b.{0,250}?)\b.{0,250}?\b(?:on|this)\s+(?:the\s+)?")
    for m in held.finditer(head[:3000]):
        if re.search(r"(?i)\b(?:next|previous|last)\s+meeting", m.group()):
            continue
        found = _find_date(head[m.end():m.end() + 60], ctx)
        if found and found[1] < 25:
            return found[0], m.end() + found[1], m.end() + found[2]
    for m in re.finditer(r"(?im)^[ \t]*date\s*[:：][ \t]*", head[:1500]):
        found = _find_date(head[m.end():m.end() + 60], ctx)
        if found:
            return found[0], m.end() + found[1], m.end() + found[2]
    for m in opening[:8]:  # a line that is little more than a date, near the top
        found = _find_date(m.group(), ctx)
        if found and len(m.group().strip()) <= 45:
            return found[0], m.start() + found[1], m.start() + found[2]
    return None


def _paper_number(head: str) -> tuple[str, int] | None:
    m = re.search(r"(?im)(?:^|\t)[ \t]*(?:paper|report)\s*(?:no|number|ref(?:erence)?)\.?\s*[:：]?[ \t]*"
                  r"(?P<v>[A-Z0-9][A-Za-z0-9./\-() ]{0,20}?)[ \t]*(?=\t|$)", head)
    if m:
        return m["v"].strip(), m.start("v")
    m = re.search(r"(?im)(?:^|\t)[ \t]*(?:agenda\s+item(?:\s+no\.?)?|item\s+no\.?|reference)\s*[:：][ \t]*"
                  r"(?P<v>[A-Z0-9][A-Za-z0-9./\-()]{0,12})[ \t]*(?=\t|$)", head)
    if m:
        return m["v"].strip(), m.start("v")
    return None


_NUMBERED = re.compile(r"(?m)^[ \t]*(?:1|1\.0|I)[.)]?[ \t]+[A-Z][A-Za-z]")
_DECORATION = re.compile(r"(?m)^[ \t]*[*_=~#-]{3,}[ \t]*$")
DOC_WORDS = re.compile(r"(?i)\b(?:minutes|agenda|meeting|proceedings|report|notice|paper|proposals?|plan|strategy|"
                       r"review|update|budget|applications?|arrangements|business\s+case|policy|statement|hearing)\b")
_TIME = re.compile(r"(?i)\b\d{1,2}(?::\d{2}|\.\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))?")


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _action_item(ln: str) -> bool:
    words = ln.split()
    return bool(words) and words[0][:1].isupper() and not words[0].isupper() and \
        clauses.FORMS.get(words[0].lower(), ("", ""))[1] == "base"


def _heading_line(ln: str) -> bool:
    ln = ln.strip()
    if not ln or "\t" in ln:
        return False
    limit = 30 if _mostly_upper(ln) else 18
    if len(ln.split()) > limit:
        return False
    if re.search(r"[.;:]$", ln):
        abbrev = re.search(r"(?i)\b(?:ltd|inc|co|corp)\.$", ln)
        rest = _TIME.sub("", ln)
        for pat in (date_rules.P_DAY_MONTH_YEAR, date_rules.P_MONTH_DAY_YEAR, date_rules.P_NUMERIC):
            rest = pat.sub("", rest)
        time_line = re.search(r"(?i)[ap]\.m\.$", ln) and len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1
        if not (abbrev or time_line):
            return False
    if _action_item(ln):
        return False  # "Note the proposed next steps": an action item, not a heading
    return not re.match(r"^\s*(?:\d+(?:\.\d+)*[.)]?|•|\(?[a-z]\))\s", ln)


def _heading_blocks(head: str) -> list[tuple[int, str]]:
    """Each paragraph's leading heading lines (short, no sentence end), with its offset."""
    blocks = []
    for m in re.finditer(r"(?s)\S.*?(?=\n[ \t]*\n|\n[ \t]*[*_=~#-]{3,}[ \t]*\n|\Z)", head):
        lines, first = [], None
        pos = m.start()
        for ln in m.group().split("\n"):
            if _DECORATION.fullmatch(ln) or "\t" in ln:
                pos += len(ln) + 1
                continue
            if _action_item(ln):           # a list item above the title: start again after it
                lines, first = [], None
                pos += len(ln) + 1
                continue
            if not _heading_line(ln) or re.search(r"[a-z0-9]{2}[.;] +[A-Z]", ln):
                break
            so_far = " ".join(x.strip() for x in lines + [ln])
            if len(so_far.split()) > (45 if _mostly_upper(so_far) else 25):
                break
            if first is None:
                first = pos + (len(ln) - len(ln.lstrip()))
            lines.append(ln)
            pos += len(ln) + 1
        raw = [ln for ln in m.group().split("\n") if ln.strip()]
        joined = " ".join(lines).strip()
        prose = any(b.lstrip()[:1].islower() for b in raw[1:len(lines) + 1]) or (
            not _mostly_upper(joined) and re.search(r"\b(?:in|of|the|and|to|for|a|with|by|on|at|this|that)$", joined, re.I))
        if lines and len(lines) <= 6 and not prose:
            blocks.append((first, "\n".join(lines), m.start()))
    return blocks


def _clean_title(block: str) -> str | None:
    parts = []
    for ln in block.split("\n"):
        ln = _TIME.sub("", ln.strip())
        for pat in (date_rules.P_DAY_MONTH_YEAR, date_rules.P_MONTH_DAY_YEAR, date_rules.P_NUMERIC,
                    date_rules.P_MONTH_YEAR):
            ln = pat.sub("", ln)
        ln = re.sub(r"[*_=~#]{2,}", "", ln)
        ln = re.sub(r"(?i)^(?:revised|draft|confidential|public|private|part\s+[12i]+|enc\.?\s*\w+|original\s+file)$", "", ln.strip())
        ln = re.sub(r"\s*[–—-]\s*$", "", ln).strip(" ,–—-\t")
        if ln:
            parts.append(ln)
    title = squash(" ".join(parts))
    return title or None


# "Minutes of the Meeting of Council held on ...", "STOKE FERRY PARISH COUNCIL Draft (...) Minutes of the Ordinary
# Meeting held on ...": a line that names the document and the meeting (not "Minutes of the meeting held on ...")
DOC_TITLE_LINE = re.compile(r"(?m)^[ \t]*[*_#]*(?P<t>(?:[A-Z][A-Z'’&-]+[ \t]+){0,6}(?:\([^)\n]{0,60}\)\s*|(?i:draft|unconfirmed|approved|confirmed)\s+)*"
                            r"(?i:minutes|minute|agenda|notice)\s+(?i:of|for)\s+(?:(?i:the|an?)\s+)?(?:[a-z]+\s+){0,2}[A-Z][^\n\t]{2,200}?)"
                            r"(?:\.\s|[*_#]*[ \t]*$)")


def _title(text: str) -> tuple[str, int] | None:
    head = text[:HEAD_CHARS]
    labelled = _label_value(head, r"(?:title\s+of\s+(?:the\s+)?(?:presentation|paper|report|item)|report\s+title|paper\s+title|title|"
                                  r"report\s+on|subject)")
    if labelled and len(labelled[0].split()) >= 2:
        return squash(labelled[0]), labelled[1]
    opening = "\n".join(head.split("\n")[:15])
    named = DOC_TITLE_LINE.search(opening)
    if named:   # "Minutes of the Meeting of Council held on Wednesday 10 July 2024": the title, as printed
        return squash(named.group("t")), named.start("t")
    lone = re.search(r"(?im)^[ \t]*[*_=~#\s]*(agenda|minutes)[*_=~#\s]*$", "\n".join(head.split("\n")[:12]))
    numbered = _NUMBERED.search(head)
    limit = numbered.start() if numbered else len(head)
    blocks = [(s, b) for s, b, para in _heading_blocks(head) if para < limit]
    cleaned = [(s, _clean_title(b), b) for s, b in blocks[:4]]
    cleaned = [(s, t, b) for s, t, b in cleaned if t]
    for i, (s, t, b) in enumerate(cleaned):
        if DOC_WORDS.search(t):
            if len(t.split()) == 1 and i > 0:   # "AGENDA" under the body's name
                ps, pt, _ = cleaned[i - 1]
                return f"{pt} {t}", ps
            return _date_kept(t, b), s
    if lone:
        return lone.group(1), lone.start(1)
    if numbered and blocks:
        s, b = blocks[-1]
        t = _clean_title(b)
        if t and len(t.split()) >= 2 and not t[:1].islower():
            return t, s
    for s, t, b in cleaned[:1]:
        if len(t.split()) >= 3 and not t[:1].islower():   # "at the Port Office" is what is left of a date line
            return t, s
        if len(t.split()) == 2:
            return _date_kept(t, b), s
    return None


def _date_kept(title: str, block: str) -> str:
    """ "Meeting Minutes:" once its date is cleaned away says nothing: keep the line as printed
    ("Meeting Minutes: September 21, 2017")."""
    raw = squash(block).strip(" –—-")
    if len(title.split()) == 2 and raw.startswith(title.rstrip(":")) and len(raw.split()) <= 8:
        return raw
    return title


def _purpose(head: str) -> list[str]:
    """Options marked on the cover sheet (ticked, checked, or the only one left)."""
    m = re.search(r"(?i)(?:is\s+this\s+paper\s+for|purpose\s+of\s+(?:the\s+)?(?:paper|report)|paper\s+is\s+for|"
                  r"report\s+is\s+for|action\s+required|for\s+the\s+board\s+to|purpose\s*:|^[ \t]*(?:report|paper)\s+for\s*[:\t])"
                  r"[^\n]*(?:\n[^\n]*){0,2}", head, re.M)
    if not m:
        return []
    zone = m.group()
    boxes = "☐□☒☑✓✔■√"
    after_style = bool(re.search(rf"(?i)\b(?:{'|'.join(PURPOSES)})\b[\s:]*[{boxes}]", zone))
    found = []
    for opt in PURPOSES:
        for om in re.finditer(rf"(?i)\b{opt}\b", zone):
            after = zone[om.end():om.end() + 6]
            before = zone[max(0, om.start() - 4):om.start()]
            if after_style:
                if re.match(r"[\s:]*[☒☑✓✔■√xX](?!\w)", after):
                    found.append(opt)
            elif re.search(r"[☒☑✓✔■√]\s*$", before):
                found.append(opt)
    if not found and not re.search(rf"[{boxes}]", zone):
        # "Purpose of report: For decision": a label whose value names only what is asked
        named = {opt for opt in PURPOSES if re.search(rf"(?i)\b{opt}\b", zone.split("\n")[0])}
        if 1 <= len(named) <= 2 and re.search(r"(?i)purpose|(?:paper|report)\s+(?:is\s+)?for", zone.split("\n")[0]):
            found = list(named)
    return sorted(set(found))


# Who met, as a title or the opening lines name it: "Alta Town Council Meeting", "Minutes of the Meeting of
# the FULL COUNCIL held ...", "2020 Annual General Meeting of the Lac Notre Dame Association", "UWCS Exec Minutes".
_BODY_NOUN = (r"(?:Board\s+of\s+(?:County\s+)?(?:Directors|Trustees|Education|Governors|Commissioners|Supervisors|Health|"
              r"Finance|Selectmen|Aldermen|Assessors|Regents|Visitors|Management|Elections|(?:Zoning\s+)?Appeals)|"
              r"Commissioners['’]?\s+Court|"
              r"Council\s+of\s+Governors|Governing\s+Body|Annual\s+General\s+Meeting|AGM|Annual\s+Meeting|"
              r"(?:Annual\s+|Special\s+|Extraordinary\s+)?(?:General|Members['’]?|Business)\s+Meeting|Municipal\s+District|Board|Cabinet|Sub-Committee|"
              r"Committee|Council|Commission|Authority|Panel|Forum|Senate|Trustees|Exec(?:utive)?|(?-i:TSC|BOD))")
_BODY_TYPE = (r"(?:(?:Full|Town|City|Parish|Community|County|District|Borough|Village|Metro|Township|Regional|Local|"
              r"Planning|Finance|Audit|Policy|Licensing|Executive|Steering|Management|Advisory|Health|Education|"
              r"Environment|Housing|Scrutiny|Standards|Public|Joint|Area|Shire|Municipal)\s+){0,3}")
_MEETING_OF = re.compile(rf"(?i)\b(?:meeting|minutes|session)\s+of\s+(?:the\s+)?(?P<body>{_BODY_TYPE}{_BODY_NOUN})(?![\w-])")
# "... MEETING OF THE ENVIRONMENT AND REGENERATION COMMITTEE HELD": a committee's own name before its noun
_MEETING_OF_NAMED = re.compile(r"(?i)\b(?:meeting|minutes)\s+of\s+(?:the\s+)?(?P<body>(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:and|&)\s+)?){1,6}"
                               r"(?:Committee|Sub-Committee|Panel|Cabinet|Forum|Commission))(?![\w-])")
_REPORT_TO = re.compile(r"(?im)^[ \t]*report(?:ing)?\s+to\b[ \t]*:?[ \t]*(?P<body>[^\n\t|–—]{3,80})")
_BODY_PHRASE = re.compile(rf"(?i)(?<![\w-])(?P<body>{_BODY_TYPE}{_BODY_NOUN})(?![\w-])")
_NOT_ORG = re.compile(r"(?i)^(?:minutes?|agenda|draft|unconfirmed|confirmed|approved|regular|ordinary|special|extraordinary|"
                      r"monthly|annual|public|private|open|meeting|the|of|for|and|notes?|summary|\d{4}|held|session)$")
_LABEL_WORD = re.compile(r"(?i)^(?:purpose|status|notice|clerk|item|report|paper|title|date|time|venue|location|present|"
                         r"pre-council|agenda|minutes|chair|secretary|treasurer|members?|attendance|apologies|\d+\))$")
_PLACE_BODY = re.compile(r"(?i)(?:Town|City|County|Parish|Community|Village|Township|Borough|District|Metro|Regional|Shire|"
                         r"Municipal|Planning)\b")
_ORG_AFTER = re.compile(r"(?i)^\s+(?:of|for)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w&'’.-]*|and|of|&)(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)){0,7})")
ORG_TAIL = re.compile(r"(?i)\b(?:NHS|Trust|Council|Authority|County|City|Township|Town|Village|Borough|Parish|Health\s+Board|"
                      r"Integrated\s+Care|University|College|Department|Corporation|Association|Club|Society|District|"
                      r"Foundation|Institute|Company|Ltd|Inc|Hospital|Service|Services|Partnership|Union|Federation|"
                      r"Co-operative|Cooperative|Library|School|Academy|Commission|Agency|Group)\b\.?$")


_COMMITTEE_LINE = re.compile(r"(?:[A-Z][\w&'’,-]*\s+(?:(?:and|of|&)\s+)?){0,6}(?:Committee|Sub-Committee|Panel|Cabinet|Forum|Commission)")


_ACRONYMS = {"nhs", "clg", "dac", "llc", "plc", "cic", "icb", "ccg", "gaa", "hsc", "ymca", "usa", "uk"}


def _title_case(s: str) -> str:
    """A name in capitals title-cased, a name in mixed case kept: "BOARD OF TRUSTEES" -> "Board of
    Trustees", "ST ALDHELM'S" -> "St Aldhelm's"."""
    if not s.isupper() or re.fullmatch(r"[A-Z]{2,5}", s):
        return s   # (an acronym alone, "TSC", stays one)
    words = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lambda m: m.group().upper() if m.group() in _ACRONYMS else m.group().capitalize(),
                   s.lower()).split(" ")
    small = {"of", "and", "the", "for", "in", "on", "at", "to"}
    return " ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words))


def _opening_lines(head: str) -> list[str]:
    """The first twelve non-empty lines of the head, each its first cell, without markup."""
    lines = [ln.strip().split("\t")[0].strip(" #*_|") for ln in head.split("\n")[:25]]
    return [ln for ln in lines if ln][:12]


def strong_body(lines: list[str]) -> str | None:
    """The body the minutes' own title names ("Minutes of the Meeting of the Planning Committee held
    ..."), or a line that is a committee's name alone ("Primary Care Commissioning Committee")."""
    joined = "\n".join(lines)
    named = _MEETING_OF.search(joined)
    if named:
        named_more = _MEETING_OF_NAMED.search(joined)
        if named_more and named_more.start() == named.start() and len(named_more["body"]) > len(named["body"]):
            named = named_more
        return squash(named["body"])
    named = _MEETING_OF_NAMED.search(joined)
    if named:
        return squash(named["body"])
    # a committee's line alone, or with the minutes' kind or date after a dash ("... Committee – Minutes")
    cells = [re.split(r"\s+[–|-]\s+", ln.strip(" .:"))[0].strip(" .:") for ln in lines]
    fits = [squash(c) for c in cells if _COMMITTEE_LINE.fullmatch(c)]
    # a committee under the body it belongs to ("Elections Commission" then "... Advisory Committee") is the one that met
    return next((f for f in fits if re.search(r"(?i)committee$", f)), fits[0] if fits else None)


def reported_to(head: str) -> str | None:
    """The body a report's cover says it is to: "Report to: Housing and Communities Committee"."""
    found = _REPORT_TO.search(head[:3000])
    if found and _BODY_PHRASE.search(found["body"]):
        return squash(re.sub(r"\s+(?:on|at|meeting|held)\b.*$|\s*[-–,]?\s*\d.*$", "", found["body"], flags=re.I))
    return None


def _name_before_a_stop(words: str) -> str | None:
    """A name read after "of" up to a word that ends names ("NEWCASTLE WEST HELD IN ..." -> "NEWCASTLE
    WEST"); None when only a stop word is left."""
    kept = []
    for w in words.split():
        if w.lower() in _NAME_END:
            break
        kept.append(w)
    while kept and kept[-1].lower() in _NAME_JOIN:
        kept.pop()
    return " ".join(kept) or None


def _who_from_lines(opening: list[str], strong: str | None) -> tuple[str | None, str | None]:
    """(organisation, body) from the opening lines that name a body (`strong`, the body the title
    names, first): the body phrase, the proper name before it ("Alta" of "Alta Town Council") or
    after "of" ("... AGM of the X Association")."""
    org = None
    body = _title_case(strong) if strong else None
    for ln in (ln for ln in opening if len(ln.split()) <= 30):
        if re.search(r"(?i)\b(?:is|are)\s+(?:asked|invited|recommended)\b|[.;]\s*$", ln) and len(ln.split()) > 8:
            continue   # a sentence, not a heading
        for m in _BODY_PHRASE.finditer(ln):
            phrase = squash(m["body"])
            before = [w for w in re.split(r"\s+", ln[:m.start()].strip()) if w]
            while before and _NOT_ORG.match(before[-1]):
                before.pop()
            name = []
            for w in reversed(before):   # the proper name just before the body phrase, with nothing between
                if re.match(r"[A-Z][\w&'’.-]*$", w) and not _NOT_ORG.match(w) and not _LABEL_WORD.match(w):
                    name.insert(0, w)
                else:
                    break
            if len(name) == 1 and not re.fullmatch(r"[A-Z]{2,6}|[A-Z][a-z]*[A-Z]\w*", name[0]) and not _PLACE_BODY.match(phrase):
                name = []   # one capitalised word is a name only as an acronym ("UWCS") or before "Town Council"
            after = _ORG_AFTER.match(ln[m.end():])
            after_org = _name_before_a_stop(after["org"]) if after else None
            found_org = " ".join(name) if name else after_org
            if body is None:
                body = {"AGM": "Annual General Meeting", "BOD": "Board of Directors"}.get(phrase.upper(), None) or _title_case(phrase)
            if org is None and found_org and len(found_org) > 1:
                org = _title_case(found_org) if found_org.isupper() and len(found_org) > 5 else found_org
            if body and org:
                return org, body
    return org, body


# An organisation as headings and opening sentences name it: a run of capitalised words that ends
# in a noun organisations are named by ("Oak Mesa Water District", "Milton Keynes Chess Club",
# "LIMERICK CITY AND COUNTY COUNCIL"), or a place-kind head with its name ("Town of Larkspur Falls",
# "Port of Alsea"). Read word by word over the opening lines, so no pattern can backtrack.
_NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*|&")
_NAME_JOIN = {"of", "and", "&", "the", "on", "upon", "de", "du", "la", "le"}
_NAME_END = {"held", "on", "at", "in", "to", "from", "via", "for", "with", "by", "was", "were", "is", "minutes",
             "minute", "meeting", "agenda", "notes", "present", "date", "time", "venue", "abn", "no", "no.",
             "president", "chair", "chairman", "chairperson", "secretary", "treasurer", "mayor", "councillor", "cllr",
             "mr", "mrs", "ms", "dr", "director", "trustee", "member", "members", "body", "accountant", "officer",
             "manager", "clerk", "administrator", "engineer", "adviser", "advisor", "solicitor"}
# words of a kind, not of a name: a run of them alone ("City Council", "High School") names no one
_KIND_WORDS = {"local", "high", "public", "regional", "community", "national", "enterprise", "authorities", "unified",
               "primary", "secondary", "water", "health", "care", "integrated", "combined", "fire", "rescue", "police",
               "metro", "metropolitan", "services", "service", "and", "of", "the", "&", "affiliated", "joint",
               "general", "annual", "special", "steering", "working", "project", "advisory", "reference", "task",
               "liaison", "licensing", "training", "education", "integration", "board"}
_NAME_LEAD = {"minutes", "minute", "of", "the", "a", "an", "regular", "special", "ordinary", "annual", "general",
              "meeting", "proceedings", "at", "extraordinary", "monthly", "public", "open", "draft", "unconfirmed",
              "confirmed", "approved", "agenda", "notice", "joint", "statutory", "budget", "in", "for", "and"}
_PLACE_HEAD = {"city", "town", "village", "township", "county", "port", "borough", "municipality", "district",
               "state", "parish", "province", "shire", "university", "commonwealth", "corporation"}
_ORG_NOUN = {"council", "trust", "authority", "county", "township", "borough", "parish", "university", "college",
             "department", "corporation", "association", "club", "society", "district", "foundation", "institute",
             "company", "ltd", "inc", "inc.", "hospital", "partnership", "union", "federation", "co-operative",
             "cooperative", "library", "school", "academy", "agency", "hospice", "charity", "municipality", "center",
             "centre", "icb", "ccg", "nhs", "group", *LEGAL_FORMS}
# a legal form ends a name ("Droichead Beo CLG"); one that leads it is another language's word ("CLG Seamróga ...")
_LEGAL_FORMS = {*LEGAL_FORMS, "inc."}
_BODY_START = re.compile(r"(?i)^(?:board|committee|sub-committee|council\s+of\s+governors|governing|cabinet|panel|"
                         r"commission|senate|trustees|executive|directors|annual|agm|forum)$")


def _words_of(line: str) -> list[str]:
    """The line's words; a dash, bar, bracket, semicolon or comma between words is kept as a word that
    no name crosses ("Trevor Ashdown, Esq.; Halvorsen Pike LLP, District Counsel" names no district),
    except the comma before a legal form ("Tarpon Reach Condominium Association, Inc.")."""
    line = re.sub(r"(?i),(?=\s*(?:inc|ltd|llc|plc|clg|limited|incorporated)\b)", "", line)
    return re.findall(r"[^\s,;:()|–—\"“”]+|[|–—();,]", line)


_OF_WHOM = {"meeting", "minutes", "proceedings", "board", "trustees", "directors", "council", "committee",
            "commissioners", "governors", "members"}


def _meeting_of_before(words: list[str], start: int) -> bool:
    """Is the name at `start` preceded by "meeting of (the)" or a body's "Board of Trustees of (the)"?"""
    k = start - 1
    if k >= 0 and words[k].lower() == "the":
        k -= 1
    if k < 1 or words[k].lower() != "of":
        return False
    k -= 1
    if words[k] == ")":   # "the Board of Directors (the “Board”) of the Node.js Foundation"
        while k > 0 and words[k] != "(" and start - k < 12:
            k -= 1
        k -= 1
    return k >= 0 and words[k].lower() in _OF_WHOM


def named_organisations(lines: list[str]) -> list[str]:
    """Organisations the lines name, in reading order (see above)."""
    found = []
    for ln in lines:
        caps = ln.isupper()
        # in prose only "... meeting of X" names one
        lower = sum(w.islower() and w not in _NAME_JOIN for w in ln.split())
        sentence = ln.rstrip().endswith(".") or lower >= 6 or lower >= 3 and re.search(r"[a-z]\.\s+[A-Z]", ln)
        words = [w.rstrip(".") if w.lower() not in ("inc.", "no.") else w for w in _words_of(ln)]
        listed = words.count(",") >= 3   # a list of people or places: its items name no organisation
        i = 0
        while i < len(words):
            if not _NAME_WORD.fullmatch(words[i]) or words[i].lower() in _NAME_END:
                i += 1
                continue
            j = i   # a run of capitalised words, joined by small words
            while j + 1 < len(words):
                nxt = words[j + 1]
                if _NAME_WORD.fullmatch(nxt) and nxt.lower() not in _NAME_END:
                    j += 1
                elif nxt.lower() in _NAME_JOIN and j + 2 < len(words) and _NAME_WORD.fullmatch(words[j + 2]) \
                        and words[j + 2].lower() not in _NAME_END:
                    j += 2
                else:
                    break
            run = words[i:j + 1]
            if i and words[i - 1].lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cr", "prof", "("):
                i = j + 1
                continue   # a person ("Ms Hayley Marr (Company ..."), or a person's affiliation ("Todd Moore (IBM)")
            if listed and i and words[i - 1] == "," and j + 1 < len(words) and words[j + 1] == ",":
                i = j + 1
                continue
            i = j + 1
            if len(run) > 12 or i < len(words) and words[i].lower() in _NAME_END - _NAME_LEAD - _NAME_JOIN - {"held", "was", "were", "is"} \
                    and words[i][:1].isupper():
                continue   # a list of names, or a title before a role ("Hayley Marr (Company Secretary)")
            lead = set()
            while run and run[0].lower() in _NAME_LEAD:
                lead.add(run[0].lower())
                run = run[1:]
            if sentence and not ("of" in lead and lead & {"meeting", "minutes", "proceedings"}
                                 or _meeting_of_before(words, i - len(run))):
                continue
            if any(w.lower() in ("regular", "special", "ordinary", "extraordinary", "monthly", "meeting") for w in run[1:]):
                continue   # "Pre-Council and Regular City Council" is a meeting's name
            # a body named after the organisation is not part of it ("Port of Alsea Board of Commissioners");
            # a run that ends in a bare "Board" keeps it if nothing else names an organisation
            cut_board = run if len(run) >= 3 and run[-1].lower() == "board" and not any(
                _BODY_START.match(w) for w in run[:-1]) else None
            for k in range(1, len(run)):
                if _BODY_START.match(run[k]) and run[k - 1].lower() not in _NAME_JOIN:
                    run = run[:k]
                    break
            while run and run[-1].lower() in _NAME_JOIN:
                run = run[:-1]
            if not run:
                continue
            low = [w.lower() for w in run]
            if cut_board and not any(w in _ORG_NOUN for w in low):
                name = cut_board   # "Glenmarrow Licensing Board" names itself
            elif len(run) >= 3 and low[0] in _PLACE_HEAD and low[1] == "of":
                name = run   # "Town of Larkspur Falls"
            else:
                ends = [k for k, w in enumerate(low) if w in _ORG_NOUN and (w not in _LEGAL_FORMS or k == len(low) - 1)]
                if not ends or ends[-1] == 0 and not re.fullmatch(r"[A-Z]{2,6}", run[0]):
                    continue
                name = run[:ends[-1] + 1]
                if len(name) == 1:
                    continue
            if all(w.lower() in _ORG_NOUN | _PLACE_HEAD | _KIND_WORDS for w in name):
                continue
            text = " ".join(name)
            found.append(_title_case(text) if caps or text.isupper() else text)
    return found


_VENUE = re.compile(r"(?i)\b(?:chambers?|room|hall|building|street|road|avenue|centre|center|offices?|house)\b")


def _weak_organisation(org: str | None) -> bool:
    """An organisation read that names no organisation: nothing, a label or small word ("Status",
    "IN"), a person's name closing a list ("Sandra Whitfield."), a venue, or a body alone
    ("Board of Education", "Regular Meeting of the Board of Trustees")."""
    if not org:
        return True
    words = org.split()
    if len(words) == 1 and (words[0].lower() in _NAME_END | _NAME_LEAD or _LABEL_WORD.match(words[0])):
        return True
    if words[-1].lower() in ("members", "present", "officers", "staff", "attendees", "apologies", "representatives"):
        return True   # a label of who attended: "COUNCIL MEMBERS", "Staff Present"
    if re.match(r"(?i)^(?:[ivxlc]+|\d+|[a-z])[.)]\s", org):
        return True   # a numbered heading: "III. Owner Open Forum"
    if ":" in org or re.search(r"\d\s*$", org) and not re.search(r"(?i)\bno\.?\s*\d+$", org):
        return True   # a label and its value: "Total number of Members of the Corporation: 18"
    if words[0].lower() in ("minutes", "regular", "special", "ordinary", "extraordinary", "meeting", "agenda"):
        return True   # a meeting's title, not who held it
    low = {w.lower().strip(",.") for w in words}
    if low & {"councillor", "cllr", "mr", "mrs", "ms", "dr", "chair", "(chair)", "chairman", "mayor"}:
        return True   # a person: "Councillor Morag Lennox (Chair), Dunmorral Council"
    if org.endswith(".") and not low & _ORG_NOUN:
        return True
    if _VENUE.search(org) and words[-1].lower().strip(",.") not in _ORG_NOUN:
        return True
    body = re.sub(r"(?i)^(?:(?:the|a|an|regular|special|ordinary|annual|meeting|of)\s+)*", "", org)
    return bool(_BODY_PHRASE.fullmatch(body)) and not re.search(r"(?i)\bof\s+(?!directors|trustees|education|governors|"
                                                                r"commissioners|supervisors|health|finance|selectmen|aldermen|"
                                                                r"assessors|regents|visitors|management|elections|zoning|appeals)", body)


def _head_lines(head: str) -> list[str]:
    """The opening lines of the head, each cell alone, with a heading in capitals that runs on to a
    second line also read joined ("... MEETING OF LIMERICK CITY AND" / "COUNTY COUNCIL HELD ...")."""
    lines = [ln.strip(" #*_|>") for ln in head.split("\n")[:40]]
    lines = [ln for ln in lines if ln][:25]
    out = []
    for i, ln in enumerate(lines):
        if i + 1 < len(lines) and ln.isupper() and lines[i + 1].isupper() and not ln.endswith((".", ":")):
            out.append(ln + " " + lines[i + 1])
        out.extend(c.strip() for c in ln.split("\t") if c.strip())
    return out


def _body_in_title(head: str, body: str) -> bool:
    """The body is named by the minutes' own title line ("Minutes of the meeting of the FULL COUNCIL")."""
    return bool(re.search(rf"(?i)\b(?:meeting|minutes)\s+of\s+(?:the\s+)?{re.escape(body)}\b", head))


def _table_header(head: str, at: int) -> bool:
    """Is the line at `at` a table's row ("Organization | Requested | Recommended"): three or more
    cells, where a label and its value make two?"""
    start = head.rfind("\n", 0, at) + 1
    end = head.find("\n", at)
    line = head[start:end if end >= 0 else len(head)]
    return len([c for c in re.split(r"\t|\s\|\s", line) if c.strip(" |")]) >= 3


def _organisation(head: str) -> str | None:
    lab = _label_value(head, ORGANISATION_LABEL)
    if lab and not _table_header(head, lab[1]):
        return squash(lab[0])
    for ln in head.split("\n")[:12]:
        ln = re.split(r"\s+/\s+", ln.strip().split("\t")[0].strip(" #*_|>"))[0]   # "Town of Anse-Thibodeau / Ville d'Anse-Thibodeau"
        ends_well = not ln.endswith((".", ":", ",")) or _LEGAL_END.search(ln)
        if 2 <= len(ln.split()) <= 10 and (ORG_WORDS.search(ln) or re.match(r"(?i)(?:town|village)\s+of\s", ln)) and ends_well and ln[0].isupper() \
                and not _DESCRIPTOR.match(ln) and not re.search(r"(?i)\b(?:agenda|minutes)\b", ln):
            ln = re.sub(r"(?i)\s+(?:(?:regular|special|ordinary|annual|monthly|public)\s+)*meeting$", "", ln)   # "Alta Town Council Meeting"
            body = _BODY_PHRASE.match(ln)
            of = _ORG_AFTER.match(ln[body.end():]) if body else None
            if of and not _weak_organisation(of["org"]):
                return _title_case(of["org"])   # "COMMISSIONERS COURT OF CALICHE COUNTY, TEXAS": the county
            return _title_case(ln)
    return None


_PERSON_LINE = re.compile(r"(?i)^(?:present|apologies|in\s+attendance|attending)?\s*:?\s*(?:councillor|cllr|mr|mrs|ms|miss|dr|"
                          r"professor|prof|sir|dame|alderman|commissioner|trustee|director)\b\.?\s+[A-Z]")


def _body(head: str, org: str | None) -> str | None:
    for ln in head.split("\n")[:15]:
        ln = ln.strip().split("\t")[0].strip()
        if _PERSON_LINE.match(ln):
            continue   # "Councillor Alasdair Grieve (Vice-Chair) Glen Ardle Council": who attended, not who met
        m = re.fullmatch(r"(?i)(?:(?:public|private)\s+)?(.{0,60}?\b(?:Board|Governing Body|Cabinet|Committee|Council|Group|Panel|Forum|Board of Trustees))(?:\s+Meeting)?", ln)
        if m and (not org or squash(ln).lower() != org.lower()):
            return m.group(1).strip()
    m = re.search(r"(?i)\b(?:the\s+)(Governing Body|Board|Cabinet|Committee|Council)\s+is\s+(?:asked|invited|recommended)", head)
    return m.group(1) if m else None


def extract(paper: Paper, ctx: Context) -> Meeting:
    text = paper.text
    date_rules.decide_day_first(text, ctx)
    head = text[:HEAD_CHARS]
    meeting = Meeting()
    found = _meeting_date(text, ctx)
    if found:
        meeting.date = found[0]
        meeting.spans["date"] = Span(found[1], found[2], page_of(paper, found[1]))
        ctx.meeting_date = date.fromisoformat(found[0])
    pn = _paper_number(head)
    if pn:
        meeting.paper_number = pn[0]
        meeting.spans["paper_number"] = Span(pn[1], pn[1] + len(pn[0]), page_of(paper, pn[1]))
    title = _title(text)
    if title:
        meeting.title = title[0]
        meeting.spans["title"] = Span(title[1], title[1] + len(title[0]), page_of(paper, title[1]))
    meeting.purpose = _purpose(head)
    meeting.organisation = _organisation(head)
    meeting.body = _body(head, meeting.organisation)
    opening = _opening_lines(head)
    strong = reported_to(head) or strong_body(opening)
    line_org, line_body = _who_from_lines(opening, strong)
    meeting.organisation = meeting.organisation or line_org
    named = named_organisations(_head_lines(head))
    if _weak_organisation(meeting.organisation):
        meeting.organisation = named[0] if named else None
    elif named and meeting.organisation.lower() in named[0].lower() and len(named[0]) > len(meeting.organisation) \
            and not _VENUE.search(named[0]) and not _BODY_PHRASE.match(named[0]):
        meeting.organisation = named[0]   # the fuller name: "Dunmorral Integration" of "Dunmorral Integration Joint Board"
    if strong:
        meeting.body = _title_case(strong)
    elif line_body and (meeting.body is None or (meeting.organisation and meeting.body.lower() == meeting.organisation.lower())
                        or ORG_TAIL.search(meeting.body) and line_body.lower() != meeting.body.lower() and _body_in_title(head, line_body)):
        meeting.body = line_body
    return meeting
