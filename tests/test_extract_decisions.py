"""Decisions asked of a meeting and taken by it, per wording family, with traps."""
from __future__ import annotations

from boardpapers.extractors import decisions

from helpers import run


def found(text):
    return [(d.verb, d.text, d.status) for d in run(decisions, text)]


def test_asked_to_with_bullets():
    text = "Action Required:\nThe Board is asked to:\n• Endorse the direction of travel\n• Note the proposed next steps\n\n1. Introduction\n"
    assert found(text) == [("endorse", "the direction of travel", "proposed"),
                           ("note", "the proposed next steps", "proposed")]


def test_asked_to_without_markers_and_wrapped_items():
    text = ("The Committee is invited to\n\nApprove the revised capital programme for 2024/25 of\n£48.6m;\n"
            "Note the risks to delivery\n\nBackground\n")
    assert found(text) == [("approve", "the revised capital programme for 2024/25 of £48.6m", "proposed"),
                           ("note", "the risks to delivery", "proposed")]


def test_asked_to_inline_with_several_actions():
    text = "Cabinet is recommended to agree the fees; and approve the contract award and note the risks."
    assert found(text) == [("agree", "the fees", "proposed"), ("approve", "the contract award", "proposed"),
                           ("note", "the risks", "proposed")]


def test_quoted_recommendation_belongs_to_the_object():
    text = ('The Governing Body is asked to approve the following recommendation,\n"The CCG wishes to opt for joint\n'
            'commissioning for 2015/16."\n\nNext section')
    [(verb, obj, status)] = found(text)
    assert verb == "approve" and obj.startswith("the following recommendation") and "joint commissioning" in obj


def test_recommendation_items_that_name_the_meeting():
    text = "1. Recommendations\n1.1 That Cabinet approve the acceptance of a grant of £2.4m.\n1.2 That Cabinet note the changes.\n2. Reasons for decision\n2.1 The grant is conditional.\n"
    assert found(text) == [("approve", "the acceptance of a grant of £2.4m", "proposed"),
                           ("note", "the changes", "proposed")]


def test_resolved_in_minutes():
    text = ("MINUTES OF THE PARISH COUNCIL\nPresent: Cllrs A, B\n\n"
            "RESOLVED: That the minutes of the meeting held on 2 March 2017 be signed as a true record.\n\n"
            "RESOLVED: (1) That the quote from Bonnetts be accepted. (2) That the Clerk contact the insurer.\n\n"
            "The Committee NOTED the forecast position and ENDORSED the recovery actions.\n\n"
            "It was agreed to defer the Woodland Burials item.\n\n"
            "The minutes of the meeting held on 4 November were unanimously agreed as a correct record.\n")
    got = found(text)
    assert ("sign", "the minutes of the meeting held on 2 March 2017 be signed as a true record", "resolved") in got
    assert ("accept", "the quote from Bonnetts", "resolved") in got
    assert ("contact", "the insurer", "resolved") in got
    assert ("note", "the forecast position", "resolved") in got
    assert ("endorse", "the recovery actions", "resolved") in got
    assert ("defer", "the Woodland Burials item", "resolved") in got
    assert any(v == "agree" and t.startswith("The minutes of the meeting held on 4 November") for v, t, _ in got)


def test_motions_with_outcomes():
    text = ("Minutes of the regular meeting\nPresent: Mayor and Council\n\n"
            "R2023-234 S. Foote, S. Kirkey:\nTHAT we donate $100 to the Lions Club for the Christmas Basket program. Carried.\n\n"
            "R2023-246 T. Butler, S. Kirkey:\nTHAT By-Law Number 2023-47, being a By-Law to extend an agreement, be passed. Carried.\n\n"
            "Motion by Trustee Kim, seconded by Trustee Lee, to approve the agenda as presented. Motion carried 7-0.\n"
            "Trustee Brooks moved to defer the parking expansion; seconded by Trustee Nguyen. Motion failed 3-4.\n")
    got = found(text)
    assert ("donate", "$100 to the Lions Club for the Christmas Basket program", "resolved") in got
    assert ("pass", "By-Law Number 2023-47, being a By-Law to extend an agreement", "resolved") in got
    assert ("approve", "the agenda as presented", "resolved") in got
    assert not any(v == "defer" for v, _, _ in got)   # a lost motion decided nothing


def test_agenda_items_are_proposed():
    text = ("*** AGENDA ***\nTuesday, December 19, 2023\n1. Approval of the Minutes of the Regular Meeting - March 27, 2019.\n"
            "2. Resolution: Adopt the minutes of the meeting held December 5, 2023.\n"
            "B. RESOLUTION (2019-38) Authorize the Health Commissioner to enter into a contract.\n")
    got = found(text)
    assert ("approve", "the Minutes of the Regular Meeting - March 27, 2019", "proposed") in got
    assert ("adopt", "the minutes of the meeting held December 5, 2023", "proposed") in got
    assert ("authorize", "the Health Commissioner to enter into a contract", "proposed") in got


def test_traps_are_not_decisions():
    text = ("Background\nIn 2019 the Board approved the strategy, which will be reviewed. The report will be "
            "presented in March. Three bids were received. The Council's Better Care Fund is large.\n")
    assert found(text) == []


def test_summary_and_body_repeat_is_one_decision():
    text = ("The Board is asked to note the current position.\n\n1. Introduction\nText.\n\n"
            "5. Recommendation\nThe Board is asked to note the current position.\n")
    assert len(found(text)) == 1


def test_hearing_outcomes_take_the_request_or_the_notice():
    text = ("Voting Hearing Minutes\n\n1. Harbour Cafe LLC\n\nDoing business as: Harbour Cafe\n12 Pier St., Boston, MA 02110\n"
            "License #: LB-1001\nHolder of a Common Victualler License has petitioned to amend the closing hour of the\n"
            "licensed business - From: 11:00 PM To: 1:00 AM.\nAttorney: J. Doe\n\nGranted\n"
            "The Board also granted the issuance of a temporary license pending review\n____________\n\n"
            "2. Quay Bar Inc.\n\nLocation: 1 Quay St\nNotice: Persons under 21 in possession of alcohol in violation of M.G.L. ch. 138 s. 34.\n\n"
            "No Violation\n____________\n\n3. Dock Diner LLC\n\nHas applied for a Common Victualler License to be exercised on the above : "
            "one room with 20 seats.\nManager: A. Smith\n\nDeferred to May 4, 2023 voting hearing to review the floor plan\n")
    got = found(text)
    assert ("grant", "has petitioned to amend the closing hour of the licensed business - From: 11:00 PM To: 1:00 AM", "resolved") in got
    assert ("grant", "the issuance of a temporary license pending review", "resolved") in got
    assert ("find", "Persons under 21 in possession of alcohol in violation of M.G.L. ch. 138 s. 34", "resolved") in got
    assert ("defer", "Deferred to May 4, 2023 voting hearing to review the floor plan", "resolved") in got
    assert len(got) == 4


def test_like_hearing_items_are_not_merged_as_repeats():
    item = ("{n}. Suffolk University, {a} St., Boston, MA 02111 has applied for a Change of Manager From: A. Lee To: M. Lagor\n\n"
            "Granted\n____________\n\n")
    text = "Non-Hearing Transactions\n\n" + "".join(item.format(n=n, a=a) for n, a in ((1, "10 West"), (2, "150 Tremont"), (3, "1 Court")))
    got = found(text)
    assert got == [("grant", "has applied for a Change of Manager From: A. Lee To: M. Lagor", "resolved")] * 3


def test_draft_legislation_on_an_agenda():
    text = ("CITY COUNCIL AGENDA FOR OCTOBER 16, 2012\n\n"
            "5.\tOrd. to rezone property located East of 99th Street from LI-Limited Industrial District to R7 District. "
            "((PUBLIC HEARING TODAY))\n\n"
            "6.\tOrd. to approve a Development Agreement for Walnut Grove Plaza, to approve the Development Plan, and to provide "
            "for an effective date - see attached.\n\n"
            "8.\tRes. that the preliminary plat entitled BUCKY'S ADDITION, located northeast of 78th Street, is hereby accepted "
            "- see attached.\n\n"
            "39.\tOrd. extending the limits of the City of Omaha over certain land in Douglas County, Nebraska, and "
            "incorporating the same into the City.\n\n"
            "(a)\tPlanning Board and Planning Department recommend approval of the request for a Special Use\n"
            "Permit to allow General office in a GI District - see attached.\n")
    got = found(text)
    assert ("rezone", "property located East of 99th Street from LI-Limited Industrial District to R7 District", "proposed") in got
    assert ("approve", "a Development Agreement for Walnut Grove Plaza", "proposed") in got
    assert ("accept", "the preliminary plat entitled BUCKY'S ADDITION, located northeast of 78th Street", "proposed") in got
    assert ("extend", "the limits of the City of Omaha over certain land in Douglas County, Nebraska", "proposed") in got
    assert not any(v == "permit" for v, _, _ in got)   # a wrapped line inside item (a), not an agenda item


def test_verb_heading_over_lettered_items():
    text = ("AGENDA\n\nSCHEDULE C\nRatify Appointment(s):\nA. Layla Lahoud, Grant Coordinator, Grade C, $41,149 annually.\n"
            "Appointment(s):\nA. Sarah Szabo, Data Analyst, Grade E.\n\n1. Establish Budgets\nA. Establish a budget for the Child "
            "Obesity grant in the amount of $10,000.00.\n")
    got = found(text)
    assert ("ratify", "Layla Lahoud, Grant Coordinator, Grade C, $41,149 annually", "proposed") in got
    assert ("establish", "a budget for the Child Obesity grant in the amount of $10,000.00", "proposed") in got
    assert not any(t in ("Budgets", "Sarah Szabo, Data Analyst, Grade E") for _, t, _ in got)


def test_lettered_parts_of_a_resolution_and_content_lists():
    text = ("Minutes of the Committee\nPresent: Councillors A, B\n\n2.3 Single Source Paint\n\nMoved by P. Cuddy\n\nSeconded by H. McAlister\n\n"
            "That, on the recommendation of the Deputy City Manager, Environment and Infrastructure, the following actions be "
            "taken with respect to the staff report:\n\n"
            "a)    a grant of $1,485,000 to the Mental Health Association for 33 housing units at 248 Hill Street BE AUTHORIZED AND APPROVED;\n\n"
            "b)    a grant of $3,690,000 to the Mental Health Association for 82 housing units at 644 Huron Street BE AUTHORIZED AND APPROVED;\n\n"
            "c)    the proposed by-law, as appended to the above-noted memo, BE INTRODUCED at Municipal Council on June 3, 2025 to:\n\n"
            "i)    authorize and approve the template Contribution Agreement;\n\n"
            "ii)   authorize the Mayor and the City Clerk to execute Contribution Agreements;\n\n"
            "d)    the financing for the grants BE APPROVED as set out in the Sources of Financing Report;\n\n"
            "Motion Passed (5 to 0)\n\n"
            "That the communication from Councillor S. Stevenson, dated May 12, 2025, BE RECEIVED.\n\nMotion Passed\n")
    got = found(text)
    grants = [t for v, t, _ in got if v == "approve" and t.startswith("a grant")]
    assert len(grants) == 2                                        # alike, but two decisions
    assert ("introduce", "the proposed by-law, as appended to the above-noted memo", "resolved") in got
    assert any(v == "approve" and t.startswith("the financing for the grants") for v, t, _ in got)
    assert ("receive", "the communication from Councillor S. Stevenson, dated May 12, 2025", "resolved") in got
    assert not any(t.startswith("the template Contribution Agreement") for _, t, _ in got)   # the by-law's content
    assert not any(v == "take" for v, _, _ in got)


