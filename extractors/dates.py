"""Dates: every calendar reference whose year the paper itself fixes.

Cheap patterns find candidates (full dates, month-year, financial years, bare years,
numeric dates, and days or months without a year); a layer that knows board papers
then decides: day-first or month-first from the paper's own evidence, the year of a
partial date from the same sentence or the meeting date (never today), and traps that
look like dates but are not (paper numbers "16/04", section numbers, counts, by-law
numbers, phone numbers, the verb "may").
"""
from __future__ import annotations

import calendar
import datetime
import re
from datetime import date

from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import SpanList, cap_items, overlaps, page_of, sentence_bounds
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import DateItem

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS.update({"sept": 9})
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTH = rf"(?i:{_MONTH})\.?"            # any case: "FEBRUARY" in all-caps minutes
MONTH_CAP = rf"(?:{_MONTH}|{_MONTH.upper()})\.?"  # capitalised: "May" but not "may"
WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
ORD = r"(?i:st|nd|rd|th)?"
YEAR = r"(?:19[5-9]\d|20\d\d)"

P_DAY_MONTH_YEAR = re.compile(
    rf"(?:{WEEKDAY})?(?<!\d)(?P<d>[0-3]?\d)\s?{ORD}(?:\s*(?:[-–&]|and|to)\s*(?P<d2>[0-3]?\d)\s?{ORD})?"
    rf"(?:\s+(?i:day\s+of))?(?:\s+|(?<=[A-Za-z]))(?P<m>{MONTH}),?\s+(?P<y>{YEAR})(?!\d)")
P_MONTH_DAY_YEAR = re.compile(
    rf"(?:{WEEKDAY})?(?P<m>{MONTH})\s+(?P<d>[0-3]?\d){ORD}"
    rf"(?P<more>(?:\s*(?:,|&|and|to|[-–])\s*[0-3]?\d{ORD})*),?\s+(?P<y>{YEAR})(?!\d)")
P_MONTH_YEAR = re.compile(rf"(?<![\w-])(?P<m>{MONTH}),?\s+(?P<y>{YEAR})(?!\d)")
P_DAY_MONTH = re.compile(rf"(?<![\d/])(?P<d>[0-3]?\d)\s?{ORD}\s+(?:(?i:day\s+)?of\s+)?(?P<m>{MONTH_CAP})(?![\w])")
# month and day on one line or wrapped over one line break, never across a blank line or a sentence's end
P_MONTH_DAY = re.compile(rf"(?<![\w])(?P<m>{MONTH_CAP})(?<![a-z]{{4}}\.)(?:[ \t]+\n?|\n)[ \t]*(?P<d>[0-3]?\d){ORD}(?![\d,]*\s*\d{{4}})(?![\d:]|\.\d)")   # "on April 8." ends a sentence; "April 8.30" is not a date
P_MONTH_MEETING = re.compile(
    rf"(?i:\b(?:the|this|next|last|its|our)\s+)(?P<m>{MONTH_CAP})\s+(?:\w+\s+)?"
    r"(?i:meetings?|board|council|committee|cabinet|session|cycle|deadline|edition|newsletter)\b")
P_MONTH_ALONE = re.compile(
    rf"(?i:\b(?:in|by|from|during|until|till|since|of|end\s+of|early|late|mid|before|after|last|next|this)[\s-]+)"
    rf"(?P<m>{MONTH_CAP})(?![\w.]|\s+{YEAR}|\s+[0-3]?\d)")
P_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/-]|\.\d)")
P_ISO = re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
P_FIN_YEAR = re.compile(
    r"(?<![\w/-])(?:(?P<pre>(?i:FY|F\.Y\.|financial\s+year|fiscal\s+year|budget\s+year|year))\s*)?"
    r"(?P<y1>(?:19|20)?\d\d)\s*(?P<sep>[/-]|–)\s*(?P<y2>(?:19|20)?\d\d)(?![\d/-])")
P_FY_SHORT = re.compile(r"(?<![\w])(?i:FY)\s?(?P<y>(?:19|20)?\d\d)(?![\d/-])")
P_YEAR = re.compile(rf"(?<![\w£$€,./-])(?P<y>{YEAR})(?![\w%/-]|[.,]\d)")

# A day, a month word we do not know and a year: French, Spanish, German or Irish dates in
# bilingual papers ("15 mars 2023", "12 de mayo de 2022", "5 Meán Fómhair 2019").
P_FOREIGN = re.compile(
    rf"(?<![\w/])(?P<d>[0-3]?\d)(?:er|e|º|\.)?\s+(?:de\s+)?(?P<m>[A-Za-zÀ-ÿ]{{3,10}}(?:\s+[A-Za-zÀ-ÿ]{{4,8}})?)\.?,?\s+(?:de\s+)?(?P<y>{YEAR})(?!\d)")
