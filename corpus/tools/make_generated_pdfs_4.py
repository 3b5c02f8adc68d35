#!/usr/bin/env python3
"""Write the fourth set of generated (fictional) board papers in corpus/generated/.

    python corpus/tools/make_generated_pdfs_4.py [--out DIR]

Three papers worded unlike the first three sets (make_generated_pdfs.py,
make_generated_pdfs_2.py, make_generated_pdfs_3.py), held out to measure the extractors
on writing they were not built on:

  generated-welsh-health-board-minutes-2025-03-27.pdf          NHS Wales health board minutes
  generated-canadian-school-board-minutes-2024-11-19.pdf       Ontario district school board minutes
  generated-scottish-council-committee-report-2025-05-13.pdf   Scottish council committee report

Every organisation, person, address and figure is invented. This script is the only
copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text here changes.

Output is byte-for-byte deterministic (reportlab's invariant mode fixes the dates and
document ID). Uses the styles, table and page machinery of make_generated_pdfs.py and
the helpers of the second and third scripts; needs reportlab (5.1.0 was used). Only the
standard PDF fonts are drawn, so DejaVu Sans is not needed.
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
    BaseDocTemplate, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

from make_generated_pdfs import (  # noqa: E402
    DEFAULT_OUT, Paper, bullets, grid, one_frame, styles,
)
from make_generated_pdfs_2 import width  # noqa: E402
from make_generated_pdfs_3 import hanging, shaded  # noqa: E402


class Paper4(Paper):
    """Paper of the first script, with this script named as the PDF's creator."""

    def _doc(self, target):
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=self.meta["title"],
            author=self.meta["author"], subject=self.meta["subject"],
            creator="corpus/tools/make_generated_pdfs_4.py",
        )
        doc.addPageTemplates(self.templates(doc, self._on_page))
        return doc


def label_table(rows, w, label_w, st, box=True, fill="#EFEFEF"):
    """Two-column label/value block (cover block, meeting details)."""
    data = [[Paragraph(k, st["cellb"]), v if not isinstance(v, str) else Paragraph(v, st["cell"])]
            for k, v in rows]
    t = Table(data, colWidths=[label_w, w - label_w])
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(fill)),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if box:
        cmds += [("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                 ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#AAAAAA"))]
    else:
        cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1"))]
    t.setStyle(TableStyle(cmds))
    return t


# ============================================================ 1. Welsh health board minutes

