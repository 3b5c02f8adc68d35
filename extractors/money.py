"""Money: every amount in whole units with its ISO currency, qualifier, year and purpose.

Amounts are found by their currency mark ("£85m", "c £1.3 billion", "$4.2 million",
"€2,500", "GBP 3m", "85 million pounds") and, in tables, by a header that says the
column is money ("£'000", "Amount requested", "Net | VAT | Total", "$000s"), scaled by
the unit the header gives. A bare "$" is read as the paper's own dollar (CAD for a
Canadian body, else USD). Figures with no money mark outside such a table are counts.
"""
from __future__ import annotations

import re

from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import SpanList, cap_items, item_cap, overlaps, page_of, sentence_bounds, squash
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import MoneyItem

SYMBOLS = {"£": "GBP", "€": "EUR", "$": None, "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "nz$": "NZD",
           "gbp": "GBP", "eur": "EUR", "usd": "USD", "cad": "CAD", "aud": "AUD", "nzd": "NZD", "euro": "EUR", "euros": "EUR"}
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
         "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "trillion": 1e12}
WORD_CURRENCY = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "euro": "EUR", "euros": "EUR",
                 "dollar": None, "dollars": None}
NUM = r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d{1,3},\d{2}(?![\d])|\d+(?:\.\d+)?"
MULT = r"(?:bn|billion|billions|trillion|million|millions|mn|mil|thousand|k|m|b)\b"
CUR = r"US\$|C\$|CA\$|A\$|NZ\$|[£€$]|(?:GBP|EUR|USD|CAD|AUD|NZD)\s?"

P_SYMBOL = re.compile(
    rf"(?P<cur>{CUR})[ \u00a0]?(?P<num>{NUM})(?:(?:\s?|[ \t]*\n[ \t]*(?=(?:million|billion|thousand|bn|mn)\b))(?P<mult>{MULT}))?"
    rf"(?:\s?(?:[-–]|to)\s?(?:{CUR})?\s?(?P<num2>{NUM})(?:\s?(?P<mult2>{MULT}))?)?"
    rf"(?:\s+(?P<tail>dollars|pounds|euros?)\b)?", re.I)
P_WORDS = re.compile(
    rf"(?<![\w£€$.,])(?P<num>{NUM})(?:\s?(?P<mult>{MULT}))?\s+(?P<word>pounds?(?:\s+sterling)?|sterling|euros?|dollars?)\b", re.I)
P_PENCE = re.compile(r"(?<![\w.])(?P<num>\d{1,2})p\b(?!\.\d)")
QUALIFIERS = [
    ("approximately", r"(?:approximately|approx\.?|around|about|circa|c\.?|roughly|some|in the order of|in the region of|an estimated|estimated at)"),
    ("over", r"(?:over|more than|in excess of|above|exceeding)"),
    ("up to", r"(?:up to|no more than|not exceeding|a maximum of|maximum of|capped at)"),
    ("under", r"(?:under|less than|below)"),
    ("at least", r"(?:at least|a minimum of|minimum of)"),
]
AFTER_QUALIFIERS = [("gross", r"\(?gross\)?"), ("net", r"\(?net\)?"), ("recurrent", r"(?:\(?recurr?ent\)?|recurring)"),
                    ("non-recurrent", r"\(?non[- ]recurr?ent\)?"), ("per annum", r"(?:per annum|p\.a\.|a year|per year)")]
P_FY = re.compile(r"(?<![\w/])(?:FY\s?)?((?:19|20)\d\d)\s?[/-]\s?(\d\d)(?![\d/])")
MONEY_HEADER = re.compile(
    r"£\s?'?0{3}s?|£k|£m|\$\s?'?0{3}s?|€\s?'?0{3}|\((?:£|\$|€)\)|[£$€]\s?(?:thousands?|millions?)\b|(?<=\d )[£$€](?=\s|$)|\b(?:amount|cost|costs|budget|total|net|vat|"
    r"gross|value|price|grant|funding|expenditure|income|spend|award(?:ed)?|requested|forecast|actual|variance|"
    r"balance|receipts|disbursements|payments|revenues?|expenses|appropriations?)\b",
    re.I)
CANADA = re.compile(r"\b(?:Canada|Canadian|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|"
                    r"New Brunswick|Newfoundland|Township of|MPP|HST)\b")
