"""Reading and extraction on a Dask distributed cluster (issue 13): a LocalCluster of two worker
processes on this machine loads the same archive as a local run, and the main process is still
the only writer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from boardpapers.pipeline.cli import main
from boardpapers.pipeline.executors import ExecutorError, parse_executor

from helpers import q

pytest.importorskip("distributed")   # installed with the test extras; skipped only outside them

ITEMS = ("select p.source, v.sha256, v.pages, length(v.text), "
         "(select group_concat(d.verb || ':' || d.start || ':' || d.text, '|') from decisions d where d.version_id = v.id), "
         "(select group_concat(b.amount || ':' || b.start, '|') from budgets b where b.version_id = v.id), "
         "(select count(*) from dates x where x.version_id = v.id), (select count(*) from votes x where x.version_id = v.id) "
         "from papers p join paper_versions v on v.id = p.current_version_id order by p.source")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """The cluster runs in a child process (tests/dask_scenario.py): a LocalCluster leaves its
    workers' environment variables in the process that starts it, and that process's later worker
    pools have their children sent SIGTERM, which would break the tests that run after these."""
    work = tmp_path_factory.mktemp("dask")
    done = subprocess.run([sys.executable, str(Path(__file__).parent / "dask_scenario.py"), str(work)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return work, json.loads(done.stdout.strip().splitlines()[-1])


def test_a_dask_cluster_loads_the_same_archive_as_a_local_run(scenario):
    work, got = scenario
    local, dask = str(work / "local.sqlite"), str(work / "dask.sqlite")
    assert got["local_counts"] == got["dask_counts"] and got["local_counts"]["new"] == 11 and got["local_counts"]["failed"] == 1
    assert q(local, ITEMS) == q(dask, ITEMS)
    assert q(dask, "select source, code from errors") == q(local, "select source, code from errors")
    # the papers were read on both workers of the cluster, not in this process
    assert got["threads"] == [1, 1]
    assert len(got["task_workers"]) == 2 and got["tasks"] == 12


def test_refresh_through_the_cli_on_a_cluster_reads_only_what_changed(scenario):
    work, got = scenario
    (code1, out1), (code2, out2) = got["cli"]
    assert code1 == 0, out1
    assert "6 new" in out1
    assert code2 == 0 and "1 changed, 5 unchanged" in out2, out2
    assert q(str(work / "cli.sqlite"), "select count(*) from paper_versions") == [(7,)]


def test_an_executor_that_cannot_be_used_is_a_clear_error():
    assert parse_executor("local") is None and parse_executor("dask://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    with pytest.raises(ExecutorError, match="expected dask://HOST:PORT"):
        parse_executor("dask://nowhere")
    with pytest.raises(ExecutorError, match="expected 'local'"):
        parse_executor("ray://x:1")
    res = CliRunner().invoke(main, ["refresh", "corpus", "--db", "/tmp/never.sqlite", "--executor", "spark://x:1"])
    assert res.exit_code == 2 and "expected 'local' or dask://HOST:PORT" in res.output
