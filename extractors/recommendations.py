"""Recommendations: statements put forward as a recommendation.

Under a "Recommendation(s)" / "Proposed decision" heading (each numbered or bulleted item
is one), a quoted recommendation ("approve the following recommendation, “...”"), and
sentences such as "The Executive recommended that ...", "It is recommended that ...".
A mention ("recommendations will be presented in March") is not one.
"""
from __future__ import annotations

import re

from boardpapers.extractors import sections
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import SpanList, cap_items, page_of, sentence_bounds, squash, trim_span
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Recommendation

PHRASE = re.compile(
    r"(?i)\b(?:recommended|recommends|recommend|recommendation\s+(?:is|was))\s+(?:to\s+[\w ]{2,40}?\s+|by\s+[^.;\n]{2,100}?\s+)?that\b"
    r"|\brecommend(?:s|ed)\s+(?:the|a|an|its|their)\b[^.;\n]{0,200}?\bfor\s+(?:adoption|approval|endorsement|agreement|decision)\b")
REPORTED_SPEECH = re.compile(r"\s*(?:Chair|Member|Mr|Ms|Mrs|Dr|Councillor|Cllr|Cr|Director|Trustee|Commissioner)\.?\s+[A-Z][\w'’-]+\s+"
                             r"(?:explained|said|noted|stated|reported|asked|suggested|commented|added)\b")
NOT_MADE = re.compile(r"(?i)\b(?:will|would|may|might|could|should|to|not|if|whether)\s+(?:be\s+)?$")
QUOTED = re.compile(r"(?i)\brecommendations?\b[^“\"\n]{0,40}[,:]?\s*[“\"]")
ITEM_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9ivx]{1,3}[.)]|•|-)\s+")


def _add(paper: Paper, out: list[Recommendation], start: int, end: int) -> None:
    start, end = trim_span(paper.text, start, end, " \t\n;:“”\"•-")
    text = squash(paper.text[start:end])
    if len(text.split()) < 4:
        return
    spans = out.spans if isinstance(out, _Recs) else SpanList((r.start, r.end) for r in out)
    # (every span holds four words or more, so this is "start inside r, or r starting inside")
    if spans.overlaps(start, end):
        return
    out.append(Recommendation(text=text, start=start, end=end, page=page_of(paper, start)))
    if isinstance(out, _Recs):
        spans.append((start, end))


class _Recs(list):
    """The recommendations read so far and their spans, for overlap tests in log time."""

    def __init__(self, items=()):
        super().__init__(items)
        self.spans = SpanList((r.start, r.end) for r in self)


def extract(paper: Paper, ctx: Context) -> list[Recommendation]:
    text = paper.text
    out: list[Recommendation] = _Recs()
    for sec in sections.recommendation_sections(text):
        for s, e in sec.items:
            mark = ITEM_MARK.match(text[s:e])
            s2 = s + (mark.end() if mark else 0)
            seg = text[s2:e]
            # a request to approve a quoted recommendation: the quotation is the recommendation
            q = QUOTED.search(seg)
            if q:
                close = re.search(r"[”\"]", seg[q.end():])
                if close:
                    _add(paper, out, s2 + q.end(), s2 + q.end() + close.start())
                    continue
            if re.search(r"(?i)\b(?:(?:is|are)\s+(?:asked|invited)\s+to|recommended\s+that\s+(?:the\s+)?[\w ]{2,40}?)\s*:?\s*$", seg.strip()[:80]):
                continue   # "It is recommended that the Committee:": the items below are the recommendations
            if REPORTED_SPEECH.match(seg):
                continue   # "Chair Jerdonek explained that ...": discussion under the heading, not a recommendation
            _add(paper, out, s2, e)
    for m in QUOTED.finditer(text):
        if re.search(r"(?i)\b(?:approve|agree|endorse|support|accept|adopt)\b[^.\n]{0,40}$", text[max(0, m.start() - 60):m.start()]):
            close = re.search(r"[”\"]", text[m.end():m.end() + 1500])
            if close:
                _add(paper, out, m.end(), m.end() + close.start())
    for m in PHRASE.finditer(text):
        if NOT_MADE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        if re.match(r"\s*(?:the\s+)?[\w ]{2,40}?:\s*\n", text[m.end():m.end() + 60]):
            continue   # "It is recommended that the Committee:" introduces items read under their heading
        s, e = sentence_bounds(text, m.start())
        if text[s:e].rstrip().endswith(":"):   # "... approve the following changes: 1. ... 2. ...": the list belongs to it
            items = re.compile(r"(?:(?:\n[ \t]*)+(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|•)[ \t]+[^\n]*(?:\n(?![ \t]*\n)(?![ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|•)[ \t])[^\n]*)*)+")
            run = items.match(text, e) or items.match(text, text.find("\n", e) if text.find("\n", e) >= 0 else e)
            e = run.end() if run else e
        _add(paper, out, s, e)
    out.sort(key=lambda r: r.start)
    return cap_items(list(out), "recommendations", text, ctx)