AUSTRALIA = re.compile(r"\b(?:Australia|Australian|New South Wales|NSW|Queensland|Tasmania|Western Australia|South Australia|"
                       r"Northern Territory|ACT Government|Shire Council|Pty\s+Ltd)")   # ("GST", "Cr A. Smith" are New Zealand's too)
NEW_ZEALAND = re.compile(r"\b(?:New Zealand|Aotearoa|NZ|Te\s+[A-Z]\w+|Waka Kotahi|Kāinga|Local Government Act 2002|Ltd\s+\(NZ\))\b"
                         r"|\.(?:co|org|govt|net|ac)\.nz\b")
# where a paper says where it is, beyond its country's name: web domains, Canadian postal codes, capitals
CANADA_MORE = re.compile(r"\b(?:Ottawa|Toronto|Montr[ée]al|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Regina|Qu[ée]bec)\b"
                         r"|\b[A-Z]\d[A-Z] \d[A-Z]\d\b|(?<=[A-Za-z0-9])\.ca\b(?!\.)"
                         # a province's postal abbreviation after a place ("Quillback, BC"), none of them a US state's; CUPE
                         r"|(?<=[a-z]),\s(?:BC|B\.C\.|ON|AB|SK|MB|NS|NB|NL|PE|PEI|QC)(?!\w)|\bCUPE\b")   # ("Larchwood Bay, B.C., and": no \b after the stop)
AUSTRALIA_MORE = re.compile(r"\b(?:Sydney|Melbourne|Brisbane|Adelaide|Hobart|Canberra|Victoria(?=n|\s+Government)|Victorian)\b"
                            r"|\.(?:com|org|gov|net|edu|asn)\.au\b"
                            # a state's or territory's abbreviation after a place or an Act ("Tallowgum Creek ACT", "Act 1991 (ACT)"),
                            # and the acknowledgement Australian meetings open with
                            r"|\((?:ACT|NSW|Vic|VIC|Qld|QLD|Tas|TAS)\)|(?<=[a-z])\s(?:ACT|NSW|VIC|QLD|TAS)\b(?:\s+\d{4}\b)?"
                            r"|\b(?i:acknowledge?ment\s+of\s+country|welcome\s+to\s+country)\b")
UNITED_STATES = re.compile(r"\b(?:United States|U\.S\.A?|USA|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|"
                           r"Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
                           r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
                           r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
                           r"Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
                           r"Washington|West Virginia|Wisconsin|Wyoming)\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b")


def dollar_currency(text: str) -> str:
    """The paper's own dollar, from what it says about where it is ("Ontario", "HST" for Canada;
    "NSW", "Shire Council", "Pty Ltd" for Australia; "New Zealand" for NZ)."""
    scores = {"CAD": len(CANADA.findall(text)) + len(CANADA_MORE.findall(text)),
              "AUD": len(AUSTRALIA.findall(text)) + len(AUSTRALIA_MORE.findall(text)),
              "NZD": len(NEW_ZEALAND.findall(text))}
    best = max(scores, key=scores.get)
    if scores[best] >= 2 or (scores[best] == 1 and not UNITED_STATES.search(text)):
        return best        # one mention is enough where nothing says the paper is American
    return "USD"


# a list of payments written as prose, as US county and town minutes print their claims: "GENERAL FUND: Arnesen
# Law Office, court-appointed attorney, 2,418.75; Bakken Office Products, supplies, 386.14; ...": each payee's
# figure after its comma, in lines under "claims", "bills", "warrants" or "payments" (within 600 characters)
_PAYMENTS_INTRO = re.compile(r"(?i)\b(?:claims|bills|warrants|vouchers|payments|accounts\s+(?:for\s+payment|payable))\b")
_PAYEE_FIGURE = re.compile(r",[ \t]+(?P<n>\d{1,3}(?:,\d{3})*\.\d{2})(?=[ \t]*(?:[;.]|$))", re.M)