def test_mover_notes_and_spelt_out_numbers_are_not_clauses():
    text = ("Minutes of the Parish Council\nPresent: Cllrs A, B\n\n"
            "RESOLVED: That 85 badges costing £325 plus VAT be purchased split with the County Council. (Cllr Donna Stocking "
            "proposed, Cllr Andy Hayward seconded, five were in favour and two abstained).\n\n"
            "RESOLVED: That the proposal for four (4) optional renewal years be accepted.\n")
    got = found(text)
    # a passive act reads with its verb phrase, to the first break; the mover's note is not part of it
    assert ("purchase", "85 badges costing £325 plus VAT be purchased split with the County Council", "resolved") in got
    assert ("accept", "the proposal for four (4) optional renewal years", "resolved") in got
    assert len(got) == 2


def test_us_motions_made_and_seconded_in_a_sentence():
    text = ("Town of North Star\nMonthly Meeting\nIn attendance: Supervisors A, B, C\n\n"
            "Gary Mantay made a motion to accept the minutes, Dick Dillon seconds, voice vote, Dick Dillon aye, Gary Mantay aye. "
            "November 2020 minutes are approved.\n\n"
            "Motion by Ms. Reyes, seconded by Mr. Tran, to award Bid No. 24-07 to Pacific Crest Roofing, Inc. in the amount of "
            "$1,380,500. Motion carried 5-2.\n")
    got = found(text)
    assert ("accept", "the minutes", "resolved") in got
    assert ("award", "Bid No. 24-07 to Pacific Crest Roofing, Inc. in the amount of $1,380,500", "resolved") in got


def test_passives_under_a_heading_and_amendments_by_their_content():
    text = ("MINUTES OF ANNUAL GENERAL MEETING\nPresent: members\n\n2.Minutes of the 2024 AGM\n"
            "These were presented by the outgoing chair and approved.\n\n"
            "7. Call for nominations\nThe following officers were declared elected without contest.\n\n"
            "Amendment No. 4: Amendment submitted by Cllr. Liam Galvin to support the Extension of\n"
            "the development boundary in Templeglantine\n\n"
            "The Amendment outlined was proposed by Councillor Galvin, seconded by Councillor Scanlon\nand agreed.\n")
    got = found(text)
    assert ("approve", "Minutes of the 2024 AGM", "resolved") in got
    assert ("elect", "The following officers", "resolved") in got
    assert ("agree", "the Extension of the development boundary in Templeglantine", "resolved") in got


def test_traps_that_are_not_decisions():
    text = ("Minutes of the Committee\nPresent: Councillors A, B\n\n"
            "On being put to the vote the recommendation was carried by 8 votes to 3.\n"
            "RESOLVED: that the Better Care Fund plan for 2020/21 be approved.\n"
            "At 3.40 pm Councillors Peter Walsh and Lucy Chambers left the meeting.\n\n"
            "The Meetings Administrator confirmed the proposal was carried.\n\n"
            "I, Will Hobert, as the Chair of the Authority, hereby make the following determination:\n"
            "THAT the Governor issued a Disaster Proclamation on November 13, 2020.\nSigned:\n/s/ Will Hobert\n\n"
            "Table 1: Programme budget (£'000)\n")
    got = found(text)
    assert got == [("approve", "the Better Care Fund plan for 2020/21", "resolved")]


def test_that_council_colon_hands_over_to_numbered_parts():
    text = ("MINUTES OF THE ORDINARY MEETING\nPresent: Crs A, B\n\nCOUNCIL RESOLUTION 2025/031\n"
            "Moved: Cr A. Smith Seconded: Cr B. Jones\nThat Council:\n1. Adopts the Footpath Renewal Program 2025/26 as amended;\n"
            "2. Notes the estimated cost of $450,000 (ex GST); and\n3. Authorises the Chief Executive Officer to award the contract.\n"
            "CARRIED 6/1\n")
    assert found(text) == [("adopt", "the Footpath Renewal Program 2025/26 as amended", "resolved"),
                           ("note", "the estimated cost of $450,000 (ex GST)", "resolved"),
                           ("authorise", "the Chief Executive Officer to award the contract", "resolved")]


def test_board_paper_wordings_of_what_is_asked_and_decided():
    assert found("The Board is asked to receive and note the report.") == [
        ("receive", "the report", "proposed"), ("note", "the report", "proposed")]
    assert found("Members are recommended to endorse the strategy and to agree the next steps.") == [
        ("endorse", "the strategy", "proposed"), ("agree", "the next steps", "proposed")]
    assert found("It is recommended that the Board approves the Quality Account for publication.") == [
        ("approve", "the Quality Account for publication", "proposed")]
    assert found("It is recommended that practices complete the survey.") == []      # not the meeting's act
    assert found("Decision: The Board NOTED the Month 2 position and SUPPORTED the recovery actions.\n"
                 "Members asked whether the standstill period had been observed.") == [
        ("note", "the Month 2 position", "resolved"), ("support", "the recovery actions", "resolved")]
    assert found("Resolved: The Board ratified the decision taken by Chair's action on 3 May 2024.") == [
        ("ratify", "the decision taken by Chair's action on 3 May 2024", "resolved")]


def test_received_and_noted_and_formalities():
    text = ("Minutes of the Board\nPresent: A, B\n\nICB/25/061 Welcome and apologies\nApologies were noted as above. The\n"
            "meeting was confirmed as quorate.\nICB/25/065 Chief Executive's report\nThe Board RECEIVED and NOTED the Chief\n"
            "Executive's report.\n")
    assert found(text) == [("receive", "the Chief Executive's report", "resolved"),
                           ("note", "the Chief Executive's report", "resolved")]


def test_asked_lists_end_at_a_new_kind_of_marker_or_a_table_row():
    text = ("Report to\tHousing Committee\nAgenda item\t9\n\n2. RECOMMENDATIONS\n2.1 Members are invited to:\n"
            "(a) consider the findings of the needs assessment;\n(b) agree a programme to acquire up to 40 homes; and\n"
            "(c) authorise the Director of Housing, in consultation with the Chair of this\nCommittee, to approve purchases.\n"
            "2.2 Committee is recommended to approve a capital budget of £9.3m.\n3. Reasons for recommendations\n"
            "3.1 Buying homes now allows the Council to use £3.2m of grant.\n")
    got = found(text)
    assert ("authorise", "the Director of Housing, in consultation with the Chair of this Committee, to approve purchases",
            "proposed") in got
    assert ("approve", "a capital budget of £9.3m", "proposed") in got
    assert not any(v == "buy" for v, _, _ in got)
    text = ("Action required:\tThe Board is asked to:\n• SUPPORT the submission of the business case to NHS England for the release of\n"
            "£9.8m of national capital.\nLink to strategic\tSO2 – Timely access to care\n")
    assert found(text) == [("support", "the submission of the business case to NHS England for the release of £9.8m of national "
                            "capital", "proposed")]


def test_moved_by_and_seconded_by_in_one_sentence():
    text = ("Minutes of the Regular Meeting\nPresent: Trustees\n\n"
            "It was moved by Ms. Costa, seconded by Ms. Creason, that the minutes of the October 11 regular meeting be approved. "
            "MOTION CARRIED 4-0-1\n\nIt was moved by Ms. Creason, seconded by Ms. Villescaz, to adopt Resolution No. A-418 "
            "proclaiming the week of November 7-11 as School Psychology Awareness Week. MOTION CARRIED 4-0-1\n\n"
            "Ms. Costa reported that the board voted 4-0 to accept a hearing panel's recommendation of one expulsion.\n\n"
            "Motion:  Director Lubow made the motion to approve the Board Meeting minutes of January 30, 2018.\n\n"
            "The Motion:  The motion passed with 13 in favor.\n")
    got = found(text)
    assert ("approve", "the minutes of the October 11 regular meeting", "resolved") in got
    assert ("adopt", "Resolution No. A-418 proclaiming the week of November 7-11 as School Psychology Awareness Week",
            "resolved") in got
    assert ("accept", "a hearing panel's recommendation of one expulsion", "resolved") in got
    assert ("approve", "the Board Meeting minutes of January 30, 2018", "resolved") in got


def test_board_colon_lists_and_adopted_committee_recommendations():
    text = ("Minutes of the public meeting\nPresent: members\n\nThe Board:\na) CONFIRMED the minutes of the public meeting held on "
            "30 January 2025;\nb) NOTED the position on the action log and AGREED that completed actions be removed from the log.\n"
            "UHB 25/044 REPORT OF THE CHAIR\nThe Chair reported on her visits.\n\n"
            "Recommendation(s):\n1. THAT the Board approve the use of $185,000 from the accumulated surplus.\n"
            "2. THAT the Annual Report of the Special Education Advisory Committee be received.\n\n"
            "Moved by Trustee Okafor, seconded by Trustee Kowalczyk:\nTHAT recommendations 1 to 2 of the Committee of the Whole "
            "report be adopted.\nCARRIED\n\nDO PASS, SB #15, 1002\n")
    got = found(text)
    assert ("confirm", "the minutes of the public meeting held on 30 January 2025", "resolved") in got
    assert ("note", "the position on the action log", "resolved") in got
    assert ("agree", "completed actions be removed from the log", "resolved") in got
    assert ("approve", "the use of $185,000 from the accumulated surplus", "resolved") in got
    assert ("receive", "the Annual Report of the Special Education Advisory Committee", "resolved") in got
    assert ("pass", "SB #15, 1002", "resolved") in got
    assert not any(t.startswith("The Chair") for _, t, _ in got)


def test_the_following_were_adopted_lists_its_items():
    text = ("Minutes of the 3rd meeting\nAttendees present\n\nThe following proposals were voted on and adopted:\n\n"
            "• SCP-007: Collaborative redesign of the collections library\n• SCP-008: Maintain the websites\n\nDate and Location\n")
    assert found(text) == [("adopt", "SCP-007: Collaborative redesign of the collections library", "resolved"),
                           ("adopt", "SCP-008: Maintain the websites", "resolved")]


def test_labelled_motion_records():
    text = ("Steering Committee Meeting Minutes\nAttendance\n\nMotion #2016-05-09/1\n\nPresenter: Jonah Duckles.\n\n"
            "Text: Approve partnership with UCSD (Silver).\n\nResolution: Passed.\n\n\nMotion #2016-05-09/4\n\n"
            "Text: Update the Code of Conduct to match Data Carpentry's Code of Conduct.\n\nResolution: Passed.\n\n"
            "Motion #2016-05-09/5\n\nText: Authorize the ED to sign partnerships.\n\nResolution: Rejected.\n")
    got = found(text)
    assert ("approve", "partnership with UCSD (Silver)", "resolved") in got
    assert ("update", "the Code of Conduct to match Data Carpentry's Code of Conduct", "resolved") in got
    assert not any(v == "authorize" for v, _, _ in got)


