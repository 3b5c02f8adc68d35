"""One writer at a time: a lock file beside the archive, held for a whole run.

A second refresh started while one runs waits (up to --wait seconds) or exits with a
clear message; it never interleaves writes with the first. The lock is released by the
operating system when its holder dies, so a killed run never leaves a stale lock.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path


class Locked(Exception):
    pass


class RunLock:
    def __init__(self, db: str, wait: float = 0.0):
        self.path = Path(f"{db}.lock") if "://" not in db else None
        self.wait = wait
        self.fd: int | None = None

    def __enter__(self) -> "RunLock":
        if self.path is None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
