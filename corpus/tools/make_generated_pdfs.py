#!/usr/bin/env python3
"""Write the generated (fictional) board papers in corpus/generated/ as PDFs.

    python corpus/tools/make_generated_pdfs.py [--out DIR] [--papers DIR] [NAME ...]

Each paper is one data file, corpus/tools/papers/<pdf name>.toml, read with the
standard library's tomllib; this script holds only the layout primitives. Give NAMEs
(file stems, with or without .pdf/.toml) to build only those papers.

Every organisation, person, address and figure is invented. The data files are the
only copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text changes.

Output is byte-for-byte deterministic: reportlab's invariant mode fixes the dates and
document ID. Needs reportlab (5.1.0 was used) and the DejaVu Sans TrueType font
(Debian/Ubuntu package fonts-dejavu-core) for the check boxes of the cover sheets.

Data file format (TOML)
-----------------------
Top level: ``file`` (PDF name), ``page_size`` ("A4" or "LETTER"), ``creator`` (the PDF's
Creator field), ``font``/``bold``/``size`` (the paper's style sheet, see ``styles``),
``[meta]`` title/author/subject, ``[running]`` header_left/header_right and
footer_left/footer_centre/footer_right ("{page}" and "{pages}" are replaced),
``[styles.NAME]`` extra paragraph styles (``parent`` = a style name, then any
ParagraphStyle attribute), ``[[templates]]`` page templates (``layout`` "one",
"two_columns" with optional ``gap``, "bands" = horizontal bands from the top, each
{id=, height=} or two columns {ids=[l, r], height=, gap=}, the last band without a
height taking the rest, or explicit ``frames`` {id=, x=, y=, w=, h=}), and ``[[blocks]]``,
the story; FrameBreak moves to the next frame of the page. Lengths are points, or
strings such as "0.6cm", "W" (the text width between the 2cm margins) or "W-4.4cm".
Colours are "#RRGGBB". ``creator`` keeps the name of the script that first made each
PDF, so that the committed files stay byte-identical.

Blocks (``type`` defaults to "p"):
  p            ``text`` (or ``items``, several paragraphs), ``style`` (default "body"),
               optional ``bullet`` (bullet text drawn in the style's bullet font)
  numbered     ``items`` = [[number, text], ...]: "<b>1.1</b>   text", style "num"
  lettered     ``items`` = [[label, text], ...], ``indent`` (1.0cm)
  hanging      ``items`` = [[label, text], ...], ``indent`` (0.9cm), ``hang``, ``space``
  bullets      ``items``; ``font`` (Symbol), ``glyph`` (U+2022), ``indent`` (0.9cm),
               or ``style`` = a named bullet style
  spacer       ``height``
  page_break, frame_break, next_template (``template``)
  keep         ``blocks`` kept together on one page
  columns      ``blocks`` flowed into balanced columns (``n``, ``inner_padding``,
               ``space_before``, ``space_after``)
  grid         money/data table: ``rows``, ``widths``, ``header_rows``,
               ``align_right_from``, ``total_rows``, ``style`` (extra commands)
  table        any table: ``rows``, ``widths``, ``repeat_rows``, ``style`` (commands)
  shaded       ``blocks`` in a shaded one-cell box: ``width``, ``fill``, ``border``
  label_table  label/value block: ``rows`` = [[label, value], ...], ``width``,
               ``label_width``, ``box``, ``fill``

Table cells are strings, paragraphs ({style=, text=}) or {blocks=[...]}. Table style
commands are arrays, e.g. ["GRID", [0, 0], [-1, -1], 0.5, "#808080"]. Blocks that take
``sheet`` = {font=, bold=, size=} use another style sheet for their own paragraphs.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import tomllib
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed timestamps and /ID: identical bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS_DIR = HERE / "papers"
DEFAULT_OUT = HERE.parent / "generated"
PAGE_SIZES = {"A4": A4, "LETTER": LETTER}

# --------------------------------------------------------------------------- fonts

DEJAVU_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
]


def register_fonts() -> None:
    """DejaVu Sans supplies the ballot boxes (U+2610, U+2612) of the cover sheets."""
    env = os.environ.get("DEJAVU_SANS_TTF")
    for path in ([env] if env else []) + DEJAVU_CANDIDATES:
        if path and os.path.exists(path):
            pdfmetrics.registerFont(TTFont("DejaVuSans", path))
            return
    sys.exit("DejaVuSans.ttf not found: install fonts-dejavu-core or set DEJAVU_SANS_TTF")


# ------------------------------------------------------------------- values

TEXT_WIDTH = [A4[0] - 4 * cm]  # width between the margins of the paper being built


def length(v):
    """Points from a number or a string: "0.6cm", "12pt", "W" (the text width between
    the 2cm margins) or "W-4.4cm"."""
    if isinstance(v, str):
        if v == "W":
            return TEXT_WIDTH[0]
        if v.startswith("W-"):
            return TEXT_WIDTH[0] - length(v[2:])
        if v.endswith("cm"):
            return float(v[:-2]) * cm
        if v.endswith("pt"):
            return float(v[:-2])
        return float(v)
    return v


def colour(v):
    if isinstance(v, str) and v.startswith("#"):
        return colors.HexColor(v)
    if isinstance(v, list):
        return [colour(x) for x in v]
    return v


# -------------------------------------------------------------------------- styles

_base = getSampleStyleSheet()
BASE_NAMES = ("body", "num", "h1", "h2", "title", "centre", "cell", "cellb", "small")


def styles(font="Helvetica", bold="Helvetica-Bold", size=10.0):
    lead = size * 1.3
    s = {
        "body": ParagraphStyle("body", parent=_base["Normal"], fontName=font, fontSize=size,
                               leading=lead, spaceAfter=5),
        "num": ParagraphStyle("num", parent=_base["Normal"], fontName=font, fontSize=size,
                              leading=lead, spaceAfter=5, leftIndent=1.0 * cm,
                              firstLineIndent=-1.0 * cm),
        "h1": ParagraphStyle("h1", parent=_base["Normal"], fontName=bold, fontSize=size + 2,
                             leading=lead + 3, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=_base["Normal"], fontName=bold, fontSize=size,
                             leading=lead, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "title": ParagraphStyle("title", parent=_base["Normal"], fontName=bold,
                                fontSize=size + 6, leading=size + 10, spaceAfter=6),
        "centre": ParagraphStyle("centre", parent=_base["Normal"], fontName=bold,
                                 fontSize=size + 1, leading=lead + 1, alignment=TA_CENTER,
                                 spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=_base["Normal"], fontName=font,
                               fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", parent=_base["Normal"], fontName=bold,
                                fontSize=size - 1, leading=(size - 1) * 1.25),
        "small": ParagraphStyle("small", parent=_base["Normal"], fontName=font,
                                fontSize=size - 2, leading=(size - 2) * 1.3),
        "Normal": _base["Normal"],
    }
    return s


def bullet_style(st, font="Symbol", indent=0.9 * cm):
    return ParagraphStyle("bullet-" + font, parent=st["body"], leftIndent=indent,
                          bulletIndent=indent - 0.5 * cm, bulletFontName=font,
                          bulletFontSize=st["body"].fontSize, spaceAfter=3)


def style_sheet(data):
    """The paper's sheet: the base styles plus its [styles] (in file order)."""
    st = styles(data.get("font", "Helvetica"), data.get("bold", "Helvetica-Bold"),
                data.get("size", 10.0))
    for name, attrs in data.get("styles", {}).items():
        attrs = dict(attrs)
        parent = st[attrs.pop("parent", "body")]
        label = attrs.pop("name", name)
        kw = {}
        for k, v in attrs.items():
            if k.endswith("Color"):
                kw[k] = colour(v)
            elif isinstance(v, str) and k not in ("fontName", "bulletFontName"):
                kw[k] = length(v)
            else:
                kw[k] = v
        st[name] = ParagraphStyle(label, parent=parent, **kw)
    return st


