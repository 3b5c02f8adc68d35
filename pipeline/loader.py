"""The loader: the only code that knows SQL. Writes Records into the archive."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from boardpapers.schemas.models import Base, ErrorRow, PaperRow, Run
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Record


def db_url(db: str) -> str:
    """A path becomes a SQLite URL; a URL is kept as it is."""
    if "://" in db:
        return db
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{db}"


def connect(db: str) -> Engine:
    engine = create_engine(db_url(db))
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _):
            cur = conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()
    Base.metadata.create_all(engine)
    return engine


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Archive:
    """A run's handle on the archive: each paper is written in its own transaction."""

    def __init__(self, engine: Engine, command: str, extractor_version: str):
        self.engine = engine
        with Session(engine) as s, s.begin():
            run = Run(started_at=now(), command=command, extractor_version=extractor_version)
            s.add(run)
            s.flush()
            self.run_id = run.id

    def known_sha(self, source: str) -> str | None:
        with Session(self.engine) as s:
            return s.scalar(select(PaperRow.sha256).where(PaperRow.source == source))

    def load(self, paper: Paper, record: Record, source: str) -> str:
        """Insert or replace one paper; returns 'new', 'changed' or 'unchanged'."""
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(PaperRow).where(PaperRow.source == source))
            if row is not None and row.sha256 == paper.sha256:
                return "unchanged"
            status = "new" if row is None else "changed"
            if row is None:
                row = PaperRow(source=source)
                s.add(row)
            row.sha256, row.size, row.format = paper.sha256, paper.size, paper.format
            row.pages, row.text, row.record, row.run_id = paper.page_count, paper.text, record.to_dict(), self.run_id
            return status

    def error(self, source: str, code: str, message: str) -> None:
        with Session(self.engine) as s, s.begin():
            s.add(ErrorRow(run_id=self.run_id, source=source, code=code, message=message))

    def finish(self, counts: dict[str, int]) -> None:
        with Session(self.engine) as s, s.begin():
            run = s.get(Run, self.run_id)
            run.finished_at = now()
            run.n_new, run.n_changed = counts.get("new", 0), counts.get("changed", 0)
            run.n_unchanged, run.n_failed = counts.get("unchanged", 0), counts.get("failed", 0)
