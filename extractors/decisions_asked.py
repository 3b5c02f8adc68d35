"""Decisions asked of the meeting (status `proposed`): "The Board is asked to: Endorse ...;
Note ...", "Members are invited to: (a) consider ...", "Cabinet is recommended to agree ...",
"It is recommended that the Board approves ...", and recommendation items that name the
meeting ("That Cabinet approve ...").
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses, nlp, sections
from boardpapers.extractors.decision_clauses import (ADVERBS, BASE, MEETING_SUBJECT, S_FORMS, Found, add_clause, add_imperative, clause_end,
                                                     leading_action)
from boardpapers.schemas.paper import Paper

ASKED = re.compile(
    r"(?i)\b(?:is|are|was|were|will\s+be|shall\s+be|has\s+been|have\s+been)\s+(?:therefore\s+|now\s+|also\s+)?(?:being\s+)?"
    r"(?:asked|invited|requested|recommended|required)\s+to\b(?:\s+(?:make|take|consider)\s+the\s+following"
    r"(?:\s+\w+)?)?[ \t]*:?")


# NHS Scotland's items open with the kind of ask: "• Decision - approve the Financial Plan ...",
# "• Assurance – take moderate assurance that ...": the act follows the label
PURPOSE_LABEL = re.compile(r"(?:Decision|Assurance|Awareness|Discussion|Approval|Information|Endorsement)[ \t]*[-–:][ \t]*(?=[a-z])")
BULLET = re.compile(r"[ \t]*(?:•|-|–|\*|\(?[a-z0-9ivx]{1,3}[.)]|\d+(?:\.\d+)+\.?)[ \t]+")


def read_requests(paper: Paper, out: Found) -> None:
    text = paper.text
    for m in ASKED.finditer(text):
        before = text[max(0, m.start() - 120):m.start()]
        before = re.split(r"[.;:!?]\s|\n\s*\n", before)[-1]
        if not MEETING_SUBJECT.search(before):
            continue  # "practices will be asked to confirm": not the meeting's decision
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end():line_end]
        if rest.strip(" \t:"):
            _asked_inline(paper, out, m.end(), clause_end(text, m.end()))
        else:
            _asked_list(paper, out, line_end)


RECOMMENDED_THAT = re.compile(
    rf"(?i)\b(?:it\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended|"
    rf"(?:administration|staff|officers?|management|the\s+(?:clerk|officer|administration|staff|management))\s+(?:has\s+|have\s+)?recommend(?:s|ed)?)"
    rf"\s+that\s+(?P<subj>(?:the\s+)?[\w&' -]{{2,50}}?)\s+"
    rf"(?:should\s+)?{ADVERBS}(?P<v>{S_FORMS}|{BASE})\b")   # "Administration recommended that Council approve ..."


RECOMMENDED_THAT_LIST = re.compile(r"(?i)\bit\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended\s+that\s+"
                                   r"(?P<subj>(?:the\s+)?[\w&' -]{2,50}?)\s*:[ \t]*\n")


def read_recommended_that(paper: Paper, out: Found) -> None:
    """ "It is recommended that the Board approves the Quality Account": asked of the meeting."""
    text = paper.text
    for m in RECOMMENDED_THAT_LIST.finditer(text):   # "It is recommended that the Committee:\n(i) notes ...; (ii) agrees ..."
        if MEETING_SUBJECT.search(m["subj"]) and not out.covered(m.start(), slack=0):
            _asked_list(paper, out, m.end() - 1)
    for m in RECOMMENDED_THAT.finditer(text):
        if out.covered(m.start(), slack=0) or not MEETING_SUBJECT.search(m["subj"]):
            continue
        _asked_inline(paper, out, m.start("v"), clause_end(text, m.start("v")))


def _asked_inline(paper: Paper, out: Found, start: int, end: int) -> None:
    text = paper.text
    split = re.compile(rf"(?i);\s*(?:and\s+)?|,?\s+and\s+(?:to\s+)?(?={ADVERBS}(?:{BASE})\b)|,\s+(?={ADVERBS}(?:{BASE})\s)")
    seps = list(split.finditer(text, start, end))
    bounds = list(zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [end]))
    bare: list[str] = []   # "receive and note the report": a verb with no object shares the next one's
    for a, b in bounds:
        seg = text[a:b]
        lead = re.match(rf"\s*(?:{ADVERBS})", seg)
        a += lead.end() if lead else 0
        fv = clauses.first_word_verb(text[a:b])
        if not fv:
            continue
        if not text[a + fv[1]:b].strip():
            bare.append(fv[0])
            continue
        for verb in bare + [fv[0]]:
            out.add(verb, a + fv[1], b, "proposed", separate=bool(bare))
        bare = []


def _marker_style(marker: str) -> str:
    m = marker.strip()
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", m):
        return "decimal"
    if re.fullmatch(r"\(?\d+[.)]", m):
        return "number"
    if re.fullmatch(r"\(?[ivx]+[.)]", m):
        return "roman-or-letter"
    if re.fullmatch(r"\(?[a-z][.)]", m):
        return "roman-or-letter"
    return "bullet"


def _asked_list(paper: Paper, out: Found, pos: int) -> None:
    text = paper.text
    items: list[list[int]] = []
    blank = 0
    marked_list = False   # every item so far opened with a bullet or "(a)": unmarked lines continue them
    style = None          # the first item's kind of marker
    for m in re.finditer(r"[^\n]*\n?", text[pos + 1:pos + 3000]):
        line = m.group()
        ls, le = pos + 1 + m.start(), pos + 1 + m.start() + len(line.rstrip("\n"))
        if not line.strip():
            blank += 1
            if blank > 2 or not line:
                break
            continue
        bullet = BULLET.match(line)
        if bullet and items and style and _marker_style(bullet.group()) != style:
            break   # "(a) ... (b) ..." then "2.2 Committee is recommended ...": the list has ended
        if bullet and not items:
            style = _marker_style(bullet.group())
        body_start = ls + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        purpose = PURPOSE_LABEL.match(text, body_start, le)
        body_start = purpose.end() if purpose else body_start
        starts_verb = clauses.first_word_verb(text[body_start:le])
        if not starts_verb and text[body_start:body_start + 1].isupper() and (not items or blank):
            lemma = nlp.leading_verb(text[body_start:le])      # a verb we do not list
            starts_verb = (lemma, len(text[body_start:le].split()[0])) if lemma else None
        if bullet or (starts_verb and text[body_start:body_start + 1].isupper() and not marked_list):
            if not starts_verb and not bullet:
                break
            items.append([body_start, le])
            marked_list = bool(bullet) and (len(items) == 1 or marked_list)
        elif items and blank == 0 and "\t" not in line and not (
                text[items[-1][0]:items[-1][1]].rstrip().endswith(".") and (line.lstrip()[:1].isupper() or line.lstrip()[:1].isdigit())) and (
                line.lstrip()[:1].islower() or marked_list or re.search(
                r"(?i)(?:[,(&-]|\b(?:and|or|of|to|the|for|in|with|by|on|at|a|an|this|that|its|their|from|within|under))\s*$",
                text[items[-1][0]:items[-1][1]])):
            items[-1][1] = le   # the item runs on: a wrapped line with no marker of its own
        else:
            break
        blank = 0
    for s, e in items:
        fv = leading_action(text[s:e])
        if fv:
            add_imperative(out, fv[0], s + fv[1], e, "proposed")


def read_recommendation_items(paper: Paper, out: Found, kind: str) -> None:
    """Recommendation items phrased as the meeting's own action: "That Cabinet approve ...".
    In minutes a recommendation heading reports another body's advice, not this meeting's,
    unless the meeting then adopts them ("THAT recommendations 1 to 3 ... be adopted. CARRIED")."""
    text = paper.text
    for sec in sections.recommendation_sections(text):
        status = "proposed"
        if kind == "minutes":
            adopted = RECOMMENDATIONS_ADOPTED.search(text, sec.end, sec.end + 1500)
            if not adopted or re.search(r"(?i)\b(?:defeated|lost|failed)\b", text[adopted.end():adopted.end() + 200]):
                continue
            status = "resolved"
        for s, e in sec.items:
            item = text[s:e]
            m = re.match(r"\s*(?:\S+\s+)?(?:That|THAT)\s+", item)
            if out.covered(s):
                continue
            if m:
                add_clause(out, s + m.end(), s + len(item.rstrip()), status)
                continue
            # "RECOMMENDED ACTION: 1. Award a construction contract ...": an imperative item asks the meeting to act
            mark = re.match(r"\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9ivx]{1,3}[.)]|•|-)\s+", item)
            body = item[mark.end() if mark else 0:]
            # "That the Committee:\n2.1 considers ...; 2.2 recommends ...": numbered items in the third person
            fv = clauses.first_word_verb(body) if body[:1].isupper() or mark and body[:1].islower() else None
            if fv is None and body[:1].isupper() and kind != "minutes":
                lemma = nlp.leading_verb(body.split("\n")[0])
                fv = (lemma, len(body.split()[0])) if lemma else None
            if fv:
                start = s + (mark.end() if mark else 0)
                kept = item.rstrip(" \t\n;.")
                kept = kept[:-4].rstrip(" ;,") if kept.endswith(" and") else kept   # "...; and" before the last item
                end = s + len(kept)
                out.add(fv[0], start + fv[1], end, status)


RECOMMENDATIONS_ADOPTED = re.compile(r"(?i)\b(?:the\s+)?recommendations?\s+(?:\d+\s*(?:to|-|–|and)\s*\d+\s+)?(?:of\s+[^.;]{0,100}?\s+)?"
                                     r"(?:be|were|was)\s+(?:received\s+and\s+)?(?:adopted|approved|agreed)")