# ------------------------------------------------------------------ blocks -> story

class Story:
    """Turns a list of blocks (dicts from the data file) into reportlab flowables."""

    def __init__(self, st, data):
        self.st = st
        self.data = data

    def sheet(self, b):
        """The style sheet of a block: the paper's, or another size/font if given."""
        sh = b.get("sheet")
        if not sh:
            return self.st
        return styles(sh.get("font", self.data.get("font", "Helvetica")),
                      sh.get("bold", self.data.get("bold", "Helvetica-Bold")),
                      sh.get("size", self.data.get("size", 10.0)))

    def flow(self, blocks):
        out = []
        for b in blocks:
            out += getattr(self, "b_" + b.get("type", "p"))(b)
        return out

    def para(self, b, st=None):
        st = st or self.st
        return Paragraph(b["text"], st[b.get("style", "body")], bulletText=b.get("bullet"))

    def cell(self, c):
        if isinstance(c, dict):
            if "blocks" in c:
                return self.flow(c["blocks"])
            return self.para(c, self.sheet(c))
        return c

    # ---- text
    def b_p(self, b):
        style = self.st[b.get("style", "body")]
        texts = b["items"] if "items" in b else [b["text"]]
        return [Paragraph(t, style, bulletText=b.get("bullet")) for t in texts]

    def b_numbered(self, b):
        st = self.sheet(b)
        return [Paragraph(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;{t}", st[b.get("style", "num")])
                for n, t in b["items"]]

    def b_lettered(self, b):
        st = self.sheet(b)
        indent = length(b.get("indent", 1.0 * cm))
        ls = ParagraphStyle("lettered", parent=st["body"], leftIndent=indent + 0.8 * cm,
                            firstLineIndent=-0.8 * cm, spaceAfter=3)
        return [Paragraph(f"{k}&nbsp;&nbsp;&nbsp;{t}", ls) for k, t in b["items"]]

    def b_hanging(self, b):
        st = self.sheet(b)
        indent, hang = length(b.get("indent", 0.9 * cm)), length(b.get("hang", 0.6 * cm))
        hs = ParagraphStyle("hang", parent=st["body"], leftIndent=indent + hang,
                            firstLineIndent=-hang, spaceAfter=b.get("space", 3))
        return [Paragraph(f"{k}&nbsp;&nbsp;{t}", hs) for k, t in b["items"]]

    def b_bullets(self, b):
        if "style" in b:
            bs = self.st[b["style"]]
        else:
            bs = bullet_style(self.sheet(b), b.get("font", "Symbol"),
                              length(b.get("indent", 0.9 * cm)))
        glyph = b.get("glyph", "\u2022")
        return [Paragraph(t, bs, bulletText=glyph) for t in b["items"]]

    # ---- flow control
    def b_spacer(self, b):
        return [Spacer(length(b.get("width", 1)), length(b["height"]))]

    def b_page_break(self, b):
        return [PageBreak()]

    def b_frame_break(self, b):
        return [FrameBreak()]

    def b_next_template(self, b):
        return [NextPageTemplate(b["template"])]

    def b_keep(self, b):
        return [KeepTogether(self.flow(b["blocks"]))]

    def b_columns(self, b):
        kw = {}
        for key, arg in (("inner_padding", "innerPadding"), ("space_before", "spaceBefore"),
                         ("space_after", "spaceAfter"), ("left_padding", "leftPadding"),
                         ("right_padding", "rightPadding"), ("top_padding", "topPadding"),
                         ("bottom_padding", "bottomPadding"), ("needed", "needed")):
            if key in b:
                kw[arg] = length(b[key])
        return [BalancedColumns(self.flow(b["blocks"]), nCols=b.get("n", 2), **kw)]

    # ---- tables
    def rows(self, b):
        return [[self.cell(c) for c in row] for row in b["rows"]]

    @staticmethod
    def commands(cmds):
        return [(c[0], tuple(c[1]), tuple(c[2])) + tuple(colour(v) for v in c[3:])
                for c in cmds]

    def b_table(self, b):
        t = Table(self.rows(b), colWidths=[length(w) for w in b["widths"]],
                  repeatRows=b.get("repeat_rows", 0))
        for batch in b.get("styles", [b["style"]] if "style" in b else []):
            t.setStyle(TableStyle(self.commands(batch)))
        return [t]

    def b_grid(self, b):
        st = self.sheet(b)
        header_rows = b.get("header_rows", 1)
        t = Table(self.rows(b), colWidths=[length(w) for w in b["widths"]],
                  repeatRows=header_rows)
        cmds = [
            ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
            ("FONT", (0, 0), (-1, header_rows - 1), st["cellb"].fontName, st["cell"].fontSize),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DCE6F1")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (b.get("align_right_from", 1), 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r in b.get("total_rows", ()):
            cmds.append(("FONT", (0, r), (-1, r), st["cellb"].fontName, st["cell"].fontSize))
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, colors.black))
        t.setStyle(TableStyle(cmds))
        if b.get("style"):
            t.setStyle(TableStyle(self.commands(b["style"])))
        return [t]

    def b_shaded(self, b):
        t = Table([[self.flow(b["blocks"])]], colWidths=[length(b["width"])])
        cmds = [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(b.get("fill", "#F1F1F1"))),
                ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if b.get("border"):
            cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(b["border"])))
        t.setStyle(TableStyle(cmds))
        return [t]

    def b_label_table(self, b):
        st = self.sheet(b)
        data = [[Paragraph(k, st["cellb"]),
                 Paragraph(v, st["cell"]) if isinstance(v, str) else self.cell(v)]
                for k, v in b["rows"]]
        w, label_w = length(b["width"]), length(b["label_width"])
        t = Table(data, colWidths=[label_w, w - label_w])
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(b.get("fill", "#EFEFEF"))),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if b.get("box", True):
            cmds += [("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                     ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#AAAAAA"))]
        else:
            cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1"))]
        t.setStyle(TableStyle(cmds))
        return [t]


