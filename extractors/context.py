"""What one extractor learns for the others, so no extractor calls another."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Context:
    meeting_date: date | None = None   # resolves "in March" and "on 5 December"
    day_first: bool | None = None      # 04/05/2016 is 4 May (UK) or April 5 (US): decided once per paper
