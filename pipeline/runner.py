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
    root: str | None = None          # the folder it was found under (None: named directly)


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
        root = str(p.resolve())
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
            found.append(Found(f, rel, root))
    return found


def ingest(paths: list[str], db: str, limits: Limits = Limits(), log=None, kind: str = "ingest") -> RunSummary:
    """Load papers into the archive, each in its own transaction.

    Incremental: a paper whose size and mtime match its stored version (read by the same
    extractor version) is not read again; otherwise its SHA-256 decides whether it changed.
    Papers found under a folder before but missing now are marked removed.
    """
    log = log or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    summary = RunSummary()
    files = find_papers(paths, summary.skipped)
    archive = Archive(connect(db), kind=kind, command=f"boardpapers {kind} " + " ".join(paths),
                      extractor_version=EXTRACTOR_VERSION)
    known = archive.known()
    for i, found in enumerate(files, 1):
        status = _one(archive, known, found, limits, summary)
        summary.counts[status] += 1
        log(f"[{i}/{len(files)}] {status:11} {found.source}")
    for root in {f.root for f in files if f.root} | {str(Path(p).resolve()) for p in paths if Path(p).is_dir()}:
        seen = {f.source for f in files if f.root == root}
        for source in archive.mark_removed(seen, root):
            summary.counts["removed"] += 1
            log(f"removed     {source}")
    archive.finish(summary.counts)
    summary.seconds = time.perf_counter() - t0
    return summary


def _one(archive: Archive, known: dict, found: Found, limits: Limits, summary: RunSummary) -> str:
    """Read, extract and load one paper; a failure is recorded against it, never raised."""
    try:
        st = found.path.stat()
        k = known.get(found.source)
        if k and not k[4] and k[0] == st.st_size and k[1] == st.st_mtime and k[3] == EXTRACTOR_VERSION:
            archive.touch(found.source)
            return "unchanged"
        paper = read_paper(found.path, limits, source=found.source)
        record = extract_record(paper, source_name=found.path.name)
        return archive.load(paper, record, found.source, mtime=st.st_mtime, root=found.root)
    except PaperError as e:
        summary.errors.append((found.source, e.code, e.message))
        archive.error(found.source, e.code, e.message)
    except FileNotFoundError:
        summary.errors.append((found.source, "unreadable", "no such file"))
        archive.error(found.source, "unreadable", "no such file")
    except Exception as e:  # a bug on one paper must not stop the night
        msg = f"internal error: {type(e).__name__}: {e}"
        summary.errors.append((found.source, "internal_error", msg))
        archive.error(found.source, "internal_error", msg + "\n" + traceback.format_exc(limit=5))
    return "failed"
