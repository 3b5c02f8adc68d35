"""Record types: what extractors produce and what `boardpapers extract` prints.

The JSON of a Record is the contract of ../shared/gold/FORMAT.md: extraction is scored
against it and the loader writes it. Every item carries its span in Paper.text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Span:
    start: int
    end: int
    page: int | None


@dataclass
class Meeting:
    organisation: str | None = None
    body: str | None = None
    date: str | None = None            # ISO day
    paper_number: str | None = None
    title: str | None = None
    purpose: list[str] = field(default_factory=list)
    spans: dict[str, Span] = field(default_factory=dict)  # field name -> where it was read


@dataclass
class DateItem:
    value: str                         # YYYY-MM-DD, YYYY-MM, YYYY or FYyyyy/yy
    granularity: str                   # day | month | year | financial_year
    text: str
    start: int
    end: int
    page: int | None
    role: str | None = None            # meeting | deadline | effective | event


@dataclass
class MoneyItem:
    amount: float
    currency: str
    text: str
    start: int
    end: int
    page: int | None
    qualifier: str | None = None
    period: str | None = None          # financial year the amount belongs to
    context: str | None = None


@dataclass
class Decision:
    verb: str
    text: str
    status: str                        # proposed | resolved
    start: int
    end: int
    page: int | None


@dataclass
class Recommendation:
    text: str
    start: int
    end: int
    page: int | None


@dataclass
class Vote:
    start: int
    end: int
    page: int | None
    text: str = ""
    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    unanimous: bool | None = None
    result: str | None = None
    group: str | None = None
    motion: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Record:
    source: str
    sha256: str
    format: str
    pages: int
    meeting: Meeting
    dates: list[DateItem] = field(default_factory=list)
    money: list[MoneyItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractor_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The FORMAT.md shape (Vote.for_ is written as "for")."""
        d = asdict(self)
        d["meeting"]["spans"] = {k: asdict(v) for k, v in self.meeting.spans.items()}
        d["votes"] = [_vote_dict(v) for v in self.votes]
        return d


def _vote_dict(v: Vote) -> dict[str, Any]:
    d = asdict(v)
    d["for"] = d.pop("for_")
    return d
