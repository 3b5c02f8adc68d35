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

import math
import re

from boardpapers.extractors import decision_model, decisions_agenda, decisions_asked, decisions_hearings, decisions_minutes, sections
from boardpapers.extractors.context import Context
from boardpapers.extractors.decision_clauses import Found
from boardpapers.extractors.text_tools import cap_items
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Decision


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "final", "1st", "2nd", "3rd", "4th", "5th"}


def _told_apart(differing: set[str]) -> bool:
    """Two near-identical decisions are two when what differs is a number or an ordinal: "second
    reading to Bylaw 2026-08" then "third reading to Bylaw 2026-08", a grant to ward 3 then to ward 4."""
    return any(w.isdigit() or w in _ORDINALS for w in differing)


def _dedupe(items: list[Decision], separate: set[tuple[int, int]] = frozenset()) -> list[Decision]:
    """Keep a decision once: a later one with the same verb is a repeat when its words are
    nearly those of one kept (Jaccard 0.9, or 0.7 when both have six words or more) or
    when it starts inside one kept. Kept decisions are indexed by verb and by the first
    words of their word sets (prefix filtering: two sets that similar share one of those),
    so each decision is compared with the few that can match, not with every one kept."""
    def words(s: str) -> set[str]:
        return set(re.findall(r"[a-z0-9]+", s.lower()))

    def prefix(w: set[str]) -> list[str]:
        # a set within Jaccard 0.7 of w shares a word with the first |w| - ceil(0.69 |w|) + 1 of
        # its sorted words (0.69: a margin under 0.7 against rounding)
        n = len(w)
        return sorted(w)[:n - math.ceil(0.69 * n) + 1]

    kept: list[Decision] = []
    kept_words: list[set[str]] = []
    by_word: dict[tuple[str, str], list[int]] = {}
    max_end: dict[str, int] = {}        # per verb: the furthest end of a kept decision
    for d in sorted(items, key=lambda d: d.start):
        w = words(d.text)
        dup = False
        if (d.start, d.end) not in separate:
            if max_end.get(d.verb, -1) > d.start:   # kept ones start no later than d: d starts inside one
                dup = True
            elif w:
                seen: set[int] = set()
                for word in prefix(w):
                    for i in by_word.get((d.verb, word), ()):
                        if i in seen:
                            continue
                        seen.add(i)
                        kw = kept_words[i]
                        overlap = len(w & kw) / len(w | kw) if w and kw else 0.0
                        if (overlap >= 0.9 or (overlap >= 0.7 and min(len(w), len(kw)) >= 6)) and not _told_apart(w ^ kw):
                            dup = True
                            break
                    if dup:
                        break
        if not dup:
            i = len(kept)
            kept.append(d)
            kept_words.append(w)
            if w:
                for word in prefix(w):
                    by_word.setdefault((d.verb, word), []).append(i)
            max_end[d.verb] = max(max_end.get(d.verb, -1), d.end)
    return kept


def read_rules(paper: Paper, kind: str) -> Found:
    """What the rules read, each for the wording family it was written for."""
    out = Found(paper)
    decisions_asked.read_requests(paper, out)
    decisions_asked.read_recommended_that(paper, out)
    decisions_asked.read_recommendation_items(paper, out, kind)
    decisions_minutes.read_resolutions(paper, out, kind)
    decisions_minutes.read_motions(paper, out)
    decisions_hearings.read_outcomes(paper, out)   # outcome lines under numbered items: hearing records, whatever their title
    decisions_minutes.read_moved_by(paper, out, kind)
    decisions_minutes.read_moved(paper, out, kind)
    decisions_minutes.read_motion_forms(paper, out, kind)
    decisions_minutes.read_moved_and_seconded(paper, out, kind)
    if kind == "minutes":
        decisions_minutes.read_numbered_actions(paper, out)
        decisions_minutes.read_body_lists(paper, out)
        decisions_minutes.read_verb_lists(paper, out)
        decisions_minutes.read_do_lines(paper, out)
        decisions_minutes.read_following_lists(paper, out)
        decisions_minutes.read_there_was(paper, out)
        decisions_minutes.read_assurance(paper, out)
        decisions_minutes.read_action_lines(paper, out)
        decisions_minutes.read_motion_records(paper, out)
        decisions_minutes.read_tabled(paper, out)
        decisions_minutes.read_elections(paper, out)
        decisions_minutes.read_item_outcomes(paper, out)
        decisions_minutes.read_deferred_items(paper, out)
        decisions_minutes.read_labelled_responses(paper, out)
        decisions_minutes.read_imperative_lists(paper, out)
        decisions_minutes.read_titled_resolutions(paper, out)
        decisions_minutes.read_recommended_to(paper, out)
        decisions_minutes.read_statements(paper, out)
        decisions_minutes.read_bare_outcomes(paper, out)   # after every reader: a one-word outcome confirms what they read
    if kind == "agenda":
        decisions_agenda.read_agenda(paper, out)
    return out


def extract(paper: Paper, ctx: Context) -> list[Decision]:
    kind = sections.paper_kind(paper.text)
    out = read_rules(paper, kind)
    decision_model.read_sentences(paper, out, kind)   # then the general reader, where no rule read a decision
    return cap_items(_dedupe(out.items, out.separate), "decisions", paper.text, ctx)
