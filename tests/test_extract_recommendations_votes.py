"""Recommendations and votes per wording family, with mentions that are neither."""
from __future__ import annotations

from boardpapers.extractors import recommendations, votes

from helpers import run


def recs(text):
    return [r.text for r in run(recommendations, text)]


def tallies(text):
    return [(v.for_, v.against, v.abstain, v.unanimous, v.result) for v in run(votes, text)]


def tallies_of(text, name):
    """As `tallies`, for a paper of the named kind (a markdown table is read as rows)."""
    return [(v.for_, v.against, v.abstain, v.unanimous, v.result) for v in run(votes, text, name=name)]


def test_recommendation_section_items_are_separate():
    text = ("6. Recommendation(s) / Proposed Decision\n\n6.1 That the Committee note the progress made to date.\n"
            "6.2 That the Committee approve the revised terms of reference.\n\n7. Background\nText here.\n")
    assert recs(text) == ["That the Committee note the progress made to date.",
                          "That the Committee approve the revised terms of reference."]


def test_recommended_that_sentences_and_quoted_recommendations():
    text = ("The Executive recommended that localities opt for a joint commissioning approach for 2015/16. "
            "Members asked questions.\n\nThe Board is asked to approve the following recommendation, "
            "\u201cThe CCG wishes to opt for joint commissioning.\u201d\n")
    assert recs(text) == ["The Executive recommended that localities opt for a joint commissioning approach for 2015/16.",
                          "The CCG wishes to opt for joint commissioning."]


def test_mentions_are_not_recommendations():
    text = ("Recommendations will be presented to the Board in March. The review may recommend that changes are made. "
            "We will consider the recommendations of the audit.\n")
    assert recs(text) == []


def test_tally_wordings():
    assert tallies("On being put to the vote the recommendation was carried by 8 votes to 3 with 2 abstentions.") == \
        [(8, 3, 2, False, "carried")]
    assert tallies("A recorded vote was requested. For: 7, Against: 2, Abstentions: 1.") == [(7, 2, 1, False, "carried")]
    assert tallies("Motion carried 6-0-1 (Trustee Whitfield abstaining).") == [(6, 0, 1, False, "carried")]
    assert tallies("Motion failed 3-4.") == [(3, 4, None, False, "lost")]
    assert tallies("The minutes were unanimously agreed as a correct record.") == [(None, None, None, True, "carried")]
    assert tallies("The proposal was agreed nem. con.") == [(None, 0, None, True, "carried")]
    assert tallies("Following debate, the motion was put to the vote and the motion was\nlost.") == \
        [(None, None, None, None, "lost")]
    assert tallies("(Ordinance) (Y-5) 184349") == [(5, 0, None, True, "carried")]


def test_outcomes_after_each_motion():
    text = ("R2023-233 D. Yemm, T. Butler:\nThat the minutes be adopted as published. Carried.\n\n"
            "R2023-234 S. Foote:\nTHAT we donate $100 to the Lions Club. Carried.\n")
    got = run(votes, text)
    assert [(v.result, v.motion) for v in got] == [("carried", "R2023-233"), ("carried", "R2023-234")]


def test_recorded_vote_counts_names_and_checks_the_printed_total():
    text = ("the result of the voting was as follows:\n\nIn Favour\n\nCouncillors Benson, Butler, Carey, Collins (B).\n\n(4)\n\n"
            "Against\n\nCouncillors Hartigan, Novak. (3)\n\nThere were no abstentions.\n\nThe Meetings Administrator "
            "confirmed the proposal was carried.\n")
    [v] = run(votes, text)
    assert (v.for_, v.against, v.abstain, v.result) == (4, 3, 0, "carried")
    assert any("2 names listed but total printed as 3" in w for w in v.warnings)


def test_grouped_votes_per_locality():
    text = ("Localities were asked to confirm whether they agreed; the North and West unanimously agreed, in the "
            "North East there were 2 abstentions but the remaining practices approved model 2, and in the South West "
            "two practices abstained and 9 approved model 2.")
    got = {v.group: (v.for_, v.abstain, v.unanimous) for v in run(votes, text)}
    assert got["North and West"] == (None, None, True)
    assert got["North East"] == (None, 2, False)
    assert got["South West"] == (9, 2, False)


def test_unanimous_with_votes_against_is_flagged():
    [v] = run(votes, "The motion was carried unanimously, For: 9, Against: 1.")
    assert v.unanimous and v.against == 1
    assert any("unanimous" in w for w in v.warnings)


def test_future_votes_and_other_carrying_are_not_votes():
    text = ("This will lead to a member vote in March. The work was carried out by the team and carried forward "
            "to next year. Members may vote unanimously.")
    assert tallies(text) == []


def test_votes_in_canadian_american_and_parish_wordings():
    assert tallies("That the report BE RECEIVED.\n\nMotion Passed (3 to 2)\n") == [(3, 2, None, False, "carried")]
    assert tallies("That Items 2.1 to 2.4 BE APPROVED.\n\nMotion Passed\n") == [(None, None, None, None, "carried")]
    assert tallies("(Cllr A proposed, Cllr B seconded, five were in favour and two abstained due to an interest).") == \
        [(5, None, 2, False, "carried")]
    assert tallies("(Cllr A proposed, Cllr B seconded, all were in favour).") == [(None, None, None, True, "carried")]
    assert tallies("The motion was carried with 9 in favour, 2 against and 1 abstention.") == [(9, 2, 1, False, "carried")]
    assert tallies("There being no dissent, the refreshed plan was agreed by consensus.") == [(None, 0, None, True, "carried")]


def test_votes_read_out_by_name_and_yea_nay_counts():
    text = ("Gary Mantay made a motion to accept the minutes, Dick Dillon seconds, voice vote, Dick Dillon aye, "
            "Gary Mantay aye, Janet Keough aye. Minutes are approved.\n\n"
            "Dick Dillon makes a motion to adopt the resolution. It was declared adopted upon the following voice vote 3 yea, 0 nay\n")
    assert tallies(text) == [(3, 0, None, True, "carried"), (3, 0, None, True, "carried")]   # none against: unanimous


def test_a_tally_on_the_line_after_its_outcome():
    text = "The 12 October 2009 Board meeting minutes were approved by a vote of\n6-0-1.\n"
    assert tallies(text) == [(6, 0, 1, False, "carried")]


def test_reasons_for_recommendations_is_not_a_recommendation_heading():
    text = ("2. RECOMMENDATIONS\n2.1 That Committee approve the programme.\n\n3. Reasons for recommendations\n"
            "3.1 Nightly-paid rooms are the most expensive form of temporary accommodation.\n\n4. Background\n")
    assert recs(text) == ["That Committee approve the programme."]


def test_australian_council_tallies_and_divisions():
    assert tallies("That Council adopts the program.\nCARRIED 6/1\n") == [(6, 1, None, False, "carried")]
    assert tallies("The motion was LOST 3/4") == [(3, 4, None, False, "lost")]
    assert tallies("For: Crs Smith, Jones, Brown\nAgainst: Crs Lee, Wu\nCARRIED") == [(3, 2, None, False, "carried")]


def test_officers_recommendation_heading():
    text = ("OFFICER'S RECOMMENDATION\nThat Council:\n1. Adopts the Footpath Renewal Program 2025/26;\n"
            "2. Notes the estimated cost of $450,000.\n\nCOUNCIL RESOLUTION 2025/031\n")
    assert recs(text) == ["Adopts the Footpath Renewal Program 2025/26", "Notes the estimated cost of $450,000."]


