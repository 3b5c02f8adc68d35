"""The general decision reader: the shipped model is what `make train` makes from corpus/gold,
and it reads decisions written in ways no rule was written for, while passing over discussion."""
from __future__ import annotations

import json
import subprocess
import sys

from boardpapers.extractors import decision_model, decisions

from helpers import ROOT, run


def test_the_shipped_model_is_reproduced_by_training_on_the_gold(tmp_path):
    shipped = json.loads(decision_model.MODEL_PATH.read_text())
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_decision_model.py"), "--out", str(out),
                    "--threshold", str(shipped["candidates"]["threshold"])], check=True, capture_output=True)
    assert json.loads(out.read_text()) == shipped, "corpus/gold changed: run `make train` and commit the model"


def test_two_stages_and_the_rules_alone():
    m = decision_model.model()
    assert m is not None and 0 < m.sentences.threshold < 1 and 0 < m.threshold < 1
    text = "The treasurer reported the balance.\nAfter a long debate the committee decided to commission a survey.\n"
    sents = decision_model.signal_sentences(text)
    assert [text[s:e].strip() for s, e, _, _ in sents] == ["After a long debate the committee decided to commission a survey."]
    cands = decision_model.candidates(text, "minutes")
    assert {(c.verb, c.text) for c in cands} >= {("decide", "to commission a survey"), ("commission", "a survey")}
    assert all(text[c.start:c.end] == c.text for c in cands)


def test_the_reader_adds_only_where_no_rule_read_a_decision():
    text = ("Minutes of the meeting\n\nMembers agreed to hold the spring fair on 14 June.\n"
            "Mr Jones asked whether the council would consider a new bench.\n"
            "Residents complained that the streetlights were too bright.\n")
    with_model = [(d.verb, d.text) for d in run(decisions, text)]
    decision_model.use(decision_model.DISABLED)
    try:
        rules = [(d.verb, d.text) for d in run(decisions, text)]
    finally:
        decision_model.use(None)
    assert ("agree", "to hold the spring fair on 14 June") in rules
    assert set(rules) <= set(with_model)
    assert not any(v in ("consider", "ask", "complain") for v, _ in with_model)   # questions and complaints are not decisions
