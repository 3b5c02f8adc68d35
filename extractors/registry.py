"""The extractors in the order they run. Adding one is a module and a line here."""
from __future__ import annotations

from boardpapers.extractors import dates, decisions, meeting, money, recommendations, votes

MEETING = meeting.extract          # first: its date resolves partial dates for the others
LISTS = [                          # (record field, extract function)
    ("dates", dates.extract),
    ("money", money.extract),
    ("decisions", decisions.extract),
    ("recommendations", recommendations.extract),
    ("votes", votes.extract),
]
