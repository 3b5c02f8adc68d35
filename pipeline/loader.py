"""The loader: the only code that knows SQL. Writes Records into the archive.

Every paper is written in its own transaction, so a run killed at any moment leaves the
archive consistent: each paper is either fully loaded in its new version or untouched.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, datetime, timezone

from sqlalchemy import delete, event, insert, inspect, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from boardpapers.pipeline.changes import diff_records
from boardpapers.pipeline.database import ArchiveError, write_engine
from boardpapers.schemas import models as m
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Record
from boardpapers.schemas.views import create_fts, create_views


def connect(db: str, create: bool = True) -> Engine:
    """The archive for writing: checked (a damaged file is refused before anything is
    written), then its schema created or confirmed in one transaction."""
    engine = write_engine(db)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _autocommit_driver(dbapi_conn, _):
            dbapi_conn.isolation_level = None        # SQLAlchemy's BEGIN below, DDL included

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")   # the writer takes the write lock up front
    if create:
        create_schema(engine)
    return engine


def create_schema(engine: Engine) -> None:
    """Tables, views and search indexes in one transaction that tolerates a concurrent
    creator (SQLite: BEGIN IMMEDIATE waits for it; PostgreSQL: an advisory lock), and a
    clear refusal of an archive made by an older, incompatible boardpapers."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(6271357)"))
        existing = set(inspect(conn).get_table_names())
        if "runs" in existing:
            version = (conn.execute(text("SELECT value FROM archive_meta WHERE key = 'schema_version'")).scalar()
                       if "archive_meta" in existing else "1")
            if version != m.SCHEMA_VERSION:
                raise ArchiveError(f"the archive was made by an older boardpapers (schema {version}; this one "
                                   f"writes schema {m.SCHEMA_VERSION}) and is left as it is. Rebuild it from the "
                                   "corpus: move the file aside and run `make archive`")
        m.Base.metadata.create_all(conn)
        if "runs" not in existing:
            conn.execute(insert(m.Meta).values(key="schema_version", value=m.SCHEMA_VERSION))
        create_views(conn)
        create_fts(conn)


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _words(s: str | None) -> set[str]:
    stop = {"the", "of", "and", "in", "for", "to", "a", "an", "on", "at", "by", "with"}
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in stop}


