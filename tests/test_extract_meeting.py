"""Cover sheets in several layouts; minutes openings; unknown stays None."""
from __future__ import annotations

from boardpapers.extractors import meeting

from helpers import run

COVER_TABLE = """Northshire Clinical Commissioning Group
Governing Body Meeting

Date of Meeting:\t12 March 2019\tPaper No:\tGB/19/031
Title of Paper:\tUrgent Care Strategy 2019-2024
Is this paper for:\tDiscussion\t\tDecision\t✓\tInformation\t
Author:\tJane Smith, Director of Strategy

1. Introduction
The strategy sets out ...
"""

LABEL_ABOVE = """Report to Cabinet

Date of meeting:
Tuesday 14 January 2025

Report title:
Leisure Fees and Charges 2025/26

Purpose of report: For decision
"""

MINUTES = """MINUTES OF THE MEETING OF THE FINANCE COMMITTEE
HELD AT COUNTY HALL ON WEDNESDAY 2 DECEMBER 2020 AT 10.00 AM

Present: Councillor A (Chair), Councillor B.
1. Apologies
"""


def test_cover_sheet_in_a_table():
    m = run(meeting, COVER_TABLE)
    assert m.date == "2019-03-12" and m.paper_number == "GB/19/031"
    assert m.title == "Urgent Care Strategy 2019-2024"
    assert m.purpose == ["decision"]
    assert m.organisation == "Northshire Clinical Commissioning Group"


def test_label_above_value_and_purpose_in_words():
    m = run(meeting, LABEL_ABOVE)
    assert m.date == "2025-01-14" and m.title == "Leisure Fees and Charges 2025/26"
    assert m.purpose == ["decision"]


def test_minutes_opening_gives_the_meeting_date():
    m = run(meeting, MINUTES)
    assert m.date == "2020-12-02"
    assert m.paper_number is None
    assert "FINANCE COMMITTEE" in m.title


def test_numbered_section_first_means_no_title_and_no_guesses():
    m = run(meeting, "1. Background\nOn 10 November 2014 NHS England released new guidance.\n")
    assert m.title is None and m.date is None and m.paper_number is None and m.purpose == []


def test_title_line_before_the_first_numbered_section():
    text = "Action Required:\nThe Board is asked to note the report.\n\nProposals for a Joint Committee\n\n1. Introduction\nText.\n"
    assert run(meeting, text).title == "Proposals for a Joint Committee"


def test_ticked_options_only():
    text = "Purpose:\tDecision ☒ Approval ☐ Discussion ☐ Information ☒ Assurance ☐\n"
    assert run(meeting, text).purpose == ["decision", "information"]
    untouched = "Is this paper for:\tDiscussion\tDecision\tInformation\n"
    assert run(meeting, untouched).purpose == []


def test_the_line_naming_the_minutes_is_the_title():
    text = ("University of Wexcombe – Council\tUnconfirmed minutes: 10 July 2024\n\nUNIVERSITY OF WEXCOMBE\n"
            "Minutes of the Meeting of Council held on Wednesday 10 July 2024\nSenate Room, 2.00 pm to 5.10 pm\n\nPresent\n")
    assert run(meeting, text).title == "Minutes of the Meeting of Council held on Wednesday 10 July 2024"
    text = ("STOKE FERRY PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on "
            "Wednesday 7 October 2020 at 7.05 pm\n\nPresent: Cllr A\n")
    assert run(meeting, text).title.startswith("STOKE FERRY PARISH COUNCIL Draft (until approved at the next meeting) Minutes")
    text = "Adult Social Care Committee – Minutes\n\nMinutes of the meeting held on Wednesday 2 December 2020. The meeting was held remotely.\n"
    assert run(meeting, text).title == "Adult Social Care Committee – Minutes"


def test_date_lines_that_open_the_minutes():
    text = "Thursday, June 28, 2018 02:00 PM at the Port Office\n\n===\n\nI. CALL TO ORDER\n\nThe President called the meeting to order.\n"
    m = run(meeting, text)
    assert m.date == "2018-06-28" and m.title is None
    text = ("EASTMERE TRUST\nMinutes of the Council of Governors Meeting held in Public\nThursday 5 December 2024, 5.30pm – 7.45pm, "
            "Lecture Theatre 2, Eastmere Education Centre\n\nThe Chair reported on the development day held on 7 November 2024.\n")
    assert run(meeting, text).date == "2024-12-05"
    text = ("Thursday, December 3, 2020\n\nPUBLIC NOTICE OF SPECIAL MEETING\n\nThe Authority will hold a special meeting "
            "on Tuesday, December 8, 2020 at 9:00 a.m.\n")
    assert run(meeting, text).date == "2020-12-08"   # a notice's own date is not the meeting's


