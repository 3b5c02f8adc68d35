"""The Paper: one read document, the single text every extracted offset refers to.

Readers (pipeline/readers/*) turn bytes into a Paper and know nothing of extraction;
extractors read a Paper and know nothing of files.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paper:
    source: str                      # path as given (or relative to the corpus root)
    sha256: str                      # of the file's bytes: identity of this version
    size: int                        # bytes
    format: str                      # "pdf", "text", "markdown" or "restructuredtext"
    text: str                        # cleaned text; every span is an offset into it
    pages: tuple[tuple[int, int], ...] = ()   # (start, end) of each page in `text`
    paged: bool = True               # False for text with no page breaks: page is then null
    warnings: tuple[str, ...] = field(default=())

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_of(self, offset: int) -> int | None:
        """1-based page holding `offset`, or None when the source has no pages."""
        if not self.paged or not self.pages:
            return None
        starts = [s for s, _ in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return max(0, i) + 1


class PaperError(Exception):
    """A paper that cannot be read, with a stable `code` and a specific message.

    The runner records these against the file and goes on with the batch.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
