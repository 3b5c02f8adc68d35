"""Run every extractor over one Paper and assemble its Record."""
from __future__ import annotations

import time

from boardpapers.extractors import registry
from boardpapers.extractors.context import Context
from boardpapers.pipeline import __version__
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Meeting, Record

EXTRACTOR_VERSION = f"{__version__}+rules.1"


def extract_record(paper: Paper, source_name: str | None = None, timings: dict | None = None) -> Record:
    """Extract everything from a paper. `source_name` is the record's `source` (file name);
    `timings`, when given, accumulates seconds per extractor."""
    context = Context()
    t = time.perf_counter()
    meeting = registry.MEETING(paper, context) if registry.MEETING else Meeting()
    if timings is not None:
        timings["meeting"] = timings.get("meeting", 0.0) + time.perf_counter() - t
    record = Record(source=source_name or paper.source, sha256=paper.sha256, format=paper.format,
                    pages=paper.page_count, meeting=meeting, warnings=list(paper.warnings),
                    extractor_version=EXTRACTOR_VERSION)
    for name, fn in registry.LISTS:
        t = time.perf_counter()
        setattr(record, name, fn(paper, context))
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t
    record.warnings += context.warnings      # e.g. items over the per-paper cap
    return record