def _listed_payments(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    last_intro = -10**9
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        figures = list(_PAYEE_FIGURE.finditer(text, pos, end))
        if len(figures) >= 2:
            intro = _PAYMENTS_INTRO.search(text, max(pos - 600, 0, last_intro), pos) if pos - last_intro > 600 else True
            if intro:
                last_intro = pos   # a run of such lines continues the list
                spans += [f.span("n") for f in figures]
        pos = end + 1
    return spans


def _number(s: str) -> float:
    s = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3},\d{2}", s):       # "£339,64": a decimal comma
        return float(s.replace(",", "."))
    return float(s.replace(",", ""))


def _qualifier(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - 30):start].lower()
    for name, pat in QUALIFIERS:
        if re.search(rf"\b{pat}\s*$", before):
            return name
    after = text[end:end + 20].lower()
    for name, pat in AFTER_QUALIFIERS:
        if re.match(rf"\s*{pat}", after):
            return name
    return None


def _context(text: str, start: int, end: int) -> str | None:
    """What the money is for: the words after 'for/to/towards/on', else the clause before."""
    s, e = sentence_bounds(text, start, limit=300)
    after = text[end:e]
    m = re.match(r"[^.;:\n]{0,40}?\b(?:for|towards|to fund|to support|on|to)\s+([^.;:()\n]{3,90})", after)
    if m:
        words = m.group(1).split()
        return " ".join(words[:10]).rstrip(",") or None
    before = squash(text[s:start])
    words = before.split()[-10:]
    return " ".join(words).rstrip(" ,:(") or None


def _period(text: str, start: int) -> str | None:
    s, e = sentence_bounds(text, start, limit=300)
    m = P_FY.search(text, s, e)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return f"FY{m.group(1)}/{m.group(2)}"
    return None