def welsh_health_board_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    st["welsh"] = ParagraphStyle("welsh", parent=st["centre"], fontName="Helvetica-Oblique",
                                 fontSize=10, spaceAfter=6)
    st["outcome"] = ParagraphStyle("outcome", parent=st["body"], fontName="Helvetica-Bold",
                                   spaceBefore=2, spaceAfter=2, keepWithNext=1)
    st["sbar"] = ParagraphStyle("sbar", parent=st["body"], fontSize=9.5, leading=12.5,
                                spaceAfter=3)
    org = "Dyffryn Tywi University Health Board"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        minute = lambda n, t: P(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}", "h2")  # noqa: E731

        def board(parts):
            return [P("The Board:", "outcome")] + hanging(parts, st, indent=0.4 * cm,
                                                          hang=0.6 * cm)

        def summary(rows):
            inner = [Paragraph("<b>Crynodeb o'r papur / Paper summary</b>", st["sbar"])]
            inner += [Paragraph(f"<b>{k}:</b> {v}", st["sbar"]) for k, v in rows]
            return [shaded(inner, W, fill="#EAF1F7", border="#4F7CA8"), Spacer(1, 0.2 * cm)]

        s.append(P("BWRDD IECHYD PRIFYSGOL DYFFRYN TYWI", "centre"))
        s.append(P("DYFFRYN TYWI UNIVERSITY HEALTH BOARD", "centre"))
        s.append(Spacer(1, 0.15 * cm))
        s.append(P("Unconfirmed Minutes of the Public Board Meeting", "centre"))
        s.append(P("Cofnodion heb eu cadarnhau o Gyfarfod Cyhoeddus y Bwrdd", "welsh"))
        s.append(label_table([
            ("Date and time of meeting:", "Thursday 27 March 2025, 9.30am – 1.20pm"),
            ("Venue:", "Boardroom, Plas Tywi, Heol yr Orsaf, Caerwen SA79 2QT, and by "
                       "Microsoft Teams"),
            ("Present:", "Professor Gwyneth Rowlands, Chair; Mr Aled Prosser, Vice-Chair; "
                         "Mrs Carys Llywelyn, Dr Mansoor Qureshi, Ms Helen Ashdown, Cllr Dafydd "
                         "Jenkins, Mr Richard Nwosu and Professor Sian Maddock, Independent "
                         "Members; Mr Owain Tudor, Chief Executive; Ms Rebecca Hallam, Executive "
                         "Director of Finance; Dr Iestyn Harries, Medical Director; Mrs Lowri "
                         "Bevan, Executive Director of Nursing, Midwifery and Patient Experience; "
                         "Mr Gareth Pell, Executive Director of Strategy and Planning; Ms Ffion "
                         "Roberts, Executive Director of Workforce and OD"),
            ("In attendance:", "Mrs Nerys Gealy, Board Secretary; Mr Tom Ellery, Regional "
                               "Director, Llais; Ms Catrin Howells, Head of Corporate Governance "
                               "(minutes)"),
            ("Apologies:", "Dr Nia Rees-Owen, Independent Member (Trade Union)"),
        ], W, 3.8 * cm, st, box=False, fill="#E4ECF4"))
        s.append(Spacer(1, 0.2 * cm))

        s.append(minute("UHB 25/041", "CROESO AC YMDDIHEURIADAU / WELCOME AND APOLOGIES"))
        s.append(P("The Chair welcomed members, colleagues from Llais and members of the public "
                   "observing the meeting, which was held bilingually with simultaneous "
                   "translation. She welcomed Ms Ffion Roberts to her first Board meeting as "
                   "Executive Director of Workforce and OD. Apologies were received as recorded "
                   "above, and the meeting was quorate."))
        s.append(minute("UHB 25/042", "DATGAN BUDDIANNAU / DECLARATIONS OF INTERESTS"))
        s.append(P("Cllr Jenkins declared an interest in item UHB 25/047 as a member of Sir "
                   "Caerwen County Council, which had responded to the engagement on the Minor "
                   "Injuries Unit. The Chair ruled that the interest was not prejudicial and that "
                   "Cllr Jenkins could take part in the discussion and the vote."))
        s.append(minute("UHB 25/043", "MINUTES OF THE MEETING HELD ON 30 JANUARY 2025 AND "
                                      "ACTION LOG"))
        s.append(P("Mrs Llywelyn asked that minute UHB 25/017 be amended to record that the "
                   "Quality, Safety and Experience Committee had escalated the ophthalmology "
                   "follow-up backlog to the Board. The Board Secretary reported that nine of the "
                   "14 open actions had been completed since the last meeting."))
        s += board([
            ("a)", "CONFIRMED the minutes of the public meeting held on 30 January 2025, with "
                   "the amendment to minute UHB 25/017 requested by Mrs Llywelyn;"),
            ("b)", "NOTED the position on the action log and AGREED that completed actions "
                   "UHB 24/188 and UHB 25/009 be removed from the log."),
        ])

        s.append(minute("UHB 25/044", "ADRODDIAD Y CADEIRYDD / REPORT OF THE CHAIR AND CHAIR'S "
                                      "ACTIONS"))
        s.append(P("The Chair reported on her visits to Ysbyty Glan Tywi and Pont-ar-Fedw "
                   "Community Hospital, and on the meeting of NHS Wales chairs held on 12 March "
                   "2025. Two actions had been taken by the Chair and Vice-Chair under Standing "
                   "Order 3.1 since the last meeting:"))
        C = lambda t: Paragraph(t, st["cell"])  # noqa: E731
        B = lambda t: Paragraph(t, st["cellb"])  # noqa: E731
        acts = [[B("Ref"), B("Date"), B("Action taken"), B("Value")],
                [C("CA 25/03"), C("14 February 2025"),
                 C("Award of contract to Celtic Clinical Systems Ltd for the replacement of the "
                   "nurse call system, Ysbyty Glan Tywi"), C("£820,000")],
                [C("CA 25/04"), C("6 March 2025"),
                 C("Extension of the lease of Unit 4, Parc Busnes Caerwen (community dental "
                   "service) to 31 March 2027"), C("£64,500 a year")]]
        t = Table(acts, colWidths=[1.9 * cm, 3.0 * cm, W - 7.6 * cm, 2.7 * cm])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8FA6")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s.append(KeepTogether([t, Spacer(1, 0.25 * cm)]))
        s += board([
            ("a)", "RECEIVED the Chair's report;"),
            ("b)", "RATIFIED Chair's actions CA 25/03 and CA 25/04."),
        ])

        # ---- two-column passage: Chief Executive's report
        s.append(minute("UHB 25/045", "ADRODDIAD Y PRIF WEITHREDWR / CHIEF EXECUTIVE'S REPORT"))
        col = [P("The Chief Executive drew attention to the following matters:")]
        col += bullets([
            "the health board remains at enhanced monitoring (level 3) under the NHS Wales "
            "Oversight and Escalation Framework for finance and planning, and a review meeting "
            "with Welsh Government officials is planned for June 2025;",
            "the Tywi Valley Integrated Care Centre opened to patients on 17 March 2025, "
            "bringing GP, community nursing, therapy and third sector services together; the "
            "building cost £14.8m, funded through the Integration and Rebalancing Capital Fund;",
            "the number of patients waiting more than two years for treatment fell to 1,186 at "
            "the end of February 2025, from 2,941 a year earlier;",
            "ambulance handover delays at Ysbyty Glan Tywi remain the main risk in urgent care, "
            "with 4,210 hours lost in February 2025.",
        ], st, indent=0.5 * cm)
        col.append(P("Professor Maddock asked about the effect of delayed discharges on "
                     "community rehabili-<br/>tation capacity. The Chief Executive said that 96 "
                     "patients were medically fit for discharge on the day of the meeting, and "
                     "that a joint discharge plan with Sir Caerwen County Council would come to "
                     "the Board in May 2025."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))
        s += board([("a)", "RECEIVED the update from the Chief Executive for assurance.")])

        # ---- IMTP
        s.append(minute("UHB 25/046", "INTEGRATED MEDIUM TERM PLAN 2025-28"))
        s += summary([
            ("Sefyllfa / Situation", "Under the NHS Finance (Wales) Act 2014 the health board "
             "must prepare a three-year plan, approved by the Board, for submission to Welsh "
             "Government."),
            ("Asesiad / Assessment", "The plan sets out priorities for planned care, urgent "
             "care, mental health and primary care. It is not yet financially balanced."),
            ("Argymhelliad / Recommendation", "The Board is asked to approve the Integrated "
             "Medium Term Plan 2025-28 for submission to Welsh Government, and to note that the "
             "plan does not yet meet the statutory duty to break even over three years."),
        ])
        s.append(P("Mr Pell introduced the plan, which the Strategy, Planning and Partnerships "
                   "Committee had considered on 11 March 2025. The Executive Director of Finance "
                   "explained that Welsh Government had confirmed a revenue allocation of £1.9bn "
                   "for 2025/26. After a savings programme of £45.6m, the plan forecasts a "
                   "deficit of £46.3m in 2025/26, falling to £29.4m in 2027/28:"))
        data = [["Financial plan (£m)", "2025/26", "2026/27", "2027/28"],
                ["Revenue allocation", "1,902.6", "1,941.2", "1,979.8"],
                ["Expenditure before savings", "1,994.5", "2,028.7", "2,061.3"],
                ["Savings programme", "45.6", "50.3", "52.1"],
                ["Planned deficit", "(46.3)", "(37.2)", "(29.4)"]]
        s.append(KeepTogether([grid(data, [6.6 * cm, 3.2 * cm, 3.2 * cm, 3.2 * cm], st,
                                    total_rows=(4,)), Spacer(1, 0.25 * cm)]))
        s.append(P("Mr Nwosu challenged whether the savings programme could be delivered, given "
                   "that only £31.7m of savings had been achieved in 2024/25. The Executive "
                   "Director of Finance said that 71% of the 2025/26 programme had been "
                   "identified and risk-assessed. Members asked that the Finance and Performance "
                   "Committee receive monthly assurance on savings delivery."))
        s += board([
            ("a)", "RECEIVED the report;"),
            ("b)", "APPROVED the Integrated Medium Term Plan 2025-28 for submission to Welsh "
                   "Government by 31 March 2025;"),
            ("c)", "NOTED that the plan does not yet meet the statutory duty to break even over "
                   "three years, with a forecast deficit of £46.3m in 2025/26;"),
            ("d)", "RATIFIED the submission of the draft plan to Welsh Government on 31 January "
                   "2025 under delegated authority."),
        ])

        # ---- Minor injuries unit, with a vote
        s.append(minute("UHB 25/047", "MINOR INJURIES UNIT, YSBYTY CWM AERON: TEMPORARY CHANGE "
                                      "TO OVERNIGHT OPENING"))
        s += summary([
            ("Argymhelliad / Recommendation", "The Board is asked to approve the temporary "
             "suspension of overnight opening (8pm to 8am) at the Minor Injuries Unit, Ysbyty "
             "Cwm Aeron, from 1 May 2025 for up to twelve months."),
        ])
        s.append(P("Dr Harries explained that the unit had seen an average of three patients a "
                   "night between 8pm and 8am in 2024/25, and that two of its five emergency "
                   "nurse practitioner posts were vacant. Staff would be redeployed to open the "
                   "unit from 8am to 8pm seven days a week. A six-week engagement exercise ran "
                   "from 13 January to 24 February 2025 and received 1,342 responses."))
        s.append(P("Mr Ellery reported the view of Llais that the change should be temporary and "
                   "closely monitored. Llais recommended that the health board publish monthly "
                   "data on ambulance conveyances from the Cwm Aeron area for the duration of "
                   "the change, which Dr Harries accepted."))
        s.append(P("Cllr Jenkins and Professor Maddock did not support the proposal, given the "
                   "distance to Ysbyty Glan Tywi. The Chair asked members to vote on the "
                   "recommendation. Eleven members voted in favour and three against, with no "
                   "abstentions."))
        s.append(P("The Board resolved to approve the temporary suspension of overnight opening "
                   "at the Minor Injuries Unit, Ysbyty Cwm Aeron, from 1 May 2025 for a maximum "
                   "of twelve months, with a review of its impact to be reported to the Board in "
                   "January 2026."))

        s.append(minute("UHB 25/048", "STANDING ORDERS AND SCHEME OF RESERVATION AND "
                                      "DELEGATION OF POWERS"))
        s.append(P("The Board Secretary presented the annual review of the Standing Orders, "
                   "Standing Financial Instructions and Scheme of Reservation and Delegation of "
                   "Powers. The main change raises the value above which contracts must be "
                   "approved by the Board from £750,000 to £1m, in line with other Welsh health "
                   "boards. The Audit, Risk and Assurance Committee reviewed the changes on "
                   "4 March 2025."))
        s.append(P("The Board resolved to adopt the revised Standing Orders, Standing Financial "
                   "Instructions and Scheme of Reservation and Delegation of Powers, effective "
                   "from 1 April 2025."))

        s.append(minute("UHB 25/049", "COMMITTEE HIGHLIGHT REPORTS"))
        s.append(P("Committee chairs presented highlight reports from the Audit, Risk and "
                   "Assurance Committee (4 March 2025), the Quality, Safety and Experience "
                   "Committee (6 March 2025) and the People, Culture and Workforce Committee "
                   "(18 February 2025). Mrs Llywelyn drew attention to a limited assurance "
                   "internal audit report on the management of medical devices."))
        s += board([
            ("a)", "NOTED the committee highlight reports and the matters escalated in them;"),
            ("b)", "APPROVED the revised terms of reference of the Quality, Safety and "
                   "Experience Committee."),
        ])

        s.append(minute("UHB 25/050", "UNRHYW FATER ARALL / ANY OTHER BUSINESS"))
        s.append(P("There was no other business."))
        s.append(minute("UHB 25/051", "DYDDIAD Y CYFARFOD NESAF / DATE OF THE NEXT MEETING"))
        s.append(P("The next public meeting of the Board will be held on Thursday 29 May 2025 "
                   "at 9.30am in the Boardroom, Plas Tywi."))
        s.append(P("<b>Exclusion of the press and public:</b> The Board resolved that "
                   "representatives of the press and other members of the public be excluded "
                   "from the remainder of the meeting, having regard to the confidential nature "
                   "of the business to be transacted, in accordance with Section 1(2) of the "
                   "Public Bodies (Admission to Meetings) Act 1960."))
        s.append(Spacer(1, 0.5 * cm))
        s.append(P("Signed: ........................................ Chair"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ............................"))
        return s

    return Paper4(
        "generated-welsh-health-board-minutes-2025-03-27.pdf", A4,
        dict(title="Unconfirmed Minutes of the Public Board Meeting", author=org,
             subject="Public Board Meeting, 27 March 2025"),
        ("Bwrdd Iechyd Prifysgol Dyffryn Tywi / Dyffryn Tywi University Health Board",
         "UNCONFIRMED – HEB EU CADARNHAU"),
        lambda p, n: ("Public Board minutes – 27.03.2025", "",
                      f"Tudalen {p} o {n} / Page {p} of {n}"),
        templates, story)


# ============================================================ 2. Ontario school board minutes

def canadian_school_board_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    st["motion"] = ParagraphStyle("motion", parent=st["body"], leftIndent=0.8 * cm,
                                  spaceAfter=3)
    st["result"] = ParagraphStyle("result", parent=st["body"], fontName="Helvetica-Bold",
                                  leftIndent=0.8 * cm, spaceAfter=8)
    st["rec"] = ParagraphStyle("rec", parent=st["body"], leftIndent=1.5 * cm,
                               firstLineIndent=-0.6 * cm, spaceAfter=3)
    org = "Silver Birch District School Board"
    W = width(LETTER)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h2")  # noqa: E731

        def motion(mover, seconder, text, result, recorded=None):
            out = [P(f"Moved by Trustee {mover}, seconded by Trustee {seconder}:", "motion"),
                   P(text, "motion")]
            if recorded:
                out.append(P(recorded[0], "motion"))
                out.append(P(f"In favour ({len(recorded[1])}): Trustees "
                             f"{', '.join(recorded[1][:-1])} and {recorded[1][-1]}", "motion"))
                out.append(P(f"Opposed ({len(recorded[2])}): Trustees "
                             f"{', '.join(recorded[2][:-1])} and {recorded[2][-1]}", "motion"))
            if result:
                out.append(P(result, "result"))
            return [KeepTogether(out)]

        s.append(P("SILVER BIRCH DISTRICT SCHOOL BOARD", "centre"))
        s.append(P("Minutes of the Regular Meeting of the Board", "centre"))
        s.append(P("Tuesday, November 19, 2024 – 7:00 p.m.", "centre"))
        s.append(P("Board Room, Education Centre, 250 Lakeshore Road West, Port Carrow, Ontario "
                   "K0X 3B0", "centre"))
        s.append(Spacer(1, 0.25 * cm))
        s.append(label_table([
            ("Trustees present", "Diane Whitfield (Chair), Samuel Okafor (Vice-Chair), "
                                 "Marie-Claude Lévesque, Jean-Paul Baptiste, Wendy Chen, Aaron "
                                 "Rosenberg, Fiona MacIntyre, Harjit Sandhu, Tomasz Kowalczyk"),
            ("Student trustees", "Ava Thompson, Noah Beaulieu (non-voting)"),
            ("Regrets", "Trustee Linda Morrisseau"),
            ("Administration", "Karen Delacroix, Director of Education; Paul Moreau, Associate "
                               "Director; Anita Rao, Superintendent of Business and Treasurer; "
                               "Greg Simmons, Superintendent of Facility Services; Julie "
                               "Tremblay, Recording Secretary"),
        ], W, 3.6 * cm, st, box=True, fill="#F2F2F2"))

        s.append(H("1.&nbsp;&nbsp;CALL TO ORDER AND LAND ACKNOWLEDGEMENT"))
        s.append(P("Chair Whitfield called the meeting to order at 7:02 p.m. Student Trustee "
                   "Beaulieu read the land acknowledgement."))
        s.append(H("2.&nbsp;&nbsp;APPROVAL OF THE AGENDA"))
        s += motion("Sandhu", "Baptiste", "THAT the agenda for the November 19, 2024 Regular "
                    "Meeting of the Board be approved as circulated.", "CARRIED")
        s.append(H("3.&nbsp;&nbsp;DECLARATIONS OF PECUNIARY INTEREST"))
        s.append(P("None were declared."))
        s.append(H("4.&nbsp;&nbsp;APPROVAL OF MINUTES"))
        s += motion("Chen", "MacIntyre", "THAT the minutes of the Regular Meeting of the Board "
                    "held on October 22, 2024 be approved.", "CARRIED")
        s.append(H("5.&nbsp;&nbsp;DELEGATIONS"))
        s.append(P("Ms Rachel Pinto, on behalf of the Westfield Heights Parent Council, addressed "
                   "the Board about overcrowding at Westfield Heights Public School, where 14 "
                   "portable classrooms are in use."))

        # ---- two-column passage: Director's report
        s.append(H("6.&nbsp;&nbsp;REPORT OF THE DIRECTOR OF EDUCATION"))
        col = [P("Director Delacroix highlighted the following:")]
        col += bullets([
            "enrolment at October 31, 2024 was 18,642 students, 1.9% above the projection used "
            "for the 2024-25 budget;",
            "the Ministry of Education announced on November 8, 2024 that the Board will "
            "receive $3.1 million in Capital Priorities funding for a child care addition at "
            "Maplewood Public School;",
            "the Port Carrow Secondary School robotics team placed second at the provincial "
            "championship on November 2, 2024;",
            "a shortage of bus drivers continues to affect 11 routes, and the transportation "
            "consortium has introduced a retention bonus of $1,500 per driver.",
        ], st, indent=0.5 * cm)
        col.append(P("Trustee Rosenberg asked when the review of trans-<br/>portation routes "
                     "would be complete before budget deliberations. The Director said that the "
                     "consortium expects to report in the spring."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))

        s.append(H("7.&nbsp;&nbsp;REPORTS FOR DECISION"))
        s.append(H("7.1&nbsp;&nbsp;2025-26 School Year Calendar (Report 24-118)"))
        s.append(P("Associate Director Moreau presented the proposed calendar. The first "
                   "instructional day would be Tuesday, September 2, 2025 and the last Friday, "
                   "June 26, 2026, with seven professional activity days."))
        s += motion("Okafor", "Lévesque", "THAT the Board approve the 2025-26 school year "
                    "calendar in Appendix A of Report 24-118 for submission to the Ministry of "
                    "Education.", None)
        s.append(P("Moved in amendment by Trustee Rosenberg, seconded by Trustee MacIntyre:",
                   "motion"))
        s.append(P("THAT the professional activity day of February 13, 2026 be moved to "
                   "February 6, 2026.", "motion"))
        s.append(P("DEFEATED", "result"))
        s.append(P("The main motion was then put.", "motion"))
        s.append(P("CARRIED", "result"))

        s.append(H("7.2&nbsp;&nbsp;Tender T-24-031: Roof Replacement and Mechanical Renewal, "
                   "Port Carrow Secondary School"))
        s.append(P("Superintendent Simmons reported that five bids had been received. The work "
                   "is funded from School Condition Improvement allocations, and the total "
                   "project budget, including design fees and contingency, is $2.75 million."))
        data = [["Bidder", "Bid price (excl. HST)"],
                ["Norbridge Construction Ltd.", "$2,318,400"],
                ["Lakehead Mechanical Inc.", "$2,406,950"],
                ["Carrow Valley Builders Ltd.", "$2,472,000"],
                ["Ridgeline Contracting (Ontario) Inc.", "$2,539,300"],
                ["Dufresne & Fils Construction", "$2,611,875"]]
        s.append(KeepTogether([grid(data, [8.5 * cm, 4.5 * cm], st), Spacer(1, 0.25 * cm)]))
        s.append(P("Trustees MacIntyre and Rosenberg questioned proceeding while the accommodation "
                   "review for the Port Carrow family of schools is under way."))
        yes = ["Baptiste", "Chen", "Kowalczyk", "Lévesque", "Okafor", "Sandhu", "Whitfield"]
        s += motion("Baptiste", "Sandhu", "THAT the Board accept the bid of Norbridge "
                    "Construction Ltd. of $2,318,400, excluding HST, for roof replacement and "
                    "mechanical renewal at Port Carrow Secondary School (Tender T-24-031).",
                    "CARRIED", recorded=("A recorded vote was requested by Trustee MacIntyre.",
                                         yes, ["MacIntyre", "Rosenberg"]))

        s.append(H("8.&nbsp;&nbsp;REPORT OF THE COMMITTEE OF THE WHOLE – NOVEMBER 5, 2024"))
        s.append(P("Trustee Okafor, Chair of the Committee of the Whole, presented the report of "
                   "the meeting held on November 5, 2024."))
        s.append(P("<b>Recommendation(s):</b>"))
        for k, t in [
            ("1.", "THAT the Board approve the use of $185,000 from the accumulated surplus to "
                   "extend the Grade 1 and 2 reading intervention pilot to twelve additional "
                   "schools for the remainder of the 2024-25 school year."),
            ("2.", "THAT the Board direct the Director of Education to bring a report on options "
                   "for relieving enrolment pressure at Westfield Heights Public School to the "
                   "Board by February 2025."),
            ("3.", "THAT the 2023-24 Annual Report of the Special Education Advisory Committee "
                   "be received."),
        ]:
            s.append(Paragraph(f"{k}&nbsp;&nbsp;{t}", st["rec"]))
        s += motion("Okafor", "Kowalczyk", "THAT recommendations 1 to 3 of the Committee of the "
                    "Whole report of November 5, 2024 be adopted.", "CARRIED")

        s.append(H("9.&nbsp;&nbsp;TRUSTEE MOTIONS"))
        s.append(H("9.1&nbsp;&nbsp;Student Transportation Funding (Trustee Rosenberg)"))
        s += motion("Rosenberg", "MacIntyre", "THAT the Board request the Minister of Education "
                    "to review the student transportation funding formula to reflect the cost of "
                    "rural routes.", "DEFEATED",
                    recorded=("A recorded vote was requested by Trustee Rosenberg.",
                              ["MacIntyre", "Rosenberg", "Sandhu"],
                              ["Baptiste", "Chen", "Kowalczyk", "Lévesque", "Okafor",
                               "Whitfield"]))

        s.append(H("10.&nbsp;&nbsp;INFORMATION REPORTS"))
        s.append(H("10.1&nbsp;&nbsp;2024-25 Revised Estimates"))
        s.append(P("Superintendent Rao presented the revised estimates. Operating expenditure is "
                   "now $312.4 million, $4.6 million more than in the original estimates, "
                   "mainly because of enrolment growth. An in-year surplus of $0.9 million is "
                   "projected."))
        s += motion("Baptiste", "Kowalczyk", "THAT the report be received for information.",
                    "CARRIED")

        s.append(H("11.&nbsp;&nbsp;ADJOURNMENT"))
        s += motion("Sandhu", "Chen", "THAT the meeting adjourn at 9:14 p.m.", "CARRIED")
        s.append(Spacer(1, 0.5 * cm))
        s.append(P("______________________________ Chair"))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("______________________________ Director of Education and Secretary of the "
                   "Board"))
        return s

    return Paper4(
        "generated-canadian-school-board-minutes-2024-11-19.pdf", LETTER,
        dict(title="Minutes of the Regular Meeting of the Board", author=org,
             subject="Regular Meeting of the Board, November 19, 2024"),
        (org, "Regular Meeting of the Board – November 19, 2024"),
        lambda p, n: ("Minutes – Regular Board Meeting", "", f"Page {p} of {n}"),
        templates, story)


# ============================================================ 3. Scottish council report

def scottish_committee_report() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10.5)
    st["item"] = ParagraphStyle("item", parent=st["body"], leftIndent=2.0 * cm,
                                firstLineIndent=-0.9 * cm, spaceAfter=3)
    org = "Strathlorne Council"
    W = width(A4)

    def templates(doc, on_page):
        return [one_frame(doc, on_page)]

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h1")  # noqa: E731
        num = lambda n, t: Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", st["num"])  # noqa: E731

        s.append(P("STRATHLORNE COUNCIL", "title"))
        s.append(label_table([
            ("REPORT TO:", "NEIGHBOURHOOD SERVICES COMMITTEE – 13 MAY 2025"),
            ("REPORT ON:", "<b>HOUSEHOLD WASTE AND RECYCLING COLLECTION SERVICE REDESIGN</b>"),
            ("REPORT BY:", "EXECUTIVE DIRECTOR OF NEIGHBOURHOOD SERVICES"),
            ("REPORT NO:", "163-2025"),
            ("WARDS:", "All"),
            ("CONTACT:", "Euan Drummond, Head of Environment, 01632 960588"),
        ], W, 3.4 * cm, st, box=True, fill="#EDEDED"))
        s.append(Spacer(1, 0.2 * cm))

        s.append(H("1.&nbsp;&nbsp;RECOMMENDATIONS"))
        s.append(num("1.1", "It is recommended that the Committee:"))
        for k, t in [
            ("(i)", "notes the results of the public consultation held between 6 January and "
                    "28 February 2025, summarised in section 5 and Appendix 1;"),
            ("(ii)", "agrees the introduction of three-weekly collections of residual "
                     "(non-recyclable) waste from 2 February 2026, with all recycling "
                     "collections remaining fortnightly; and"),
            ("(iii)", "instructs the Executive Director of Neighbourhood Services to procure "
                      "the new bins and vehicles needed for the service and to report on "
                      "progress to this Committee in November 2025."),
        ]:
            s.append(Paragraph(f"{k}&nbsp;&nbsp;&nbsp;{t}", st["item"]))
        s.append(num("1.2", "Committee is asked to approve capital expenditure of £3.46m over "
                     "the period 2025/26 to 2027/28, funded by £1.8m from the Scottish "
                     "Government's Recycling Improvement Fund and £1.66m of prudential "
                     "borrowing, as set out in Table 1."))

        s.append(H("2.&nbsp;&nbsp;SUMMARY"))
        s.append(num("2.1", "The Council recycled 47.3% of household waste in 2023, below the "
                     "national average. The proposed service would raise the recycling rate to "
                     "an estimated 58% by 2027/28 and reduce the net cost of the service by "
                     "£1.28m a year from 2027/28."))

        s.append(H("3.&nbsp;&nbsp;BACKGROUND"))
        s.append(num("3.1", "On 11 June 2024 this Committee agreed to consult the public on "
                     "changes to household collections (Article IV of the minute of that meeting "
                     "refers)."))
        s.append(num("3.2", "Households currently receive the following collections:"))
        s += bullets([
            "grey bin (residual waste) – every two weeks;",
            "blue bin (paper, card, plastics and cans) – every two weeks;",
            "glass box – every four weeks;",
            "brown bin (garden and food waste) – every two weeks from March to November.",
        ], st, indent=2.0 * cm)
        s.append(num("3.3", "Between 2019 and 2024 the tonnage of residual waste fell by only "
                     "4%, and analysis of grey bin contents shows that 31% is food waste that "
                     "could have been recycled."))

        # ---- two-column passage: the proposals
        s.append(H("4.&nbsp;&nbsp;PROPOSALS"))
        col = [num("4.1", "The redesigned service would provide:")]
        col += bullets([
            "a grey bin collected every three weeks;",
            "a weekly food waste collection, using a 23-litre kerbside caddy;",
            "blue bin and glass collections every two weeks;",
            "garden waste collections every two weeks from March to November.",
        ], st, indent=1.4 * cm)
        col.append(num("4.2", "Councils that have moved to three-weekly collections have seen "
                       "residual waste fall by between 10% and 15%, most of it diverted to food "
                       "and dry recycling."))
        col.append(num("4.3", "Households of six or more people, and those with medical needs, "
                       "will be able to apply for additional capacity."))
        col.append(num("4.4", "A campaign will be run to reduce contami-<br/>nation of the blue "
                       "bin, which rose to 21% of its contents in 2024."))
        col.append(num("4.5", "New routes will be planned with route optimisation software. Four "
                       "additional recycling vehicles will be needed."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))

        s.append(H("5.&nbsp;&nbsp;CONSULTATION"))
        s.append(num("5.1", "The consultation ran from 6 January to 28 February 2025 and received "
                     "4,918 responses, summarised in Appendix 1. Weekly food waste collections "
                     "were supported by 62% of respondents, and three-weekly residual "
                     "collections by 41%."))
        s.append(num("5.2", "In reaching its decision, the Committee may wish to consider the "
                     "views of the 1,207 respondents who said that three-weekly collections "
                     "would cause difficulties for larger households."))

        s.append(H("6.&nbsp;&nbsp;FINANCIAL IMPLICATIONS"))
        s.append(num("6.1", "The Executive Director of Corporate Services has been consulted. "
                     "The capital cost of the redesign and its effect on the revenue budget are "
                     "shown in Table 1."))
        s.append(P("Table 1: Capital and revenue implications (£000)", "h2"))
        D = "–"
        data = [
            ["£000", "2025/26", "2026/27", "2027/28", "Total"],
            ["Capital", "", "", "", ""],
            ["Wheeled bins and food caddies", "1,240", "310", D, "1,550"],
            ["Recycling vehicles (4)", "1,460", D, D, "1,460"],
            ["Depot alterations", "280", "170", D, "450"],
            ["Total capital", "2,980", "480", D, "3,460"],
            ["Funded by: Recycling Improvement Fund", "1,800", D, D, "1,800"],
            ["Funded by: prudential borrowing", "1,180", "480", D, "1,660"],
            ["Revenue", "", "", "", ""],
            ["Collection cost savings", "(120)", "(640)", "(910)", "(1,670)"],
            ["Disposal cost savings", "(85)", "(410)", "(520)", "(1,015)"],
            ["Loan charges", "95", "150", "150", "395"],
            ["Net revenue effect", "(110)", "(900)", "(1,280)", "(2,290)"],
        ]
        t = grid(data, [6.6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm], st,
                 total_rows=(5, 12))
        t.setStyle(TableStyle([
            ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 8), (-1, 8)),
            ("FONT", (0, 1), (-1, 1), st["cellb"].fontName, st["cell"].fontSize),
            ("FONT", (0, 8), (-1, 8), st["cellb"].fontName, st["cell"].fontSize),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F3F3F3")),
            ("BACKGROUND", (0, 8), (-1, 8), colors.HexColor("#F3F3F3")),
        ]))
        s.append(KeepTogether([t, Spacer(1, 0.25 * cm)]))
        s.append(num("6.2", "Loan charges assume a seven-year life for vehicles and ten years for "
                     "bins. Disposal savings are based on the landfill tax rate for 2025/26 of "
                     "£126.15 per tonne."))

        s.append(H("7.&nbsp;&nbsp;NEXT STEPS"))
        s.append(num("7.1", "Subject to the Committee's approval, procurement of bins and "
                     "vehicles will begin in June 2025. The consultation showed limited support "
                     "for a £45 annual permit for garden waste collections; a further report with "
                     "recommendations will be submitted to the Policy and Resources Committee in "
                     "August 2025."))
        s.append(H("8.&nbsp;&nbsp;POLICY IMPLICATIONS"))
        s.append(num("8.1", "This report has been subject to an Integrated Impact Assessment, "
                     "which is available on the Council's website."))
        s.append(H("9.&nbsp;&nbsp;CONSULTATIONS"))
        s.append(num("9.1", "The Council Management Team has been consulted in the preparation "
                     "of this report and agrees with its content."))
        s.append(H("10.&nbsp;&nbsp;BACKGROUND PAPERS"))
        s.append(num("10.1", "None."))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Morag Kinnear<br/>Executive Director of Neighbourhood Services"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;29 April 2025"))

        s.append(H("APPENDIX 1 – SUMMARY OF CONSULTATION RESPONSES"))
        data = [["Proposal", "Support", "Oppose", "No view"],
                ["Weekly food waste collection", "62%", "24%", "14%"],
                ["Three-weekly residual waste collection", "41%", "52%", "7%"],
                ["Glass collected every two weeks", "57%", "29%", "14%"],
                ["Annual garden waste permit of £45", "38%", "55%", "7%"]]
        s.append(grid(data, [8.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm], st))
        s.append(Spacer(1, 0.2 * cm))
        s.append(P("Responses: 4,918 (online 4,612; paper 306).", "small"))
        return s

    return Paper4(
        "generated-scottish-council-committee-report-2025-05-13.pdf", A4,
        dict(title="Household Waste and Recycling Collection Service Redesign", author=org,
             subject="Neighbourhood Services Committee, 13 May 2025, report 163-2025"),
        (org, "Report No 163-2025"),
        lambda p, n: ("Neighbourhood Services Committee – 13 May 2025", "",
                      f"Page {p} of {n}"),
        templates, story)


PAPERS = [welsh_health_board_minutes, canadian_school_board_minutes, scottish_committee_report]


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
