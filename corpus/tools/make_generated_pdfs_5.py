#!/usr/bin/env python3
"""Write the fifth set of generated (fictional) board papers in corpus/generated/.

    python corpus/tools/make_generated_pdfs_5.py [--out DIR]

Three papers worded unlike the first four sets (make_generated_pdfs.py to
make_generated_pdfs_4.py), held out to measure the extractors on writing they were not
built on:

  generated-nz-district-council-minutes-2025-08-20.pdf                  NZ district council minutes
  generated-nhs-foundation-trust-council-of-governors-2024-12-05.pdf    NHS FT Council of Governors minutes
  generated-us-county-board-of-supervisors-agenda-2025-01-14.pdf        US county board of supervisors agenda

Every organisation, person, address and figure is invented. This script is the only
copy of the papers' text: the hand-written gold annotations live in
corpus/gold/<pdf name>.json and must be updated by hand if the text here changes.

Output is byte-for-byte deterministic (reportlab's invariant mode fixes the dates and
document ID). Uses the styles, table and page machinery of make_generated_pdfs.py and
the helpers of the second to fourth scripts; needs reportlab (5.1.0 was used). Only the
standard PDF fonts are drawn, so DejaVu Sans is not needed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed timestamps and /ID: identical bytes on every run

from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import BaseDocTemplate, KeepTogether, Paragraph, Spacer  # noqa: E402
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

from make_generated_pdfs import (  # noqa: E402
    DEFAULT_OUT, Paper, bullets, grid, one_frame, styles,
)
from make_generated_pdfs_2 import width  # noqa: E402
from make_generated_pdfs_3 import hanging  # noqa: E402
from make_generated_pdfs_4 import label_table  # noqa: E402


class Paper5(Paper):
    """Paper of the first script, with this script named as the PDF's creator."""

    def _doc(self, target):
        doc = BaseDocTemplate(
            target, pagesize=self.pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=self.meta["title"],
            author=self.meta["author"], subject=self.meta["subject"],
            creator="corpus/tools/make_generated_pdfs_5.py",
        )
        doc.addPageTemplates(self.templates(doc, self._on_page))
        return doc


def templates(doc, on_page):
    return [one_frame(doc, on_page)]


# ============================================================ 1. NZ district council minutes

