"""The CLI through click's runner: extract, text and ingest on real papers."""
from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from boardpapers.pipeline.cli import main

from helpers import CORPUS

MINUTES = CORPUS / "real" / "nipissing-township-council-minutes-2023-12-19.pdf"


def test_help_lists_commands():
    out = CliRunner().invoke(main, ["--help"]).output
    for cmd in ("extract", "text", "ingest"):
        assert cmd in out


def test_extract_prints_the_format_record():
    res = CliRunner().invoke(main, ["extract", str(MINUTES), "--format", "json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)
    assert rec["source"] == MINUTES.name
    assert rec["format"] == "pdf" and rec["pages"] == 4 and len(rec["sha256"]) == 64
    for key in ("meeting", "dates", "money", "decisions", "recommendations", "votes"):
        assert key in rec


def test_text_shows_page_markers_matching_offsets():
    from boardpapers.pipeline.ingest import read_paper

    res = CliRunner().invoke(main, ["text", str(MINUTES)])
    assert res.exit_code == 0
    paper = read_paper(MINUTES)
    for i, (start, end) in enumerate(paper.pages, 1):
        marker = f"===== page {i} [{start}:{end}] ====="
        assert marker in res.output
        body = res.output.split(marker, 1)[1].split("=====", 1)[0]
        assert body.lstrip("\n") == paper.text[start:end] or body[1:] == paper.text[start:end]


def test_extract_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing else")
    res = CliRunner().invoke(main, ["extract", str(bad)])
    assert res.exit_code == 2
    assert "corrupt" in res.output and "broken.pdf" in res.output


def test_ingest_loads_good_papers_and_records_bad_ones(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(MINUTES.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "notes.json").write_text("{}")
    db = tmp_path / "a.sqlite"
    res = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert res.exit_code == 1  # a failed paper makes the run fail, so cron tells someone
    assert "1 new" in res.output and "1 failed" in res.output and ".json 1" in res.output
    con = sqlite3.connect(db)
    assert con.execute("select source, pages from current_papers").fetchall() == [("minutes.pdf", 4)]
    assert con.execute("select source, code from errors").fetchall() == [("empty.txt", "empty")]
    res = CliRunner().invoke(main, ["ingest", str(folder / "minutes.pdf"), "--db", str(db)])
    assert res.exit_code == 0


def test_a_missing_spacy_model_is_named_with_its_install_command(monkeypatch, tmp_path):
    from boardpapers.extractors import nlp

    monkeypatch.setattr(nlp, "MODEL", "en_core_web_not_installed")
    res = CliRunner().invoke(main, ["extract", str(MINUTES)])
    assert res.exit_code == 2
    assert "en_core_web_not_installed" in res.output and "pip install" in res.output
    res = CliRunner().invoke(main, ["refresh", str(tmp_path), "--db", str(tmp_path / "a.sqlite")])
    assert res.exit_code == 2 and "requirements-model.txt" in res.output
