"""Page furniture: running headers, footers and page numbers, found by repetition.

A line that opens or closes most pages with the same words (digits aside) is a running
header or footer; a line that is only a page number ("3", "Page 3 of 12", "- 3 -") at the
top or bottom of a page is a page number. Both are dropped from the body; the first
occurrence of a running header that is not a page number is kept, since on page one it is
often the paper's own title.
"""
from __future__ import annotations

import re
from collections import Counter

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


def repeated_keys(pages: list[list[str]]) -> set[str]:
    """Keys of lines that stand in the top or bottom zone of at least half the pages."""
    if len(pages) < 2:
        return set()
    shapes: Counter[str] = Counter()   # digits aside: "Page 3 of 9" ~ "Page 4 of 9"
    exact: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        zone = body[:ZONE] + body[-ZONE:]
        shapes.update({furniture_key(ln) for ln in zone})
        exact.update({" ".join(ln.split()).lower() for ln in zone})
    half = (len(pages) + 1) // 2
    keys = {k for k, n in shapes.items() if n >= max(3, half)}
    keys |= {furniture_key(k) for k, n in exact.items() if n >= max(2, half)}
    return keys


def furniture_flags(pages: list[list[str]]) -> list[list[bool]]:
    """For each page's lines, True where the line is furniture to drop."""
    keys = repeated_keys(pages)
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