def test_council_of_governors_and_nz_council_wordings():
    text = ("Minutes of the Council of Governors Meeting\nPresent: governors\n\n"
            "The minutes of the meeting held on 12 September 2024 were APPROVED as a true record.\n"
            "Governors NOTED the Chair's report.\nMembers noted the housing crisis and the cost of living.\n\n"
            "Moved Cr Sinclair / Seconded Cr Paewai\nThat the minutes of the Ordinary Council meeting be taken as read and\n"
            "confirmed as an accurate record.\nCARRIED\n\nMoved Cr Harker / Seconded Cr Tane\nThat the Council receives the "
            "Financial Report and approves the carry-forward of $6.1 million.\nCARRIED\n\nThat the Council:\n"
            "a) Adopts the recommendation of the Hearings Panel;\nb) Requests the Minister to revoke the reserve status of Lot 12;\n"
            "CARRIED\n")
    got = found(text)
    assert ("approve", "The minutes of the meeting held on 12 September 2024", "resolved") in got
    assert ("note", "the Chair's report", "resolved") in got
    assert not any(t.startswith("the housing crisis") for _, t, _ in got)
    assert any(v == "confirm" and t.startswith("the minutes of the Ordinary Council meeting") for v, t, _ in got)
    assert ("receive", "the Financial Report", "resolved") in got
    assert ("approve", "the carry-forward of $6.1 million", "resolved") in got
    assert ("request", "the Minister to revoke the reserve status of Lot 12", "resolved") in got


def test_list_items_that_carry_their_outcome():
    text = ("Annual Meeting minutes\nPresent: members\n\nReimbursements\n\n"
            "• Approve reimbursement of $95.14 to Enrique for purchase of a step ladder. (replaced ladder) - This was\n"
            "    Approved.\n• Approve $2,000 for recommissioning the OpticalTableRobot. -\n    This was Tabled.\n")
    assert found(text) == [("approve", "reimbursement of $95.14 to Enrique for purchase of a step ladder", "resolved"),
                           ("approve", "$2,000 for recommissioning the OpticalTableRobot", "proposed")]


def test_recommended_action_items_and_decimal_agenda_numbers():
    text = ("REGULAR MEETING AGENDA\n\n2. PRESENTATIONS\n2.1 Adopt a proclamation declaring January 2025 as Prevention Month.\n"
            "4.2 Public Works\nRECOMMENDED ACTION:\n1. Award a construction contract for the Library Roof Project in the amount "
            "of $1,086,900;\n2. Find that the project is exempt from the Environmental Quality Act.\n")
    got = found(text)
    assert ("adopt", "a proclamation declaring January 2025 as Prevention Month", "proposed") in got
    assert ("award", "a construction contract for the Library Roof Project in the amount of $1,086,900", "proposed") in got
    assert ("find", "the project is exempt from the Environmental Quality Act", "proposed") in got


def test_table_of_motions_gives_the_carried_motions_as_decisions():
    text = ("Minutes of the Annual General Meeting\n\nMotion Text\tMoved by\tSeconded by\tStatus\n\n"
            "Adopt the revised constitution\tPriya\tSam\tPassed unanimously\n"
            "To raise the annual fee to $40\tSam\tLee\tCarried by show of hands, 2 against.\n"
            "Appoint an auditor\tNo-one\tNo-one\tLapsed. No one called for the motion.\n"
            "Close the bar early\tLee\tAmy\tDefeated\n")
    assert found(text) == [("adopt", "the revised constitution", "resolved"),
                           ("raise", "the annual fee to $40", "resolved")]


def test_agreed_that_with_the_act_in_the_passive():
    text = ("Minutes of the meeting\n\nIn the absence of Cllr. Byrne, it was agreed that his motion on speed ramps at "
            "Main Street be deferred to the November meeting.\n"
            "Members agreed that the budget meeting be held on Monday, 17th November 2025.\n"
            "It was agreed following discussion that the fees review would be placed on the May agenda.\n")
    assert found(text) == [("defer", "his motion on speed ramps at Main Street be deferred to the November meeting", "resolved"),
                           ("agree", "the budget meeting be held on Monday, 17th November 2025", "resolved"),
                           ("agree", "following discussion that the fees review would be placed on the May agenda",
                            "resolved")]


def test_a_carried_motion_is_a_vote_not_a_second_decision_and_quotes_after_the_clause():
    text = ("Minutes\n\nMoved by Jane that the minutes be adopted as posted on the website. Seconded by Lee. "
            "The motion was carried.\n\nTrustee Amos, seconded by Trustee Bell, moved to approve\nthe culvert and "
            "road projects. The motion passed with Trustee Amos voting “Aye,” and Trustee Bell voting “Aye.”\n")
    assert found(text) == [("adopt", "the minutes be adopted as posted on the website", "resolved"),
                           ("approve", "the culvert and road projects", "resolved")]


def test_motions_as_movers_and_clerks_write_them():
    nz = ("Minutes\n\nIan read the minutes. Peter moved the minutes be accepted as a true record. Rod seconded.\n"
          "Peter moved that the Treasurer's report be received. Ian seconded. Unanimously accepted.\n")
    assert found(nz) == [("accept", "the minutes be accepted as a true record", "resolved"), ("receive", "the Treasurer's report", "resolved")]
    us = ("Minutes\n\nMOTION: Director Lund moved, and Director Ruiz seconded, approval of the Consent Calendar. "
          "The motion carried unanimously (9-0).\nDirector Lund moved adoption of Resolution No. 2025-43. Carried.\n")
    assert found(us) == [("approve", "the Consent Calendar", "resolved"), ("adopt", "Resolution No. 2025-43", "resolved")]
    lake = "Minutes\n\n• Water testing: $1,010.48.\nMove to accept the Treasurer's report: A. Giroux Seconded by: R. Boucher\n"
    assert found(lake) == [("accept", "the Treasurer's report", "resolved")]
    fell = ("Minutes\n\nMs Achebe moved, and Dr Avery seconded, that the decision be deferred until May. "
            "On a show of hands the motion was lost.\n")
    assert found(fell) == []


def test_what_a_body_agreed_read_as_the_acts_it_names():
    scot = ("Minutes\n\nDecision\nThe Council agreed:-\n(a) to note the projected overspend of £1.84 million;\n"
            "(b) to approve the virements of £412,000 set out in Appendix 2; and\n(c) to instruct the Chief Executive "
            "to submit a recovery plan.\n6. HARBOUR\nThe Council agreed to defer consideration of the report to its "
            "December meeting.\nThe Committee agreed to hold a workshop in the spring.\n")
    assert found(scot) == [("note", "the projected overspend of £1.84 million", "resolved"),
                           ("approve", "the virements of £412,000 set out in Appendix 2", "resolved"),
                           ("instruct", "the Chief Executive to submit a recovery plan", "resolved"),
                           ("defer", "consideration of the report to its December meeting", "resolved"),
                           ("agree", "to hold a workshop in the spring", "resolved")]
    town = ("Minutes\n\nCllr Okoye proposed, and Cllr Bell seconded, that the quotation from Rampworks Ltd be accepted. "
            "RESOLVED unanimously.\n")
    assert found(town)[0][:2] == ("accept", "the quotation from Rampworks Ltd")


def test_on_the_proposal_of_a_councillor_seconded_by_another():
    text = ("Minutes\n\nOn the proposal of Cllr. Furlong, seconded by Cllr. Tierney, the minutes of the October meeting "
            "were confirmed.\n\nOn the proposal of Cllr. Nolan, seconded by Cllr. Furlong, the Members approved the "
            "disposal of the land at Knockaun.\n\nOn the proposal of Cllr. Ryan, seconded by Cllr. Walsh, it was agreed "
            "to defer the roads programme to December.\n")
    assert found(text) == [("confirm", "the minutes of the October meeting", "resolved"),
                           ("approve", "the disposal of the land at Knockaun", "resolved"),
                           ("defer", "the roads programme to December", "resolved")]


def test_when_a_deferral_is_to_is_not_its_object():
    got = found("MINUTES\n\nRESOLVED that consideration of the review of car parking charges be deferred to the\n"
                "meeting of the Authority on 25 March 2026.\n")
    assert [(v, t) for v, t, *_ in got] == [
        ("defer", "consideration of the review of car parking charges be deferred to the meeting of the Authority on 25 March 2026")]
    # where a passive sends something somewhere, the destination is part of what was decided
    got = found("MINUTES\n\nRESOLVED that the application be forwarded to the Minister for decision.\n")
    assert [(v, t) for v, t, *_ in got] == [("forward", "the application be forwarded to the Minister for decision")]


def test_an_act_agreed_in_capitals_and_two_acts_of_one_resolution():
    got = found("MINUTES\n\n10.2 The Board AGREED to DEFER consideration of the revised Scheme of Delegation until its\n"
                "meeting on 26 March 2026.\n")
    assert [v for v, *_ in got] == ["defer"]
    got = found("MINUTES\n\nRESOLVED to approve the revised Delivery Agreement for submission to the Welsh\nGovernment, "
                "and to delegate to the Director of Planning authority to make minor editorial\namendments before submission.\n")
    assert [(v, t) for v, t, *_ in got] == [
        ("approve", "the revised Delivery Agreement for submission to the Welsh Government"),
        ("delegate", "to the Director of Planning authority to make minor editorial amendments before submission")]
    # "to" before a noun is no second act
    got = found("MINUTES\n\nRESOLVED to award the grant of £500 to the Scout Group, and to the Guides the sum of £250.\n")
    assert [v for v, *_ in got] == ["award"]
    got = found("MINUTES\n\nRESOLVED that the press and public be excluded from the meeting for the following item.\n")
    assert [v for v, *_ in got] == ["exclude"]


def test_elections_recorded_as_what_happened_to_a_person():
    got = found("MINUTES\n\n3. Election of Committee\n\n• President:\n\t• Benjamin Arntzen is elected as 2018 President\n"
                "  • Nick Bannon: elected on a show of hands as 2018 Vice President\n"
                "  • Margaret Wood, Dean Bergin, James Henstridge are elected unopposed as Committee Members\n")
    assert [(v, t) for v, t, *_ in got] == [
        ("elect", "Benjamin Arntzen is elected as 2018 President"),
        ("elect", "Nick Bannon: elected on a show of hands as 2018 Vice President"),
        ("elect", "Margaret Wood, Dean Bergin, James Henstridge are elected unopposed as Committee Members")]
    got = found("MINUTES\n\nChair\n\n • Souradip Mookerjee stands (proposed: Tejas, seconded: Malcolm)\n • Elected unanimously (11)\n")
    assert [(v, t) for v, t, *_ in got] == [("elect", "Souradip Mookerjee")]
    # an election spoken of, not held, is none
    assert found("MINUTES\n\nThe Mayor said that if the Council was elected in May it would act on housing.\n") == []


def test_a_decision_line_over_what_was_decided():
    got = found("MINUTES\n\n9. PERFORMANCE REPORT\nThere was submitted the performance report.\nDecision\nTo note the performance "
                "report, and to request that a development session on delayed discharge be\narranged before the meeting on 27 May 2026.\n")
    assert [v for v, *_ in got] == ["note", "request"]