def test_recommendation_sections_end_where_the_minutes_go_on():
    text = ("Recommendations\n(i) The Audit Committee recommended that Council reappoint Hartley Boyce LLP as the\n"
            "external auditor for the year ending 31 July 2025.\n(ii) The Audit Committee recommended that Council approve the "
            "revised Anti-Fraud Policy.\nCouncil RESOLVED to reappoint Hartley Boyce LLP.\n")
    assert recs(text) == ["The Audit Committee recommended that Council reappoint Hartley Boyce LLP as the external auditor "
                          "for the year ending 31 July 2025.",
                          "The Audit Committee recommended that Council approve the revised Anti-Fraud Policy."]
    text = ("OFFICER'S RECOMMENDATION\nThat Council approves Development Application DA 2024/112, subject to the conditions "
            "in Attachment\n3.\n\nIn accordance with section 375A, a division was taken on the motion.\nCOUNCIL RESOLUTION 2025/033\n"
            "Moved: Cr T. Buckland\nThat Council refuses Development Application DA 2024/112.\n")
    assert recs(text) == ["That Council approves Development Application DA 2024/112, subject to the conditions in Attachment 3."]


def test_tallies_with_names_and_the_chairs_declaration():
    text = ("Motion:  Director Lubow made the motion to approve the minutes.\n\nThe Motion:  The motion passed with 13 in favor "
            "(Anderson, Archuleta, Broom, Folska, Hoy, Lubow, Mihalik, Menten, Sisk, Solano, Tisdale, Walker, Williams). "
            "Director Deadwyler was absent.\n\nChair Tisdale declared the motion PASSED unanimously.\n\n"
            "The Motion:  The motion passed with 11 in favor (Anderson, Archuleta, Broom, Folska, Hoy, Lubow, Sisk, Solano, "
            "Tisdale, Walker, Williams) and 2 opposed (Menten, Mihalik). Director Deadwyler was absent. Director seat for "
            "District N was vacant.\n\nChair Tisdale declared the motion PASSED.\n")
    assert tallies(text) == [(13, None, None, True, "carried"), (11, 2, None, False, "carried")]


def test_how_tallies_are_written_is_not_a_vote():
    text = 'All votes are reported in the form "Y-N-A" (in favor, opposed, abstentions; e.g. "5-1-2" means "5 in favor, 1 opposed, and 2 abstentions").'
    assert tallies(text) == []


def test_recommended_by_a_committee_with_its_list():
    text = ("It is recommended by the Operations and Customer Service Committee that the Board of Directors approve the "
            "following changes to Special Event services:\n\n1. Discontinue RockiesRide bus service.\n"
            "2. Discontinue RTD RACE service to the Susan G. Komen Race for the Cure event.\n\nBACKGROUND\n")
    [r] = recs(text)
    assert r.startswith("It is recommended by the Operations") and r.endswith("Susan G. Komen Race for the Cure event.")


def test_roll_calls_listed_by_name_with_counts_in_the_heading_or_without_a_for_list():
    text = ("A recorded vote was requested by Trustee MacIntyre.\nIn favour (7): Trustees Baptiste, Chen, Kowalczyk, Levesque, "
            "Okafor, Sandhu and Whitfield\nOpposed (2): Trustees MacIntyre and Rosenberg\nCARRIED\n")
    assert tallies(text) == [(7, 2, None, False, "carried")]
    text = "DO CONFIRM, KYLE FLICKE, 1002, ELECTIONS COMMITTEE\nYes: Amaha, Deepak, Higgins, Molnar\nAbstain: Ajlouny, Zamora\n\n"
    assert tallies(text) == [(4, 0, 2, False, "carried")]
    text = "DO NOT CONSIDER SR#6 URGENT, 093\nNo: Amaha, Deepak, Farhad Motamed, Molnar\nAbstain: Ajlouny, Higgins, Zamora\n\n"
    assert tallies(text) == [(0, 4, 3, False, "lost")]
    text = "Vote:\nYeas:\tNays:\n\nP. Cuddy\tH. McAlister\nS. Trosow\tJ. Pribil\nD. Ferreira\n\nMotion Passed (3 to 2)\n"
    assert tallies(text) == [(3, 2, None, False, "carried")]


def test_labelled_outcome_of_a_motion_record():
    text = "Text: Approve partnership with UCSD.\n\nResolution: Passed.\n\n\nText: Authorize the ED.\n\nResolution: Rejected.\n"
    assert [v.result for v in run(votes, text)] == ["carried", "lost"]


def test_recommended_action_blocks_end_at_the_next_label():
    text = ("4.2 Public Works\nRECOMMENDED ACTION:\n1. Award a construction contract for the Library Roof Project to Tri-Valley "
            "Mechanical, Inc. in the amount of $1,086,900;\n2. Approve a budget transfer of $1,250,000 (4/5 vote required).\n"
            "FISCAL IMPACT: $1,250,000 from the Capital Projects Reserve.\n")
    assert recs(text) == ["Award a construction contract for the Library Roof Project to Tri-Valley Mechanical, Inc. in the "
                          "amount of $1,086,900", "Approve a budget transfer of $1,250,000 (4/5 vote required)."]


def test_item_outcomes_and_conditions():
    assert [v.result for v in run(votes, "• Approve the ladder. - This was\n    Approved.\n")] == ["carried"]
    assert tallies("We would ask what would happen if this proposal was approved by the Board.") == []
    assert tallies("Warrants and payroll – approved as submitted.\n") == []


# --- national forms added with first-contact batch 6: written here in other bodies' words ---

def test_roll_call_by_name_with_dashes_quotes_and_aye_written_i():
    # Utah towns write "Name - I"; Ontario and Colorado clerks 'Name voting "Aye,"'; both count by name
    utah = ("ROLL CALL VOTE: Mayor Lane - I, Councilmember Ortiz – I,\nCouncilmember Beck - No, Councilmember Wu – I, "
            "and Councilmember Hale - I.\nThe motion passed four (4) to one (1).\n")
    assert tallies(utah) == [(4, 1, None, False, "carried")]          # the roll call and its total are one vote
    quoted = ('The motion passed unanimously with a roll call vote showing Trustee Amos voting “Aye,” Trustee Bell '
              'voting “Aye,” and Chair Cole voting\n“Aye.”\n')
    assert tallies(quoted) == [(3, 0, None, True, "carried")]
    # a grid of Aye/No cells (one column per motion) is a table, not a roll call read out
    grid = "Member\tItem 1\tItem 2\nCastillo\tAye\tNo\nKim\tAye\tAye\n"
    assert all(v[0] != 2 for v in tallies(grid))
    assert tallies("No  No  No  No\n") == []


def test_number_words_with_digits_and_voters_named_in_the_tally():
    assert tallies("The amendment failed three (3) to six (6).") == [(3, 6, None, False, "lost")]
    assert tallies("The resolution was carried, four Directors voting in favour and two against.") == [
        (4, 2, None, False, "carried")]
    assert tallies("Carried with 11 members voting for and 3 members voting against.")[0][:2] == (11, 3)


def test_named_list_for_closed_by_none_opposed_and_recorded_heads_with_counts():
    assert tallies("VOTE: In favor: Reyes, Obi, Chen, and Marsh. None opposed. Lund had left the meeting.") == [
        (4, 0, None, True, "carried")]
    irish = ("For (5)\tCllrs. Ahern, Barry, Nolan, Quinn, Walsh.\nAgainst (2)\tCllrs. Brennan, Carty.\n"
             "Abstain (1)\tCllr. Hanrahan.\nThe Cathaoirleach declared the motion carried.\n")
    assert tallies(irish) == [(5, 2, 1, False, "carried")]
    # a list of names with nobody said to be against is attendance, not a vote
    assert tallies("In attendance: Reyes, Obi, Chen and Marsh.") == []


def test_tables_of_motions_and_short_outcome_lines():
    table = ("Motion Text\tMoved by\tSeconded by\tStatus\n\n"
             "Adopt the revised constitution\tPriya\tSam\tPassed unanimously\n"
             "Raise the annual fee to $40\tSam\tLee\tCarried by show of hands, 2 against.\n"
             "Appoint an auditor\tNo-one\tNo-one\tLapsed. No one called for the motion.\n")
    got = [(v.for_, v.against, v.unanimous, v.result, v.motion) for v in run(votes, table)]
    assert got == [(None, None, True, "carried", "Adopt the revised constitution"),
                   (None, 2, False, "carried", "Raise the annual fee to $40")]
    lines = "Constitution changes\n\nClause 4 carried\n\nClause 9 defeated\n\nThe new kit was carried in by volunteers.\n"
    assert [(v.result, v.motion) for v in run(votes, lines)] == [("carried", "Clause 4"), ("lost", "Clause 9")]
    assert tallies("A motion was made for the secretary to write to the county. And was carried.") == [
        (None, None, None, None, "carried")]
    assert tallies("The papers were passed to the Treasurer for checking.") == []


