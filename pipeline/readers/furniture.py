"""Page furniture: running headers, footers and page numbers, found by repetition.

A line that opens or closes most pages with the same words (digits aside) is a running
header or footer; a line that is only a page number ("3", "Page 3 of 12", "- 3 -") at the
top or bottom of a page is a page number. Both are dropped from the body; the first
occurrence of a running header that is not a page number is kept, since on page one it is
often the paper's own title.
"""
from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(
    r"\s*(?:(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}"
    r"|[-–—]?\s*\d{1,3}\s*[-–—]?|[ivxlc]{1,6})\s*",
    re.I,
)
_PAGE_LABEL = re.compile(r"\bpage\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
ZONE = 3  # lines at each end of a page that may be furniture


def is_page_number(line: str) -> bool:
    return bool(line.strip()) and bool(_PAGE_NUMBER.fullmatch(line))


def furniture_key(line: str) -> str:
    """Digits and case aside, so "Page 3 of 12" and "Page 4 of 12" share a key."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def repeated_keys(pages: list[list[str]], tops: list[list[float | None]] | None = None) -> set[str]:
    """Keys of lines that stand in the top or bottom zone of at least half the pages.
    Where line positions are known (PDF), the repeats must also stand at one height: a
    "Granted" that closes many pages of hearing minutes is body text, not a footer."""
    if len(pages) < 2:
        return set()
    shapes: dict[str, list] = {}   # digits aside: "Page 3 of 9" ~ "Page 4 of 9"
    exact: dict[str, list] = {}
    for n, lines in enumerate(pages):
        where = tops[n] if tops else [None] * len(lines)
        body = [(ln, y) for ln, y in zip(lines, where) if ln.strip()]
        zone = body[:ZONE] + body[-ZONE:]
        for key, y in {(furniture_key(ln), y) for ln, y in zone}:
            shapes.setdefault(key, []).append(y)
        for key, y in {(" ".join(part.split()).lower(), y) for ln, y in zone for part in _parts(ln)}:
            exact.setdefault(key, []).append(y)
    half = (len(pages) + 1) // 2
    keys = {k for k, ys in shapes.items() if _at_one_height(ys) >= max(3, half)}
    keys |= {furniture_key(k) for k, ys in exact.items() if _at_one_height(ys) >= max(2, half)}
    return keys


def _parts(line: str) -> list[str]:
    """The line, and its tab-separated cells of two words or more: a header printed as
    "Trust name<tab>Paper 24/17" on most pages and as "Trust name" alone on one."""
    cells = [c for c in line.split("\t") if len(c.split()) >= 2] if "\t" in line else []
    return [line] + cells


def _at_one_height(ys: list, slack: float = 0.015) -> int:
    """How many of the occurrences stand at about the same height (all, when unknown)."""
    known = sorted(y for y in ys if y is not None)
    if len(known) < len(ys):
        return len(ys)
    best, lo = 0, 0
    for hi, y in enumerate(known):
        while y - known[lo] > 2 * slack:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def furniture_flags(pages: list[list[str]], tops: list[list[float | None]] | None = None) -> list[list[bool]]:
    """For each page's lines, True where the line is furniture to drop."""
    keys = repeated_keys(pages, tops)
    seen: set[str] = set()
    flags = []
    for page_index, lines in enumerate(pages):
        nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
        zone = set(nonblank[:ZONE] + nonblank[-ZONE:])
        page_flags = []
        for i, ln in enumerate(lines):
            drop = False
            if i in zone:
                key = furniture_key(ln)
                if is_page_number(ln) or _PAGE_LABEL.search(ln):
                    drop = True
                elif key in keys:
                    drop = key in seen or page_index > 0
                    seen.add(key)
            page_flags.append(drop)
        flags.append(page_flags)
    return flags


def remove_text_furniture(pages: list[str]) -> list[str]:
    """Drop furniture from text pages; without page breaks, only lone page-number lines."""
    split = [p.split("\n") for p in pages]
    if len(split) > 1:
        flags = furniture_flags(split)
        split = [[ln for ln, f in zip(lines, fl) if not f] for lines, fl in zip(split, flags)]
    out = []
    for lines in split:
        kept = []
        for i, ln in enumerate(lines):
            before = lines[i - 1] if i else ""
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if is_page_number(ln) and not before.strip() and not after.strip() and not _roman_only(ln):
                continue
            kept.append(ln)
        out.append("\n".join(kept))
    return out


def _roman_only(line: str) -> bool:
    """A lone 'i' or 'v' may be a list marker; only digits count as page numbers in prose."""
    return bool(re.fullmatch(r"\s*[ivxlc]{1,6}\s*", line, re.I))
