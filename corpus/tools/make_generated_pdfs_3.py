#!/usr/bin/env python3
"""Write the third set of generated (fictional) board papers in corpus/generated/.

    python corpus/tools/make_generated_pdfs_3.py [--out DIR]

Three papers worded unlike the first two sets (make_generated_pdfs.py,
make_generated_pdfs_2.py), to test the extractors on writing they were not built on:

  generated-australian-shire-council-minutes-2025-02-25.pdf  Australian shire council minutes
  generated-nhs-trust-board-cover-sheet-2024-09-26.pdf       NHS trust board paper with cover sheet
  generated-university-council-minutes-2024-07-10.pdf        UK university council minutes

Every organisation, person, address and figure is invented. This script is the only
copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text here changes.

Output is byte-for-byte deterministic (reportlab's invariant mode fixes the dates and
document ID). Uses the styles, table and page machinery of make_generated_pdfs.py;
needs reportlab (5.1.0 was used) and DejaVu Sans for the cover sheet's check boxes
(Debian/Ubuntu package fonts-dejavu-core, or set DEJAVU_SANS_TTF).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed timestamps and /ID: identical bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table,
    TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

from make_generated_pdfs import (  # noqa: E402
    DEFAULT_OUT, Paper, box, bullets, grid, one_frame, register_fonts, styles, two_columns,
)
from make_generated_pdfs_2 import width  # noqa: E402


class Paper3(Paper):
    """Paper of the first script, with this script named as the PDF's creator."""

    def _doc(self, target):
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=self.meta["title"],
            author=self.meta["author"], subject=self.meta["subject"],
            creator="corpus/tools/make_generated_pdfs_3.py",
        )
        doc.addPageTemplates(self.templates(doc, self._on_page))
        return doc


def hanging(items, st, indent=0.9 * cm, hang=0.6 * cm, space=3):
    """Items "1.  text" with a hanging indent (numbered resolution parts)."""
    hs = ParagraphStyle("hang", parent=st["body"], leftIndent=indent + hang,
                        firstLineIndent=-hang, spaceAfter=space)
    return [Paragraph(f"{k}&nbsp;&nbsp;{t}", hs) for k, t in items]


def shaded(flowables, w, fill="#F1F1F1", border=None):
    """A one-cell table holding flowables: a shaded (optionally boxed) block."""
    t = Table([[flowables]], colWidths=[w])
    cmds = [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if border:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)))
    t.setStyle(TableStyle(cmds))
    return t


# ============================================================ 1. Australian shire council