def test_unanimous_tally():
    assert tallies("MOTION: Director Ames moved approval. The motion carried unanimously (9-0).") == [
        (9, 0, None, True, "carried")]


def test_shows_of_agreement_and_counts_written_as_council_clerks_write_them():
    welsh = ("RESOLVED to note the audit.\nProposed: Cllr Hughes. Seconded: Cllr Lewis. All agreed.\n"
             "On a show of hands:\nFor 6; Against 3; Abstention 1.\n")
    assert tallies(welsh) == [(None, None, None, True, "carried"), (6, 3, 1, False, "carried")]
    assert tallies("Cllr Roberts proposed that fees be frozen; this was not supported, 2 members voting in favour.") == [
        (2, None, None, None, "lost")]
    assert tallies("The Chair put it to the Board: eight members were in favour and one (Professor Stewart) against.") == [
        (8, 1, None, False, "carried")]
    roll = "Roll call vote: Alvarez – yes; Brooks – yes; Chen – yes; Erickson – abstain. Motion passed 3-0, with one abstention."
    assert tallies(roll) == [(3, 0, 1, False, "carried")]
    assert tallies("All agreed that the fair had been a success.") == []
    assert tallies("The grant is for 6 months against a budget of 3 years.") == []


def test_recommendation_headings_in_other_house_styles():
    wa = ("11.1 Monthly Statement\n\nOFFICER RECOMMENDATION AND COUNCIL RESOLUTION OCM 089/25\nMoved: Cr Farrugia     "
          "Seconded: Cr Tregear\n\nThat Council receives the Monthly Statement of Financial Activity for April 2025.\n\nCARRIED 9/0\n")
    assert recs(wa) == ["That Council receives the Monthly Statement of Financial Activity for April 2025."]
    planning = "Mr Sayer spoke in objection.\n\nOfficer recommendation: Approve, subject to conditions 1 to 6 in the report.\n\nCouncillor Coultas proposed refusal.\n"
    assert recs(planning) == ["Approve, subject to conditions 1 to 6 in the report."]
    nhs = ("Recommendation (from the paper)\nIt is recommended that the Board:\n(a) approves the Winter Resilience Plan 2025/26;\n"
           "(b) notes the arrangements for declaring REAP level 4.\n\nDr Walsh confirmed the plan.\n")
    assert recs(nhs) == ["approves the Winter Resilience Plan 2025/26", "notes the arrangements for declaring REAP level 4."]
    # reasons for a recommendation, and a recommendation merely mentioned, are not recommendations
    assert recs("Reasons for recommendations\nThe scheme is affordable and meets the strategy.\n") == []


def test_agreement_after_the_seconder_and_shows_of_hands():
    # Irish, English and club wordings of a motion agreed without a count
    assert tallies("It was proposed by Cllr Fergal Nolan, seconded by Ms Orla Hanratty, and agreed, that the contract "
                   "be awarded to Hennessy Ltd.") == [(None, None, None, None, "carried")]
    assert tallies("Proposed by Mr Dunne, seconded by Cllr Ryan and carried, that the policy be adopted.") == \
        [(None, None, None, None, "carried")]
    assert tallies("The proposal was accepted by a show of hands\n\nProposal - Replace Gender Specific Language\n") == \
        [(None, None, None, None, "carried")]
    # a seconder with no outcome, or a show of hands still to come, is no vote
    assert tallies("The motion was proposed by Cllr A and seconded by Cllr B. Discussion followed.") == []
    assert tallies("The Chair said a show of hands would be taken at the next meeting.") == []


def test_unanimous_counts_in_brackets_and_counts_of_people():
    text = "Chair\n\n • Souradip Mookerjee stands (proposed: Tejas, seconded: Malcolm)\n • Elected unanimously (11)\n"
    assert tallies(text) == [(11, None, None, True, "carried")]
    text = "VOTING:\n6 people said yes\n4 people abstain due to not attending the 2017 AGM\n\nMOTION PASSED.\n"
    assert tallies(text) == [(6, None, 4, False, "carried")]
    # people counted for something else are not voters
    assert tallies("About 40 people said they would attend the open day.") == []


def test_divisions_listing_names_after_a_tab_or_a_bullet():
    nsw = ("DIVISION\nFor\tCouncillors Connell, Haddad and Mehta\nAgainst\tCouncillors Fenwick, Lam, Okafor, O'Rourke, "
           "Petrovic, Raman and Whitlock\nOn being put to the meeting the motion was LOST.\n")
    assert tallies(nsw) == [(3, 7, None, False, "lost")]
    panel = ("A recorded vote was taken on the amendment:\n\n• For (3): Councillors Fairweather, Garside and Pybus\n"
             "• Against (8): Councillors Ashworth, Brightwell, Hollins, Mowbray, Qureshi, Sandhu and Tolley, and Mrs Okafor\n"
             "• Abstaining (1): Mr Penhaligon\n\nThe amendment was therefore lost.\n")
    assert tallies(panel) == [(3, 8, 1, False, "lost")]


def test_a_list_of_recommendations_a_sentence_introduces():
    ijb = ("The Chief Finance Officer's report recommended that the Integration Joint Board:\n"
           "(i) approve the 2026/27 revenue budget of £294.982m set out in Appendix 1;\n"
           "(ii) approve the issue of Directions to the Council and the Health Board in the form set out\n"
           "in Appendix 4; and\n(iii) note the medium term financial plan and the cumulative budget gap.\n"
           "Members expressed concern about the day services redesign.\n")
    assert recs(ijb) == ["approve the 2026/27 revenue budget of £294.982m set out in Appendix 1",
                         "approve the issue of Directions to the Council and the Health Board in the form set out in Appendix 4; and",
                         "note the medium term financial plan and the cumulative budget gap."]
    panel = ("(b) That the Panel make the following recommendations to the Commissioner:\n\n"
             "   (i) that he publishes a breakdown of how the additional precept income is allocated;\n\n"
             "   (ii) that progress in delivering the savings of £6.8m is reported to the Panel quarterly.\n\n"
             "(c) That the Chair be authorised to finalise and send the Panel's report.\n")
    assert recs(panel) == ["that he publishes a breakdown of how the additional precept income is allocated",
                           "that progress in delivering the savings of £6.8m is reported to the Panel quarterly."]


def test_a_subject_recommending_its_object():
    assert recs("The tender was the lowest. The Design Team recommended acceptance of the lowest compliant tender.") == \
        ["The Design Team recommended acceptance of the lowest compliant tender."]
    assert recs("Chief Lamontagne recommended the Westman unit, which can be delivered by November 2025.") == \
        ["Chief Lamontagne recommended the Westman unit, which can be delivered by November 2025."]
    # passive, adjectival and reported uses are not recommendations made
    assert recs("The works were carried out as recommended by the surveyor last year.") == []
    assert recs("The Board had recommended the same approach in 2019, members recalled.") == []
    assert recs("Officers will consider whether it is the recommended option for the site.") == []


def test_a_recommendation_box_ends_where_the_report_begins():
    text = ("Recommendation\nThe Board is asked to:\na) approve the 2026/27 capital programme of £54.2m set out in Table 1;\n"
            "b) note the backlog maintenance position and the risks to delivery set out in section 5.\n\n"
            "1. Purpose\n1.1 This paper asks the Board to approve the Trust's capital programme for 2026/27.\n"
            "2. Capital resources for 2026/27\n2.1 NHS England has issued operational capital to systems.\n")
    assert recs(text) == ["approve the 2026/27 capital programme of £54.2m set out in Table 1",
                          "note the backlog maintenance position and the risks to delivery set out in section 5."]
    # numbered recommendations that are short acts keep their section
    text = "Recommendations\n\n1. Approve the revenue budget\n\n2. Note the quarterly report\n\nBackground\nThe budget was set.\n"
    assert recs(text) == ["Approve the revenue budget", "Note the quarterly report"]


