"""One writer at a time: a lock file beside the archive, held for a whole run.

A second refresh started while one runs waits (up to --wait seconds) or exits with a
clear message; it never interleaves writes with the first. The lock is released by the
operating system when its holder dies, so a killed run never leaves a stale lock.
A SQLite archive, named by path or by sqlite:// URL, is locked by a file beside it; a
PostgreSQL archive by a session advisory lock, released when the holder's connection ends.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from boardpapers.pipeline.database import target


class Locked(Exception):
    pass


ADVISORY_KEY = 6271358      # pg_try_advisory_lock key of a run

# Lock files this process holds. A forked worker inherits them; it closes its copies
# (release_inherited) so that only the run itself holds the lock, and a killed run frees it
# at once even while a worker is still on its way out.
HELD: set[int] = set()


def release_inherited() -> None:
    """In a forked child: drop the copies of the parent's lock descriptors (this does not
    release the parent's lock, which holds its own)."""
    for fd in list(HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    HELD.clear()


class RunLock:
    def __init__(self, db: str, wait: float = 0.0):
        t = target(db)
        self.path = Path(f"{t.path}.lock") if t.path is not None else None
        self.url = t.url
        self.wait = wait
        self.fd: int | None = None
        self.conn = None

    def __enter__(self) -> "RunLock":
        if self.path is None:
            return self._server_lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                HELD.add(self.fd)
                os.ftruncate(self.fd, 0)
                os.write(self.fd, f"{os.getpid()}\n".encode())
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self.path.read_text().strip() or "?"
                    os.close(self.fd)
                    self.fd = None
                    raise Locked(f"another run (pid {holder}) is writing to this archive; "
                                 f"try again when it finishes, or pass --wait SECONDS") from None
                time.sleep(0.2)

    def _server_lock(self) -> "RunLock":
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        from boardpapers.pipeline.database import _check_server

        engine = create_engine(self.url, poolclass=NullPool)     # closing it ends the session
        _check_server(engine, target(self.url))
        self.conn = engine.connect()
        deadline = time.monotonic() + self.wait
        while not self.conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar():
            self.conn.rollback()
            if time.monotonic() >= deadline:
                self.conn.close()
                self.conn = None
                raise Locked("another run is writing to this archive; try again when it finishes, "
                             "or pass --wait SECONDS")
            time.sleep(0.2)
        self.conn.commit()
        return self

    def __exit__(self, *exc) -> None:
        if self.conn is not None:
            self.conn.close()          # ends the session, and with it the advisory lock
            self.conn = None
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
