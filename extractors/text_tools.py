"""Small helpers every extractor shares: sentence bounds, spans, whitespace."""
from __future__ import annotations

import bisect
import re

_SENT_END = re.compile(r"(?:(?<=[.!?;])|(?<=[.!?][\"”’]))\s+(?=[A-Z(•\"“]|\d{1,4}(?:[/.-]\d{1,4}){1,2}[ \t]+[A-Z])|\n\s*\n|\n(?=\s*(?:•|\d+(?:\.\d+)*[.)]?\s+[A-Z]|\([a-z0-9]+\)\s))")


_NOT_AN_END = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|No|Nos|St|Dr|Mr|Mrs|Ms|Cllr|Cr|Prof|Rev|approx|e\.g|i\.e|vs|v)|(?<![\w.])[A-Z])\.$")


# a company's "Ltd." or "Inc." ends the sentence when the next one opens as minutes open one
# ("... the contract to Piedmont Summit Roofing, Inc. Commissioner Raghunathan moved ...")
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|Plc|PLC|Pty)\.$")
_OPENS_SENTENCE = re.compile(r"(?:Motion|Moved|MOVED|Commissioner|Councill?or|Cllr|Cr|Director|Trustee|Mayor|Chair|The|It|This|"
                             r"Members?|RESOLVED|Resolved|Resolution|Seconded|Carried|CARRIED)\b")


def _sentence_ends(text: str, lo: int, hi: int):
    """Sentence ends, not counting an abbreviation's or an initial's full stop ("Susan G. Komen")."""
    for m in _SENT_END.finditer(text, lo, hi):
        if text[m.start() - 1:m.start()] == "." and _NOT_AN_END.search(text, max(0, m.start() - 8), m.start()):
            if not (_COMPANY_END.search(text, max(0, m.start() - 5), m.start()) and _OPENS_SENTENCE.match(text, m.end())):
                continue
        yield m


def sentence_bounds(text: str, pos: int, limit: int = 600) -> tuple[int, int]:
    """Start and end of the sentence (or list item / paragraph) holding `pos`."""
    lo = max(0, pos - limit)
    start = lo
    for m in _sentence_ends(text, lo, min(len(text), pos + 2)):   # (past pos, so the look-ahead sees pos's letter)
        if m.end() <= pos:
            start = m.end()
    m = next(_sentence_ends(text, pos, min(len(text), pos + limit)), None)
    end = m.start() if m else min(len(text), pos + limit)
    return start, end


def squash(s: str) -> str:
    """Whitespace folded to single spaces."""
    return re.sub(r"\s+", " ", s).strip()


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of `spans` (items already taken)."""
    if isinstance(spans, SpanList):
        return spans.overlaps(start, end)
    return any(s < end and start < e for s, e in spans)


def line_end(text: str, pos: int, stop: int) -> int:
    """Where the line at `pos` ends, looking no further than `stop` (a 1 MB line stays linear to read)."""
    i = text.find("\n", pos, stop)
    return stop if i < 0 else i


def skip_heading_lines(text: str, start: int, stop: int, heading: re.Pattern, max_words: int) -> int:
    """Past up to three heading lines (`heading`, of at most `max_words` words) that stand before a sentence
    with no full stop between, as in a PDF: "7.4 Public Works – Report PW-2026-12\nThe Director ... recommended"."""
    for _ in range(3):
        head = heading.match(text, start, stop)
        if not head or len(head.group().split()) > max_words:
            break
        start = head.end() + len(re.match(r"[ \t]*", text[head.end():stop]).group())
    return start


def trim_span(text: str, start: int, end: int, chars: str = " \t\n.,;:") -> tuple[int, int]:
    """Shrink a span past leading/trailing whitespace and punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def exact_span(text: str, start: int, end: int, squashed: str) -> tuple[int, int]:
    """The span inside [start, end) whose whitespace-folded text is `squashed`, so an
    object cleaned of a leading "that" or a trailing clause still points at its own words."""
    words = squashed.split()
    if not words:
        return start, start
    first = words[0]
    at = text.find(first, start, end)
    while at >= 0:                 # str.find, not a regex per call: one pattern per object floods re's cache
        j = at + len(first)
        for w in words[1:]:
            k = j
            while k < end and text[k].isspace():
                k += 1
            if k == j or not text.startswith(w, k, end):
                break
            j = k + len(w)
        else:
            return at, j
        at = text.find(first, at + 1, end)
    return start, end


