"""The extractors in the order they run. Adding one is a module and a line here."""
from __future__ import annotations

MEETING = None   # set below once the cover-sheet extractor exists
LISTS: list = []  # (record field, extract function)
