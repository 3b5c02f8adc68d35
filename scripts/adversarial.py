"""Adversarial inputs: 100k-character lines of one repeated shape and long papers made by
repeating a real one, and the timings of each extractor on them (used by scripts/bench.py
and tests/test_adversarial.py).

    python scripts/adversarial.py [--chars 100000]

A pattern that backtracks, or a loop that rescans the text per match, shows as a cost per
100k characters that grows with the input; every extractor should stay flat.
"""
from __future__ import annotations

import argparse
import time

SHAPES = {
    "hyphen words": "ab-", "hyphen breaks": "ab-\n", "$1": "$1 ", "digits": "1", "numbered": "1. ",
    "RESOLVED": "RESOLVED ", "moved/seconded": "Moved by X, seconded by Y ", "spaces": " ", "tabs": "\t",
    "commas": ",", "(a)": "(a) ", "long word": "a", "dates": "15 March 2024 ", "numeric dates": "12/03/2024 ",
    "years": "2024 ", "financial years": "2024/25 ", "£": "£", "£5k": "£5k ", "£1.5 million": "£1.5 million ",
    "-": "-", ".": ".", "(": "(", "newlines": "\n", "blank lines": "\n\n", "bullets": "• ", "That": "That the Board ",
    "asked": "The Board is asked to ", "tallies": "For: 5 Against: 2 ", "May": "May ", "A.": "A. ",
    "|": "|", "*": "*", "**": "**a ", " **": " **a", "<b": "<b", "[": "[", "![": "![", "](": "[a](", "#": "# ",
    "{#": " {#a", "Decision:": "Decision: ", "NOTED": "NOTED ", "Aye": "Aye ", "5%": "5% ", "Mr.": "Mr. X ",
    "members present": "5 members present For: 3 ",
    # a long line under a heading that switches a reader on (a table's unit, a list, a vote)
    "words under a £ table": ("Item\tAmount (£)\n", "ab "), "words under £'000": ("Fund balances (£'000)\n", "Wind farm "),
    "under Recommendations": ("Recommendations\n", "ab "), "under RESOLVED:": ("RESOLVED:\n", "ab "),
    "under Present:": ("Present:\n", "Cllr A Smith, "), "under For:": ("For:\n", "Cllr A Smith "),
    "under a minutes title": ("Minutes of the meeting of the Board held on 5 March 2024\n", "ab "),
    "under Moved:": ("Moved: A Smith\n", "Seconded "),
}


def line_of(shape: str | tuple[str, str], n: int) -> str:
    """n characters of the shape repeated; a (heading, shape) pair puts the heading line first."""
    heading, shape = shape if isinstance(shape, tuple) else ("", shape)
    return heading + (shape * (n // len(shape) + 1))[:n]


def stage_times(text: str, name: str = "x.txt") -> dict[str, float]:
    """Seconds per stage for one text: clean-up functions, read, meeting and each extractor."""
    from boardpapers.extractors import registry
    from boardpapers.extractors.context import Context
    from boardpapers.pipeline.ingest import paper_from_bytes
    from boardpapers.pipeline.readers import cleanup
    from boardpapers.pipeline.readers.text import strip_markup, undouble
    from boardpapers.schemas.paper import PaperError

    row: dict[str, float] = {}
    t = time.perf_counter()
    for fn in (cleanup.normalise_chars, cleanup.rejoin_hyphenation, cleanup.tidy_whitespace, strip_markup, undouble):
        fn(text)
    row["clean-up"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        paper = paper_from_bytes(text.encode(), name=name, source=name)
    except PaperError:
        return row
    row["read"] = time.perf_counter() - t
    ctx = Context()
    t = time.perf_counter()
    registry.MEETING(paper, ctx)
    row["meeting"] = time.perf_counter() - t
    for field, fn in registry.LISTS:
        t = time.perf_counter()
        fn(paper, ctx)
        row[field] = time.perf_counter() - t
    return row


def adversarial_table(chars: int = 100_000) -> tuple[list[str], float]:
    """Markdown lines: for each stage, the slowest shape and its seconds per 100k characters
    (the spaCy model is loaded first: its one-off load is not a shape's cost)."""
    from boardpapers.extractors import nlp
    nlp.pipeline()
    worst: dict[str, tuple[float, str]] = {}
    for label, shape in SHAPES.items():
        for name in ("x.txt", "x.md"):
            for stage, secs in stage_times(line_of(shape, chars), name).items():
                per = secs * 100_000 / chars
                if per > worst.get(stage, (-1.0, ""))[0]:
                    worst[stage] = (per, f"{label!r} ({name[-3:]})")
    lines = [f"Adversarial lines ({chars:,} characters of one repeated shape, {len(SHAPES)} shapes, as .txt and .md): "
             "slowest shape per stage, target under 2 s per 100k characters", "",
             "| stage | slowest line | s per 100k chars |", "| --- | --- | --- |"]
    lines += [f"| {stage} | {label} | {per:.2f} |" for stage, (per, label) in worst.items()]
    return lines, max(per for per, _ in worst.values())


def long_paper_table(source, repeats=(1, 10, 100, 1000)) -> list[str]:
    """A real paper's pages repeated: seconds per page through read and extract stay flat."""
    from boardpapers.pipeline.extract import extract_record
    from boardpapers.pipeline.ingest import paper_from_bytes, read_paper

    base = read_paper(source)
    pages = [base.text[s:e] for s, e in base.pages] if base.paged else [base.text]
    lines = [f"Long papers: {source.name} ({len(pages)} page(s)) repeated, as one text paper with form feeds; "
             "read + extract (after one warm-up run, so the spaCy model's load is not counted)", "",
             "| pages | characters | seconds | s per page |", "| --- | --- | --- | --- |"]
    extract_record(paper_from_bytes("\f".join(pages * 3).encode(), name="x.txt", source="x.txt"))
    for r in repeats:
        data = "\f".join(pages[i % len(pages)] for i in range(r)).encode()
        t = time.perf_counter()
        paper = paper_from_bytes(data, name="x.txt", source="x.txt")
        extract_record(paper, source_name="x.txt")
        secs = time.perf_counter() - t
        lines.append(f"| {paper.page_count:,} | {len(paper.text):,} | {secs:.2f} | {secs / paper.page_count:.4f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=100_000)
    args = ap.parse_args()
    for label, shape in SHAPES.items():
        row = stage_times(line_of(shape, args.chars))
        print(f"{label:18s} " + " ".join(f"{k}={v:.2f}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