def _who(text):
    m = run(meeting, text)
    return m.organisation, m.body


def test_who_met_from_the_title_in_several_house_styles():
    assert _who("Alta Town Council Meeting\nJune 15, 2022\n\nPresent: Mayor Bourke\n") == ("Alta Town Council", "Town Council")
    assert _who("UWCS Exec Minutes - Fri 8th December 2006\n\nPresent\n") == ("UWCS", "Exec")
    assert _who("Minutes of WLUG AGM 2022 - 27 February 2023\n\nPresent:\n") == ("WLUG", "Annual General Meeting")
    assert _who("2020 Annual General Meeting of the Lac Notre Dame and Usher Lake Association\n\nAgenda\n") == (
        "Lac Notre Dame and Usher Lake Association", "Annual General Meeting")
    town = ("CALVERLEY BRIDGE TOWN COUNCIL\nMINUTES of the meeting of the FULL COUNCIL held in the Council Chamber on "
            "Monday 6th October 2025 at 7.00 pm\n\nPresent: Cllr A\n")
    org, body = _who(town)
    assert body == "Full Council" and org.lower() == "calverley bridge town council"


def test_labels_and_single_words_are_not_organisations():
    org, body = _who("Purpose: Board\nStatus: Final\n\nThe Board noted the report.\n")
    assert org != "Purpose"
    assert _who("Notice\nBoard of Directors Meeting\n\nMinutes\n")[0] != "Notice"


def test_the_body_named_by_a_long_title_or_a_committee_line():
    ni = ("LOUGH CORRAN AND GLENMOY DISTRICT COUNCIL\n\nMinutes of the Meeting of the Planning Committee held in the Council "
          "Chamber, Strand House, 2 Quay Street, Ballykeel BT71 9AE and by remote means on Monday 2 February 2026 at 10.00 am\n\n"
          "In the Chair: Councillor M Devlin\n")
    assert _who(ni)[1] == "Planning Committee"
    icb = ("NHS Castlemere and Wendholt Integrated Care Board\nPrimary Care Commissioning Committee\n"
           "Minutes of the meeting held in public on Wednesday 17 September 2025\n")
    assert _who(icb) == ("NHS Castlemere and Wendholt Integrated Care Board", "Primary Care Commissioning Committee")
    sf = "San Francisco Elections Commission\nOpen Source Voting System Technical Advisory Committee\n\nMinutes\n"
    assert _who(sf)[1] == "Open Source Voting System Technical Advisory Committee"
    hospice = ("ST ALDHELM'S HOSPICE, WRENSFORD\nRegistered Charity No. 1102457\n\nMINUTES OF THE MEETING OF THE BOARD OF TRUSTEES\n"
               "held on Thursday 20 November 2025\n")
    org, body = _who(hospice)
    assert body == "Board of Trustees" and "hospice" in org.lower()
    # a line of prose that happens to name a corporation is not the organisation
    assert _who("The members\ncorporation, receive reports on the activities of the corporation,\nand elect the board.\n")[0] is None


def test_organisation_named_by_a_heading_or_a_meeting_of_sentence():
    # a heading that is the organisation's name alone, in any case, whatever noun ends it
    assert _who("# Oak Mesa Water District\n\n## Minutes of the Regular Meeting of the Board of Directors\n")[0] == \
        "Oak Mesa Water District"
    assert _who("CEDAR PRAIRIE PUBLIC LIBRARY DISTRICT\n410 West Orchard Street\n\nMINUTES OF THE REGULAR MEETING OF "
                "THE BOARD OF TRUSTEES\n")[0] == "Cedar Prairie Public Library District"
    assert _who("TOWN OF LARKSPUR FALLS\nREGULAR COUNCIL MEETING MINUTES\n\nMonday, June 9, 2025\n"
                "Council Chambers, Town Administration Building\n")[0] == "Town of Larkspur Falls"
    # "meeting of X" in the opening sentence, and a body named after its organisation
    assert _who("Minutes of the Annual General Meeting of Milton Keynes Chess Club held on 4th Sept 2025 in the "
                "Berrill Café at 7:47pm.\n\nIn the Chair: J Alexander\n")[0] == "Milton Keynes Chess Club"
    assert _who("The Python Software Foundation\n\nA regular meeting of the Python Software Foundation Board of "
                "Directors was held over Internet Relay Chat.\n")[0] == "Python Software Foundation"
    assert _who("Minutes\nRegular Meeting of the Port of Alsea Board of Commissioners\n\nThursday, June 28, 2018\n")[0] == \
        "Port of Alsea"
    # a heading in capitals that runs on to the next line
    assert _who("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND\nCOUNTY COUNCIL HELD IN THE COUNCIL CHAMBER, "
                "DOORADOYLE,\nON FRIDAY, 15TH NOVEMBER, 2019.\n")[0] == "Limerick City and County Council"


