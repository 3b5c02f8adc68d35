"""Hearing records that give each item's outcome on a line of its own ("Granted", "No
Violation", "Deferred to May 4"): the decision's object is what the item asked for (the request
clause) or, for a violation hearing, the notice.
"""
from __future__ import annotations

import bisect
import re

from boardpapers.extractors.decision_clauses import Found, abbreviation_stop
from boardpapers.extractors.decisions_minutes import BODY_ACTED, body_acted
from boardpapers.schemas.paper import Paper

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
        if m.group() == "." and abbreviation_stop(text, m.start()):
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
        if c.group().startswith(".") and abbreviation_stop(text, c.start()):
            pos = c.end()
            continue
        if c["change"]:
            tail_end = _sentence_end(text, c.end(), stop)
            tail = text[c.end():tail_end]
            from_to = not re.match(r"\s*From\b", tail) or re.search(r"\bTo\s*[-:]", tail)
            if len(tail.split()) <= 20 and from_to:
                return tail_end
        return c.start()


def read_outcomes(paper: Paper, out: Found) -> None:
    """Hearing minutes that give each item's outcome on a line of its own ("Granted").
    The decision's object is what the item asked for (the request clause), or for a
    violation hearing the notice; a deferral that says to when is its own line."""
    text = paper.text
    found = [m for m in DISPOSITION.finditer(text) if len(m.group().split()) <= 14]
    if len(found) < 2:
        return
    prev_end, section_request = 0, None
    read_before = sorted(e for _, e in out.taken)   # where resolutions and motions read by the other rules end
    for m in found:
        i = bisect.bisect_left(read_before, m.start() - 200)
        if i < len(read_before) and read_before[i] <= m.start():
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
            body_acted(out, also)   # "Granted" then "The Board also granted the issuance of ..."
        if verb == "find" and not m.group().lower().lstrip().startswith("no"):
            pen = PENALTY.match(text, m.end() + 1)
            if pen:
                stop = re.compile(r"\n[ \t]*(?:\n|_{5,}|\d{1,3}[.)])").search(text, pen.end())
                out.add(PENALTY_VERBS[pen["p"].split()[-1].lower()], pen.start("p"), stop.start() if stop else pen.end(), "resolved")
    for m in ALL_DISPOSED.finditer(text):
        if not out.covered(m.start(), slack=0):
            out.add(DISPOSITION_VERBS[m["d"].lower()], m.start("obj"), m.end("obj"), "resolved")
