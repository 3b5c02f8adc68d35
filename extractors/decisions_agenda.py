"""Decisions an agenda puts to the meeting: "Approval of the minutes", "Resolution: Adopt ...",
verb headings over lettered items ("Ratify Appointment(s):"), and draft legislation
("5. Ord. to rezone ...", "8. Res. that the plat ... is hereby accepted").
"""
from __future__ import annotations

import re

from boardpapers.extractors import clauses
from boardpapers.extractors.decision_clauses import BASE, Found, ING, NOUNS, add_clause, clause_end
from boardpapers.schemas.paper import Paper

AGENDA_ITEM = re.compile(
    rf"(?im)^[ \t]*(?:\d+[.)]|\d+(?:\.\d+)+\.?(?=[ \t])|[A-Z][.)]|[IVX]+[.)])?[ \t]*(?:(?:review|presentation|discussion|consideration)\s+and\s+)?"
    rf"(?:(?P<pre>(?:Resolution|By-?Law|Motion|Ordinance)\b[ \t]*(?:No\.?[ \t]*)?"
    rf"(?:\(?[\w-]*\d[\w-]*\)?)?[ \t]*[:\-–]?[ \t]*(?:to[ \t]+)?))?"
    rf"(?P<v>{BASE}|{NOUNS}|(?(pre)(?!(?:on|of|for|in|at|to|and|the|no|re|from)\b)[A-Z][a-z]+))\b(?:\s+(?:of|for))?[ \t]+(?P<obj>[^\n]+)")


RES_ING = re.compile(rf"(?i)\b(?:Resolution|Ordinance|Motion)\s+(?:of\s+(?:Intent|Support)\s+)?(?:No\.?\s*[\w-]+\s+)?(?P<v>{ING})\s+(?P<obj>[^.;\n]+)")
LIST_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<v>[A-Z][a-z]+)[ \t]+(?P<n>[A-Z][\w()'’ -]{2,40}?)[ \t]*:?[ \t]*\n"
                          r"(?=[ \t]*[A-Z][.)][ \t])")


LETTERED = re.compile(r"(?m)^[ \t]*[A-Z][.)][ \t]+(?P<body>[^\n]+(?:\n(?![ \t]*(?:[A-Z][.)]|\d{1,2}[.)])[ \t])[^\n:]+(?=\n))*)")


def _agenda_lists(paper: Paper, out: Found) -> None:
    """A verb heading over lettered items: "Ratify Appointment(s):" then "A. Jane Doe, Analyst ..."
    is one decision per item. Items that start with their own verb ("A. Establish a budget ...")
    are read as agenda items; the heading ("1. Establish Budgets") is then no decision."""
    text = paper.text
    for h in LIST_HEADING.finditer(text):
        form = clauses.FORMS.get(h["v"].lower())
        if not form or form[1] != "base":
            continue  # "Student Appointment(s):" names items; only an imperative heading acts on them
        verb = form[0]
        out.taken.append((h.start(), h.end()))
        pos = h.end()
        while True:
            item = LETTERED.match(text, pos)
            if not item:
                break
            pos = item.end() + 1
            if clauses.first_word_verb(item["body"]):
                continue
            out.add(verb, item.start("body"), item.end("body"), "proposed")


LEGISLATION = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?P<kind>Res(?:olution)?|Ord(?:inance)?|By-?[Ll]aw|Bill)\.?"
                         r"(?:[ \t]+No\.?[ \t]*[\w-]+)?,?[ \t]+(?P<body>\S)")


ITEM_END = re.compile(r"\n[ \t]*(?:\n|\d{1,3}[.)][ \t]|\([a-z]\)[ \t])|\s[-–]\s*see\s+attached|\s*\(\(|;\s*(?:and,?\s+)?\(\d\)")
ING_CHAIN = re.compile(r",\s+and\s+[a-z]+ing\b|;\s+(?:and\s+)?[a-z]+ing\b")   # "Ord. extending the limits ..., and incorporating the same ..."
INF_CHAIN = re.compile(r",\s+(?:and\s+)?to\s+(?:approve|provide|authori[sz]e)\b")   # "Ord. to X, to approve Y, and to provide Z"
SECOND_ACT = re.compile(r";\s*(?:and,?\s+)?to\s+[a-z]+\b")


def _legislation(paper: Paper, out: Found) -> None:
    """Agenda items that are draft legislation: "5. Ord. to rezone property ...",
    "54. Ord. approving an Interlocal Agreement ...", "8. Res. that the plat ... is hereby
    accepted". One decision per item: the first action it would take."""
    text = paper.text
    for m in LEGISLATION.finditer(text):
        start = m.start("body")
        stop = ITEM_END.search(text, start, start + 1500)
        end = stop.start() if stop else min(len(text), start + 1500)
        second = SECOND_ACT.search(text, start, end)
        if second and len(text[start:second.start()].split()) >= 14:
            end = second.start()   # "...; to provide for an effective date": a further act, not this one's object
        body = text[start:end]
        inf = re.match(r"(?:\(\d\)\s*)?to\s+(?P<v>[a-z]+)\b", body)
        ing = re.match(rf"(?P<v>{ING})\b(?:\s+and\s+(?P<v2>{ING}))?", body, re.I)
        before = len(out.items)
        if inf and clauses.lemma_of(inf["v"]):
            chain = INF_CHAIN.search(text, start, end)
            end = chain.start() if chain else end
            out.add(clauses.lemma_of(inf["v"]), start + inf.end(), end, "proposed", separate=True)
        elif ing:
            chain = ING_CHAIN.search(text, start, end)
            end = chain.start() if chain else end
            out.add(clauses.lemma_of(ing["v"]), start + ing.end(), end, "proposed", separate=True)
            if ing["v2"]:   # "Ord. authorizing and approving the establishment of ...": both acts
                out.add(clauses.lemma_of(ing["v2"]), start + ing.end(), end, "proposed", separate=True)
        elif re.match(r"(?i)that\b", body):
            semi = text.find(";", start, end)
            add_clause(out, start, min(clause_end(text, start, end - start), semi if semi > 0 else end), "proposed")
        else:
            continue
        out.keep_apart(before)   # items of one agenda are never repeats of each other
        out.taken.append((m.start(), end))