def shire_council_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    st["tag"] = ParagraphStyle("tag", parent=st["body"], fontName="Helvetica-Bold",
                               spaceBefore=6, spaceAfter=2, keepWithNext=1)
    st["result"] = ParagraphStyle("result", parent=st["body"], fontName="Helvetica-Bold",
                                  alignment=2, spaceAfter=8)
    org = "Yarrabee Shire Council"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h1")  # noqa: E731
        item = lambda t: P(t, "h2")  # noqa: E731

        def resolution(number, moved, seconded, lead, parts, outcome, division=None):
            out = [P(f"COUNCIL RESOLUTION {number}", "tag"),
                   P(f"<b>Moved:</b> Cr {moved}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                     f"<b>Seconded:</b> Cr {seconded}"),
                   P(lead)]
            out += hanging(parts, st) if parts else []
            if division:
                out.append(P("<b>DIVISION</b>"))
                out.append(P(f"<b>For:</b> Crs {division[0]}"))
                out.append(P(f"<b>Against:</b> Crs {division[1]}"))
            out.append(P(outcome, "result"))
            return out

        def officers(lead, parts):
            inner = [Paragraph("<b>OFFICER'S RECOMMENDATION</b>", st["body"]),
                     Paragraph(lead, st["body"])]
            inner += hanging(parts, st, indent=0.3 * cm) if parts else []
            return [shaded(inner, W, fill="#EEF3EA", border="#7A9A63"), Spacer(1, 0.25 * cm)]

        s.append(P("YARRABEE SHIRE COUNCIL", "title"))
        s.append(P("Minutes of the Ordinary Meeting of Council", "h1"))
        s.append(P("held in the Council Chambers, 42 Hume Street, Merrigal NSW 2799 on Tuesday "
                   "25 February 2025, commencing at 9.30am"))
        s.append(P("<b>PRESENT:</b> Cr Margaret Hollis (Mayor), Cr Daniel Kearney (Deputy Mayor), "
                   "Cr Priya Natarajan, Cr Tom Buckland, Cr Leanne Fitzgerald, Cr Graham "
                   "O'Connell and Cr Shane Mitchell."))
        s.append(P("<b>IN ATTENDANCE:</b> Rebecca Thornton (Chief Executive Officer), Alan "
                   "Vukovic (Director Corporate Services), Kylie Brennan (Director Infrastructure "
                   "Services), Joel Pearce (Manager Planning and Environment) and Sarah Lim "
                   "(Governance Officer, minute taker)."))

        s.append(H("1&nbsp;&nbsp;OPENING OF MEETING"))
        s.append(P("The Mayor declared the meeting open at 9.30am and acknowledged the "
                   "Traditional Custodians of the land on which the meeting was held, and paid "
                   "respect to their Elders past and present."))
        s.append(H("2&nbsp;&nbsp;APOLOGIES AND APPLICATIONS FOR A LEAVE OF ABSENCE"))
        s.append(P("There were no apologies. Cr Mitchell applied for a leave of absence for the "
                   "March meeting."))
        s += resolution("2025/028", "G. O'Connell", "L. Fitzgerald",
                        "That Council grants Cr S. Mitchell leave of absence from the Ordinary "
                        "Meeting of Council to be held on 25 March 2025.", [], "CARRIED")
        s.append(H("3&nbsp;&nbsp;DISCLOSURES OF INTEREST"))
        s.append(P("Cr T. Buckland declared a non-significant, non-pecuniary conflict of interest "
                   "in Item 7.3, as he is a member of the Merrigal Landcare Group, which lodged a "
                   "submission on the application. Cr Buckland remained in the Chamber and took "
                   "part in the debate and the vote."))
        s.append(H("4&nbsp;&nbsp;CONFIRMATION OF MINUTES"))
        s += resolution("2025/029", "D. Kearney", "P. Natarajan",
                        "That Council confirms the minutes of the Ordinary Meeting of Council "
                        "held on 28 January 2025 as a true and correct record of proceedings.",
                        [], "CARRIED UNANIMOUSLY")
        s.append(H("5&nbsp;&nbsp;PUBLIC FORUM"))
        s.append(P("Mr Colin Ashworth addressed Council on Item 7.3, speaking against the "
                   "application on behalf of 46 residents of Bellbird Creek Road. Ms Renee Falk, "
                   "the applicant's planning consultant, spoke in support. Enquiries about the "
                   "public forum may be made to the Governance Officer on (02) 6999 4120."))

        # ---- two-column passage: councillor and delegate reports
        s.append(H("6&nbsp;&nbsp;COUNCILLOR AND DELEGATE REPORTS"))
        col = [P("<b>Mayor, Cr Hollis</b> reported on:")]
        col += bullets([
            "the Country Mayors Association meeting in Sydney on 7 February 2025, where the "
            "cost of maintaining regional roads after flooding was the main item;",
            "a meeting with the Member for Merrigal on 13 February 2025 about the Bellbird "
            "Creek bridge replacement, estimated at $3.8 million;",
            "the Merrigal Show, held on 15 and 16 February 2025.",
        ], st, indent=0.5 * cm)
        col.append(P("<b>Cr Natarajan</b> reported that the Regional Library Committee met on "
                     "11 February 2025 and adopted its 2025/26 draft budget, with Yarrabee's "
                     "contribution rising by 3.5% to $187,300."))
        col.append(P("<b>Cr Fitzgerald</b> attended the Bush Fire Management Committee, which is "
                     "reviewing hazard reduction plans and the cost of trail "
                     "infra-<br/>structure before the next fire season."))
        col.append(P("<b>Cr Buckland</b> attended the Local Traffic Committee on 19 February 2025. "
                     "Its recommendations will be reported to the March meeting."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))
        s += resolution("2025/030", "L. Fitzgerald", "G. O'Connell",
                        "That Council receives and notes the Councillor and Delegate Reports.",
                        [], "CARRIED")

        s.append(H("7&nbsp;&nbsp;REPORTS OF OFFICERS"))
        # ---- 7.1 QBRS
        s.append(item("7.1&nbsp;&nbsp;Quarterly Budget Review Statement – December 2024"))
        s.append(P("<i>Report by: Director Corporate Services. File: F24/1180.</i>"))
        s.append(P("The Quarterly Budget Review Statement (QBRS) for the second quarter of "
                   "2024/25 forecasts an operating surplus before capital grants of $1.2 million, "
                   "against the original budget surplus of $640,000. The improvement reflects "
                   "interest income $310,000 above budget and Fixing Local Roads funding of "
                   "$543,000 received earlier than expected, offset by higher insurance "
                   "premiums."))
        data = [["Budget area", "Original budget", "Revised budget", "Variation"],
                ["Operating income", "$38,412,000", "$39,265,000", "$853,000"],
                ["Operating expenditure", "$37,772,000", "$38,065,000", "($293,000)"],
                ["Operating result before capital grants", "$640,000", "$1,200,000",
                 "$560,000"]]
        s.append(KeepTogether([grid(data, [6.4 * cm, 3.5 * cm, 3.5 * cm, 3.5 * cm], st,
                                    total_rows=(3,)), Spacer(1, 0.3 * cm)]))
        s += officers("That Council:", [
            ("1.", "Adopts the Quarterly Budget Review Statement for the quarter ended "
                   "31 December 2024;"),
            ("2.", "Notes the forecast operating surplus before capital grants of $1.2 million "
                   "for 2024/25; and"),
            ("3.", "Approves the transfer of $450,000 (ex GST) from the Plant Replacement "
                   "Reserve to the 2024/25 rural roads resealing program."),
        ])
        s.append(P("Cr Buckland asked that the reserve transfer be reported back to Council "
                   "before any further plant is purchased. The mover and seconder agreed to alter "
                   "the recommendation."))
        s += resolution("2025/031", "D. Kearney", "P. Natarajan", "That Council:", [
            ("1.", "Adopts the Quarterly Budget Review Statement for the quarter ended "
                   "31 December 2024;"),
            ("2.", "Notes the forecast operating surplus before capital grants of $1.2 million "
                   "for 2024/25;"),
            ("3.", "Authorises the Chief Executive Officer to transfer $450,000 (ex GST) from "
                   "the Plant Replacement Reserve to the 2024/25 rural roads resealing program; "
                   "and"),
            ("4.", "Requests a report to the April 2025 Ordinary Meeting on the balance of the "
                   "Plant Replacement Reserve and the 2025/26 plant replacement schedule."),
        ], "CARRIED 6/1")

        # ---- 7.2 tender
        s.append(item("7.2&nbsp;&nbsp;RFT 2024/18 – Merrigal Memorial Pool Plant Upgrade"))
        s.append(P("<i>Report by: Director Infrastructure Services.</i>"))
        s.append(P("Tenders closed on 4 February 2025. Four conforming tenders were received and "
                   "assessed against the weighted criteria of price (40%), relevant experience "
                   "(30%), methodology (20%) and local content (10%). The project budget is "
                   "$1.35 million, funded by an $850,000 grant under the Stronger Country "
                   "Communities Fund and $500,000 from the Swimming Pools Reserve."))
        data = [["Tenderer", "Tender price (ex GST)", "Weighted score", "Rank"],
                ["Coastal Aquatics Pty Ltd", "$1,186,400", "86.5", "1"],
                ["Riverina Pool Services Pty Ltd", "$1,142,900", "79.0", "2"],
                ["Hydrotech Civil Pty Ltd", "$1,273,000", "74.5", "3"],
                ["Aqua Build Group", "$1,319,750", "68.0", "4"]]
        s.append(KeepTogether([grid(data, [6.4 * cm, 4.0 * cm, 3.2 * cm, 1.6 * cm], st),
                               Spacer(1, 0.3 * cm)]))
        s += officers("That Council:", [
            ("1.", "Accepts the tender from Coastal Aquatics Pty Ltd for RFT 2024/18 Merrigal "
                   "Memorial Pool Plant Upgrade in the sum of $1,186,400 (ex GST); and"),
            ("2.", "Authorises the Chief Executive Officer to execute the contract and any "
                   "associated documents under the Common Seal of Council."),
        ])
        s.append(P("MOTION", "tag"))
        s.append(P("<b>Moved:</b> Cr T. Buckland&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                   "<b>Seconded:</b> Cr S. Mitchell"))
        s.append(P("That Council accepts the tender from Riverina Pool Services Pty Ltd, being the "
                   "lowest priced conforming tender, in the sum of $1,142,900 (ex GST)."))
        s.append(P("LOST 3/4", "result"))
        s += resolution("2025/032", "M. Hollis", "L. Fitzgerald", "That Council:", [
            ("1.", "Accepts the tender from Coastal Aquatics Pty Ltd for RFT 2024/18 Merrigal "
                   "Memorial Pool Plant Upgrade in the sum of $1,186,400 (ex GST); and"),
            ("2.", "Authorises the Chief Executive Officer to execute the contract and any "
                   "associated documents under the Common Seal of Council."),
        ], "CARRIED 4/3")

        # ---- 7.3 development application
        s.append(item("7.3&nbsp;&nbsp;DA 2024/112 – 14 Lot Rural Residential Subdivision, "
                      "380 Bellbird Creek Road, Merrigal"))
        s.append(P("<i>Report by: Manager Planning and Environment.</i>"))
        s.append(P("The application seeks consent for the subdivision of Lot 7 DP 1123456 into "
                   "14 rural residential lots, with an estimated cost of works of $2.9 million. "
                   "It was notified from 18 November 2024 to 16 December 2024 and eleven "
                   "submissions were received, ten of them objecting. The assessment under "
                   "section 4.15 of the Environmental Planning and Assessment Act 1979 supports "
                   "approval subject to conditions, including a contribution of $14,250 per lot "
                   "towards rural roads."))
        s += officers("That Council approves Development Application DA 2024/112 for a 14 lot "
                      "rural residential subdivision at Lot 7 DP 1123456, 380 Bellbird Creek "
                      "Road, Merrigal, subject to the conditions of consent in Attachment 3.", [])
        s.append(P("In accordance with section 375A of the Local Government Act 1993, a division "
                   "was taken on the motion."))
        s += resolution("2025/033", "T. Buckland", "G. O'Connell",
                        "That Council refuses Development Application DA 2024/112 for a 14 lot "
                        "rural residential subdivision at 380 Bellbird Creek Road, Merrigal, for "
                        "the following reasons:", [
                            ("(a)", "the proposal is inconsistent with the objectives of the RU1 "
                                    "Primary Production zone;"),
                            ("(b)", "the bushfire evacuation access via Bellbird Creek Road is "
                                    "inadequate; and"),
                            ("(c)", "approval would not be in the public interest."),
                        ], "CARRIED",
                        division=("Buckland, O'Connell, Mitchell, Kearney and Fitzgerald",
                                  "Hollis and Natarajan"))

        # ---- 7.4 operational plan timetable
        s.append(item("7.4&nbsp;&nbsp;Draft 2025/26 Operational Plan and Budget – Timetable"))
        s += resolution("2025/034", "P. Natarajan", "D. Kearney",
                        "That Council notes the timetable for the draft 2025/26 Operational Plan "
                        "and Budget, which will be placed on public exhibition from 7 May 2025 to "
                        "4 June 2025 and presented for adoption on 24 June 2025.", [],
                        "CARRIED 7/0")

        s.append(H("8&nbsp;&nbsp;NOTICES OF MOTION"))
        s.append(item("8.1&nbsp;&nbsp;Notice of Motion – Cr S. Mitchell – Merrigal "
                      "Multipurpose Service"))
        s += resolution("2025/035", "S. Mitchell", "T. Buckland",
                        "That Council requests the Mayor to write to the NSW Minister for "
                        "Regional Health seeking the restoration of overnight nursing cover at "
                        "the Merrigal Multipurpose Service.", [], "CARRIED UNANIMOUSLY")

        s.append(H("9&nbsp;&nbsp;CLOSE OF MEETING"))
        s.append(P("There being no further business, the Mayor declared the meeting closed at "
                   "12.47pm. The next Ordinary Meeting of Council will be held on Tuesday "
                   "25 March 2025 at 9.30am."))
        s.append(Spacer(1, 0.6 * cm))
        s.append(P("These minutes were confirmed at the Ordinary Meeting of Council held on "
                   "......................................"))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("............................................ Mayor"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                   "............................................ Chief Executive Officer"))
        return s

    return Paper3(
        "generated-australian-shire-council-minutes-2025-02-25.pdf", A4,
        dict(title="Minutes of the Ordinary Meeting of Council", author=org,
             subject="Ordinary Meeting of Council, 25 February 2025"),
        (org, "Ordinary Council Meeting – 25 February 2025"),
        lambda p, n: ("Minutes – Ordinary Council Meeting", "", f"Page {p} of {n}"),
        templates, story)


# ============================================================ 2. NHS trust cover sheet paper

def trust_cover_sheet_paper() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    org = "Kingsmere and Dalby Hospitals NHS Foundation Trust"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page, "cover"), two_columns(doc, on_page, gap=0.7 * cm),
                one_frame(doc, on_page, "full")]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        L = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        num = lambda n, t: Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", st["num"])  # noqa: E731

        s.append(P(org, "title"))
        purpose = "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f"{name} {box(m)}" for name, m in (("Approval", True), ("Assurance", False),
                                               ("Information", False), ("Discussion", False)))
        action = [C("The Board is asked to:")] + bullets([
            "<b>APPROVE</b> the Full Business Case for Phase 2 of the Community Diagnostic "
            "Centre at a total capital cost of £12.5m;",
            "<b>NOTE</b> the recurrent revenue cost of £750k a year from 2026/27, to be met from "
            "the elective recovery allocation;",
            "<b>SUPPORT</b> the submission of the business case to NHS England for the release "
            "of £9.8m of national capital.",
        ], styles(size=9.0), indent=0.5 * cm)
        rows = [
            [L("Meeting:"), C("Board of Directors (Public)")],
            [L("Date:"), C("26 September 2024")],
            [L("Agenda item:"), C("12")],
            [L("Paper reference:"), C("BoD/24/093")],
            [L("Report title:"), C("<b>Community Diagnostic Centre Phase 2 – Full Business "
                                   "Case</b>")],
            [L("Executive lead:"), C("Dr Helen Marchetti, Chief Operating Officer")],
            [L("Report author:"), C("Owen Pritchard, Associate Director of Capital Planning")],
            [L("Purpose:"), C(purpose)],
            [L("Previously considered by:"),
             C("Capital Planning Group, 3 September 2024<br/>Finance and Performance Committee, "
               "17 September 2024")],
            [L("Executive summary:"),
             C("Phase 2 of the Community Diagnostic Centre (CDC) adds a CT scanner, an MRI "
               "scanner, two ultrasound rooms and a phlebotomy suite at Dalby General Hospital, "
               "providing around 52,000 additional tests a year. The capital cost of £12.5m is "
               "met from £9.8m of national CDC capital and £2.7m from the Trust's own capital "
               "programme. The centre would open to patients on 1 April 2026.")],
            [L("Action required:"), action],
            [L("Link to strategic objectives:"), C("SO2 – Timely access to care; SO4 – "
                                                   "Sustainable services")],
            [L("Board Assurance Framework:"), C("BAF risk 2.3 – Elective and diagnostic "
                                                "waiting times")],
            [L("Equality impact assessment:"), C("Completed 29 August 2024; no adverse impact "
                                                 "identified")],
        ]
        t = Table(rows, colWidths=[4.4 * cm, W - 4.4 * cm])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F8FA6")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDE7F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        s.append(t)
        s.append(NextPageTemplate("twocol"))
        s.append(PageBreak())

        # ---- page 2: two columns
        s.append(P("Community Diagnostic Centre Phase 2 – Full Business Case", "h1"))
        s.append(P("1. Purpose", "h2"))
        s.append(num("1.1", "This paper presents the Full Business Case (FBC) for the second "
                     "phase of the Community Diagnostic Centre at Dalby General Hospital. The "
                     "Outline Business Case was approved by the Board on 25 January 2024."))
        s.append(P("2. Background", "h2"))
        s.append(num("2.1", "Phase 1 of the CDC opened at Kingsmere Retail Park in October 2023 "
                     "and carried out 61,200 tests in its first ten months."))
        s.append(num("2.2", "Demand for imaging is growing by around 7% a year. At the end of "
                     "August 2024, 4,870 patients were waiting for a CT or MRI scan, of whom "
                     "1,210 had waited longer than six weeks."))
        s.append(num("2.3", "The Trust spent £1.9m on independent sector imaging in 2023/24 to "
                     "hold waiting times at that level."))
        s.append(P("3. The proposed scheme", "h2"))
        s.append(num("3.1", "The scheme comprises:"))
        s += bullets([
            "a single-storey building of 1,450 square metres next to the outpatient "
            "department;",
            "one CT and one MRI scanner, two ultrasound rooms and a phlebotomy suite;",
            "opening from 8am to 8pm, seven days a week;",
            "38.5 whole-time equivalent staff, of whom 24.0 are new posts.",
        ], st, font="ZapfDingbats", glyph="\u27a2", indent=0.6 * cm)
        s.append(num("3.2", "Construction is planned to start in January 2025 and to finish in "
                     "March 2026. The main works contract will be let through a national "
                     "construction framework at a target price of £7.4m."))
        s.append(P("4. Workforce", "h2"))
        s.append(num("4.1", "Recruitment of radiographers remains the main risk. The Trust will "
                     "train six assistant practitioners and offer the new posts to the current "
                     "imaging team first, so that experienced staff can work across both sites "
                     "and support newly qualified radiogra-<br/>phers."))
        s.append(num("4.2", "Recommendations from the external review of the imaging workforce, "
                     "commissioned in June 2024, will be reported to the Board in January "
                     "2025."))
        s.append(P("5. Revenue implications", "h2"))
        s.append(num("5.1", "The recurrent revenue cost is £750k a year from 2026/27, after "
                     "income for the additional activity. It will be met from the elective "
                     "recovery allocation agreed with the Integrated Care Board."))
        s.append(num("5.2", "Phlebotomy is provided at present by the pathology network. The "
                     "Finance and Performance Committee will be asked to consider the business "
                     "case for transferring the service to the Trust in November."))
        s.append(num("5.3", "Non-recurrent transition costs of £0.3m in 2025/26, mainly for "
                     "training and the double running of the Phase 1 site, will be met from "
                     "Trust reserves."))
        s.append(NextPageTemplate("full"))
        s.append(PageBreak())

        # ---- page 3: full width
        s.append(P("6. Capital cost and funding", "h2"))
        s.append(num("6.1", "The capital cost of the scheme and its funding are set out in "
                     "Table 1. The cost includes VAT, which cannot be recovered."))
        s.append(P("Table 1: Capital cost and funding (£m)", "h2"))
        D = "–"
        data = [["£m", "2024/25", "2025/26", "Total"],
                ["Building and enabling works", "2.1", "5.3", "7.4"],
                ["Imaging equipment (CT and MRI)", "0.4", "2.7", "3.1"],
                ["Professional fees", "0.5", "0.4", "0.9"],
                ["Digital and IT", "0.1", "0.2", "0.3"],
                ["Contingency", D, "0.8", "0.8"],
                ["Total capital cost", "3.1", "9.4", "12.5"],
                ["Funded by: national CDC capital", "2.4", "7.4", "9.8"],
                ["Funded by: Trust capital programme", "0.7", "2.0", "2.7"]]
        s.append(KeepTogether([grid(data, [7.4 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm], st,
                                    total_rows=(6,)), Spacer(1, 0.3 * cm)]))
        s.append(num("6.2", "The Trust's share of £2.7m is included in the capital plan for "
                     "2024/25 and 2025/26 that the Board approved in March 2024."))
        s.append(P("7. Risks", "h2"))
        s += bullets([
            "<b>Capital:</b> if national capital is not released by December 2024, the start "
            "of works will be delayed.",
            "<b>Construction cost:</b> a contingency of £0.8m (11% of works) is held.",
            "<b>Workforce:</b> see section 4.",
        ], st, font="ZapfDingbats", glyph="\u27a2", indent=0.6 * cm)
        s.append(P("8. Committee review", "h2"))
        s.append(num("8.1", "The Finance and Performance Committee reviewed the FBC on "
                     "17 September 2024. The Finance and Performance Committee recommended that "
                     "the Board approve the Full Business Case, subject to written confirmation "
                     "of the national capital allocation before the main works contract is "
                     "signed."))
        s.append(P("9. Recommendation", "h2"))
        s.append(num("9.1", "The Board is recommended to approve the Full Business Case for "
                     "Phase 2 of the Community Diagnostic Centre at Dalby General Hospital at a "
                     "total capital cost of £12.5m, and to delegate authority to the Chief "
                     "Executive and the Chief Finance Officer to award the main works contract "
                     "up to a value of £7.4m."))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Dr Helen Marchetti, Chief Operating Officer<br/>"
                   "Owen Pritchard, Associate Director of Capital Planning", "small"))
        s.append(P("Dalby General Hospital, Moor Lane, Dalby DB7 3QS", "small"))
        return s

    return Paper3(
        "generated-nhs-trust-board-cover-sheet-2024-09-26.pdf", A4,
        dict(title="Community Diagnostic Centre Phase 2 – Full Business Case", author=org,
             subject="Board of Directors (Public), 26 September 2024, agenda item 12"),
        (org, "OFFICIAL"),
        lambda p, n: ("Board of Directors (Public) – 26 September 2024", "",
                      f"Agenda item 12 – Page {p} of {n}"),
        templates, story)


