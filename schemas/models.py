"""The archive's schema (SQLAlchemy 2 declarative; SQLite by default, any SQLAlchemy URL).

A *paper* is one logical document (its source path relative to the corpus root); each
distinct content of it is a *paper version* (SHA-256). Extracted items belong to a
version and carry their span, page and the extractor version that produced them, so
old versions and their items stay when a paper changes. *runs* record every ingest,
*errors* every paper that could not be read, *changes* what changed between versions.
Only pipeline/loader.py uses these models.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, Numeric, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


# 2: papers keyed by (root, source); runs.status; archive_meta
SCHEMA_VERSION = "2"


class Base(DeclarativeBase):
    pass


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))                 # ingest | refresh
    # running | finished | interrupted (killed: marked by the next run) | refused (nothing written)
    status: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    command: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(40))
    n_new: Mapped[int] = mapped_column(Integer, default=0)
    n_changed: Mapped[int] = mapped_column(Integer, default=0)
    n_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    n_reextracted: Mapped[int] = mapped_column(Integer, default=0)
    n_removed: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)


class Meta(Base):
    """Facts about the archive itself: its schema version, so an archive made by an older
    boardpapers is recognised and never half-upgraded."""
    __tablename__ = "archive_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Matter(Base):
    """Papers about the same subject across meetings (same or near-same title)."""
    __tablename__ = "matters"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)            # normalised title words


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("organisation", "body", "date", name="uq_meeting"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date, index=True)


class Paper(Base):
    """A paper is its file: the folder it was loaded from (`root`, absolute) and its path under
    it (`source`). Two files of one name in two folders are two papers."""
    __tablename__ = "papers"
    __table_args__ = (UniqueConstraint("root", "source", name="uq_paper_root_source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1000), index=True)    # path relative to its corpus root
    root: Mapped[str] = mapped_column(String(1000))                  # the folder it was found under
    first_seen_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    removed_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    current_version_id: Mapped[int | None] = mapped_column(ForeignKey("paper_versions.id", use_alter=True))
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id"), index=True)


class PaperVersion(Base):
    __tablename__ = "paper_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime: Mapped[float | None] = mapped_column(Float)
    format: Mapped[str] = mapped_column(String(16))
    pages: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page_offsets: Mapped[list] = mapped_column(JSON)
    warnings: Mapped[list] = mapped_column(JSON)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    paper_number: Mapped[str | None] = mapped_column(String(100))
    purpose: Mapped[str | None] = mapped_column(String(200))      # comma-separated, e.g. "decision,information"
    extractor_version: Mapped[str] = mapped_column(String(40))
    first_seen_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    last_seen_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("paper_versions.id"))


class _Item:
    """Columns every extracted item has: its version, span, page and producer."""
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40))


class DateRow(_Item, Base):
    __tablename__ = "dates"
    version_id: Mapped[int] = mapped_column(ForeignKey("paper_versions.id", ondelete="CASCADE"), index=True)
    value: Mapped[str] = mapped_column(String(16), index=True)    # 2016-04-01, 2016-04, 2016, FY2016/17
    granularity: Mapped[str] = mapped_column(String(16))
    day: Mapped[date | None] = mapped_column(Date, index=True)   # first day of the period, for range queries
    role: Mapped[str | None] = mapped_column(String(16))


class BudgetRow(_Item, Base):
    __tablename__ = "budgets"
    version_id: Mapped[int] = mapped_column(ForeignKey("paper_versions.id", ondelete="CASCADE"), index=True)
    amount: Mapped[float] = mapped_column(Numeric(20, 2), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    qualifier: Mapped[str | None] = mapped_column(String(30))
    period: Mapped[str | None] = mapped_column(String(12))
    context: Mapped[str | None] = mapped_column(Text)


class DecisionRow(_Item, Base):
    __tablename__ = "decisions"
    version_id: Mapped[int] = mapped_column(ForeignKey("paper_versions.id", ondelete="CASCADE"), index=True)
    verb: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)


class RecommendationRow(_Item, Base):
    __tablename__ = "recommendations"
    version_id: Mapped[int] = mapped_column(ForeignKey("paper_versions.id", ondelete="CASCADE"), index=True)


class VoteRow(_Item, Base):
    __tablename__ = "votes"
    version_id: Mapped[int] = mapped_column(ForeignKey("paper_versions.id", ondelete="CASCADE"), index=True)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    abstentions: Mapped[int | None] = mapped_column(Integer)
    unanimous: Mapped[bool | None] = mapped_column(Boolean)
    result: Mapped[str | None] = mapped_column(String(16))
    vote_group: Mapped[str | None] = mapped_column(String(300))
    motion: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list] = mapped_column(JSON)


class ErrorRow(Base):
    __tablename__ = "errors"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    source: Mapped[str] = mapped_column(String(1000), index=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)


class Change(Base):
    """What a run changed: papers added, changed, removed or re-extracted, and the items
    added, removed or altered between a paper's versions."""
    __tablename__ = "changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))        # paper | decision | budget | date | vote | recommendation
    change: Mapped[str] = mapped_column(String(20))      # added | removed | altered | changed | restored | reextracted
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


Index("ix_versions_paper_sha", PaperVersion.paper_id, PaperVersion.sha256)
