"""What one extractor learns for the others, so no extractor calls another."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Context:
    meeting_date: date | None = None   # resolves "in March" and "on 5 December"
    day_first: bool | None = None      # 04/05/2016 is 4 May (UK) or April 5 (US): decided once per paper
    warnings: list[str] = field(default_factory=list)   # for the record: items over the cap (text_tools.cap_items)
