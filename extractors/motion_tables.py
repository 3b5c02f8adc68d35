"""Tables of motions: one row a motion, with its mover, seconder and outcome in columns.

Minutes kept in wikis, spreadsheets and Word often record motions as a table,
"Motion Text | Moved by | Seconded by | Status", each row "Accept the annual report |
Fletcher | Ben Connor | Accepted unanimously". The readers store a table row as cells
separated by tabs (markdown, Word and HTML tables alike), so a table of motions is a header
row naming a motion column and an outcome column, and the rows under it with as many cells.
The decisions and votes extractors both read these rows. Linear: one pass over the lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MOTION_COLUMN = re.compile(r"(?i)^\s*(?:motions?(?:\s+text)?|resolutions?|proposals?|proposed\s+motion|"
                           r"motion\s+(?:wording|details)|item|description|business|decision\s+sought)\s*$")
OUTCOME_COLUMN = re.compile(r"(?i)^\s*(?:status|result|outcome|vote|voting|decision|carried\s*/\s*lost|passed\??|"
                            r"resolution|vote\s+result)\s*$")


@dataclass
class MotionRow:
    motion: str                 # the motion cell
    motion_start: int           # its span in the text
    motion_end: int
    outcome: str                # the outcome cell ("" when empty)
    outcome_start: int
    outcome_end: int
    row_start: int
    row_end: int


def _cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out, pos = [], start
    for part in text[start:end].split("\t"):
        s = pos + len(part) - len(part.lstrip())
        e = pos + len(part.rstrip())
        out.append((text[s:e], s, max(s, e)))
        pos += len(part) + 1
    return out


def motion_rows(text: str) -> list[MotionRow]:
    """Every row under a header that names a motion column and an outcome column."""
    rows: list[MotionRow] = []
    header: tuple[int, int, int] | None = None     # (cells, motion column, outcome column)
    blank = 0
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if "\t" in text[pos:end]:
            cells = _cells(text, pos, end)
            motion_col = next((i for i, c in enumerate(cells) if MOTION_COLUMN.match(c[0])), None)
            outcome_col = next((i for i, c in enumerate(cells) if i != motion_col and OUTCOME_COLUMN.match(c[0])), None)
            if motion_col is not None and outcome_col is not None:
                header = (len(cells), motion_col, outcome_col)
            elif header is not None and abs(len(cells) - header[0]) <= 1 and len(cells) > max(header[1], header[2]):
                m, o = cells[header[1]], cells[header[2]]
                if m[0]:
                    rows.append(MotionRow(m[0], m[1], m[2], o[0], o[1], o[2], pos, end))
            else:
                header = None
            blank = 0
        elif text[pos:end].strip():
            header = None              # a line of prose ends the table
        else:
            blank += 1
            if blank > 2:
                header = None
        pos = end + 1
    return rows