def test_people_venues_and_kinds_are_not_organisations():
    roll = ("WILLOW BEND HOSPITAL DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES\n"
            "Trustees present: Linda Castillo (Chair), Daniel O'Hara, Sandra Whitfield.\n")
    assert _who(roll)[0] == "Willow Bend Hospital District"
    present = "Board Meeting No. 482\nPresent: Ms Hayley Marr (Company Secretary), Mr Wes Bourke\n"
    assert _who(present)[0] is None
    # a generic kind ("City Council", "High School") or a body alone is no organisation's name
    assert _who("CITY COUNCIL AGENDA FOR OCTOBER 16, 2012\nROLL CALL\n")[0] is None
    assert _who("Board of Education\nMinutes of the Regular Meeting\n")[0] is None
    # a name met in the prose of the minutes is not who met
    prose = ("Board of Directors Meeting\n\nMinutes\n\nBrynn shared that the City of Gig Harbor suggested getting in touch "
             "with the city's principal planner before any work was done.\n")
    assert _who(prose)[0] is None


def test_the_body_a_report_is_written_to_or_minutes_name_in_full():
    cover = ("ASHCOMBE BOROUGH COUNCIL\nReport to\tHousing and Communities Committee\nDate of meeting\t18 November 2025\n"
             "Agenda item\t9\n")
    assert _who(cover)[1] == "Housing and Communities Committee"
    scot = "STRATHLORNE COUNCIL\nREPORT TO:\tNEIGHBOURHOOD SERVICES COMMITTEE – 13 MAY 2025\nREPORT ON:\tWASTE\n"
    assert _who(scot)[1] == "Neighbourhood Services Committee"
    ni = ("GLENMOYLE AND BANN VALLEY BOROUGH COUNCIL\n\nMINUTES OF THE PROCEEDINGS OF THE MEETING OF THE ENVIRONMENT AND "
          "REGENERATION COMMITTEE HELD IN THE COUNCIL CHAMBER ON TUESDAY 3 JUNE 2025 AT 7.00 PM\n")
    assert _who(ni)[1] == "Environment and Regeneration Committee"
    dashed = ("Westbridge County Council\n\nAdult Social Care and Health Committee – Minutes\nMinutes of the meeting held on "
              "Wednesday 2 December 2020 at 2.00 pm.\n")
    assert _who(dashed)[1] == "Adult Social Care and Health Committee"
    # a report that is not to a body names none this way
    assert _who("Annual Report\nReport to the community on our year\n\nThe Trust grew.\n")[1] != "the community on our year"


def test_a_board_that_is_its_own_organisation_and_affiliations_in_brackets():
    assert _who("MINUTE of MEETING of the DUNMORRAL INTEGRATION JOINT BOARD held in the Council Chambers\n"
                "Voting Members\tCouncillor Morag Lennox (Chair), Dunmorral Council\n")[0] == "Dunmorral Integration Joint Board"
    assert _who("# Glenmarrow Licensing Board\n\nMinute of Meeting held on 4 December 2025\n")[0] == "Glenmarrow Licensing Board"
    # a body of an organisation is not one ("Board of Directors", "The Finance Board")
    assert _who("The Finance Board\nMinutes of the meeting held on 3 May 2025\n")[0] is None
    # a name across a dash is two names, and a person's affiliation in brackets is not who met
    assert _who("Kerrabee Valley Water – Board Meeting No. 482\nMinutes of Board Meeting No. 482\n")[0] != "Kerrabee Valley Water Board"
    nodejs = ("MINUTES OF THE PUBLIC SESSION OF A REGULAR MEETING OF THE BOARD OF DIRECTORS\n7 December 2015\n\n"
              "A public session of a regular meeting of the Board of Directors (the “Board”) of the Node.js Foundation, a "
              "Delaware not-for-profit membership corporation, was held on 7 December 2015.\n\nDirectors\n\n"
              "• Todd Benzies (The Linux Foundation)\n")
    assert _who(nodejs)[0] == "Node.js Foundation"


