"""Decisions: actions a meeting is asked to take (proposed) or has taken (resolved).

Asked of the meeting: "The Board is asked to: Endorse ...; Note ...", "Members are
invited to consider", "Cabinet is recommended to agree", recommendation items "That
Cabinet approve ...", agenda items "Approval of the minutes", "Resolution: Adopt ...".
Taken, as minutes write them: "RESOLVED: that ...", motions "That ... Carried", "The
Board APPROVED ...", "It was agreed that ...", "The minutes were approved".
Each requested action is one decision: its verb lemma and its object, with the span of
the object. A decision repeated (summary and body) is kept once, at its first span.

The readers live beside this module, one per family of papers: `decisions_asked.py` (what
a paper asks of the meeting), `decisions_minutes.py` (what minutes record),
`decisions_agenda.py` (agenda items and draft legislation), `decisions_hearings.py`
(outcome lines of hearing records); `decision_clauses.py` holds what they share.
"""
from __future__ import annotations

import re

from boardpapers.extractors import decisions_agenda, decisions_asked, decisions_hearings, decisions_minutes, sections
from boardpapers.extractors.context import Context
from boardpapers.extractors.decision_clauses import Found
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Decision


def _dedupe(items: list[Decision], separate: set[tuple[int, int]] = frozenset()) -> list[Decision]:
    def words(s: str) -> set[str]:
        return set(re.findall(r"[a-z0-9]+", s.lower()))

    kept: list[Decision] = []
    for d in sorted(items, key=lambda d: d.start):
        w = words(d.text)
        dup = False
        if (d.start, d.end) in separate:
            kept.append(d)
            continue
        for k in kept:
            kw = words(k.text)
            overlap = len(w & kw) / len(w | kw) if w and kw else 0.0
            if k.verb == d.verb and (overlap >= 0.9 or (overlap >= 0.7 and min(len(w), len(kw)) >= 6)):
                dup = True
                break
            if k.start <= d.start < k.end and k.verb == d.verb:
                dup = True
                break
        if not dup:
            kept.append(d)
    return kept


def extract(paper: Paper, ctx: Context) -> list[Decision]:
    kind = sections.paper_kind(paper.text)
    out = Found(paper)
    decisions_asked.read_requests(paper, out)
    decisions_asked.read_recommended_that(paper, out)
    decisions_asked.read_recommendation_items(paper, out, kind)
    decisions_minutes.read_resolutions(paper, out, kind)
    decisions_minutes.read_motions(paper, out)
    decisions_hearings.read_outcomes(paper, out)   # outcome lines under numbered items: hearing records, whatever their title
    decisions_minutes.read_moved_by(paper, out, kind)
    decisions_minutes.read_moved(paper, out, kind)
    if kind == "minutes":
        decisions_minutes.read_numbered_actions(paper, out)
        decisions_minutes.read_body_lists(paper, out)
        decisions_minutes.read_do_lines(paper, out)
        decisions_minutes.read_following_lists(paper, out)
        decisions_minutes.read_motion_records(paper, out)
        decisions_minutes.read_item_outcomes(paper, out)
        decisions_minutes.read_statements(paper, out)
    if kind == "agenda":
        decisions_agenda.read_agenda(paper, out)
    return _dedupe(out.items, out.separate)
