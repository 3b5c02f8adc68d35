#!/usr/bin/env python3
"""Write the generated (fictional) board papers in corpus/generated/ as PDFs.

    python corpus/tools/make_generated_pdfs.py [--out DIR]

Four papers, each laid out the way real board papers come out of Word and print
drivers, to exercise the PDF reader and the extractors:

  generated-trust-board-finance-report.pdf          NHS trust board finance report
  generated-council-cabinet-report.pdf              district council cabinet report
  generated-committee-minutes-2020-12-02.pdf        council committee minutes with votes
  generated-us-board-of-trustees-minutes-2024-10-16.pdf  US hospital district minutes

Every organisation, person, address and figure is invented. This script is the only
copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text here changes.

Output is byte-for-byte deterministic: reportlab's invariant mode fixes the dates and
document ID. Needs reportlab (5.1.0 was used) and the DejaVu Sans TrueType font
(Debian/Ubuntu package fonts-dejavu-core) for the cover sheet's check boxes.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
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

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "generated"

# --------------------------------------------------------------------------- fonts

DEJAVU_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
]


def register_fonts() -> None:
    """DejaVu Sans supplies the ballot boxes (U+2610, U+2612) of the cover sheet."""
    env = os.environ.get("DEJAVU_SANS_TTF")
    for path in ([env] if env else []) + DEJAVU_CANDIDATES:
        if path and os.path.exists(path):
            pdfmetrics.registerFont(TTFont("DejaVuSans", path))
            return
    sys.exit("DejaVuSans.ttf not found: install fonts-dejavu-core or set DEJAVU_SANS_TTF")


# -------------------------------------------------------------------------- styles

_base = getSampleStyleSheet()


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
    }
    return s


def bullet_style(st, font="Symbol", indent=0.9 * cm):
    return ParagraphStyle("bullet-" + font, parent=st["body"], leftIndent=indent,
                          bulletIndent=indent - 0.5 * cm, bulletFontName=font,
                          bulletFontSize=st["body"].fontSize, spaceAfter=3)


def bullets(items, st, font="Symbol", glyph="\u2022", indent=0.9 * cm):
    """A bulleted list; the bullet glyph is drawn in `font` (Symbol or ZapfDingbats)."""
    bs = bullet_style(st, font, indent)
    return [Paragraph(t, bs, bulletText=glyph) for t in items]


def numbered(items, st):
    """Numbered paragraphs ("2.1  text") with a hanging indent."""
    return [Paragraph(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;{t}", st["num"]) for n, t in items]


def grid(data, widths, st, header_rows=1, align_right_from=1, total_rows=(), zebra=False):
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    cmds = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, header_rows - 1), st["cellb"].fontName, st["cell"].fontSize),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DCE6F1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in total_rows:
        cmds.append(("FONT", (0, r), (-1, r), st["cellb"].fontName, st["cell"].fontSize))
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


# ------------------------------------------------------------------ doc machinery

class Paper:
    """One paper: page templates, running header/footer, story; built in two passes
    so that the footer can say "Page n of N"."""

    def __init__(self, filename, pagesize, meta, header, footer, templates, story):
        self.filename = filename
        self.pagesize = pagesize
        self.meta = meta            # dict(title=, author=, subject=)
        self.header = header        # (left text, right text)
        self.footer = footer        # callable(page, total) -> (left, centre, right)
        self.templates = templates  # callable(doc, on_page) -> [PageTemplate]
        self.story = story          # callable() -> [flowables]
        self.total = 0

    def _on_page(self, canv, doc):
        w, h = self.pagesize
        left, right = 2 * cm, w - 2 * cm
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(left, h - 1.25 * cm, self.header[0])
        canv.drawRightString(right, h - 1.25 * cm, self.header[1])
        canv.setStrokeColor(colors.HexColor("#005EB8"))
        canv.setLineWidth(0.6)
        canv.line(left, h - 1.45 * cm, right, h - 1.45 * cm)
        fl, fc, fr = self.footer(doc.page, self.total or doc.page)
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
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=self.meta["title"],
            author=self.meta["author"], subject=self.meta["subject"],
            creator="corpus/tools/make_generated_pdfs.py",
        )
        doc.addPageTemplates(self.templates(doc, self._on_page))
        return doc

    def build(self, out_dir: Path) -> Path:
        first = self._doc(io.BytesIO())
        first.build(self.story())
        self.total = first.page
        path = out_dir / self.filename
        self._doc(str(path)).build(self.story())
        return path


def one_frame(doc, on_page, pid="full"):
    f = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id=pid + "-f")
    return PageTemplate(id=pid, frames=[f], onPage=on_page)


def two_columns(doc, on_page, pid="twocol", gap=0.8 * cm):
    cw = (doc.width - gap) / 2
    left = Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id=pid + "-l")
    right = Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id=pid + "-r")
    return PageTemplate(id=pid, frames=[left, right], onPage=on_page)


def box(marked: bool) -> str:
    return '<font name="DejaVuSans">%s</font>' % ("\u2612" if marked else "\u2610")


# ============================================================ 1. NHS trust finance

def trust_finance_report() -> Paper:
    st = styles()
    org = "Riverside Valley NHS Foundation Trust"

    def templates(doc, on_page):
        return [one_frame(doc, on_page, "cover"), two_columns(doc, on_page),
                one_frame(doc, on_page, "full")]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        s.append(P(org, "title"))
        s.append(P("Trust Headquarters, Riverside House, 14 Cowley Road, Oxford OX4 2LH", "small"))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Trust Board Meeting in Public", "h1"))
        purpose = "&nbsp;&nbsp;&nbsp;".join(
            f"{name} {box(m)}" for name, m in (("Decision", True), ("Approval", False),
                                               ("Discussion", False), ("Information", True),
                                               ("Assurance", False)))
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        L = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        action = [C("The Board is asked to:")] + bullets([
            "<b>Approve</b> the revised capital programme for 2024/25 of £48.6m;",
            "<b>Note</b> the year-to-date deficit of £3.3m at Month 9;",
            "<b>Note</b> the risks to the delivery of the FY2025/26 financial plan, including "
            "the underlying deficit of £10-15m;",
            "<b>Endorse</b> the submission of the draft 2025/26 operating plan to NHS England "
            "by 27 March 2025.",
        ], styles(size=10.0), indent=0.6 * cm)
        rows = [
            [L("Meeting:"), C("Trust Board (Part 1 – meeting held in public)")],
            [L("Date of Meeting:"), C("Thursday 30 January 2025")],
            [L("Paper No:"), C("24/17")],
            [L("Report Title:"), C("<b>Finance Report: Month 9 2024/25</b>")],
            [L("Lead Director:"), C("Marcus Ellery, Chief Finance Officer")],
            [L("Author:"), C("Priya Raman, Deputy Director of Finance (Tel: 01632 960417)")],
            [L("Purpose:"), C(purpose)],
            [L("Previously considered by:"), C("Finance and Investment Committee, 21 January 2025")],
            [L("Financial Implications:"),
             C("The Trust reports a year-to-date deficit of £3.3m against a planned "
               "year-to-date surplus of £11.3m. The forecast outturn remains a breakeven "
               "position, subject to the mitigations described in section 6.")],
            [L("Link to Board Assurance Framework:"), C("BAF risk 4.2 – Financial sustainability")],
            [L("Action Required:"), action],
        ]
        t = Table(rows, colWidths=[4.3 * cm, doc_width_a4() - 4.3 * cm])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        s.append(t)
        s.append(NextPageTemplate("twocol"))
        s.append(PageBreak())

        # ---- pages 2-3: two-column narrative
        s.append(P("Finance Report: Month 9 2024/25", "h1"))
        s.append(P("1. Purpose of the report", "h2"))
        s += numbered([("1.1", "This report sets out the financial position of the Trust for "
                        "the nine months to 31 December 2024 (Month 9 of FY2024/25) and the forecast for the full year. It was reviewed in "
                        "detail by the Finance and Investment Committee on 21 January 2025.")], st)
        s.append(P("2. Executive summary", "h2"))
        s += numbered([("2.1", "The key messages for the Board are:")], st)
        s += bullets([
            "Income for the year is planned at £1.3bn, of which £976.7m has been earned to date.",
            "The year-to-date position is a deficit of £3.3m, which is £14.5m adverse to plan, "
            "driven by pay overspends in urgent and emergency care.",
            "Agency expenditure in December 2024 was £1.87m, exceeding the monthly cap of £1.6m "
            "by £270k.",
            "The Trust received £0.5 million of non-recurrent elective recovery funding in "
            "Month 9, which has been recognised in full.",
            "Cash at 31 December 2024 was £61.2m, equivalent to 17 days of operating expenditure.",
        ], st, font="ZapfDingbats", glyph="\u25cf")
        s.append(P("3. Income and activity", "h2"))
        s += numbered([
            ("3.1", "Clinical income is £3.3m ahead of plan year to date. Elective activity "
                    "delivered 104% of the 2019/20 baseline value, above the 103% target set "
                    "for the year."),
            ("3.2", "Non-elective demand remains high: attendances at the emergency department "
                    "averaged 412 a day in December 2024, and calls routed to the Trust from the 999 "
                    "and 111 services rose by 6% compared with December 2023."),
            ("3.3", "The escalation capacity of 120 beds opened on 4 November 2024 remains open "
                    "and is forecast to cost £4.8m in 2024/25. It is funded from the winter "
                    "allocation agreed with the Integrated Care Board."),
        ], st)
        s.append(P("4. Expenditure", "h2"))
        s += numbered([
            ("4.1", "Pay expenditure is £9.7m adverse to plan year to date. The Trust employs "
                    "9,850 whole-time equivalent staff, 214 more than planned, mainly in nursing "
                    "and in the medical staffing that supports the commis-<br/>sioning of the "
                    "new acute medical unit."),
            ("4.2", "Non-pay expenditure is £6.6m adverse to plan, largely on drugs and clinical "
                    "supplies under the high-cost drugs pass-through arrangements, which are "
                    "offset by income."),
            ("4.3", "The cost improvement programme (CIP) target for the year is £42.6m. Schemes "
                    "delivering £29.8m have been achieved to date, and a further £8.1m is "
                    "forecast by 31 March 2025. Of the schemes delivered, 61% are recurrent."),
            ("4.4", "Divisional recovery plans have been agreed for the Medicine and Surgery "
                    "divisions. Vacancy control panels now review every request to recruit, "
                    "and bank and agency shifts above agreed rates require executive sign-off."),
        ], st)
        s.append(NextPageTemplate("full"))
        s.append(PageBreak())

        # ---- full-width pages: tables, capital, outlook
        s.append(P("Table 1: Statement of comprehensive income, Month 9 2024/25", "h2"))
        data = [["£'000", "Annual Plan", "YTD Plan", "YTD Actual", "Variance F/(A)"],
                ["Clinical income", "1,181,400", "886,050", "889,320", "3,270"],
                ["Other operating income", "118,600", "88,950", "87,410", "(1,540)"],
                ["Total income", "1,300,000", "975,000", "976,730", "1,730"],
                ["Pay", "812,300", "609,225", "618,940", "(9,715)"],
                ["Non-pay", "472,700", "354,525", "361,085", "(6,560)"],
                ["Total expenditure", "1,285,000", "963,750", "980,025", "(16,275)"],
                ["Surplus / (deficit)", "15,000", "11,250", "(3,295)", "(14,545)"]]
        s.append(grid(data, [5.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm], st,
                      total_rows=(3, 6, 7)))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("5. Capital programme", "h2"))
        s += numbered([
            ("5.1", "The revised capital programme for 2024/25 is £48.6m, funded from internally "
                    "generated depreciation of £31.2m, public dividend capital of £12.4m and "
                    "disposals of £5.0m. Spend to the end of Month 9 is 58% of the programme, "
                    "which is typical of the phasing of prior years."),
            ("5.2", "The Trust's five-year estates strategy, approved in July 2023, totals £184m "
                    "(gross), of which £36m is expected to come from the New Hospital Programme."),
            ("5.3", "Three schemes exceed the delegated limit of the Chief Executive and require "
                    "Board approval (Table 2)."),
        ], st)
        s.append(P("Table 2: Capital schemes requiring Board approval", "h2"))
        data2 = [["Scheme", "Division", "Amount requested (£)"],
                 ["Theatre ventilation upgrade", "Surgery", "2,350,000"],
                 ["Electronic patient record phase 2", "Corporate", "1,780,000"],
                 ["Diagnostic imaging replacement (MRI)", "Clinical Support", "1,425,500"],
                 ["Total", "", "5,555,500"]]
        s.append(grid(data2, [7.5 * cm, 4.0 * cm, 4.5 * cm], st, align_right_from=2,
                      total_rows=(4,)))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("6. Financial outlook for FY2025/26", "h2"))
        s += numbered([
            ("6.1", "Planning guidance for 2025/26 is expected from NHS England in early "
                    "February 2025."),
            ("6.2", "The Trust's underlying deficit entering FY2025/26 is estimated at £10-15m "
                    "before efficiencies. A savings requirement of at least 4% (c. £52m) is "
                    "anticipated, which is higher than any level delivered in recent years."),
            ("6.3", "The draft operating plan will be presented to the Board on 27 February and "
                    "must be submitted to NHS England by 27 March 2025."),
        ], st)
        s.append(P("7. Key risks", "h2"))
        s += bullets([
            "<b>Industrial action:</b> the cost of the strikes in 2024 is estimated at £2.1m, "
            "of which £0.9m has not been funded.",
            "<b>Pay award:</b> each 1% of the 2025/26 pay award above the funded 2.8% would "
            "cost around £5.2m.",
            "<b>Urgent care demand:</b> if the escalation beds cannot be closed, the run-rate "
            "pressure carries into the new year.",
        ], st)
        s.append(P("8. Recommendation", "h2"))
        s += numbered([
            ("8.1", "The Finance and Investment Committee recommended that the Board approve "
                    "the revised capital programme for 2024/25 of £48.6m and the capital schemes "
                    "in Table 2."),
        ], st)
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Marcus Ellery, Chief Finance Officer", "small"))
        s.append(PageBreak())
        s.append(P("Appendix 1: Statement of financial position and cash", "h1"))
        data3 = [["£m", "31 March 2024", "31 December 2024"],
                 ["Non-current assets", "742.6", "751.9"],
                 ["Current assets", "138.4", "126.7"],
                 ["  of which cash", "78.3", "61.2"],
                 ["Current liabilities", "(155.2)", "(168.5)"],
                 ["Non-current liabilities", "(61.0)", "(58.3)"],
                 ["Total assets employed", "664.8", "651.8"]]
        s.append(grid(data3, [7.0 * cm, 4.0 * cm, 4.0 * cm], st, total_rows=(6,)))
        s.append(Spacer(1, 0.4 * cm))
        s += numbered([
            ("A1.1", "The reduction in cash since 31 March 2024 reflects capital expenditure "
                     "ahead of the receipt of public dividend capital and the year-to-date "
                     "deficit. No revenue support is expected to be required in the current "
                     "financial year."),
            ("A1.2", "The Trust paid 94% of non-NHS invoices by value within 30 days under the "
                     "Better Payment Practice Code, against the target of 95%."),
            ("A1.3", "Aged debt over 90 days stands at 11% of the total, mainly overseas visitor "
                     "charges and amounts due from other NHS bodies."),
        ], st)
        return s

    return Paper(
        "generated-trust-board-finance-report.pdf", A4,
        dict(title="Finance Report: Month 9 2024/25", author=org,
             subject="Trust Board 30 January 2025, Paper 24/17"),
        (org, "Paper 24/17 – Finance Report: Month 9 2024/25"),
        lambda p, n: ("Trust Board (Public) – 30 January 2025", "", f"Page {p} of {n}"),
        templates, story)


def doc_width_a4():
    return A4[0] - 4 * cm


# ============================================================ 2. council cabinet

def council_cabinet_report() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10.5)
    org = "Northmoor District Council"

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        s.append(P("NORTHMOOR DISTRICT COUNCIL", "title"))
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        L = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        head = [
            [L("Report to:"), C("Cabinet")],
            [L("Date of meeting:"), C("Tuesday 14 January 2025")],
            [L("Report number:"), C("CAB/25/04")],
            [L("Report of:"), C("Director of Place and Climate")],
            [L("Portfolio Holder:"), C("Councillor Helen Marsh, Environment and Leisure")],
            [L("Title:"), C("<b>Northmoor Leisure Centre Decarbonisation and Leisure Fees and "
                            "Charges 2025/26</b>")],
            [L("Purpose of report:"), C("For decision")],
            [L("Key decision:"), C("Yes – included in the Forward Plan published on "
                                   "13 December 2024")],
            [L("Wards affected:"), C("All wards")],
            [L("Exempt information:"), C("None")],
        ]
        t = Table(head, colWidths=[4.0 * cm, doc_width_a4() - 4.0 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        s.append(t)
        s.append(P("1. Recommendations", "h1"))
        s += numbered([
            ("1.1", "That Cabinet approve the acceptance of a Public Sector Decarbonisation "
                    "Scheme grant of £2,450,000 for the replacement of the gas boilers at "
                    "Northmoor Leisure Centre with air source heat pumps."),
            ("1.2", "That Cabinet approve the leisure fees and charges set out in Appendix A, "
                    "to take effect from 1 April 2025."),
            ("1.3", "That Cabinet delegate authority to the Director of Place and Climate, in "
                    "consultation with the Portfolio Holder for Environment and Leisure, to "
                    "award the works contract by 31 March 2025."),
            ("1.4", "That Cabinet note the changes to the capital programme for 2024/25 and "
                    "2025/26 set out in section 5."),
        ], st)
        s.append(P("2. Reasons for decision", "h1"))
        s += numbered([
            ("2.1", "The grant offer from Salix Finance is conditional on the Council entering "
                    "into a works contract by 31 March 2025; the funding cannot be carried "
                    "forward into 2025/26."),
            ("2.2", "Fees and charges must be set before the start of the financial year so that "
                    "the new prices can be published at least 28 days before they take effect "
                    "from 1 April 2025."),
            ("2.3", "Replacing the boilers will cut the Council's direct carbon emissions by "
                    "around 640 tonnes a year, about 18% of its 2019 baseline."),
        ], st)
        s.append(P("3. Background", "h1"))
        s += numbered([
            ("3.1", "Northmoor Leisure Centre, Marsh Lane, Northmoor GL7 5RT, opened in 1987 and "
                    "welcomes around 410,000 visits a year. Its two gas boilers date from 2004 "
                    "and are beyond their design life."),
            ("3.2", "Energy costs at the centre rose from £312,000 in 2021/22 to £587,500 in "
                    "2023/24, and are forecast at £541,000 for 2024/25."),
            ("3.3", "In March 2024 Cabinet agreed to submit a bid to Phase 4 of the Public Sector "
                    "Decarbonisation Scheme (minute 88/24). The Council was notified on "
                    "18 November 2024 that the bid had been successful."),
            ("3.4", "The proposed works comprise:"),
        ], st)
        s += bullets([
            "replacement of the two gas boilers with three air source heat pumps "
            "(1.2 MW combined);",
            "a 220 kWp roof-mounted solar PV array;",
            "a new building management system and LED lighting in the sports hall; and",
            "improved insulation of the pool hall roof.",
        ], st, indent=1.6 * cm)
        s += numbered([
            ("3.5", "A detailed survey confirmed that the existing pool hall ducting can be "
                    "reused, which avoids the need for full decommis-<br/>sioning of the air "
                    "handling units during the works. The centre will stay open throughout, "
                    "with the learner pool closed for up to six weeks."),
        ], st)
        s.append(P("4. Options considered", "h1"))
        s += numbered([
            ("4.1", "Option 1 – do nothing: rejected, as the boilers are at risk of failure and "
                    "the grant of £2,450,000 would be lost."),
            ("4.2", "Option 2 – replace like-for-like with new gas boilers at an estimated cost "
                    "of £680,000: rejected, as it is incompatible with the Council's net zero "
                    "target for 2030."),
            ("4.3", "Option 3 – heat pumps and solar PV with grant support (recommended)."),
        ], st)
        s.append(P("5. Financial implications", "h1"))
        s += numbered([("5.1", "The total cost of the scheme is set out in Table 1.")], st)
        s.append(P("Table 1: Scheme costs", "h2"))
        data = [["Item", "Net (£)", "VAT (£)", "Total (£)"],
                ["Air source heat pumps", "1,840,000", "368,000", "2,208,000"],
                ["Solar PV array (220 kWp)", "410,000", "82,000", "492,000"],
                ["Building management system", "96,500", "19,300", "115,800"],
                ["Contingency (5%)", "117,325", "23,465", "140,790"],
                ["Total", "2,463,825", "492,765", "2,956,590"]]
        s.append(grid(data, [7.0 * cm, 3.3 * cm, 3.3 * cm, 3.4 * cm], st, total_rows=(5,)))
        s.append(Spacer(1, 0.3 * cm))
        s += numbered([
            ("5.2", "VAT is recoverable in full. The grant of £2,450,000 leaves a net Council "
                    "contribution of £13,825, which will be met from the Climate Emergency "
                    "Reserve (balance £1.2m at 30 September 2024)."),
            ("5.3", "The capital programme will increase by £1,970,000 in 2024/25 and by "
                    "£493,825 in 2025/26 to reflect the phasing of the works."),
            ("5.4", "Annual energy savings are estimated at £118,000 from 2026/27, net of the "
                    "additional electricity costs of the heat pumps."),
            ("5.5", "The proposed fees and charges (Appendix A) are expected to generate "
                    "additional income of £46,500 in 2025/26. Most charges rise by between "
                    "5% and 6%; junior swimming is frozen for a second year."),
        ], st)
        s.append(P("6. Legal implications", "h1"))
        s += numbered([
            ("6.1", "The Council has power to charge for discretionary services under section 93 "
                    "of the Local Government Act 2003. The works contract will be called off a "
                    "compliant framework under the Public Contracts Regulations 2015."),
        ], st)
        s.append(P("7. Timetable", "h1"))
        s += bullets([
            "Mini-competition issued: 6 January 2025",
            "Tenders returned: 3 February 2025",
            "Contract award: by 31 March 2025",
            "Works start on site: May 2025",
            "Practical completion: October 2025",
        ], st)
        s.append(P("8. Risk management", "h1"))
        s += numbered([
            ("8.1", "The main risk is cost overrun. A contingency of 5% (£140,790 including VAT) "
                    "is included, and any overspend would be met from the Climate Emergency "
                    "Reserve."),
        ], st)
        s.append(P("Background papers", "h2"))
        s.append(P("Cabinet report “Public Sector Decarbonisation Scheme bid”, 12 March 2024 "
                   "(minute 88/24)."))
        s.append(P("Contact officer", "h2"))
        s.append(P("Sam Whitlock, Climate Programme Manager. Tel: 01632 960582. "
                   "Email: sam.whitlock@northmoor.gov.uk"))
        s.append(PageBreak())
        s.append(P("Appendix A – Leisure fees and charges from 1 April 2025", "h1"))
        s.append(P("All charges include VAT at the standard rate where applicable."))
        fees = [["Charge", "2024/25 (£)", "2025/26 (£)", "Change (%)"],
                ["Adult swim", "5.20", "5.50", "5.8"],
                ["Junior swim", "3.10", "3.10", "0.0"],
                ["Swimming lesson (junior, 30 minutes)", "7.40", "7.80", "5.4"],
                ["Gym casual session", "8.50", "9.00", "5.9"],
                ["Annual membership (adult)", "399.00", "420.00", "5.3"],
                ["Annual membership (concession)", "199.00", "210.00", "5.5"],
                ["Squash court (40 minutes)", "11.20", "11.80", "5.4"],
                ["Sports hall hire (per hour)", "48.00", "50.50", "5.2"],
                ["Pool party (up to 20 children)", "165.00", "175.00", "6.1"]]
        s.append(grid(fees, [7.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm], st))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Concession rates apply to residents aged 65 and over, full-time students and "
                   "holders of the Northmoor Leisure Card."))
        return s

    return Paper(
        "generated-council-cabinet-report.pdf", A4,
        dict(title="Northmoor Leisure Centre Decarbonisation", author=org,
             subject="Cabinet 14 January 2025, report CAB/25/04"),
        (org, "Cabinet – 14 January 2025 – Report CAB/25/04"),
        lambda p, n: ("", str(p), ""),
        templates, story)


# ============================================================ 3. committee minutes

def committee_minutes() -> Paper:
    st = styles(font="Times-Roman", bold="Times-Bold", size=11)
    org = "Westbridge County Council"

    def templates(doc, on_page):
        top_h, cols_h = 4.0 * cm, 9.6 * cm
        x, w, y0, h = doc.leftMargin, doc.width, doc.bottomMargin, doc.height
        gap = 0.8 * cm
        cw = (w - gap) / 2
        first = PageTemplate(id="first", onPage=on_page, frames=[
            Frame(x, y0 + h - top_h, w, top_h, id="top"),
            Frame(x, y0 + h - top_h - cols_h, cw, cols_h, id="present-l"),
            Frame(x + cw + gap, y0 + h - top_h - cols_h, cw, cols_h, id="present-r"),
            Frame(x, y0, w, h - top_h - cols_h, id="body1"),
        ])
        return [first, one_frame(doc, on_page, "later")]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        item = lambda n, t: P(f"{n}&nbsp;&nbsp;&nbsp;{t}", "h2")  # noqa: E731
        s.append(NextPageTemplate("later"))
        s.append(P("Adult Social Care and Health Committee – Minutes", "title"))
        s.append(P("Minutes of the meeting held on Wednesday 2 December 2020 at 2.00 pm. "
                   "The meeting was held remotely via Microsoft Teams under the Local Authorities "
                   "and Police and Crime Panels (Coronavirus) (Flexibility of Local Authority and "
                   "Police and Crime Panel Meetings) (England and Wales) Regulations 2020."))
        s.append(FrameBreak())
        s.append(P("Present:", "h2"))
        s += bullets([
            "Councillor Margaret Hale (Chair)", "Councillor Tom Ashworth (Vice-Chair)",
            "Councillor Nadia Begum", "Councillor Colin Fraser", "Councillor Ruth Pennington",
            "Councillor David Okoro", "Councillor Sian Lloyd", "Councillor Peter Walsh",
            "Councillor Anita Desai", "Councillor Graham Holt", "Councillor Lucy Chambers",
            "Councillor Imran Qureshi", "Councillor Janet Moss (substitute)",
        ], st, indent=0.6 * cm)
        s.append(FrameBreak())
        s.append(P("Co-opted members (non-voting):", "h2"))
        s.append(P("Dr Alan Reeve, NHS Westbridge Clinical Commissioning Group; "
                   "Karen Lyle, Healthwatch Westbridge."))
        s.append(P("Officers in attendance:", "h2"))
        s.append(P("Stephen Cole, Director of Adult Social Services; Fiona Grant, Head of "
                   "Commissioning; Ben Harlow, Democratic Services Officer."))
        s.append(P("Apologies:", "h2"))
        s.append(P("Councillor Mark Dyer."))
        s.append(FrameBreak())

        s.append(item("45/20", "Apologies and substitutions"))
        s.append(P("Apologies were received from Councillor Mark Dyer. Councillor Janet Moss "
                   "attended as his substitute."))
        s.append(item("46/20", "Declarations of interest"))
        s.append(P("Councillor Ruth Pennington declared a personal interest in item 50/20 as a "
                   "relative is resident in a care home in the county. Councillor Graham Holt "
                   "declared a disclosable pecuniary interest in item 50/20 as a director of "
                   "Holt Care Ltd and left the meeting for that item."))
        s.append(item("47/20", "Minutes of the previous meeting"))
        s.append(P("The minutes of the meeting held on 4 November 2020 were unanimously agreed as "
                   "a correct record and signed by the Chair."))
        s.append(item("48/20", "Public questions"))
        s.append(P("One question was received from Mrs J Cartwright of 27 Orchard Way, Westbridge "
                   "WB3 9QP, about response times for care home residents who call the 999 and "
                   "111 services. The Director undertook to provide a written response within "
                   "10 working days."))
        s.append(item("49/20", "Better Care Fund Plan 2020/21"))
        s.append(P("The Head of Commissioning introduced the report, which set out the Better "
                   "Care Fund (BCF) plan for 2020/21 with a total pooled budget of £62.4m, "
                   "including the minimum NHS contribution of £41.8m, the Improved Better Care "
                   "Fund grant of £15.9m and the Disabled Facilities Grant of £4.7m. National "
                   "submission of BCF plans had been paused in April 2020 because of the "
                   "COVID-19 pandemic, and the plan had been agreed by the Health and Wellbeing "
                   "Board on 19 November 2020."))
        s.append(P("In discussion, members raised the following points:"))
        s += bullets([
            "the discharge to assess service had supported 1,240 people since March 2020;",
            "the 120 beds commissioned in step-down facilities had an average occupancy of 87%;",
            "spend on home care had risen by £3.1m compared with 2019/20, and members asked "
            "for a breakdown by locality at a future meeting.",
        ], st)
        s.append(P("On being put to the vote the recommendation was carried by 8 votes to 3 "
                   "with 2 abstentions."))
        s.append(P("<b>RESOLVED:</b> that the Better Care Fund plan for 2020/21 be approved."))
        s.append(P("At 3.40 pm Councillors Peter Walsh and Lucy Chambers left the meeting."))
        s.append(item("50/20", "Care Home Fees 2021/22"))
        s.append(P("Councillor Graham Holt left the meeting for this item. The report recommended "
                   "that the Committee approve a fee uplift of 3.5% for residential and nursing "
                   "care homes from 1 April 2021, at an estimated additional cost of £2.9 million "
                   "in 2021/22. Paragraph 4.2 of the report set out the outcome of the cost of "
                   "care exercise carried out under the Care Act 2014."))
        s.append(P("Members questioned whether the uplift reflected the additional costs of "
                   "infection control and agency staffing. The Director confirmed that these "
                   "were funded separately through the Infection Control Fund."))
        s.append(P("A recorded vote was requested. For: 7, Against: 2, Abstentions: 1."))
        s.append(P("The Committee <b>APPROVED</b> a fee uplift of 3.5% for residential and nursing "
                   "care homes with effect from 1 April 2021."))
        s.append(P("Councillor Graham Holt returned to the meeting."))
        s.append(item("51/20", "Motion on care worker pay"))
        s.append(P("Councillor Nadia Begum moved, and Councillor David Okoro seconded, a motion "
                   "that the Committee write to the Secretary of State for Health and Social "
                   "Care asking for a minimum wage of £10.50 per hour for care workers from "
                   "April 2021. Following debate, the motion was put to the vote and the motion "
                   "was lost."))
        s.append(item("52/20", "Adult Social Care Charging Policy"))
        s.append(P("The Committee considered the revised charging policy following consultation "
                   "between 1 September and 30 October 2020, to which 412 responses had been "
                   "received. The Chair declared the recommendation carried on a show of hands."))
        s.append(P("<b>RESOLVED:</b> that the Committee recommends to Council that the revised "
                   "Adult Social Care Charging Policy be adopted with effect from 12 April 2021."))
        s.append(item("53/20", "Budget monitoring 2020/21 – Period 7"))
        s.append(P("The Director presented the budget monitoring report for Period 7 (to "
                   "31 October 2020). The Adult Social Care net budget for 2020/21 is £214.6m, "
                   "with a forecast overspend of £2.35m after the application of £11.2m of "
                   "COVID-19 grant funding. The main pressures were in learning disability "
                   "placements and in home care for people discharged from hospital."))
        s.append(P("Members asked that the costs of discharges funded under the national hospital "
                   "discharge guidance of 19 March 2020 be reported separately, so that the "
                   "Committee could see the position once that funding ends. The Director agreed "
                   "to include this in the next report."))
        s.append(P("The Committee <b>NOTED</b> the forecast position and <b>ENDORSED</b> the "
                   "recovery actions set out in section 5 of the report."))
        s.append(item("54/20", "Winter pressures update"))
        s.append(P("The Committee <b>NOTED</b> the winter pressures update, including the "
                   "additional £1.6m of Infection Control Fund allocated to Westbridge for the "
                   "period October 2020 to March 2021."))
        s.append(P("Members welcomed the joint work with the hospital trust on discharge, but "
                   "noted the continuing difficulty of recruiting care workers in rural areas. "
                   "The Director reported that 63 posts had been filled through the local "
                   "recruitment campaign since it began."))
        s.append(item("55/20", "Work programme"))
        s.append(P("The Committee <b>AGREED</b> its work programme for 2021, subject to the addition "
                   "of a report on day services in March 2021."))
        s.append(item("56/20", "Date of next meeting"))
        s.append(P("The next meeting will be held on Wednesday 13 January 2021 at 10.00 am."))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("The meeting closed at 4.25 pm."))
        s.append(Spacer(1, 0.8 * cm))
        s.append(P("Signed ..................................................... Chair"))
        s.append(P("Date ......................................................."))
        return s

    return Paper(
        "generated-committee-minutes-2020-12-02.pdf", A4,
        dict(title="Adult Social Care and Health Committee – Minutes", author=org,
             subject="Minutes of the meeting held on 2 December 2020"),
        (org, "Adult Social Care and Health Committee – 2 December 2020"),
        lambda p, n: ("Chair's initials: ..........", "", f"Page {p} of {n}"),
        templates, story)


# ============================================================ 4. US board of trustees

def us_trustees_minutes() -> Paper:
    st = styles(font="Times-Roman", bold="Times-Bold", size=11)
    org = "Willow Bend Hospital District"

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h2")  # noqa: E731
        s.append(P("WILLOW BEND HOSPITAL DISTRICT", "centre"))
        s.append(P("MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES", "centre"))
        s.append(P("Wednesday, October 16, 2024 – 6:00 p.m.", "centre"))
        s.append(P("Conference Room A, 1400 Riverbend Drive, Willow Bend, OR 97399", "centre"))
        s.append(Spacer(1, 0.4 * cm))
        s.append(H("1. CALL TO ORDER"))
        s.append(P("Board Chair Linda Castillo called the meeting to order at 6:02 p.m."))
        s.append(H("2. ROLL CALL"))
        s.append(P("<b>Trustees present:</b> Linda Castillo (Chair), Robert Alvarez (Vice Chair), "
                   "Grace Kim (Secretary), Thomas Brooks, Mei Nguyen, Daniel O'Hara, Sandra "
                   "Whitfield. <b>Trustees absent:</b> none. <b>Staff present:</b> Jonathan "
                   "Reyes, Chief Executive Officer; Alicia Ford, Chief Financial Officer; Mark "
                   "Dunn, District Counsel."))
        s.append(H("3. PLEDGE OF ALLEGIANCE"))
        s.append(H("4. APPROVAL OF AGENDA"))
        s.append(P("Motion by Trustee Alvarez, seconded by Trustee Kim, to approve the agenda as "
                   "presented. Motion carried 7-0."))
        s.append(H("5. PUBLIC COMMENT"))
        s.append(P("Two members of the public addressed the Board regarding emergency department "
                   "wait times and ambulance response to 911 calls in the north county. Public "
                   "comment may also be submitted by phone at (541) 555-0148. No action was "
                   "taken."))
        s.append(H("6. CONSENT AGENDA"))
        s += numbered([
            ("6.1", "Minutes of the Regular Meeting of 09/18/2024"),
            ("6.2", "Minutes of the Special Meeting of 10/02/2024"),
            ("6.3", "Warrants No. 48211 through 48593 totaling $1,847,392.16"),
            ("6.4", "Medical staff credentialing report"),
        ], st)
        s.append(P("Motion by Trustee O'Hara, seconded by Trustee Whitfield, to approve the "
                   "consent agenda as presented. Motion carried unanimously."))
        s.append(H("7. FINANCIAL REPORT"))
        s.append(P("Chief Financial Officer Alicia Ford presented the financial statements for "
                   "the period ending 09/30/2024, the first quarter of fiscal year 2025. "
                   "Year-to-date operating revenue was $14.7 million against a budget of "
                   "$14.2 million, and operating expenses were $13.9 million. Cash and "
                   "investments totaled $18.6 million, or 142 days cash on hand. The property "
                   "tax levy certified for tax year 2024 is $3,950,000. The Board received the "
                   "financial report."))
        s.append(P("<b>Finance Committee.</b> Trustee Whitfield reported that the Finance Committee "
                   "met on 10/10/2024 and reviewed the District's investment policy. The Finance "
                   "Committee recommended that the Board reaffirm the investment policy without "
                   "change. Motion by Trustee Whitfield, seconded by Trustee Alvarez, to reaffirm "
                   "the investment policy as presented. Motion carried 7-0."))
        s.append(P("<b>Foundation.</b> The Willow Bend Hospital Foundation raised $86,450 at its "
                   "September 28 gala for the purchase of two neonatal warming units."))
        s.append(H("8. NEW BUSINESS"))
        s.append(P("<b>8.1 Resolution 2024-31 – FY2025 Capital Budget.</b> Chief Executive Officer "
                   "Reyes presented Resolution 2024-31 approving the fiscal year 2025 capital "
                   "budget of $4.2 million, summarized below. Fiscal year 2025 runs from "
                   "July 1, 2024 through June 30, 2025."))
        data = [["Project", "Amount requested ($)"],
                ["CT scanner replacement", "1,650,000"],
                ["HVAC replacement, Building B", "980,000"],
                ["Electronic health record upgrade", "725,000"],
                ["Ambulance replacement (2 units)", "320,000"],
                ["Parking lot expansion", "410,000"],
                ["Contingency", "115,000"],
                ["Total", "4,200,000"]]
        s.append(KeepTogether([grid(data, [8.0 * cm, 4.5 * cm], st, total_rows=(7,)),
                               Spacer(1, 0.3 * cm)]))
        s.append(P("Trustee Brooks moved to defer the parking lot expansion ($410,000) to fiscal "
                   "year 2026; seconded by Trustee Nguyen. Motion failed 3-4 (Trustees Brooks, "
                   "Nguyen and O'Hara voting yes)."))
        s.append(P("Motion by Trustee Alvarez, seconded by Trustee Whitfield, to adopt Resolution "
                   "2024-31 approving the fiscal year 2025 capital budget of $4.2 million. Roll "
                   "call vote: Ayes – Castillo, Alvarez, Kim, O'Hara, Whitfield; Noes – Brooks, "
                   "Nguyen. Motion carried 5-2."))
        s.append(P("<b>8.2 Resolution 2024-32 – Award of Contract, Roof Repairs.</b> Three bids "
                   "were received, ranging from $125,000 to $168,400. Staff recommended that the "
                   "Board award a contract for roof repairs at the Medical Office Building to "
                   "Summit Roofing &amp; Sheet Metal, Inc., the lowest responsive bidder, in the "
                   "amount of $125,000, with a 10% contingency of $12,500."))
        s.append(P("Motion by Trustee Kim, seconded by Trustee O'Hara, to adopt Resolution 2024-32 "
                   "awarding the contract to Summit Roofing &amp; Sheet Metal, Inc. in the amount "
                   "of $125,000. Motion carried 6-0-1 (Trustee Whitfield abstaining)."))
        s.append(P("<b>8.3 Bylaws amendment – first reading.</b> District Counsel presented an "
                   "amendment to Section 4.2 of the Bylaws to allow trustees to attend up to two "
                   "meetings per year by videoconference. No action was taken; the second "
                   "reading is scheduled for 11/20/2024."))
        s.append(H("9. CHIEF EXECUTIVE OFFICER'S REPORT"))
        s.append(P("Mr. Reyes reported that the 25-bed inpatient unit had averaged 21.4 patients "
                   "a day in September, that the hospital has been re-designated as a Level IV "
                   "trauma center through 12/31/2027, and that flu vaccination clinics will run "
                   "Oct. 21–Nov. 8 at the Willow Bend Clinic. Construction of the $2.3 million "
                   "behavioral health wing remains on schedule for completion in spring 2025."))
        s.append(H("10. TRUSTEE COMMENTS"))
        s.append(P("Trustee Nguyen thanked staff for the 10/05/2024 community health fair, which "
                   "served 640 residents."))
        s.append(H("11. EXECUTIVE SESSION"))
        s.append(P("At 7:31 p.m. the Board recessed to executive session pursuant to "
                   "ORS 192.660(2)(d) to conduct deliberations with persons designated to carry "
                   "on labor negotiations. The Board reconvened in open session at 8:05 p.m. "
                   "No action was taken."))
        s.append(H("12. ADJOURNMENT"))
        s.append(P("There being no further business, the meeting was adjourned at 8:14 p.m. The "
                   "next regular meeting will be held on Wednesday, November 20, 2024 at "
                   "6:00 p.m."))
        s.append(Spacer(1, 0.6 * cm))
        s.append(P("Respectfully submitted,"))
        s.append(P("Grace Kim, Board Secretary"))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Approved by the Board of Trustees on: ______________________"))
        s.append(PageBreak())
        s.append(P("ATTACHMENT A – RECORD OF VOTES, REGULAR MEETING", "centre"))
        s.append(Spacer(1, 0.3 * cm))
        votes = [["Trustee", "Item 4\nAgenda", "Item 6\nConsent", "Item 7\nInvestment\npolicy",
                  "Item 8.1\nMotion\nto defer", "Item 8.1\nRes. 2024-31", "Item 8.2\nRes. 2024-32"]]
        votes += [
            ["Castillo", "Aye", "Aye", "Aye", "No", "Aye", "Aye"],
            ["Alvarez", "Aye", "Aye", "Aye", "No", "Aye", "Aye"],
            ["Kim", "Aye", "Aye", "Aye", "No", "Aye", "Aye"],
            ["Brooks", "Aye", "Aye", "Aye", "Aye", "No", "Aye"],
            ["Nguyen", "Aye", "Aye", "Aye", "Aye", "No", "Aye"],
            ["O'Hara", "Aye", "Aye", "Aye", "Aye", "Aye", "Aye"],
            ["Whitfield", "Aye", "Aye", "Aye", "No", "Aye", "Abstain"],
        ]
        votes.append(["Result", "7-0", "7-0", "7-0", "3-4 (failed)", "5-2", "6-0-1"])
        t = grid(votes, [2.6 * cm] + [2.4 * cm] * 6, st, align_right_from=1, total_rows=(8,))
        t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")]))
        s.append(t)
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("Votes are recorded as cast. Under Section 4.2 of the Bylaws a trustee "
                   "attending by videoconference is counted as present; no trustee attended "
                   "remotely at this meeting."))
        return s

    return Paper(
        "generated-us-board-of-trustees-minutes-2024-10-16.pdf", LETTER,
        dict(title="Minutes of the Regular Meeting of the Board of Trustees", author=org,
             subject="Board of Trustees regular meeting 10/16/2024"),
        (org, "Board of Trustees"),
        lambda p, n: ("BOT Regular Meeting Minutes 10/16/2024", "", str(p)),
        templates, story)


PAPERS = [trust_finance_report, council_cabinet_report, committee_minutes, us_trustees_minutes]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = ap.parse_args(argv)
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    for make in PAPERS:
        paper = make()
        path = paper.build(args.out)
        print(f"{path}  ({paper.total} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
