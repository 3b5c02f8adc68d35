"""Benchmark: speed and memory of a full load and of refreshes on a synthetic corpus.

    python scripts/bench.py [--papers 500] [--noop-papers 10000] [--workers N] [--out outputs/bench.md]

Builds N papers from the sample papers (half text, half PDF made with reportlab, with
varied figures and dates), then reports: first load papers/s and pages/s, a no-op
refresh, a refresh after changing 1% of the papers, peak RSS, and seconds per stage
(read, each extractor, load). It also times plain text extraction of the same PDFs by
pdfplumber and by pdftotext (when installed) against our reader. Not a test: numbers
depend on the machine; README keeps a table with the machine it ran on.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from boardpapers.pipeline.ingest import read_paper  # noqa: E402
from boardpapers.pipeline import runner  # noqa: E402
from boardpapers.pipeline.runner import find_papers  # noqa: E402


def vary(text: str, rng: random.Random, i: int) -> str:
    extra = (f"\n\nAddendum {i}. The Board is asked to approve a further £{rng.randint(1, 900)}k for scheme {i} "
             f"by {rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} {rng.choice([2024, 2025])}. "
             f"For: {rng.randint(5, 12)}, Against: {rng.randint(0, 4)}.\n")
    return text + extra


def write_pdf(path: Path, text: str, title: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    lines = [ln[:95] for ln in text.splitlines()]
    per_page = 55
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[""]]
    for n, chunk in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 30, title)
        c.drawRightString(w - 50, 25, f"Page {n} of {len(pages)}")
        c.setFont("Helvetica", 9.5)
        y = h - 60
        for ln in chunk:
            c.drawString(50, y, ln)
            y -= 13
        c.showPage()
    c.save()


def build_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    papers = [f.path.resolve() for f in find_papers([str(ROOT / "corpus")])]   # what corpus/.boardpapersignore leaves
    sources = sorted(p for p in papers if p.suffix == ".txt") + sorted(p for p in papers if p.suffix == ".md")
    texts = [read_paper(p).text for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        base = vary(texts[i % len(texts)], rng, i)
        if i % 2:
            p = folder / f"paper-{i:05d}.pdf"
            write_pdf(p, base, f"Synthetic Board Paper {i}")
        else:
            p = folder / f"paper-{i:05d}.txt"
            p.write_text(base)
        out.append(p)
    return out


def peak_rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def time_readers(pdfs: list[Path]) -> list[tuple[str, float, int]]:
    import pdfplumber

    rows = []
    t = time.perf_counter()
    pages = 0
    for p in pdfs:
        pages += read_paper(p).page_count
    rows.append(("boardpapers (PDFium, layout)", time.perf_counter() - t, pages))
    t = time.perf_counter()
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    rows.append(("pdfplumber extract_text", time.perf_counter() - t, pages))
    if shutil.which("pdftotext"):
        t = time.perf_counter()
        for p in pdfs:
            subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True)
        rows.append(("pdftotext (poppler)", time.perf_counter() - t, pages))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=500)
    ap.add_argument("--noop-papers", type=int, default=10000, help="size of the no-op refresh test (0: skip)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--executor", choices=("local", "dask"), default="local",
                    help="dask: the same runs through a distributed.LocalCluster of --workers single-thread workers")
    ap.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench.md")
    ap.add_argument("--adversarial-chars", type=int, default=100_000,
                    help="length of each adversarial line (0: skip the adversarial and long-paper tables)")
    args = ap.parse_args()
    log = lambda m: None  # noqa: E731
    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
             f"{platform.system()}; workers: {args.workers}; executor: {args.executor}", ""]
    with contextlib.ExitStack() as stack:
        client = None
        if args.executor == "dask":
            from distributed import Client, LocalCluster
            cluster = stack.enter_context(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=None, silence_logs=40))
            client = stack.enter_context(Client(cluster, set_as_default=False))
        run(args, lines, log, client)


def run(args, lines, log, client) -> None:
    def ingest(paths, db, workers=args.workers, **kw):
        return runner.ingest(paths, db, workers=workers, client=client, **kw)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        files = build_corpus(tmp / "corpus", args.papers)
        print(f"built {len(files)} papers in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        db = str(tmp / "bench.sqlite")

        one = ingest([str(tmp / "corpus")], str(tmp / "one.sqlite"), log=log, workers=1, kind="refresh") \
            if client is None and args.workers > 1 else None
        cpu0 = os.times()
        first = ingest([str(tmp / "corpus")], db, log=log, workers=args.workers, kind="refresh")
        cpu1 = os.times()
        cpu = (cpu1.user - cpu0.user) + (cpu1.children_user - cpu0.children_user)
        noop = ingest([str(tmp / "corpus")], db, log=log, workers=args.workers, kind="refresh")
        rng = random.Random(1)
        for p in rng.sample(files, max(1, len(files) // 100)):
            if p.suffix == ".txt":
                p.write_text(p.read_text() + "\nThe Committee NOTED the late item.\n")
            else:
                write_pdf(p, read_paper(p).text + "\nThe Committee NOTED the late item.", "Synthetic Board Paper (revised)")
        changed = ingest([str(tmp / "corpus")], db, log=log, workers=args.workers, kind="refresh")

        lines += ["| measure | result |", "| --- | --- |",
                  f"| first load, {len(files)} papers ({first.pages} pages read) | {first.seconds:.1f} s: "
                  f"{len(files) / first.seconds:.1f} papers/s, {first.pages / first.seconds:.1f} pages/s |",
                  *([f"| first load with 1 worker | {one.seconds:.1f} s: {one.pages / one.seconds:.1f} pages/s; "
                     f"{args.workers} workers are {one.seconds / first.seconds:.2f}x faster |"] if one else []),
                  *([f"| user CPU of the first load (this process and its workers) | {cpu:.1f} s, "
                     f"{cpu / first.seconds:.2f}x the wall time |"] if client is None else []),
                  f"| no-op refresh, {len(files)} papers | {noop.seconds:.2f} s |",
                  f"| refresh after changing 1% ({changed.counts['changed']} papers) | {changed.seconds:.2f} s |"]
        if args.noop_papers:
            big = tmp / "big"
            big.mkdir()
            small = (ROOT / "corpus" / "seeds" / "002_bac23d710794efaa.txt").read_text()[:1500]
            for i in range(args.noop_papers):
                (big / f"p{i:05d}.txt").write_text(small + f"\nItem {i}.\n")
            bdb = str(tmp / "big.sqlite")
            load = ingest([str(big)], bdb, log=log, workers=args.workers, kind="refresh")
            again = ingest([str(big)], bdb, log=log, workers=args.workers, kind="refresh")
            lines += [f"| first load, {args.noop_papers:,} short text papers | {load.seconds:.1f} s |",
                      f"| no-op refresh, {args.noop_papers:,} papers | {again.seconds:.2f} s |"]
        me, kids = peak_rss_mb()
        lines += [f"| peak RSS | main process {me:.0f} MB, largest worker {kids:.0f} MB |", ""]
        lines += ["Seconds per stage in the first load (summed over workers):", "", "| stage | seconds |",
                  "| --- | --- |"]
        lines += [f"| {k} | {v:.1f} |" for k, v in sorted(first.stages.items(), key=lambda kv: -kv[1])]
        pdfs = [p for p in files if p.suffix == ".pdf"][:100]
        lines += ["", f"Plain text of {len(pdfs)} of the PDFs, one process:", "", "| reader | seconds | pages/s |",
                  "| --- | --- | --- |"]
        lines += [f"| {name} | {secs:.2f} | {pages / secs:.0f} |" for name, secs, pages in time_readers(pdfs)]
    if args.adversarial_chars:
        # Linear time on hostile input: each line of one repeated shape through the clean-up and
        # each extractor, and a real paper repeated to 1,000 pages (cost per page should stay flat).
        from adversarial import adversarial_table, long_paper_table
        table, worst = adversarial_table(args.adversarial_chars)
        lines += ["", *table, "", f"Slowest: {worst:.2f} s per 100k characters (target: none over 2 s)", ""]
        lines += long_paper_table(ROOT / "corpus" / "real" / "nipissing-township-council-minutes-2023-12-19.pdf")
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n")


if __name__ == "__main__":
    main()
