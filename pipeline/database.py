"""Where the archive lives and how it is opened: for writing (one run, checked first) or
for reading (by construction unable to write, and time-limited).

`--db` is a SQLite path or a SQLAlchemy URL. A `sqlite://` URL is turned into its path, so
a path and a URL to the same file behave alike (same lock, same read-only guarantees).
SQLite files are opened through `sqlite3` directly, never through a URL string, so a `?`
or `#` in a file name names that file and not another one.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool, QueuePool

SERVER_BACKENDS = {"postgresql"}
DEFAULT_TIMEOUT = 30.0

RECOVERY = ("Nothing was written. To recover: keep a copy of the damaged file, then either salvage it with "
            "`sqlite3 DAMAGED .recover | sqlite3 RECOVERED` and point --db at RECOVERED, or rebuild the "
            "archive from the corpus: move the file aside and run `make archive` (or `boardpapers ingest "
            "CORPUS --db PATH`).")


class ArchiveError(Exception):
    """The archive cannot be used as asked: a sentence for the user, never a traceback."""


@dataclass(frozen=True)
class Target:
    """A SQLite file (`path`) or a database server (`url`)."""
    path: Path | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def target(db: str) -> Target:
    """Parse --db: a path, a sqlite:// URL (its path), or a PostgreSQL URL."""
    if "://" not in db:
        return Target(path=Path(db))
    try:
        url = make_url(db)
    except ArgumentError as e:
        raise ArchiveError(f"--db {db!r} is not a database URL: {e}") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ArchiveError("--db: a SQLite URL must name a file (sqlite:///path/to/archive.sqlite)")
        return Target(path=Path(url.database))
    if backend not in SERVER_BACKENDS:
        raise ArchiveError(f"--db: '{backend}' databases are not supported; use a SQLite path or a "
                           "postgresql+psycopg:// URL")
    return Target(url=db)


# -- opening for a run that writes ---------------------------------------------------------

def _sqlite_uri(path: Path, mode: str | None = None) -> str:
    uri = "file:" + quote(str(path.resolve()), safe="/")
    return uri + (f"?mode={mode}" if mode else "")


def _damaged(label: str, detail: str) -> ArchiveError:
    return ArchiveError(f"the archive {label} is damaged or is not a boardpapers archive ({detail}). {RECOVERY}")


def check_sqlite_file(path: Path) -> None:
    """Refuse a folder, a truncated or zeroed file, a file that is not SQLite, or a damaged one.
    An empty file is a new archive, as SQLite takes it (a concurrent creator may just have
    made it)."""
    if path.is_dir():
        raise ArchiveError(f"--db {path} is a folder; give the archive's file, e.g. {path / 'archive.sqlite'}")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as e:
        raise ArchiveError(f"the archive {path} cannot be read: {e.strerror or e}") from None
    if head != b"SQLite format 3\x00":
        raise _damaged(str(path), "it does not start with the SQLite header: truncated, zeroed or another file")
    try:
        conn = sqlite3.connect(_sqlite_uri(path, "ro"), uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise _damaged(str(path), f"SQLite says: {e}") from None
    if rows != ["ok"]:
        raise _damaged(str(path), "PRAGMA quick_check: " + "; ".join(rows[:3]))


def write_engine(db: str) -> Engine:
    """An engine for a run: the file checked first (a damaged archive is refused before any write)."""
    t = target(db)
    if t.path is not None:
        check_sqlite_file(t.path)
        try:
            t.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ArchiveError(f"cannot create the folder of {t.path}: {e.strerror or e}") from None
        uri = _sqlite_uri(t.path)

        def creator():
            conn = sqlite3.connect(uri, uri=True, timeout=30)
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            return conn

        # pooled: a run opens its connection once, not once per paper
        return create_engine("sqlite://", creator=creator, poolclass=QueuePool, pool_size=2)
    engine = create_engine(t.url, pool_pre_ping=True)
    _check_server(engine, t)
    return engine


def _check_server(engine: Engine, t: Target) -> None:
    try:
        with engine.connect():
            pass
    except DBAPIError as e:
        first = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        raise ArchiveError(f"cannot connect to the database {t.label}: {first}") from None


# -- opening for reading -----------------------------------------------------------------

# What a read may do. Everything else (ATTACH, which VACUUM INTO also needs, DETACH, every
# write, CREATE, DROP, ALTER, ANALYZE, REINDEX) is denied by the authorizer.
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE,
                 sqlite3.SQLITE_TRANSACTION}
