"""The runner: finds files, reads, extracts and loads them, and records every failure.

It is the only place that catches a paper's exception: a bad paper is an error row and
a line in the summary, and the batch goes on.
"""
from __future__ import annotations

import fnmatch
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from boardpapers.pipeline.extract import EXTRACTOR_VERSION, extract_record
from boardpapers.pipeline.ingest import SUPPORTED, Limits, read_paper
from boardpapers.pipeline.loader import Archive, connect
from boardpapers.schemas.paper import PaperError

IGNORE_FILE = ".boardpapersignore"


@dataclass
class Found:
    """A file to load, with its source id (path relative to the root it was found under)."""
    path: Path
    source: str


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = field(default_factory=list)   # source, code, message
    skipped: Counter = field(default_factory=Counter)                    # extension -> files
    seconds: float = 0.0


def _ignore_patterns(root: Path) -> list[str]:
    f = root / IGNORE_FILE
    if not f.is_file():
        return []
    return [ln.strip() for ln in f.read_text().splitlines() if ln.strip() and not ln.startswith("#")]


def find_papers(paths: list[str], skipped: Counter | None = None) -> list[Found]:
    """Files named directly, and supported files under folders (recursively, sorted).

    In a folder, files matching its .boardpapersignore patterns and files of other types
    are counted in `skipped` (reported, not silently dropped); a file named directly is
    always tried, so an unsupported one becomes a specific error.
    """
    found: list[Found] = []
    for arg in paths:
        p = Path(arg)
        if not p.is_dir():
            found.append(Found(p, p.name))
            continue
        patterns = _ignore_patterns(p)
        for f in sorted(x for x in p.rglob("*") if x.is_file()):
            rel = f.relative_to(p).as_posix()
            if any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(f.name, pat) for pat in patterns) \
                    or rel == IGNORE_FILE or any(part.startswith(".") for part in f.relative_to(p).parts):
                if skipped is not None:
                    skipped["ignored"] += 1
                continue
            if f.suffix.lower() not in SUPPORTED:
                if skipped is not None:
                    skipped[f.suffix.lower() or "(none)"] += 1
                continue
            found.append(Found(f, rel))
    return found


def ingest(paths: list[str], db: str, limits: Limits = Limits(), log=None) -> RunSummary:
    """Load papers into the archive; each paper in its own transaction."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    summary = RunSummary()
    files = find_papers(paths, summary.skipped)
    archive = Archive(connect(db), command="boardpapers ingest " + " ".join(paths),
                      extractor_version=EXTRACTOR_VERSION)
    for i, found in enumerate(files, 1):
        try:
            paper = read_paper(found.path, limits, source=found.source)
            record = extract_record(paper, source_name=found.path.name)
            status = archive.load(paper, record, found.source)
        except PaperError as e:
            status = "failed"
            summary.errors.append((found.source, e.code, e.message))
            archive.error(found.source, e.code, e.message)
        except Exception as e:  # a bug on one paper must not stop the night
            status = "failed"
            msg = f"internal error: {type(e).__name__}: {e}"
            summary.errors.append((found.source, "internal_error", msg))
            archive.error(found.source, "internal_error", msg + "\n" + traceback.format_exc(limit=5))
        summary.counts[status] += 1
        log(f"[{i}/{len(files)}] {status:9} {found.source}")
    archive.finish(summary.counts)
    summary.seconds = time.perf_counter() - t0
    return summary
