#!/usr/bin/env python3
"""Write the second set of generated (fictional) board papers in corpus/generated/.

    python corpus/tools/make_generated_pdfs_2.py [--out DIR]

Three papers whose wording differs from the first set (make_generated_pdfs.py), to test
the extractors on phrasing they were not written against:

  generated-icb-board-minutes-2025-06-12.pdf           NHS Integrated Care Board minutes
  generated-borough-council-committee-report.pdf       borough council committee report
  generated-school-district-board-minutes-2024-03-18.pdf  US school board minutes

Every organisation, person, address and figure is invented. This script is the only
copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text here changes.

Output is byte-for-byte deterministic (reportlab's invariant mode fixes the dates and
document ID). Uses the styles, table and page machinery of
make_generated_pdfs.py; needs reportlab (5.1.0 was used). No TrueType font is needed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed timestamps and /ID: identical bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table,
    TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

from make_generated_pdfs import (  # noqa: E402
    DEFAULT_OUT, Paper, bullets, grid, one_frame, styles, two_columns,
)


class Paper2(Paper):
    """Paper of the first script, with this script named as the PDF's creator."""

    def _doc(self, target):
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=self.meta["title"],
            author=self.meta["author"], subject=self.meta["subject"],
            creator="corpus/tools/make_generated_pdfs_2.py",
        )
        doc.addPageTemplates(self.templates(doc, self._on_page))
        return doc


def lettered(items, st, indent=1.0 * cm):
    """Lettered sub-paragraphs "(a)  text" with a hanging indent."""
    ls = ParagraphStyle("lettered", parent=st["body"], leftIndent=indent + 0.8 * cm,
                        firstLineIndent=-0.8 * cm, spaceAfter=3)
    return [Paragraph(f"{k}&nbsp;&nbsp;&nbsp;{t}", ls) for k, t in items]


def width(pagesize):
    return pagesize[0] - 4 * cm


# ============================================================ 1. ICB board minutes

