"""The same models and views on PostgreSQL: load, reload, and the README queries agree with
SQLite (full-text search aside, which is SQLite's FTS5). Runs where a server is given in
BOARDPAPERS_TEST_POSTGRES_URL; .ci/run starts one, so CI always runs it."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from boardpapers.pipeline.access import ReadOnlyError, run_query
from boardpapers.pipeline.runner import ingest

from helpers import CORPUS, quiet
from test_archive import readme_queries

URL = os.environ.get("BOARDPAPERS_TEST_POSTGRES_URL")

pytestmark = pytest.mark.skipif(not URL, reason="set BOARDPAPERS_TEST_POSTGRES_URL to test on PostgreSQL "
                                                "(.ci/run starts a local server)")


@pytest.fixture(scope="module")
def pg():
    engine = create_engine(URL)
    with engine.begin() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return URL


def test_postgres_archive_matches_sqlite(pg, tmp_path):
    lite = str(tmp_path / "a.sqlite")
    for db in (pg, lite):
        assert ingest([str(CORPUS)], db, log=quiet).counts["failed"] == 0
    again = ingest([str(CORPUS)], pg, log=quiet)
    assert again.counts["unchanged"] == sum(again.counts.values())
    for title, sql in readme_queries().items():
        if "MATCH" in sql:
            continue
        if "last run" in title:
            continue  # the PostgreSQL archive has had one more (no-op) run
        _, a = run_query(pg, sql)
        _, b = run_query(lite, sql)
        assert len(a) == len(b), title
    with pytest.raises(ReadOnlyError):
        run_query(pg, "DELETE FROM runs")


def test_postgres_lock_is_one_writer_at_a_time_and_released(pg):
    from boardpapers.pipeline.lock import Locked, RunLock

    with RunLock(pg):
        with pytest.raises(Locked):
            with RunLock(pg, wait=0.5):
                pass
    with RunLock(pg):          # released when the first holder closed its session
        pass


def test_postgres_reads_are_read_only_and_time_limited(pg):
    ingest([str(CORPUS / "seeds")], pg, log=quiet)
    with pytest.raises(ReadOnlyError, match="read-only"):
        run_query(pg, "DROP TABLE votes")
    with pytest.raises(ReadOnlyError, match="time limit"):
        run_query(pg, "SELECT pg_sleep(5)", timeout=0.5)
    assert run_query(pg, "SELECT count(*) FROM votes")[1][0][0] >= 0
