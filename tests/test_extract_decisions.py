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
