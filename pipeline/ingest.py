"""Ingest: one file in, one Paper out (or a PaperError that says exactly why not).

The reader is chosen by extension; every reader's text goes through the same clean-up,
so offsets mean the same thing for PDF and text papers.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from boardpapers.schemas.paper import Paper, PaperError
from boardpapers.pipeline.readers import cleanup, furniture
from boardpapers.pipeline.readers.pdf import read_pdf_pages
from boardpapers.pipeline.readers.text import read_text

PDF_EXTENSIONS = {".pdf"}
TEXT_EXTENSIONS = {".txt", ".md", ".markdown", ".text", ".rst", ".rest"}
SUPPORTED = PDF_EXTENSIONS | TEXT_EXTENSIONS


@dataclass(frozen=True)
class Limits:
    """Per-paper limits, so one pathological file cannot stall a batch."""
    max_bytes: int = 200 * 1024 * 1024
    # a text paper's size: 20 MB is some 8,000 pages, far beyond any set of board papers, and
    # refused at once rather than read for a minute and then timed out
    max_text_bytes: int = 20 * 1024 * 1024
    max_pages: int = 2000
    max_seconds: int = 300          # reading and extracting one paper (enforced in the runner)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_paper(path: str | os.PathLike, limits: Limits = Limits(), source: str | None = None) -> Paper:
    """Read a paper from disk. Raises PaperError with a specific code on bad input."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        raise PaperError("unsupported_format",
                         f"'{ext or p.name}' files are not supported (use one of {', '.join(sorted(SUPPORTED))})")
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise PaperError("unreadable", "the path is a folder, not a file")
        if size > limits.max_bytes:
            raise PaperError("too_large", f"the file is {size:,} bytes, over the limit of {limits.max_bytes:,}")
        if ext in TEXT_EXTENSIONS and size > limits.max_text_bytes:
            raise PaperError("too_large", f"the text file is {size:,} bytes, over the limit for a text paper of "
                                          f"{limits.max_text_bytes:,} (some 8,000 pages)")
        data = p.read_bytes()
    except PaperError:
        raise
    except FileNotFoundError:
        raise PaperError("unreadable", "no such file") from None
    except PermissionError:
        raise PaperError("unreadable", "permission denied reading the file") from None
    except OSError as e:
        raise PaperError("unreadable", f"the file cannot be read: {e.strerror or e}") from None
    return paper_from_bytes(data, name=p.name, source=source or str(path), limits=limits)


def paper_from_bytes(data: bytes, name: str, source: str, limits: Limits = Limits()) -> Paper:
    """Build a Paper from bytes; `name` decides the reader by its extension."""
    if not data or not data.strip():
        raise PaperError("empty", "the file is empty")
    ext = Path(name).suffix.lower()
    if ext in TEXT_EXTENSIONS and len(data) > limits.max_text_bytes:
        raise PaperError("too_large", f"the text is {len(data):,} bytes, over the limit for a text paper of "
                                      f"{limits.max_text_bytes:,}")
    if ext in PDF_EXTENSIONS:
        text, pages, warnings = _pdf_text(data, limits)
        paged, fmt = True, "pdf"
    elif ext in TEXT_EXTENSIONS:
        if data[:5] == b"%PDF-":
            raise PaperError("wrong_extension", f"the file is a PDF named '{name}'; rename it to .pdf")
        text, pages, paged, fmt, warnings = read_text(data, name)
    else:
        raise PaperError("unsupported_format", f"'{ext or name}' files are not supported")
    return Paper(source=source, sha256=sha256_of(data), size=len(data), format=fmt, text=text,
                 pages=tuple(pages), paged=paged, warnings=tuple(warnings))


def _pdf_text(data: bytes, limits: Limits) -> tuple[str, list[tuple[int, int]], list[str]]:
    read = read_pdf_pages(data, limits.max_pages)
    page_lines = [p.lines for p in read]
    empty = [i + 1 for i, lines in enumerate(page_lines) if not any(ln.strip() for ln in lines)]
    if len(empty) == len(page_lines):
        raise PaperError("no_text_layer",
                         f"none of the {len(page_lines)} page(s) has a text layer: a scanned PDF needs OCR first")
    warnings = []
    if empty:
        warnings.append(f"{len(empty)} of {len(page_lines)} pages have no text layer (scanned?): "
                        + ", ".join(map(str, empty)))
    flags = furniture.furniture_flags(page_lines, [p.tops for p in read])
    out, pages, pos = [], [], 0
    for i, (lines, fl) in enumerate(zip(page_lines, flags)):
        body = "\n".join(ln for ln, f in zip(lines, fl) if not f)
        body = cleanup.tidy_whitespace(cleanup.rejoin_hyphenation(cleanup.normalise_chars(body)))
        body = body.strip("\n") + "\n"
        if i:
            out.append("\n")
            pos += 1
        pages.append((pos, pos + len(body)))
        out.append(body)
        pos += len(body)
    return "".join(out), pages, warnings
