"""The archive: idempotent loads, versions and exact change rows, removals,
re-extraction, matters, read-only queries, exports, and every README example query."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from boardpapers.pipeline import extract as extract_module
from boardpapers.pipeline.access import ReadOnlyError, run_query
from boardpapers.pipeline.cli import main
from boardpapers.pipeline.runner import ingest

from helpers import CORPUS, ROOT, q, quiet


PAPER_V1 = """Northshire Clinical Commissioning Group
Governing Body

Date of Meeting: 12 November 2024\tPaper No: GB/24/07
Title of Paper: Community Diagnostic Centre Business Case

The Governing Body is asked to:
• Note the outline business case for the Community Diagnostic Centre
• Support the public engagement plan

The capital cost is £12.5m in 2025/26.
"""

PAPER_V2 = PAPER_V1.replace("12 November 2024", "11 March 2025").replace(
    "• Note the outline business case for the Community Diagnostic Centre",
    "• Approve the outline business case for the Community Diagnostic Centre").replace("£12.5m", "£13.1m")


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "papers"
    d.mkdir()
    (d / "cdc.txt").write_text(PAPER_V1)
    shutil.copy(CORPUS / "real" / "nipissing-township-council-minutes-2023-12-19.pdf", d / "minutes.pdf")
    return d


def test_loading_twice_changes_nothing(folder, tmp_path):
    db = str(tmp_path / "a.sqlite")
    first = ingest([str(folder)], db, log=quiet)
    assert first.counts["new"] == 2
    counts = q(db, "select count(*) from paper_versions"), q(db, "select count(*) from decisions"), \
        q(db, "select count(*) from changes")
    second = ingest([str(folder)], db, log=quiet)
    assert second.counts["unchanged"] == 2 and not second.counts["new"] and not second.counts["changed"]
    assert (q(db, "select count(*) from paper_versions"), q(db, "select count(*) from decisions"),
            q(db, "select count(*) from changes")) == counts
    assert q(db, "select n_unchanged, n_new from runs order by id desc limit 1") == [(2, 0)]


def test_editing_a_paper_gives_a_version_and_exact_changes(folder, tmp_path):
    db = str(tmp_path / "a.sqlite")
    ingest([str(folder)], db, log=quiet)
    (folder / "cdc.txt").write_text(PAPER_V2)
    summary = ingest([str(folder)], db, log=quiet)
    assert summary.counts["changed"] == 1 and summary.counts["unchanged"] == 1
    assert q(db, "select count(*) from paper_versions v join papers p on p.id=v.paper_id where p.source='cdc.txt'") == [(2,)]
    assert q(db, "select count(*) from paper_versions where superseded_by is not null") == [(1,)]
    changes = q(db, "select kind, change, old_value, new_value from changes where run_id = (select max(id) from runs) "
                    "order by kind, change, old_value")
    assert ("paper", "changed") in [(k, c) for k, c, _, _ in changes]
    assert ("decision", "altered",
            "note [proposed]: the outline business case for the Community Diagnostic Centre",
            "approve [proposed]: the outline business case for the Community Diagnostic Centre") in changes
    assert ("budget", "altered") in [(k, c) for k, c, _, _ in changes]
    assert ("date", "removed", "2024-11-12", None) in changes and ("date", "added", None, "2025-03-11") in changes
    # the old version and its items stay; the views show the current one
    assert q(db, "select count(*) from budgets b join paper_versions v on v.id = b.version_id "
                 "join papers p on p.id = v.paper_id where p.source = 'cdc.txt'") == [(2,)]
    assert q(db, "select amount from current_budgets where source='cdc.txt'") == [(13100000,)]
    # both versions of the paper belong to one matter; its history shows note, then approve
    out = CliRunner().invoke(main, ["history", "cdc.txt", "--db", db])
    assert out.exit_code == 0 and "superseded" in out.output and "altered" in out.output


def test_deleting_a_paper_marks_it_removed(folder, tmp_path):
    db = str(tmp_path / "a.sqlite")
    ingest([str(folder)], db, log=quiet)
    (folder / "cdc.txt").unlink()
    summary = ingest([str(folder)], db, log=quiet)
    assert summary.counts["removed"] == 1
    assert q(db, "select p.source, p.removed_run_id is not null from papers p order by source") == \
        [("cdc.txt", 1), ("minutes.pdf", 0)]
    assert q(db, "select count(*) from current_papers") == [(1,)]
    assert q(db, "select count(*) from paper_versions") == [(2,)]       # nothing deleted
    (folder / "cdc.txt").write_text(PAPER_V1)
    again = ingest([str(folder)], db, log=quiet)
    assert again.counts["restored"] == 1 and q(db, "select count(*) from current_papers") == [(2,)]


def test_newer_extractor_is_a_reextraction_not_a_change(folder, tmp_path, monkeypatch):
    db = str(tmp_path / "a.sqlite")
    ingest([str(folder)], db, log=quiet)
    monkeypatch.setattr(extract_module, "EXTRACTOR_VERSION", "9.9.9+test")
    import boardpapers.pipeline.runner as runner
    monkeypatch.setattr(runner, "EXTRACTOR_VERSION", "9.9.9+test")
    summary = ingest([str(folder)], db, log=quiet)
    assert summary.counts["reextracted"] == 2
    kinds = q(db, "select kind, change from changes where run_id = (select max(id) from runs)")
    assert set(kinds) == {("paper", "reextracted")}
    assert q(db, "select count(*) from paper_versions") == [(2,)]
    assert q(db, "select distinct extractor_version from decisions") == [("9.9.9+test",)]


def test_a_failed_paper_does_not_touch_loaded_ones(folder, tmp_path):
    db = str(tmp_path / "a.sqlite")
    ingest([str(folder)], db, log=quiet)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 truncated")
    summary = ingest([str(folder)], db, log=quiet)
    assert summary.counts["failed"] == 1 and summary.counts["unchanged"] == 2
    assert q(db, "select source, code from errors") == [("broken.pdf", "corrupt_pdf")]


def test_query_is_read_only(folder, tmp_path):
    db = str(tmp_path / "a.sqlite")
    ingest([str(folder)], db, log=quiet)
    with pytest.raises(ReadOnlyError, match="read-only"):
        run_query(db, "DELETE FROM papers")
    res = CliRunner().invoke(main, ["query", "UPDATE papers SET source = 'x'", "--db", db])
    assert res.exit_code == 2 and "read-only" in res.output
    res = CliRunner().invoke(main, ["query", "select source from current_papers order by source", "--db", db,
                                    "--format", "json"])
    assert json.loads(res.output) == [{"source": "cdc.txt"}, {"source": "minutes.pdf"}]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("archive") / "corpus.sqlite")
    summary = ingest([str(CORPUS)], db, log=quiet)
    assert summary.counts["failed"] == 0
    return db


def readme_queries() -> dict[str, str]:
    text = (ROOT / "README.md").read_text()
    return {title.strip(): sql for title, sql in re.findall(r"\n([^\n]+):\n```sql\n(.*?)```", text, re.S)}


def test_readme_has_the_example_queries():
    assert len(readme_queries()) >= 6


EXPECTED = {
    "Decision history of a matter": lambda rows: {r[3] for r in rows} >= {"endorse", "note"} and len(rows) >= 4,
    "Budgets of £10m or more, by year of the meeting": lambda rows: any(r[2] == 85_000_000 and r[0] == "2016" for r in rows),
    "Votes that were not unanimous": lambda rows: any(r[3] == 8 and r[4] == 26 and r[6] == "lost" for r in rows),
    "Papers due for decision": lambda rows: any(r[3] == "approve" and "capital programme" in r[4] for r in rows),
    "Which bodies approved what": lambda rows: any("statement of accounts" in r[3] for r in rows),
    "Full-text search over paper text": lambda rows: {"seeds/000_33df3805013e11d2.txt", "seeds/001_31d9c70dae4d180f.txt"}
        <= {r[0] for r in rows} and [r[0] for r in rows] == sorted(r[0] for r in rows),
    "Deadlines the papers set": lambda rows: any(r[1] == "2015-01-31" for r in rows),
    "What the last run changed": lambda rows: len(rows) == len({(r[0], r[1], r[2]) for r in rows}) and
        any(r[1] == "paper" and r[2] == "added" for r in rows),
}


@pytest.mark.parametrize("title", list(EXPECTED))
def test_readme_example_query(corpus_db, title):
    queries = readme_queries()
    sql = next(s for t, s in queries.items() if t.startswith(title))
    cols, rows = run_query(corpus_db, sql)
    assert rows, f"no rows for: {title}"
    assert EXPECTED[title](rows), (title, rows[:5])


def test_export_writes_every_view(corpus_db, tmp_path):
    res = CliRunner().invoke(main, ["export", "--format", "csv", "--out", str(tmp_path / "x"), "--db", corpus_db])
    assert res.exit_code == 0
    names = {p.stem for p in (tmp_path / "x").iterdir()}
    assert {"current_papers", "current_decisions", "current_budgets", "current_votes", "decision_history",
            "runs", "errors", "changes"} <= names
    header = (tmp_path / "x" / "current_budgets.csv").read_text().splitlines()[0]
    assert "amount" in header and "currency" in header


def test_matter_history_lists_decisions_in_date_order(corpus_db):
    _, rows = run_query(corpus_db, "select matter_id from current_papers where source like 'seeds/001%'")
    res = CliRunner().invoke(main, ["history", "--matter", str(rows[0][0]), "--db", corpus_db])
    assert res.exit_code == 0 and "Devolution" in res.output and "endorse" in res.output


def test_matter_index_finds_what_comparing_every_matter_finds():
    """The loader's word index of matters answers as the scan over every matter did: the first
    (lowest id) matter whose title is the same or near-same, on the gold papers' own titles and
    on titles made from them by dropping and adding words."""
    import glob
    import json
    import random

    from boardpapers.pipeline.loader import _MatterIndex, _same_matter, _words

    titles = [json.load(open(f))["meeting"].get("title") for f in sorted(glob.glob("corpus/gold/*.json"))]
    titles = [t for t in titles if t]
    rng = random.Random(5)
    for t in list(titles):
        ws = t.split()
        for _ in range(3):
            cut = [w for w in ws if rng.random() > 0.15] + (["revised"] if rng.random() < 0.3 else [])
            titles.append(" ".join(cut))
    rng.shuffle(titles)
    index, rows, joined = _MatterIndex([]), [], 0
    for t in titles:
        words = _words(t)
        brute = next((mid for mid, other in rows if _same_matter(words, other)), None)
        assert index.find(words) == brute, t
        if brute is None and words:
            rows.append((len(rows) + 1, words))
            index.add(len(rows), words)
        joined += brute is not None
    assert joined > 50 and len(rows) > 100      # both kinds of answer were tested


def test_a_matter_made_in_a_failed_load_is_forgotten():
    from boardpapers.pipeline.loader import _MatterIndex, _words

    index = _MatterIndex([(1, "budget 2025 26 approval")])
    index.add(2, _words("Capital programme for the new leisure centre"))
    index.rollback()
    assert index.find(_words("Capital programme for the new leisure centre")) is None
    assert index.find(_words("Budget 2025/26 approval")) == 1