def test_and_further_that_and_an_agreement_followed_by_a_second_verb():
    got = found("MINUTES\n\n2025-0402 Moved by Councillor Friesen, Seconded by Councillor Hiebert\nBE IT RESOLVED THAT Council "
                "purchase a pumper truck for $412,000.00;\nAND FURTHER THAT the by-law be submitted to The Municipal Board for "
                "approval.\nCARRIED\n")
    assert [(v, t) for v, t, *_ in got] == [("purchase", "a pumper truck for $412,000.00"),
                                            ("submit", "the by-law be submitted to The Municipal Board for approval")]
    got = found("MINUTES\n\nBD/26/003 Action log\nThe Board AGREED to close actions BD/25/097 and BD/25/112, and NOTED the "
                "revised date for action BD/25/121.\n")
    assert [(v, t) for v, t, *_ in got] == [("close", "actions BD/25/097 and BD/25/112"),
                                            ("note", "the revised date for action BD/25/121")]


def test_a_motion_moved_and_seconded_that_council():
    got = found("MINUTES\n\nDECISION 06/2026\nCr Kettle moved and Cr Holloway seconded that Council:\n1. award Tender T2025-14 "
                "to Northern Bitumen Services Pty Ltd for the tendered sum of $1,146,820.50; and\n2. authorise the General "
                "Manager to execute the contract documents.\n\nThe motion was put and carried.\n")
    assert [v for v, *_ in got] == ["award", "authorise"]
    # the same form, lost, is no decision
    assert found("MINUTES\n\nCr Holloway moved and Cr Ruddock seconded that Council write to the Minister about the "
                 "speed limit.\n\nThe motion was put and lost.\n") == []


def test_moved_seconded_by_to_act_and_a_second_act():
    got = found("MINUTES OF THE REGULAR MEETING\n\nCommissioner Albright moved, seconded by Commissioner Caruso, to award the "
                "2026 Maintenance\nDredging contract to Salish Dredge & Dock, Inc., in the amount of $3,968,400.00, and to "
                "authorize the Executive Director to approve change orders.\nMotion passed 5-0.\n")
    assert [(v, s) for v, _, s in got] == [("award", "resolved"), ("authorize", "resolved")]
    assert found("MINUTES\n\nCommissioner Voss moved, seconded by Commissioner Reyes, to postpone the item. Motion failed 2-3.\n") == []


def test_resolved_after_a_preamble_and_items_in_the_third_person():
    from boardpapers.extractors import decisions
    from helpers import run
    # Welsh Cabinet: "RESOLVED that for the reasons contained in the Officer's report:" over passive items
    welsh = ("MINUTES of the Cabinet\n116. BUDGET MONITORING\nThis was agreed unanimously.\n"
             "RESOLVED that for the reasons contained in the Officer's report:\n"
             "(i) the projected net revenue overspend of £3.412m for 2025/26 be noted;\n"
             "(ii) the transfer of £1.2m from the Placement Reserve be approved;\n"
             "(iii) the continuation of the corporate spending controls be\nendorsed.\n117. DRAFT BUDGET PROPOSALS\n")
    got = [(d.verb, d.text) for d in run(decisions, welsh)]
    assert ("note", "the projected net revenue overspend of £3.412m for 2025/26") in got
    assert ("approve", "the transfer of £1.2m from the Placement Reserve") in got
    assert ("endorse", "the continuation of the corporate spending controls") in got
    # English scrutiny report: "That the Committee:" over numbered items in the third person
    report = ("2. Recommendations\nThat the Place Overview and Scrutiny Committee:\n"
              "2.1 considers the options appraisal set out in Section 6;\n"
              "2.2 notes the findings of the public engagement; and\n2.3 agrees to establish a task and finish group.\n"
              "3. Reasons for the recommendations\n3.1 Option C scored highest.\n")
    got = [(d.verb, d.text, d.status) for d in run(decisions, report)]
    assert ("consider", "the options appraisal set out in Section 6", "proposed") in got
    assert ("note", "the findings of the public engagement", "proposed") in got
    # but a lowercase line under the heading that is no item is not a decision
    assert not [d for d in run(decisions, "2. Recommendations\nmembers asked about the timetable.\n") if d.verb == "member"]


def test_a_motion_moved_without_a_seconder_and_one_that_fell_after_its_recorded_vote():
    # Alberta: no seconder; Western Australia: "Cr X moved that Council ..."; the fallen motion decided nothing
    got = found("MINUTES\n\n26-038 Councillor Tkachuk moved that Council adopt the agenda for the February 9, 2026 "
                "Regular Meeting of Council as amended.\n\nCARRIED UNANIMOUSLY\n\n26-046 Councillor Okafor moved that "
                "Council amend the Council Remuneration Policy to increase the per diem.\n\nA recorded vote was requested.\n\n"
                "| In favour | Opposed |\n|---|---|\n| Councillors Okafor and Hiebert | Mayor Vandermeer and Councillor Sidhu |\n\n"
                "**DEFEATED 2–5**\n")
    assert [(v, t, s) for v, t, s in got if v != "amend"] == [
        ("adopt", "the agenda for the February 9, 2026 Regular Meeting of Council as amended", "resolved")]
    assert all(s == "proposed" for v, t, s in got if v == "amend")
    got = found("MINUTES\n\nCr Pickett moved that the Shire write to the Minister for Transport requesting a speed review.\n"
                "CARRIED 7/0\n")
    assert [(v, t) for v, t, _ in got] == [("write", "to the Minister for Transport requesting a speed review")]


def test_going_into_and_out_of_a_closed_part_of_the_meeting():
    # Alberta, Nova Scotia, Northern Ireland, a US board, and a closed session that is only an adjective
    assert [(v, t) for v, t, _ in found("MINUTES\n\n26-055 Councillor Gagnon moved that Council go into closed session "
                                        "at 7:52 p.m. to discuss item 12.1, Land Matter.\n\nCARRIED\n")] == [
        ("go", "into closed session at 7:52 p.m. to discuss item 12.1, Land Matter")]
    got = found("MINUTES\n\n2026-014 Moved by Councillor Dunn, seconded by Councillor Shaw\nTHAT Council move in camera "
                "at 7:58 p.m. under Section 22(2)(c) of the Municipal Government Act.\nMOTION CARRIED\n")
    assert [v for v, *_ in got] == ["move"]
    got = found("MINUTES\n\nProposed by Councillor Quinn\nSeconded by Alderman Boyd and\n\nRESOLVED – that the Committee "
                "proceed 'In Committee' to consider the following item.\n")
    assert [(v, t) for v, t, _ in got] == [("proceed", "'In Committee' to consider the following item")]
    got = found("MINUTES\n\nRESOLVED that the closed session minutes of 12 January 2026 be approved.\n")
    assert [(v, t) for v, t, _ in got] == [("approve", "the closed session minutes of 12 January 2026")]


def test_direct_and_authorize_take_who_and_what_they_are_to_do():
    got = found("MINUTES\n\n26-050 Councillor Hiebert moved that Council direct Administration to prepare options for "
                "the allocation of the 2025 operating surplus.\n\nCARRIED\n")
    assert [(v, t) for v, t, _ in got] == [("direct", "Administration to prepare options for the allocation of the 2025 operating surplus")]
    # "direct" as an adjective is no act
    got = found("MINUTES\n\nRESOLVED that the direct costs of the scheme be noted.\n")
    assert [v for v, *_ in got] == ["note"]


def test_an_imperative_motion_with_a_second_act():
    got = found("MINUTES\n\nMoved: Cr Hargreaves Seconded: Cr Mulcahy\nThat Council receive the petition and refer it to the "
                "Director Infrastructure Services for a report to the Ordinary Meeting in April 2026.\nCARRIED UNANIMOUSLY 8-0\n")
    assert [(v, t) for v, t, _ in got] == [("receive", "the petition"),
                                           ("refer", "it to the Director Infrastructure Services for a report to the Ordinary Meeting in April 2026")]
    # two verbs of one act are not two acts
    got = found("MINUTES\n\nRESOLVED to purchase and install a new boiler at the Village Hall at a cost of £4,200.\n")
    assert [v for v, *_ in got] == ["purchase"]


def test_a_count_in_brackets_is_no_numbered_part():
    got = found("MINUTES\n\nThat, under section 57 of the Act, Council refuse application PA2025/0318 for Multiple dwellings "
                "(10) at 41 Hallett Street, Pembrey, for the following reasons:\n(a) the bulk of units 6 to 10.\nCARRIED 5-3\n")
    assert [(v, t) for v, t, _ in got] == [
        ("refuse", "application PA2025/0318 for Multiple dwellings (10) at 41 Hallett Street, Pembrey, for the following reasons")]
    got = found("MINUTES\n\nRESOLVED: 1) That the revised Cemetery Regulations be placed on the website. 2) That the Cemetery "
                "Fees be placed on the agenda for the May meeting.\n")
    assert [v for v, *_ in got] == ["place", "place"]


def test_a_body_acts_in_a_list_of_capitals_and_the_narrative_goes_on():
    got = found("MINUTES\n\nThe Board NOTED the committee reports, APPROVED the revised Standing Financial Instructions, and "
                "RATIFIED the revised terms of reference of the People Committee.\n")
    assert [(v, t) for v, t, _ in got] == [("note", "the committee reports"),
                                           ("approve", "the revised Standing Financial Instructions"),
                                           ("ratify", "the revised terms of reference of the People Committee")]
    got = found("MINUTES\n\nThe Board NOTED the report and the assurance given by the Quality Committee, and asked for a "
                "focused report to the April meeting.\n")
    assert got[0][:2] == ("note", "the report and the assurance given by the Quality Committee")


def test_sentence_ends_the_reader_must_see():
    # a lettered appendix before a full stop ends the sentence; a PDF's blank line before lower case does not
    got = found("MINUTES\n\nThe Board APPROVED the losses and special payments for Quarter 3, set out in Appendix C. "
                "Ms Nandakumar will circulate the detail.\n\nThe Board APPROVED the revised ward\n\nestablishments "
                "from 1 April 2026.\n")
    assert [(v, t) for v, t, _ in got] == [("approve", "the losses and special payments for Quarter 3, set out in Appendix C"),
                                           ("approve", "the revised ward establishments from 1 April 2026")]


def test_a_resolution_with_its_tally_and_conditions_before_the_subject():
    got = found("MINUTES\n\nRESOLVED: (by 10 votes to 2, with 1 abstention) that, subject to the applicant first entering "
                "into a legal agreement under Section 106 of the Town and Country Planning Act 1990 to secure the matters set "
                "out in Annex 2 to the report, planning permission for application MW.0087/25 be granted.\n\n"
                "RESOLVED: (by 7 votes to 5) that planning permission for application MW.0112/25 be refused for the "
                "following reasons.\n")
    assert [(v, t) for v, t, _ in got] == [("grant", "planning permission for application MW.0087/25"),
                                           ("refuse", "planning permission for application MW.0112/25")]


