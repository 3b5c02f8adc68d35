"""Reading and extraction on a Dask distributed cluster (issue 13): a LocalCluster of two worker
processes on this machine loads the same archive as a local run, and the main process is still
the only writer."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from boardpapers.pipeline import runner
from boardpapers.pipeline.cli import main
from boardpapers.pipeline.executors import ExecutorError, parse_executor

from helpers import q, quiet
from test_refresh import make_corpus

distributed = pytest.importorskip("distributed")   # installed with the test extras; skipped only outside them

ITEMS = ("select p.source, v.sha256, v.pages, length(v.text), "
         "(select group_concat(d.verb || ':' || d.start || ':' || d.text, '|') from decisions d where d.version_id = v.id), "
         "(select group_concat(b.amount || ':' || b.start, '|') from budgets b where b.version_id = v.id), "
         "(select count(*) from dates x where x.version_id = v.id), (select count(*) from votes x where x.version_id = v.id) "
         "from papers p join paper_versions v on v.id = p.current_version_id order by p.source")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as c:
        yield c


def test_a_dask_cluster_loads_the_same_archive_as_a_local_run(tmp_path, cluster):
    corpus = make_corpus(tmp_path / "c", copies=2)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF")          # a bad paper fails on the cluster as it does here
    local, dask = str(tmp_path / "local.sqlite"), str(tmp_path / "dask.sqlite")
    a = runner.ingest([str(corpus)], local, log=quiet, workers=1)
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        with distributed.get_task_stream(client=client) as stream:
            b = runner.ingest([str(corpus)], dask, log=quiet, client=client)
    assert a.counts == b.counts and a.counts["new"] == 11 and a.counts["failed"] == 1
    assert q(local, ITEMS) == q(dask, ITEMS)
    assert q(dask, "select source, code from errors") == q(local, "select source, code from errors")
    # the papers were read on both workers of the cluster, not in this process
    assert len({task["worker"] for task in stream.data}) == 2 and len(stream.data) == 12


def test_refresh_through_the_cli_on_a_cluster_reads_only_what_changed(tmp_path, cluster):
    corpus = make_corpus(tmp_path / "c")
    db = str(tmp_path / "a.sqlite")
    address = cluster.scheduler_address.replace("tcp://", "dask://")
    res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--executor", address, "--quiet"])
    assert res.exit_code == 0, res.output
    assert "6 new" in res.output
    first = sorted(corpus.glob("000-*"))[0]
    first.write_text(first.read_text() + "\nThe Board approved the revised plan.\n")
    res = CliRunner().invoke(main, ["refresh", str(corpus), "--db", db, "--executor", address, "--quiet"])
    assert res.exit_code == 0 and "1 changed, 5 unchanged" in res.output, res.output
    assert q(db, "select count(*) from paper_versions") == [(7,)]


def test_an_executor_that_cannot_be_used_is_a_clear_error():
    assert parse_executor("local") is None and parse_executor("dask://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    with pytest.raises(ExecutorError, match="expected dask://HOST:PORT"):
        parse_executor("dask://nowhere")
    with pytest.raises(ExecutorError, match="expected 'local'"):
        parse_executor("ray://x:1")
    res = CliRunner().invoke(main, ["refresh", "corpus", "--db", "/tmp/never.sqlite", "--executor", "spark://x:1"])
    assert res.exit_code == 2 and "expected 'local' or dask://HOST:PORT" in res.output
