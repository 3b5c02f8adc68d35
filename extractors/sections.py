"""What kind of paper this is and where its recommendation sections lie.

Shared by the decision and recommendation extractors (neither calls the other).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from boardpapers.extractors import clauses

HEADING_RE = re.compile(
    r"(?im)^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?!reasons?\b|background\b|rationale\b)(?:[a-z]+(?:['’]s)?[ \t]+){0,2}"   # not "Reasons for recommendations"
    r"(?:recommendations?(?:\(s\))?|recommended\s+actions?|proposed\s+decisions?|"
    r"recommended\s+decisions?|decisions?\s+(?:required|sought))(?:[ \t]*(?:/|and|&|to|for|of)[ \t]*[\w()/. -]{0,40})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:?[ \t]*$")   # "OFFICER RECOMMENDATION AND COUNCIL RESOLUTION OCM 089/25", "Recommendation (from the paper)"
INLINE_HEADING_RE = re.compile(r"(?im)^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:[^\W\d_][\w'’-]*[ \t]*/[ \t]*|"   # "Argymhelliad / Recommendation:"
                               r"(?:officer|officers|officer['’]s|staff|committee|panel|executive|management)[ \t]+)?"   # "Officer recommendation:"
                               r"(?:recommendations?|proposed\s+decision)[ \t]*[:：\t][ \t]*(?=\S)")
ITEM_START = re.compile(r"(?m)^[ \t]*(?:(?:\d+(?:\.\d+)+\.?|\d+[.)]|\([a-z0-9ivx]+\)|[a-z][.)]|[ivx]+[.)])(?:[ \t]+|[ \t]*\n\s*(?=\S))|[•-][ \t]+)")
NEXT_SECTION = re.compile(r"(?m)^[ \t]*(?:\d+\.?[ \t]+[A-Z][^\n]{0,80}$|[A-Z][A-Za-z ,&'()/-]{2,60}:?[ \t]*$)")


@dataclass
class Section:
    start: int
    end: int
    items: list[tuple[int, int]]  # spans of the numbered or bulleted items (or one paragraph)


# a heading line that is the minutes' own status ("Approved Minutes", "DRAFT MINUTES"), not an agenda's "Approval of the minutes"
_OWN_STATUS = re.compile(r"[ \t#*_]*(?:approved|confirmed|unconfirmed|draft|adopted)\s+minutes[ \t*_]*$", re.M)


def paper_kind(text: str) -> str:
    """'minutes', 'agenda' or 'report', from the paper's opening.

    "Adoption of the minutes" on an agenda names other minutes; it does not make the
    paper minutes.
    """
    head = text[:3000].lower()
    def heading_use(m: re.Match) -> bool:
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line = head[line_start:line_end if line_end >= 0 else len(head)]
        return len(line.split()) <= 8 or head.startswith(" of", m.end()) or line.strip().startswith(m.group())

    narrative = len(re.findall(r"\b(?:meeting\s+was\s+(?:called\s+to\s+order|held|opened|scheduled)|quorum\s+was|"
                               r"(?:were|was)\s+approved\s+by|called\s+the\s+meeting\s+to\s+order|began\s+at|"
                               r"meeting\s+(?:began|opened|took\s+place)|adjourned\s+at|motion\s+(?:carried|passed|failed)|"
                               r"(?:board|committee|council|panel|group|cabinet|trustees|directors|members)\s+met\b|"
                               r"(?:board|committee|council|panel|group|cabinet|trustees|directors)\s+(?:also\s+)?"
                               r"(?:agreed|resolved|decided)\b)", head))
    if narrative >= 2:
        return "minutes"   # "The meeting ... began when a quorum was recognized": minutes, whatever the heading says
    minutes = [m for m in re.finditer(r"\bminutes\b|\bproceedings\b|\bminute\s+of\b", head) if heading_use(m)   # Scots "Minute of"
               and (not re.search(r"(?:approv|adopt|review|confirm|accept|sign)\w*[^\n]{0,60}$", head[max(0, m.start() - 80):m.start()])
                    or _OWN_STATUS.match(head, head.rfind("\n", 0, m.start()) + 1))]   # "### Approved Minutes": the paper's own status
    attendance = re.search(r"\bpresent\s*:|\bin attendance\b|\bapologies\b|\bmembers present\b", head)
    agenda = next((m for m in re.finditer(r"\bagenda\b(?!\s+(?:item|no\.?|number|ref))", head) if heading_use(m)), None)
    first_minutes = minutes[0].start() if minutes else None
    if agenda and (first_minutes is None or agenda.start() < first_minutes) and not attendance:
        return "agenda"
    if first_minutes is not None or attendance:
        return "minutes"
    if agenda:
        return "agenda"
    # an order of business with no "Agenda" heading: "Roll Call", "Approval of Minutes ...", "Adjournment"
    cues = {c for c in re.findall(r"\b(roll\s+call|call\s+to\s+order|approval\s+of\s+(?:the\s+)?minutes|"
                                  r"adjournment|public\s+comments?|new\s+business|old\s+business|unfinished\s+business)\b", head)}
    return "agenda" if len(cues) >= 2 else "report"


SECTION_STOP = re.compile(r"(?m)^[ \t]*(?:(?=[^\n]*[A-Z]{3})[A-Z0-9][A-Z0-9'’&/(),.\- ]{5,}$|[A-Z][A-Z ]{3,30}:|(?:Moved|Seconded)\b|CARRIED\b|LOST\b|"
                          r"(?:[A-Z]{3,}[ \t]+(?:[–-][ \t]+)?){1,3}(?:RESOLUTION|MOTION)\b|"   # "COUNCIL RESOLUTION 2026/056 Moved Cr ..." below the officer's
                          # recommendation: the resolution is not part of it
                          r"Motion\s+(?:by|to|carried|passed)\b|(?:[A-Z]{2,6}/)?\d{1,3}/\d{2,4}\s+[A-Z])")


def _opens_item(text: str, section_start: int, pos: int) -> bool:
    """A marker opens an item after a heading, a blank line, a finished line or another item;
    "... in Attachment\n3." is a wrapped number, not item 3."""
    prev_end = text.rfind("\n", 0, pos)
    if prev_end < section_start:
        return True
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    return not prev.strip() or bool(re.search(r"(?:[.:;]|[;,]\s*(?:and|or))\s*$", prev)) or bool(ITEM_START.match(prev)) \
        or text.rfind("\n", 0, prev_end) < section_start


MOVER_LINES = re.compile(r"(?:[ \t]*\n)*[ \t]*(?:Moved|Seconded|Proposed)\b[^\n]*(?:\n|$)(?:[ \t]*\n)*")


def recommendation_sections(text: str) -> list[Section]:
    out = []
    for m in list(HEADING_RE.finditer(text)) + list(INLINE_HEADING_RE.finditer(text)):
        if not re.match(r"\s*[A-Z0-9]", m.group()):
            continue   # "... see the proposals and\nrecommendations\ndirectories": a word wrapped onto its own line
        body_start = m.end()
        movers = MOVER_LINES.match(text, body_start)
        while movers and movers.end() > body_start:   # "Moved: Cr A   Seconded: Cr B" under the heading: not its text
            body_start = movers.end()
            movers = MOVER_LINES.match(text, body_start)
        number = re.match(r"[ \t]*(\d+)\.?[ \t]", m.group())
        end = min(len(text), body_start + 3000)
        content_seen = False
        for nm in NEXT_SECTION.finditer(text, body_start, end):
            if text[body_start:nm.start()].strip():
                content_seen = True
            if not content_seen:
                continue
            line = nm.group().strip()
            prev = text[max(body_start, nm.start() - 200):nm.start()].rstrip(" \t")
            after_break = prev.endswith(("\n\n", ".", ":", ";")) or prev.endswith("\n") and prev.rstrip().endswith((".", ":", ";"))
            top = re.match(r"(\d+)\.?[ \t]+[A-Z]", line)
            if top and number and top.group(1) != number.group(1) and after_break:
                end = nm.start()   # the next numbered section (not "2 February 2026" wrapped onto a new line)
                break
            if top and not number and (after_break or re.match(r"\d+\.[ \t]", line)) \
                    and re.fullmatch(r"\d+\.?[ \t]+[A-Z][\w'’&,/ -]{0,60}", line) \
                    and len(line.split()) <= 7 and not line.endswith((".", ";", ":")) \
                    and not clauses.lemma_of(line.split()[1]) and line.split()[1].lower() != "that":
                end = nm.start()   # a box headed "Recommendation" ends where the report's "1. Purpose" begins
                break
            if not top and not ITEM_START.match(nm.group()) and not re.match(r"(?i)that\b", line) and after_break:
                end = nm.start()
                break
        for stop in SECTION_STOP.finditer(text, body_start, end):
            if text[body_start:stop.start()].strip():   # the next heading in capitals, a motion, a minute number
                end = stop.start()
                break
        items = _items(text, body_start, end)
        if items:
            out.append(Section(m.start(), end, items))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    starts = [m.start() for m in ITEM_START.finditer(text, start, end) if _opens_item(text, start, m.start())]
    if starts and len(text[start:starts[0]].strip().splitlines()) > 2:
        starts = []   # numbered lines far below the heading belong to something else
    if not starts:
        para = re.search(r"(?s)\S.*?(?=\n[ \t]*\n|\n[ \t]*[A-Z][A-Za-z ,&'’/-]{2,40}\n|\Z)", text[start:end])
        if not para:
            return []
        return [(start + para.start(), start + para.end())]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else end
        seg = text[s:e]
        gap = re.search(r"\n[ \t]*\n(?![ \t]*(?:[a-z]|\S+[ \t]+[a-z]))", seg)
        if i + 1 == len(starts):
            # the last item ends at a blank line, or where a finished sentence is followed by a new line of
            # prose ("... Bribery Policy.\nCouncil RESOLVED to ..."), since PDFs often lose the blank line
            line_end = re.search(r"\.[ \t]*\n(?=\s*[A-Z])", seg)
            cut = min([g for g in (gap.start() if gap else None, line_end.start() + 1 if line_end else None) if g is not None],
                      default=None)
            e = s + cut if cut is not None else e
        spans.append((s, e))
    return spans