def test_counts_for_the_motion_and_a_motion_against_an_amendment():
    text = ("It was then moved by Mr Bevan-Morgan and seconded by Cllr Parry that the officer recommendation be accepted. "
            "On being put to the vote, 8 Members voted for the motion, 6 against and 1 abstained.\n")
    assert tallies(text) == [(8, 6, 1, False, "carried")]
    scot = ("Councillor Stoddart, seconded by Councillor Reid, moved as an amendment that the application be refused.\n\n"
            "On a vote being taken, the result was as follows:\n\nMotion\t4 votes\nAmendment\t5 votes\n\n"
            "The amendment was accordingly carried.\n")
    assert tallies(scot) == [(5, 4, None, False, "carried")]
    # a motion's number beside its title is no count
    assert tallies("Motion 4 – Grass cutting\nCouncillor Reid asked about verges.\n") == []


def test_names_voting_for_the_motion_roll_calls_with_commas_and_irish_proposals():
    tas = ("DECISION 01/2026\nCr Holloway moved and Cr Fitzpatrick seconded that the Minutes be confirmed.\n\n"
           "The motion was put and carried.\n\nVoting for the motion: Mayor Cr Dowie, Cr Kettle, Cr Bellamy, Cr Quill\n"
           "Voting against the motion: Nil\n")
    assert tallies(tas) == [(4, 0, None, True, "carried")]
    ohio = ("Mrs. Brunswick made a motion to approve the minutes as presented, seconded by Mr. Heitkamp. "
            "Vote: Mrs. Brunswick, yes; Mr. Heitkamp, yes; Mr. Wolters, no.\n")
    assert tallies(ohio) == [(2, 1, None, False, "carried")]
    sask = ("Councillor Yaremko requested a recorded vote.\nIN FAVOUR: Councillors Thiessen and Yaremko\n"
            "OPPOSED: Mayor Halvorsen, Councillors Bellegarde, Deshpande, Gaudet, Kowalchuk and\nMacInnes\nDEFEATED.\n")
    assert tallies(sask) == [(2, 6, None, False, "lost")]
    irish = ("On the proposal of Cllr Furlong, seconded by Cllr Kiernan, the minutes of the meeting held on 18th September "
             "2025 were confirmed and signed.\n")
    assert tallies(irish) == [(None, None, None, None, "carried")]
    club = "• President moved to accept the minutes of the 2022 AGM. Passed.\n"
    assert tallies(club) == [(None, None, None, None, "carried")]
    # a heading or a note that something can be passed is no outcome
    assert tallies("III. STATUS OF LEGISLATION PREVIOUSLY PASSED\n\nSanders said all legislation has been signed.\n") == []
    assert tallies("to provide for an effective date. ((PUBLIC HEARING TODAY – CAN BE PASSED TODAY))\n") == []


def test_a_recommendation_agreed_and_a_panel_recommending_a_tenderer():
    irish = ("On the proposal of Cllr Brophy, seconded by Cllr Costigan, the Committee agreed to recommend to the Council "
             "that the Draft Bye-Laws, as amended, be made at the meeting of the Council on 8th December 2025.\n")
    assert len(recs(irish)) == 1 and "recommend to the Council that the Draft Bye-Laws" in recs(irish)[0]
    tender = ("The tender evaluation panel recommended Northern Bitumen Services Pty Ltd, whose tender was the lowest.\n")
    assert recs(tender) == ["The tender evaluation panel recommended Northern Bitumen Services Pty Ltd, whose tender was the lowest."]
    assert recs("Members said they would like to recommend that the hall be repainted next year.") == []
    box = ("Recommendations\nThe Board is asked to:\na) APPROVE the Urgent and Emergency Care Plan 2026/27;\n"
           "b) DELEGATE to the Finance Committee the release of the £2.1m winter contingency, in line with section 4.4.\n\n"
           "Links to ICB strategic\t☒ SO1 Improve outcomes in population health\nobjectives\t☒ SO2 Tackle inequalities\n")
    assert recs(box)[-1] == "DELEGATE to the Finance Committee the release of the £2.1m winter contingency, in line with section 4.4."


def test_a_recommendation_in_its_own_clause_item_or_participle():
    nz = ("That the Regional Transport Committee:\n1. Receives the report.\n3. Approves the variation to the Plan, as set out "
          "in Attachment 2.\n4. Recommends to Rangitaua Regional Council that it adopt the varied Plan at its meeting on "
          "11 December 2025.\n\nMayor Nikora called for a division.\n")
    assert recs(nz) == ["Recommends to Rangitaua Regional Council that it adopt the varied Plan at its meeting on 11 December 2025."]
    flood = ("The garage would be located within the flooding hazard, where flood depths reach 0.9 metres, and staff "
             "recommended that this part of the application be refused.")
    assert recs(flood) == ["staff recommended that this part of the application be refused."]
    ca = ("Vice Chair Banerjee moved to adopt Resolution PC 2025-32, recommending that the City Council adopt an ordinance "
          "amending Chapter 17.42; seconded by Commissioner Oyelaran.")
    assert recs(ca)[0].startswith("recommending that the City Council adopt an ordinance")
    icb = ("The Committee RECOMMENDED the revised terms of reference to the Board\nfor approval at its meeting on 5 February "
           "2026 and APPROVED the forward\nplan for 2026/27.\n")
    assert recs(icb) == ["The Committee RECOMMENDED the revised terms of reference to the Board for approval at its meeting on 5 February 2026"]


def test_outcome_words_in_names_inline_recorded_votes_and_who_cast_a_tally():
    assert tallies("The supervisors are going to meet with Steve/Lost Creek Ag tomorrow morning.\n") == []
    text = ("On a recorded vote, the amendment was LOST (For: Members Boyle and Wainwright; Against: Members Abernethy, "
            "Gagnon, Gill and Tillsley).\n")
    assert tallies(text) == [(2, 4, None, False, "lost")]
    text = ("Commissioner Tolentino moved to adopt Resolution PC 2025-31; seconded by Commissioner Haskins; motion carried "
            "5-1-1 (Noes: Ventresca; Abstain: Castellanos).\n")
    assert tallies(text) == [(5, 1, 1, False, "carried")]


def test_recommends_over_items_and_votes_by_voice():
    nz = ("The COMMITTEE RECOMMENDS\n3. That Council approve additional capital funding of $3.85 million for the project.\n\n"
          "4. That Council authorise the Chief Executive to apply for funding assistance.\n\nMotion carried unanimously.\n")
    assert recs(nz) == ["That Council approve additional capital funding of $3.85 million for the project.",
                        "That Council authorise the Chief Executive to apply for funding assistance."]
    tc = ("it was RESOLVED (6 in favour, 2 against) to RECOMMEND TO\nFULL COUNCIL that:\n\n"
          "  (i)   the budget for 2026/27 as set out in Appendix B be adopted;\n"
          "  (ii)  a precept of £412,650 be requested from the District Council;\n        and\n"
          "  (iii) £12,000 be transferred to a new earmarked reserve for the skate park.\n\nThe meeting closed.\n")
    assert len(recs(tc)) == 3
    assert tallies("A motion was made and seconded to approve the minutes. The motion was approved by voice vote.\n") == \
        [(None, None, None, None, "carried")]
    assert tallies("On the Committee's recommendation, the Board voted by voice vote to support House Bill 1294.\n") == \
        [(None, None, None, None, "carried")]
    assert tallies("Motion carried by unanimous voice vote.\n") == [(None, None, None, True, "carried")]
    assert tallies("The Board will be asked to vote by voice vote at its next meeting.\n") == []


