"""The wild corpus is what its manifest says: every file listed once, with its provenance, and none
from the repositories issue 12 reserves for independent evaluation."""
from __future__ import annotations

import csv
import re

from helpers import CORPUS

WILD = CORPUS / "wild"
RESERVED = {"lovell/stokeferry.com", "explorience/open-council", "jackrosenthal/rtd-iqm-data",
            "birmingham-eastside/sutton-coldfield-town-council", "biglocalnews/civic-scraper", "city-bureau/city-scrapers",
            "vestalux/sljekyll", "nhscymru/website", "mjoycemilburn/parishcouncils", "andymabb/mscc",
            "christianmurphy/apereo.foundation", "pytexas/pytexas.github.io", "jpoehnelt/fcr-website"}


def rows():
    with open(WILD / "MANIFEST.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_file_is_listed_once_with_its_provenance():
    listed = rows()
    names = [r["file"] for r in listed]
    assert len(names) == len(set(names))
    on_disk = {p.name for p in WILD.iterdir() if p.name not in ("MANIFEST.csv", "README.md")}
    assert on_disk == set(names)
    for r in listed:
        assert re.fullmatch(r"[0-9a-f]{40}", r["commit"]), r
        assert r["repository"].count("/") == 1 and r["path"] and r["body"], r
        assert r["kind"] in ("minutes", "agenda", "report", "pack"), r


def test_no_file_comes_from_a_reserved_repository():
    assert not [r["file"] for r in rows() if r["repository"].lower() in RESERVED]