# ============================================================ 3. university council minutes

def university_council_minutes() -> Paper:
    st = styles(font="Times-Roman", bold="Times-Bold", size=11)
    st["h3"] = ParagraphStyle("h3", parent=st["body"], fontName="Times-Italic",
                              spaceBefore=3, spaceAfter=2, keepWithNext=1)
    org = "University of Wexcombe"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        B = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        minute = lambda n, t: P(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}", "h2")  # noqa: E731

        s.append(P("UNIVERSITY OF WEXCOMBE", "centre"))
        s.append(P("Minutes of the Meeting of Council held on Wednesday 10 July 2024", "centre"))
        s.append(P("Senate Room, Founders' Building, 2.00 pm to 5.10 pm", "centre"))
        s.append(Spacer(1, 0.25 * cm))
        people = [
            [B("Present"), ""],
            [C("Chair"), C("Dame Patricia Oduya (Chair of Council)")],
            [C("Vice-Chancellor"), C("Professor Martin Keble")],
            [C("Independent members (13)"),
             C("Mr Rajesh Varma (Deputy Chair), Ms Alison Crewe, Mr Huw Bevan, Dr Caroline "
               "Tasker, Mr Jonathan Eldridge, Mrs Judith Okafor, Ms Sarah Whitlow, Mr Kwame "
               "Asante, Ms Eleanor Pryce, Mr David Lowther, Ms Nadia Karim, Mr Simon Hale, "
               "Ms Rachel Dunmore")],
            [C("Staff members (4)"),
             C("Professor Ian Sinclair (Senate), Dr Meera Joshi (Senate), Dr Thomas Avery "
               "(academic staff), Ms Lorraine Fisk (professional services staff)")],
            [C("Student members (2)"),
             C("Ms Grace Achebe (President, Students' Union), Mr Oliver Tran (Vice-President "
               "Education)")],
            [B("In attendance"), ""],
            [C(""), C("Professor Anne Holloway (Deputy Vice-Chancellor), Mr Andrew Pym (Chief "
                      "Financial Officer), Dr Fiona Leckie (University Secretary and Clerk to "
                      "Council), Ms Beth Morgan (Governance Officer, minutes)")],
            [B("Apologies"), ""],
            [C(""), C("Professor Lydia Chen (Senate), Mr Paul Garside (independent member)")],
        ]
        t = Table(people, colWidths=[4.2 * cm, W - 4.2 * cm])
        cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9A8F7A")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r in (0, 6, 8):
            cmds += [("SPAN", (0, r), (-1, r)),
                     ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EDE8DD"))]
        t.setStyle(TableStyle(cmds))
        s.append(t)
        s.append(Spacer(1, 0.2 * cm))

        s.append(minute("24/45", "Welcome, apologies and declarations of interest"))
        s.append(P("The Chair welcomed members, in particular Ms Grace Achebe and Mr Oliver Tran, "
                   "attending their first meeting as student members. Apologies were received "
                   "as recorded above. With 21 of the 23 members present, the meeting was "
                   "quorate. No new interests were declared."))
        s.append(minute("24/46", "Minutes of the previous meeting"))
        s.append(P("Council RESOLVED to approve the minutes of the meeting held on 15 May 2024 as "
                   "a correct record, subject to the amendment of minute 24/38 to record the "
                   "apologies of Mr Huw Bevan."))
        s.append(minute("24/47", "Matters arising and action log"))
        s.append(P("Council NOTED the action log. On the review of the Scheme of Delegation "
                   "(minute 24/31), it was AGREED that the University Secretary circulate the "
                   "revised Scheme of Delegation to members by 31 July 2024 for approval by "
                   "circulation."))

        # ---- two-column passage: Vice-Chancellor's report
        s.append(minute("24/48", "Report of the Vice-Chancellor"))
        col = [P("The Vice-Chancellor drew members' attention to the following:")]
        col += bullets([
            "applications for undergraduate study in September 2024 were 4% above the previous "
            "year, but applications from international postgraduate students had fallen by "
            "23%, in line with the sector;",
            "the University had been awarded £2.6 million by the Engineering and Physical "
            "Sciences Research Council for a centre for doctoral training in coastal "
            "resilience;",
            "the new Student Hub would open on 23 September 2024, on time and within its "
            "budget of £21.4 million;",
            "the pay negotiations for 2024/25 had not concluded, and any award above the "
            "budgeted 2.5% would cost about £1.1 million for each additional 1%.",
        ], st, indent=0.5 * cm)
        col.append(P("Members asked about the resilience of interna-<br/>tional recruitment. "
                     "The Vice-Chancellor said that a recruitment plan for January 2025 entry "
                     "would be considered by the Finance Committee in October 2024."))
        col.append(P("Council NOTED the report of the Vice-Chancellor."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))

        s.append(minute("24/49", "Financial forecast 2023/24 and budget 2024/25"))
        s.append(P("The Chief Financial Officer presented the forecast outturn for the year "
                   "ending 31 July 2024 and the proposed budget for 2024/25, which the Finance "
                   "Committee had considered on 19 June 2024. The forecast deficit for 2023/24 "
                   "of £4.2 million was mainly the result of the fall in international "
                   "postgraduate fee income."))
        data = [["£m", "2023/24 budget", "2023/24 forecast", "2024/25 budget"],
                ["Total income", "273.0", "265.3", "271.5"],
                ["Staff costs", "160.2", "162.4", "158.9"],
                ["Other operating costs", "111.3", "107.1", "109.6"],
                ["Surplus / (deficit)", "1.5", "(4.2)", "3.0"],
                ["Capital expenditure", "31.4", "27.9", "38.6"]]
        s.append(KeepTogether([grid(data, [6.0 * cm, 3.4 * cm, 3.4 * cm, 3.4 * cm], st,
                                    total_rows=(4,)), Spacer(1, 0.25 * cm)]))
        s.append(P("Members questioned whether the income assumptions for 2024/25 were prudent. "
                   "The Chief Financial Officer confirmed that the budget assumed no growth in "
                   "international postgraduate numbers and held a contingency of £2.0 million."))
        s.append(P("Council NOTED the forecast outturn for 2023/24."))
        s.append(P("Council APPROVED the budget for 2024/25, including a capital programme of "
                   "£38.6 million, on the recommendation of the Finance Committee."))

        s.append(minute("24/50", "Report of the Audit Committee"))
        s.append(P("Mr Rajesh Varma, Chair of the Audit Committee, presented the report of the "
                   "meeting held on 26 June 2024. The internal auditors had completed 14 of the "
                   "16 reviews in the 2023/24 plan; none had been given a limited assurance "
                   "opinion."))
        s.append(P("Recommendations", "h3"))
        s.append(P("(i)&nbsp;&nbsp;The Audit Committee recommended that Council reappoint Hartley "
                   "Boyce LLP as the University's external auditor for the year ending 31 July "
                   "2025, at a fee of £142,500 excluding VAT."))
        s.append(P("(ii)&nbsp;&nbsp;The Audit Committee recommended that Council approve the "
                   "revised Anti-Fraud and Bribery Policy."))
        s.append(P("Council RESOLVED to reappoint Hartley Boyce LLP as the University's external "
                   "auditor for the year ending 31 July 2025."))
        s.append(P("Council APPROVED the revised Anti-Fraud and Bribery Policy."))

        s.append(minute("24/51", "Access and Participation Plan"))
        s.append(P("The Deputy Vice-Chancellor introduced the Access and Participation Plan, "
                   "which commits the University to investing £6.8 million a year in bursaries "
                   "and outreach. Council ENDORSED the Access and Participation Plan 2025-26 to "
                   "2028-29 for submission to the Office for Students."))

        s.append(minute("24/52", "Responsible Investment Policy"))
        s.append(P("Council considered a proposal from the Investment Sub-Committee to adopt a "
                   "revised Responsible Investment Policy, under which the University's "
                   "endowment of £57.3 million would hold no direct investments in companies "
                   "that derive more than 5% of their revenue from thermal coal or oil sands. "
                   "At the request of a staff member, and with the agreement of the Chair, the "
                   "vote was held by secret ballot. On a secret ballot the motion was carried by "
                   "14 votes to 5, with 2 abstentions."))
        s.append(P("Council therefore ADOPTED the revised Responsible Investment Policy with "
                   "effect from 1 August 2024."))

        s.append(minute("24/53", "School of Modern Languages"))
        s.append(P("The Deputy Vice-Chancellor presented proposals to merge the School of Modern "
                   "Languages into a new School of Languages and Cultures, with a reduction of "
                   "up to 11 posts, following a review of recruitment to its degree programmes. "
                   "Ms Achebe moved, and Dr Avery seconded, that the decision be deferred until "
                   "collective consultation with the recognised trade unions had concluded. On "
                   "a show of hands, the Chair declared the motion lost."))
        s.append(P("Council APPROVED the proposals for the School of Modern Languages set out in "
                   "paper C/24/61, subject to the completion of collective consultation."))

        s.append(minute("24/54", "Honorary degrees"))
        s.append(P("Council AGREED nem. con. the three nominations for honorary degrees put "
                   "forward by the Honorary Degrees Committee for conferment at the December 2024 "
                   "congregations. The names will not be published until the nominees have "
                   "accepted."))

        s.append(minute("24/55", "Harbourside Quay lease"))
        s.append(P("Council considered a proposal to lease 2,400 square metres of office space at "
                   "Harbourside Quay for the Business School for 15 years. Council DELEGATED "
                   "authority to the Chair and Vice-Chancellor to approve the final terms of the "
                   "lease, provided that the initial annual rent does not exceed £1.35 million."))

        s.append(minute("24/56", "Reports of committees"))
        s.append(P("Council RECEIVED the reports of the Senate (12 June 2024), the People "
                   "Committee (20 June 2024) and the Nominations and Governance Committee "
                   "(24 June 2024). On the recommendation of the Nominations and Governance "
                   "Committee, Council APPROVED the reappointment of Mrs Judith Okafor as an "
                   "independent member of Council for a second term of three years from "
                   "1 September 2024."))

        s.append(minute("24/57", "Any other business and date of next meeting"))
        s.append(P("There was no other business. The next meeting of Council will be held on "
                   "Wednesday 9 October 2024 at 2.00 pm. The meeting closed at 5.10 pm."))
        s.append(Spacer(1, 0.6 * cm))
        s.append(P("Signed: ........................................ Chair"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ............................"))
        return s

    return Paper3(
        "generated-university-council-minutes-2024-07-10.pdf", A4,
        dict(title="Minutes of the Meeting of Council", author=org,
             subject="Council, 10 July 2024"),
        ("University of Wexcombe – Council", "Unconfirmed minutes: 10 July 2024"),
        lambda p, n: ("Council minutes – 10.07.24", "", f"Page {p} of {n}"),
        templates, story)


PAPERS = [shire_council_minutes, trust_cover_sheet_paper, university_council_minutes]


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