FOREIGN_LANGUAGES = ["fr", "es", "de", "ga", "it", "nl"]
COUNT_NOUNS = re.compile(
    r"\s+(?:people|persons|individuals|patients|staff|members|residents|beds|units|homes|houses|dwellings|"
    r"places|hours|sq|square|metres|meters|feet|ft|calls|visits|jobs|attendances|children|adults|pupils|"
    r"users|tonnes|vehicles|cases|referrals|households|properties|employees|posts|words|pages)\b", re.I)
ID_BEFORE = re.compile(r"(?i:\b(?:no|number|nos|ref|reference|item|paper|minute|resolution|by-?law|bylaw|tab|"
                       r"room|suite|unit|box|route|code)\.?\s*#?:?\s*)$")
ACT_AFTER = re.compile(r"^\s*(?:\)|,)?\s*(?:Act|Regulations?|Order|Rules|Bill|Code)\b")
ACT_BEFORE = re.compile(r"(?:Act|Regulations|Order|Rules|Bill),?\s*\(?$")
ROLE_CUES = [
    ("deadline", re.compile(r"(?i:\b(?:by|no\s+later\s+than|before|deadline\s*(?:of|is|:)?|due(?:\s+by)?|not\s+later\s+than|until|closing\s+date\s*:?)\s+(?:the\s+)?(?:end\s+of\s+)?$)")),
    ("effective", re.compile(r"(?i:\b(?:from|with\s+effect\s+from|effective(?:\s+from)?|commenc\w*(?:\s+(?:on|in|from))?|start\w*(?:\s+(?:on|in|from))?|w\.e\.f\.)\s+(?:the\s+)?$)")),
    ("meeting", re.compile(r"(?i:\b(?:held\s+on|meeting\s+(?:of|on)|date\s+of\s+(?:the\s+)?meeting\s*:?|meeting\s+date\s*:?)\s*(?:\w+day,?\s+)?$)")),
]


def _two_digit_year(y: str) -> int:
    n = int(y)
    return n if n > 99 else 2000 + n if n < 70 else 1900 + n


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return 1950 <= y <= 2049
    except ValueError:
        return False


def detect_day_first(text: str) -> bool:
    """Day-first (UK) unless the paper's own dates say month-first (US style)."""
    dmy = mdy = 0
    for m in P_NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            dmy += 1
        elif b > 12 >= a:
            mdy += 1
    mdy += 2 * len(P_MONTH_DAY_YEAR.findall(text))
    dmy += 2 * len(P_DAY_MONTH_YEAR.findall(text))
    if mdy == dmy:
        return not re.search(r"\$\s?\d", text) or "£" in text
    return dmy > mdy


def decide_day_first(text: str, ctx: Context) -> bool:
    """The paper's date order, decided from its own evidence the first time it is asked."""
    if ctx.day_first is None:
        ctx.day_first = detect_day_first(text)
    return ctx.day_first


class _Collector:
    """Collects date items, refusing overlaps with spans already taken."""

    def __init__(self, paper: Paper):
        self.paper = paper
        self.items: list[DateItem] = []
        self.taken: SpanList = SpanList()   # overlap tests in log time, not a scan per candidate

    def free(self, start: int, end: int) -> bool:
        return not overlaps(self.taken, start, end)

    def add(self, value: str, gran: str, start: int, end: int) -> None:
        text = self.paper.text
        item = DateItem(value=value, granularity=gran, text=text[start:end], start=start, end=end,
                        page=page_of(self.paper, start), role=_role(text, start, gran))
        self.items.append(item)
        self.taken.append((start, end))


def _role(text: str, start: int, gran: str) -> str | None:
    before = text[max(0, start - 40):start]
    for role, cue in ROLE_CUES:
        if cue.search(before):
            return role
    return "event" if gran == "day" else None