def test_a_us_motion_with_two_acts_and_none_without_a_second_verb():
    got = found("MINUTES\n\nDirector Salas moved, seconded by Director Kim, to defer the request to the April 9 meeting "
                "and to refer the question of a fee waiver policy to the Policy Committee. Motion carried 5-0.\n\n"
                "Director Kim moved, seconded by Director Ortega, to receive and file the mid-year budget review and approve "
                "a budget adjustment of $275,000 from the rate stabilization reserve. Motion carried 4-1.\n\n"
                "Director Ortega moved, seconded by Director Salas, to purchase and install a new chlorinator at Well 4. "
                "Motion carried 5-0.\n")
    assert [(v, t) for v, t, _ in got] == [
        ("defer", "the request to the April 9 meeting"),
        ("refer", "the question of a fee waiver policy to the Policy Committee"),
        ("receive", "and file the mid-year budget review"),
        ("approve", "a budget adjustment of $275,000 from the rate stabilization reserve"),
        ("purchase", "and install a new chlorinator at Well 4")]


MINUTES_HEAD = ("MINUTES of the meeting of the County Council held on 19 February 2026\n\nPresent: Councillor A (Chair)\n\n"
                "5. BUDGET\n\n")


def test_a_resolved_label_alone_over_lettered_paragraphs_with_a_table_inside():
    # English county council budget: "RESOLVED -" on its own line, each part a paragraph, a schedule inside one
    county = (MINUTES_HEAD + "The substantive motion was CARRIED and it was\n\nRESOLVED -\n\n"
              "(a) That the revenue budget for 2026/27, as set out in Appendix A to the\n    report, be approved.\n\n"
              "(b) That the precepts on the billing authorities for 2026/27 be:\n\n"
              "        Billing authority                  Precept (£)\n        Calverstone City Council           104,696,047\n\n"
              "    payable in ten equal instalments from 15 April 2026.\n\n"
              "(c) That the Medium Term Financial Strategy 2026/27 to 2029/30 be\n    approved.\n\n"
              "6. PAY POLICY STATEMENT\n\nThe Council considered the statement.\n")
    got = found(county)
    assert ("approve", "the revenue budget for 2026/27, as set out in Appendix A to the report", "resolved") in got
    assert ("approve", "the Medium Term Financial Strategy 2026/27 to 2029/30", "resolved") in got
    # a label alone over one plain paragraph (an English fire authority)
    fire = (MINUTES_HEAD + "RESOLVED –\n\nThat the inspection report be received and the improvement action plan at "
            "Appendix B be endorsed.\n\n47/25 REPLACEMENT FIRE APPLIANCES\n")
    got = found(fire)
    assert ("receive", "the inspection report", "resolved") in got
    assert ("endorse", "the improvement action plan at Appendix B", "resolved") in got
    # a numbered paragraph after the resolution that is not indented narrative does not join it
    after = (MINUTES_HEAD + "RESOLVED -\n\n(a) That the report be noted.\n\nThe Chair thanked officers for the report.\n\n"
             "(b) The Clerk reported that the hall would close for repairs.\n")
    assert found(after) == [("note", "the report", "resolved")]


def test_a_participle_after_having_is_not_the_act():
    irish = (MINUTES_HEAD + "Proposed by Councillor Butler;\n\nSeconded by Councillor Galvin;\n\nAnd Resolved:\n\n"
             "“That the Elected Members, having considered the Chief Executives Report, propose the Draft Plan is amended "
             "as set out in the Chief Executives report”\n")
    assert [d[0] for d in found(irish)] == ["amend"]


def test_the_board_colon_then_a_blank_line_then_its_bullets():
    # English ICB board minutes (markdown): bullets after a blank line, each opening with what the Board did
    icb = (MINUTES_HEAD + "Dr Menon set out the options.\n\nThe Board:\n\n"
           "• APPROVED the extension of the contracts to 30 September 2027;\n"
           "• AGREED that a procurement under the Provider Selection Regime should begin in April 2026.\n\n9. Quality\n")
    got = found(icb)
    assert ("approve", "the extension of the contracts to 30 September 2027", "resolved") in got
    assert ("agree", "a procurement under the Provider Selection Regime should begin in April 2026", "resolved") in got


def test_a_scottish_inverted_passive_and_nothing_passed():
    scot = (MINUTES_HEAD + "3. MINUTE OF PREVIOUS MEETING\n\nThere was submitted and approved as a correct record the "
            "Minute of Meeting\nof the Partnership Board held on 5 December 2025.\n\n4. MATTERS\n\n"
            "There was submitted a report by the Treasurer.\n")
    assert found(scot) == [("approve", "the Minute of Meeting of the Partnership Board held on 5 December 2025", "resolved")]
    # a closed session's report-out that records nothing decided
    assert found(MINUTES_HEAD + "The Board returned to open session at 8.40 pm. No motions were passed.\n") == []
    # but "agreed that no changes be proposed" is a decision
    assert found(MINUTES_HEAD + "The Committee agreed that no changes to its terms of reference be proposed to the Board "
                 "this year.\n") != []


def test_an_object_ends_at_the_colon_that_opens_its_list():
    scot = (MINUTES_HEAD + "The Board noted the approved minutes of the following committees:\nAudit and Risk Committee "
            "(4 November 2025);\nStaff Governance Committee (20 November 2025).\n\n9. Close\n")
    assert ("note", "the approved minutes of the following committees", "resolved") in found(scot)
    # a colon inside the act, with no list after it, keeps the object whole
    whole = MINUTES_HEAD + "RESOLVED: That the Board approve the revised policy: version 3.2 as circulated.\n"
    assert [d for d in found(whole) if d[0] == "approve"][0][1].endswith("version 3.2 as circulated")


def test_levels_of_assurance_that_nhs_boards_and_committees_take():
    # NHS Scotland board and audit committee minutes, an NHS Wales committee in capitals
    scot = MINUTES_HEAD + "7.3 The Board took moderate assurance from the report and noted the actions under way.\n"
    got = found(scot)
    assert ("take", "moderate assurance from the report", "resolved") in got
    assert ("note", "the actions under way", "resolved") in got
    wales = MINUTES_HEAD + "The Committee took REASONABLE ASSURANCE on the management of falls and pressure damage.\n"
    assert [d[0] for d in found(wales)] == ["take"]
    # what the Board could take, or took part in, is not an act of assurance
    assert not [d for d in found(MINUTES_HEAD + "Members said the Board could take assurance from the audit.\n") if d[0] == "take"]
    assert not [d for d in found(MINUTES_HEAD + "Two members took part in the visit.\n") if d[0] == "take"]


def test_action_minutes_that_record_each_act_without_a_subject():
    # California county board of supervisors: "ACTION:" and numbered consent items under department labels
    ca = (MINUTES_HEAD + "ACTION:  Approved the Consent Calendar, Items 1 through 12, with the\n         exception of Item 7.\n"
          "MOTION:  Ferrante          SECOND:  Ybarra\n\n"
          " 4. PUBLIC WORKS. Adopted Resolution No. 2026-052 accepting the Canada\n    Verde Road Rehabilitation Project as "
          "complete, and directed the Clerk to\n    record the Notice of Completion.\n\n"
          " 5. TREASURER-TAX COLLECTOR. Received and filed the Treasurer's Investment\n    Report for the quarter.\n")
    got = found(ca)
    verbs = [d[0] for d in got]
    assert "approve" in verbs and "adopt" in verbs and "direct" in verbs and "receive" in verbs
    # a label over narrative that does not open with an act is no decision
    assert not found(MINUTES_HEAD + " 6. PUBLIC COMMENT. Several residents spoke about road conditions.\n")


def test_a_passive_act_reads_with_its_verb_phrase_to_the_first_break():
    # an Ontario council, a New Zealand district council, an English parish council: the subject and what is
    # done to it, up to a comma, a condition or a purpose
    ontario = ("Minutes\n\nMoved by Councillor Ruiz, seconded by Councillor Dunn\nTHAT the request for a capital grant of "
               "$25,000 be referred to staff for a report to the Regular Council Meeting of May 25, 2026.\nCarried\n")
    assert ("refer", "the request for a capital grant of $25,000 be referred to staff for a report to the Regular Council "
            "Meeting of May 25, 2026", "resolved") in found(ontario)
    nz = "Minutes\n\nResolved: That consideration of the LGNZ remits be deferred to the Council meeting on 25 June 2026, pending advice.\n"
    assert [(v, t) for v, t, _ in found(nz)] == [("defer", "consideration of the LGNZ remits be deferred to the Council meeting on 25 June 2026")]
    parish = ("Minutes\n\nCllr Catchpole proposed and Cllr Lakhani seconded that Mr Rudd be co-opted to the Council. "
              "On a show of hands: 5 in favour, 0 against, 1 abstention. Carried.\n")
    assert ("co-opt", "Mr Rudd be co-opted to the Council", "resolved") in found(parish)
    # the bare subject where the rest says only when, where or why it was received, or a list follows
    assert [(v, t) for v, t, _ in found("Minutes\n\nRESOLVED that the meeting be adjourned at 9.14 pm.\n")] == [("adjourn", "the meeting")]
    assert [(v, t) for v, t, _ in found("Minutes\n\nRESOLVED that the report be received for information.\n")] == [("receive", "the report")]
    two = found("Minutes\n\nRESOLVED that the inspection report be received and the action plan at Appendix B be endorsed.\n")
    assert [(v, t) for v, t, _ in two] == [("receive", "the inspection report"), ("endorse", "the action plan at Appendix B")]
    # "proposed" alone is an officer's proposal, not a motion: the board is asked, nothing is resolved
    assert found("Minutes\n\nThe Director proposed that the Board approve the revised budget. Members discussed it.\n") == [
        ("approve", "the revised budget", "proposed")]


def test_an_item_deferred_with_no_subject_defers_the_item_its_heading_names():
    us = "Minutes\n\n      D. Surplus Property\n\n      Item deferred to the October meeting at the Director's request.\n"
    assert found(us) == [("defer", "Surplus Property", "resolved")]
    au = ("Minutes\n\n8.5 Privacy policy review. The draft revised privacy policy was not circulated in time. "
          "Deferred to the March meeting.\n")
    assert found(au) == [("defer", "Privacy policy review", "resolved")]
    wales = ("Minutes\n\ne) Replacement Local Development Plan - Preferred Strategy consultation\n   The consultation closes "
             "on 24 July 2026.\n   Deferred to the July meeting. The Clerk will circulate the summary.\n")
    assert found(wales) == [("defer", "Replacement Local Development Plan - Preferred Strategy consultation", "resolved")]
    row = "Minutes\n\n5.5\tStudio 1 air-conditioning replacement\tBarry\tOnly two quotes received. Deferred to March meeting pending a third quote\n"
    assert found(row) == [("defer", "Studio 1 air-conditioning replacement", "resolved")]
    us_no = "Minutes\n\nC. RESOLUTION NO. 2026-24 - Amending the parking rate schedule. Deferred to the April meeting.\n"
    assert found(us_no) == [("defer", "RESOLUTION NO. 2026-24 - Amending the parking rate schedule", "resolved")]
    # no heading to name the item, or the heading is far above the outcome: nothing is read
    assert found("Minutes\n\nThe members talked about the hall. Deferred to the July meeting.\n") == []
    assert found("Minutes\n\n4. Hall\nThe roof is sound.\n\n\n\nDeferred to the July meeting.\n") == []