def icb_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    org = "NHS Harrowdale and Fenmoor Integrated Care Board"

    def templates(doc, on_page):
        return [one_frame(doc, on_page, "first"), two_columns(doc, on_page, gap=0.7 * cm),
                one_frame(doc, on_page, "full")]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        item = lambda n, t: P(f"{n}&nbsp;&nbsp;&nbsp;{t}", "h2")  # noqa: E731
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        B = lambda t: Paragraph(t, st["cellb"])  # noqa: E731

        s.append(P(org, "title"))
        s.append(P("Minutes of the Board Meeting held in Public", "h1"))
        s.append(P("Thursday 12 June 2025, 10:00 – 13:10, The Boardroom, Kestrel House, "
                   "3 Mill Wharf, Fenmoor FM2 7QX, and streamed live on the ICB website"))
        s.append(Spacer(1, 0.2 * cm))
        people = [
            [B("Name"), B("Role"), B("Initials")],
            [B("Voting members present"), "", ""],
            [C("Dame Caroline Ashby"), C("Chair"), C("CA")],
            [C("Dr Oluwaseun Adeyemi"), C("Chief Executive"), C("OA")],
            [C("Hannah Forsyth"), C("Chief Finance Officer"), C("HF")],
            [C("Dr Rajiv Menon"), C("Chief Medical Officer"), C("RM")],
            [C("Siobhan Kerr"), C("Chief Nursing Officer"), C("SK")],
            [C("Peter Lindqvist"), C("Non-Executive Member (Audit and Risk)"), C("PL")],
            [C("Margaret Osei"), C("Non-Executive Member (Quality)"), C("MO")],
            [C("Tom Rutherford"), C("Non-Executive Member (Finance and Performance)"), C("TR")],
            [C("Colin Mackie"), C("Non-Executive Member (Remuneration and People)"), C("CM")],
            [C("Dr Fiona Baird"), C("Partner Member – Primary Medical Services"), C("FB")],
            [C("Neil Catterall"), C("Partner Member – NHS Trusts and Foundation Trusts"), C("NC")],
            [C("Amira Haddad"), C("Partner Member – Local Authorities"), C("AH")],
            [B("In attendance"), "", ""],
            [C("Lucy Trent"), C("Director of Strategy and Transformation"), C("LT")],
            [C("Ian Marsh"), C("Head of Corporate Governance (minutes)"), C("IM")],
            [C("Rev. David Amoah"), C("Healthwatch Fenmoor (observer)"), C("DA")],
            [B("Apologies"), "", ""],
            [C("Cllr Beth Yardley"), C("Partner Member – Local Authorities"), C("BY")],
        ]
        t = Table(people, colWidths=[5.0 * cm, 10.0 * cm, 2.0 * cm], repeatRows=1)
        cmds = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A9BB0")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for r in (1, 14, 18):
            cmds += [("SPAN", (0, r), (-1, r)),
                     ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F0F3F8"))]
        t.setStyle(TableStyle(cmds))
        s.append(t)
        s.append(Spacer(1, 0.3 * cm))

        s.append(item("ICB/25/061", "Welcome, apologies and confirmation of quorum"))
        s.append(P("The Chair welcomed members and the public to the meeting. Apologies were "
                   "noted as above. The meeting was confirmed as quorate, with 12 of the 13 "
                   "voting members present."))
        s.append(item("ICB/25/062", "Declarations of interest"))
        s.append(P("The register of interests was taken as read. Dr Fiona Baird reminded the "
                   "Board that she is a partner at Brookside Medical Practice, a member of the "
                   "Fenmoor Primary Care Network. As no item on the agenda conferred a direct "
                   "benefit on the practice, the Chair ruled that she could take part in all "
                   "items. No other interests were declared."))
        s.append(item("ICB/25/063", "Minutes of the meeting held on 10 April 2025"))
        s.append(P("The Board RESOLVED to approve the minutes of the meeting held on 10 April 2025 "
                   "as a true and accurate record."))
        s.append(item("ICB/25/064", "Matters arising and action log"))
        s.append(P("All actions due by this meeting had been completed, and actions A25/09 and "
                   "A25/12 were closed. The updated action log is appended to these minutes. "
                   "The Board NOTED the updated action log."))
        s.append(NextPageTemplate("twocol"))
        s.append(PageBreak())

        # ---- page 2: two columns
        s.append(item("ICB/25/065", "Chief Executive's report"))
        s.append(P("Dr Adeyemi presented her report and drew attention to:"))
        s += bullets([
            "the national requirement for ICBs to reduce their running costs by 50%; for "
            "Harrowdale and Fenmoor this means a reduction of £9.8m from the 2025/26 running "
            "cost allowance of £19.6m, and a consultation with staff opened on 2 June 2025;",
            "the opening of the Fenmoor Community Diagnostic Centre on 19 May 2025, six weeks "
            "ahead of plan, with capacity for 84,000 additional tests a year;",
            "the winter review, which found that the virtual ward programme had avoided an "
            "estimated 2,100 admissions between December 2024 and March 2025.",
        ], st, indent=0.6 * cm)
        s.append(P("Members asked how the reduction in running costs would be managed without "
                   "losing the ICB's capacity for commissioning, analytics and popu-<br/>lation "
                   "health management. The Chief "
                   "Executive said that a proposed structure would be shared with the Board in "
                   "the autumn, after the staff consultation had closed."))
        s.append(P("The Board RECEIVED and NOTED the Chief Executive's report."))
        s.append(item("ICB/25/066", "Integrated Performance Report"))
        s.append(P("The Chief Medical Officer presented the report for April 2025. The 4-hour "
                   "emergency access standard was met for 76.8% of attendances, against the "
                   "78% ambition for March 2026. Performance against the 62-day cancer standard "
                   "fell to 68.4%, and the elective waiting list stood at 148,320, of whom 1,106 "
                   "had waited longer than 65 weeks."))
        s.append(P("The Chief Nursing Officer reported that the number of patients in hospital "
                   "with no criteria to reside averaged 187 a day, the lowest figure since the "
                   "ICB was established. Members asked for the cancer position to be broken down "
                   "by tumour site (action A25/14)."))
        s.append(P("The Board RECEIVED the Integrated Performance Report for April 2025 and NOTED "
                   "the actions being taken to recover the 62-day cancer position."))
        s.append(item("ICB/25/067", "Finance report: Month 2 2025/26"))
        s.append(P("The Chief Finance Officer reported the position for the two months to "
                   "31 May 2025. The ICB's revenue resource limit for 2025/26 is £1.25 billion, "
                   "and the system plan is to break even. At Month 2 the system is reporting a "
                   "deficit of £2.4m, which is £1.1m adverse to the year-to-date plan. "
                   "Prescribing is £820k overspent and continuing healthcare £650k overspent."))
        s.append(P("The efficiency requirement for the year is £61.3m (4.9% of allocation), of "
                   "which £38.7m has been fully identified. Tom Rutherford, as Chair of the "
                   "Finance and Performance Committee, confirmed that the committee had "
                   "scrutinised the recovery actions on 3 June 2025."))
        s.append(P("<b>Decision:</b> The Board noted the Month 2 financial position and supported "
                   "the recovery actions set out in section 4 of the report, including the "
                   "vacancy control panel for all non-clinical posts."))
        s.append(NextPageTemplate("full"))
        s.append(PageBreak())

        # ---- page 3: full width
        s.append(item("ICB/25/068", "Joint Forward Plan: 2025/26 refresh"))
        s.append(P("The Director of Strategy and Transformation introduced the refreshed Joint "
                   "Forward Plan, developed with the three local authorities, the two acute "
                   "trusts and the Harrowdale and Fenmoor Health and Care Partnership. The "
                   "refresh reflects the planned shift of £18.5m from hospital to community "
                   "services over 2025/26 and 2026/27, and the neighbourhood health model that "
                   "the Partnership endorsed on 14 May 2025. Members welcomed the plan. There "
                   "being no dissent, the refreshed plan was agreed by consensus."))
        s.append(P("<b>Decision:</b> The Board approved the refreshed Joint Forward Plan for "
                   "publication by 30 June 2025."))
        s.append(item("ICB/25/069", "Procurement of the Integrated Urgent Care service"))
        s.append(P("The Director of Strategy and Transformation presented the outcome of the "
                   "competitive procurement of the Integrated Urgent Care (NHS 111 and clinical "
                   "assessment) service, carried out under the Provider Selection Regime. The "
                   "paper recommended that the Board approve the award of a five-year contract to "
                   "Coastline Health Partnership CIC from 1 October 2025, with an annual value of "
                   "£14.2m and a total value of £71.0m."))
        s.append(P("Neil Catterall and Amira Haddad expressed concern about the mobilisation "
                   "timetable and the transfer of staff from the current provider. Peter "
                   "Lindqvist asked whether the standstill period had been observed; the Head of "
                   "Corporate Governance confirmed that it would end on 23 June 2025. A vote was "
                   "requested. The motion was carried with 9 in favour, 2 against and "
                   "1 abstention."))
        s.append(P("The Board APPROVED the award of the Integrated Urgent Care contract to "
                   "Coastline Health Partnership CIC, subject to no representations being upheld "
                   "at the end of the standstill period and to the Finance and Performance "
                   "Committee approving the mobilisation plan in July 2025."))
        s.append(item("ICB/25/070", "Ratification of urgent action"))
        s.append(P("Under the ICB's Standing Orders, the Chair and the Chief Executive took urgent "
                   "action on 22 May 2025 to approve the Better Care Fund agreement with "
                   "Harrowdale County Council under section 75 of the National Health Service "
                   "Act 2006, with a pooled budget of £112.5m for 2025/26, so that it could be "
                   "signed before the national deadline. The Board was asked to ratify the "
                   "urgent action taken on 22 May 2025, which it did."))
        s.append(item("ICB/25/071", "Board Assurance Framework"))
        s.append(P("The Head of Corporate Governance presented the Board Assurance Framework for "
                   "Quarter 1 of 2025/26. Members discussed the workforce risk in the light of "
                   "the reduction in running costs. It was agreed that the score of risk BAF-03 "
                   "(workforce capacity) be increased from 12 to 16 and that the People "
                   "Committee carry out a deep dive into the risk in September 2025."))
        s.append(item("ICB/25/072", "Annual Report and Accounts 2024/25"))
        s.append(P("Peter Lindqvist, Chair of the Audit and Risk Committee, reported that the "
                   "committee had reviewed the draft annual report and accounts on 20 May 2025, "
                   "together with the external auditor's findings, which were expected to give "
                   "an unqualified opinion. The accounts show that the ICB met its financial "
                   "duties for the year, with an underspend of £1.9m against its revenue "
                   "resource limit. The Audit and Risk Committee recommended that the Board "
                   "adopt the Annual Report and Accounts 2024/25 for submission to NHS England "
                   "by 30 June 2025."))
        s.append(P("The Board ADOPTED the Annual Report and Accounts 2024/25."))
        s.append(item("ICB/25/073", "Any other business and date of next meeting"))
        s.append(P("There was no other business. The next meeting of the Board in public will be "
                   "held on Thursday 11 September 2025 at 10:00 in the Council Chamber, "
                   "Harrowdale Civic Centre."))
        s.append(P("The meeting closed at 13:10."))
        s.append(PageBreak())

        # ---- page 4: action log
        s.append(P("Action log – Board meeting in public", "h1"))
        s.append(P("Updated following the meeting on 12 June 2025. Closed actions are removed "
                   "after they have been reported once."))
        log = [["Ref", "Minute", "Action", "Lead", "Due", "Status"]]
        log += [[C(a) for a in row] for row in [
            ["A25/09", "ICB/25/038", "Publish the Green Plan annual progress report", "LT",
             "30/05/2025", "Closed"],
            ["A25/12", "ICB/25/049", "Confirm the capital allocation of £480k for the Fenmoor "
             "diagnostic centre fit-out", "HF", "10/06/2025", "Closed"],
            ["A25/14", "ICB/25/066", "Provide an analysis of 62-day cancer performance by "
             "tumour site", "RM", "11 Sep 2025", "Open"],
            ["A25/15", "ICB/25/067", "Circulate the continuing healthcare recovery plan to "
             "Board members", "HF", "July 2025", "Open"],
            ["A25/16", "ICB/25/069", "Report on mobilisation of the Integrated Urgent Care "
             "contract", "LT", "11 Sep 2025", "Open"],
            ["A25/17", "ICB/25/071", "Schedule the People Committee deep dive on risk BAF-03",
             "IM", "Sept 2025", "Open"],
        ]]
        lt = grid(log, [1.6 * cm, 2.3 * cm, 7.4 * cm, 1.2 * cm, 2.4 * cm, 2.1 * cm], st,
                  align_right_from=6)
        s.append(lt)
        s.append(Spacer(1, 1.0 * cm))
        s.append(P("Signed as a true record: ............................................ Chair"))
        s.append(P("Date: ...................................."))
        return s

    return Paper2(
        "generated-icb-board-minutes-2025-06-12.pdf", A4,
        dict(title="Minutes of the Board Meeting held in Public", author=org,
             subject="ICB Board meeting in public, 12 June 2025"),
        ("Harrowdale and Fenmoor ICB – Board meeting in public", "Minutes – 12.06.25"),
        lambda p, n: ("Unconfirmed until approved by the Board", "", f"Page {p} of {n}"),
        templates, story)


# ============================================================ 2. borough council report

def borough_committee_report() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10.5)
    org = "Ashcombe Borough Council"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        L = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        num = lambda n, t: Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", st["num"])  # noqa: E731

        s.append(P("ASHCOMBE BOROUGH COUNCIL", "title"))
        cover = [
            [L("Report to"), C("Housing and Communities Committee")],
            [L("Date of meeting"), C("18 November 2025")],
            [L("Agenda item"), C("9")],
            [L("Report reference"), C("HCC/2025/41")],
            [L("Report title"), C("<b>Temporary Accommodation Acquisition Programme "
                                  "2025–2028</b>")],
            [L("Report of"), C("Director of Housing and Regeneration")],
            [L("Report author"), C("Rachel Emsworth, Head of Housing Options, 01632 961270")],
            [L("Lead Member"), C("Councillor Daniel Featherstone, Chair of the Committee")],
            [L("Report for"), C("Decision")],
            [L("Key decision"), C("Yes – notice published on 20 October 2025")],
            [L("Wards affected"), C("All wards")],
            [L("Exempt information"), C("Appendix 2 is exempt under paragraph 3 of Schedule 12A "
                                        "to the Local Government Act 1972")],
        ]
        t = Table(cover, colWidths=[4.2 * cm, W - 4.2 * cm])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#BBBBBB")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EFEFEF")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        s.append(t)

        s.append(P("1. Summary", "h1"))
        s.append(num("1.1", "The number of households placed in temporary accommodation by the "
                     "Council has more than doubled since March 2022, and spending on "
                     "nightly-paid rooms reached £2.84m in 2024/25 against a budget of £1.1m."))
        s.append(num("1.2", "This report proposes that the Council buys up to 40 homes over "
                     "three years to house homeless families, funded by Local Authority Housing "
                     "Fund grant and prudential borrowing, so that fewer families are placed in "
                     "bed and breakfast accommodation outside the borough."))

        s.append(P("2. RECOMMENDATIONS", "h1"))
        s.append(num("2.1", "Members are invited to:"))
        s += lettered([
            ("(a)", "consider the findings of the temporary accommodation needs assessment at "
                    "Appendix 1;"),
            ("(b)", "agree a programme to acquire up to 40 homes for use as temporary "
                    "accommodation between 2025/26 and 2027/28; and"),
            ("(c)", "authorise the Director of Housing and Regeneration, in consultation with "
                    "the Chair of this Committee and the Section 151 Officer, to approve "
                    "individual purchases within the budget in Table 1 and to appoint a managing "
                    "agent for the acquired homes."),
        ], st)
        s.append(num("2.2", "Committee is recommended to approve a capital budget of £9.3m for "
                     "the programme, funded by £3.2m of Local Authority Housing Fund grant and "
                     "£6.1m of prudential borrowing, and to recommend its inclusion in the "
                     "capital programme to Council on 10 December 2025."))

        s.append(P("3. Reasons for recommendations", "h1"))
        s.append(num("3.1", "Nightly-paid rooms are the most expensive and least suitable form "
                     "of temporary accommodation. The average net cost to the Council of a family "
                     "placed in bed and breakfast is £16,900 a year, compared with £2,400 for a "
                     "family housed in a Council-owned home, a saving of £14,500 per household "
                     "per year."))
        s.append(num("3.2", "Buying homes now allows the Council to use £3.2m of Local "
                     "Authority Housing Fund grant, which must be committed by 31 March 2026 and "
                     "would otherwise be returned to the Ministry of Housing, Communities and "
                     "Local Government."))
        s.append(num("3.3", "The proposals will also help the Council meet its duty under Part 7 "
                     "of the Housing Act 1996 to secure suitable accommodation, and reduce the "
                     "number of families placed more than 20 miles from Ashcombe."))

        # ---- two-column passage: background and options
        col = []
        col.append(P("4. Background", "h1"))
        col.append(num("4.1", "On 30 September 2025 the Council had 212 households in "
                       "temporary accommodation, compared with 98 in March 2022. Of these:"))
        col += bullets([
            "71 were in bed and breakfast or other nightly-paid rooms;",
            "38 families with children had been in bed and breakfast for longer than the "
            "six-week limit;",
            "54 were placed outside the borough, 19 of them more than 20 miles away.",
        ], st, font="ZapfDingbats", glyph="\u25aa", indent=1.4 * cm)
        col.append(num("4.2", "Demand is driven mainly by the ending of private tenancies. The "
                       "local housing allowance rate for a two-bedroom home is £1,025 a month, "
                       "while the median rent in the borough is £1,350, so few private lets are "
                       "affordable to households on benefits."))
        col.append(num("4.3", "Housing associations have let fewer homes to the Council's "
                       "nominees since April 2024, as they prioritise regenera-<br/>tion schemes "
                       "and the transfer of their own tenants."))
        col.append(P("5. Options considered", "h1"))
        col.append(num("5.1", "<i>Option A – continue to rely on nightly-paid rooms.</i> Not "
                       "preferred: costs are forecast to rise to £3.5m by 2027/28."))
        col.append(num("5.2", "<i>Option B – lease homes from private landlords.</i> Leasing "
                       "will continue alongside the programme, but leases add about £4,200 per "
                       "home per year to costs and end after five years."))
        col.append(num("5.3", "<i>Option C – buy up to 40 homes on the open market</i>, at an "
                       "average price of £210,000 including stamp duty and fees. This is the "
                       "preferred option."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.7 * cm, spaceBefore=4,
                                 spaceAfter=6))

        s.append(P("6. Financial implications", "h1"))
        s.append(num("6.1", "The capital cost and funding of the programme, and its effect on "
                     "the revenue budget, are shown in Table 1."))
        s.append(P("Table 1: Programme budget (£'000)", "h2"))
        D = "–"
        data = [
            ["£'000", "2024/25", "2025/26", "2026/27", "2027/28", "Total"],
            ["Capital", "", "", "", "", ""],
            ["Property acquisitions", D, "3,600", "3,150", "1,650", "8,400"],
            ["Refurbishment and fees", D, "420", "330", "150", "900"],
            ["Total capital spend", D, "4,020", "3,480", "1,800", "9,300"],
            ["Funded by: LAHF grant", D, "1,900", "1,300", D, "3,200"],
            ["Funded by: prudential borrowing", D, "2,120", "2,180", "1,800", "6,100"],
            ["Revenue", "", "", "", "", ""],
            ["Nightly-paid accommodation", "2,840", "2,830", "2,450", "2,060", "10,180"],
            ["Borrowing costs", D, "45", "160", "290", "495"],
            ["Net saving against baseline", D, "175", "650", "1,130", "1,955"],
        ]
        tb = grid(data, [5.4 * cm] + [2.3 * cm] * 5, st, total_rows=(4, 10))
        tb.setStyle(TableStyle([
            ("FONT", (0, 1), (-1, 1), st["cellb"].fontName, st["cell"].fontSize),
            ("FONT", (0, 7), (-1, 7), st["cellb"].fontName, st["cell"].fontSize),
            ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 7), (-1, 7)),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F2F2F2")),
            ("BACKGROUND", (0, 7), (-1, 7), colors.HexColor("#F2F2F2")),
        ]))
        s.append(KeepTogether([tb, Spacer(1, 0.3 * cm)]))
        s.append(num("6.2", "The net saving rises to £1.13m a year once all 40 homes are "
                     "occupied. Borrowing costs assume an interest rate of 4.8% and a minimum "
                     "revenue provision over 50 years."))
        s.append(num("6.3", "The Section 151 Officer has reviewed the business case and is "
                     "satisfied that the borrowing is prudent, affordable and sustainable under "
                     "the Prudential Code."))
        s.append(P("7. Legal implications", "h1"))
        s.append(num("7.1", "The Council may acquire houses under section 17 of the Housing Act "
                     "1985. The homes will be held in the General Fund rather than the Housing "
                     "Revenue Account, so that they can be let on licences as temporary "
                     "accommodation."))
        s.append(P("8. Risks", "h1"))
        s += bullets([
            "House prices rise faster than forecast: purchases are limited to the budget, so "
            "fewer homes may be bought.",
            "Refurbishment costs exceed £22,500 per home: a contingency is held within the "
            "refurbishment budget.",
            "The grant deadline of 31 March 2026 is missed: purchases funded by grant will be "
            "completed first.",
        ], st, indent=1.0 * cm)
        s.append(P("9. Next steps", "h1"))
        s.append(num("9.1", "The first purchases are expected to complete in January 2026. "
                     "Progress will be reported to this Committee every six months."))
        s.append(num("9.2", "The Council's Homelessness and Rough Sleeping Strategy is being "
                     "reviewed. A further report with recommendations will be brought to "
                     "Committee in March 2026."))
        s.append(P("Background papers", "h2"))
        s.append(P("Housing and Communities Committee, 9 July 2025: Homelessness pressures "
                   "(minute HC/25/22)."))
        s.append(P("Appendices", "h2"))
        s.append(P("Appendix 1 – Temporary accommodation needs assessment (October 2025)<br/>"
                   "Appendix 2 – Target areas and property criteria (exempt)"))
        return s

    return Paper2(
        "generated-borough-council-committee-report.pdf", A4,
        dict(title="Temporary Accommodation Acquisition Programme 2025–2028", author=org,
             subject="Housing and Communities Committee, 18 November 2025, HCC/2025/41"),
        (org, "Housing and Communities Committee | 18 November 2025"),
        lambda p, n: ("Report HCC/2025/41", "", f"Page {p}"),
        templates, story)


