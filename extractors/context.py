"""What one extractor learns for the others, so no extractor calls another."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Context:
    meeting_date: date | None = None   # resolves "in March" and "on 5 December"
    day_first: bool = True             # UK/Irish papers write 04/05/2016 as 4 May
    currency: str = "GBP"              # the paper's default currency for bare "$" or "£"
    notes: dict = field(default_factory=dict)