def nz_district_council_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=9.5)
    st["resno"] = ParagraphStyle("resno", parent=st["body"], fontName="Helvetica-Bold",
                                 spaceBefore=4, spaceAfter=1, keepWithNext=1)
    st["moved"] = ParagraphStyle("moved", parent=st["body"], fontName="Helvetica-Oblique",
                                 spaceAfter=3)
    st["moved"].keepWithNext = 1
    st["lead"] = ParagraphStyle("lead", parent=st["body"], keepWithNext=1)
    st["result"] = ParagraphStyle("result", parent=st["body"], fontName="Helvetica-Bold",
                                  alignment=2, spaceAfter=4)
    st["divres"] = ParagraphStyle("divres", parent=st["body"], fontName="Helvetica-Bold")
    org = "Manawa Plains District Council"
    W = width(A4)

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h1")  # noqa: E731
        item = lambda t: P(t, "h2")  # noqa: E731

        def motion(number, moved, seconded, lead, parts=(), outcome="CARRIED", extra=()):
            out = []
            if number:
                out.append(P(f"Resolution number {number}", "resno"))
            out.append(P(f"Moved {moved} / Seconded {seconded}", "moved"))
            out.append(P(lead, "lead"))
            if parts:
                out += hanging(list(parts), st, indent=0.4 * cm, hang=0.6 * cm)
            if extra:  # a division: the record and its outcome kept on one page
                out.append(KeepTogether([P(t) for t in extra] + [P(outcome, "divres")]))
            else:
                out.append(P(outcome, "result"))
            return out

        s.append(P("MANAWA PLAINS DISTRICT COUNCIL", "title"))
        s.append(P("Minutes of an Ordinary Meeting of Council", "h1"))
        s.append(P("Held in the Council Chamber, Municipal Building, 61 Raupo Street, Ruatane "
                   "4872, on Wednesday 20 August 2025, commencing at 10.00am."))
        s.append(P("<b>Present:</b> His Worship the Mayor Neil Fairbrother (Chair), Deputy Mayor "
                   "Cr Rawiri Tane, Crs Mere Ngata, Logan McKenzie, Priya Chand, Tom Whitcombe, "
                   "Anahera Paewai, Graham Sinclair, Jo Harker and Sione Fifita."))
        s.append(P("<b>In attendance:</b> Deborah Kingi (Chief Executive), Stephen Baird (Group "
                   "Manager Corporate Services), Aroha Kerr (Group Manager Infrastructure), "
                   "Hamish Doyle (Three Waters Manager) and Lucy Peng (Governance Advisor)."))

        s.append(H("1&nbsp;&nbsp;&nbsp;KARAKIA TIMATANGA / OPENING"))
        s.append(P("Cr Paewai opened the meeting with a karakia."))

        s.append(H("2&nbsp;&nbsp;&nbsp;APOLOGIES"))
        s += motion("CO/2025/110", "Cr Harker", "Cr Fifita",
                    "That the Council accepts the apology for absence from Cr Bruce Liddell.")

        s.append(H("3&nbsp;&nbsp;&nbsp;CONFLICT OF INTEREST DECLARATIONS"))
        s.append(P("Cr Chand declared a conflict of interest in item 7.3, as a family trust of "
                   "which she is a trustee owns the property adjoining the Kowhai Street reserve. "
                   "She left the table for that item and took no part in the debate or vote."))

        s.append(H("4&nbsp;&nbsp;&nbsp;CONFIRMATION OF MINUTES"))
        s += motion("CO/2025/111", "Cr Sinclair", "Cr Paewai",
                    "That the minutes of the Ordinary Council meeting held on Wednesday 23 July "
                    "2025 be taken as read and confirmed as an accurate record.")

        s.append(H("5&nbsp;&nbsp;&nbsp;PUBLIC FORUM"))
        s.append(P("Mr Wiremu Hohaia, chair of the Ruatane Residents' Association, spoke about "
                   "odour from the wastewater treatment plant during the summer and urged the "
                   "Council not to delay the upgrade. Ms Janet Orr asked the Council to bring back "
                   "free green waste weekends at the Ruatane Resource Recovery Centre."))

        # ---- two-column passage: Mayor's report
        s.append(H("6&nbsp;&nbsp;&nbsp;MAYOR'S REPORT"))
        col = [P("The Mayor spoke to his report, which covered:")]
        col += bullets([
            "the Rural and Provincial sector meeting in Wellington on 31 July 2025, where "
            "councils compared progress on their Water Services Delivery Plans;",
            "the Council's own plan, adopted on 25 June 2025, which must reach the Department "
            "of Internal Affairs by 3 September 2025;",
            "the opening of the Ruatane skate park on 9 August 2025, built with $420,000 raised "
            "by the community and a $180,000 Council grant;",
            "the local elections on 11 October 2025, for which voting documents will be "
            "delivered from 9 September 2025.",
        ], st, font="Helvetica", glyph="\u2013", indent=0.5 * cm)
        col.append(P("Cr Whitcombe asked when the flood repairs in Kaihoe township would be "
                     "finished. Ms Kerr said that the contractor expects to complete the "
                     "reticu-<br/>lation repairs before Christmas, and that NZTA has agreed to "
                     "fund 61% of the cost."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))
        s += motion("CO/2025/112", "Mayor Fairbrother", "Cr Tane",
                    "That the Council receives the Mayor's report.")

        s.append(H("7&nbsp;&nbsp;&nbsp;REPORTS FOR DECISION"))
        # ---- 7.1 annual financial result
        s.append(item("7.1&nbsp;&nbsp;&nbsp;Financial Performance Report – Year Ended 30 June "
                      "2025 (Unaudited)"))
        s.append(P("Mr Baird spoke to the report. The unaudited operating surplus for 2024/25 is "
                   "$2.86 million, against a budgeted surplus of $1.9 million, mainly because of "
                   "higher interest revenue and subsidies received for the flood response. "
                   "Capital expenditure was $28.3 million, or 78% of the $36.4 million programme, "
                   "and external debt at 30 June 2025 was $64.5 million, within the limits in the "
                   "Long Term Plan 2024–2034. The audit of the annual report begins on 1 "
                   "September 2025."))
        s += motion("CO/2025/113", "Cr Ngata", "Cr Harker",
                    "That the Council receives the unaudited Financial Performance Report for "
                    "the year ended 30 June 2025 and approves the carry-forward of $6.1 million "
                    "of unspent capital budgets from 2024/25 to 2025/26, as listed in "
                    "Attachment A.")

        # ---- 7.2 wastewater contract
        s.append(item("7.2&nbsp;&nbsp;&nbsp;Ruatane Wastewater Treatment Plant Upgrade – "
                      "Contract 25/07"))
        s.append(P("Ms Kerr and Mr Doyle spoke to the report. Tenders closed on 18 July 2025 and "
                   "four conforming tenders were evaluated by the weighted attributes method, "
                   "with price weighted at 40%:"))
        data = [["Tenderer", "Tender price (excl. GST)", "Weighted score"],
                ["Kahu Civil Limited", "$3,196,480", "88.0"],
                ["Aorangi Water Services Ltd", "$3,412,900", "81.5"],
                ["Coastal Pipe & Civil Ltd", "$3,655,000", "76.0"],
                ["Tasman Process Engineering Ltd", "$3,874,250", "72.5"]]
        s.append(KeepTogether([grid(data, [7.4 * cm, 4.6 * cm, 3.4 * cm], st),
                               Spacer(1, 0.25 * cm)]))
        s.append(P("The total project budget is $3.65 million, funded from the 2025/26 capital "
                   "programme ($2.4 million) and the Wastewater Renewals Reserve ($1.25 "
                   "million). Construction would begin in October 2025 and finish by 30 June "
                   "2027, ahead of the expiry of the plant's discharge consent on 31 May 2027."))
        s.append(P("<b>Amendment</b>"))
        s += motion(None, "Cr McKenzie", "Cr Sinclair",
                    "That the award of Contract 25/07 lie on the table until the first meeting "
                    "of the incoming Council, so that it can be considered alongside the Water "
                    "Services Delivery Plan.", outcome="LOST")
        s.append(P("The substantive motion was then put."))
        s += motion("CO/2025/114", "Cr Tane", "Cr Ngata", "That the Council:", [
            ("a)", "Receives the report;"),
            ("b)", "Approves the award of Contract 25/07 Ruatane Wastewater Treatment Plant "
                   "Upgrade to Kahu Civil Limited for $3.2 million (excl. GST);"),
            ("c)", "Delegates to the Chief Executive the authority to approve contract "
                   "variations up to a combined value of $250,000 (excl. GST), within the total "
                   "project budget of $3.65 million;"),
            ("d)", "Notes that the upgrade must be commissioned before the discharge consent "
                   "expires on 31 May 2027."),
        ], outcome="The division was declared CARRIED by 7 votes to 3.", extra=(
            "A division was called for, voting on which was as follows:",
            "<b>For:</b> Mayor Fairbrother, Crs Tane, Ngata, Chand, Paewai, Harker and Fifita "
            "(7)",
            "<b>Against:</b> Crs McKenzie, Sinclair and Whitcombe (3)",
            "<b>Abstained:</b> Nil",
        ))

        # ---- 7.3 reserve revocation
        s.append(item("7.3&nbsp;&nbsp;&nbsp;Kowhai Street Reserve – Report of the Hearings "
                      "Panel"))
        s.append(P("Cr Chand left the table at 11.38am."))
        s.append(P("Cr Harker, who chaired the Hearings Panel, reported that the proposal to "
                   "revoke the reserve status of the 0.21 hectare Kowhai Street reserve was "
                   "publicly notified from 3 March to 4 April 2025, and that the Panel heard "
                   "nine of the 38 submitters on 5 August 2025. The land has a registered "
                   "valuation of $395,000. Having considered the submissions, the Panel "
                   "recommends that the Council seek revocation of the reserve status and sell "
                   "the land, with the proceeds used for playground renewals at Pukeko Park."))
        s += motion("CO/2025/115", "Cr Harker", "Cr Tane", "That the Council:", [
            ("a)", "Adopts the recommendation of the Hearings Panel;"),
            ("b)", "Requests the Minister of Conservation to revoke the reserve status of Lot 12 "
                   "DP 40917, Kowhai Street, Ruatane, under section 24 of the Reserves Act 1977;"),
            ("c)", "Approves the sale of the land at market value once the revocation is "
                   "notified in the New Zealand Gazette, with the net proceeds credited to the "
                   "Reserves Development Fund."),
        ])
        s.append(P("Cr Chand returned to the table at 11.52am."))

        # ---- 7.4 interim election period
        s.append(item("7.4&nbsp;&nbsp;&nbsp;Decision-Making During the Pre-Election Interim "
                      "Period"))
        s += motion("CO/2025/116", "Cr Fifita", "Cr Paewai",
                    "That the Council authorises the Mayor, Deputy Mayor and Chief Executive, "
                    "acting together, to make decisions on urgent matters from 11 October 2025 "
                    "until the inaugural meeting of the incoming Council, with any such decision "
                    "to be reported to that meeting.")

        s.append(H("8&nbsp;&nbsp;&nbsp;NOTICE OF MOTION – CR WHITCOMBE – GREEN WASTE"))
        s += motion(None, "Cr Whitcombe", "Cr McKenzie",
                    "That the Council requests the Chief Executive to report to the incoming "
                    "Council on the cost of two free green waste drop-off weekends at the "
                    "Ruatane Resource Recovery Centre in the 2025/26 year.", outcome="LOST")

        s.append(H("9&nbsp;&nbsp;&nbsp;RESOLUTION TO EXCLUDE THE PUBLIC"))
        s += motion("CO/2025/117", "Cr Ngata", "Cr Harker",
                    "That the public be excluded from the following part of the proceedings of "
                    "this meeting, namely item C1 Land Acquisition – Te Awa Pipeline Route, on "
                    "the grounds in section 48(1)(a) of the Local Government Official "
                    "Information and Meetings Act 1987.")
        s.append(P("The public part of the meeting closed at 12.24pm."))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("Confirmed: ........................................ Mayor"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ............................"))
        return s

    return Paper5(
        "generated-nz-district-council-minutes-2025-08-20.pdf", A4,
        dict(title="Minutes of an Ordinary Meeting of Council", author=org,
             subject="Ordinary Meeting of Council, 20 August 2025"),
        (org, "Ordinary Council Meeting – 20 August 2025"),
        lambda p, n: ("Council 20/08/2025 – Unconfirmed Minutes", "", f"Page {p} of {n}"),
        templates, story)


# ============================================================ 2. NHS FT Council of Governors

def nhs_council_of_governors_minutes() -> Paper:
    st = styles(font="Helvetica", bold="Helvetica-Bold", size=10)
    st["outcome"] = ParagraphStyle("outcome", parent=st["body"], leftIndent=0.5 * cm,
                                   fontName="Helvetica", spaceAfter=6)
    st["rec"] = ParagraphStyle("rec", parent=st["body"], spaceAfter=4)
    st["venue"] = ParagraphStyle("venue", parent=st["centre"], fontName="Helvetica",
                                 fontSize=10)
    org = "Eastmere Valley Hospitals NHS Foundation Trust"
    W = width(A4)

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        minute = lambda n, t: P(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}", "h2")  # noqa: E731
        O = lambda t: P(t, "outcome")  # noqa: E731

        s.append(P("EASTMERE VALLEY HOSPITALS NHS FOUNDATION TRUST", "centre"))
        s.append(P("Minutes of the Council of Governors Meeting held in Public", "centre"))
        s.append(P("Thursday 5 December 2024, 5.30pm – 7.45pm, Lecture Theatre 2, Eastmere "
                   "Education Centre, Eastmere General Hospital", "venue"))
        s.append(Spacer(1, 0.2 * cm))
        s.append(label_table([
            ("Chair", "Mrs Eleanor Quayle, Trust Chair"),
            ("Public governors (14)", "Eastmere North: Dennis Harrop (Lead Governor), Margaret "
                                      "Oyelaran, Keith Spalding; Eastmere South: Pauline "
                                      "Adebayo, Trevor Nash, Joanne Whitlock; Brackley Vale: "
                                      "Sunil Varma, Christine Doyle, Alan Petrie; Fenwick and "
                                      "Coast: Marion Keyes, Rhys Galbraith, Bernadette Cole; "
                                      "Rest of England: Peter Lund, Gail Mortimer"),
            ("Staff governors (6)", "Dr Omar Haddad, Fiona Lacey, Kwame Asante, Lisa Brennan, "
                                    "Joanne Pike, Martin Cole"),
            ("Appointed governors (4)", "Cllr Susan Marsh (Eastmere County Council), Professor "
                                        "Alan Reddy (University of Eastmere), Hannah Pryce "
                                        "(Eastmere Voluntary Action), Dr Ian Kettle (Eastmere "
                                        "Primary Care Network)"),
            ("In attendance", "Jeremy Stott, Senior Independent Director; Ruth Adeyemi, "
                              "Non-Executive Director; Daniel Frome, Chief Executive; Claire "
                              "Benson, Director of Corporate Affairs and Trust Secretary; Amy "
                              "Lister, Governance Officer (minutes)"),
            ("Apologies", "Gerald Hume, Yvonne Tait, Barry Lomas (public governors); Dr Nisha "
                          "Rao (staff governor); Cllr Roy Evans (appointed governor)"),
        ], W, 4.2 * cm, st, box=False, fill="#E8EEF6"))
        s.append(Spacer(1, 0.2 * cm))

        s.append(minute("CoG 24/51", "Welcome, apologies and quorum"))
        s.append(P("The Chair welcomed governors and the six members of the public present. "
                   "Apologies were noted as above. With 24 of the 29 governors in post present, "
                   "the meeting was quorate."))
        s.append(minute("CoG 24/52", "Declarations of interest"))
        s.append(P("Mr Stott declared an interest in item CoG 24/56, which concerned his own term "
                   "of office, and the Chair declared an interest in item CoG 24/57. Each left "
                   "the room for the relevant discussion."))
        s.append(minute("CoG 24/53", "Minutes of the previous meeting and matters arising"))
        s.append(P("The minutes of the meeting held on 12 September 2024 were APPROVED as a true "
                   "record. Both actions from that meeting had been completed."))
        s.append(minute("CoG 24/54", "Chair's report"))
        s.append(P("The Chair reported on the Board development day held on 7 November 2024, "
                   "which had focused on the Trust's clinical strategy, and on her appraisals of "
                   "the Non-Executive Directors, all of whom had been assessed as fully "
                   "effective."))
        s.append(O("Governors NOTED the Chair's report and the outcome of the Non-Executive "
                   "Director appraisals."))

        # ---- two-column passage: Chief Executive's update
        s.append(minute("CoG 24/55", "Chief Executive's update on Trust performance"))
        col = [P("Mr Frome summarised the Trust's position:")]
        col += bullets([
            "at Month 7 (October 2024) the Trust reported a deficit of £6.8m, £2.7m worse than "
            "plan, mainly because of the cost of escalation beds and agency staff;",
            "four-hour performance in the emergency department was 71.4% in October 2024, "
            "against the national standard of 78%;",
            "the new Day Surgery Unit opened on 4 November 2024 at a cost of £9.6m and will "
            "treat 6,000 patients a year;",
            "waits for musculoskeletal physio-<br/>therapy have fallen from 19 to 11 weeks since "
            "the spring.",
        ], st, font="ZapfDingbats", glyph="\u2756", indent=0.5 * cm)
        col.append(P("Mrs Whitlock asked how governors could hear directly from patients about "
                     "corridor care. Mr Frome offered to arrange a visit to the emergency "
                     "department for governors early in the new year."))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=4))
        s.append(O("Governors NOTED the Chief Executive's update."))

        s.append(minute("CoG 24/56", "Report of the Nominations Committee"))
        s.append(P("Mr Harrop presented the report. Following an open recruitment process, "
                   "shortlisted candidates were interviewed on 14 November 2024 by a panel of "
                   "three governors, the Chair and the Senior Independent Director, and the "
                   "Nominations Committee had unanimously recommended that Dr Farhana Iqbal be "
                   "appointed as a Non-Executive Director. Dr Iqbal is a chartered accountant "
                   "and a former finance director of a housing association, and would succeed "
                   "Mrs Adeyemi as chair of the Audit Committee."))
        s.append(O("The Council of Governors APPROVED the appointment of Dr Farhana Iqbal as "
                   "Non-Executive Director for a term of three years from 1 January 2025 to 31 "
                   "December 2027, on remuneration of £14,250 per annum together with the Audit "
                   "Committee chair's allowance of £2,000 per annum."))
        s.append(P("Mr Stott left the meeting. Mr Harrop explained that, to give the Audit "
                   "Committee continuity during Dr Iqbal's induction, the Nominations Committee "
                   "had decided on 14 November 2024 to extend Mr Stott's term, which was due to "
                   "end on 31 March 2025."))
        s.append(O("The Council ratified the decision of the Nominations Committee to extend "
                   "the term of office of Mr Jeremy Stott as Non-Executive Director and Senior "
                   "Independent Director by twelve months, to 31 March 2026."))
        s.append(P("Mr Stott rejoined the meeting."))

        s.append(minute("CoG 24/57", "Remuneration of the Trust Chair"))
        s.append(P("The Chair left the meeting and Mr Harrop, as Lead Governor, took the chair. "
                   "Ms Benson presented the report of the governors' Remuneration Committee, "
                   "which met on 21 November 2024. The Chair's remuneration has been £50,000 a "
                   "year since her appointment in 2021, below the median of the NHS England "
                   "structure for chairs of trusts with a turnover between £500m and £750m:"))
        data = [["NHS England remuneration structure, 2024/25", "Chair, per annum"],
                ["Lower quartile", "£47,500"],
                ["Median", "£52,500"],
                ["Upper quartile", "£58,000"],
                ["Eastmere Valley (current)", "£50,000"]]
        s.append(KeepTogether([grid(data, [9.0 * cm, 4.0 * cm], st, total_rows=(4,)),
                               Spacer(1, 0.25 * cm)]))
        s.append(P("<b>Recommendation:</b> Governors' approval is sought for an increase in "
                   "the Chair's remuneration from £50,000 to £52,500 per annum from 1 April "
                   "2025.", "rec"))
        s.append(P("Some governors felt that an increase would be hard to explain to staff while "
                   "the Trust is in deficit; others noted that the cost would be met within the "
                   "existing budget for Non-Executive Directors. Governors voted 18 for, 4 "
                   "against, with 2 abstentions."))
        s.append(O("It was RESOLVED that the Council of Governors approve an increase in the "
                   "Chair's remuneration to £52,500 per annum, with effect from 1 April 2025."))
        s.append(P("Mrs Quayle returned to the meeting and resumed the chair."))

        s.append(minute("CoG 24/58", "External auditor"))
        s.append(P("Ms Benson reported that the appointment of Lyle Barton LLP ends with the "
                   "audit of the 2024/25 accounts, and that the Audit Committee was satisfied "
                   "with the firm's performance."))
        s.append(O("It was RESOLVED that governors extend the appointment of Lyle Barton LLP as "
                   "the Trust's external auditor by one year, to cover the audit of the 2025/26 "
                   "accounts, at a fee of £168,000 excluding VAT."))

        s.append(minute("CoG 24/59", "Amendments to the Constitution"))
        s.append(P("Ms Benson presented amendments to Annex 1 of the Constitution which would "
                   "merge the Fenwick and Coast constituency into Brackley Vale before the next "
                   "governor elections, reducing the number of public governors from 17 to 15."))
        s.append(O("The Council of Governors unanimously APPROVED the amendments to Annex 1 of "
                   "the Constitution, subject to their approval by the Board of Directors on 19 "
                   "December 2024."))

        s.append(minute("CoG 24/60", "Membership and engagement"))
        s.append(P("Mrs Keyes presented the report of the Membership and Engagement Group. Public "
                   "membership stood at 9,412 on 30 November 2024, 3% lower than a year earlier, "
                   "and governors had attended 11 community events since September 2024. The "
                   "Group proposed that every public governor hold at least one constituency "
                   "event in the coming months."))
        s.append(O("Governors NOTED the membership report and AGREED that each public governor "
                   "would host a constituency event before 30 June 2025."))

        s.append(minute("CoG 24/61", "Lead Governor"))
        s.append(P("Mr Harrop will stand down as Lead Governor on 31 March 2025. One nomination "
                   "was received for the role."))
        s.append(O("Governors ENDORSED Mrs Pauline Adebayo as Lead Governor from 1 April 2025, "
                   "following an uncontested nomination."))

        s.append(minute("CoG 24/62", "Questions from members of the public"))
        s.append(P("A member of the public asked whether parking charges for blue badge holders "
                   "at Eastmere General Hospital would be withdrawn. Mr Frome said that the "
                   "Board of Directors would consider a revised car parking policy in February "
                   "2025."))
        s.append(minute("CoG 24/63", "Any other business and date of next meeting"))
        s.append(P("There was no other business. The next meeting of the Council of Governors "
                   "will be held on Thursday 13 March 2025 at 5.30pm."))
        s.append(Spacer(1, 0.4 * cm))
        s.append(P("Signed: ........................................ Chair"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ............................"))
        return s

    return Paper5(
        "generated-nhs-foundation-trust-council-of-governors-2024-12-05.pdf", A4,
        dict(title="Minutes of the Council of Governors Meeting held in Public", author=org,
             subject="Council of Governors, 5 December 2024"),
        (org, "Council of Governors – Public"),
        lambda p, n: ("Draft minutes – Council of Governors – 5 December 2024", "",
                      f"Page {p} of {n}"),
        templates, story)


# ============================================================ 3. US county board agenda

def us_county_supervisors_agenda() -> Paper:
    st = styles(font="Times-Roman", bold="Times-Bold", size=11)
    st["ra"] = ParagraphStyle("ra", parent=st["body"], leftIndent=1.2 * cm, spaceAfter=3)
    st["ralabel"] = ParagraphStyle("ralabel", parent=st["ra"], keepWithNext=1)
    st["ranum"] = ParagraphStyle("ranum", parent=st["body"], leftIndent=1.9 * cm,
                                 firstLineIndent=-0.6 * cm, spaceAfter=3)
    st["consent"] = ParagraphStyle("consent", parent=st["body"], leftIndent=1.2 * cm,
                                   firstLineIndent=-0.7 * cm, spaceAfter=6)
    st["dept"] = ParagraphStyle("dept", parent=st["body"], fontName="Times-Bold", spaceAfter=1,
                                keepWithNext=1)
    st["note"] = ParagraphStyle("note", parent=st["body"], fontSize=9.5, leading=12,
                                spaceAfter=3)
    st["venue"] = ParagraphStyle("venue", parent=st["centre"], fontName="Times-Roman",
                                 fontSize=11)
    org = "County of Alder Creek"
    W = width(LETTER)

    def story():
        s = []
        P = lambda t, k="body": Paragraph(t, st[k])  # noqa: E731
        H = lambda t: P(t, "h1")  # noqa: E731
        item = lambda t: P(t, "h2")  # noqa: E731

        def consent(n, dept, text):
            return [KeepTogether([P(f"{n}&nbsp;&nbsp;{dept}", "dept"),
                                  P(text, "ra")])]

        def recommended(parts, single=None):
            out = [P("<b>RECOMMENDED ACTION:</b>", "ralabel")]
            if single:
                out.append(P(single, "ra"))
            out += [Paragraph(f"{k}&nbsp;&nbsp;{t}", st["ranum"]) for k, t in parts]
            return out

        s.append(P("COUNTY OF ALDER CREEK", "centre"))
        s.append(P("BOARD OF SUPERVISORS", "centre"))
        s.append(P("Regular Meeting Agenda", "centre"))
        s.append(P("Tuesday, January 14, 2025 – 9:00 a.m.", "centre"))
        s.append(P("Board Chambers, County Government Center, 1450 Courthouse Square, Alder "
                   "Springs, CA 95971", "venue"))
        s.append(Spacer(1, 0.2 * cm))
        s.append(label_table([
            ("Supervisors", "Maria Echeverria, District 1; Dale Prewitt, District 2 (Vice "
                            "Chair); Karen Oduya, District 3; Bill Tanaka, District 4 (Chair); "
                            "Ramon Castellanos, District 5"),
            ("Staff", "Jennifer Holtz, County Administrative Officer; Marcus Webb, County "
                      "Counsel; Dana Whitford, Clerk of the Board"),
        ], W, 3.2 * cm, st, box=True, fill="#F0F0F0"))
        s.append(Spacer(1, 0.2 * cm))

        # ---- two-column passage: public participation
        col = [P("<b>PUBLIC PARTICIPATION</b>", "note"),
               P("Members of the public may address the Board on any item on this agenda, or "
                 "on any matter within the Board's jurisdiction during Public Comment. "
                 "Comments are limited to three minutes per speaker. Comment may be given:",
                 "note")]
        col += [Paragraph(t, ParagraphStyle("b", parent=st["note"], leftIndent=0.5 * cm,
                                            bulletIndent=0.1 * cm, bulletFontName="Symbol"),
                          bulletText="\u2022") for t in [
            "in person in the Board Chambers;",
            "by Zoom, using the link on the County website;",
            "in writing, by email to the Clerk of the Board before 5:00 p.m. on the day "
            "before the meeting.",
        ]]
        col.append(P("In compliance with the Americans with Disabilities Act, anyone who needs "
                     "a disability-related service or accommo-<br/>dation to take part in "
                     "the meeting should contact the Clerk of the Board at (530) 555-0143 at "
                     "least 48 hours beforehand. Agenda materials distributed after "
                     "publication are available for inspection at the Clerk's office.", "note"))
        s.append(BalancedColumns(col, nCols=2, innerPadding=0.6 * cm, spaceAfter=6))

        s.append(H("1.&nbsp;&nbsp;CALL TO ORDER, ROLL CALL AND PLEDGE OF ALLEGIANCE"))
        s.append(H("2.&nbsp;&nbsp;PRESENTATIONS AND PUBLIC COMMENT"))
        s.append(P("2.1&nbsp;&nbsp;Adopt a proclamation declaring January 2025 as Human "
                   "Trafficking Prevention Month in Alder Creek County."))
        s.append(P("2.2&nbsp;&nbsp;Public comment on matters not on the agenda."))
        s.append(H("3.&nbsp;&nbsp;CONSENT CALENDAR"))
        s.append(P("Consent items are routine and will be acted on by the Board in a single "
                   "vote, unless a Supervisor or a member of the public asks for an item to be "
                   "pulled for separate discussion."))
        s += consent("3.1", "Clerk of the Board",
                     "Approve the minutes of the regular meeting of December 17, 2024.")
        s += consent("3.2", "Health and Human Services – Behavioral Health",
                     "Approve and authorize the Chair to sign Amendment No. 2 to Agreement No. "
                     "23-141 with Pinecrest Behavioral Health, Inc. for crisis stabilization "
                     "services, increasing the maximum amount by $385,000 to $1,640,000 and "
                     "extending the term through June 30, 2026.")
        s += consent("3.3", "Public Works",
                     "Adopt Resolution No. 2025-07 accepting the Rancho Seco Road Bridge "
                     "Replacement Project as complete and directing the Director of Public Works "
                     "to record a Notice of Completion.")
        s += consent("3.4", "Treasurer-Tax Collector",
                     "Receive and file the Treasurer's Investment Report for the quarter ended "
                     "December 31, 2024.")
        s += consent("3.5", "Sheriff-Coroner",
                     "Authorize the Sheriff-Coroner to accept a grant of $212,600 from the "
                     "California Office of Traffic Safety for the Selective Traffic Enforcement "
                     "Program for the period October 1, 2024 through September 30, 2025 "
                     "(4/5 vote required).")
        s += consent("3.6", "Board of Supervisors",
                     "Reappoint Linda Park to the Alder Creek County Fish and Game Commission "
                     "for a term ending January 31, 2029.")

        s.append(H("4.&nbsp;&nbsp;REGULAR AGENDA"))
        # ---- 4.1 ordinance
        s.append(item("4.1&nbsp;&nbsp;Planning and Building – Short-Term Rental Ordinance"))
        s.append(P("The proposed ordinance requires an annual permit for each short-term rental "
                   "in the unincorporated county, sets occupancy limits and raises penalties for "
                   "repeat violations. At its public hearing on December 12, 2024, the Planning "
                   "Commission voted 4-1 to recommend that the Board of Supervisors adopt the "
                   "proposed amendments."))
        s += recommended([
            ("1.", "Find that the proposed ordinance is exempt from the California "
                   "Environmental Quality Act under State CEQA Guidelines Section 15061(b)(3); "
                   "and"),
            ("2.", "Introduce, waive first reading, and set for adoption on January 28, 2025 an "
                   "ordinance amending Chapter 17.64 of the Alder Creek County Code relating to "
                   "short-term rental permits, occupancy limits and penalties."),
        ])
        s.append(P("<b>FISCAL IMPACT:</b> A permit fee of $450 per unit per year is expected to "
                   "recover the estimated program cost of $186,000 a year. There is no impact on "
                   "the General Fund.", "ra"))

        # ---- 4.2 library contract
        s.append(item("4.2&nbsp;&nbsp;Public Works – Alder Springs Library Roof and HVAC "
                      "Replacement Project"))
        s.append(P("Three bids were opened on December 19, 2024. The bid of Tri-Valley "
                   "Mechanical, Inc. is the lowest and meets the specifications; Alternate 1 "
                   "adds a rooftop solar-ready conduit system."))
        data = [["Bidder", "Base bid", "Alternate 1", "Total"],
                ["Tri-Valley Mechanical, Inc.", "$1,021,400", "$65,500", "$1,086,900"],
                ["Summit Air Systems", "$1,048,000", "$71,200", "$1,119,200"],
                ["Hollister Brothers Roofing", "$1,102,750", "$58,900", "$1,161,650"]]
        s.append(KeepTogether([grid(data, [6.2 * cm, 3.2 * cm, 3.0 * cm, 3.2 * cm], st),
                               Spacer(1, 0.25 * cm)]))
        s += recommended([
            ("1.", "Award a construction contract for the Alder Springs Library Roof and HVAC "
                   "Replacement Project, including Alternate 1, to Tri-Valley Mechanical, Inc. "
                   "in the amount of $1,086,900;"),
            ("2.", "Authorize the Director of Public Works to approve change orders up to "
                   "$108,690, or 10 percent of the contract amount; and"),
            ("3.", "Approve a budget transfer of $1,250,000 from the Capital Projects Reserve to "
                   "the Library Capital Projects budget unit for FY 2024-25 (4/5 vote "
                   "required)."),
        ])
        s.append(P("<b>FISCAL IMPACT:</b> The total project cost is $1,250,000: the contract "
                   "($1,086,900), change order contingency ($108,690) and construction "
                   "management and testing ($54,410). The FY 2024-25 Adopted Budget does not "
                   "include this project; the transfer would leave $2,162,000 in the Capital "
                   "Projects Reserve.", "ra"))

        # ---- 4.3 public hearing
        s.append(item("4.3&nbsp;&nbsp;Health and Human Services – Public Hearing: Community "
                      "Development Block Grant Application"))
        s.append(P("The County intends to apply to the California Department of Housing and "
                   "Community Development for funds to rehabilitate owner-occupied homes in "
                   "Alder Springs and Pine Hollow. A public hearing must be held before the "
                   "application is submitted."))
        s += recommended([
            ("1.", "Conduct a public hearing to receive comments on the draft application for "
                   "Community Development Block Grant funds of up to $3,000,000; and"),
            ("2.", "Adopt Resolution No. 2025-09 authorizing submission of the application and "
                   "authorizing the County Administrative Officer to execute the grant agreement "
                   "and any amendments to it."),
        ])
        s.append(P("<b>FISCAL IMPACT:</b> None to the General Fund. Administration costs of up "
                   "to $150,000 would be reimbursed from the grant.", "ra"))

        # ---- 4.4 assignments
        s.append(item("4.4&nbsp;&nbsp;Board of Supervisors – 2025 Board Assignments"))
        s += recommended([], single="Approve the assignments of Supervisors to boards, "
                         "committees and commissions for calendar year 2025 set out in "
                         "Attachment A.")
        s.append(P("It is recommended that Supervisor Oduya continue as the County's member of "
                   "the Local Agency Formation Commission, where her term runs to May 2026.",
                   "ra"))

        s.append(H("5.&nbsp;&nbsp;CLOSED SESSION"))
        s.append(P("5.1&nbsp;&nbsp;Conference with Legal Counsel – Existing Litigation "
                   "(Government Code Section 54956.9(d)(1)): <i>Harlan Ranch LLC v. County of "
                   "Alder Creek</i>, Case No. CV-23-0418."))
        s.append(P("5.2&nbsp;&nbsp;Public Employee Performance Evaluation (Government Code "
                   "Section 54957): County Administrative Officer."))
        s.append(H("6.&nbsp;&nbsp;ADJOURNMENT"))
        s.append(P("The next regular meeting of the Board of Supervisors will be held on "
                   "Tuesday, January 28, 2025 at 9:00 a.m."))
        s.append(Spacer(1, 0.3 * cm))
        s.append(P("Agenda posted January 9, 2025 by Dana Whitford, Clerk of the Board.", "note"))
        return s

    return Paper5(
        "generated-us-county-board-of-supervisors-agenda-2025-01-14.pdf", LETTER,
        dict(title="Board of Supervisors Regular Meeting Agenda", author=org,
             subject="Board of Supervisors, January 14, 2025"),
        ("Alder Creek County Board of Supervisors", "Agenda – January 14, 2025"),
        lambda p, n: ("Regular Meeting – 01/14/2025", "", f"Page {p} of {n}"),
        templates, story)


PAPERS = [nz_district_council_minutes, nhs_council_of_governors_minutes,
          us_county_supervisors_agenda]


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