def test_mover_and_seconder_beside_a_resolution_is_a_carried_vote():
    # Welsh community council: the resolution, then its mover and seconder on their own line
    welsh = ("It was RESOLVED that the payments listed above, totalling £1,433.91, be approved for payment.\n"
             "Proposed: Cllr Jenkins   Seconded: Cllr Harding\n\n(c) Receipts\nThe Clerk reported receipts of £412.60, "
             "passed to the Memorial Hall.\n")
    assert tallies(welsh) == [(None, None, None, None, "carried")]
    # Scottish community council: the movers after "were approved"
    scots = ("The minutes of the previous meeting held on Tuesday 6th February 2024 were approved. Proposed by MC and "
             "Seconded by AW as a true and accurate reflection of events.\n")
    assert tallies(scots) == [(None, None, None, None, "carried")]
    # school parents' association shorthand: the proposer word is "approved"
    assert tallies("Minutes from last AGM: approved KL, seconded SW.\n") == [(None, None, None, None, "carried")]
    # chess club AGM: "Accepted by All" is a unanimous outcome
    chess = "## 3) Minutes of the AGM\n\nProposed Alan Heath\n\nSeconded Dave Phillips\n\nAccepted by All\n\n## 4) Report\n"
    assert tallies(chess) == [(None, None, None, True, "carried")]



def test_movers_named_with_titles_and_initials_that_carry_full_stops():
    # Irish county council: "Cllr." and initials, then "it was agreed to ..."
    irish = ("Proposed by Cllr. P. Hession, Seconded by Cllr. N. Geraghty, it was agreed to approve the disposal of "
             "0.21 hectares at Knockbrack.\n")
    assert tallies(irish) == [(None, None, None, None, "carried")]
    # Western Australian shire: "Cr D. Kearney" with a tab before the seconder, a numbered resolution, then its
    # outcome: the numbered parts do not end the item, so "CARRIED 6/1" is its one vote
    wa = ("COUNCIL RESOLUTION 2025/031\nMoved: Cr D. Kearney\tSeconded: Cr P. Natarajan\nThat Council:\n"
          "1. Adopts the Quarterly Budget Review Statement for the quarter ended 31 December 2024;\n"
          "2. Notes the forecast operating surplus of $1.2 million; and\n\n"
          "3. Requests a report to the April 2025 Ordinary Meeting on the Plant Replacement Reserve.\n"
          "CARRIED 6/1\n7.2 RFT 2024/18 – Merrigal Memorial Pool Plant Upgrade\n")
    assert tallies(wa) == [(6, 1, None, False, "carried")]
    # Ontario: "Mr. J. Smith" and "Dr. A. Jones" as mover and seconder; the stated outcome is the one vote
    assert tallies("Moved by Mr. J. Smith, seconded by Dr. A. Jones, that the report be received. Carried.\n") == \
        [(None, None, None, None, "carried")]
    # a sentence's full stop still ends the mover: the report approved, and a new sentence about seconded staff
    assert tallies("The report was approved. Seconded staff will return in May.\n") == []

def test_an_amendment_then_the_main_motion_put_are_two_votes():
    # British Columbia health authority: the amendment's tally, then the main motion carried unanimously
    bc = ("MOTION TO AMEND: That the motion be amended by adding a report on a second MRI unit.\n"
          "MOVED: M. Thibodeau SECONDED: J. Okafor\nDirectors noted that a second unit was unfunded.\n"
          "DEFEATED (3 in favour, 5 opposed)\n\nThe main motion was then put.\nCARRIED UNANIMOUSLY\n")
    assert tallies(bc) == [(3, 5, None, False, "lost"), (None, None, None, True, "carried")]
    # Ontario school board: outcome words alone on their lines
    ontario = ("Moved in amendment by Trustee Rosenberg, seconded by Trustee MacIntyre:\nTHAT the professional activity "
               "day of February 13, 2026 be moved to February 6, 2026.\nDEFEATED\nThe main motion was then put.\nCARRIED\n")
    assert tallies(ontario) == [(None, None, None, None, "lost"), (None, None, None, None, "carried")]
    # Victorian shire: "put and LOST", then the substantive motion
    vic = ("Cr Cattanach moved an amendment, seconded by Cr Vella, that the municipal charge be abolished. The amendment "
           "was put and LOST.\nThe substantive motion was then put.\nCARRIED\n")
    assert [t[-1] for t in tallies(vic)] == ["lost", "carried"]
    # a US tally with nobody against is unanimous of those voting; one with a vote against is not
    assert tallies("The motion carried 6-0.\n") == [(6, 0, None, True, "carried")]
    assert tallies("The motion carried 5-1.\n") == [(5, 1, None, False, "carried")]
    # one outcome stated twice is still one vote
    assert tallies("The motion was put and CARRIED (6 in favour, 1 against).\n") == [(6, 1, None, False, "carried")]


def test_recorded_votes_with_the_total_in_the_heading_and_the_names_below_or_after():
    # English county council: "FOR (18):" with the names on the lines below
    county = ("A recorded vote was taken on Amendment A:\n\nFOR (3):\n    Bellamy, Cotterill,\n    Dimmock\n\n"
              "AGAINST (4):\n    Ackroyd, Barraclough,\n    Corrigan, Danvers\n\nABSTAINED (1):\n    Wragg\n\n"
              "The amendment was therefore LOST.\n")
    assert tallies(county) == [(3, 4, 1, False, "lost")]
    # Ontario library board: names then the total in brackets on one line
    ontario = ("**Recorded vote:**\nFor: Okafor, Tremblay, Sandhu, Dunning, Solberg (5)\nAgainst: Lachance (1)\n"
               "Declared interest, not voting: MacPhail\n\n**CARRIED**\n")
    assert tallies(ontario) == [(5, 1, None, False, "carried")]
    # "For:" opening a sentence is not a list of names
    assert tallies("For: the reasons given in the report, the item was noted (see Appendix 2).\n") == []


def test_a_scottish_division_between_motion_and_amendment():
    scot = ("On a vote being taken by a show of hands, there voted for the amendment 4\nand for the motion 7, with 1 "
            "abstention. The motion was accordingly carried.\n")
    assert tallies(scot) == [(7, 4, 1, False, "carried")]
    assert tallies("On a division, there voted for the motion 12 votes and for the amendment 9 votes.\n") == \
        [(12, 9, None, False, "carried")]
    # an equality of votes is settled by the casting vote, not by this shape
    assert tallies("There voted for the motion 14 and for the amendment 14.\n") == []


def test_counts_voted_for_each_side_and_for_and_against_in_one_sentence():
    # Scottish council roll call: each side's count, then the abstentions
    scot = ("On a vote being taken by roll call, 9 members voted for the motion,\n     14 members voted for the amendment "
            "and 4 members abstained. The\n     amendment was accordingly carried.\n")
    assert tallies(scot) == [(14, 9, 4, False, "carried")]
    # Welsh county council show of hands: "there voted 9 for the proposal and 31 against, with 1 abstention"
    wales = ("On a show of\nhands, there voted 9 for the proposal and 31 against, with 1 abstention,\nand the proposal fell.\n")
    assert tallies(wales) == [(9, 31, 1, False, "lost")]
    # NZ division: the total on the line after the names, a Mayor first among them
    nz = ("A division was called for, voting on which was as follows:\nFor: Mayor Tamihana, Deputy Mayor Matenga, Crs Dunlop "
          "and Paewai\n(4)\nAgainst: Crs Gordon-Smith and Ruddenklau (2)\nAbstained: Cr Te Hau (1)\n"
          "The motion was declared CARRIED 4–2\n")
    assert tallies(nz) == [(4, 2, 1, False, "carried")]


def test_a_board_recorded_as_unanimous_in_a_sentence():
    icb = "The Chair asked members to confirm their support. The Board was unanimous, and:\n\n- APPROVED the business case.\n"
    assert tallies(icb) == [(None, None, None, True, "carried")]
    assert tallies("The Board was not unanimous in its view of the options.\n") == []