def test_a_planning_response_under_a_label():
    parish = "Minutes\n\n26/00412/HOUS - 7 Orchard Close - rear extension.\nAgreed: no objection. All in favour.\n"
    assert found(parish) == [("agree", "no objection", "resolved")]
    wales = ("Minutes\n\nFUL/2026/0117 - Bryn Awel - garage.\nRESOLVED: No objection, subject to the neighbours' concerns "
             "about the garage's height being taken into account.\n")
    assert found(wales) == [("resolve", "No objection, subject to the neighbours' concerns about the garage's height being "
                             "taken into account", "resolved")]
    assert found("Minutes\n\n7. Planning\nMembers had no objection to the timetable.\n") == []


def test_proposed_seconded_and_agreed_then_the_resolution():
    ireland = ("Minutes\n\nAL 41/26 CONFIRMATION OF MINUTES\nProposed by Cllr. Kiely, Seconded by Cllr. Hegarty, and agreed:\n"
               "“That the minutes of the Monthly Meeting held on 10th March 2026 be confirmed.”\n"
               "AL 45/26 GRANTS\nProposed by Cllr. Lenihan, Seconded by Cllr. Breathnach, and agreed: to approve the "
               "allocation of the Community Grants set out in Table 2.\n")
    got = [(v, t) for v, t, _ in found(ireland)]
    assert ("confirm", "the minutes of the Monthly Meeting held on 10th March 2026") in got
    assert ("approve", "the allocation of the Community Grants set out in Table 2") in got
    # "..., and agreed." after a quoted notice of motion closes it: no resolution follows the colon-less form
    assert found("Minutes\n\nProposed by Cllr. Lenihan, Seconded by Cllr. Breathnach, and agreed.\n") == []


def test_members_taking_a_paper_in_lower_case():
    got = found("Minutes\n\nIn reply to Cllr. Lenihan, Mr. Lyons said the time to re-let had fallen. The Members noted the report.\n"
                "AL 49/26 CORRESPONDENCE\nThe Members noted the correspondence.\n")
    assert [(v, t) for v, t, _ in got] == [("note", "the report"), ("note", "the correspondence")]
    # a fact of the debate is not a paper laid before the meeting
    assert found("Minutes\n\nMembers noted the housing crisis and the length of the waiting list.\n") == []


def test_us_motions_made_and_seconded_in_other_orders():
    fl = ("Minutes\n\nA motion was made by Mr. Szabo and seconded by Ms. Whitfield to ratify the Amended 2026 Budget as "
          "mailed to the owners. Motion carried 3-2.\n\n   Mr. Ibarra moved, Ms. Whitfield seconded, to levy a fine of $100.00 "
          "per day against Unit 1104. Motion carried 5-0.\n")
    got = [(v, t) for v, t, _ in found(fl)]
    assert ("ratify", "the Amended 2026 Budget as mailed to the owners") in got
    assert ("levy", "a fine of $100.00 per day against Unit 1104") in got


def test_a_resolution_ends_at_the_next_numbered_heading_and_a_following_resolution_is_its_content():
    us = ("Minutes\n\nFURTHER RESOLVED, that the Chair is authorized to communicate the results of the review to Ms. Lindqvist.\n"
          "Ms. Lindqvist rejoined the meeting at 5:09 p.m.\nXII. NEXT MEETING\nThe next regular meeting will be held on July 23, 2026.\n"
          "XIII. ADJOURNMENT\nThere being no further business, upon motion by Ms. Haskins, seconded by Mr. Delacroix, the meeting was\n"
          "adjourned at 5:14 p.m.\n")
    got = [(v, t) for v, t, _ in found(us)]
    assert ("authorize", "the Chair is authorized to communicate the results of the review to Ms. Lindqvist") in got
    assert not any("NEXT MEETING" in t or "ADJOURNMENT" in t for _, t in got)
    grant = ("Minutes\n\nUpon motion by Ms. Okonkwo, seconded by Mr. Mercer, the Board adopted the following resolution by a vote "
             "of 7 in favor and 0 opposed:\nRESOLVED, that the Foundation award a grant of $75,000 to the Literacy Council.\n")
    assert [(v, t) for v, t, _ in found(grant)] == [("award", "a grant of $75,000 to the Literacy Council")]


def test_a_second_imperative_act_before_a_capitalised_object():
    on = ("Minutes\n\nResolution 2026-092\tMoved by: Councillor Ramdass\tSeconded by: Councillor Hoekstra\nBe it resolved that "
          "Council receive Report PW-2026-11 and award Tender PW-2026-02 to Lennick Sand & Gravel Inc.\nCarried\n")
    assert [(v, t) for v, t, _ in found(on)] == [("receive", "Report PW-2026-11"),
                                                  ("award", "Tender PW-2026-02 to Lennick Sand & Gravel Inc")]
    # "purchase and install the signs": one act with two verbs, not two decisions of the same object
    assert [v for v, _, _ in found("Minutes\n\nRESOLVED that the Council purchase and install two signs.\n")] == ["purchase"]


def test_a_passive_minute_under_a_two_line_heading():
    wales = ("Minutes\n\nFPC(26)20 MINUTES OF THE PREVIOUS MEETING HELD ON 29 JANUARY 2026\nCofnodion y cyfarfod blaenorol\n"
             "The minutes of the meeting held on 29 January 2026 were approved as an accurate record.\n")
    assert [(v, t) for v, t, _ in found(wales)] == [("approve", "The minutes of the meeting held on 29 January 2026")]


def test_each_item_of_a_list_under_the_bodys_act():
    town = ("Minutes\n\n197/25  CORRESPONDENCE\n\n        Members NOTED:\n\n        -  notice from Brinsford District Council of "
            "the Local Plan Review consultation, closing on 13 March 2026, which was referred to the Planning Committee;\n"
            "        -  a letter of thanks from the Royal British Legion for the Council's donation of £250;\n"
            "        -  the police report for December.\n\n198/25  CLOSE\n")
    assert [(v, t) for v, t, _ in found(town)] == [
        ("note", "notice from Brinsford District Council of the Local Plan Review consultation, closing on 13 March 2026"),
        ("note", "a letter of thanks from the Royal British Legion for the Council's donation of £250"),
        ("note", "the police report for December")]
    scot = ("Minutes\n\nThe Committee APPROVED the following:\n(a) an increase of 4.0% in service charges at Ravelston Court;\n"
            "(b) garage rents of £11.20 per week.\n")
    assert [(v, t) for v, t, _ in found(scot)] == [("approve", "an increase of 4.0% in service charges at Ravelston Court"),
                                                    ("approve", "garage rents of £11.20 per week")]
    # a colon that opens a quotation or a sentence, not a list, reads nothing here
    assert found("Minutes\n\nMembers noted:\nThe roads were in a poor state after the winter.\n") == []


def test_the_item_was_put_off():
    got = found("Minutes\n\nThe pool resurfacing bids were reviewed. The item was tabled to the May meeting.\n\n"
                "This item was DEFERRED to the meeting on 28 May 2026 so that the report could include the pilot results.\n")
    assert [(v, t) for v, t, _ in got] == [("table", "The item was tabled to the May meeting"),
                                            ("defer", "This item was DEFERRED to the meeting on 28 May 2026")]


def test_a_resolution_with_the_statute_before_the_act_and_no_reason_in_its_object():
    scot = ("Minutes\n\n12. EXCLUSION OF THE PUBLIC\nThe Committee resolved, under Section 50A(4) of the Local Government "
            "(Scotland) Act 1973, to\nexclude the public from the meeting during consideration of the following item of business "
            "on the grounds that it involved the likely disclosure of exempt information.\n")
    assert found(scot) == [("exclude", "the public from the meeting during consideration of the following item of business", "resolved")]
    # the statute is read off only before "to": a resolution that goes on with its own subject keeps it
    uk = "Minutes\n\nRESOLVED, under Standing Order 12, that the motion be referred to the Cabinet.\n"
    assert [v for v, _, _ in found(uk)] == ["refer"]


# Session 11: minutes as they are written in general (each test takes its wording from two or more kinds of body)

def test_a_passive_minute_indented_in_its_paragraph():
    text = ("MINUTES OF THE COMMUNITY COUNCIL\n\n4.  MINUTE OF PREVIOUS MEETING\n\n"
            "    The minute of the meeting held on 10th February 2026 was approved as\n    a correct record, on the motion of A Drummond.\n\n"
            "5.  CORRESPONDENCE\n\n    The Clerk said a letter was approved by the County in March.\n")
    got = found(text)
    assert ("approve", "The minute of the meeting held on 10th February 2026", "resolved") in got
    assert not any("letter" in obj for _, obj, _ in got)   # a report of what another body did


def test_given_is_never_the_finite_verb_and_a_second_passive_may_drop_its_be():
    parish = "MINUTES\n\nProposed Cllr Rudd, seconded Cllr Mabey, and RESOLVED that the reasons\n        given for absence be approved.\n"
    town = "MINUTES\n\nIt was RESOLVED that the apologies be accepted and\nthe reasons for absence approved.\n"
    assert found(parish) == [("approve", "the reasons given for absence", "resolved")]
    assert found(town) == [("accept", "the apologies", "resolved"), ("approve", "the reasons for absence", "resolved")]


def test_a_second_passive_whose_subject_holds_a_decimal():
    text = ("MINUTES\n\nMotion: That the Treasurer's report be received and the accounts for payment totalling $3,418.60 be approved.\n"
            "Moved: T Mazzarella / Seconded: L Papadakis / Carried\n")
    assert found(text) == [("receive", "the Treasurer's report", "resolved"),
                           ("approve", "the accounts for payment totalling $3,418.60", "resolved")]


def test_a_labelled_motion_carried_below_its_mover_lines_and_one_lost():
    text = ("MINUTES\n\n8.1 Membership fees. Fees have not changed since 2019.\n\n"
            "Motion: That annual membership fees be increased from $30 to $40, effective 1 July 2026.\n"
            "Moved: B Whitlock / Seconded: S Ng\n\nTwo members spoke against. Put to the meeting: 2 for, 5 against. Lost.\n\n"
            "8.2 Van signage\n\nMotion: That the quote of $1,180 from Papadakis Print be accepted.\nMoved: B Whitlock / Seconded: S Ng\n\nCarried.\n")
    assert found(text) == [("accept", "the quote of $1,180 from Papadakis Print", "resolved")]   # the lost motion decided nothing


def test_an_items_one_word_outcome_names_its_heading_but_noted_does_not():
    agm = ("MINUTES OF THE AGM\n\n3. Minutes of the AGM held on 18 September 2025\n\nThe minutes had been circulated. There were no corrections.\n\n"
           "Approved. Proposed by H Lowrie, seconded by K Bain.\n\n4. Correspondence\n\nA letter from the council.\n\nNoted.\n")
    board = ("MINUTES\n\n5. Policies\n\nThe Board approved the Safeguarding Policy.\n\nApproved.\n")
    assert found(agm) == [("approve", "Minutes of the AGM held on 18 September 2025", "resolved")]
    assert found(board) == [("approve", "the Safeguarding Policy", "resolved")]   # the act read since the heading is what the word confirms


