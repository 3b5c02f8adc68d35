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

from boardpapers.extractors import dates as date_rules
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import squash
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Meeting, Span

HEAD_CHARS = 6000  # the cover sheet and the opening of minutes

LABELS = {
    "date": r"(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date\s+of\s+board|date)",
    "paper_number": r"(?:paper\s+(?:no|number|ref(?:erence)?)\.?|report\s+(?:no|number|ref(?:erence)?)\.?|paper|agenda\s+item(?:\s+no\.?)?|item\s+no\.?|reference(?:\s+no\.?)?)",
    "title": r"(?:title\s+of\s+(?:the\s+)?(?:presentation|paper|report|item)|report\s+title|paper\s+title|title|subject|report)",
    "body": r"(?:meeting|name\s+of\s+(?:meeting|committee)|committee|forum|meeting\s+of)",
    "organisation": r"(?:organisation|organization)",
}
PURPOSES = ("decision", "discussion", "information", "assurance", "approval")
PURPOSE_ALIASES = {"noting": "information", "for information": "information", "to note": "information",
                   "for approval": "approval", "for decision": "decision", "for discussion": "discussion",
                   "for assurance": "assurance", "ratification": "approval", "endorsement": "approval"}
MARK = "✓✔☑☒■✗✘xX√"
ORG_WORDS = re.compile(r"\b(?:NHS|Trust|Council|Clinical Commissioning Group|Authority|County|City of|Township|"
                       r"Borough|Parish|Health Board|Integrated Care|University|College|Board of|Department)\b", re.I)
BODY_WORDS = re.compile(r"\b(?:Board(?: Meeting)?|Governing Body|Cabinet|Committee|Council|Group|Panel|Forum|"
                        r"Board of Trustees|Board of Directors|Executive|Partnership|Assembly|Sub-Committee)\b", re.I)


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


def _meeting_date(text: str, ctx: Context) -> tuple[str, int, int] | None:
    """Labelled date, else a date in the opening heading lines, else "meeting ... held on"."""
    head = text[:HEAD_CHARS]
    for m in re.finditer(r"(?im)(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*[:：]?[ \t]*|^[ \t]*date\s*[:：][ \t]*", head[:2500]):
        found = _find_date(head[m.end():m.end() + 60], ctx)
        if found:
            return found[0], m.end() + found[1], m.end() + found[2]
    opening = []
    for m in re.finditer(r"(?m)^.*\S.*$", head[:2000]):
        opening.append(m)
        if len(opening) >= 8:
            break
    meeting_line = re.compile(r"(?i)\b(?:agenda|minutes|meeting|proceedings|board|council|committee|cabinet|held)\b")
    other_meeting = re.compile(r"(?i)\b(?:approv\w*|adopt\w*|confirm\w*|previous|last|next|from)\b")
    for m in opening:
        found = _find_date(m.group(), ctx)
        if found and meeting_line.search(m.group()) and not other_meeting.search(m.group()):
            return found[0], m.start() + found[1], m.start() + found[2]
    held = re.compile(r"(?is)\b(?:meeting|minutes|proceedings)\b(?:(?!\n\s*\n).){0,200}?\b(?:held|hold|convene[ds]?)\b"
                      r"(?:(?!\n\s*\n).){0,200}?\b(?:on|this)\s+(?:the\s+)?")
    for m in held.finditer(head[:2500]):
        if re.search(r"(?i)\b(?:next|previous|last)\s+meeting", m.group()):
            continue
        found = _find_date(head[m.end():m.end() + 60], ctx)
        if found and found[1] < 25:
            return found[0], m.end() + found[1], m.end() + found[2]
    for m in opening:  # a line that is little more than a date, near the top
        found = _find_date(m.group(), ctx)
        if found and len(m.group().strip()) <= 45:
            return found[0], m.start() + found[1], m.start() + found[2]
    return None


def _is_opening(head: str, pos: int) -> bool:
    """Within the first few non-empty lines of minutes or an agenda."""
    before = [ln for ln in head[:pos].split("\n") if ln.strip()]
    return len(before) <= 4 and bool(re.search(r"(?i)\b(?:minutes|agenda|meeting)\b", head[:pos + 200]))


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


_NUMBERED = re.compile(r"(?m)^[ \t]*(?:1|1\.0|I|A)[.)]?[ \t]+[A-Z][A-Za-z]")


def _heading_like(block: str) -> bool:
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    if not lines or len(lines) > 6:
        return False
    for ln in lines:
        if "\t" in ln:
            return False
        limit = 30 if ln.isupper() else 18
        if len(ln.split()) > limit or re.search(r"[.;]$", ln) and not re.search(r"\b(?:Ltd|Inc|Co)\.$", ln):
            return False
        if re.match(r"^\s*(?:\d+(?:\.\d+)*[.)]?|•)\s", ln) or ln.endswith(":"):
            return False
    return True


