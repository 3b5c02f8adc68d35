"""Read-only access for researchers: SQL queries, paper and matter history, exports.

Every read goes through database.read_engine: a connection that cannot write whatever SQL
it is given, with a time limit, so a mistaken UPDATE or a runaway query fails with a clear
message. CSV cells a spreadsheet would run as formulas are neutralised.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from boardpapers.pipeline.database import (DEFAULT_TIMEOUT, ArchiveError, check_sqlite_file, explain_read_error,
                                           read_engine, target)
from boardpapers.schemas.views import VIEWS


class ReadOnlyError(Exception):
    pass


def read_only_engine(db: str, timeout: float = DEFAULT_TIMEOUT):
    """See database.read_engine: no SQL given to it can write, and a query stops at `timeout` s."""
    try:
        return read_engine(db, timeout)
    except ArchiveError as e:
        raise ReadOnlyError(str(e)) from None


def run_query(db: str, sql: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[list[str], list[tuple]]:
    """Columns and rows of a read-only query."""
    engine = read_only_engine(db, timeout)
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql))
            if not result.returns_rows:
                return [], []
            return list(result.keys()), [tuple(r) for r in result.fetchall()]
    except DBAPIError as e:
        raise ReadOnlyError(explain_read_error(e, timeout)) from None
    finally:
        engine.dispose()


def _reading(db: str, fn, timeout: float = DEFAULT_TIMEOUT):
    """Run fn(connection) on a read-only connection; database errors become sentences."""
    engine = read_only_engine(db, timeout)
    try:
        with engine.connect() as c:
            return fn(c)
    except DBAPIError as e:
        raise ReadOnlyError(explain_read_error(e, timeout)) from None
    finally:
        engine.dispose()


def paper_history(db: str, source: str) -> dict:
    """Versions of a paper and the changes recorded for it. `source` is its path relative to
    its corpus root, its file name, or a path to the file; two papers matching is an error
    that lists them."""
    absolute = str(Path(source).resolve()) if Path(source).is_file() else None
    name = Path(source).name if absolute else source

    def read(c):
        rows = c.execute(text("SELECT id, source, root, removed_run_id FROM papers WHERE source = :s "
                              "OR source LIKE :like ORDER BY length(source), id"),
                         {"s": name if absolute else source, "like": f"%/{name}"}).all()
        if absolute:
            exact = [r for r in rows if r.root and str(Path(r.root) / r.source) == absolute]
            rows = exact or rows
        exact_source = [r for r in rows if r.source == source]
        rows = exact_source if len(exact_source) == 1 else rows
        if not rows:
            raise KeyError(f"no paper '{source}' in the archive")
        if len(rows) > 1:
            raise KeyError(f"{len(rows)} papers match '{source}': "
                           + "; ".join(f"{r.source} (under {r.root})" for r in rows[:10])
                           + ": give the file's path")
        row = rows[0]
        versions = c.execute(text(
            "SELECT v.id, v.sha256, v.size, v.pages, v.title, v.extractor_version, r1.started_at AS first_seen, "
            "r2.started_at AS last_seen, v.superseded_by FROM paper_versions v "
            "JOIN runs r1 ON r1.id = v.first_seen_run_id JOIN runs r2 ON r2.id = v.last_seen_run_id "
            "WHERE v.paper_id = :p ORDER BY v.id"), {"p": row.id}).mappings().all()
        changes = c.execute(text(
            "SELECT ch.run_id, r.started_at, ch.kind, ch.change, ch.old_value, ch.new_value FROM changes ch "
            "JOIN runs r ON r.id = ch.run_id WHERE ch.paper_id = :p ORDER BY ch.id"), {"p": row.id}).mappings().all()
        return {"source": row.source, "root": row.root, "removed": row.removed_run_id is not None,
                "versions": [dict(v) for v in versions], "changes": [dict(x) for x in changes]}

    return _reading(db, read)


def matter_history(db: str, matter_id: int) -> dict:
    def read(c):
        matter = c.execute(text("SELECT id, title FROM matters WHERE id = :m"), {"m": matter_id}).first()
        if matter is None:
            raise KeyError(f"no matter {matter_id} in the archive")
        rows = c.execute(text("SELECT meeting_date, organisation, body, paper_title, verb, status, text, source "
                              "FROM decision_history WHERE matter_id = :m ORDER BY meeting_date, source"),
                         {"m": matter_id}).mappings().all()
        return {"matter": matter.id, "title": matter.title, "decisions": [dict(r) for r in rows]}

    return _reading(db, read)


EXPORTS = [name for name in VIEWS] + ["runs", "errors", "changes", "matters", "meetings"]

# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): these first characters.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell that a spreadsheet would read as a formula gets a leading apostrophe, as
    OWASP advises; numbers, dates and other text are written as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(f, cols: list[str], rows) -> None:
    w = csv.writer(f)
    w.writerow([spreadsheet_safe(c) for c in cols])
    for r in rows:
        w.writerow([spreadsheet_safe(v) for v in r])


def export(db: str, out: Path, fmt: str, timeout: float = 0) -> list[Path]:
    """Every current view (and the run, error, change, matter and meeting tables) to files.
    A SQLite archive is checked whole first (PRAGMA quick_check), so a damaged one is refused
    rather than exported in part. No time limit by default: an export reads everything."""
    t = target(db)
    if t.path is not None and t.path.exists():
        try:
            check_sqlite_file(t.path)
        except ArchiveError as e:
            raise ReadOnlyError(str(e)) from None
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORTS:
        cols, rows = run_query(db, f"SELECT * FROM {name}", timeout=timeout)
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            with path.open("w", newline="", encoding="utf-8") as f:
                write_csv(f, cols, rows)
        else:
            path.write_text(json.dumps([dict(zip(cols, r)) for r in rows], default=str, ensure_ascii=False, indent=1))
        written.append(path)
    return written