def test_general_and_members_meetings_and_a_label_that_is_no_organisation():
    assert _who("# Sorrelbank Housing Co-operative Ltd\n\n## Minutes of the General Meeting\n\nHeld on 9 November 2025\n")[1] == \
        "General Meeting"
    org, _ = _who("Annual Members' Meeting\n\nTotal number of Members of the Corporation: 18\nQuorum: 6\n")
    assert org is None


def test_who_met_from_a_title_naming_an_acronym_or_a_mixed_case_name():
    # an open-source project's steering committee: a date, the project's own spelling, the committee's acronym
    m = run(meeting, "# 2019-October-10 ESLint TSC Meeting Notes\n\n## Attending\n\n- Nicholas\n")
    assert (m.organisation, m.body) == ("ESLint", "TSC")
    # a student society's board: "BOD" is its Board of Directors
    m = run(meeting, "OCF BOD MINUTES 10-19-00\n\nPEOPLE IN ATTENDANCE:\nJeff, Ivan\n")
    assert (m.organisation, m.body) == ("OCF", "Board of Directors")
    # a Seattle maintenance commission's annual meeting, named by its initials
    m = run(meeting, "SPMC Annual Meeting Minutes - 2019\n\nThe meeting was called to order at 7pm.\n")
    assert (m.organisation, m.body) == ("SPMC", "Annual Meeting")
    # a capitalised word that is not a name is no organisation
    m = run(meeting, "Draft Board Minutes\n\nThe meeting was called to order.\n")
    assert m.organisation is None


def test_boards_of_finance_commissioners_courts_and_attendance_lines():
    # Connecticut: the town on one line, its board on the next
    ct = "TOWN OF WESCOTT HOLLOW\nBOARD OF FINANCE\nREGULAR MEETING MINUTES\nTuesday, March 17, 2026 - 7:00 p.m.\n"
    assert _who(ct) == ("Town of Wescott Hollow", "Board of Finance")
    # Texas: "COMMISSIONERS COURT OF CALICHE COUNTY, TEXAS"
    tx = ("Commissioners Court Minutes - Vol. 48\tRegular Session - April 13, 2026\n\n"
          "COMMISSIONERS COURT OF CALICHE COUNTY, TEXAS\nMINUTES OF REGULAR SESSION\nMonday, April 13, 2026\n")
    assert _who(tx) == ("Caliche County", "Commissioners Court")
    # a member's line in the attendance is not the body that met, nor a mayor's town the organisation
    scot = ("                KINMORRAN REGIONAL TRANSPORT PARTNERSHIP\n\nMINUTE of MEETING of the KINMORRAN REGIONAL "
            "TRANSPORT PARTNERSHIP BOARD held\nin the Council Chamber on Friday 13 March 2026 at 10.30 am.\n\n"
            "Present:        Councillor Fiona Urquhart (Chair)      Kinmorran Council\n"
            "                Councillor Alasdair Grieve (Vice-Chair) Glen Ardle Council\n")
    assert "Councillor" not in (_who(scot)[1] or "")
    utah = ("MINUTES\n   ALTA PLANNING COMMISSION MEETING\n   Thursday, June 2, 2022, 3:00 PM\n\n"
            "PRESENT:               John Nepstad, Chair\n                       Roger Bourke, Town of Alta Mayor (ex-officio)\n")
    assert "Bourke" not in (_who(utah)[0] or "")
    # a bilingual name keeps its first language's form
    nb = "Town of Anse-Thibodeau / Ville d'Anse-Thibodeau\nRegular Council Meeting\nMinutes\n"
    assert _who(nb)[0] == "Town of Anse-Thibodeau"


