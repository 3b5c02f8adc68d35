"""Test helpers: PDFs built on the fly with reportlab."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def make_pdf(path: Path, pages: list[list[str]], header: str | None = None, footer: bool = True,
             encrypt: str | None = None, fontsize: int = 10) -> Path:
    """A simple multi-page PDF: one line of text per entry, with a header and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    w, h = A4
    for n, lines in enumerate(pages, 1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, h - 40, header)
        c.setFont("Helvetica", fontsize)
        y = h - 90
        for line in lines:
            c.drawString(72, y, line)
            y -= fontsize * 1.4
        if footer:
            c.setFont("Helvetica", 8)
            c.drawCentredString(w / 2, 30, f"Page {n} of {len(pages)}")
        c.showPage()
    c.save()
    return path


LEFT_COLUMN = [
    "The Trust Board met to consider the integrated commis-",
    "sioning proposals for the coming year. Members discussed",
    "the capital programme and the workforce plan at length.",
    "The left column ends with this sentence about estates.",
    "Another line of the left column about quality and safety.",
    "A final left line on the financial recovery programme.",
]
RIGHT_COLUMN = [
    "The right column begins with the chief executive report",
    "and covers operational performance against the standard.",
    "Emergency department waiting times improved in October.",
    "Elective recovery remains behind the national trajectory.",
    "Cancer performance met two of the three standards.",
    "The right column ends with the report on staff survey.",
]


def make_layout_pdf(path: Path) -> Path:
    """Three pages: running header and footer, a two-column page, a money table,
    Symbol-font bullets and a word hyphenated across lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4

    def furniture(n):
        c.setFont("Helvetica", 8)
        c.drawString(72, h - 36, "Northshire Hospitals NHS Trust - Board of Directors")
        c.drawRightString(w - 72, 28, f"Page {n} of 3")

    furniture(1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, h - 90, "Finance Report Month 7")
    c.setFont("Helvetica", 8.5)
    for i, (left, right) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN)):
        y = h - 130 - i * 12
        c.drawString(50, y, left)      # a 34pt gutter, as in a two-column newsletter
        c.drawString(320, y, right)
    c.showPage()

    furniture(2)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, h - 90, "Table 1: Capital programme")
    rows = [("Scheme", "£'000", "Status"), ("Theatres", "1,250", "Approved"),
            ("Imaging", "870", "Pending"), ("Total", "2,120", "")]
    for i, row in enumerate(rows):
        y = h - 120 - i * 16
        c.setFont("Helvetica", 10)
        for x, cell in zip((72, 260, 400), row):
            c.drawString(x, y, cell)
    c.showPage()

    furniture(3)
    c.setFont("Helvetica", 10)
    c.drawString(72, h - 90, "The Board is asked to:")
    for i, item in enumerate(["Approve the capital programme", "Note the financial position"]):
        y = h - 110 - i * 14
        c.setFont("Symbol", 10)
        c.drawString(80, y, "\u2022")   # Symbol-font bullet: a glyph, not the Unicode bullet
        c.setFont("Helvetica", 10)
        c.drawString(95, y, item)
    c.showPage()
    c.save()
    return path


def paper_of(text: str, name: str = "paper.txt"):
    """A Paper read from a string, as the text reader would read a file."""
    from boardpapers.pipeline.ingest import paper_from_bytes

    return paper_from_bytes(text.encode("utf-8"), name=name, source=name)


def run(module, text: str, meeting_date: str | None = None, name: str = "paper.txt"):
    """Run one extractor on a string, with an optional meeting date in the context."""
    from datetime import date

    from boardpapers.extractors.context import Context

    ctx = Context()
    if meeting_date:
        ctx.meeting_date = date.fromisoformat(meeting_date)
    return module.extract(paper_of(text, name), ctx)


def q(db: str, sql: str) -> list[tuple]:
    """Rows of a query on a SQLite archive file."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def quiet(_message: str) -> None:
    """A log function that drops every line."""


def squash(s: str) -> str:
    import re

    return re.sub(r"\s+", " ", s).strip()


def check_spans(paper, rec: dict) -> None:
    """Every item's span lies in the text, on its page, and holds the item's text (objects
    of decisions and recommendations: the same words, line breaks folded to spaces)."""
    for field in ("dates", "money", "decisions", "recommendations", "votes"):
        for item in rec[field]:
            assert 0 <= item["start"] <= item["end"] <= len(paper.text)
            assert item["page"] == paper.page_of(item["start"])
            if field in ("dates", "money", "votes"):
                assert paper.text[item["start"]:item["end"]] == item["text"], (field, item)
            else:
                assert squash(item["text"]) == squash(paper.text[item["start"]:item["end"]]), (field, item)