def _clean_title(block: str) -> str | None:
    parts = []
    for ln in block.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        for pat in (date_rules.P_DAY_MONTH_YEAR, date_rules.P_MONTH_DAY_YEAR, date_rules.P_NUMERIC,
                    date_rules.P_MONTH_YEAR):
            ln = pat.sub("", ln)
        ln = re.sub(r"(?i)^(?:revised|draft|confidential|public|private|part\s+[12i]+|enc\.?\s*\w+)$", "", ln.strip())
        ln = re.sub(r"\s*[–—-]\s*$", "", ln).strip(" ,–—-\t")
        if ln:
            parts.append(ln)
    title = squash(" ".join(parts))
    return title if len(title.split()) >= 2 else None


DOC_WORDS = re.compile(r"(?i)\b(?:minutes|agenda|meeting|proceedings|report|notice|paper|proposals?|plan|strategy|"
                       r"review|update|budget|applications?|arrangements|business\s+case|policy|statement)\b")


def _title(text: str) -> tuple[str, int] | None:
    head = text[:HEAD_CHARS]
    labelled = _label_value(head, r"(?:title\s+of\s+(?:the\s+)?(?:presentation|paper|report|item)|report\s+title|paper\s+title|title)")
    if labelled and len(labelled[0].split()) >= 2:
        return squash(labelled[0]), labelled[1]
    paras = [(m.start(), m.group()) for m in re.finditer(r"(?s)\S.*?(?=\n\s*\n|\Z)", head)]
    numbered = _NUMBERED.search(head)
    first = [(s, p) for s, p in paras[:3] if not numbered or s < numbered.start()]
    candidates = [(s, p) for s, p in first if _heading_like(p)]
    for s, p in candidates:
        if DOC_WORDS.search(p):
            t = _clean_title(p)
            if t:
                return t, s
    if numbered:
        before = [(s, p) for s, p in paras if s + len(p) <= numbered.start()]
        if before and _heading_like(before[-1][1]):
            t = _clean_title(before[-1][1])
            if t:
                return t, before[-1][0]
    for s, p in candidates[:1]:
        t = _clean_title(p)
        if t:
            return t, s
    return None


def _purpose(head: str) -> list[str]:
    """Options marked on the cover sheet (ticked, checked, or the only one left)."""
    m = re.search(r"(?i)(?:is\s+this\s+paper\s+for|purpose\s+of\s+(?:the\s+)?(?:paper|report)|paper\s+is\s+for|"
                  r"report\s+is\s+for|action\s+required|for\s+the\s+board\s+to|purpose\s*:)[^\n]*(?:\n[^\n]*){0,2}", head)
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
        if 1 <= len(named) <= 2 and re.search(r"(?i)purpose|paper\s+is\s+for|report\s+is\s+for", zone.split("\n")[0]):
            found = list(named)
    return sorted(set(found))


def _organisation(head: str) -> str | None:
    lab = _label_value(head, LABELS["organisation"])
    if lab:
        return squash(lab[0])
    for ln in head.split("\n")[:12]:
        ln = ln.strip().split("\t")[0].strip()
        if 2 <= len(ln.split()) <= 10 and ORG_WORDS.search(ln) and not ln.endswith((".", ":")) \
                and not re.search(r"(?i)\b(?:agenda|minutes)\b", ln):
            return ln.title() if ln.isupper() else ln
    return None


def _body(head: str, org: str | None) -> str | None:
    for ln in head.split("\n")[:15]:
        ln = ln.strip().split("\t")[0].strip()
        m = re.fullmatch(r"(?i)(?:(?:public|private)\s+)?(.{0,60}?\b(?:Board|Governing Body|Cabinet|Committee|Council|Group|Panel|Forum|Board of Trustees))(?:\s+Meeting)?", ln)
        if m and (not org or squash(ln).lower() != org.lower()):
            return m.group(1).strip()
    m = re.search(r"(?i)\b(?:the\s+)(Governing Body|Board|Cabinet|Committee|Council)\s+is\s+(?:asked|invited|recommended)", head)
    return m.group(1) if m else None


def extract(paper: Paper, ctx: Context) -> Meeting:
    text = paper.text
    ctx.day_first = date_rules.detect_day_first(text)
    head = text[:HEAD_CHARS]
    meeting = Meeting()
    found = _meeting_date(text, ctx)
    if found:
        meeting.date = found[0]
        meeting.spans["date"] = Span(found[1], found[2], paper.page_of(found[1]))
        ctx.meeting_date = date.fromisoformat(found[0])
    pn = _paper_number(head)
    if pn:
        meeting.paper_number = pn[0]
        meeting.spans["paper_number"] = Span(pn[1], pn[1] + len(pn[0]), paper.page_of(pn[1]))
    title = _title(text)
    if title:
        meeting.title = title[0]
        meeting.spans["title"] = Span(title[1], title[1] + len(title[0]), paper.page_of(title[1]))
    meeting.purpose = _purpose(head)
    meeting.organisation = _organisation(head)
    meeting.body = _body(head, meeting.organisation)
    return meeting