def _foreign_date(candidate: str, day_first: bool) -> str | None:
    """dateparser normalises a candidate our English patterns found but cannot name:
    strict (day, month and year all required), never relative to today."""
    import dateparser

    parsed = dateparser.parse(candidate, languages=FOREIGN_LANGUAGES, settings={
        "STRICT_PARSING": True, "DATE_ORDER": "DMY" if day_first else "MDY", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None or not 1950 <= parsed.year <= 2049:
        return None
    return parsed.date().isoformat()


def _month(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def _fy(y1: int) -> str:
    return f"FY{y1}/{(y1 + 1) % 100:02d}"


def _named_year(before: str) -> bool:
    """True for the year of a name ("Budget 2020", "Act 2001"), not of a date ("December 2014")."""
    m = re.search(r"\b([A-Z][a-z]+)\.?,?\s+$", before)
    return bool(m) and m.group(1).lower().rstrip(".") not in MONTHS


_JOINED_YEAR = re.compile(rf"(?:[\s,]|(?i:st|nd|rd|th|to|and|until|till|through|thru|or|&|[-–/]|{_MONTH})\.?|\d{{1,2}})*?"
                          rf"(?<![\d/-])(?P<y>{YEAR})(?![\d/-])")
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?P<w>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*(?:the\s+)?$")
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


# a past act just before the date decides its tense, whatever else the sentence says ("paid on February 27, and
# the line is expected to come back"); participles of what is still to come do not
_DONE_BEFORE = re.compile(r"(?i)\b(?!(?:expected|scheduled|planned|proposed|intended|anticipated|required|needed|invited|"
                          r"asked|due|deferred|postponed)\b)(?:[a-z]+ed|paid|met|held|took|began|sent|made|spent|since)\s+"
                          r"(?:on|in|at)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")


def _year_for(text: str, start: int, end: int, month: int, ctx: Context, day: int | None = None) -> int | None:
    """A partial date's year. A year joined to it in one date phrase ("1 April to 31 March 2026",
    "5 and 12 June 2025") fixes it; else the meeting's year, moved by the sentence's tense, and by
    the weekday where one is written ("Friday, 31st October" is the Friday nearest the meeting);
    with no meeting date, the nearest year in the sentence (not one of a name: "Budget 2020")."""
    joined = _JOINED_YEAR.match(text, end, min(len(text), end + 40))
    if joined and not _named_year(text[max(0, joined.start("y") - 20):joined.start("y")]):
        return int(joined["y"])
    s, e = sentence_bounds(text, start)
    if ctx.meeting_date is None:
        pos = [(abs(s + m.start() - start), int(m.group()))
               for m in re.finditer(rf"(?<![\d/-]){YEAR}(?![\d/-])", text[s:e])
               if not _named_year(text[s:s + m.start()][-20:])]
        return min(pos)[1] if pos else None
    year = ctx.meeting_date.year
    sentence = text[s:e].lower()
    past = re.search(r"\b(?:was|were|had|since|last|took place|held|did|received|published|announced|agreed)\b", sentence)
    future = re.search(r"\b(?:will|shall|would|next|by|due|planned|expected|proposed|from|until|going forward)\b", sentence)
    done = day and _DONE_BEFORE.search(text, max(s, start - 40), start)   # "paid on February 27", "met on March 5"
    if done:
        past, future = True, None
    if past and not future and month > ctx.meeting_date.month + 1:
        year -= 1
    elif future and not past and month < ctx.meeting_date.month - 1:
        year += 1
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    if day and weekday:
        want = _WEEKDAYS[weekday["w"].lower()[:3]]
        for y in (year, ctx.meeting_date.year, ctx.meeting_date.year + 1, ctx.meeting_date.year - 1):
            if _valid(y, month, day) and datetime.date(y, month, day).weekday() == want:
                return y
    return year


def extract(paper: Paper, ctx: Context) -> list[DateItem]:
    text = paper.text
    decide_day_first(text, ctx)
    out = _Collector(paper)

    for m in P_ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            out.add(f"{y:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end())

    for m in P_DAY_MONTH_YEAR.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        y, mo = int(m["y"]), _month(m["m"])
        for d in filter(None, (m["d"], m["d2"])):
            if _valid(y, mo, int(d)):
                out.add(f"{y:04d}-{mo:02d}-{int(d):02d}", "day", m.start(), m.end())

    for m in P_MONTH_DAY_YEAR.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        y, mo = int(m["y"]), _month(m["m"])
        days = [m["d"]] + re.findall(r"\d+", m["more"] or "")
        for d in days:
            if _valid(y, mo, int(d)):
                out.add(f"{y:04d}-{mo:02d}-{int(d):02d}", "day", m.start(), m.end())

    for m in P_NUMERIC.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        a, b, y = int(m["a"]), int(m["b"]), _two_digit_year(m["y"])
        if len(m["y"]) == 2 and m["sep"] == ".":
            continue  # "4.2.19" is more likely a section number
        d, mo = (a, b) if ctx.day_first else (b, a)
        if _valid(y, mo, d):
            out.add(f"{y:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end())

    for m in P_FOREIGN.finditer(text):
        if not out.free(m.start(), m.end()) or m["m"].lower().rstrip(".") in MONTHS:
            continue
        value = _foreign_date(m.group(), ctx.day_first)
        if value:
            out.add(value, "day", m.start(), m.end())

    for m in P_FIN_YEAR.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        y1, y2 = m["y1"], m["y2"]
        if len(y1) == 2 and not m["pre"]:
            continue  # "16/04" is a paper number, "10-11" a range
        y1n = _two_digit_year(y1)
        y2n = _two_digit_year(y2) if len(y2) == 4 else (y1n // 100) * 100 + int(y2)
        if y2n != y1n + 1 or not 1950 <= y1n <= 2049:
            continue
        if len(y2) == 4 and m["sep"] != "/" and not m["pre"]:
            # "2019-2020" in prose is a span of two years more often than a financial year
            for g, yy in (("y1", y1n), ("y2", y2n)):
                out.add(str(yy), "year", m.start(g), m.end(g))
            continue
        out.add(_fy(y1n), "financial_year", m.start(), m.end())

    for m in P_FY_SHORT.finditer(text):
        if out.free(m.start(), m.end()):
            y = _two_digit_year(m["y"])
            out.add(str(y), "year", m.start(), m.end())

    for m in P_MONTH_YEAR.finditer(text):
        if out.free(m.start(), m.end()):
            y, mo = int(m["y"]), _month(m["m"])
            out.add(f"{y:04d}-{mo:02d}", "month", m.start(), m.end())

    for m in P_DAY_MONTH.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        mo, d = _month(m["m"]), int(m["d"])
        if m["m"].lower().rstrip(".") == "may" and not re.match(r"\s+(?:19|20)\d\d|[\s,.;)]", text[m.end():m.end() + 1]):
            continue
        y = _year_for(text, m.start(), m.end(), mo, ctx, d)
        if y and _valid(y, mo, d):
            out.add(f"{y:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end())

    for m in P_MONTH_DAY.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        if m["m"].lower().rstrip(".") == "may" and not (
                m["m"] == "May" and re.search(r"\b(?:of|on|by|from|until|till|through|since|before|after|for|to)\s+$", text[max(0, m.start() - 10):m.start()])):
            continue  # "may 3" is nearly always the verb; "the week of May 11", "on May 11" are dates
        mo, d = _month(m["m"]), int(m["d"])
        yy = int(m["d"])
        if (ctx.day_first and ctx.meeting_date and not re.search(r"(?i)\d(?:st|nd|rd|th)$", m.group())
                and yy in (ctx.meeting_date.year % 100, (ctx.meeting_date.year - 1) % 100)):
            # "Feb 17" in a UK paper of 2017 is February 2017, not the 17th
            out.add(f"{ctx.meeting_date.year // 100 * 100 + yy:04d}-{mo:02d}", "month", m.start(), m.end())
            continue
        y = _year_for(text, m.start(), m.end(), mo, ctx, d)
        if y and _valid(y, mo, d):
            out.add(f"{y:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end())

    for m in P_MONTH_MEETING.finditer(text):
        if out.free(m.start("m"), m.end("m")):
            mo = _month(m["m"])
            y = _year_for(text, m.start("m"), m.end("m"), mo, ctx)
            if y:
                out.add(f"{y:04d}-{mo:02d}", "month", m.start("m"), m.end("m"))

    for m in P_MONTH_ALONE.finditer(text):
        if not out.free(m.start("m"), m.end("m")) or m["m"].lower().rstrip(".") == "may":
            continue
        mo = _month(m["m"])
        y = _year_for(text, m.start("m"), m.end("m"), mo, ctx)
        if y:
            out.add(f"{y:04d}-{mo:02d}", "month", m.start("m"), m.end("m"))

    for m in P_YEAR.finditer(text):
        if not out.free(m.start(), m.end()):
            continue
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 40]
        if ID_BEFORE.search(before) or ACT_AFTER.match(after) or ACT_BEFORE.search(before.rstrip()):
            continue
        if COUNT_NOUNS.match(after) or re.match(r"\s*(?:[-–]\s*\d|\d)", after) or re.search(r"\d[\s-]$", before):
            continue
        if re.match(r"\s*(?:p\.?m|a\.?m|hrs|hours)\b", after, re.I) or re.search(r"[#№]\s*$", before):
            continue
        out.add(m["y"], "year", m.start(), m.end())

    out.items.sort(key=lambda it: it.start)
    return cap_items(out.items, "dates", text, ctx)