# ------------------------------------------------------------------ doc machinery

def page_templates(specs, doc, on_page):
    out = []
    for t in specs:
        layout = t.get("layout", "frames")
        if layout == "one":
            pid = t.get("id", "full")
            frames = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                            id=pid + "-f")]
        elif layout == "two_columns":
            pid = t.get("id", "twocol")
            gap = length(t.get("gap", 0.8 * cm))
            cw = (doc.width - gap) / 2
            frames = [Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id=pid + "-l"),
                      Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height,
                            id=pid + "-r")]
        elif layout == "bands":
            # horizontal bands from the top of the page; a band of "columns" frames
            # side by side; the last band without a height takes the rest of the page
            pid = t["id"]
            frames = []
            x, w = doc.leftMargin, doc.width
            top, left_h = doc.bottomMargin + doc.height, doc.height
            for band in t["bands"]:
                bh = length(band["height"]) if "height" in band else left_h
                top, left_h = top - bh, left_h - bh
                y = top if "height" in band else doc.bottomMargin
                ids = band.get("ids", [band.get("id")])
                if len(ids) == 1:
                    frames.append(Frame(x, y, w, bh, id=ids[0]))
                else:
                    gap = length(band.get("gap", 0.8 * cm))
                    cw = (w - gap) / 2
                    frames += [Frame(x, y, cw, bh, id=ids[0]),
                               Frame(x + cw + gap, y, cw, bh, id=ids[1])]
        else:
            pid = t["id"]
            frames = [Frame(length(f["x"]), length(f["y"]), length(f["w"]), length(f["h"]),
                            id=f.get("id")) for f in t["frames"]]
        out.append(PageTemplate(id=pid, frames=frames, onPage=on_page))
    return out


