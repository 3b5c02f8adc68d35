"""The command line: a thin layer over read / extract / load (each also a Python call)."""
from __future__ import annotations

import json
import sys
import time

import click

from boardpapers.pipeline import __version__
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import Limits, read_paper
from boardpapers.schemas.paper import PaperError

DEFAULT_DB = "outputs/archive.sqlite"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="boardpapers")
def main():
    """Turn board papers (PDF or text) into a queryable archive of decisions, dates,
    budgets and votes."""


def _model_or_exit() -> None:
    from boardpapers.extractors.nlp import ModelMissing
    from boardpapers.pipeline.runner import check_model

    try:
        check_model()
    except ModelMissing as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)


def _read_or_exit(path: str, max_pages: int):
    try:
        return read_paper(path, Limits(max_pages=max_pages))
    except PaperError as e:
        click.echo(f"error: {path}: {e.message} [{e.code}]", err=True)
        sys.exit(2)


@main.command()
@click.argument("paper", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: the record of FORMAT.md; text: a readable summary.")
@click.option("--max-pages", default=Limits().max_pages, show_default=True, help="Refuse longer PDFs.")
def extract(paper, fmt, max_pages):
    """Extract one paper and print its record (meeting, dates, money, decisions, ...)."""
    _model_or_exit()
    p = _read_or_exit(paper, max_pages)
    record = extract_record(p, source_name=click.format_filename(paper).replace("\\", "/").split("/")[-1])
    d = record.to_dict()
    if fmt == "json":
        click.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    m = d["meeting"]
    click.echo(f"{d['source']}  ({d['format']}, {d['pages']} pages, sha256 {d['sha256'][:12]})")
    for k in ("organisation", "body", "date", "paper_number", "title", "purpose"):
        click.echo(f"  {k:13} {m[k]}")
    for name in ("dates", "money", "decisions", "recommendations", "votes"):
        click.echo(f"{name} ({len(d[name])})")
        for item in d[name]:
            where = f"[{item['start']}:{item['end']}] p{item['page']}"
            keys = {k: v for k, v in item.items() if k not in ("start", "end", "page", "text") and v not in (None, [], "")}
            click.echo(f"  {where:18} {item.get('text', '')[:80]!r} {keys}")
    for w in d["warnings"]:
        click.echo(f"warning: {w}")


@main.command()
@click.argument("paper", type=click.Path(dir_okay=False))
@click.option("--max-pages", default=Limits().max_pages, show_default=True)
def text(paper, max_pages):
    """Print a paper's cleaned text with page markers (the text every offset refers to)."""
    p = _read_or_exit(paper, max_pages)
    for i, (start, end) in enumerate(p.pages, 1):
        label = f"page {i}" if p.paged else "text (no pages)"
        click.echo(f"===== {label} [{start}:{end}] =====")
        click.echo(p.text[start:end], nl=False)
    for w in p.warnings:
        click.echo(f"warning: {w}", err=True)


def _run(paths, db, workers, wait, quiet, kind, max_pages, max_seconds, allow_mass_removal=False,
         max_removal=0.2, executor="local"):
    """Shared by ingest and refresh: lock, progress on a terminal, summary, exit status."""
    import os

    from boardpapers.pipeline.database import ArchiveError
    from boardpapers.pipeline.lock import Locked
    from boardpapers.pipeline.runner import RefreshRefused, quote_name
    from boardpapers.pipeline.runner import ingest as run_ingest

    from boardpapers.pipeline.executors import ExecutorError

    _model_or_exit()
    workers = workers or os.cpu_count() or 1
    limits = Limits(max_pages=max_pages, max_seconds=max_seconds)
    tty = sys.stderr.isatty() and not quiet
    options = dict(limits=limits, kind=kind, workers=workers, wait=wait, max_removal=max_removal,
                   allow_mass_removal=allow_mass_removal, executor=executor)
    try:
        if tty:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn)

            with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]:.1f} papers/s"), TimeRemainingColumn(),
                          transient=True) as bar:
                task = bar.add_task(kind, total=None, rate=0.0)
                started = time.perf_counter()

                def progress(done, total, status):
                    elapsed = max(1e-6, time.perf_counter() - started)
                    bar.update(task, completed=done, total=total, rate=done / elapsed)

                summary = run_ingest(list(paths), db, log=lambda m: bar.console.print(m, highlight=False, markup=False),
                                     progress=progress, **options)
        else:
            step = {"n": 0}

            def progress(done, total, status):  # cron: a line every 500 papers
                if not quiet and done - step["n"] >= 500:
                    step["n"] = done
                    click.echo(f"{done}/{total} papers", err=True)

            summary = run_ingest(list(paths), db, log=(lambda m: None) if quiet else (lambda m: click.echo(m, err=True)),
                                 progress=progress, **options)
    except Locked as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(3)
    except RefreshRefused as e:
        click.echo(f"error: {kind} refused: {e}", err=True)
        sys.exit(4)
    except (ArchiveError, ExecutorError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    c = summary.counts
    rate = f", {summary.pages / summary.seconds:.1f} pages/s" if summary.pages and summary.seconds else ""
    click.echo(f"{kind} run {summary.run_id}: {sum(c.values()) - c['removed']} papers in {summary.seconds:.1f}s{rate}: "
               f"{c['new'] + c['restored']} new, {c['changed']} changed, {c['unchanged']} unchanged, "
               f"{c['reextracted']} re-extracted, {c['removed']} removed, {c['failed']} failed -> {db}")
    if summary.skipped:
        click.echo("not papers, skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.skipped.items())))
    for source, code, message in summary.errors:
        click.echo(f"failed: {quote_name(source)}: {message} [{code}]", err=True)
    if summary.errors:
        click.echo(f"{len(summary.errors)} paper(s) failed: see above, or the errors table "
                   f"(boardpapers query \"select * from errors where run_id = {summary.run_id}\")", err=True)
    sys.exit(1 if summary.errors else 0)


_run_options = [
    click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite path or SQLAlchemy URL."),
    click.option("--workers", type=int, default=0, help="Worker processes (default: all cores)."),
    click.option("--executor", default="local", show_default=True, metavar="local|dask://HOST:PORT",
                 help="Where papers are read and extracted: here, or on a Dask cluster's workers "
                      "(this process still does all the writing)."),
    click.option("--wait", type=float, default=0.0, help="Seconds to wait for another run's lock."),
    click.option("--quiet", is_flag=True, help="Only the summary."),
    click.option("--max-pages", default=Limits().max_pages, show_default=True, help="Refuse longer PDFs."),
    click.option("--max-seconds", default=Limits().max_seconds, show_default=True,
                 help="Per-paper time limit for reading and extracting."),
    click.option("--allow-mass-removal", is_flag=True,
                 help="Mark papers removed even when most of a folder is gone or a subfolder cannot be read."),
    click.option("--max-removal", type=click.FloatRange(0, 1), default=0.2, show_default=True,
                 help="Refuse a run that would mark more than this share of a folder's papers removed."),
]


def _with_run_options(fn):
    for opt in reversed(_run_options):
        fn = opt(fn)
    return fn


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_with_run_options
def ingest(paths, db, workers, executor, wait, quiet, max_pages, max_seconds, allow_mass_removal, max_removal):
    """Load papers (files and folders, recursively) into the archive."""
    _run(paths, db, workers, wait, quiet, "ingest", max_pages, max_seconds, allow_mass_removal, max_removal, executor)


@main.command()
@click.argument("corpus", default="corpus", type=click.Path(exists=True, file_okay=False))
@_with_run_options
def refresh(corpus, db, workers, executor, wait, quiet, max_pages, max_seconds, allow_mass_removal, max_removal):
    """Bring the archive up to date with a corpus folder: only what changed is read."""
    _run([corpus], db, workers, wait, quiet, "refresh", max_pages, max_seconds, allow_mass_removal, max_removal, executor)


@main.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(file_okay=False, exists=True),
              help="Folder of gold JSON files (FORMAT.md shape).")
@click.option("--papers", "papers_dir", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Where to find the papers named by the gold files (searched recursively; default: corpus).")
@click.option("--explain", is_flag=True, help="List misses and false positives per paper.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--save-pred", type=click.Path(file_okay=False), help="Also write each record to DIR/<source>.json.")
def eval_cmd(gold_dir, papers_dir, explain, as_json, save_pred):
    """Score the extractors against gold annotations (precision, recall, F1 per field)."""
    from pathlib import Path

    from boardpapers.pipeline.evaluate import Scores, load_gold, score_paper

    roots = [Path(p) for p in (papers_dir or ("corpus",))]
    index: dict[str, Path] = {}
    for root in roots:
        for f in root.rglob("*"):
            if f.is_file() and f.suffix.lower() != ".json":
                index.setdefault(f.name, f)
    scores = Scores()
    missing = []
    for gold in load_gold(Path(gold_dir)):
        path = index.get(gold["source"])
        pred = {}
        if path is None:
            missing.append(gold["source"])
        else:
            try:
                pred = extract_record(read_paper(path), source_name=path.name).to_dict()
            except PaperError as e:
                missing.append(f"{gold['source']} ({e})")
        if save_pred and pred:
            Path(save_pred).mkdir(parents=True, exist_ok=True)
            (Path(save_pred) / f"{gold['source']}.json").write_text(json.dumps(pred, ensure_ascii=False))
        score_paper(scores, gold, pred)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        if explain:
            for source, notes in scores.notes.items():
                if notes:
                    click.echo(f"== {source}")
                    for n in notes:
                        click.echo("  " + (n if len(n) < 240 else n[:237] + "..."))
        click.echo(scores.table())
    for m in missing:
        click.echo(f"warning: no paper read for gold file {m} (scored as empty)", err=True)


@main.command()
@click.argument("sql")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite path or SQLAlchemy URL.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Stop a query running longer than this many seconds (0: no limit).")
def query(sql, db, fmt, timeout):
    """Run a read-only SQL query on the archive (tables and views: see README).

    Nothing it runs can change the archive or touch other files: SQLite is opened read-only
    with an authorizer that allows reads only; PostgreSQL in a read-only transaction."""
    from boardpapers.pipeline.access import ReadOnlyError, run_query, write_csv

    try:
        cols, rows = run_query(db, sql, timeout=timeout)
    except (ReadOnlyError, FileNotFoundError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps([dict(zip(cols, r)) for r in rows], default=str, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        write_csv(sys.stdout, cols, rows)
    else:
        widths = [min(60, max([len(str(c))] + [len(str(r[i])) for r in rows])) for i, c in enumerate(cols)]
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(cols, widths)))
        for r in rows:
            click.echo("  ".join(str(v if v is not None else "")[:60].ljust(w) for v, w in zip(r, widths)))
        click.echo(f"({len(rows)} rows)")


@main.command()
@click.argument("paper", required=False)
@click.option("--matter", type=int, help="The decisions of a matter (papers on one subject) over time.")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def history(paper, matter, db, as_json):
    """Versions and changes of a paper, or the decisions of a matter in date order."""
    from boardpapers.pipeline.access import ReadOnlyError, matter_history, paper_history

    if (paper is None) == (matter is None):
        raise click.UsageError("give a PAPER or --matter ID")
    try:
        h = matter_history(db, matter) if matter is not None else paper_history(db, paper)
    except (KeyError, FileNotFoundError, ReadOnlyError) as e:
        click.echo(f"error: {e.args[0] if e.args else e}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(h, default=str, indent=1, ensure_ascii=False))
        return
    if matter is not None:
        click.echo(f"matter {h['matter']}: {h['title']}")
        for d in h["decisions"]:
            click.echo(f"  {d['meeting_date'] or '(no date)'}  {d['body'] or ''}  {d['status']:8} {d['verb']}: {d['text'][:80]}")
        return
    click.echo(f"{h['source']}{'  (removed)' if h['removed'] else ''}")
    for v in h["versions"]:
        click.echo(f"  version {v['id']}  sha256 {v['sha256'][:12]}  {v['pages']} pages  first seen {v['first_seen']}"
                   f"  last seen {v['last_seen']}{'  superseded' if v['superseded_by'] else '  current'}")
    for c in h["changes"]:
        click.echo(f"  run {c['run_id']}  {c['kind']:14} {c['change']:11} {c['old_value'] or ''} -> {c['new_value'] or ''}"[:200])


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write one file per table.")
@click.option("--db", default=DEFAULT_DB, show_default=True)
def export(fmt, out, db):
    """Export every current table and view to CSV or JSON files."""
    from pathlib import Path

    from boardpapers.pipeline.access import ReadOnlyError
    from boardpapers.pipeline.access import export as do_export

    try:
        written = do_export(db, Path(out), fmt)
    except (ReadOnlyError, FileNotFoundError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    for path in written:
        click.echo(str(path))


@main.command()
@click.argument("paper", required=False, type=click.Path(dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="HTML file to write (default: outputs/review/<paper>.html).")
@click.option("--all", "all_papers", is_flag=True, help="Every paper of the corpus into outputs/review/.")
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(file_okay=False))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True),
              help="Gold folder: mark misses and false positives.")
@click.option("--max-pages", default=Limits().max_pages, show_default=True, help="Refuse longer PDFs.")
@click.option("--max-seconds", default=Limits().max_seconds, show_default=True,
              help="Per-paper time limit for reading and extracting.")
def review(paper, out, all_papers, corpus, gold_dir, max_pages, max_seconds):
    """Write a review page: the paper's text with every extracted item highlighted.

    With --all, each page's path mirrors the paper's path under the corpus, so two papers of
    one name in two folders get two pages. Exit status 1 when any paper could not be read."""
    from pathlib import Path

    from boardpapers.pipeline.review import render
    from boardpapers.pipeline.runner import find_papers, quote_name, read_and_extract

    if bool(paper) == bool(all_papers):
        raise click.UsageError("give a PAPER or --all")
    _model_or_exit()
    golds = {}
    if gold_dir:
        for g in Path(gold_dir).glob("*.json"):
            d = json.loads(g.read_text())
            golds[d["source"]] = d
    targets = [(Path(paper), Path(paper).name)] if paper else [(f.path, f.source) for f in find_papers([corpus])]
    limits = Limits(max_pages=max_pages, max_seconds=max_seconds)
    failed = 0
    for path, rel in targets:
        result = read_and_extract(str(path), rel, limits)
        if result[0] != "ok":
            _, code, message = result
            click.echo(f"error: {quote_name(str(path))}: {message.splitlines()[0]} [{code}]", err=True)
            failed += 1
            continue
        _, p, record, _ = result
        dest = Path(out) if (out and paper) else Path("outputs/review") / f"{rel}.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(render(p, record.to_dict(), golds.get(path.name)), encoding="utf-8")
        click.echo(str(dest))
    if failed:
        click.echo(f"{failed} paper(s) could not be reviewed", err=True)
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--examples", default=3, show_default=True, help="Examples listed per shape.")
def probe(paths, as_json, examples):
    """List signals (governance verbs, tallies, money and date shapes) that produced no item:
    a recall measure that needs no gold, and where the next general rule comes from."""
    from boardpapers.pipeline.probe import run_probe

    _model_or_exit()
    click.echo(run_probe(list(paths), as_json=as_json, examples=examples))


if __name__ == "__main__":
    main()
