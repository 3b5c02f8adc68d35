"""Defects a hostile user found (issue 11), one test per numbered item: the read path cannot
write, papers are never merged or lost without a word, a damaged archive is refused, a
killed run says what it did and leaves no workers behind, and bad arguments give a
sentence, not a traceback."""
from __future__ import annotations

import csv
import io
import multiprocessing
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
from boardpapers.pipeline.access import spreadsheet_safe
from boardpapers.pipeline.cli import main
from boardpapers.pipeline.database import ArchiveError
from boardpapers.pipeline.ingest import Limits, read_paper
from boardpapers.pipeline.lock import RunLock
from boardpapers.pipeline.readers.text import decode
from boardpapers.schemas.paper import PaperError

from helpers import CORPUS, q, quiet

SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))
MINUTES_A = "Minutes of the Estates Committee\n\n1. The Committee approved the estates strategy.\n"
MINUTES_B = "Minutes of the People Committee\n\n1. The Committee approved the workforce plan.\n"


def cli(*args):
    return CliRunner().invoke(main, list(args))


def seed_archive(folder: Path) -> tuple[Path, Path]:
    """The five seed papers in folder/c, loaded into folder/archive.sqlite."""
    corpus = folder / "c"
    corpus.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    db = folder / "archive.sqlite"
    runner.ingest([str(corpus)], str(db), log=quiet)
    return corpus, db


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A small archive of the seed papers (module-wide: the tests only read it)."""
    return seed_archive(tmp_path_factory.mktemp("hostile"))[1]


def _tables(db) -> set[str]:
    return {r[0] for r in q(str(db), "select name from sqlite_master where type in ('table', 'view')")}


# 1 and 2: the read path cannot write, for a path and for a URL; runaway queries stop -------

@pytest.mark.parametrize("how", ["path", "url"])
@pytest.mark.parametrize("sql", ["DROP TABLE votes", "DELETE FROM decisions", "UPDATE papers SET source = 'x'",
                                 "INSERT INTO matters(title, key) VALUES ('a', 'a')", "CREATE TABLE t(x)",
                                 "PRAGMA journal_mode=DELETE", "PRAGMA user_version=7"])
def test_query_refuses_every_write(archive, how, sql):
    before = (_tables(archive), q(str(archive), "select count(*) from decisions"))
    db = str(archive) if how == "path" else f"sqlite:///{archive}"
    res = cli("query", sql, "--db", db)
    assert res.exit_code == 2 and "read-only" in res.output
    assert (_tables(archive), q(str(archive), "select count(*) from decisions")) == before
    assert q(str(archive), "pragma user_version") == [(0,)]


@pytest.mark.parametrize("sql", ["VACUUM INTO '{out}'", "ATTACH '{out}' AS x"])
def test_query_cannot_write_other_files(archive, tmp_path, sql):
    out = tmp_path / "copy.db"
    res = cli("query", sql.format(out=out), "--db", f"sqlite:///{archive}")
    assert res.exit_code == 2 and "read-only" in res.output
    assert not out.exists()


def test_query_reads_still_work_fts_and_table_info_included(archive):
    res = cli("query", "select count(*) AS n from paper_search where paper_search match 'board'", "--db", str(archive))
    assert res.exit_code == 0 and "(1 rows)" in res.output
    res = cli("query", "PRAGMA table_info(decisions)", "--db", f"sqlite:///{archive}")
    assert res.exit_code == 0 and "verb" in res.output


def test_a_runaway_query_is_stopped_at_the_time_limit(archive):
    t = time.monotonic()
    res = cli("query", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
              "--db", str(archive), "--timeout", "1")
    assert res.exit_code == 2 and "time limit (1 s)" in res.output
    assert time.monotonic() - t < 20


# 3: CSV that a spreadsheet would run --------------------------------------------------------

def test_csv_cells_that_look_like_formulas_are_quoted(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / '=HYPERLINK("http-x").txt').write_text(MINUTES_A)
    db = str(tmp_path / "a.sqlite")
    runner.ingest([str(corpus)], db, log=quiet)
    assert cli("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", db).exit_code == 0
    rows = list(csv.DictReader((tmp_path / "out" / "current_papers.csv").open(encoding="utf-8")))
    assert [r["source"] for r in rows] == ['\'=HYPERLINK("http-x").txt']
    res = cli("query", "select source, '+1+2' as a, '-3' as b, '@SUM(A1)' as c, 'plain' as d, -4 as e from papers",
              "--db", db, "--format", "csv")
    row = list(csv.reader(io.StringIO(res.output)))[1]
    assert row == ['\'=HYPERLINK("http-x").txt', "'+1+2", "'-3", "'@SUM(A1)", "plain", "-4"]
    assert spreadsheet_safe(-4) == -4 and spreadsheet_safe("\tx") == "'\tx"


# 4: two papers of one name in two folders are two papers -----------------------------------

def _two_folders(tmp_path):
    for name, text in (("A", MINUTES_A), ("B", MINUTES_B)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "minutes.txt").write_text(text)
    return tmp_path / "A", tmp_path / "B"


def test_same_name_in_two_folders_loaded_one_after_the_other(tmp_path):
    a, b = _two_folders(tmp_path)
    db = str(tmp_path / "a.sqlite")
    runner.ingest([str(a)], db, log=quiet)
    s = runner.ingest([str(b)], db, log=quiet)
    assert s.counts["new"] == 1 and s.counts["removed"] == 0
    assert q(db, "select root, source from current_papers order by root") == \
        [(str(a.resolve()), "minutes.txt"), (str(b.resolve()), "minutes.txt")]
    assert q(db, "select count(*) from paper_versions") == [(2,)]
    assert q(db, "select count(*) from changes where change = 'removed'") == [(0,)]
    assert sorted(r[0] for r in q(db, "select text from current_decisions")) == ["the estates strategy",
                                                                                 "the workforce plan"]
    res = cli("history", "minutes.txt", "--db", db)       # ambiguous: both are named
    assert res.exit_code == 2 and "2 papers match" in res.output
    res = cli("history", str(a / "minutes.txt"), "--db", db)
    assert res.exit_code == 0 and "version 1" in res.output


def test_same_name_in_two_folders_in_one_run_and_a_file_named_directly(tmp_path):
    a, b = _two_folders(tmp_path)
    db = str(tmp_path / "a.sqlite")
    assert runner.ingest([str(a), str(b)], db, log=quiet).counts["new"] == 2
    assert q(db, "select count(*) from current_papers") == [(2,)]
    # a file named directly keeps the identity it got from its folder: no third paper
    s = runner.ingest([str(a / "minutes.txt")], db, log=quiet)
    assert s.counts["unchanged"] == 1 and q(db, "select count(*) from papers") == [(2,)]


# 5: a refresh that would lose most of the corpus is refused ---------------------------------

def _loaded(tmp_path, n=5):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    for i in range(n):
        (corpus / ("sub" if i % 2 else ".") / f"p{i}.txt").write_text(MINUTES_A + f"\n{i}. Noted item {i}.\n")
    db = str(tmp_path / "a.sqlite")
    runner.ingest([str(corpus)], db, log=quiet, kind="refresh")
    return corpus, db


def test_refresh_of_an_empty_folder_removes_nothing(tmp_path):
    corpus, db = _loaded(tmp_path)
    shutil.rmtree(corpus)
    corpus.mkdir()                                     # the share failed to mount: an empty folder
    res = cli("refresh", str(corpus), "--db", db, "--quiet")
    assert res.exit_code == 4 and "refused" in res.output and "--allow-mass-removal" in res.output
    assert q(db, "select count(*) from current_papers") == [(5,)]
    assert q(db, "select status from runs order by id desc limit 1") == [("refused",)]
    assert q(db, "select code from errors") == [("mass_removal",)]
    res = cli("refresh", str(corpus), "--db", db, "--quiet", "--allow-mass-removal")
    assert res.exit_code == 0 and q(db, "select count(*) from current_papers") == [(0,)]


def test_removing_more_than_the_share_is_refused_but_a_few_are_removed(tmp_path):
    corpus, db = _loaded(tmp_path, n=10)
    (corpus / "p0.txt").unlink()                       # 1 of 10: an ordinary removal
    assert runner.ingest([str(corpus)], db, log=quiet).counts["removed"] == 1
    for i in (2, 4, 6):
        (corpus / f"p{i}.txt").unlink()                # 3 of the 9 left: over 20%
    with pytest.raises(runner.RefreshRefused, match="3 of the 9 papers"):
        runner.ingest([str(corpus)], db, log=quiet)
    assert q(db, "select count(*) from current_papers") == [(9,)]
    assert runner.ingest([str(corpus)], db, log=quiet, max_removal=0.5).counts["removed"] == 3


def test_an_unreadable_subfolder_stops_the_refresh(tmp_path, monkeypatch):
    corpus, db = _loaded(tmp_path)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(runner.RefreshRefused, match="could not be read"):
        runner.ingest([str(corpus)], db, log=quiet, kind="refresh")
    assert q(db, "select count(*) from current_papers") == [(5,)]
    assert q(db, "select code from errors") == [("unreadable_folder",)]


# 6: a damaged archive is refused, with the way out -----------------------------------------

@pytest.mark.parametrize("damage", ["middle", "truncated", "zeroed"])
def test_a_damaged_archive_is_refused_everywhere(tmp_path, damage):
    corpus, db = seed_archive(tmp_path)
    data = bytearray(db.read_bytes())
    if damage == "middle":
        mid = len(data) // 2 // 4096 * 4096
        data[mid:mid + 8192] = os.urandom(8192)
    elif damage == "truncated":
        data = data[:len(data) // 3 + 100]
    elif damage == "zeroed":
        data = bytearray(len(data))
    else:
        data = bytearray()
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    res = cli("refresh", str(corpus), "--db", str(db), "--quiet")
    assert res.exit_code == 2 and "damaged" in res.output and ".recover" in res.output and "make archive" in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert db.read_bytes() == before                   # nothing written
    res = cli("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db))
    assert res.exit_code == 2 and "damaged" in res.output
    if damage != "middle":   # history reads a few pages: damage elsewhere in the file may not be on them
        res = cli("history", SEEDS[0].name, "--db", str(db))
        assert res.exit_code == 2 and "damaged" in res.output and isinstance(res.exception, SystemExit)


def test_an_archive_of_an_older_schema_is_refused_not_upgraded_in_part(tmp_path):
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, kind TEXT)")
    conn.commit()
    conn.close()
    res = cli("ingest", str(SEEDS[0]), "--db", str(db), "--quiet")
    assert res.exit_code == 2 and "older boardpapers" in res.output
    assert q(str(db), "select name from sqlite_master") == [("runs",)]


# 7 and 8: a killed run says what it did, and its workers die with it -------------------------

def _corpus_of(folder: Path, copies: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for seed in SEEDS:
            (folder / f"{i:03d}-{seed.name}").write_text(seed.read_text() + f"\n\nCopy {i}.\n")
    return folder


def _wait_for(predicate, seconds=120.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except sqlite3.OperationalError:
            pass
        time.sleep(0.2)
    return False


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.split(") ", 1)[1][0] != "Z"            # a zombie has ended


def test_a_killed_run_keeps_its_counts_its_workers_end_and_the_next_run_marks_it(tmp_path):
    corpus = _corpus_of(tmp_path / "c", copies=8)        # 40 papers
    db = str(tmp_path / "a.sqlite")
    cmd = [sys.executable, "-m", "boardpapers.pipeline.cli", "refresh", str(corpus), "--db", db, "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert _wait_for(lambda: Path(db).exists() and q(db, "select coalesce(max(n_new), 0) from runs")[0][0] >= 4)
        workers = _children(proc.pid)
        assert len(workers) >= 2
        os.kill(proc.pid, signal.SIGKILL)                # the main process only, as cron's kill would
        proc.wait()
        assert _wait_for(lambda: not any(_alive(w) for w in workers), 30), "workers outlived their run"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    (n_new, finished, status), = q(db, "select n_new, finished_at, status from runs")
    loaded = q(db, "select count(*) from papers")[0][0]
    assert finished is None and status == "running" and 4 <= n_new == loaded < 40
    s = runner.ingest([str(corpus)], db, log=quiet, kind="refresh", wait=10)
    assert s.counts["new"] == 40 - loaded
    assert q(db, "select status from runs order by id") == [("interrupted",), ("finished",)]


# 9: the lock holds for URLs; the schema is made once however many start together -------------

def test_the_lock_covers_a_sqlite_url(tmp_path):
    db = tmp_path / "a.sqlite"
    with RunLock(f"sqlite:///{db}"):
        res = cli("ingest", str(SEEDS[0]), "--db", str(db), "--quiet")
        assert res.exit_code == 3 and "another run" in res.output
        res = cli("ingest", str(SEEDS[0]), "--db", f"sqlite:///{db}", "--quiet")
        assert res.exit_code == 3
    assert cli("ingest", str(SEEDS[0]), "--db", f"sqlite:///{db}", "--quiet").exit_code == 0


def _make_schema(db: str) -> None:
    from boardpapers.pipeline.loader import connect

    connect(db).dispose()


def test_concurrent_creators_of_the_schema_all_succeed(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_make_schema, args=(db,)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    assert q(str(tmp_path / "a.sqlite"), "select value from archive_meta") == [("2",)]


# 10: a text paper too large to be a paper is refused at once ----------------------------------

def test_a_huge_text_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(Limits().max_text_bytes + 1)
    t = time.monotonic()
    with pytest.raises(PaperError) as e:
        read_paper(big)
    assert e.value.code == "too_large" and "text paper" in e.value.message
    assert time.monotonic() - t < 5


# 12: bad arguments and odd files give sentences, not tracebacks -------------------------------

def test_an_ignore_file_that_is_not_utf8(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / ".boardpapersignore").write_bytes(b"drafts/*\n# caf\xe9 notes\n")
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "d.txt").write_text(MINUTES_B)
    (corpus / "m.txt").write_text(MINUTES_A)
    res = cli("ingest", str(corpus), "--db", str(tmp_path / "a.sqlite"), "--quiet")
    assert res.exit_code == 0 and "1 new" in res.output and "ignored 1" in res.output


def test_db_pointing_at_a_folder(tmp_path):
    for command in (["ingest", str(SEEDS[0])], ["query", "select 1"], ["export", "--out", str(tmp_path / "o")],
                    ["history", "x.txt"]):
        res = cli(*command, "--db", str(tmp_path))
        assert res.exit_code == 2 and "is a folder" in res.output, command


def test_an_unreachable_postgresql_server(tmp_path):
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"
    for command in (["ingest", str(SEEDS[0]), "--quiet"], ["query", "select 1"]):
        res = cli(*command, "--db", url)
        assert res.exit_code == 2 and "cannot connect to the database" in res.output, res.output
        assert "secret" not in res.output


def test_a_question_mark_in_the_db_path_names_that_file(tmp_path):
    db = tmp_path / "odd?name#1.sqlite"
    assert cli("ingest", str(SEEDS[0]), "--db", str(db), "--quiet").exit_code == 0
    assert db.is_file() and not (tmp_path / "odd").exists()
    res = cli("query", "select count(*) AS n from papers", "--db", str(db))
    assert res.exit_code == 0 and "1 " in res.output


def test_a_newline_in_a_file_name_stays_on_one_log_line(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "two\nlines.txt").write_text(MINUTES_A)
    (corpus / "bad\nname.pdf").write_bytes(b"%PDF-1.4 broken")
    lines = []
    runner.ingest([str(corpus)], str(tmp_path / "a.sqlite"), log=lines.append)
    assert all("\n" not in ln for ln in lines)
    assert any("two\\nlines.txt" in ln for ln in lines) and any("bad\\nname.pdf" in ln for ln in lines)


def test_utf16_without_a_byte_order_mark_is_text():
    text = "Minutes of the Board held on 5 March 2024.\nThe Board approved the budget of £1.2m.\n" * 3
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded, warnings = decode(text.encode(encoding))
        assert decoded == text and "byte-order mark" in warnings[0]
    with pytest.raises(PaperError) as e:
        decode(bytes(range(256)) * 40)
    assert e.value.code == "binary"


def test_a_sqlite_url_without_a_file_is_refused():
    with pytest.raises(ArchiveError):
        from boardpapers.pipeline.database import target
        target("sqlite://")