class Paper:
    """One paper from its data: page templates, running header/footer, story; built in
    two passes so that the footer can say "Page n of N"."""

    def __init__(self, data):
        self.data = data
        self.filename = data["file"]
        self.pagesize = PAGE_SIZES[data.get("page_size", "A4")]
        TEXT_WIDTH[0] = self.pagesize[0] - 4 * cm
        self.st = style_sheet(data)
        self.total = 0

    def _on_page(self, canv, doc):
        run = self.data.get("running", {})
        w, h = self.pagesize
        left, right = 2 * cm, w - 2 * cm
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(left, h - 1.25 * cm, run.get("header_left", ""))
        canv.drawRightString(right, h - 1.25 * cm, run.get("header_right", ""))
        canv.setStrokeColor(colors.HexColor("#005EB8"))
        canv.setLineWidth(0.6)
        canv.line(left, h - 1.45 * cm, right, h - 1.45 * cm)
        page, total = str(doc.page), str(self.total or doc.page)
        fl, fc, fr = (run.get("footer_" + k, "").replace("{page}", page)
                      .replace("{pages}", total) for k in ("left", "centre", "right"))
        canv.setStrokeColor(colors.grey)
        canv.line(left, 1.55 * cm, right, 1.55 * cm)
        if fl:
            canv.drawString(left, 1.1 * cm, fl)
        if fc:
            canv.drawCentredString(w / 2, 1.1 * cm, fc)
        if fr:
            canv.drawRightString(right, 1.1 * cm, fr)
        canv.restoreState()

    def _doc(self, target):
        meta = self.data.get("meta", {})
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=meta.get("title", ""),
            author=meta.get("author", ""), subject=meta.get("subject", ""),
            creator=self.data.get("creator", "corpus/tools/make_generated_pdfs.py"),
        )
        specs = self.data.get("templates", [{"layout": "one", "id": "full"}])
        doc.addPageTemplates(page_templates(specs, doc, self._on_page))
        return doc

    def story(self):
        return Story(self.st, self.data).flow(self.data["blocks"])

    def build(self, out_dir: Path) -> Path:
        TEXT_WIDTH[0] = self.pagesize[0] - 4 * cm
        first = self._doc(io.BytesIO())
        first.build(self.story())
        self.total = first.page
        path = out_dir / self.filename
        self._doc(str(path)).build(self.story())
        return path


def paper_files(names, folder=PAPERS_DIR):
    files = sorted(Path(folder).glob("*.toml"))
    if names:
        want = {n.removesuffix(".toml").removesuffix(".pdf") for n in names}
        files = [f for f in files if f.stem in want]
        missing = want - {f.stem for f in files}
        if missing:
            sys.exit("no data file for: " + ", ".join(sorted(missing)))
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--papers", type=Path, default=PAPERS_DIR, help="folder of data files")
    ap.add_argument("names", nargs="*", help="papers to build (default: all)")
    args = ap.parse_args(argv)
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    for f in paper_files(args.names, args.papers):
        with open(f, "rb") as fh:
            paper = Paper(tomllib.load(fh))
        path = paper.build(args.out)
        print(f"{path}  ({paper.total} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
