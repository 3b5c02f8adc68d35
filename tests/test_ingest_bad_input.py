"""Every kind of bad input gets a specific PaperError code, never a traceback."""
from __future__ import annotations

import pytest

from boardpapers.pipeline.ingest import Limits, read_paper
from boardpapers.schemas.paper import PaperError

from helpers import make_pdf


def code_of(path, **limits) -> str:
    with pytest.raises(PaperError) as e:
        read_paper(path, Limits(**limits) if limits else Limits())
    assert e.value.message  # a sentence a governance officer can act on
    return e.value.code


def test_empty_file(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"  \n\n ")
    assert code_of(tmp_path / "a.pdf") == "empty"
    assert code_of(tmp_path / "b.txt") == "empty"


def test_binary_that_is_not_a_pdf(tmp_path):
    f = tmp_path / "photo.pdf"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert code_of(f) == "not_pdf"


def test_binary_named_as_text(tmp_path):
    f = tmp_path / "data.txt"
    f.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    assert code_of(f) == "binary"


def test_truncated_pdf(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [["The Board is asked to note the report."]] * 3)
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(good.read_bytes()[:400])
    assert code_of(bad) == "corrupt_pdf"


def test_corrupt_pdf(tmp_path):
    f = tmp_path / "corrupt.pdf"
    f.write_bytes(b"%PDF-1.7\n" + b"garbage " * 500)
    assert code_of(f) == "corrupt_pdf"


def test_encrypted_pdf(tmp_path):
    f = make_pdf(tmp_path / "locked.pdf", [["Confidential minutes"]], encrypt="s3cret")
    with pytest.raises(PaperError) as e:
        read_paper(f)
    assert e.value.code == "encrypted_pdf"
    assert "password" in e.value.message


def test_scanned_pdf_says_how_many_pages(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    f = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(f), pagesize=A4, invariant=1)
    for _ in range(3):
        c.rect(50, 50, 400, 600, fill=1)  # an image-like page: marks, no text
        c.showPage()
    c.save()
    with pytest.raises(PaperError) as e:
        read_paper(f)
    assert e.value.code == "no_text_layer"
    assert "3 page" in e.value.message and "OCR" in e.value.message


def test_partly_scanned_pdf_is_read_with_a_warning(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    f = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(f), pagesize=A4, invariant=1)
    c.drawString(72, 700, "Minutes of the Finance Committee")
    c.showPage()
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    paper = read_paper(f)
    assert "Finance Committee" in paper.text
    assert any("no text layer" in w and "2" in w for w in paper.warnings)


def test_unsupported_extension(tmp_path):
    f = tmp_path / "paper.docx"
    f.write_bytes(b"PK\x03\x04 not supported yet")
    assert code_of(f) == "unsupported_format"


def test_unreadable_file(tmp_path):
    assert code_of(tmp_path / "missing.pdf") == "unreadable"
    (tmp_path / "folder.txt").mkdir()
    assert code_of(tmp_path / "folder.txt") == "unreadable"


def test_file_over_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("The Board is asked to approve the budget.\n" * 100)
    assert code_of(f, max_bytes=1000) == "too_large"


def test_pdf_over_page_limit(tmp_path):
    f = make_pdf(tmp_path / "long.pdf", [["page text"]] * 5)
    assert code_of(f, max_pages=4) == "too_many_pages"


def test_pdf_named_as_text(tmp_path):
    good = make_pdf(tmp_path / "x.pdf", [["hello"]])
    f = tmp_path / "x.txt"
    f.write_bytes(good.read_bytes())
    assert code_of(f) == "wrong_extension"


def test_wrong_encoding_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "cp1252.txt"
    f.write_bytes("The budget is \u00a3270k for the caf\u00e9 \u2013 approved.".encode("cp1252"))
    paper = read_paper(f)
    assert "£270k" in paper.text and "café – approved" in paper.text
    assert any("cp1252" in w for w in paper.warnings)
