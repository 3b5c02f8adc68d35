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
import threading
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from boardpapers.extractors import nlp
from boardpapers.pipeline import extract as extract_module
from boardpapers.pipeline.executors import connect_cluster, make_executor
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import SUPPORTED, Limits, read_paper
from boardpapers.pipeline.loader import Archive, connect
from boardpapers.pipeline.lock import RunLock, release_inherited
from boardpapers.schemas.paper import PaperError

EXTRACTOR_VERSION = extract_module.EXTRACTOR_VERSION
IGNORE_FILE = ".boardpapersignore"


@dataclass
class Found:
    """A file to load. Its identity is (root, source): the absolute folder it was found under
    (for a file named directly: the deepest folder the archive already knows that holds it,
    else its own folder) and its path relative to that folder."""
    path: Path
    source: str
    root: str
    scanned: bool = True             # found by walking `root` (False: named directly)


class RefreshRefused(Exception):
    """The run would lose papers it should not: nothing was removed (see the message)."""


DEFAULT_MAX_REMOVAL = 0.20           # refuse to mark more than this share of a folder's papers removed


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = field(default_factory=list)   # source, code, message
    skipped: Counter = field(default_factory=Counter)                    # extension -> files
    seconds: float = 0.0
    pages: int = 0
    stages: dict = field(default_factory=lambda: defaultdict(float))    # stage -> seconds
    run_id: int | None = None
    unreadable_folders: list[tuple[str, str]] = field(default_factory=list)   # folder, reason


def _ignore_patterns(root: Path) -> list[str]:
    """The folder's .boardpapersignore patterns (any encoding: an undecodable byte is replaced,
    never a crash; a pattern with one is unlikely to match, and the file is still read)."""
    f = root / IGNORE_FILE
    if not f.is_file():
        return []
    try:
        lines = f.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def find_papers(paths: list[str], skipped: Counter | None = None,
                unreadable: list[tuple[str, str]] | None = None) -> list[Found]:
    """Files named directly, and supported files under folders (recursively, sorted).

    In a folder, files matching its .boardpapersignore patterns and files of other types
    are counted in `skipped` (reported, not silently dropped); a file named directly is
    always tried, so an unsupported one becomes a specific error. A subfolder that cannot
    be listed is added to `unreadable` (its papers must not be taken for removed).
    """
    found: list[Found] = []
    for arg in paths:
        p = Path(arg)
        if not p.is_dir():
            found.append(Found(p, p.name, str(p.parent.resolve()), scanned=False))
            continue
        root = str(p.resolve())
        patterns = _ignore_patterns(p)

        def onerror(e: OSError) -> None:
            if unreadable is not None:
                unreadable.append((e.filename or str(p), e.strerror or str(e)))

        for dirpath, dirnames, filenames in os.walk(p, onerror=onerror):
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


def _under_known_root(found: Found, roots: list[str]) -> Found:
    """A file named directly keeps the identity it has from an earlier folder load."""
    path = found.path.resolve()
    for root in sorted(roots, key=len, reverse=True):
        try:
            rel = path.relative_to(root).as_posix()
        except ValueError:
            continue
        return Found(found.path, rel, root, scanned=False)
    return found


# -- work done in a worker process -------------------------------------------------------

class _Timeout(Exception):
    pass


