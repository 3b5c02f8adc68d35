"""The runner: finds files, reads and extracts them (in parallel worker processes), loads
them (in this process, the only writer), and records every failure against its file.

It is the only place that catches a paper's exception: a bad paper is an error row and a
line in the summary, and the batch goes on. Incremental: a paper whose size and mtime
match its stored version is not read again; a changed one is confirmed by its SHA-256.
Memory stays bounded: at most a few papers per worker are in flight at once.
"""
from __future__ import annotations

import fnmatch
import importlib.util
import os
import signal
import sys
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from boardpapers.extractors import nlp
from boardpapers.pipeline import extract as extract_module
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import SUPPORTED, Limits, read_paper
from boardpapers.pipeline.loader import Archive, connect
from boardpapers.schemas.paper import PaperError

EXTRACTOR_VERSION = extract_module.EXTRACTOR_VERSION
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
    pages: int = 0
    stages: dict = field(default_factory=lambda: defaultdict(float))    # stage -> seconds
    run_id: int | None = None


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
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                rel = f.relative_to(p).as_posix()
                if name.startswith(".") or any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in patterns):
                    if skipped is not None and name != IGNORE_FILE:
                        skipped["ignored"] += 1
                    continue
                if f.suffix.lower() not in SUPPORTED:
                    if skipped is not None:
                        skipped[f.suffix.lower() or "(none)"] += 1
                    continue
                found.append(Found(f, rel, root))
    return found


# -- work done in a worker process -------------------------------------------------------

class _Timeout(Exception):
    pass


def _init_worker() -> None:
    """Load the spaCy pipeline once per worker, and let Ctrl-C stop the parent only."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.pipeline()


def _alarm(_signum, _frame):
    raise _Timeout()


def read_and_extract(path: str, source: str, limits: Limits):
    """Read and extract one paper: ('ok', paper, record, timings) or ('error', code, message)."""
    timings: dict[str, float] = {}
    if limits.max_seconds:
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(limits.max_seconds)
    try:
        t = time.perf_counter()
        paper = read_paper(path, limits, source=source)
        timings["read"] = time.perf_counter() - t
        record = extract_record(paper, source_name=Path(path).name, timings=timings)
        return "ok", paper, record, timings
    except PaperError as e:
        return "error", e.code, e.message
    except _Timeout:
        return "error", "timeout", f"reading and extracting took over {limits.max_seconds} s (the per-paper limit)"
    except FileNotFoundError:
        return "error", "unreadable", "no such file (removed during the run?)"
    except Exception as e:  # a bug on one paper must not stop the night
        return "error", "internal_error", f"internal error: {type(e).__name__}: {e}\n{traceback.format_exc(limit=5)}"
    finally:
        if limits.max_seconds:
            signal.alarm(0)


# -- the run ----------------------------------------------------------------------------

def check_model() -> None:
    if importlib.util.find_spec(nlp.MODEL) is None:
        raise nlp.ModelMissing(f"the spaCy model '{nlp.MODEL}' is not installed; install it with: {nlp.INSTALL}")


def ingest(paths: list[str], db: str, limits: Limits = Limits(), log=None, kind: str = "ingest",
           workers: int = 1, progress=None) -> RunSummary:
    """Load papers into the archive, each in its own transaction; see the module docstring.

    `log(message)` receives a line per paper that is not unchanged; `progress(done, total,
    status)` is called after every paper. Papers found under a folder before but missing
    now are marked removed.
    """
    log = log or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    summary = RunSummary()
    files = find_papers(paths, summary.skipped)
    archive = Archive(connect(db), kind=kind, command=f"boardpapers {kind} " + " ".join(paths),
                      extractor_version=EXTRACTOR_VERSION)
    summary.run_id = archive.run_id
    known = archive.known()

    todo, unchanged = [], []
    for found in files:
        try:
            st = found.path.stat()
        except OSError:
            todo.append((found, None))
            continue
        k = known.get(found.source)
        if k and not k[4] and k[0] == st.st_size and k[1] == st.st_mtime and k[3] == EXTRACTOR_VERSION:
            unchanged.append(found.source)
        else:
            todo.append((found, st.st_mtime))
    t = time.perf_counter()
    archive.touch_many(unchanged)
    summary.stages["load"] += time.perf_counter() - t
    summary.counts["unchanged"] += len(unchanged)
    done = len(unchanged)
    if progress:
        progress(done, len(files), "unchanged")

    def finish_one(found: Found, mtime, result) -> None:
        nonlocal done
        t = time.perf_counter()
        if result[0] == "ok":
            _, paper, record, timings = result
            for stage, secs in timings.items():
                summary.stages[stage] += secs
            summary.pages += paper.page_count
            try:
                status = archive.load(paper, record, found.source, mtime=mtime, root=found.root)
            except Exception as e:
                status = "failed"
                msg = f"could not be stored: {type(e).__name__}: {e}"
                summary.errors.append((found.source, "load_error", msg))
                archive.error(found.source, "load_error", msg)
        else:
            _, code, message = result
            status = "failed"
            summary.errors.append((found.source, code, message.split("\n")[0]))
            archive.error(found.source, code, message)
        summary.stages["load"] += time.perf_counter() - t
        summary.counts[status] += 1
        done += 1
        if status != "unchanged":
            log(f"{status:11} {found.source}" + (f": {summary.errors[-1][2]}" if status == "failed" else ""))
        if progress:
            progress(done, len(files), status)

    if workers <= 1 or len(todo) <= 1:
        for found, mtime in todo:
            finish_one(found, mtime, read_and_extract(str(found.path), found.source, limits))
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
            pending: dict = {}
            queue = iter(todo)
            window = workers * 3
            for found, mtime in queue:
                pending[pool.submit(read_and_extract, str(found.path), found.source, limits)] = (found, mtime)
                if len(pending) >= window:
                    break
            while pending:
                ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in ready:
                    found, mtime = pending.pop(fut)
                    try:
                        result = fut.result()
                    except Exception as e:  # a worker died (killed, out of memory)
                        result = ("error", "worker_died", f"the worker reading this paper died: {type(e).__name__}: {e}")
                    finish_one(found, mtime, result)
                    nxt = next(queue, None)
                    if nxt is not None:
                        pending[pool.submit(read_and_extract, str(nxt[0].path), nxt[0].source, limits)] = nxt

    for root in sorted({f.root for f in files if f.root} | {str(Path(p).resolve()) for p in paths if Path(p).is_dir()}):
        seen = {f.source for f in files if f.root == root}
        for source in archive.mark_removed(seen, root):
            summary.counts["removed"] += 1
            log(f"removed     {source}")
    archive.finish(summary.counts)
    summary.seconds = time.perf_counter() - t0
    return summary