def test_consent_items_in_the_imperative_under_a_colon():
    text = ("MINUTES OF THE REGULAR SESSION\n\n3. CONSENT AGENDA. Consider and take action on the following consent items:\n"
            "a. Approve minutes of the Regular Session of March 23, 2026;\nb. Approve payment of bills in the amount of $1,486,203.17;\n"
            "c. Accept the monthly report of the Tax Assessor-Collector.\n"
            "Commissioner Kimbrough moved to approve the consent agenda as presented. Motion carried unanimously, 5-0.\n")
    got = found(text)
    assert ("approve", "minutes of the Regular Session of March 23, 2026", "resolved") in got
    assert ("approve", "payment of bills in the amount of $1,486,203.17", "resolved") in got
    assert ("accept", "the monthly report of the Tax Assessor-Collector", "resolved") in got
    one_item = "MINUTES\n\nThe Chair asked members to:\na. Note that the next meeting is in June.\n\nThe meeting closed.\n"
    assert not any(obj.startswith("that the next meeting") for _, obj, _ in found(one_item))   # one line is no list


def test_a_subjunctive_passive_whose_verb_no_rule_knows():
    text = "MINUTES\n\n6. Staffing\n\nRESOLVED that the post of Clerk be regraded from SCP 20 to SCP 23.\n\nRESOLVED that the balance be retained in the General Reserve.\n"
    assert found(text) == [("regrade", "the post of Clerk be regraded from SCP 20 to SCP 23", "resolved"),
                           ("retain", "the balance be retained in the General Reserve", "resolved")]


def test_an_election_table_one_row_a_person():
    text = ("MINUTES OF THE ANNUAL GENERAL MEETING\n\n7. Election of officers\n\nPost\tNominee(s)\tProposed / Seconded\tResult\n\n"
            "President\tMargaret Ilsley\tD. Pellow / R. Abbey\tRe-elected unopposed\nHon. Treasurer\tSunil Varma\tG. Lowe / M. Ilsley\tElected unopposed\n\n"
            "General committee\n\nCandidate\tVotes\n\nPriya Nair\t39\tElected\nMark Dunmore\t19\tNot elected\n")
    got = [obj for verb, obj, _ in found(text) if verb == "elect"]
    assert got == ["Margaret Ilsley", "Sunil Varma", "Priya Nair"]


def test_object_to_a_planning_application():
    parish = "MINUTES\n\n5. Planning\n\nRESOLVED to object on the grounds of conflict with Policy H1 and surface water flooding.\n"
    community = "MINUTES\n\n7. Planning\n\nIt was resolved to object to the application on the grounds that the site is outside the development limits.\n"
    assert found(parish) == [("object", "on the grounds of conflict with Policy H1 and surface water flooding", "resolved")]
    assert found(community) == [("object", "to the application on the grounds that the site is outside the development limits", "resolved")]


def test_a_resolution_list_that_ends_each_item_with_a_full_stop():
    text = ("MINUTES\n\n7.1 Road naming\n\nMoved: Member Roberts           Seconded: Councillor Ashby\n\nTHAT the Community Board:\n\n"
            "    (a) Receives report No. 260122004471.\n\n    (b) Approves the following road names for the subdivision, Stage 2:\n\n"
            "        Road 1 ...... Karamu Drive\n        Road 2 ...... Puriri Crescent\n\n"
            "    (c) Notes that staff will forward the approved names to the address register.\n\n                         CARRIED\n")
    assert found(text) == [("receive", "report No. 260122004471", "resolved"),
                           ("approve", "the following road names for the subdivision, Stage 2", "resolved"),
                           ("note", "staff will forward the approved names to the address register", "resolved")]


def test_resolved_that_with_a_capital_and_the_condition_it_is_subject_to():
    text = ("MINUTES OF THE PLANNING COMMITTEE\n\nProposed by Councillor Ferris\nSeconded by Councillor Glasgow and\n\n"
            "            Resolved    That planning application LA12/2025/0455/F be\n                        approved subject to the conditions set out in the\n"
            "                        officer's report.\n\n            The decision was unanimous.\n")
    assert found(text) == [("approve", "planning application LA12/2025/0455/F be approved subject to the conditions set out in the officer's report", "resolved")]


def test_resolutions_listed_by_number_and_title():
    text = ("MINUTES OF THE MAYOR AND COUNCIL\n\n12. CONSENT AGENDA\n"
            "2026-58 Authorizing the Refund of Tax Overpayments for the 2025 and 2026 Tax Years in the Total Amount of\n$4,318.62\n"
            "2026-62 Approving Change Order No. 1 (Final) for the 2025 Sanitary Sewer Lining Project, a Decrease of $11,284.00, and\nAuthorizing Final Payment\n"
            "Res. 2026-64 Appointing Marcus Hale as Special Law Enforcement Officer, Class II\n"
            "Councilman Vreeland asked why Resolution 2026-67 was not put out to bid.\n\n13. PUBLIC COMMENT\n")
    got = found(text)
    assert ("authorize", "the Refund of Tax Overpayments for the 2025 and 2026 Tax Years in the Total Amount of $4,318.62", "resolved") in got
    assert ("approve", "Change Order No. 1 (Final) for the 2025 Sanitary Sewer Lining Project, a Decrease of $11,284.00", "resolved") in got
    assert ("appoint", "Marcus Hale as Special Law Enforcement Officer, Class II", "resolved") in got
    assert not any("Vreeland" in obj for _, obj, _ in got)   # a line of prose ends the title
    numbered = "MINUTES\n\n4. Welcoming new members\nThe Chair welcomed two new members.\n"
    assert not any(verb == "welcome" for verb, _, _ in found(numbered))   # a numbered heading, no resolution number


def test_an_imperative_item_with_a_second_act_after_a_comma():
    text = ("The Board of Directors is asked to:\na) note the financial position at Month 7;\n"
            "b) note the likely-case forecast deficit of £1,220k, and endorse the recovery plan of £1,460k;\n"
            "c) approve the revised capital programme.\n\n1. Introduction\n")
    assert found(text) == [("note", "the financial position at Month 7", "proposed"),
                           ("note", "the likely-case forecast deficit of £1,220k", "proposed"),
                           ("endorse", "the recovery plan of £1,460k", "proposed"),
                           ("approve", "the revised capital programme", "proposed")]


def test_members_agreed_to_one_act_and_noted_another():
    text = "MINUTES\n\n9. Legal\n\nThe Members agreed to defend the proceedings and noted the estimated cost of external counsel of up to £45,000.\n"
    assert found(text) == [("agree", "to defend the proceedings", "resolved"),
                           ("note", "the estimated cost of external counsel of up to £45,000", "resolved")]


def test_moved_by_a_councillor_with_no_seconder():
    text = ("MINUTES OF THE REGULAR MEETING OF COUNCIL\n\n6.0 BYLAWS\n25-308\t6.1 Bylaw No. 1187-25 – Land Use Bylaw Amendment\n"
            "MOVED by Councillor Fenske that Council give second reading to Bylaw No. 1187-25.\nCARRIED\n"
            "25-309\tMOVED by Councillor Lindquist that Council award the 2026 Gravel Crushing Tender to Prairie Fox Aggregates Ltd.\nCARRIED\n"
            "25-330\tMOVED by Councillor Haugen that Council approve a dust control program for all residences.\nDEFEATED\n")
    got = found(text)
    assert ("give", "second reading to Bylaw No. 1187-25", "resolved") in got
    assert ("award", "the 2026 Gravel Crushing Tender to Prairie Fox Aggregates Ltd", "resolved") in got
    assert not any("dust control" in obj for _, obj, _ in got)   # defeated


def test_declared_elected_and_elected_to_an_office_without_as():
    text = ("MINUTE OF THE MANAGEMENT COMMITTEE\n\n3. Election of office bearers\n\nAgnes McLuckie was declared elected as Chairperson for 2025/26.\n"
            "Brian Gourlay was elected Vice-Chairperson unopposed.\nAnh Tran declared elected unopposed as Secretary.\n")
    got = [obj for verb, obj, _ in found(text) if verb == "elect"]
    assert "Agnes McLuckie was declared elected as Chairperson for 2025/26" in got
    assert "Brian Gourlay was elected Vice-Chairperson unopposed" in got
    assert "Anh Tran declared elected unopposed as Secretary" in got


def test_a_committee_recommends_to_another_body():
    town = ("MINUTES OF THE AMENITIES COMMITTEE\n\nAMC 25/53 CEMETERY FEES\n\n            Proposed Cllr Aldous, seconded Cllr Hambly and\n\n"
            "            RECOMMENDED to the Town Council that the cemetery fees and\n            charges for 2026/27 be adopted with effect from\n"
            "            1 April 2026.\n\n")
    planning = ("MINUTES OF THE PLANNING COMMITTEE\n\nPL25/093 NEIGHBOURHOOD PLAN\n\nRECOMMENDED TO FULL COUNCIL (23rd February 2026) that "
                "Ridgeway Planning Ltd be appointed to support the review.\n\n")
    mention = "MINUTES\n\n5. Reports\n\nThe report said what had been recommended to the Council in March.\n"
    assert ("recommend", "to the Town Council that the cemetery fees and charges for 2026/27 be adopted with effect from 1 April 2026",
            "resolved") in found(town)
    assert any(v == "recommend" and o.startswith("TO FULL COUNCIL") for v, o, _ in found(planning))
    assert not any(v == "recommend" for v, _, _ in found(mention))


def test_an_outcome_line_with_its_tally_or_a_roll_call_ends_a_resolution():
    village = ("RESOLVED, that the Board of Trustees schedules a public hearing for Monday, October 19, 2026 at 7:00 p.m. on "
               "proposed Local Law No. 5 of 2026.\nRoll call vote: Vandermeer, Aye; Kesselring, Aye; Wojcik, Nay. Adopted 4-1.\n")
    county = ("BE IT RESOLVED that the Board of Supervisors hereby approves the claims listed.\nAdopted unanimously.\n")
    [(verb, obj, _)] = found(village)   # not "adopt 4-1"
    assert verb == "schedule" and obj.startswith("a public hearing for Monday, October 19, 2026 at 7:00 p.m.")
    got = found(county)
    assert [v for v, t, _ in got] == ["approve"] and not any("unanimously" in t for _, t, _ in got)
    # "Schedule A" is a document, not the verb
    agenda = "The Board is asked to approve the following:\nSchedule A Appropriation Measures\nSchedule B Cash Transfers\n"
    assert not any(v == "schedule" for v, *_ in found(agenda))


def test_nhs_scotland_asks_labelled_by_their_kind():
    board = ("2.4 Recommendation\nThe Board is asked to:\n"
             "• Decision - approve the Capital Plan 2026/27 of £17.1m set out in Table 7 of Appendix 1;\n"
             "• Assurance - take moderate assurance that the savings programme of £28.4m can be delivered.\n"
             "3 List of appendices\nThe following appendices are included with this report.\n")
    got = found(board)
    assert ("approve", "the Capital Plan 2026/27 of £17.1m set out in Table 7 of Appendix 1", "proposed") in got
    take = [t for v, t, _ in got if v == "take"]
    assert take and "appendices" not in take[0]   # the list ends at the next numbered heading


