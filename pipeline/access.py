"""Read-only access for researchers: SQL queries, paper and matter history, exports.

Queries run on a connection that cannot write (SQLite opened read-only; elsewhere a
read-only transaction), so a mistaken UPDATE fails with a clear message.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError, DBAPIError

from boardpapers.pipeline.loader import db_url
from boardpapers.schemas.views import VIEWS


class ReadOnlyError(Exception):
    pass


def read_only_engine(db: str):
    url = db_url(db) if "://" in db else None
    if url is None:
        path = Path(db)
        if not path.exists():
            raise FileNotFoundError(f"no archive at {db} (run `boardpapers ingest` or `make archive` first)")
        return create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    return create_engine(url)


def run_query(db: str, sql: str) -> tuple[list[str], list[tuple]]:
    """Columns and rows of a read-only query."""
    engine = read_only_engine(db)
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET TRANSACTION READ ONLY"))
        try:
            result = conn.execute(text(sql))
        except (OperationalError, ProgrammingError, DBAPIError) as e:
            msg = str(e.orig) if getattr(e, "orig", None) else str(e)
            if "readonly" in msg.replace(" ", "").lower() or "read-only" in msg.lower():
                raise ReadOnlyError("the archive is opened read-only by `query`: writes are refused "
                                    "(use `boardpapers ingest` to change it)") from None
            raise ReadOnlyError(f"SQL error: {msg}") from None
        if not result.returns_rows:
            return [], []
        return list(result.keys()), [tuple(r) for r in result.fetchall()]


def paper_history(db: str, source: str) -> dict:
    """Versions of a paper (by source or file name) and the changes recorded for it."""
    engine = read_only_engine(db)
    with engine.connect() as c:
        row = c.execute(text("SELECT id, source, removed_run_id FROM papers WHERE source = :s OR source LIKE :like "
                             "ORDER BY length(source) LIMIT 1"), {"s": source, "like": f"%/{source}"}).first()
        if row is None:
            raise KeyError(f"no paper '{source}' in the archive")
        versions = c.execute(text(
            "SELECT v.id, v.sha256, v.size, v.pages, v.title, v.extractor_version, r1.started_at AS first_seen, "
            "r2.started_at AS last_seen, v.superseded_by FROM paper_versions v "
            "JOIN runs r1 ON r1.id = v.first_seen_run_id JOIN runs r2 ON r2.id = v.last_seen_run_id "
            "WHERE v.paper_id = :p ORDER BY v.id"), {"p": row.id}).mappings().all()
        changes = c.execute(text(
            "SELECT ch.run_id, r.started_at, ch.kind, ch.change, ch.old_value, ch.new_value FROM changes ch "
            "JOIN runs r ON r.id = ch.run_id WHERE ch.paper_id = :p ORDER BY ch.id"), {"p": row.id}).mappings().all()
    return {"source": row.source, "removed": row.removed_run_id is not None,
            "versions": [dict(v) for v in versions], "changes": [dict(x) for x in changes]}


def matter_history(db: str, matter_id: int) -> dict:
    engine = read_only_engine(db)
    with engine.connect() as c:
        matter = c.execute(text("SELECT id, title FROM matters WHERE id = :m"), {"m": matter_id}).first()
        if matter is None:
            raise KeyError(f"no matter {matter_id} in the archive")
        rows = c.execute(text("SELECT meeting_date, organisation, body, paper_title, verb, status, text, source "
                              "FROM decision_history WHERE matter_id = :m ORDER BY meeting_date, source"),
                         {"m": matter_id}).mappings().all()
    return {"matter": matter.id, "title": matter.title, "decisions": [dict(r) for r in rows]}


EXPORTS = [name for name in VIEWS] + ["runs", "errors", "changes", "matters", "meetings"]


def export(db: str, out: Path, fmt: str) -> list[Path]:
    """Every current view (and the run, error, change, matter and meeting tables) to files."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORTS:
        cols, rows = run_query(db, f"SELECT * FROM {name}")
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            with path.open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cols)
                w.writerows(rows)
        else:
            path.write_text(json.dumps([dict(zip(cols, r)) for r in rows], default=str, ensure_ascii=False, indent=1))
        written.append(path)
    return written