def _end_with_parent(parent: int) -> None:
    """A worker must not outlive its run: if the parent is killed (kill -9 gives it no chance
    to shut the pool down), the worker ends too. Linux: the kernel sends SIGKILL on the
    parent's death (PR_SET_PDEATHSIG); elsewhere a thread watches the parent's pid."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) != 0:      # PR_SET_PDEATHSIG
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        import threading

        def watch():
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:        # the parent died before the signal was armed
        os._exit(1)


def _init_worker(parent: int) -> None:
    """End with the parent, load the spaCy pipeline once per worker, and let Ctrl-C stop the
    parent only."""
    _end_with_parent(parent)
    release_inherited()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.pipeline()


def _alarm(_signum, _frame):
    raise _Timeout()


def read_and_extract(path: str, source: str, limits: Limits):
    """Read and extract one paper: ('ok', paper, record, timings) or ('error', code, message)."""
    timings: dict[str, float] = {}
    # the per-paper limit is a SIGALRM, which only a process's main thread can take: a Dask worker runs
    # its tasks in a thread, where the limit is the cluster's own (its workers' memory and lifetime limits)
    timed = bool(limits.max_seconds) and threading.current_thread() is threading.main_thread()
    if timed:
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
        if timed:
            signal.alarm(0)


# -- the run ----------------------------------------------------------------------------

def check_model() -> None:
    if importlib.util.find_spec(nlp.MODEL) is None:
        raise nlp.ModelMissing(f"the spaCy model '{nlp.MODEL}' is not installed; install it with: {nlp.INSTALL}")


def ingest(paths: list[str], db: str, limits: Limits = Limits(), log=None, kind: str = "ingest",
           workers: int = 1, progress=None, wait: float = 0.0, max_removal: float = DEFAULT_MAX_REMOVAL,
           allow_mass_removal: bool = False, executor: str | None = None, client=None) -> RunSummary:
    """Load papers into the archive, each in its own transaction; see the module docstring.

    Reading and extraction run where `executor` says ('local', the default, or dask://HOST:PORT;
    `client`, a distributed.Client, for a cluster already connected); this process loads.

    The run holds the archive's lock throughout (`Locked` if another run has it after `wait`
    seconds). `log(message)` receives a line per paper that is not unchanged; `progress(done,
    total, status)` is called after every paper. Papers found under a folder before but
    missing now are marked removed, unless that would remove more than `max_removal` of the
    folder's papers or a subfolder could not be listed: then `RefreshRefused` is raised before
    anything is written (the run is recorded as refused, with an error row saying why).
    """
    cluster = connect_cluster(executor, client)
    try:
        with RunLock(db, wait=wait):
            engine = connect(db)
            try:
                return _ingest(engine, paths, limits, log, kind, workers, progress, max_removal, allow_mass_removal,
                               cluster)
            finally:
                engine.dispose()          # closes the connections: SQLite checkpoints its WAL into the file
    finally:
        if cluster is not None:
            cluster.close()


def _planned_removals(files: list[Found], paths: list[str], known: dict) -> dict[str, tuple[list[str], int]]:
    """root -> (sources that would be marked removed, papers of that root now live)."""
    roots = {f.root for f in files if f.scanned} | {str(Path(p).resolve()) for p in paths if Path(p).is_dir()}
    seen = {(f.root, f.source) for f in files}
    plan = {}
    for root in sorted(roots):
        live = [source for (r, source), k in known.items() if r == root and not k[4]]
        plan[root] = (sorted(src for src in live if (root, src) not in seen), len(live))
    return plan


def _refusal(plan: dict, unreadable: list[tuple[str, str]], max_removal: float) -> str | None:
    if unreadable:
        folder, reason = unreadable[0]
        return (f"{len(unreadable)} folder(s) could not be read ({folder}: {reason}); the papers under them "
                "would be taken for removed, so nothing was loaded or removed. Fix the folder's permissions "
                "(or the share's mount) and run again, or pass --allow-mass-removal")
    for root, (gone, live) in plan.items():
        if gone and (len(gone) == live or (len(gone) >= 2 and len(gone) > max_removal * live)):
            return (f"{len(gone)} of the {live} papers under {root} are no longer there (more than "
                    f"{max_removal:.0%}); a share that failed to mount looks like this, so nothing was loaded or "
                    f"removed. If they were really taken away, run again with --allow-mass-removal "
                    f"(first missing: {gone[0]})")
    return None


def _ingest(engine, paths, limits, log, kind, workers, progress, max_removal, allow_mass_removal,
            cluster=None) -> RunSummary:
    log = log or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    summary = RunSummary()
    files = find_papers(paths, summary.skipped, summary.unreadable_folders)
    archive = Archive(engine, kind=kind, command=f"boardpapers {kind} " + " ".join(paths),
                      extractor_version=EXTRACTOR_VERSION)
    summary.run_id = archive.run_id
    summary.counts = archive.counts
    known = archive.known()
    known_roots = sorted({root for root, _ in known})
    files = [f if f.scanned else _under_known_root(f, known_roots) for f in files]

    plan = _planned_removals(files, paths, known)
    refusal = None if allow_mass_removal else _refusal(plan, summary.unreadable_folders, max_removal)
    if refusal:
        code = "unreadable_folder" if summary.unreadable_folders else "mass_removal"
        archive.error(paths[0] if len(paths) == 1 else " ".join(paths), code, refusal, counted=False)
        archive.finish(status="refused")
        raise RefreshRefused(refusal)

    todo, unchanged = [], []
    for found in files:
        try:
            st = found.path.stat()
        except OSError:
            todo.append((found, None))
            continue
        k = known.get((found.root, found.source))
        if k and not k[4] and k[0] == st.st_size and k[1] == st.st_mtime and k[3] == EXTRACTOR_VERSION:
            unchanged.append((found.root, found.source))
        else:
            todo.append((found, st.st_mtime))
    t = time.perf_counter()
    archive.touch_many(unchanged)
    summary.stages["load"] += time.perf_counter() - t
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
                status = archive.load(paper, record, found.source, found.root, mtime=mtime)
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
        done += 1
        if status != "unchanged":
            log(f"{status:11} {quote_name(found.source)}" + (f": {summary.errors[-1][2]}" if status == "failed" else ""))
        if progress:
            progress(done, len(files), status)

    pool = make_executor(cluster, workers, len(todo), initializer=_init_worker, initargs=(os.getpid(),))
    try:
        jobs = ((i, str(found.path), found.source) for i, (found, _) in enumerate(todo))
        for i, result in pool.results(read_and_extract, jobs, limits):
            found, mtime = todo[i]
            finish_one(found, mtime, result)
    finally:
        if pool is not cluster:
            pool.close()

    for root in plan:
        for source in archive.mark_removed({f.source for f in files if f.root == root}, root):
            log(f"removed     {quote_name(source)}")
    archive.finish()
    summary.seconds = time.perf_counter() - t0
    return summary


def quote_name(name: str) -> str:
    """A file name as one log line: a newline or other control character in it is escaped."""
    if name.isprintable():
        return name
    return repr(name)[1:-1]