def test_legal_forms_close_a_name_and_descriptions_of_one_name_none():
    # a name ending in a legal form's abbreviation is still a heading line (Florida condominium, Virginia, Irish charity)
    assert _who("TARPON REACH CONDOMINIUM ASSOCIATION, INC.\nA Florida Not-For-Profit Corporation\n"
                "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\n")[0] == "Tarpon Reach Condominium Association, Inc."
    assert _who("# Marsh Wren Court Condominium Association, Inc.\n## Minutes of the Regular Meeting of the Board of Directors\n"
                "### III. Owner Open Forum\n")[0] == "Marsh Wren Court Condominium Association, Inc."
    assert _who("DROICHEAD BEO CLG\nCompany Limited by Guarantee - CRO No. 614382 - Registered Charity Number 20104917\n"
                "MINUTES OF MEETING OF THE BOARD OF DIRECTORS\n")[0] == "Droichead Beo CLG"
    assert _who("# Wattle Bend Community Radio Incorporated\n## Minutes of the Committee of Management Meeting\n")[0] == \
        "Wattle Bend Community Radio Incorporated"
    # a line that describes the organisation is not its name; the name is elsewhere or unknown
    assert _who("An Ohio nonprofit corporation • Mansfield, Ohio\nMINUTES OF THE BOARD OF DIRECTORS\n")[0] is None
    # a legal form that leads a line is another language's word, not the end of a name (an Irish GAA club)
    # (the Irish name and the English one, read as one heading, stay together)
    assert _who("CUMANN LÚTHCHLEAS GAEL\nCLG SEAMRÓGA CHILL BHREACÁIN\nKILBRACKAN SHAMROCKS GAA CLUB\n")[0].endswith(
        "Kilbrackan Shamrocks GAA Club")


def test_special_districts_numbered_and_named_after_a_board():
    # a Washington school district and a Colorado metropolitan district, each with its number
    assert _who("SKOOKUM PRAIRIE SCHOOL DISTRICT NO. 312\n1020 Prairie Street SE, Skookum Prairie, Washington 98579\n\n"
                "BOARD OF DIRECTORS\nMINUTES OF REGULAR MEETING\n")[0] == "Skookum Prairie School District No. 312"
    assert _who("RECORD OF PROCEEDINGS\nMINUTES OF A REGULAR MEETING OF THE BOARD OF DIRECTORS OF THE\n"
                "SILVERTHISTLE RANCH METROPOLITAN DISTRICT NO. 2\nHELD NOVEMBER 13, 2025\n"
                "Also present: Trevor Ashdown, Esq.; Halvorsen Pike LLP, District Counsel\n")[0] == \
        "Silverthistle Ranch Metropolitan District No. 2"


def test_table_headers_lists_of_people_and_attendance_labels_are_not_organisations():
    # "Organization" heading a table's column is no label of the paper's organisation (a BC committee's grants table)
    head = ("CITY OF PORT TOLMIE\n# MINUTES OF THE COMMITTEE OF THE WHOLE MEETING\n\n"
            "Organization\tRequested\tRecommended\nHarbour Arts Society\t$5,000\t$4,000\n")
    assert _who(head)[0] == "City of Port Tolmie"
    # one of many names in a comma list is a person, whatever their surname (a Denver transit board's staff)
    staff = ("Board of Directors Meeting\n\nStaff Present: Bruce Abel, Shirley Bennett, Louie Carbone, Nicole Carey, "
             "Tai-Shrae Parish, Chris Quinn, Michael Riker\n")
    assert _who(staff)[0] is None
    # a label of who attended, and a numbered heading, name no one
    assert not meeting._weak_organisation("Kooringal Heads Council")
    assert meeting._weak_organisation("Council Members")
    assert meeting._weak_organisation("III. Owner Open Forum")


def test_a_name_after_of_stops_where_the_heading_goes_on_to_the_venue():
    # an Irish municipal district's heading block runs on into where it met
    head = ("MINUTES\n\nOF\nPROCEEDINGS\n\nAT\nMEETING\n\nOF\nTHE\nMUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN\n"
            "ÁRAS WILLIAM SMITH OBRIEN, NEWCASTLE WEST,\nCO. LIMERICK, ON WEDNESDAY, 1st March, 2023, AT 10AM.\n")
    org, body = _who(head)
    assert "Held" not in (org or "") and body == "Municipal District"
    assert meeting._name_before_a_stop("NEWCASTLE WEST HELD IN") == "NEWCASTLE WEST"
    assert meeting._name_before_a_stop("Held in") is None