# pragmas that only report; the first set take a table or index name as their argument, the
# second set would change something if given a value, so they are allowed only without one
_NAMED_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                  "foreign_key_check", "table_list", "quick_check", "integrity_check"}
_VALUE_PRAGMAS = {"database_list", "collation_list", "function_list", "pragma_list", "compile_options",
                  "data_version", "schema_version", "user_version", "page_count", "page_size",
                  "freelist_count", "encoding", "query_only", "read_uncommitted"}
_FILE_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "zipfile"}


def _authorize(action, arg1, arg2, _db, _trigger):
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if (arg2 or "").lower() in _FILE_FUNCTIONS else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # asked of FTS5 when it opens its index; the file is opened read-only and query_only
        # is on, so nothing can be written even so
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        # a pragma that sets something has an argument (PRAGMA journal_mode=delete); one that
        # only reports has none, or names a table (PRAGMA table_info(decisions))
        name = (arg1 or "").lower()
        if name in _NAMED_PRAGMAS or (name in _VALUE_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_DENY


def read_engine(db: str, timeout: float = DEFAULT_TIMEOUT) -> Engine:
    """An engine that cannot write, whatever SQL it is given, and stops a query after `timeout` s.

    SQLite: opened `mode=ro`, `PRAGMA query_only`, an authorizer that allows only reads, and a
    progress handler that interrupts a statement running past the time limit. PostgreSQL: every
    transaction `READ ONLY` with `statement_timeout`.
    """
    t = target(db)
    if t.path is not None:
        if t.path.is_dir():
            raise ArchiveError(f"--db {t.path} is a folder; give the archive's file")
        if not t.path.exists():
            raise FileNotFoundError(f"no archive at {t.path} (run `boardpapers ingest` or `make archive` first)")
        if t.path.stat().st_size == 0:
            raise _damaged(str(t.path), "the file is empty: truncated?")
        uri = _sqlite_uri(t.path, "ro")
        deadline = {"at": float("inf")}

        def creator():
            conn = sqlite3.connect(uri, uri=True, timeout=30)
            conn.execute("PRAGMA query_only=ON")
            conn.set_authorizer(_authorize)
            if timeout:
                conn.set_progress_handler(lambda: int(time.monotonic() > deadline["at"]), 20000)
            return conn

        engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)

        @event.listens_for(engine, "before_cursor_execute")
        def _start_clock(*_args):
            deadline["at"] = time.monotonic() + timeout if timeout else float("inf")

        return engine
    engine = create_engine(t.url, pool_pre_ping=True)
    _check_server(engine, t)

    @event.listens_for(engine, "begin")
    def _read_only(conn):
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        if timeout:
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")

    return engine


def explain_read_error(e: DBAPIError, timeout: float | None) -> str:
    """A read error as a sentence: refused write, time limit, damaged file, or the SQL error."""
    msg = str(e.orig) if getattr(e, "orig", None) else str(e)
    low = msg.lower()
    if "interrupted" in low or "statement timeout" in low or "canceling statement" in low:
        return (f"the query ran longer than the time limit ({timeout:g} s) and was stopped; "
                "narrow it, or raise the limit with --timeout SECONDS")
    if ("not authorized" in low or "authorization denied" in low or "may not be modified" in low or "readonly" in low.replace(" ", "") or "read-only" in low
            or "query_only" in low or "read only" in low):
        return ("the archive is opened read-only by `query`: writes, ATTACH, VACUUM, setting pragmas and "
                "file functions are refused (use `boardpapers ingest` or `refresh` to change it)")
    if "malformed" in low or "not a database" in low or "disk image" in low:
        return f"the archive is damaged ({msg}). " + RECOVERY.replace("Nothing was written. ", "")
    return f"SQL error: {msg}"
