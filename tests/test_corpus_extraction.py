"""Over the whole corpus: every span is exact, no text makes an extractor raise,
and accuracy on the gold annotations stays above its floor."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardpapers.extractors import dates, decisions, meeting, money, recommendations, registry, votes
from boardpapers.extractors.context import Context
from boardpapers.pipeline.evaluate import FIELDS, Scores, load_gold, score_paper
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import read_paper
from boardpapers.pipeline.runner import find_papers

from helpers import CORPUS, ROOT, check_spans, paper_of

PAPERS = [found.path for found in find_papers([str(CORPUS)])]   # as `boardpapers ingest corpus` sees them

# Accuracy floors just under today's scores on corpus/gold (290 papers, 2026-12-07; first-contact
# batches join it after they are scored, which lowers a field until rules for them are written:
# batch 27's Western Australian officer-recommendation boxes took recommendations from 0.927 to
# 0.917): a drop fails CI.
FLOORS = {"meeting": 0.91, "dates": 0.97, "money": 0.98, "decisions": 0.79, "recommendations": 0.90, "votes": 0.93}
DEV_FLOORS = {"meeting": 0.97, "dates": 0.97, "money": 0.99, "decisions": 0.95, "recommendations": 0.97, "votes": 0.97}


@lru_cache(maxsize=None)
def record_of(path: Path) -> dict:
    return extract_record(read_paper(path), source_name=path.name).to_dict()


@pytest.mark.parametrize("path", PAPERS, ids=[p.name for p in PAPERS])
def test_every_span_is_exact(path):
    paper = read_paper(path)
    rec = record_of(path)
    check_spans(paper, rec)
    for name, span in rec["meeting"]["spans"].items():
        value = rec["meeting"][name]
        if name == "date":
            assert paper.text[span["start"]:span["end"]]  # the printed form of the ISO date
        elif name != "title":
            assert paper.text[span["start"]:span["end"]] == value


def test_record_json_is_the_format_shape():
    rec = record_of(CORPUS / "seeds" / "001_31d9c70dae4d180f.txt")
    assert set(rec) >= {"source", "meeting", "dates", "money", "decisions", "recommendations", "votes"}
    assert set(rec["meeting"]) >= {"organisation", "body", "date", "paper_number", "title", "purpose"}
    assert all(set(v) >= {"for", "against", "abstain", "unanimous", "result", "group", "motion"} for v in rec["votes"])
    json.dumps(rec)


EXTRACTORS = [dates, money, decisions, recommendations, votes]
board_text = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                              + list(" \n\t.,;:()/-–£$€%'\"“”•✓☒☐") ), max_size=400)
phrases = st.sampled_from(["The Board is asked to:", "RESOLVED: that", "Carried.", "For: 7, Against: 2",
                           "£1.3bn", "2019/20", "31 January", "In Favour", "(4)", "Recommendation", "That ",
                           "Date of Meeting:", "Paper No:", "unanimously agreed", "$10-15m", "Y-5", "approve"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(board_text, phrases), max_size=12).map(" ".join))
def test_no_text_makes_an_extractor_raise(text):
    if not text.strip():
        return
    paper = paper_of(text)
    ctx = Context()
    meeting.extract(paper, ctx)
    for module in EXTRACTORS:
        for item in module.extract(paper, ctx):
            assert 0 <= item.start <= item.end <= len(paper.text)


def _score(gold_dir: Path) -> Scores:
    index = {p.name: p for p in PAPERS}
    scores = Scores()
    for gold in load_gold(gold_dir):
        assert gold["source"] in index, f"gold file for a paper not in corpus/: {gold['source']}"
        score_paper(scores, gold, record_of(index[gold["source"]]))
    return scores


def test_accuracy_floor_on_the_corpus_gold():
    scores = _score(CORPUS / "gold")
    assert scores.papers >= 20
    low = {f: round(scores.prf(f)[2], 3) for f in FIELDS if scores.prf(f)[2] < FLOORS[f]}
    assert not low, f"F1 under its floor: {low}\n{scores.table()}"


def test_accuracy_floor_on_the_dev_gold():
    dev = [g for g in load_gold(CORPUS / "gold") if g["source"].startswith(("00", "nipissing-township-council-minutes"))]
    index = {p.name: p for p in PAPERS}
    scores = Scores()
    for gold in dev:
        score_paper(scores, gold, record_of(index[gold["source"]]))
    low = {f: round(scores.prf(f)[2], 3) for f in FIELDS if scores.prf(f)[2] < DEV_FLOORS[f]}
    assert not low, f"F1 under its floor: {low}\n{scores.table()}"


SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval/score.py is not beside this checkout")
def test_our_scores_agree_with_the_shared_scorer(tmp_path):
    for gold in load_gold(CORPUS / "gold"):
        index = {p.name: p for p in PAPERS}
        (tmp_path / f"{gold['source']}.json").write_text(json.dumps(record_of(index[gold["source"]])))
    out = subprocess.run([sys.executable, str(SHARED_SCORER), "--gold", str(CORPUS / "gold"), "--pred", str(tmp_path),
                          "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours = _score(CORPUS / "gold").as_dict()
    for f in FIELDS:
        assert theirs[f]["tp_fp_fn"] == ours[f]["tp_fp_fn"], f
    assert abs(theirs["macro_f1"] - ours["macro_f1"]) < 1e-9


def test_registry_runs_meeting_first():
    assert registry.MEETING is meeting.extract
    assert [name for name, _ in registry.LISTS] == ["dates", "money", "decisions", "recommendations", "votes"]