def extract(paper: Paper, ctx: Context) -> list[MoneyItem]:
    text = paper.text
    dollar = dollar_currency(text)
    items: list[MoneyItem] = []
    taken: SpanList = SpanList()
    cap, found = item_cap(text), [0]

    def add(amount: float, cur: str, start: int, end: int) -> None:
        found[0] += 1
        if found[0] > cap:   # over the cap: the span is still taken, the item not built
            taken.append((start, end))
            return
        items.append(MoneyItem(amount=round(amount, 4), currency=cur, text=text[start:end], start=start, end=end,
                               page=page_of(paper, start), qualifier=_qualifier(text, start, end),
                               period=_period(text, start), context=_context(text, start, end)))
        taken.append((start, end))

    for m in P_SYMBOL.finditer(text):
        if re.fullmatch(r"0{3}", m["num"]) and not m["num2"] and re.match(r"s?\s*\)|s\b", text[m.end():m.end() + 3]):
            continue   # "(£000)", "$000s": a table's unit, not an amount
        cur_tok = m["cur"].strip().lower()
        cur = SYMBOLS.get(cur_tok, None)
        if m["tail"] and WORD_CURRENCY.get(m["tail"].lower()):
            cur = WORD_CURRENCY[m["tail"].lower()]
        cur = cur or dollar
        mult = SCALE.get((m["mult"] or "").lower(), 1.0)
        mult2 = SCALE.get((m["mult2"] or "").lower(), 1.0) if m["num2"] else 1.0
        if m["num2"] and not m["mult"] and m["mult2"] and "," not in m["num"] and _number(m["num"]) < 1000:
            mult = mult2  # "£10-15m": the unit covers both ends (not "from £750,000 to £1m")
        if (m["mult"] or "").lower() in ("m", "b", "k") and re.match(r"[a-z]", text[m.end("mult"):m.end("mult") + 1] or " "):
            mult = 1.0    # "$5 more" is not five million
        if m["num2"]:
            add(_number(m["num"]) * mult, cur, m.start(), m.end("mult") if m["mult"] else m.end("num"))
            add(_number(m["num2"]) * mult2, cur, m.start("num2"), m.end())
        else:
            add(_number(m["num"]) * mult, cur, m.start(), m.end())

    for m in P_WORDS.finditer(text):
        if overlaps(taken, m.start(), m.end()):
            continue
        word = m["word"].lower().split()[0]
        cur = WORD_CURRENCY.get(word) or WORD_CURRENCY.get(word.rstrip("s")) or dollar
        if word.startswith("dollar"):
            cur = dollar
        add(_number(m["num"]) * SCALE.get((m["mult"] or "").lower(), 1.0), cur, m.start(), m.end())

    if "£" in text:
        for m in P_PENCE.finditer(text):
            if not overlaps(taken, m.start(), m.end()) and re.search(r"\b(?:per|each|a|charge|costs?|fees?|price|at|of)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
                add(int(m["num"]) / 100, "GBP", m.start(), m.end())

    for s, e in _listed_payments(text):   # "GENERAL FUND: Arnesen Law Office, court-appointed attorney, 2,418.75; ..."
        if not overlaps(taken, s, e):
            add(_number(text[s:e]), ctx_default(text, dollar), s, e)   # unsigned, as a table's figures: the paper's own mark

    table = _table_amounts(paper, taken, dollar)
    found[0] += len(table)
    items += table[:max(0, cap - len(items))]
    items.sort(key=lambda it: it.start)
    return cap_items(items, "money", text, ctx, found=found[0])


_CELL_NUM = re.compile(r"\(?-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(?-?\d+\.\d{1,2}\)?|\(?-?\d+\)?")


def _cells(line: str) -> list[str]:
    """A table line's cells: split at tabs, or a plain-text table's columns lined up with spaces."""
    cells = line.split("\t")
    return _ALIGNED_GAP.split(line) if len(cells) == 1 and "  " in line else cells


def _table_amounts(paper: Paper, taken: list[tuple[int, int]], dollar: str) -> list[MoneyItem]:
    """Figures in table rows under a header that says the columns are money."""
    text = paper.text
    out: list[MoneyItem] = []
    lines = text.split("\n")
    pos = 0
    header = None  # (unit, currency) of the table being read
    not_money: set[int] = set()
    default_cur = None   # counted once per paper, at the first header that needs it
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    titled_unit = None       # the unit a table's title gave, kept by heading rows below it that give none
    pending_header = False   # a table opened by its title's unit ("Balances at 31 March (£)"): its heading row may follow
    header_cells = 0   # how many cells the header row had: rows with a label cell more align to its right
    def row_follows(k: int) -> bool:
        """The next line is a row of figures: the line before it was a cell wrapped onto its own line."""
        cells = _cells(lines[k + 1]) if k + 1 < len(lines) else [""]
        return len(cells) >= 2 and any(_CELL_NUM.fullmatch(c.strip()) for c in cells)

    for k, (ln, start) in enumerate(zip(lines, starts)):
        ln_u = ln.replace("’", "'")   # "$’000" as "$'000"
        cells = _cells(ln)
        if re.fullmatch(r"[ \t]*[-=_+|:]{3,}(?:[ \t]+[-=_+|:]{3,})*[ \t]*", ln):
            continue   # a plain-text table's rule ("-------- ------- --------") is part of the table, not prose
        if header is not None and len(cells) == 1:
            row = _label_then_figure(ln.strip())
            if row:                            # "Wind Farm Fund account 18,940.00": a label and one figure
                cells = list(row)
        if _UNIT_ALONE.fullmatch(ln_u):       # a column's unit alone on its line, over the figures
            header, not_money, titled_unit, header_cells = _unit_named(ln_u.lower(), dollar), set(), None, 0
            continue
        titled = _TITLE_UNIT.search(ln_u) if len(ln.split()) <= 16 else None
        if titled and len(cells) == 1:         # a title line, not a row of the table
            header, not_money, pending_header = _unit_named(titled.group().lower(), dollar), set(), True
            titled_unit = header[0]
            continue
        if pending_header and ln.strip():
            pending_header = False
            if len(cells) >= 2 and not any(_CELL_NUM.fullmatch(c.strip()) for c in cells):
                not_money = {i for i, c in enumerate(cells) if NOT_MONEY_COLUMN.search(c)}
                continue                       # the heading row under the title
        units_row = len(cells) >= 2 and all(_UNIT_CELL.fullmatch(c.strip()) for c in cells if c.strip()) and ln.strip()
        if (len(cells) >= 2 and (MONEY_HEADER.search(ln_u) or units_row)
                and not any(_figure_in_heading(c) and not _PERIOD_CELL.fullmatch(c) for c in cells)
                and not any(_CELL_NUM.fullmatch(c.strip()) and not _YEARS.fullmatch(c.strip()) for c in cells[1:])):
            # (a cell that is a figure makes a row: "Collection fund surplus (net) | 2.8" under "£m")
            # a header: no figures of its own (years aside); the unit may stand in the title above
            low = ln_u.lower() + " " + _title_above(text, start).replace("’", "'")
            unit = 1e3 if re.search(r"[£$€]\s?'?000|'000|\(000s?\)|\bin\s+thousands|£k\b|[£$€]\s?thousands?\b", low) else \
                1e6 if re.search(r"[£$€]\s?'?m\b|\bin\s+millions|£m\b|[£$€]\s?millions?\b", low) else \
                titled_unit if header is not None and titled_unit else 1.0   # a heading row under the title's "($'000)"
            cur = "GBP" if "£" in ln else "EUR" if "€" in ln else dollar if "$" in ln else None
            if cur is None:
                default_cur = default_cur or ctx_default(text, dollar)
                cur = default_cur
            header = (unit, cur)
            # columns that hold no money: "Change (%)", "No. of units", "FTE"
            not_money = {i for i, c in enumerate(cells) if NOT_MONEY_COLUMN.search(c)}
            header_cells = len(cells)
            above = _cells(lines[k - 1]) if k > 0 else []
            if len(above) > len(cells) and not any(_CELL_NUM.fullmatch(c.strip()) and not _YEARS.fullmatch(c.strip())
                                                   for c in above[1:]):
                # the heading's first line has the columns ("Expenditures | FY2026 | FY2027 | $ Change | % Change"
                # over "Adopted ($) | Proposed ($)"): its cells say which hold money
                not_money = {i for i, c in enumerate(above) if NOT_MONEY_COLUMN.search(c) and not _PERCENT_FIGURE.fullmatch(c.strip())}
                header_cells = len(above)
            continue
        if header is None:
            continue
        if len(cells) < 2 and ln.strip():
            label = len(ln.split()) <= 4 and not re.search(r"[.;:]\s*$|\d", ln)
            if not _CELL_NUM.fullmatch(ln.strip()) and not label and not row_follows(k):
                header, titled_unit = None, None   # prose: the table has ended ("Capital", "Revenue" are row groups inside it)
            continue
        unit, cur = header
        off = start
        shift = len(cells) - header_cells if header_cells and len(cells) > header_cells else 0
        for i, cell in enumerate(cells):
            c = cell.strip() if i - shift not in not_money and not (i < shift and i in not_money) else ""   # "No." stays left
            cs = start + ln.find(cell, off - start) if cell else off
            small = re.fullmatch(r"\d{1,2}", c) and unit < 1e3   # "95" in a £000 table is £95,000; elsewhere a count
            if c and _CELL_NUM.fullmatch(c) and not re.fullmatch(r"(?:19|20)\d\d", c) and not small:
                s = text.find(c, cs)
                e = s + len(c)
                if not overlaps(taken, s, e):
                    val = abs(float(c.strip("()").replace(",", "")))   # "(1,226)", "-72,000": the amount, whichever way it went
                    out.append(MoneyItem(amount=round(val * unit, 2), currency=cur, text=c, start=s, end=e,
                                         page=page_of(paper, s), context=cells[0].strip()[:80] or None))
                    taken.append((s, e))
            off = cs + len(cell) + 1
    return out


# a column heading that is a period, not a figure: "2024/25", "FY2019", "31 March 2024", "Dec 2024"
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?(?!\d)")   # "Savings proposals 2026/27": a period in a heading
_PERIOD_CELL = re.compile(r"\s*(?:(?:Quarter|Q|Month|Period|Year|Half|H)\s?\d{0,2}\s+)?(?:FY\s?)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\s*\S*(?:\s+\S+)?"
                          r"|\s*(?:(?:at|as\s+at)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s*"
                          # the stub of a finance report's table: "Month 10 (£m)", "Quarter 3", "P9 YTD"
                          r"|\s*(?:Month|Period|Quarter|Week|Q|M|P)\s?\d{1,2}(?:,?\s+(?:FY\s?)?(?:19|20)\d\d(?:/\d{2})?)?"
                          r"(?:\s+(?:YTD|year\s+to\s+date))?(?:\s*\([^()\d]{1,8}\))?\s*", re.I)
# a length of time inside a column heading, not a figure: "40-year net cost (£m)", "10 year total"
_DURATION = re.compile(r"(?i)\b\d{1,3}[- ](?:years?|months?|weeks?|days?)\b")
# a day inside a column heading, not a figure: "Actual to Mar. 31 ($)", "Balance at 31 March"
_DAY_IN_HEADING = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
                             r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b")
NOT_MONEY_COLUMN = re.compile(r"%|\bper\s*cent\b|\bno\.(?!\w)|\b(?:number|count|units?|fte|wte|beds?|hours?|days?|score|rank(?:ing)?|points|rating"
                              r"|tax\s+base|population|hectares|dwellings|households|properties|pupils|patients|visits)\b", re.I)
_PERCENT_FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?\s?%")   # "Option A / 3.8%": the option's rise, the column still money
_ALIGNED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
# a table's title that gives its unit: "Payments, 1 to 30 April 2025 ($)", "Budget Summary (in thousands of dollars)"
_TITLE_UNIT = re.compile(r"\((?:in\s+)?(?:[£$€]\s?(?:'?000s?|m|k|thousands?|millions?)?|(?:thousands|millions)\s+of\s+"
                         r"(?:dollars|pounds|euros)|[£$€]\s?(?:thousands|millions))\)\s*:?\s*$", re.I)
# a column's unit standing alone on a right-aligned line over its figures: "          €", "        £'000"
_UNIT_ALONE = re.compile(r"[ \t]{8,}(?:[£$€]|[£$€]\s?'000|'000)[ \t]*")


def _unit_named(low: str, dollar: str) -> tuple[float, str]:
    """(scale, currency) that a table's title or lone unit line names: "(£'000)", "(in thousands of dollars)", "€"."""
    unit = 1e3 if re.search(r"000|thousand", low) else 1e6 if re.search(r"\bm\b|million", low) else 1.0
    cur = "GBP" if "£" in low or "pound" in low else "EUR" if "€" in low or "euro" in low else dollar
    return unit, cur


_LONE_FIGURE = re.compile(r"\(?-?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\)?")


def _label_then_figure(line: str) -> tuple[str, str] | None:
    """A table row held in one cell, "Wind Farm Fund account 18,940.00": (label, figure), the figure
    being the last word and the label holding a letter before any digit. Read from the line's end
    by hand: a regex with a lazy label before the figure backtracks quadratically on a long line."""
    j = len(line)
    while j > 0 and not line[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and line[k - 1].isspace():
        k -= 1
    if k == 0 or "\t" in line[:k] or not _LONE_FIGURE.fullmatch(line, j):
        return None
    label = line[:k]
    for ch in label:
        if ch.isdecimal():
            return None
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            return label, line[j:]
    return None
_UNIT_CELL = re.compile(r"\(?[£$€]\s?'?000s?\)?|\(?'000s?\)?|[£$€]m|\(?[£$€]\)?")
# a unit mark inside a column heading: "Plan £'000", "Budget $ (000s)", "Amount ($000)"
_UNIT_MARK = re.compile(r"[£$€]\s?'?000s?|'000s?|[£$€]?\s?\(\s?[£$€]?\s?'?000s?\s?\)")


_NUMERIC_DAY = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)")   # "Actual to 31.03.26 (£)"


def _figure_in_heading(cell: str) -> bool:
    """A figure left in a heading cell once its unit, days, years and lengths of time are set aside
    ("Plan £'000", "Actual to Mar. 31 ($)", "2026 Budget", "40-year net cost"): then it is a row, not a heading."""
    cell = _NUMERIC_DAY.sub("", _UNIT_MARK.sub("", cell.replace("’", "'")))
    cell = _DURATION.sub("", _YEARS.sub("", _DAY_IN_HEADING.sub("", cell)))
    return bool(re.search(r"\d{2,}", cell))


def _title_above(text: str, start: int) -> str:
    """The two lines above a table header, where a unit such as "(£'000)" often stands."""
    above = text[max(0, start - 300):start].rstrip("\n").split("\n")[-2:]
    return " ".join(above).lower()


def ctx_default(text: str, dollar: str) -> str:
    """Currency of a table header with no symbol: the paper's most used mark."""
    counts = {"GBP": text.count("£"), "EUR": text.count("€"), dollar: text.count("$")}
    return max(counts, key=counts.get)