def test_a_case_name_v_is_no_sentence_end():
    text = ("RESOLVED, that the Village Attorney is authorized to settle the proceeding Matter of Canal Street Lofts LLC v. "
            "Assessor of the Village for the 2024 roll.\nAdopted 5-0.\n")
    [(verb, obj, _)] = found(text)
    assert verb == "authorize" and obj.endswith("for the 2024 roll")


def test_readings_of_one_bylaw_are_each_a_decision():
    # Canadian councils give a bylaw its readings one motion at a time; the ordinal is the difference
    text = ("MINUTES OF THE REGULAR MEETING OF COUNCIL\n\n"
            "RC26-010\tMOVED by Councillor Abara that Council give second reading to Bylaw 2026-03.\nCARRIED\n"
            "RC26-011\tMOVED by Councillor Lund that Council give third reading to Bylaw 2026-03.\nCARRIED\n"
            "RC26-012\tMOVED by Councillor Abara that Council give first reading to Bylaw 2026-04.\nCARRIED\n")
    got = [t for v, t, s in found(text) if v == "give"]
    assert got == ["second reading to Bylaw 2026-03", "third reading to Bylaw 2026-03", "first reading to Bylaw 2026-04"]
    # a report's ask repeated in its summary and its recommendations, one word apart, is still kept once
    twice = ("Report to the Board\n\nSummary\nThe Board is asked to approve the annual plan for 2026/27 as presented.\n\n"
             "Recommendation\nThe Board is asked to approve the annual plan for 2026/27 as set out.\n")
    assert len([t for v, t, s in found(twice) if v == "approve"]) == 1


def test_lettered_parts_after_a_semicolon_and_and_are_two_acts():
    text = ("MINUTES OF THE TRUST BOARD\nPresent: Chair.\n\n"
            "RESOLVED: that the Board (a) note the month 6 position; and (b) approve the revised forecast.\n")
    assert [(v, t) for v, t, s in found(text)] == [("note", "the month 6 position"), ("approve", "the revised forecast")]
    council = ("MINUTES OF THE COUNCIL\nPresent: Cllr A.\n\n"
               "RESOLVED – That Council (i) adopts the policy; or (ii) refers it back to the Policy Committee.\n")
    assert [v for v, t, s in found(council)][:2] == ["adopt", "refer"]
    # a bracketed letter inside a sentence, without "; and", is not a part
    plain = ("MINUTES OF THE BOARD\nPresent: all.\n\nRESOLVED: that the Board approve option (b) of the report.\n")
    assert [(v, t) for v, t, s in found(plain)] == [("approve", "option (b) of the report")]


def test_a_body_agreed_that_then_a_numbered_list_of_what_it_agreed():
    # a government advisory board's summary of outcomes, a charity's trustees: each item is one agreement
    text = ("Open Data Panel\n\nThe panel met to consider two proposals.\n\nSummary of outcomes\n\nThe panel agreed that the:\n\n"
            "1. Register of parcels should be published monthly. The first release is due in May.\n"
            "2. Boundary format proposal should be returned for more evidence.\n\n## Attendees\n")
    assert [(v, t) for v, t, s in found(text)] == [("agree", "Register of parcels should be published monthly"),
                                                    ("agree", "Boundary format proposal should be returned for more evidence")]
    # items that carry their own verb ("(a) to note ...") are read as those acts, not as agreements
    scots = ("MINUTE OF MEETING OF THE JOINT BOARD\nPresent: all.\n\nDecision\nThe Board agreed:\n"
             "(a) to note the action log; and\n(b) to close action 14.\n")
    assert {v for v, t, s in found(scots)} == {"note", "close"}


def test_minutes_told_by_their_narrative_without_a_minutes_heading():
    from boardpapers.extractors import sections
    # a board that "met to consider" and then "agreed": minutes, though no heading says so
    assert sections.paper_kind("Standards Board 2015\n\nThe board met to consider four proposals.\n\n"
                               "The board agreed that the register be published.\n") == "minutes"
    # one past act alone, in a report about an earlier decision, does not make minutes
    assert sections.paper_kind("Capital Strategy 2026\n\nThe committee agreed the strategy in March 2025. "
                               "This report sets out progress.\n") == "report"


def test_administration_or_staff_recommending_what_the_meeting_should_do_is_asked_of_it():
    # Alberta and Ontario councils' "Administration recommended that Council ...", a US district's "Staff recommends that the Board ..."
    ab = ("MINUTES OF THE REGULAR MEETING OF COUNCIL\nPresent: Reeve.\n\n6.4 Hall roof\n"
          "Administration recommended that Council approve the replacement of the hall roof at a cost of $86,000.\n")
    assert ("approve", "the replacement of the hall roof at a cost of $86,000", "proposed") in found(ab)
    us = ("Staff recommends that the Board award the paving contract to Ridgeline Asphalt.\n")
    assert ("award", "the paving contract to Ridgeline Asphalt", "proposed") in found(us)
    # a resident's or a member's recommendation is not what the meeting is asked to do
    assert not [d for d in found("Mr Hale recommended that the Council approve more benches.\n") if d[0] == "approve"]


def test_who_moved_it_set_before_a_passive_is_not_its_subject():
    # Irish and Northern Irish minutes put the movers first: "Proposed by ..., seconded by ..., the minutes were adopted"
    irish = ("MINUTES OF THE BOARD\nPresent: all.\n\nProposed by Cllr Ann Roe and seconded by Ms Eva Lyle, the minutes of the "
             "meeting held on 23rd June 2026 were adopted.\n")
    assert found(irish) == [("adopt", "the minutes of the meeting held on 23rd June 2026", "resolved")]
    moved = ("MINUTES OF THE BOARD\nPresent: all.\n\nMoved by Director Fox, the 2026 budget was approved.\n")
    assert found(moved) == [("approve", "the 2026 budget", "resolved")]


def test_a_mover_surname_before_the_motion_saskatchewan_and_manitoba_style():
    text = ("Minutes of the Regular Meeting of Council of the Rural Municipality of Elk Flats No. 12\n\n"
            "141/26\tFRIESEN: That the agenda be adopted as presented.\nCARRIED.\n"
            "142/26\tHAUGEN/MELNYK: That the 2026 budget be adopted as presented.\nCARRIED.\n"
            "143/26\tTHIESSEN: That the grant request be approved.\nDEFEATED.\n")
    got = found(text)
    assert ("adopt", "the agenda", "resolved") in [(v, t.split(" be ")[0], s) for v, t, s in got]
    assert any(v == "adopt" and "2026 budget" in t for v, t, s in got)
    assert not any("grant request" in t for v, t, s in got)   # a defeated motion is not a decision taken
    # a label in capitals is not a mover: "NOTE: That ..." and "RECOMMENDATION: That ..." are not motions carried
    from boardpapers.extractors import decisions_minutes
    assert decisions_minutes.THAT_START.match("FRIESEN: That the agenda be adopted.")
    assert not decisions_minutes.THAT_START.match("NOTE: That the figures are provisional.")
    assert not decisions_minutes.THAT_START.match("RECOMMENDATION: That the Council approve the plan.")


def test_bylaw_readings_introduced_and_read_are_readings():
    text = ("Minutes of the Regular Meeting of Council\nPresent: Reeve.\n\n"
            "50/26\tKOWALCHUK: That Bylaw No. 4-2026, being a bylaw to set the mill rate, be introduced and read a first time.\nCARRIED.\n"
            "51/26\tSOKOLOWSKI: That Bylaw No. 4-2026 be read a second time.\nCARRIED.\n")
    reads = [t for v, t, s in found(text) if v == "read"]
    assert len(reads) == 2 and "first time" in reads[0] and "second time" in reads[1]


def test_decimal_numbered_parts_of_a_resolution_that_open_with_to_or_that():
    # a Welsh cabinet's "RESOLVED:" list numbered by its minute, "5.1 to note ...", "5.2 to approve ..."
    text = ("MINUTES OF THE CABINET\nPresent: Cllr A.\n\nUNANIMOUSLY RESOLVED:\n5.1 to note the revenue outturn for 2025/26;\n"
            "5.2 to approve the transfer of £1,200,000 to the Budget Resilience Reserve;\n"
            "5.3 that the Director report to Cabinet in October 2026.\n\n6. NEXT ITEM\n")
    assert [v for v, t, s in found(text)][:2] == ["note", "approve"]
    # paragraph numbers of narrative minutes ("5.2 Enabling works were due ...") are not parts of a resolution
    prose = ("MINUTES OF THE BOARD\nPresent: all.\n\nRESOLVED: that the Board approve the plan.\n"
             "5.2 Enabling works were due to begin in the autumn, subject to funding being agreed.\n")
    assert [v for v, t, s in found(prose)] == ["approve"]


def test_the_grounds_of_a_motion_are_not_its_act():
    # a historic district commission's "MOTION: Based on compliance with the Guidelines, Ms X made a MOTION to APPROVE ..."
    text = ("MINUTES OF THE HISTORIC DISTRICT COMMISSION\nPresent: all.\n\n"
            "MOTION: Based on compliance with the Design Guidelines, Ms. Titus made a MOTION to APPROVE the new garage as revised. "
            "Mr. Rumsch seconded.\nVOTE: 9/0\n")
    verbs = [v for v, t, s in found(text)]
    assert "base" not in verbs and "approve" in verbs


def test_the_assurance_a_committee_took_is_not_part_of_what_it_noted():
    # NHS audit and quality committees: "noted the report and took reasonable assurance from ..."
    text = ("MINUTE OF THE AUDIT AND RISK COMMITTEE\nPresent: all.\n\n"
            "The Committee noted the Corporate Risk Register and took moderate assurance that the risks are being managed.\n")
    assert found(text)[0] == ("note", "the Corporate Risk Register", "resolved")   # (the assurance is read as its own act)
    # "assurance" as the object itself stays whole
    plain = ("MINUTE OF THE AUDIT AND RISK COMMITTEE\nPresent: all.\n\nThe Committee noted the assurance report from internal audit.\n")
    assert found(plain) == [("note", "the assurance report from internal audit", "resolved")]


def test_a_short_subject_noted_under_a_heading_that_names_it_in_full():
    # English town and parish minutes: the heading names it, the sentence says "The announcements were noted."
    text = ("MINUTES OF THE FULL COUNCIL\nPresent: Cllr A.\n\nC/25/117  TOWN MAYOR'S ANNOUNCEMENTS\n"
            "The Town Mayor reported on her engagements. The announcements were noted.\n")
    assert found(text) == [("note", "TOWN MAYOR'S ANNOUNCEMENTS", "resolved")]
    # a heading that is the word alone, or names it in another number, says no more than the sentence
    bare = ("MINUTES OF THE BOARD\nPresent: all.\n\n7. REPORTS\nThe Superintendent presented the report. The report was received.\n")
    assert found(bare) == [("receive", "The report", "resolved")]
    plural = ("MINUTES OF THE COUNCIL\nPresent: all.\n\n5. DEPUTATIONS AND PETITIONS\nA petition of 212 signatures was presented. "
              "The petition was received.\n")
    assert ("receive", "The petition", "resolved") in found(plural)
