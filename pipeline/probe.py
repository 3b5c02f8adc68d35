"""Recall probes: a label-free measure of what the extractors miss.

A deliberately broad, cheap signal finder (governance verbs in the past tense, mover and
seconder words, outcome words, tally shapes, money and date shapes, "recommend") runs over
each paper, and every signal with no extracted item of its field nearby is listed, grouped
by shape. Most signals are noise ("the approved budget"), but the list is where the next
general rule comes from, and the rate of unexplained signals per 1,000 words over papers
nobody annotated is a recall measure that needs no gold. Every pattern here is a plain
alternation with bounded repeats: linear in the paper's length.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field

NEAR = 200      # characters either side of a signal in which an item of its field explains it

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

# field -> [(shape, pattern)]
SHAPES: dict[str, list[tuple[str, re.Pattern]]] = {
    "decisions": [
        ("governance verb, past tense", re.compile(
            r"\b(?:approved|agreed|resolved|adopted|ratified|endorsed|deferred|rejected|accepted|authori[sz]ed|"
            r"noted|received|confirmed|appointed|awarded|granted|delegated)\b", re.I)),
        ("resolution label", re.compile(r"\b(?:RESOLVED|AGREED|DECISION|DECIDED|RESOLUTION)\b")),
        ("mover or seconder", re.compile(r"\b(?:moved|seconded|proposed by|motion by|so moved)\b", re.I)),
        ("outcome word", re.compile(r"\b(?:carried|passed|adopted unanimously|motion (?:lost|failed|defeated))\b",
                                    re.I)),
    ],
    "votes": [
        ("tally n-m", re.compile(r"(?<![\d/.-])\d{1,3} ?(?:-|–|to|/) ?\d{1,3}(?![\d/.-])(?= ?(?:vote|\)|,|\.|;|$))",
                                 re.M)),
        ("in favour / against", re.compile(r"\b(?:in favou?r|opposed|abstain(?:ed|ing|s|tions?)?)\b", re.I)),
        ("ayes / nays", re.compile(r"\b(?:ayes?|nays?|yeas?|noes)\b", re.I)),
        ("show of hands or unanimous", re.compile(r"\b(?:show of hands|unanimous(?:ly)?|nem\.? con\.?)\b", re.I)),
    ],
    "money": [
        ("currency sign", re.compile(r"[£$€]\s?\d[\d,]{0,15}(?:\.\d{1,2})?")),
        ("currency code or word", re.compile(r"\b(?:GBP|USD|EUR|CAD|AUD|NZD)\s?\d[\d,]{0,15}|"
                                             r"\b\d[\d,]{0,15}(?:\.\d{1,2})? ?(?:pounds|dollars|euros)\b", re.I)),
    ],
    "dates": [
        ("day month year", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?,? \d{{4}}\b")),
        ("month day year", re.compile(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b")),
        ("month day, no year", re.compile(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? \d{{4}})")),
        ("numeric date", re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")),
    ],
    "recommendations": [
        ("recommend", re.compile(r"\b(?:recommend(?:s|ed|ation|ations)?|it is recommended)\b", re.I)),
    ],
}

FIELDS = list(SHAPES)


@dataclass
class Signal:
    field: str
    shape: str
    start: int
    end: int
    text: str            # the signal with a little context, one line


@dataclass
class PaperProbe:
    source: str
    words: int
    signals: int
    unexplained: list[Signal] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return 1000 * len(self.unexplained) / self.words if self.words else 0.0


@dataclass
class ProbeReport:
    papers: list[PaperProbe] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)     # source, code, message

    @property
    def words(self) -> int:
        return sum(p.words for p in self.papers)

    @property
    def signals(self) -> int:
        return sum(p.signals for p in self.papers)

    @property
    def total_unexplained(self) -> int:
        return sum(len(p.unexplained) for p in self.papers)

    @property
    def rate_per_1000_words(self) -> float:
        return 1000 * self.total_unexplained / self.words if self.words else 0.0

    @property
    def by_shape(self) -> Counter:
        return Counter((s.field, s.shape) for p in self.papers for s in p.unexplained)

    def by_field(self) -> Counter:
        return Counter(s.field for p in self.papers for s in p.unexplained)


class _Near:
    """Does any item span of one field come within NEAR characters of [start, end)?"""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_end = []          # running maximum of ends, so one bisect answers
        top = -1
        for _, e in self.spans:
            top = max(top, e)
            self.max_end.append(top)

    def explains(self, start: int, end: int) -> bool:
        lo, hi = start - NEAR, end + NEAR
        i = bisect.bisect_left(self.starts, hi)      # items starting before hi
        return i > 0 and self.max_end[i - 1] > lo


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - 40), min(len(text), end + 40)
    return " ".join(text[a:b].split())


def probe_paper(paper, record: dict) -> PaperProbe:
    """The signals of one paper that no item of their field explains."""
    text = paper.text
    near = {f: _Near([(i["start"], i["end"]) for i in record.get(f, [])]) for f in FIELDS}
    out = PaperProbe(source=record.get("source") or paper.source, words=len(text.split()), signals=0)
    for fld, shapes in SHAPES.items():
        for shape, pattern in shapes:
            for m in pattern.finditer(text):
                out.signals += 1
                if not near[fld].explains(m.start(), m.end()):
                    out.unexplained.append(Signal(fld, shape, m.start(), m.end(), _context(text, m.start(), m.end())))
    out.unexplained.sort(key=lambda s: s.start)
    return out


def probe_paths(paths: list[str]) -> ProbeReport:
    """Read, extract and probe every paper under `paths`; a paper that cannot be read is an
    error of the report, never an exception."""
    from boardpapers.pipeline.extract import extract_record
    from boardpapers.pipeline.ingest import read_paper
    from boardpapers.pipeline.runner import find_papers
    from boardpapers.schemas.paper import PaperError

    report = ProbeReport()
    for found in find_papers(paths):
        try:
            paper = read_paper(found.path, source=found.source)
        except PaperError as e:
            report.errors.append((found.source, e.code, e.message))
            continue
        record = extract_record(paper, source_name=found.source).to_dict()
        report.papers.append(probe_paper(paper, record))
    return report


def report_as_dict(report: ProbeReport, examples: int = 3) -> dict:
    shapes = []
    for (fld, shape), n in report.by_shape.most_common():
        ex = [f"{p.source}: {s.text}" for p in report.papers for s in p.unexplained
              if (s.field, s.shape) == (fld, shape)][:examples]
        shapes.append({"field": fld, "shape": shape, "unexplained": n, "examples": ex})
    return {"papers": len(report.papers), "words": report.words, "signals": report.signals,
            "unexplained": report.total_unexplained, "rate_per_1000_words": round(report.rate_per_1000_words, 2),
            "by_field": dict(report.by_field()), "by_shape": shapes,
            "per_paper": [{"source": p.source, "words": p.words, "unexplained": len(p.unexplained),
                           "rate_per_1000_words": round(p.rate, 2)} for p in report.papers],
            "errors": [{"source": s, "code": c, "message": m} for s, c, m in report.errors]}


def format_report(report: ProbeReport, examples: int = 3) -> str:
    d = report_as_dict(report, examples)
    lines = [f"{d['papers']} papers, {d['words']:,} words, {d['signals']:,} signals, {d['unexplained']:,} unexplained: "
             f"{d['rate_per_1000_words']:.2f} per 1,000 words", "",
             "unexplained by field: " + ", ".join(f"{k} {v}" for k, v in sorted(d["by_field"].items())), ""]
    for s in d["by_shape"]:
        lines.append(f"{s['unexplained']:6}  {s['field']}: {s['shape']}")
        lines += [f"          {e[:160]}" for e in s["examples"]]
    lines += ["", "per paper (unexplained, per 1,000 words):"]
    for p in sorted(d["per_paper"], key=lambda p: -p["rate_per_1000_words"]):
        lines.append(f"{p['unexplained']:6}  {p['rate_per_1000_words']:6.2f}  {p['source']}")
    for e in d["errors"]:
        lines.append(f"error: {e['source']}: {e['message']} [{e['code']}]")
    return "\n".join(lines)


def run_probe(paths: list[str], as_json: bool = False, examples: int = 3) -> str:
    report = probe_paths(paths)
    return json.dumps(report_as_dict(report, examples), indent=1) if as_json else format_report(report, examples)
