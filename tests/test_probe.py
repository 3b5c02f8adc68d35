"""Recall probes: signals the extractors left unexplained, found cheaply and in linear time."""
from __future__ import annotations

import json
import time

from click.testing import CliRunner

from boardpapers.pipeline.cli import main
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import paper_from_bytes
from boardpapers.pipeline.probe import SHAPES, probe_paper, probe_paths

from helpers import CORPUS


def _probe(text: str, record_items: dict | None = None):
    paper = paper_from_bytes(text.encode(), name="x.txt", source="x.txt")
    record = extract_record(paper, source_name="x.txt").to_dict()
    if record_items is not None:
        record.update(record_items)
    return paper, probe_paper(paper, record)


def test_a_missed_decision_is_unexplained_and_an_extracted_one_is_not():
    text = ("Minutes of the Finance Committee held on 5 March 2024\n\n"
            "1. Budget\nThe Committee approved the revenue budget for 2024/25.\n\n"
            + "Filler paragraph about the weather and the car park. " * 20 + "\n\n"
            "2. Lease\nThe lease of the depot was approved.\n")
    paper, probe = _probe(text, {"decisions": []})
    missed = [s for s in probe.unexplained if s.field == "decisions"]
    assert {s.text.split()[0] for s in missed} and len(missed) == 2
    start = text.index("the revenue budget")
    _, probe = _probe(text, {"decisions": [{"start": start, "end": start + 30}]})
    left = [s for s in probe.unexplained if s.field == "decisions"]
    assert len(left) == 1 and "lease" in left[0].text.lower()


def test_each_field_has_positive_and_negative_examples():
    positives = {
        "decisions": "It was RESOLVED that the plan be adopted. Moved by Cllr Ahmed, seconded by Cllr Byrne.",
        "votes": "The motion was carried 7-2 on a show of hands, with 1 abstention. Ayes: 5.",
        "money": "A grant of £12,500 and $3.4 million were noted, and EUR 900 besides.",
        "dates": "The meeting of 5 March 2024 moved to March 12, 2024 and then to 14/03/2024.",
        "recommendations": "It is recommended that the Board notes the report.",
    }
    negatives = {
        "decisions": "The approval process is described in the appendix; a motion picture was shown.",
        "votes": "See pages 7 and 9 of the handbook.",
        "money": "Twelve people attended and 3 apologies were given.",
        "dates": "Room 12 on floor 3 of building 2024.",
        "recommendations": "The report describes the estate.",
    }
    for fld, text in positives.items():
        paper, probe = _probe(text, {f: [] for f in SHAPES})
        assert any(s.field == fld for s in probe.unexplained), fld
    for fld, text in negatives.items():
        paper, probe = _probe(text, {f: [] for f in SHAPES})
        assert not any(s.field == fld for s in probe.unexplained), (fld, [s.text for s in probe.unexplained])


def test_the_rate_is_per_thousand_words():
    words = "The Board approved the plan. " + "word " * 995
    _, probe = _probe(words, {f: [] for f in SHAPES})
    assert probe.words == 1000 and probe.rate == 1000 * len(probe.unexplained) / 1000 >= 1


def test_probe_over_the_seed_papers_and_an_unreadable_file(tmp_path):
    for seed in sorted((CORPUS / "seeds").glob("*.txt"))[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing here")
    report = probe_paths([str(tmp_path)])
    assert len(report.papers) == 2 and report.signals > report.total_unexplained >= 0
    assert 0 <= report.rate_per_1000_words < 1000
    assert [(s, c) for s, c, _ in report.errors] == [("broken.pdf", "corrupt_pdf")]
    res = CliRunner().invoke(main, ["probe", str(tmp_path), "--json"])
    assert res.exit_code == 0
    d = json.loads(res.output)
    assert d["papers"] == 2 and d["errors"][0]["code"] == "corrupt_pdf" and "rate_per_1000_words" in d


def test_probe_is_linear_on_hostile_lines():
    for shape in ("approved ", "£1 ", "7-2, ", "March 5 ", "5/11/2024 ", "recommended "):
        line = shape * (100_000 // len(shape))
        paper = paper_from_bytes(line.encode(), name="x.txt", source="x.txt")
        t = time.perf_counter()
        probe_paper(paper, {f: [] for f in SHAPES})
        assert time.perf_counter() - t < 20, shape
