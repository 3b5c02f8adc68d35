"""Small helpers every extractor shares: sentence bounds, spans, whitespace."""
from __future__ import annotations

import re

_SENT_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(•\"“])|\n\s*\n|\n(?=\s*(?:•|\d+(?:\.\d+)*[.)]?\s+[A-Z]|\([a-z0-9]+\)\s))")


_NOT_AN_END = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|No|Nos|St|Dr|Mr|Mrs|Ms|Cllr|Cr|Prof|Rev|approx|e\.g|i\.e|vs)|(?<![\w.])[A-Z])\.$")


def _sentence_ends(text: str, lo: int, hi: int):
    """Sentence ends, not counting an abbreviation's or an initial's full stop ("Susan G. Komen")."""
    for m in _SENT_END.finditer(text, lo, hi):
        if text[m.start() - 1:m.start()] == "." and _NOT_AN_END.search(text, max(0, m.start() - 8), m.start()):
            continue
        yield m


def sentence_bounds(text: str, pos: int, limit: int = 600) -> tuple[int, int]:
    """Start and end of the sentence (or list item / paragraph) holding `pos`."""
    lo = max(0, pos - limit)
    start = lo
    for m in _sentence_ends(text, lo, pos):
        start = m.end()
    m = next(_sentence_ends(text, pos, min(len(text), pos + limit)), None)
    end = m.start() if m else min(len(text), pos + limit)
    return start, end


def squash(s: str) -> str:
    """Whitespace folded to single spaces."""
    return re.sub(r"\s+", " ", s).strip()


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of `spans` (items already taken)."""
    return any(s < end and start < e for s, e in spans)


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
    m = re.compile(r"\s+".join(map(re.escape, words))).search(text, start, end)
    return (m.start(), m.end()) if m else (start, end)