class _Merged:
    """Disjoint intervals, sorted, each the union of overlapping spans added (open or closed)."""

    def __init__(self, closed: bool):
        self.closed = closed
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: int, e: int) -> None:
        starts, ends = self.starts, self.ends
        if self.closed:   # closed intervals merge when they touch
            i, j = bisect.bisect_left(ends, s), bisect.bisect_right(starts, e)
        else:             # open ones only when they share a point
            i, j = bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)
        if i < j:
            s, e = min(s, starts[i]), max(e, ends[j - 1])
        starts[i:j], ends[i:j] = [s], [e]


class SpanList(list):
    """A list of (start, end) spans that also answers, in log time, what `overlaps` and a
    point-near-a-span test would answer by scanning every span: readers that take many
    spans in a long paper stay linear. Append to it like a list."""

    def __init__(self, spans=()):
        super().__init__()
        self._open, self._closed = _Merged(False), _Merged(True)
        self._points: list[int] = []      # empty spans: "overlap" a query that strictly holds them
        self._odd: list[tuple[int, int]] = []   # reversed spans, never expected: scanned
        for span in spans:
            self.append(span)

    def append(self, span) -> None:
        super().append(span)
        s, e = span[0], span[1]
        if s > e:
            self._odd.append((s, e))
            return
        self._closed.add(s, e)
        if s < e:
            self._open.add(s, e)
        else:
            bisect.insort(self._points, s)

    def extend(self, spans) -> None:
        for span in spans:
            self.append(span)

    def __iadd__(self, spans):
        self.extend(spans)
        return self

    def overlaps(self, start: int, end: int) -> bool:
        """Same answer as `overlaps(list(self), start, end)`."""
        if start > end or self._odd:
            return any(s < end and start < e for s, e in self)
        o = self._open
        i = bisect.bisect_right(o.ends, start)
        if i < len(o.starts) and o.starts[i] < end:
            return True
        k = bisect.bisect_right(self._points, start)
        return k < len(self._points) and self._points[k] < end

    def near(self, pos: int, slack: int) -> bool:
        """Same answer as `any(s - slack <= pos <= e for s, e in self)`."""
        if slack < 0 or self._odd:
            return any(s - slack <= pos <= e for s, e in self)
        c = self._closed
        i = bisect.bisect_left(c.ends, pos)
        return i < len(c.starts) and c.starts[i] <= pos + slack


_PAGE_STARTS: tuple = (None, [])


def page_of(paper, offset: int) -> int | None:
    """`paper.page_of(offset)`, with the page starts listed once per paper instead of per call."""
    global _PAGE_STARTS
    if not paper.paged or not paper.pages:
        return None
    pages, starts = _PAGE_STARTS
    if pages is not paper.pages:
        pages, starts = paper.pages, [s for s, _ in paper.pages]
        _PAGE_STARTS = (pages, starts)
    return max(0, bisect.bisect_right(starts, offset) - 1) + 1


# No paper holds more items of one kind than one per MAX_ITEM_DENSITY characters of its text
# (half a line), nor, when short, more than MAX_ITEMS_FLOOR: 100,000 "$1 " in a row is not a
# budget. Past the cap the first items (by position) are kept and the record says so.
MAX_ITEMS_FLOOR = 5000
MAX_ITEM_DENSITY = 40


def item_cap(text: str) -> int:
    return max(MAX_ITEMS_FLOOR, len(text) // MAX_ITEM_DENSITY)


def cap_items(items: list, kind: str, text: str, ctx, found: int | None = None) -> list:
    """`items` cut to the cap for this paper, with a warning in `ctx.warnings` when cut.
    `found` is how many were found when the extractor already stopped building items."""
    cap = item_cap(text)
    found = len(items) if found is None else found
    if found <= cap:
        return items
    warnings = getattr(ctx, "warnings", None)
    if warnings is not None:
        warnings.append(f"{kind}: {found:,} found, over the cap of {cap:,} for a paper of {len(text):,} characters; "
                        f"kept the first {min(cap, len(items)):,}")
    return items[:cap]
