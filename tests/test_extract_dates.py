"""Dates: each pattern family, partial dates resolved from the paper, and the traps."""
from __future__ import annotations

import pytest

from boardpapers.extractors import dates

from helpers import run


def values(text, meeting_date=None):
    return [d.value for d in run(dates, text, meeting_date)]


@pytest.mark.parametrize("text,expected", [
    ("The Board met on 28 January 2016 to consider the plan.", ["2016-01-28"]),
    ("held on Wednesday 2nd December 2020 at 10am", ["2020-12-02"]),
    ("ON FRIDAY, 18TH FEBRUARY, 2022, AT 1.30PM.", ["2022-02-18"]),
    ("the meeting held on 15THNOVEMBER, 2019", ["2019-11-15"]),
    ("Tuesday, December 19, 2023 at 6:30 p.m.", ["2023-12-19"]),
    ("THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M.", ["2011-01-12"]),
    ("Deadline: 2024-03-31.", ["2024-03-31"]),
    ("the accounts dated December 4, 6, 7 and 15, 2023", ["2023-12-04", "2023-12-06", "2023-12-07", "2023-12-15"]),
    ("The event runs 23-24 June 2018 in the park.", ["2018-06-23", "2018-06-24"]),
])
def test_full_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("since November 2015 the work", ["2015-11"]),
    ("Sept. 2019 update", ["2019-09"]),
    ("The budget for 2019/20 and FY2020/21 and 2021-22.", ["FY2019/20", "FY2020/21", "FY2021/22"]),
    ("the financial year 2017/18 closed", ["FY2017/18"]),
    ("Since 2016, the CCGs have worked together; in 2013 they were formed.", ["2016", "2013"]),
])
def test_months_financial_years_and_years(text, expected):
    assert values(text) == expected


def test_partial_dates_take_the_meeting_year_never_today():
    text = "The group will report in March and again on 5 December."
    assert values(text) == []                       # no meeting date, no year in the sentence: unknown
    assert values(text, "2016-01-28") == ["2016-03", "2016-12-05"]


def test_partial_date_takes_a_year_from_its_sentence():
    assert values("Papers are due by 31 January, for decision in the 2015 cycle.") == ["2015-01-31", "2015"]


def test_past_month_after_the_meeting_month_is_last_year():
    assert values("Engagement took place in November with all practices.", "2016-01-28") == ["2015-11"]


def test_day_first_for_uk_papers_and_month_first_for_us_papers():
    uk = "Minutes of 04/05/2016. Total £2,500. Next meeting 21/06/2016."
    us = "Minutes of 04/05/2016. Total $2,500. Next meeting 06/21/2016."
    assert values(uk) == ["2016-05-04", "2016-06-21"]
    assert values(us) == ["2016-04-05", "2016-06-21"]


@pytest.mark.parametrize("text", [
    "Paper No: 16/04",                                   # a paper number
    "Trust HQ, Cowley Road, Oxford OX4 2LH",             # a postcode
    "Call 01865 123456 or 0300 123 2020 for details.",   # phone numbers
    "See section 4.2 and paragraph 10.3.",               # section numbers
    "services such as 999 and 111",                      # counts
    "There are 2000 staff and 1996 beds on the site.",   # counts that look like years
    "By-Law Number 2023-47, resolution R2023-233",       # identifiers
    "The Board may wish to note the report.",            # the verb 'may'
    "under the Local Government Act 2001",               # a year inside an Act's name
    "Page 3 of 12",
    "over the next 2 months",                            # a duration
])
def test_traps_are_not_dates(text):
    assert values(text) == []


def test_roles_from_the_wording():
    items = run(dates, "Responses are needed by 31 January 2015. The scheme runs from 1 April 2016.")
    assert [(d.value, d.role) for d in items] == [("2015-01-31", "deadline"), ("2016-04-01", "effective")]


def test_spans_point_at_the_date_text():
    text = "The Governing Body met on 10 November 2014 and in March 2015."
    for d in run(dates, text):
        assert text[d.start:d.end] == d.text


def test_dates_in_other_languages_are_normalised_by_dateparser():
    text = "Séance du conseil le 15 mars 2023. Sesión del 12 de mayo de 2022. Cruinniú 5 Meán Fómhair 2019."
    assert values(text) == ["2023-03-15", "2022-05-12", "2019-09-05"]
    assert values("There were 12 cases 2019 and 3 items 2020.") == ["2019", "2020"]   # no false foreign dates


def test_a_year_elsewhere_in_the_sentence_does_not_date_a_day_when_the_meeting_does():
    # the meeting fixes the year; "since 2021" and "the 2026 budget" are other years of the sentence
    assert values("Placements fell from 23 on 1 April to 14, the lowest since 2021.", "2025-10-02") == [
        "2025-04-01", "2021"]
    # a year joined to the day in one date phrase still fixes it
    assert values("The plan runs from 1 April to 31 March 2027.", "2025-10-02")[:2] == ["2027-04-01", "2027-03-31"]
    assert values("Hearings on 5 and 12 June 2026.", "2025-10-02") == ["2026-06-05", "2026-06-12"]


def test_a_written_weekday_picks_the_year():
    # 31 October 2025 was a Friday; the "2026" is the budget's year, not the date's
    assert values("The draft budget for 2026 will be circulated by Friday, 31st October.", "2025-10-13") == [
        "2026", "2025-10-31"]
    # Monday 5 January is 2026 from a December 2025 meeting
    assert values("The next meeting is on Monday 5 January.", "2025-12-10") == ["2026-01-05"]


def test_month_first_days_at_a_sentence_end_and_a_past_act_before_them():
    # Ontario library board, Connecticut board of finance: "on April 8.", "since March 9.", "the week of May 11."
    got = values("The Building Department had issued the sign permit on April 8. Installation is expected in the "
                 "week of May 11. The road has been one lane since March 9. The committee met on March 5.",
                 meeting_date="2026-04-21")
    assert {"2026-04-08", "2026-05-11", "2026-03-09", "2026-03-05"} <= set(got)
    # the act just before the date sets its tense, not a later "expected" in the sentence
    assert values("the retroactive pay increase, paid on February 27, and the line is expected to come back in line",
                  meeting_date="2026-04-21") == ["2026-02-27"]
    # still to come: a date scheduled after the meeting month moves to the next year
    assert values("The review is scheduled on February 27 and will report.", meeting_date="2026-04-21") == ["2027-02-27"]
    # a month ending a sentence is not joined to the number of the next heading
    assert not [v for v in values("A draft would come to the Group in September.\n\n14. Date of Next Meeting\n",
                                  meeting_date="2026-05-13") if v.count("-") == 2]
    assert values("The meeting will start at April 8.30 pm", meeting_date="2026-04-21") == []
    # "may" the verb is still not a month
    assert values("Members may 3 times a year ask for a report.", meeting_date="2026-04-21") == []


def test_a_month_in_a_sentence_that_looks_forward_with_would():
    from boardpapers.extractors import dates
    text = ("Minutes of the Monthly Meeting held on 14 April 2026\n\nIt was agreed that Round 2 would be advertised in July 2026, "
            "with allocations to be approved at the September meeting.\n")
    values = {d.value for d in run(dates, text)}
    assert "2026-09" in values and "2025-09" not in values