def test_movers_are_not_a_second_vote_where_the_item_states_its_outcome_or_fell():
    # Queensland council: the outcome closes a long resolution; one vote, not two
    qld = ("Resolution OM25/214\nMoved Cr Kallis Seconded Cr Oyelaran\nThat Council:\n1. approves eleven grants totalling "
           "$94,350 under Round 1 of the 2025–26 Community Grants Program, as listed in Attachment 1 to the report; and\n"
           "2. approves a further grant of $6,200 to the Yallaroo Hall Committee.\nCARRIED 6/1\n")
    assert tallies(qld) == [(6, 1, None, False, "carried")]
    # Victorian council: the outcome in the next paragraph, with the names voting
    vic = ("Cr Holloway moved and Cr Fitzpatrick seconded that the Minutes of the Ordinary Meeting be confirmed.\n\n"
           "The motion was put and carried.\n\nVoting for the motion: Cr Dowie, Cr Kettle, Cr Bellamy\n"
           "Voting against the motion: Nil\n")
    assert tallies(vic) == [(3, 0, None, True, "carried")]
    # an English parish council: proposed and seconded, then lost
    lost = ("Cllr Harding proposed that the precept be held at £12,000, seconded by Cllr Moss. On being put to the vote the "
            "proposal was lost.\n")
    assert [t[-1] for t in tallies(lost)] == ["lost"]
    # who will move it at the next meeting is not a vote
    assert tallies("The motion will be proposed by Cllr Ash and seconded by Cllr Bell at the March meeting.\n") == []


def test_a_roll_call_list_saying_nobody_against_counts_zero():
    # Utah town council: names with "I" for aye, then "Against: no votes."
    utah = ("ROLL CALL VOTE BY JEN CLANCY: Mayor Bourke - I, Councilmember Davis - I,\n"
            "Councilmember Byrne – I, Councilmember Anctil – I, and Councilmember Morgan - I.\n"
            "Against: no votes. The motion passed unanimous.\n")
    assert tallies(utah) == [(5, 0, None, True, "carried")]
    # a US board: a name voting "no" still counts against
    assert tallies("Roll call: Smith aye, Jones aye, Brown no. Motion carried.\n") == [(2, 1, None, False, "carried")]


def test_recommendation_lists_in_scottish_and_northern_irish_minutes():
    # Scottish council committee: "recommended that the Committee:-" over lettered items
    scots = ("The report recommended that the Committee:-\n(a) note the projected overspend of £1.284m for 2025/26;\n"
             "(b) approve the virements of £412,000 set out in Appendix 2; and\n(c) instruct the Executive Director to "
             "present a budget recovery plan to the next meeting of the\nCommittee.\nDecision\n")
    assert recs(scots) == ["note the projected overspend of £1.284m for 2025/26",
                           "approve the virements of £412,000 set out in Appendix 2; and",
                           "instruct the Executive Director to present a budget recovery plan to the next meeting of the Committee."]
    # integration joint board: roman items run on to (iv) and (v)
    ijb = ("The report recommended that the Integration Joint Board:\n(i) approve the 2026/27 revenue budget;\n"
           "(ii) approve the savings proposals of £5.270m;\n(iii) approve the use of £2.545m of general reserves;\n"
           "(iv) approve the issue of Directions to the Council and the Health Board in the form set out\nin Appendix 4; and\n"
           "(v) note the medium term financial plan and the cumulative budget gap.\nMembers expressed concern.\n")
    assert len(recs(ijb)) == 5 and recs(ijb)[4].startswith("note the medium term financial plan")
    # Northern Ireland district council: "the following recommendations of the\nCommittee:" broken over a line
    ni = ("The Chief Executive drew Members' attention to the following recommendations of the\nCommittee:\n"
          "(i) CPR007/26 – that the tender for the pool be awarded to Carnbeg Construction Ltd;\n"
          "(ii) CPR009/26 – that irrecoverable debts totalling £14,362.18 be written off; and\n"
          "(iii) CPR012/26 – that the Customer Service Standards 2026–2029 be approved.\n\nProposed by Alderman Kerr\n")
    assert len(recs(ni)) == 3


def test_recommendation_sentences_end_where_the_minute_goes_on():
    # US housing authority: a company's "Inc." ends the sentence when the next one opens with the mover
    us = ("The project architect recommended award of the contract to Piedmont Summit Roofing, Inc. Commissioner "
          "Raghunathan moved the adoption of Resolution No. 2025-16.\n")
    assert recs(us) == ["The project architect recommended award of the contract to Piedmont Summit Roofing, Inc."]
    # Saskatchewan city council: the next minute's number opens a new sentence
    sk = ("Administration recommended that the tender be awarded to the low bidder, whose references had been checked. "
          "415/25 Moved by Councillor Kowalchuk: That the tender be awarded.\n")
    assert recs(sk) == ["Administration recommended that the tender be awarded to the low bidder, whose references had been checked."]
    # Northern Ireland planning committee: "The recommendation was to refuse." is its own sentence
    ni = "The proposal would add to a ribbon of development. The recommendation was to refuse.\n"
    assert recs(ni) == ["The recommendation was to refuse."]
    # Utah township council: a member recommending an action in the gerund
    assert recs("Council Member Pinon recommended drafting print materials to review.\n") == \
        ["Council Member Pinon recommended drafting print materials to review."]
    # but not a mention of recommendations, and not "Mr. Smith" cut at his title
    assert recs("A report with recommendations will be brought to the Board during the spring.\n") == []
    assert recs("Mr. Smith recommended that the item be deferred to June.\n") == ["Mr. Smith recommended that the item be deferred to June."]


def test_a_recommendation_ends_where_the_minute_narrative_goes_on():
    # an English planning committee's officer recommendation, then the presentation
    got = recs("MINUTES\n\nPL/26/33 25/01234/FUL Land west of Hatley Road\n\nOfficer recommendation: GRANT, subject to "
               "conditions and the completion of a Section 106 Agreement. The Principal Planning Officer presented the "
               "report. The site was allocated for around 60 dwellings.\n\n")
    assert got == ["GRANT, subject to conditions and the completion of a Section 106 Agreement."]
    # a Queensland council's officer's recommendation under its heading, then the councillors' debate
    got = recs("MINUTES\n\nOFFICER'S RECOMMENDATION\nThat Council adopts the Dog Off-Leash Areas Policy as presented. "
               "Councillors raised concerns about the area beside the lagoon.\n\n")
    assert got == ["That Council adopts the Dog Off-Leash Areas Policy as presented."]
    # but a recommendation that goes on with more of itself keeps it
    got = recs("MINUTES\n\nRECOMMENDATION\nThat the Committee approves the tender award. That the Chief Executive "
               "signs the contract.\n\n")
    assert len(got) == 1 and got[0].endswith("signs the contract.")
    got = recs("MINUTES\n\nRecommendation\nThe Board is recommended to approve the plan. Note the risks set out in "
               "section 4.\n\n")
    assert len(got) == 1 and got[0].endswith("section 4.")


def test_tallies_that_count_only_some_sides():
    # an English parish council, an English town council, a Scottish charity's AGM
    def first(text):
        got = tallies(text)
        return got[0] if got else None
    assert first("Cllr A proposed and Cllr B seconded that Mr Rudd be co-opted. On a show of hands: 5 in favour, "
                 "0 against, 1 abstention. Carried.\n") == (5, 0, 1, False, "carried")
    assert first("Cllr P proposed and Cllr C seconded that the contract be awarded. Vote: 6 in favour, 1 abstention "
                 "(Cllr A). Resolved.\n") == (6, None, 1, False, "carried")
    assert first("The recommendation was put to the vote and carried on a show of hands by 10 votes to 2, with 1 "
                 "abstention.\n") == (10, 2, 1, False, "carried")
    assert first("Resolved that the accounts be adopted. Carried on a show of hands with one abstention.\n")[:3] == (None, None, 1)
    assert first("The motion as amended was then put and carried, with 4 against.\n") == (None, 4, None, False, "carried")
    # "with" a number of things that are not votes
    assert tallies("The report was approved, with 4 amendments to the wording.\n") == []