# ============================================================ 3. US school board minutes

def school_board_minutes() -> Paper:
    st = styles(font="Times-Roman", bold="Times-Bold", size=11)
    # a heading that may stay behind when the two-column block after it moves on
    st["h2loose"] = ParagraphStyle("h2loose", parent=st["h2"], keepWithNext=0)
    org = "Cedar Hollow Unified School District"
    W = width(LETTER)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h2")  # noqa: E731
        s.append(P("CEDAR HOLLOW UNIFIED SCHOOL DISTRICT", "centre"))
        s.append(P("Board of Education", "centre"))
        s.append(P("Minutes of the Regular Meeting", "centre"))
        s.append(P("Monday, March 18, 2024, 6:30 p.m.", "centre"))
        s.append(P("District Office Board Room, 2250 Orchard Avenue, Cedar Hollow, CA 95999",
                   "centre"))
        s.append(Spacer(1, 0.3 * cm))
        s.append(H("I. CALL TO ORDER AND FLAG SALUTE"))
        s.append(P("President Maria Delgado called the meeting to order at 6:31 p.m. and led the "
                   "flag salute."))
        s.append(H("II. ROLL CALL"))
        s.append(P("<b>Board members present:</b> Maria Delgado (President), Kevin Oyelaran (Vice "
                   "President), Susan Park (Clerk), Brian Whitaker, Rosa Jimenez, Howard Lim, "
                   "Tanya Brooks. <b>Student board member (non-voting):</b> Aiden Cho. "
                   "<b>Staff present:</b> Dr. Lauren Mitchell, Superintendent; Victor Salas, "
                   "Assistant Superintendent, Business Services; Jennifer Okafor, Executive "
                   "Assistant (recording)."))
        s.append(H("III. APPROVAL OF AGENDA"))
        s.append(P("Motion by Brooks, seconded by Lim, to approve the agenda as amended, with "
                   "item VII.E withdrawn at the request of staff. The motion passed 7-0."))
        s.append(H("IV. CONSENT AGENDA"))
        cons = ParagraphStyle("cons", parent=st["body"], leftIndent=1.2 * cm,
                              firstLineIndent=-0.6 * cm, spaceAfter=2)
        for k, txt in [
            ("A.", "Minutes of the Regular Meeting of March 4, 2024"),
            ("B.", "Warrant register for February 2024, totaling $3,418,762.09"),
            ("C.", "Certificated and classified personnel actions"),
            ("D.", "Donations: $1,500 from the Cedar Hollow Rotary Club to the Lincoln "
                   "Elementary library, and $750 from the Madrone Middle School PTA for science "
                   "supplies"),
            ("E.", "Overnight field trip: Cedar Hollow High School robotics team to the regional "
                   "competition in Sacramento, April 11–13, 2024"),
            ("F.", "Second reading of revised Board Policy 5141.21, Administering Medication"),
        ]:
            s.append(Paragraph(f"{k}&nbsp;&nbsp;{txt}", cons))
        s.append(P("Motion by Oyelaran, seconded by Park, to approve the consent agenda items A "
                   "through F as presented. Motion carried unanimously."))
        s.append(H("V. PUBLIC COMMENT"))
        s.append(P("Three speakers addressed the Board. Two parents spoke in support of later "
                   "start times at the high school; a classified employee asked the Board to "
                   "give priority to the HVAC replacement at Lincoln Elementary. Comments were "
                   "limited to three minutes per speaker."))
        s.append(P("VI. REPORTS", "h2loose"))
        col = [P("<b>A. Superintendent's Report.</b> Dr. Mitchell reported that:")]
        col += bullets([
            "enrollment on the first Wednesday in March was 6,412 students, 58 fewer than "
            "projected;",
            "the district has been awarded a $425,000 extension of its learning recovery "
            "block grant, available through June 30, 2025;",
            "kindergarten registration for the 2024-25 school year opens on April 1, 2024.",
        ], st, indent=0.6 * cm)
        col.append(P("<b>B. Student Board Member Report.</b> Aiden Cho reported that the "
                     "musical raised $6,180 for perform-<br/>ing arts scholarships, and that the "
                     "junior class is planning the prom for May 4, 2024."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))
        s.append(P("<b>C. Board Member Reports.</b> Member Whitaker attended the CSBA Delegate "
                   "Assembly on March 9, 2024. Member Jimenez visited the dual immersion classes "
                   "at Lincoln Elementary."))

        s.append(H("VII. ACTION ITEMS"))
        s.append(P("<b>A. Award of Bid No. 24-07, Roof Replacement at Madrone Middle School.</b> "
                   "Assistant Superintendent Salas reported that four bids were opened on "
                   "February 29, 2024, as summarized below."))
        bids = [["Bidder", "Base bid", "Alternate 1 (skylights)", "Total bid"],
                ["Pacific Crest Roofing, Inc.", "$1,284,000", "$96,500", "$1,380,500"],
                ["Sierra Valley Contractors", "$1,347,250", "$88,000", "$1,435,250"],
                ["Redwood Commercial Roofing Co.", "$1,398,600", "$91,750", "$1,490,350"],
                ["Golden State Roof Systems", "$1,412,900", "$102,300", "$1,515,200"],
                ["Architect's estimate", "$1,350,000", "$95,000", "$1,445,000"]]
        tb = grid(bids, [6.2 * cm, 3.2 * cm, 4.0 * cm, 3.2 * cm], st, total_rows=())
        tb.setStyle(TableStyle([("FONT", (0, 5), (-1, 5), "Times-Italic",
                                 st["cell"].fontSize)]))
        s.append(KeepTogether([tb, Spacer(1, 0.3 * cm)]))
        s.append(P("Staff recommended that the Board award the contract to Pacific Crest "
                   "Roofing, Inc., the lowest responsive and responsible bidder. The project "
                   "will be paid for from Measure K bond proceeds."))
        s.append(P("Motion by Park, seconded by Jimenez, to award Bid No. 24-07 to Pacific Crest "
                   "Roofing, Inc. in the amount of $1,380,500, including Alternate 1. Motion "
                   "carried 7-0."))
        s.append(P("<b>B. 2024-25 Instructional Calendar.</b> The District Calendar Committee "
                   "recommended that the Board approve Calendar Option B, under which the first "
                   "day of instruction is August 14, 2024 and the last day is June 5, 2025."))
        s.append(P("Motion by Whitaker, seconded by Brooks, to approve Calendar Option B for the "
                   "2024-25 school year. Motion carried 5-2, with Delgado and Lim dissenting."))
        s.append(P("<b>C. Second Interim Financial Report, 2023-24.</b> Mr. Salas presented the "
                   "Second Interim Report for the period ending January 31, 2024. General Fund "
                   "revenues are projected at $78.9 million and expenditures at $81.2 million, a "
                   "deficit of $2.3 million, leaving an unrestricted reserve of 4.1%, above the "
                   "3% minimum. Multi-year projections show that budget reductions of "
                   "$1.75 million will be needed by 2025-26."))
        s.append(P("Motion by Park, seconded by Oyelaran, to approve a positive certification of "
                   "the Second Interim Report. Motion carried 6-1 (Whitaker opposed)."))
        s.append(P("Member Lim left the meeting at 8:42 p.m."))
        s.append(P("<b>D. Facilities Master Plan.</b> Cordero Architects presented the Facilities "
                   "Master Plan, which identifies $86.4 million of needs over ten years, led by "
                   "the HVAC replacement at Lincoln Elementary ($7.9 million) and a new science "
                   "building at Cedar Hollow High School ($24.6 million)."))
        s.append(P("Member Whitaker moved to postpone consideration of the plan to the April 15, "
                   "2024 meeting. Motion failed for lack of a second."))
        s.append(P("Motion by Jimenez, seconded by Oyelaran, to adopt the Facilities Master Plan "
                   "as the basis for the district's long-range facilities planning. Roll call "
                   "vote: Ayes: Delgado, Oyelaran, Park, Jimenez; Nays: Whitaker, Brooks; "
                   "Absent: Lim. Motion carried."))
        s.append(H("VIII. CLOSED SESSION"))
        s.append(P("At 9:05 p.m. the Board adjourned to closed session under Government Code "
                   "Section 54957.6 (conference with labor negotiators) and Section 54957 "
                   "(public employee performance evaluation: Superintendent). The Board "
                   "reconvened in open session at 9:48 p.m. President Delgado reported that no "
                   "reportable action was taken."))
        s.append(H("IX. FUTURE MEETINGS"))
        s += bullets([
            "Regular meeting: Monday, April 15, 2024, 6:30 p.m.",
            "Budget study session: Monday, May 6, 2024, 5:00 p.m.",
        ], st, indent=0.8 * cm)
        s.append(H("X. ADJOURNMENT"))
        s.append(P("Motion by Oyelaran, seconded by Brooks, to adjourn. Motion carried 6-0. The "
                   "meeting adjourned at 9:52 p.m."))
        s.append(Spacer(1, 0.6 * cm))
        s.append(P("Susan Park, Clerk of the Board"))
        s.append(P("Minutes prepared by Jennifer Okafor, Executive Assistant"))
        return s

    return Paper2(
        "generated-school-district-board-minutes-2024-03-18.pdf", LETTER,
        dict(title="Minutes of the Regular Meeting of the Board of Education", author=org,
             subject="Board of Education regular meeting, March 18, 2024"),
        (org, "Board of Education – Regular Meeting of March 18, 2024"),
        lambda p, n: ("Draft minutes – subject to Board approval", "", f"Page {p} of {n}"),
        templates, story)


PAPERS = [icb_minutes, borough_committee_report, school_board_minutes]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for make in PAPERS:
        paper = make()
        path = paper.build(args.out)
        print(f"{path}  ({paper.total} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
