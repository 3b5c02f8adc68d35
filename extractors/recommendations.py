"""Recommendations: statements put forward as a recommendation.

Under a "Recommendation(s)" / "Proposed decision" heading (each numbered or bulleted item
is one), a quoted recommendation ("approve the following recommendation, “...”"), and
sentences such as "The Executive recommended that ...", "It is recommended that ...".
A mention ("recommendations will be presented in March") is not one.
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses, sections
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import SpanList, cap_items, page_of, sentence_bounds, skip_heading_lines, squash, trim_span
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Recommendation

PHRASE = re.compile(
    r"(?i)\b(?:recommended|recommends|recommend|recommending|recommendation\s+(?:is|was))\s+(?:(?:unanimously|accordingly|formally)\s+)?"
    r"(?:to\s+[\w ]{2,80}?(?:,[\w ]{2,80},)?\s*:?\s+|by\s+[^.;\n]{2,100}?\s+)?that\b"   # "RESOLVED TO RECOMMEND TO COUNCIL: that", "to the Board, at its meeting on 30 June, that"   # "RECOMMENDED unanimously to the Finance and General Purposes Committee that"
    r"|\b(?:(?-i:[A-Z])[\w-]{0,30}\s+){0,5}recommendations?\s*:\s*(?=that\b)"   # "Committee of the Whole recommendation: That Council approve ..."
    r"|\b(?:staff|officers?)\s+recommend(?:s|ed)?\s+(?:approval|refusal|adoption|acceptance)\b"   # "Staff recommend approval."
    r"|\b(?:the\s+)?recommendation\s+(?:is|was)\s+to\s+(?=[a-z]{3,})"     # "The recommendation was to refuse."
    r"|\brecommendation\s+of\s+(?:the\s+)?[A-Z][^.;:\n]{2,80}?\s+(?:is|was)\s+(?:that|to)\b"   # "The recommendation of the Audit Committee was that ..."
    r"|\b(?:staff|officers?'?|officer's|the)\s+recommendation\s+that\b"      # "spoke to the staff recommendation that the Board approve ..."
    r"|\b(?:had|has|with|carried|carrying)\s+an?\s+recommendation\s+(?:for|of)\s+(?:conditional\s+)?(?:approval|refusal|deferral)\b"   # "which had a recommendation for approval"
    r"|\b(?:staff|officers?)\s+recommend(?:s|ed)?\s+the\s+following\b"   # "Staff recommend the following rates ...:"
    r"|\brecommend(?:s|ed)?\s+(?:the|a|an|its|their)\b(?:[^.;\n]|\n(?![ \t]*\n)){0,200}?\bfor\s+(?:adoption|approval|endorsement|agreement|decision)\b")
REPORTED_SPEECH = re.compile(r"\s*(?:Chair|Member|Mr|Ms|Mrs|Dr|Councillor|Cllr|Cr|Director|Trustee|Commissioner)\.?\s+[A-Z][\w'’-]+\s+"
                             r"(?:explained|said|noted|stated|reported|asked|suggested|commented|added)\b")
NOT_MADE = re.compile(r"(?i)\b(?:will|would|may|might|could|should|(?<!agreed\s)(?<!resolved\s)(?<!decided\s)(?<!voted\s)to|not|if|whether)\s+(?:be\s+)?$")
# ("agreed to recommend", "RESOLVED TO RECOMMEND": made, unlike "will recommend" or "to recommend")
QUOTED = re.compile(r"(?i)\brecommendations?\b[^“\"\n]{0,40}[,:]?\s*[“\"]")
ITEM_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9ivx]{1,3}[.)]|•|-)\s+")


# A list of recommendations a sentence introduces ("The report recommended that the Board:" / "make the
# following recommendations to the Commissioner:"): each item of the list after it is one.
INTRODUCES_LIST = re.compile(r"(?i)\bthe\s+following\s+recommendations?\b[^:\n]{0,80}(?:\n[^:\n]{0,80})?:[-–]?[ \t]*\n"
                             r"|\b(?-i:RECOMMENDS?|RECOMMENDED|[Rr]ecommends|(?<=TO\s)RECOMMEND)(?:\s+to\s+[\w ]{2,40}?)?(?:\s+that)?\s*:?[ \t]*\n")   # "The COMMITTEE RECOMMENDS", "RECOMMENDED TO CABINET:" over items
# (a recommendation's own label, "R1", "R2", as scrutiny reports number them, is a mark of its own kind)
_LIST_MARK = re.compile(r"[ \t]*(?:\((?P<p>[ivxlc]{1,5}|[a-z]|\d{1,2})\)|(?P<d>\d{1,2}\.\d{1,2})\.?(?=[ \t])|(?P<q>[ivxlc]{1,5}|[a-z]|\d{1,2})[.)]|(?P<b>[•·▪])|(?P<r>R\d{1,2})[.:)]?)[ \t]+")
# "The Design Team recommended acceptance of the lowest compliant tender": a subject of a few words, then its
# recommendation as the verb's object (not "recommended by", "as recommended", "the recommended option")
SUBJECT_RECOMMENDS = re.compile(r"\brecommend(?:s|ed)\s+(?!by\b|in\b|for\s+(?:approval|adoption)\b|that\b|to\s+(?:the|council|board|members)\b)"
                                r"(?=(?:acceptance|award|approval|adoption|refusal|the|a|an|its|their|we|to|option|appointment)\b|(?-i:[A-Z][a-z])"
                                r"|(?!during\b|including\b)[a-z]{3,}ing\b)")   # "Council Member Pinon recommended drafting print materials"
_NOT_SUBJECT = {"was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "will", "would", "may", "might",
                "could", "should", "not", "as", "if", "which", "who", "whether", "when", "also", "it", "and", "but",
                "to", "can", "must", "shall", "did", "does", "do"}


_ROMAN = {r: i + 1 for i, r in enumerate("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split())}


def _family(m: re.Match) -> str:
    mark = m["p"] or m["q"]
    if m["d"]:
        return "decimal"   # "6.1 that ...", "6.2 that ..."
    if m["b"]:
        return "bullet"
    if m["r"]:
        return "label"
    if mark.isdigit():
        return "digit"
    return "roman" if set(mark) <= set("ivxlc") and (len(mark) > 1 or mark == "i") else "letter"


def list_items(text: str, pos: int, limit: int = 30) -> list[tuple[int, int]]:
    """The items of the list that starts on the line at or after `pos`: each from its mark's text to its
    end (its last line ends with "." or ";", or the next item of the same kind of mark starts)."""
    items: list[list[int]] = []
    family = None
    blanks = 0
    i = pos
    while i < len(text) and len(items) <= limit:
        j = text.find("\n", i)
        j = len(text) if j < 0 else j
        line = text[i:j]
        if items and line.strip().lower() in ("and", "or"):
            i = j + 1
            continue   # "...;\n        and\n  (iii) ..."
        if not line.strip():
            blanks += 1
            if blanks > 2:
                break
            i = j + 1
            continue
        m = _LIST_MARK.match(line)
        if m and (family is None or _family(m) == family
                  or family == "roman" and _ROMAN.get(m["p"] or m["q"]) == len(items) + 1):   # "(iv)" then "(v)", not "(c)"
            if family is None and _family(m) == "letter" and (m["p"] or m["q"]) != "a":
                break   # a list starts at its first item
            family = _family(m)
            items.append([i + m.end(), j])
        elif items and not blanks and not text[items[-1][0]:items[-1][1]].rstrip().endswith((".", ";")):
            items[-1][1] = j   # the item runs on to this line
        else:
            break
        blanks = 0
        i = j + 1
    return [(s, e) for s, e in items] if len(items) >= 2 else []   # (one item is no list)


_ITEM_IN = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|\(?[a-z]{1,3}\))[ \t]+")


def _clause_start(text: str, s: int, at: int) -> int:
    """Where the recommendation's own clause starts in its sentence: after a list item's mark
    ("3. Approves ...\n4. Recommends to Council that ..."), or after ", and" / ";" before its subject
    ("... reach 0.9 metres, and staff recommended that ...")."""
    items = list(_ITEM_IN.finditer(text, s, at))
    if items:
        s = items[-1].end()
    joins = list(re.finditer(r",\s+(?:and|but|while|whereas)\s+|;\s+", text[s:at]))
    if joins and len(text[s + joins[-1].end():at].split()) <= 8:
        s = s + joins[-1].end()
    return s


def _add(paper: Paper, out: list[Recommendation], start: int, end: int) -> None:
    start, end = trim_span(paper.text, start, end, " \t\n;:“”\"•-")
    text = squash(paper.text[start:end])
    if len(text.split()) < 4 and not (len(text.split()) == 3 and re.search(r"(?i)\brecommend", text)):
        return   # ("Staff recommend approval." says all it has to)
    spans = out.spans if isinstance(out, _Recs) else SpanList((r.start, r.end) for r in out)
    # (every span holds four words or more, so this is "start inside r, or r starting inside")
    if spans.overlaps(start, end):
        return
    out.append(Recommendation(text=text, start=start, end=end, page=page_of(paper, start)))
    if isinstance(out, _Recs):
        spans.append((start, end))


_HEADING_LINE = re.compile(r"[ \t]*(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,5}\.|[A-Z]\.|\(?[a-z0-9]{1,3}\))[ \t]+[^\n]{1,120}?|[A-Z0-9][A-Z0-9 ,&'’/()–-]{2,120}?)"
                           r"(?<![.!?:;,])[ \t]*\n(?=[ \t]*[A-Z])")   # a numbered line, or one in capitals (not a wrapped line of the sentence)


class _Recs(list):
    """The recommendations read so far and their spans, for overlap tests in log time."""

    def __init__(self, items=()):
        super().__init__(items)
        self.spans = SpanList((r.start, r.end) for r in self)


# what may follow a recommendation's first sentence as more of it: another "That ...", a list item, an act
_MORE_OF_IT = re.compile(r"\s*(?:(?:AND\s+)?(?:That|THAT|FURTHER)\b|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|[•·*-]\s)")


def _narrative_cut(text: str, start: int, end: int) -> int:
    """A recommendation whose paragraph goes on with the minute's narrative ("Officer
    recommendation: GRANT, subject to conditions. The Principal Planning Officer presented the
    report ...") ends with its first sentence; one that goes on with more of itself does not."""
    first = sentence_bounds(text, start)[1]
    if start < first < end and not _MORE_OF_IT.match(text, first + 1) and not (
            clauses.first_word_verb(text[first + 1:first + 40].lstrip()) and text[first + 1:first + 40].strip()[:1].isupper()):
        return first
    return end


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
            _add(paper, out, s2, _narrative_cut(text, s2, e))
    for m in QUOTED.finditer(text):
        if re.search(r"(?i)\b(?:approve|agree|endorse|support|accept|adopt)\b[^.\n]{0,40}$", text[max(0, m.start() - 60):m.start()]):
            close = re.search(r"[”\"]", text[m.end():m.end() + 1500])
            if close:
                _add(paper, out, m.end(), m.end() + close.start())
    for m in PHRASE.finditer(text):
        if NOT_MADE.search(text[max(0, m.start() - 20):m.start()]) and not re.search(
                r"(?i)\b(?:agreed|resolved|decided|voted|was\s+agreed)\s+to\s+$", text[max(0, m.start() - 30):m.start()]):
            continue   # ("would like to recommend" is not made; "the Committee agreed to recommend to the Council that" is)
        if re.match(r"\s*(?:the\s+)?[\w ]{2,40}?:[-–]?\s*\n", text[m.end():m.end() + 60]):
            # "It is recommended that the Committee:" introduces items, read under their heading if there is one
            for s, e in list_items(text, text.find("\n", m.end()) + 1):
                _add(paper, out, s, e)
            continue
        s, e = sentence_bounds(text, m.start())
        s = _clause_start(text, s, m.start())
        if m.group().lower().startswith("recommending"):
            s = m.start()   # "moved to adopt Resolution PC 2025-32, recommending that the City Council ..."
        caps_and = re.search(r"\s+and\s+(?-i:[A-Z]{4,}(?:ED|D))\b", text[m.end():e])
        e = m.end() + caps_and.start() if caps_and else e   # "RECOMMENDED X to the Board ... and APPROVED Y"
        if text[s:e].rstrip().endswith(":"):   # "... approve the following changes: 1. ... 2. ...": the list belongs to it
            items = re.compile(r"(?:(?:\n[ \t]*)+(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|•)[ \t]+[^\n]*(?:\n(?![ \t]*\n)(?![ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|•)[ \t])[^\n]*)*)+")
            run = items.match(text, e) or items.match(text, text.find("\n", e) if text.find("\n", e) >= 0 else e)
            e = run.end() if run else e
        _add(paper, out, s, e)
    for m in INTRODUCES_LIST.finditer(text):
        for s, e in list_items(text, m.end()):
            _add(paper, out, s, e)
    for m in SUBJECT_RECOMMENDS.finditer(text):
        s, e = sentence_bounds(text, m.start())
        s = skip_heading_lines(text, s, m.start(), _HEADING_LINE, 15)   # the sentence starts below its item's heading
        subject = re.findall(r"[\w'’.-]+", re.sub(r"\([^()]{0,80}\)", " ", text[s:m.start()]))   # "The sub-group (Chair, Treasurer and Manager)"
        if not subject or len(subject) > 10 or not text[s:m.start()].lstrip()[:1].isupper() \
                or any(w.lower() in _NOT_SUBJECT for w in subject) or text[s:e].rstrip().endswith("?") and len(subject) > 3:
            continue
        _add(paper, out, s, e)
    out.sort(key=lambda r: r.start)
    return cap_items(list(out), "recommendations", text, ctx)