def test_a_tally_laid_out_as_a_table():
    md = ("On a show of hands:\n\n| For | Against | Abstentions |\n|---:|---:|---:|\n| 34 | 3 | 2 |\n\n"
          "The special resolution was **carried**.\n")
    assert tallies_of(md, "p.md")[0][:4] == (34, 3, 2, False)
    tabbed = "Recorded vote\nFor\tAgainst\tAbstain\n12\t3\t0\nThe motion was carried.\n"
    assert tallies(tabbed)[0][:3] == (12, 3, 0)
    # a head row over names, or a table whose first column is not the vote, is not a tally
    assert all(t[0] is None for t in tallies("For\tAgainst\nCllr Ames\tCllr Bell\n"))
    assert tallies_of("| Item | For | Against |\n|---|---|---|\n| 1 | 2 | 3 |\n", "p.md") == []


def test_movers_then_everyone_in_favour():
    wales = ("(i) to award the grants shown above, totalling £2,650. Proposed Cllr Jenkins, seconded Cllr Thomas; "
             "all in favour.\n")
    assert tallies(wales) == [(None, None, None, True, "carried")]
    payments = ("RESOLVED: that the payments listed, totalling £3,123.46, be approved. Proposed Cllr Lloyd, seconded "
                "Cllr Morgan, all in favour. The grants will be paid in June.\n")
    assert tallies(payments) == [(None, None, None, True, "carried")]


def test_a_recommendation_sentence_under_its_heading_and_a_bracketed_subject():
    on = ("7.4 Public Works – Report PW-2026-12, Tandem Axle Plow Truck\nThe Director of Public Works recommended the proposal "
          "from Northway Truck Centre of $428,760.00 plus HST.\n")
    assert recs(on) == ["The Director of Public Works recommended the proposal from Northway Truck Centre of $428,760.00 plus HST."]
    ni = ("6.2 Staffing. The staffing sub-group (Chair, Treasurer and Manager) recommended creating a new part-time post of "
          "Finance Assistant.\n")
    assert recs(ni) == ["The staffing sub-group (Chair, Treasurer and Manager) recommended creating a new part-time post of Finance Assistant."]
    # a line of the sentence itself is not a heading: "The Director of\nPublic Works" stays one subject
    wrapped = "The Director of\nPublic Works recommended the proposal from Northway Truck Centre.\n"
    assert recs(wrapped) == ["The Director of Public Works recommended the proposal from Northway Truck Centre."]


def test_labelled_counts_set_apart_by_a_middle_dot_or_a_bar():
    # an English cricket club's AGM, and a board's tally written with bars
    assert tallies("The accounts were adopted.\n\n> For 44 · Against 0 · Abstentions 2 — **Carried.**\n") == [(44, 0, 2, False, "carried")]
    assert tallies("Vote: For 7 | Against 2 | Abstain 0. Carried.\n")[0][:3] == (7, 2, 0)
    # a "for" that is not a count of votes
    assert tallies("Funding for 2026 · against the odds, the hall reopened.\n") == []


def test_an_officer_recommendation_ends_where_the_council_resolution_begins():
    wa = ("9.2.1 RFT 03/2025-26 Bitumen Sealing Services\n\nOFFICER RECOMMENDATION\nThat Council accepts the tender from "
          "Goldfields Spray Seal Pty Ltd for the lump sum price of $1,148,630.\n"
          "COUNCIL RESOLUTION 2026/056 Moved Cr Fennessy, Seconded Cr Okoro\nThat Council awards RFT 03/2025-26 to "
          "Goldfields Spray Seal Pty Ltd.\nCARRIED 6/0\n")
    assert recs(wa) == ["That Council accepts the tender from Goldfields Spray Seal Pty Ltd for the lump sum price of $1,148,630."]


# Session 11: recommendations and tallies as minutes in general write them

def test_recommendations_named_as_a_noun():
    from boardpapers.extractors import recommendations
    planning = ("MINUTES OF THE PLANNING COMMITTEE\n\nMembers considered the report on planning application LA12/2025/0351/F, "
                "which had a recommendation for approval.\n\nProposed by Councillor Rankin\n")
    charity = ("MINUTES\n\n9. Lease\n\nThe recommendation of the Finance, Audit & Risk Committee was that the Board approve entering "
               "into the lease on these terms.\n")
    board = "MINUTES\n\n7.1 Road naming\n\nA Puketapu spoke to the staff recommendation that the Board approve the names.\n"
    mention = "MINUTES\n\nThe Chair said recommendations will be presented in March, and a recommendation for the library is awaited.\n"
    for text, words in ((planning, "recommendation for approval"), (charity, "the Board approve entering"), (board, "the Board approve the names")):
        got = [r.text for r in run(recommendations, text)]
        assert len(got) == 1 and words in got[0], (text, got)
    assert run(recommendations, mention) == []


def test_tallies_of_members_voting_for_and_against_with_an_abstention():
    from boardpapers.extractors import votes
    lost = ("3.1 Application\n\n            The Chair put the amendment to the Committee, which was lost\n"
            "            with 4 Members voting for and 9 against.\n\n            The Chair then returned to the substantive proposal.\n")
    carried = ("5.2 Application\n\nThe Chair put the proposal to the Committee. Eight Members\nvoted for the proposal, five voted against "
               "and there was one\nabstention. The proposal was carried.\n")
    unanimous = "5.7 Application\n\nResolved That planning application LA12/2025/0455/F be approved.\n\nThe decision was unanimous.\n"
    [v] = run(votes, lost)
    assert (v.for_, v.against, v.abstain, v.result) == (4, 9, None, "lost")
    [v] = run(votes, carried)
    assert (v.for_, v.against, v.abstain, v.result) == (8, 5, 1, "carried")
    [v] = run(votes, unanimous)
    assert v.unanimous is True


def test_a_roll_call_broken_over_a_line_and_all_members_voted_aye():
    from boardpapers.extractors import votes
    county = ("Motion by Lindaas, seconded by Hofstad, to adopt Resolution 2026-27. Roll call vote: Brekken - aye; Hofstad -\n"
              "aye; Lindaas - aye; Schroeder - aye; Tvedt - aye. Resolution adopted.\n")
    permit = "Motion by Schroeder, seconded by Tvedt, to approve a utility permit. All members voted aye. Motion carried.\n"
    plat = "BE IT RESOLVED that the plat of Tract 1 is hereby approved in accordance with SDCL 11-3-6.\n"
    [v] = run(votes, county)
    assert (v.for_, v.against, v.unanimous) == (5, 0, True)
    [v] = run(votes, permit)
    assert (v.unanimous, v.result) == (True, "carried")
    assert all(v.for_ is None for v in run(votes, plat))   # a statute's section is no tally


def test_unanimous_in_brackets_after_a_resolution():
    from boardpapers.extractors import votes
    text = ("103.2  RESOLVED: that Joanna Threadgold be appointed as a Board member from\n       1 January 2026 for a term of three years. (Unanimous)\n\n"
            "103.3  RESOLVED: that Geoffrey Tansley be re-appointed. (Unanimous of those\n       present and voting.)\n")
    got = run(votes, text)
    assert len(got) == 2 and all(v.unanimous for v in got)


def test_recommended_to_a_named_committee_and_a_labelled_recommendation():
    from boardpapers.extractors import recommendations
    town = ("AMC 25/49 BUDGET\n\nRECOMMENDED to the Finance and General Purposes Committee that the draft Amenities budget for 2026/27 "
            "be approved.\n")
    county = ("Committee of the Whole recommendation: That Council approve Community Grants totalling $48,750.\n\nMoved by Councillor Ross\n")
    staff = "The Director outlined the rezoning. Staff recommend approval.\n"
    for text, words in ((town, "draft Amenities budget"), (county, "Community Grants totalling"), (staff, "Staff recommend approval")):
        got = [r.text for r in run(recommendations, text)]
        assert len(got) == 1 and words in got[0], (text, got)


