"""The review page: highlights per kind, a side list that scrolls to each span, misses
and false positives with --gold; checked in a real headless Chromium (Debian's), driven
by Playwright with executable_path (no browser download)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from boardpapers.pipeline.cli import main

from helpers import ROOT

PAPER = ROOT / "corpus" / "seeds" / "003_c8d49bcc5e7fb18c.txt"
LONG = ROOT / "corpus" / "real" / "nipissing-township-council-minutes-2023-12-19.pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("BOARDPAPERS_REQUIRE_BROWSER") == "1"


def write_review(tmp_path, paper=PAPER, gold=True) -> Path:
    out = tmp_path / "review.html"
    args = ["review", str(paper), "--out", str(out)] + (["--gold", str(ROOT / "corpus" / "gold")] if gold else [])
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    return out


def test_review_page_is_self_contained_and_marks_every_item(tmp_path):
    html = write_review(tmp_path).read_text()
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert html.count('class="item') >= 10
    for kind in ("dates", "decisions", "recommendations", "votes"):
        assert f"k-{kind}" in html
    assert "missed" in html or "false positive" in html or 'class="fp' not in html


def test_review_all_writes_one_page_per_paper(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["review", "--all", "--corpus", str(ROOT / "corpus")])
    assert res.exit_code == 0
    pages = list((tmp_path / "outputs" / "review").rglob("*.html"))
    assert len(pages) >= 20
    # each page's path mirrors its paper's path under the corpus
    assert (tmp_path / "outputs" / "review" / "seeds" / "000_33df3805013e11d2.txt.html").is_file()


def test_review_all_keeps_papers_of_one_name_apart_and_fails_on_a_bad_paper(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder, words in (("A", "The Board approved the estates strategy."),
                          ("B", "The Board noted the workforce report.")):
        (tmp_path / "c" / folder).mkdir(parents=True)
        (tmp_path / "c" / folder / "minutes.txt").write_text(f"Minutes of the Board\n\n1. {words}\n")
    (tmp_path / "c" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    res = CliRunner().invoke(main, ["review", "--all", "--corpus", str(tmp_path / "c")])
    assert res.exit_code == 1 and "broken.pdf" in res.output and "corrupt_pdf" in res.output
    a = (tmp_path / "outputs" / "review" / "A" / "minutes.txt.html").read_text()
    b = (tmp_path / "outputs" / "review" / "B" / "minutes.txt.html").read_text()
    assert "estates strategy" in a and "workforce report" in b


def browser():
    if not CHROMIUM:
        if REQUIRED:
            pytest.fail("Chromium is required here (BOARDPAPERS_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("Chromium not installed: `apt-get install chromium` to run the browser tests")
    from playwright.sync_api import sync_playwright

    return sync_playwright()


def save_screenshot(page, name: str) -> Path:
    """Keep a picture of the page for a reviewer (outputs/review/<name>.png)."""
    dest = ROOT / "outputs" / "review" / f"{name}.png"
    dest.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(dest))
    return dest


def test_clicking_an_item_scrolls_its_span_into_view(tmp_path):
    out = write_review(tmp_path, LONG, gold=True)
    with browser() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = b.new_page(viewport={"width": 1200, "height": 700})
        page.goto(out.as_uri())
        assert page.locator("mark.k-decisions").count() >= 10
        assert page.locator("mark.k-votes").count() >= 10
        last = page.locator("li.item[data-target^='votes-']").last
        target = last.get_attribute("data-target")
        anchor = page.locator(f"#{target}")
        text_box = page.locator("#text")

        def visible() -> bool:
            a, t = anchor.bounding_box(), text_box.bounding_box()
            return a is not None and t["y"] <= a["y"] <= t["y"] + t["height"]

        assert not visible()                # the last vote is far down the page
        last.click()
        page.wait_for_timeout(200)
        assert visible()
        assert page.locator("mark.flash").count() >= 1
        save_screenshot(page, "nipissing-minutes")
        b.close()
