"""Where papers are read and extracted: in this process, in local worker processes, or on a Dask
distributed cluster (`--executor dask://HOST:PORT`).

An executor only computes: it takes (key, path, source) jobs and hands back (key, result) pairs
in the order they finish, keeping a bounded window of jobs in flight so memory stays flat on a
run of a million papers. The main process stays the only writer to the archive, whichever
executor ran the work, so SQLite and PostgreSQL archives are loaded the same way.
"""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Callable, Iterable, Iterator

Job = tuple  # (key, path, source): key is the caller's, handed back with the result
Work = Callable[..., tuple]  # (path, source, limits) -> ("ok", ...) | ("error", code, message)


class ExecutorError(Exception):
    """The executor named cannot be used (a bad address, a cluster that does not answer, Dask missing)."""


def _died(e: BaseException) -> tuple:
    return ("error", "worker_died", f"the worker reading this paper died: {type(e).__name__}: {e}")


class InProcess:
    """One paper after another in this process: the default for one worker, and for one paper."""

    name = "local"

    def results(self, work: Work, jobs: Iterable[Job], limits) -> Iterator[tuple]:
        for key, path, source in jobs:
            yield key, work(path, source, limits)

    def close(self) -> None:
        pass


class LocalPool:
    """Worker processes on this machine; each loads the spaCy model once (`initializer`)."""

    name = "local"

    def __init__(self, workers: int, initializer=None, initargs=()):
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs)

    def results(self, work: Work, jobs: Iterable[Job], limits) -> Iterator[tuple]:
        jobs = iter(jobs)
        pending: dict = {}

        def submit_next() -> bool:
            job = next(jobs, None)
            if job is None:
                return False
            key, path, source = job
            pending[self.pool.submit(work, path, source, limits)] = key
            return True

        while len(pending) < self.workers * 3 and submit_next():
            pass
        while pending:
            ready, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in ready:
                key = pending.pop(fut)
                try:
                    result = fut.result()
                except Exception as e:  # a worker died (killed, out of memory)
                    result = _died(e)
                submit_next()
                yield key, result

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """Jobs run on the workers of a Dask distributed scheduler. The workers need boardpapers and
    its spaCy model installed (the same versions as here: the extractor version is recorded per
    paper). A paper's file is read by the worker from the same path, so the corpus must be on a
    shared file system (or the cluster on this machine)."""

    name = "dask"

    def __init__(self, address: str, client=None):
        try:
            from distributed import Client
        except ImportError as e:
            raise ExecutorError("the Dask executor needs the 'distributed' package: "
                                "pip install 'boardpapers[cluster]'") from e
        self.address = address
        self._own = client is None
        try:
            self.client = client or Client(address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ExecutorError(f"no Dask scheduler answered at {address}: {e}") from e

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def results(self, work: Work, jobs: Iterable[Job], limits) -> Iterator[tuple]:
        from distributed import as_completed

        jobs = iter(jobs)
        keys: dict = {}

        def submit_next():
            job = next(jobs, None)
            if job is None:
                return None
            key, path, source = job
            fut = self.client.submit(work, path, source, limits, pure=False)   # pure=False: a changed file is read again
            keys[fut.key] = key
            return fut

        first = [f for f in (submit_next() for _ in range(self.threads() * 3)) if f is not None]
        if not first:
            return
        with self.client.as_current():   # as_completed looks for the current client; ours is not the default
            running = as_completed(first)
        for fut in running:
            key = keys.pop(fut.key)
            try:
                result = fut.result()
            except Exception as e:  # the task or its worker failed
                result = _died(e)
            fut.release()
            nxt = submit_next()
            if nxt is not None:
                running.add(nxt)
            yield key, result

    def close(self) -> None:
        if self._own:
            self.client.close()


def parse_executor(spec: str | None) -> str | None:
    """'local' (or nothing) -> None; 'dask://HOST:PORT' -> the scheduler's tcp address. Anything
    else is an error now, not after the corpus has been scanned."""
    if not spec or spec == "local":
        return None
    if spec.startswith("dask://"):
        rest = spec[len("dask://"):]
        host, _, port = rest.rpartition(":")
        if not host or not port.isdigit():
            raise ExecutorError(f"--executor {spec}: expected dask://HOST:PORT")
        return f"tcp://{rest}"
    if spec.startswith(("tcp://", "tls://")):
        return spec
    raise ExecutorError(f"--executor {spec}: expected 'local' or dask://HOST:PORT")


def connect_cluster(spec: str | None, client=None) -> "DaskCluster | None":
    """The Dask cluster a run is to use, connected before the run writes anything (a scheduler that
    does not answer is an error, not a half-started run); None for a local run."""
    address = parse_executor(spec)
    if address is None and client is None:
        return None
    return DaskCluster(address or "", client=client)


def make_executor(cluster: "DaskCluster | None", workers: int, n_jobs: int, initializer=None, initargs=()):
    """The executor a run uses: the cluster when there is one, else worker processes when there is
    more than one worker and job, else this process."""
    if cluster is not None:
        return cluster
    if workers <= 1 or n_jobs <= 1:
        return InProcess()
    return LocalPool(min(workers, n_jobs), initializer, initargs)
