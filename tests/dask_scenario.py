"""The Dask scenario of tests/test_dask.py, run in a process of its own: a distributed.LocalCluster
changes the process that starts it (environment variables for its workers, and worker processes
forked later by that process are sent SIGTERM), so the test process never starts one.

    python tests/dask_scenario.py WORKDIR   -> prints one JSON object of what happened
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from click.testing import CliRunner  # noqa: E402

from boardpapers.pipeline import runner  # noqa: E402
from boardpapers.pipeline.cli import main  # noqa: E402
from test_refresh import make_corpus  # noqa: E402


def quiet(_msg):
    pass


def scenario(work: Path) -> dict:
    import distributed

    out: dict = {}
    corpus = make_corpus(work / "c", copies=2)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF")          # a bad paper fails on the cluster as it does here
    a = runner.ingest([str(corpus)], str(work / "local.sqlite"), log=quiet, workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
            with distributed.get_task_stream(client=client) as stream:
                b = runner.ingest([str(corpus)], str(work / "dask.sqlite"), log=quiet, client=client)
            out["threads"] = list(client.nthreads().values())
        out["local_counts"], out["dask_counts"] = dict(a.counts), dict(b.counts)
        out["task_workers"] = sorted({task["worker"] for task in stream.data})
        out["tasks"] = len(stream.data)

        # the CLI's refresh through the cluster, twice, with one paper changed between
        small = make_corpus(work / "small")
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        cli = ["refresh", str(small), "--db", str(work / "cli.sqlite"), "--executor", address, "--quiet"]
        first = CliRunner().invoke(main, cli)
        changed = sorted(small.glob("000-*"))[0]
        changed.write_text(changed.read_text() + "\nThe Board approved the revised plan.\n")
        second = CliRunner().invoke(main, cli)
        out["cli"] = [(r.exit_code, r.output) for r in (first, second)]
    return out


if __name__ == "__main__":
    print(json.dumps(scenario(Path(sys.argv[1]))))