def _first_day(value: str) -> date | None:
    """The first day of a date item's period (a financial year starts on 1 April)."""
    try:
        if value.startswith("FY"):
            return date(int(value[2:6]), 4, 1)
        parts = [int(x) for x in value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _same_matter(words: set[str], other: set[str]) -> bool:
    """Near-same titles: word overlap (Jaccard) >= 0.8, or nine tenths of the shorter title's
    words (four or more) in the other."""
    small = min(len(words), len(other))
    return bool(words and other) and (len(words & other) / len(words | other) >= 0.8
                                      or (small >= 4 and len(words & other) / small >= 0.9))


class _MatterIndex:
    """The archive's matters by title word, so a paper's matter is found among the few that
    share its rarer words, not by comparing its title with every matter (quadratic over a
    run of thousands of papers). Any title that `_same_matter` joins to `words` shares at
    least min(ceil(0.8 n), 4) of its n words, so it holds one of the n - that + 1 rarest."""

    def __init__(self, rows):
        self.keys: dict[int, set[str]] = {}
        self.postings: dict[str, list[int]] = {}
        self._pending: list[int] = []
        for mid, key in rows:
            self._index(mid, set(key.split()))

    def _index(self, mid: int, words: set[str]) -> None:
        self.keys[mid] = words
        for w in words:
            self.postings.setdefault(w, []).append(mid)

    def find(self, words: set[str]) -> int | None:
        if not words:
            return None
        need = min(math.ceil(0.8 * len(words) - 1e-9), 4)
        rarest = sorted(words, key=lambda w: (len(self.postings.get(w, ())), w))[:len(words) - need + 1]
        seen = {mid for w in rarest for mid in self.postings.get(w, ())}
        return min((mid for mid in seen if _same_matter(words, self.keys[mid])), default=None)

    def add(self, mid: int, words: set[str]) -> None:
        self._index(mid, words)
        self._pending.append(mid)

    def commit(self) -> None:
        self._pending.clear()

    def rollback(self) -> None:
        for mid in self._pending:
            for w in self.keys.pop(mid, ()):
                self.postings[w].remove(mid)
        self._pending.clear()


class Archive:
    """A run's handle on the archive."""

    def __init__(self, engine: Engine, kind: str, command: str, extractor_version: str):
        self.engine = engine
        self.extractor_version = extractor_version
        self.fts = engine.dialect.name == "sqlite" and self._has_fts()
        self.counts: Counter = Counter()
        self._matters: _MatterIndex | None = None     # read on the first title, kept up to date after
        with Session(engine) as s, s.begin():
            # a run that never finished was killed: say so (the caller holds the run lock)
            s.execute(update(m.Run).where(m.Run.finished_at.is_(None), m.Run.status == "running")
                      .values(status="interrupted"))
            run = m.Run(kind=kind, started_at=now(), command=command, extractor_version=extractor_version,
                        status="running")
            s.add(run)
            s.flush()
            self.run_id = run.id

    def _has_fts(self) -> bool:
        with self.engine.connect() as c:
            return bool(c.execute(text("SELECT 1 FROM sqlite_master WHERE name='paper_search'")).first())

    # -- reading the state of a paper, for incremental runs --------------------------------
    def known(self) -> dict[tuple[str, str], tuple[int, float | None, str, str, bool]]:
        """(root, source) -> (size, mtime, sha256, extractor version, removed) of every paper's current version."""
        q = (select(m.Paper.root, m.Paper.source, m.PaperVersion.size, m.PaperVersion.mtime, m.PaperVersion.sha256,
                    m.PaperVersion.extractor_version, m.Paper.removed_run_id)
             .join(m.PaperVersion, m.PaperVersion.id == m.Paper.current_version_id))
        with Session(self.engine) as s:
            return {(r[0], r[1]): (r[2], r[3], r[4], r[5], r[6] is not None) for r in s.execute(q)}

    def touch_many(self, papers: list[tuple[str, str]], chunk: int = 900) -> None:
        """Unchanged papers, (root, source), seen again: one statement per chunk and root."""
        by_root: dict[str, list[str]] = {}
        for root, source in papers:
            by_root.setdefault(root, []).append(source)
        with Session(self.engine) as s, s.begin():
            for root, sources in by_root.items():
                for i in range(0, len(sources), chunk):
                    ids = select(m.Paper.current_version_id).where(m.Paper.root == root,
                                                                   m.Paper.source.in_(sources[i:i + chunk]))
                    s.execute(update(m.PaperVersion).where(m.PaperVersion.id.in_(ids))
                              .values(last_seen_run_id=self.run_id))
            self.counts["unchanged"] += len(papers)
            self._save_counts(s)

    # -- writing ---------------------------------------------------------------------------
    def load(self, paper: Paper, record: Record, source: str, root: str, mtime: float | None = None) -> str:
        """Write one paper, and the run's counts with it, in one transaction; returns 'new',
        'changed', 'unchanged', 'reextracted' or 'restored'."""
        rec = record.to_dict()
        try:
            with Session(self.engine) as s, s.begin():
                status = self._load(s, paper, rec, source, root, mtime)
                self.counts[status] += 1
                self._save_counts(s)
        except BaseException:
            if self._matters is not None:
                self._matters.rollback()     # matters made in the failed transaction are not in the archive
            raise
        if self._matters is not None:
            self._matters.commit()
        return status

    def _load(self, s: Session, paper: Paper, rec: dict, source: str, root: str, mtime: float | None) -> str:
        row = s.scalar(select(m.Paper).where(m.Paper.root == root, m.Paper.source == source))
        status = "new"
        if row is None:
            row = m.Paper(source=source, root=root, first_seen_run_id=self.run_id)
            s.add(row)
            s.flush()
            self._change(s, row.id, "paper", "added", None, source)
        else:
            if row.removed_run_id is not None:
                row.removed_run_id = None
                self._change(s, row.id, "paper", "restored", None, source)
                status = "restored"
            current = s.get(m.PaperVersion, row.current_version_id) if row.current_version_id else None
            if current is not None and current.sha256 == paper.sha256:
                current.last_seen_run_id = self.run_id
                current.mtime = mtime
                if current.extractor_version == self.extractor_version:
                    return status if status == "restored" else "unchanged"
                # same bytes, newer extractor: replace the items, record it as such
                self._change(s, row.id, "paper", "reextracted", current.extractor_version, self.extractor_version)
                self._delete_items(s, current.id)
                self._write_version_facts(s, current, rec)
                current.extractor_version = self.extractor_version
                self._write_items(s, current.id, rec)
                return "reextracted"
            status = "changed" if current is not None and status != "restored" else status
        version = m.PaperVersion(
            paper_id=row.id, sha256=paper.sha256, size=paper.size, mtime=mtime, format=paper.format,
            pages=paper.page_count, text=paper.text, page_offsets=[list(p) for p in paper.pages],
            warnings=list(rec.get("warnings") or paper.warnings), extractor_version=self.extractor_version,
            first_seen_run_id=self.run_id, last_seen_run_id=self.run_id)
        self._write_version_facts(s, version, rec)
        s.add(version)
        s.flush()
        if row.current_version_id is not None:
            old = s.get(m.PaperVersion, row.current_version_id)
            old.superseded_by = version.id
            self._change(s, row.id, "paper", "changed", old.sha256, paper.sha256)
            for kind, change, before, after in diff_records(self._record_of(s, old), rec):
                self._change(s, row.id, kind, change, before, after)
        row.current_version_id = version.id
        row.matter_id = self._matter(s, version.title) if version.title else row.matter_id
        self._write_items(s, version.id, rec)
        return status

    def error(self, source: str, code: str, message: str, counted: bool = True) -> None:
        with Session(self.engine) as s, s.begin():
            s.add(m.ErrorRow(run_id=self.run_id, source=source, code=code, message=message))
            if counted:
                self.counts["failed"] += 1
                self._save_counts(s)

    def mark_removed(self, seen: set[str], root: str) -> list[str]:
        """Papers found under `root` before but not in this run are marked removed (never deleted)."""
        removed = []
        with Session(self.engine) as s, s.begin():
            q = select(m.Paper.id, m.Paper.source).where(m.Paper.removed_run_id.is_(None), m.Paper.root == root)
            for pid, source in s.execute(q).all():
                if source not in seen:
                    s.execute(update(m.Paper).where(m.Paper.id == pid).values(removed_run_id=self.run_id))
                    self._change(s, pid, "paper", "removed", source, None)
                    removed.append(source)
            self.counts["removed"] += len(removed)
            self._save_counts(s)
        return removed

    def finish(self, status: str = "finished") -> None:
        with Session(self.engine) as s, s.begin():
            self._save_counts(s, finished=True, status=status)

    def _save_counts(self, s: Session, finished: bool = False, status: str | None = None) -> None:
        """The run row's counters, written with each paper, so a killed run still says what it did."""
        c = self.counts
        values = dict(n_new=c["new"] + c["restored"], n_changed=c["changed"], n_unchanged=c["unchanged"],
                      n_reextracted=c["reextracted"], n_removed=c["removed"], n_failed=c["failed"])
        if finished:
            values.update(finished_at=now(), status=status)
        s.execute(update(m.Run).where(m.Run.id == self.run_id).values(**values))

    # -- helpers ----------------------------------------------------------------------------
    def _change(self, s: Session, paper_id: int, kind: str, change: str, old, new) -> None:
        s.add(m.Change(run_id=self.run_id, paper_id=paper_id, kind=kind, change=change, old_value=old, new_value=new))

    def _write_version_facts(self, s: Session, version: m.PaperVersion, rec: dict) -> None:
        meeting = rec["meeting"]
        version.title, version.paper_number = meeting.get("title"), meeting.get("paper_number")
        version.purpose = ",".join(meeting.get("purpose") or []) or None
        version.meeting_id = self._meeting(s, meeting)

    def _meeting(self, s: Session, meeting: dict) -> int | None:
        org, body = meeting.get("organisation"), meeting.get("body")
        day = date.fromisoformat(meeting["date"]) if meeting.get("date") else None
        if not (org or body or day):
            return None
        q = select(m.Meeting.id).where(
            m.Meeting.organisation.is_(None) if org is None else m.Meeting.organisation == org,
            m.Meeting.body.is_(None) if body is None else m.Meeting.body == body,
            m.Meeting.date.is_(None) if day is None else m.Meeting.date == day)
        found = s.scalar(q)
        if found:
            return found
        row = m.Meeting(organisation=org, body=body, date=day)
        s.add(row)
        s.flush()
        return row.id

    def _matter(self, s: Session, title: str) -> int:
        """The matter of a title: an existing one with the same or near-same title, or a new one."""
        words = _words(title)
        if self._matters is None:
            self._matters = _MatterIndex(s.execute(select(m.Matter.id, m.Matter.key)))
        found = self._matters.find(words)
        if found is not None:
            return found
        row = m.Matter(title=title, key=" ".join(sorted(words)))
        s.add(row)
        s.flush()
        self._matters.add(row.id, words)
        return row.id

    def _delete_items(self, s: Session, version_id: int) -> None:
        for table in (m.DateRow, m.BudgetRow, m.DecisionRow, m.RecommendationRow, m.VoteRow):
            s.execute(delete(table).where(table.version_id == version_id))
        if self.fts:
            s.execute(text("DELETE FROM item_search WHERE version_id = :v"), {"v": version_id})
            s.execute(text("DELETE FROM paper_search WHERE version_id = :v"), {"v": version_id})

    def _write_items(self, s: Session, vid: int, rec: dict) -> None:
        ev = self.extractor_version

        def span(x):
            return dict(text=x["text"], start=x["start"], end=x["end"], page=x["page"], extractor_version=ev,
                        version_id=vid)

        rows = {
            m.DateRow: [dict(span(d), value=d["value"], granularity=d["granularity"], day=_first_day(d["value"]),
                             role=d.get("role")) for d in rec["dates"]],
            m.BudgetRow: [dict(span(b), amount=b["amount"], currency=b["currency"], qualifier=b.get("qualifier"),
                               period=b.get("period"), context=b.get("context")) for b in rec["money"]],
            m.DecisionRow: [dict(span(d), verb=d["verb"], status=d["status"]) for d in rec["decisions"]],
            m.RecommendationRow: [span(r) for r in rec["recommendations"]],
            m.VoteRow: [dict(span(v), votes_for=v["for"], votes_against=v["against"], abstentions=v["abstain"],
                             unanimous=v["unanimous"], result=v["result"], vote_group=v["group"],
                             motion=v["motion"], warnings=v.get("warnings") or []) for v in rec["votes"]],
        }
        for table, values in rows.items():
            if values:
                s.execute(insert(table), values)
        if self.fts:
            version = s.get(m.PaperVersion, vid)
            s.execute(text("INSERT INTO paper_search(title, text, version_id) VALUES (:t, :x, :v)"),
                      {"t": version.title or "", "x": version.text, "v": vid})
            items = [{"k": kind, "t": itext, "i": iid, "v": vid}
                     for kind, table in (("decision", m.DecisionRow), ("recommendation", m.RecommendationRow))
                     for iid, itext in s.execute(select(table.id, table.text).where(table.version_id == vid))]
            if items:   # one statement for all of a paper's items, not one each
                s.execute(text("INSERT INTO item_search(kind, text, item_id, version_id) VALUES (:k, :t, :i, :v)"),
                          items)

    def _record_of(self, s: Session, version: m.PaperVersion) -> dict:
        """The items of a stored version, in the Record dict shape, for diffing."""
        vid = version.id
        return {
            "decisions": [dict(verb=r.verb, status=r.status, text=r.text)
                          for r in s.scalars(select(m.DecisionRow).where(m.DecisionRow.version_id == vid))],
            "money": [dict(amount=float(r.amount), currency=r.currency, context=r.context)
                      for r in s.scalars(select(m.BudgetRow).where(m.BudgetRow.version_id == vid))],
            "dates": [dict(value=r.value) for r in s.scalars(select(m.DateRow).where(m.DateRow.version_id == vid))],
            "votes": [{"for": r.votes_for, "against": r.votes_against, "abstain": r.abstentions,
                       "unanimous": r.unanimous, "result": r.result, "motion": r.motion}
                      for r in s.scalars(select(m.VoteRow).where(m.VoteRow.version_id == vid))],
            "recommendations": [dict(text=r.text) for r in
                                s.scalars(select(m.RecommendationRow).where(m.RecommendationRow.version_id == vid))],
        }
