"""Hostile input: fuzzed text through the reader and every extractor, and 100k-character
lines of one repeated shape. Nothing raises, every span is exact, nothing is quadratic
(a quadratic pattern on a 100k line takes minutes; the wall bounds here are generous,
speed itself is measured by scripts/bench.py), and absurd item counts are capped."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardpapers.extractors import registry
from helpers import check_spans
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import item_cap
from boardpapers.pipeline.extract import extract_record
from boardpapers.pipeline.ingest import paper_from_bytes
from boardpapers.pipeline.readers import cleanup
from boardpapers.pipeline.readers.text import read_text, strip_markup, undouble
from boardpapers.schemas.paper import PaperError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from adversarial import SHAPES, line_of  # noqa: E402

WALL = 20.0   # seconds: a linear pass over 100k characters takes well under 2


# words and marks the extractors key on, mixed with noise
_TOKENS = ["RESOLVED", "That", "the Board", "is asked to", "approve", "$1", "£5k", "€2,500", "15 March 2024",
           "12/03/2024", "2024/25", "FY24", "May", "Moved by X", "seconded by Y", "Carried", "For: 5", "Against: 2",
           "(a)", "1.", "•", "-", "ab-\ncd", "**", "__", "[x](y)", "![", "<b>", "#", "{#a}", "\t", "\n", "\n\n",
           "\f", " ", ",", ".", ";", ":", "(", ")", "unanimously", "abstained", "members present", "Recommendation"]
fuzz_text = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=8)), max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fuzz_text, st.sampled_from(["x.txt", "x.md"]))
def test_fuzzed_text_reads_and_extracts_with_exact_spans(text, name):
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        read_text(data, name)
        paper = paper_from_bytes(data, name=name, source=name)
    except PaperError:
        return   # empty or binary: refused with a reason, which is the contract
    check_spans(paper, extract_record(paper, source_name=name).to_dict())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzzed_bytes_never_raise_anything_but_paper_error(data):
    try:
        paper = paper_from_bytes(data, name="x.txt", source="x.txt")
    except PaperError:
        return
    check_spans(paper, extract_record(paper, source_name="x.txt").to_dict())


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_cleanup_is_linear_on_a_long_line(shape):
    line = line_of(SHAPES[shape], 100_000)
    for fn in (cleanup.normalise_chars, cleanup.rejoin_hyphenation, cleanup.tidy_whitespace, strip_markup, undouble):
        t = time.perf_counter()
        fn(line)
        assert time.perf_counter() - t < WALL, fn.__name__


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_extraction_is_linear_on_a_long_line(shape):
    line = line_of(SHAPES[shape], 100_000)
    # the text and markdown readers take the shapes in turn (both on every shape doubles the time)
    for name in (("x.txt", "x.md")[list(SHAPES).index(shape) % 2],):
        t = time.perf_counter()
        try:
            paper = paper_from_bytes(line.encode(), name=name, source=name)
        except PaperError:
            continue   # only blanks: refused as empty
        rec = extract_record(paper, source_name=name).to_dict()
        assert time.perf_counter() - t < WALL
        check_spans(paper, rec)


def test_absurd_item_counts_are_capped_with_a_warning():
    line = line_of("$1 ", 300_000)          # 100,000 amounts in a row
    paper = paper_from_bytes(line.encode(), name="x.txt", source="x.txt")
    ctx = Context()
    registry.MEETING(paper, ctx)
    money = dict(registry.LISTS)["money"](paper, ctx)
    assert len(money) == item_cap(paper.text) < 100_000
    assert any(w.startswith("money: ") and "over the cap" in w for w in ctx.warnings)
    record = extract_record(paper, source_name="x.txt")
    assert any("over the cap" in w for w in record.warnings)
    assert [m.start for m in money] == sorted(m.start for m in money)


def test_a_real_paper_is_not_capped():
    from helpers import CORPUS
    from boardpapers.pipeline.ingest import read_paper
    paper = read_paper(CORPUS / "seeds" / "002_bac23d710794efaa.txt")
    ctx = Context()
    registry.MEETING(paper, ctx)
    for _, fn in registry.LISTS:
        fn(paper, ctx)
    assert ctx.warnings == []
