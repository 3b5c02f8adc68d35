"""Text normalisation shared by every reader: bullets, odd spaces, hyphenation.

Each function maps a string to a string; readers call them before offsets are fixed,
so all extracted spans refer to the cleaned text.
"""
from __future__ import annotations

import re

BULLET = "•"

# Private-use glyphs of the Symbol / Wingdings / ZapfDingbats fonts that PDFs and
# pdftotext output carry for bullets, plus other bullet-like characters.
_BULLET_CHARS = (
    "\uf0b7\uf0a7\uf0d8\uf076\uf0a8\uf0de\uf06e\uf0e0\uf02d\uf0a2\uf075\uf071\uf0d7\uf0f0\uf0be"
    "\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u27a2\u2219\u00b7\u2022\u25ba"
)
_BULLET_RE = re.compile(r"\(cid:(?:127|149|183|108|110|113|167|216)\)|[%s]" % re.escape(_BULLET_CHARS))
# Any other private-use character is a font glyph with no meaning as text.
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
_CID_RE = re.compile(r"\(cid:\d+\)")

# Prefixes after which a line-end hyphen is a real hyphen ("re-\nintegrating").
_KEEP_HYPHEN_PREFIXES = {
    "re", "co", "pre", "non", "self", "cross", "multi", "well", "long", "short", "sub", "inter",
    "post", "anti", "semi", "mid", "ex", "vice", "part", "full", "year", "high", "low", "over",
    "under", "out", "up", "down", "off", "on", "in", "out", "third", "first", "second", "one",
    "two", "three", "four", "five", "cost", "value", "user", "end", "de", "e",
}


def normalise_chars(text: str) -> str:
    """Bullets to '•', odd spaces to ' ', ligatures and soft hyphens resolved."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BULLET_RE.sub(BULLET, text)
    text = text.replace("\u2714", "\u2713").replace("\uf0fc", "\u2713")  # heavy tick, Wingdings tick
    text = _PRIVATE_USE_RE.sub(BULLET, text)
    text = _CID_RE.sub("", text)
    text = (text.replace("\u00a0", " ").replace("\u2010", "-").replace("\u2011", "-").replace("\u2002", " ").replace("\u2003", " ")
                .replace("\u2009", " ").replace("\u202f", " ").replace("\u200b", "")
                .replace("\ufeff", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
                .replace("\ufb00", "ff").replace("\ufb03", "ffi").replace("\ufb04", "ffl"))
    text = text.replace("\x02", "\u00ad")  # PDFium's soft-hyphen mark: rejoin_hyphenation reads it
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text)  # keeps \t \n \f
    return text


# Characters that match an ASCII letter under re.I besides the letters themselves
# (Python's case-insensitive matching also pairs these): keys below fold them alike.
_FOLD = str.maketrans({**{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")


class _Usage:
    """The paper's own hyphenated compounds, indexed once: ("left", "right") for every
    "left-right" whose two sides are whole words. Built on first use, in one pass, so
    judging many hyphens costs no rescan of the text per hyphen."""

    def __init__(self, text: str):
        self.text = text
        self._pairs: set[tuple[str, str]] | None = None

    def hyphenated(self, left: str, right: str) -> bool:
        if self._pairs is None:
            pairs: set[tuple[str, str]] = set()
            prev_end, prev_key = -2, ""
            for m in _WORD_RUN.finditer(self.text):
                key = m.group().translate(_FOLD)
                if m.start() == prev_end + 1 and self.text[prev_end] == "-":
                    pairs.add((prev_key, key))
                prev_end, prev_key = m.end(), key
            self._pairs = pairs
        return (left.lower(), right.lower()) in self._pairs


def _keep_hyphen(left: str, right: str, text: str | _Usage) -> bool:
    """Decide from the word and from the paper's own usage whether a hyphen is real."""
    if left.lower() in _KEEP_HYPHEN_PREFIXES or left.isupper() or right[:1].isupper() or right[:1].isdigit():
        return True
    # The paper writes "left-right" somewhere as one line: a real hyphen. (Its usage of the
    # joined word, or none at all, both mean a break to close.)
    usage = text if isinstance(text, _Usage) else _Usage(text)
    return usage.hyphenated(left, right)


# The left word is taken whole ((?<![A-Za-z]) anchors it): a start inside a letter run
# could only fail the same way, and trying each one made a long word quadratic.
_HYPHEN_BREAK = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})[-\u00ad\x02][ \t]*\n[ \t]*([a-z][a-z]*)")


def rejoin_hyphenation(text: str) -> str:
    """Join words split across lines by a hyphen ("commis-\\nsioning" -> "commissioning").

    A hyphen that belongs to the word ("re-\\nintegrating", "NHS-\\nled") is kept and the
    line break removed from inside the word.
    """
    usage = _Usage(text)

    def fix(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        sep = "-" if _keep_hyphen(left, right, usage) else ""
        return f"{left}{sep}{right}"

    text = _HYPHEN_BREAK.sub(fix, text)
    return text.replace("\u00ad", "").replace("\x02", "")


def tidy_whitespace(text: str) -> str:
    """Trailing spaces off every line, at most two blank lines in a row."""
    text = re.sub(r"(?<![ \t])[ \t]+\n", "\n", text)   # from the run's start: linear in a long run
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text