def _local_width(text: str, pos: int) -> int:
    """The longest line around `pos`: how wide the page's text runs."""
    return max((len(ln) for ln in text[max(0, pos - 800):pos + 800].split("\n")), default=0)


def _continues_line_above(text: str, line_start: int, width: int) -> bool:
    """The line at `line_start` carries on the one above: that line ran to the margin, or it runs on from
    an item's text ("... for a Special Use\nPermit to allow ...")."""
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start].rstrip("\n")
    if not re.search(r"[\w,”\"’)]$", above):
        return False
    return len(above) >= max(40, 0.8 * width) or above.lstrip()[:1].islower() \
        or bool(re.match(r"[ \t]*\(?[a-z0-9]{1,3}\)", above)) and len(above) >= 0.6 * width


def read_agenda(paper: Paper, out: Found) -> None:
    text = paper.text
    _agenda_lists(paper, out)
    _legislation(paper, out)
    for m in AGENDA_ITEM.finditer(text):
        if out.covered(m.start("v"), slack=0):
            continue
        word = m["v"].lower()
        marked = re.match(r"\s*(?:\d+[.)]|\d+(?:\.\d+)+\.?(?=[ \t])|[A-Z][.)]|[IVX]+[.)])", m.group())
        if not marked:
            width = _local_width(text, m.start())
            if m["v"][0].islower() or _continues_line_above(text, m.start(), width):
                continue  # a wrapped line of prose, not an agenda item
        verb = clauses.NOUN_VERBS.get(word) or clauses.lemma_of(word) or (word if m["pre"] else None)
        if not verb or verb in ("close", "adjourn", "hold", "continue", "provide", "give", "set") and word == verb:
            continue
        if word in clauses.NOUN_VERBS and not re.match(r"(?i)\s+(?:of|for|to)\b", text[m.end("v"):m.end("v") + 5]) \
                and word != "purchase":
            continue
        if m["obj"].rstrip().endswith(":"):
            continue  # "Approval of Resolutions/Motions:": a heading over the items that follow
        if re.match(r"\s*\d+(?:\.\d+)?\s*[:.]", m["obj"]):
            continue  # "Table 1: Programme budget": a caption, not "to table"
        if m["obj"].rstrip().endswith("))"):
            continue  # "((... MOTION NEEDED TO\nAPPROVE OR NOT TO APPROVE))": a procedural note
        end = clause_end(text, m.start("obj"), 400)
        nxt_item = re.compile(r"\n[ \t]*(?:\d+[.)]|[A-Z][.)]|[IVX]+[.)])[ \t]").search(text, m.start("obj"), end + 3)
        end = nxt_item.start() if nxt_item else end
        if not marked:   # an unnumbered agenda line is one item: it ends with its line unless it wraps
            line_end = text.find("\n", m.start("obj"))
            line = text[text.rfind("\n", 0, m.start()) + 1:line_end]
            nxt = text[line_end:line_end + 4]
            runs_on = re.match(r"\n[ \t]*[a-z(]", nxt) or len(line) >= 0.8 * width and not re.match(r"\n[ \t]*[A-Z]", nxt)
            if line_end > 0 and not runs_on:
                end = min(end, line_end)
        presenter = re.compile(r"\s[–-]\s+(?:(?:[A-Z][\w.'’/-]*|and|&)\s*){1,6}$").search(text, m.start("obj"), end)
        end = presenter.start() if presenter else end   # "Approval of Minutes – Board Members": who presents it
        also = re.match(rf"and\s+(?P<v>{BASE})\s+", text[m.start("obj"):end], re.I)
        if also and clauses.lemma_of(also["v"]):   # "Approve and authorize the Chair to sign X": two acts
            out.add(verb, m.start("obj") + also.end(), end, "proposed")
            verb = clauses.lemma_of(also["v"])
            out.add(verb, m.start("obj") + also.end(), end, "proposed")
            continue
        out.add(verb, m.start("obj"), end, "proposed")
    for m in RES_ING.finditer(text):
        if not out.covered(m.start(), slack=0):
            para = re.compile(r"\n[ \t]*\n|;").search(text, m.start("obj"), m.start("obj") + 400)
            end = para.start() if para else m.end("obj")
            out.add(clauses.lemma_of(m["v"]), m.start("obj"), end, "proposed")
