"""The nightly refresh: incremental detection, parallel workers, kill-and-resume, the
lock, one bad paper not affecting the others, per-paper time limit, exit codes."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from boardpapers.pipeline import runner
from boardpapers.pipeline.cli import main
from boardpapers.pipeline.ingest import Limits
from boardpapers.pipeline.lock import Locked, RunLock

from helpers import CORPUS, q, quiet

SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def make_corpus(folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for seed in SEEDS:
            text = seed.read_text() + f"\n\nCopy {i}: the Board noted a budget of £{i + 1},000.\n"
            (folder / f"{i:03d}-{seed.name}").write_text(text)
    shutil.copy(CORPUS / "real" / "nipissing-township-council-minutes-2023-12-19.pdf", folder / "minutes.pdf")
    return folder


def test_incremental_new_changed_touched_removed(tmp_path):
    corpus = make_corpus(tmp_path / "c")
    db = str(tmp_path / "a.sqlite")
    assert runner.ingest([str(corpus)], db, log=quiet, kind="refresh").counts["new"] == 6
    first = sorted(corpus.glob("000-*"))[0]
    second = sorted(corpus.glob("000-*"))[1]
    third = sorted(corpus.glob("000-*"))[2]
    first.write_text(first.read_text() + "\nThe Board approved the revised plan.\n")     # changed
    os.utime(second, (time.time() + 100, time.time() + 100))                             # touched, same bytes
    third.unlink()                                                                       # removed
    (corpus / "new.txt").write_text("The Board is asked to approve the new policy.\n")   # new
    s = runner.ingest([str(corpus)], db, log=quiet, kind="refresh")
    assert (s.counts["new"], s.counts["changed"], s.counts["unchanged"], s.counts["removed"]) == (1, 1, 4, 1)
    assert q(db, "select n_new, n_changed, n_unchanged, n_removed, kind from runs order by id desc limit 1") == \
        [(1, 1, 4, 1, "refresh")]
    # the touched file was read (mtime moved) but its hash confirmed it unchanged: no new version
    assert q(db, f"select count(*) from paper_versions v join papers p on p.id = v.paper_id "
                 f"where p.source = '{second.name}'") == [(1,)]


def test_parallel_workers_load_the_same_archive_as_one(tmp_path):
    corpus = make_corpus(tmp_path / "c", copies=2)
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    runner.ingest([str(corpus)], one, log=quiet, workers=1)
    runner.ingest([str(corpus)], two, log=quiet, workers=2)
    sql = ("select p.source, v.sha256, (select count(*) from decisions d where d.version_id = v.id), "
           "(select count(*) from budgets b where b.version_id = v.id) from papers p "
           "join paper_versions v on v.id = p.current_version_id order by p.source")
    assert q(one, sql) == q(two, sql)


def test_one_bad_paper_does_not_affect_the_others_and_exit_code_says_so(tmp_path):
    corpus = make_corpus(tmp_path / "c")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    db = str(tmp_path / "a.sqlite")
    res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--workers", "2", "--quiet"])
    assert res.exit_code == 1
    assert "6 new" in res.output and "1 failed" in res.output
    assert q(db, "select source, code from errors") == [("scan.pdf", "corrupt_pdf")]
    (corpus / "scan.pdf").unlink()
    res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--quiet"])
    assert res.exit_code == 0 and "6 unchanged" in res.output


def test_per_paper_time_limit(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "c")
    real = runner.extract_record

    def slow(paper, source_name=None, timings=None):
        if "minutes" in str(source_name):
            time.sleep(3)
        return real(paper, source_name=source_name, timings=timings)

    monkeypatch.setattr(runner, "extract_record", slow)
    s = runner.ingest([str(corpus)], str(tmp_path / "a.sqlite"), log=quiet, limits=Limits(max_seconds=1))
    assert s.counts["failed"] == 1 and s.counts["new"] == 5
    assert s.errors[0][:2] == ("minutes.pdf", "timeout")


def test_a_second_run_waits_or_exits_clearly(tmp_path):
    corpus = make_corpus(tmp_path / "c")
    db = str(tmp_path / "a.sqlite")
    with RunLock(db):
        with pytest.raises(Locked):
            with RunLock(db):
                pass
        res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--quiet"])
        assert res.exit_code == 3 and "another run" in res.output
    res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--quiet", "--wait", "5"])
    assert res.exit_code == 0


def test_killed_run_leaves_a_consistent_archive_and_the_next_run_finishes(tmp_path):
    corpus = make_corpus(tmp_path / "c", copies=8)          # 41 papers
    db = str(tmp_path / "a.sqlite")
    cli = [sys.executable, "-m", "boardpapers.pipeline.cli", "refresh", str(corpus), "--db", db, "--workers", "2"]
    proc = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 120
    loaded = 0
    while time.time() < deadline:
        time.sleep(0.3)
        if Path(db).exists():
            try:
                loaded = q(db, "select count(*) from papers")[0][0]
            except sqlite3.OperationalError:
                continue
            if loaded >= 5:
                break
    os.killpg(proc.pid, signal.SIGKILL)                       # kill -9 the run and its workers
    proc.wait()
    assert 5 <= loaded < 41
    assert q(db, "pragma integrity_check") == [("ok",)]
    # every paper row that exists is whole: a current version with its text and items
    assert q(db, "select count(*) from papers where current_version_id is null") == [(0,)]
    assert q(db, "select count(*) from runs where finished_at is null") == [(1,)]
    res = subprocess.run(cli[:-2] + ["--workers", "2", "--quiet"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert q(db, "select count(*) from current_papers") == [(41,)]
    assert q(db, "select count(*) from paper_versions") == [(41,)]