def test_recommendations_labelled_r1_under_recommended_to_cabinet():
    district = ("37. HOMELESSNESS TASK AND FINISH GROUP\nRECOMMENDED TO CABINET:\n"
                "R1\tThat an acquisition programme of up to 14 homes be approved, at a total cost of up to £3.5 million.\n"
                "R2\tThat a permanent Temporary Accommodation Officer post be created at a cost of £38,900 a year.\n\n"
                "38. PERFORMANCE MONITORING\nThe Head of Finance presented the report.\n")
    borough = ("RECOMMENDED TO COUNCIL:\n(a) that the members' allowances scheme for 2026/27 be adopted; and\n"
               "(b) that the basic allowance be increased by 3.2%.\n")
    got = recs(district)
    assert len(got) == 2 and got[0].startswith("That an acquisition programme") and "Officer post" in got[1]
    assert len(recs(borough)) == 2
    # a road's name is not a recommendation's label, and "recommended" in the past tense introduces no list
    assert recs("The route was RECOMMENDED by the engineer.\nR1 road works will start in May.\n") == []


def test_a_subject_recommends_its_adoption_and_a_sentence_after_a_quotation():
    health = ("11. POLICIES\nThe Executive Committee recommends its adoption.\n")
    pay = ('The CEO\'s performance was rated "exceeds expectations." The Executive Committee recommended an increase '
           "in base salary of 3.5%, effective April 1, 2026.\n")
    assert recs(health) == ["The Executive Committee recommends its adoption."]
    assert recs("The Committee recommends it to members.\n") == []   # ("it" is no recommendation's object)
    [r] = recs(pay)
    assert r.startswith("The Executive Committee recommended an increase")   # the quotation's full stop ends the sentence before


def test_names_lists_of_two_votes_are_not_joined_and_labelled_counts_with_names():
    library = ("THAT the motion be amended by deleting the words \"and Westview\".\n**DEFEATED** (3 in favour, 5 opposed)\n"
               "In favour: Trustees Fairweather, MacIver and Wierzbicki\n\nThe main motion was then put.\n"
               "**CARRIED** (6 in favour, 2 opposed)\nOpposed: Trustees Fairweather and Wierzbicki\n")
    village = ("Vote on the motion to table: Ayes: 2 (Ruiz-Callahan, Wojcik). Nays: 3 (Vandermeer, Kesselring, Lindqvist). "
               "The motion to table was\ndefeated.\n")
    assert tallies(library) == [(3, 5, None, False, "lost"), (6, 2, None, False, "carried")]
    assert tallies(village) == [(2, 3, None, False, "lost")]
    # a recorded vote whose lists stand together still counts both
    council = "For: Cllrs Hughes, Lewis and Price\nAgainst: Cllr Jenkins\nThe motion was CARRIED.\n"
    assert [(f, a) for f, a, *_ in tallies(council)] == [(3, 1)]


def test_proposer_on_the_next_line_and_a_bare_unanimous_line():
    parish = ("RESOLVED that from 1st October 2026 the rent be £35 a year. Proposed\n"
              "        Cllr Whitlock, seconded Cllr Pavey, all in favour.\n")
    town = "(2) 26/0455/HOU\n    14 Maes Tegid\n\nRESOLVED - No objection.\nUnanimous.\n\n(3) 26/0460/FUL\n"
    assert tallies(parish) == [(None, None, None, True, "carried")]
    assert tallies(town) == [(None, None, None, True, "carried")]
    # "unanimous" inside a sentence of discussion is no vote of its own
    assert tallies("Members were not unanimous in their view of the design.\n") == []


def test_all_ayes_opposed_under_carried_dissent_and_resolved_unanimously():
    county = "Moved by Kruse, seconded by Dietz, to approve the agenda as posted. All ayes.\n"
    district = ("THAT the letter be received and referred to the Transit Select Committee.\n                     CARRIED\n"
                "                     OPPOSED: Director Pennock\n\nTHAT Bylaw No. 1912 be read a third time.\n"
                "  RD 2026-048 CARRIED\n  OPPOSED: Directors Kowalchuk and Rydell\n")
    welsh = "Proposed by Cllr Kendrick, seconded by Cllr ap Ieuan, and RESOLVED unanimously to accept the quotation.\n"
    parish = ("Proposed Cllr Hughes, seconded Cllr Price, that the quotation be accepted. Carried, Cllr Prydderch voted "
              "against.\n")
    assert tallies(county) == [(None, None, None, True, "carried")]
    assert [(a, r) for _, a, _, _, r in tallies(district)] == [(1, "carried"), (2, "carried")]
    assert tallies(welsh) == [(None, None, None, True, "carried")]
    assert [(a, u) for _, a, _, u, _ in tallies(parish)] == [(1, False)]
    # a name list without an outcome above it, and "voted against" with no vote read, add no vote
    assert tallies("Opposed: the residents of Mill Lane wrote to object.\n") == []
    assert tallies("Cllr Jones said she had voted against the scheme in 2019.\n") == []


def test_shorthand_proposer_and_seconder_then_all_in_favour():
    # English parish and town clerks' shorthand: "Prop./sec." then "all in favour" or the count
    parish = "The minutes of 9 June were approved. Prop. Cllr Ames, sec. Cllr Bell, all in favour.\n"
    town = "The Committee supported the application. Prop Cllr Hale, sec. Cllr Ng; 6 for, 1 against.\n"
    agreed = "RESOLVED to renew the insurance. Propd. Cllr Rowe, secd. Cllr Ives, all agreed.\n"
    assert tallies(parish) == [(None, None, None, True, "carried")]
    assert tallies(town) == [(6, 1, None, False, "carried")]
    assert tallies(agreed) == [(None, None, None, True, "carried")]
    # a sentence that ends "were proposed." is no proposer, and "all in favour of" is prose, not a vote
    assert tallies("No compulsory redundancies were proposed.\nCouncillor Lennox, seconded by Mr Fyfe, moved the report.\n") == []
    assert tallies("Residents spoke, all in favour of the new crossing on Mill Lane.\n") == []


def test_resolved_or_agreed_to_recommend_to_another_body():
    # a Welsh cabinet's numbered recommendations to council, an NHS committee's to its board
    welsh = ("RESOLVED TO RECOMMEND TO COUNCIL:\n6.1 that a premium of 200% be charged on second homes from 1st April 2027;\n"
             "6.2 that £1.5m a year be allocated to the Affordable Homes Fund.\nThe recommendation will be considered in September.\n")
    got = recs(welsh)
    assert len(got) == 2 and "second homes" in got[0] and "Affordable Homes Fund" in got[1]
    nhs = ("The Committee agreed to recommend to the Board, at its meeting on Tuesday 30 June 2026, that the Annual Accounts "
           "be approved.\n")
    assert len(recs(nhs)) == 1
    also = "The Committee agreed to recommend the revised Risk Appetite Statement to the Board for approval.\n"
    assert len(recs(also)) == 1
    # what a body will or may recommend later is no recommendation made
    assert recs("The Committee will recommend a budget to the Board in March.\n") == []
    assert recs("Members were asked whether to recommend that the fee be raised.\n") == []


def test_named_opponents_after_the_outcome_line():
    # British Columbia and Ontario councils name who opposed under (or beside) CARRIED
    bc = "THAT the Financial Plan Bylaw be adopted.\n\n**CARRIED**\nCouncillor Brisbois opposed.\n"
    many = "THAT the bylaw be adopted.\nCARRIED\nMayor Whitford and Councillors Brisbois, Ferrand and Sandhu opposed.\n"
    ontario = "THAT By-law 2026-032 be passed.\nCarried, Councillor Kerr opposed.\n"
    assert tallies(bc) == [(None, 1, None, False, "carried")]
    assert tallies(many) == [(None, 4, None, False, "carried")]
    assert tallies(ontario) == [(None, 1, None, False, "carried")]
    # a submission "opposed" in the narrative is no councillor's vote
    assert tallies("Two written submissions were received, one in support and one opposed.\n") == []
