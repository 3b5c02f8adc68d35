"""Money: symbols, scale words, ranges, qualifiers, currencies, tables; counts are not money."""
from __future__ import annotations

import pytest

from boardpapers.extractors import money

from helpers import run


def amounts(text, name="paper.txt"):
    return [(m.amount, m.currency) for m in run(money, text, name=name)]


@pytest.mark.parametrize("text,expected", [
    ("a budget of £85m for primary care", [(85e6, "GBP")]),
    ("in the order of £1.3bn", [(1.3e9, "GBP")]),
    ("in the order of £1.3 billion", [(1.3e9, "GBP")]),
    ("c £1.3 billion across the system", [(1.3e9, "GBP")]),
    ("£184m (gross) and £2,500 and £0.5 million and £270k", [(184e6, "GBP"), (2500, "GBP"), (5e5, "GBP"), (270e3, "GBP")]),
    ("an underlying deficit of £10-15m", [(10e6, "GBP"), (15e6, "GBP")]),
    ("GBP 3m from the fund", [(3e6, "GBP")]),
    ("a $4.2 million capital budget", [(4.2e6, "USD")]),
    ("€2,500 per councillor and €1.2m overall", [(2500, "EUR"), (1.2e6, "EUR")]),
    ("some 85 million pounds of savings", [(85e6, "GBP")]),
    ("a fee of £339,64 was paid", [(339.64, "GBP")]),
])
def test_amounts(text, expected):
    assert amounts(text) == expected


def test_qualifier_period_and_context():
    [m] = run(money, "The Trust will invest approximately £2.5m in 2024/25 for the replacement of theatre lights.")
    assert m.qualifier == "approximately" and m.period == "FY2024/25"
    assert "replacement of theatre lights" in m.context
    [g] = run(money, "The pooled budget is £184m (gross).")
    assert g.qualifier == "gross"


def test_canadian_dollars_from_the_paper_itself():
    text = "Township of Nipissing, Ontario. Council of the Township approved $8,000 for the hall."
    assert amounts(text) == [(8000, "CAD")]


def test_counts_are_not_money():
    assert amounts("There are 120 beds, 3,392 patients and 42 practices; 999 and 111 calls.") == []


def test_money_table_in_thousands():
    text = "Scheme\t£'000\tStatus\nTheatres\t1,250\tApproved\nImaging\t870\tPending\n\nNext paragraph."
    assert amounts(text) == [(1_250_000, "GBP"), (870_000, "GBP")]


def test_amount_requested_table():
    text = "Organisation\tProject\tAmount requested (£)\nScouts\tNew tents\t1,500.00\nLibrary\tBooks\t750.00\n"
    assert amounts(text) == [(1500, "GBP"), (750, "GBP")]


def test_spans_are_exact():
    text = "A grant of £2,450,000 and up to $125,000."
    for m in run(money, text):
        assert text[m.start:m.end] == m.text
    assert [m.qualifier for m in run(money, text)] == [None, "up to"]


def test_australian_and_new_zealand_dollars_from_the_paper_itself():
    text = "Yarrabee Shire Council, Merrigal NSW 2799. Cr A. Smith moved that Council accept $450,000 (ex GST) from Pty Ltd."
    assert amounts(text) == [(450000, "AUD")]
    text = "Whanganui District Council, New Zealand. Council approved $2.5 million under the Local Government Act 2002."
    assert amounts(text) == [(2500000, "NZD")]


def test_money_table_columns_that_are_not_money():
    text = ("Tenderer\tTender price (ex GST)\tWeighted score\tRank\nCoastal Aquatics\t$1,186,400\t86.5\t1\n\n"
            "Charge\t2024/25 (£)\t2025/26 (£)\tChange (%)\nAdult swim\t5.20\t5.50\t5.8\n\n"
            "£m\t31 March 2024\t31 December 2024\nCapital\nNon-current assets\t742.6\t751.9\n")
    got = amounts(text)
    assert (86.5, "USD") not in got and (5.8, "GBP") not in got
    assert (1186400, "USD") in got and (5.2, "GBP") in got and (742600000, "GBP") in got and (751900000, "GBP") in got


def test_table_headings_that_carry_the_unit_beside_a_word():
    # "Plan £'000", "Budget $ (000s)", a period in the first heading: the unit is the columns', figures unsigned
    nhs = ("The Board noted the position.\nMonth 5 year to date\tPlan £'000\tActual £'000\tVariance £'000\tF / A\n"
           "Operating income\t142,310\t141,870\t440\tA\nPay\t98,450\t100,120\t1,670\tA\n\nMembers asked questions.\n")
    assert amounts(nhs) == [(142310000.0, "GBP"), (141870000.0, "GBP"), (440000.0, "GBP"),
                            (98450000.0, "GBP"), (100120000.0, "GBP"), (1670000.0, "GBP")]
    water = ("Victorian Water Board, Bendigo.\nQuarter 1 2025–26\tBudget $ (000s)\tActual $ (000s)\nService charges\t18,420\t18,615\n\n"
             "The Board noted the report.\n")
    assert amounts(water) == [(18420000.0, "AUD"), (18615000.0, "AUD")]
    # a share column of the same table is not money; nor a table with no money heading
    transit = "Funding source\t$ (000s)\tShare\nFederal grant\t24,600\t63.5%\nLocal tax\t5,970\t15.4%\n\nNext item.\n"
    assert amounts(transit) == [(24600000.0, "USD"), (5970000.0, "USD")]
    assert amounts("Route\tBoardings 2025\tChange\nRoute 4\t14,200\t310\n\nNext item.\n") == []


def test_the_papers_own_dollar_from_places_and_web_addresses():
    assert amounts("Perth makerspace AGM. Notices at https://example.org.au. Fees stay at $75 a month.") == [(75.0, "AUD")]
    assert amounts("West Carleton club, Ontario. Dues are $15.") == [(15.0, "CAD")]
    # one mention of a Canadian name in an American paper does not make its dollars Canadian
    assert amounts("Ontario, California city council. The fee is $15.") == [(15.0, "USD")]


def test_plain_text_tables_lined_up_with_spaces_and_units_in_words():
    bills = ("BILLS PAYABLE - NOVEMBER 2025\nVendor                    Description            Amount ($)\n"
             "Baker & Taylor, LLC       Print materials         14,826.40\nNorthfield Gas Utility    Natural gas, Oct.          812.33\n\n"
             "The bills were approved.\n")
    assert amounts(bills) == [(14826.4, "USD"), (812.33, "USD")]
    scot = ("Summary Revenue Position at 30 September 2025 (£000)\n\nDirectorate          Annual Budget   Variance\n"
            "Acute Services             512,340    (7,735)\n\nThe Board noted the position.\n")
    assert amounts(scot) == [(512340000.0, "GBP"), (7735000.0, "GBP")]
    bc = ("Vancouver, British Columbia.\n($ thousands)\tAnnual Budget\tVariance\nOther revenue\t96,400\t1,135\n\nMOTION: That the Board receive it.\n")
    assert amounts(bc) == [(96400000.0, "CAD"), (1135000.0, "CAD")]
    # words lined up in columns with no money heading are not amounts
    assert amounts("Name            Role            Since\nA. Smith        Chair           2019\n\nNext.\n") == []


def test_a_table_whose_unit_is_in_its_title_line():
    wa = ("Payments made under delegated authority are summarised below.\n\nPayments, 1 April 2025 to 30 April 2025 ($)\n"
          "  Municipal Fund - EFT 41221 to EFT 41598        3,912,004.17\n  Payroll                                          533,400.00\n\n"
          "That Council receives the list. Perth, Western Australia.\n")
    assert amounts(wa) == [(3912004.17, "AUD"), (533400.0, "AUD")]
    scot = ("Balances at 31 December 2024 (£)\n  Community council current account          4,326.18\n"
            "  Wind Farm Community Fund account 18,940.00\n\nSince the last meeting the fund grew.\n")
    assert amounts(scot) == [(4326.18, "GBP"), (18940.0, "GBP")]
    water = ("FY 2025-26 Budget Summary (in thousands of dollars)\n\nCategory\tFY 2024-25 Amended\tFY 2025-26 Proposed\n\n"
             "Water sales revenue\t20,115\t21,460\nDebt service\t(2,240)\t(2,236)\n\nStaff answered questions.\n")
    assert amounts(water) == [(20115000.0, "USD"), (21460000.0, "USD"), (2240000.0, "USD"), (2236000.0, "USD")]
    bc = ("Table 1 – Requisition by Participant ($)\nParticipant\t2025 Requisition\t2026 Draft\tChange (%)\n"
          "City of Cedar Falls\t6,284,110\t6,597,300\t5.0\n\nThe Board received the table. British Columbia.\n")
    assert amounts(bc) == [(6284110.0, "CAD"), (6597300.0, "CAD")]      # not the percentage column
    assert amounts("Attendance at events (people)\n  Spring fair   412\n\nThanks to all.\n") == []


def test_a_title_unit_holds_under_heading_rows_that_give_none():
    nsw = ("Table 1 – Consolidated income and expense statement, 2024/25 ($'000)\nSep and Dec\n"
           "Original\tMarch QBRS\tRevised\nbudget\tvariations\tbudget\n"
           "Income from continuing operations\t148,262\t3,415\t152,883\n"
           "Councillor Mehta asked about the reduction in capital expenditure in the New South Wales plan.\n")
    got = amounts(nsw)
    assert (148262000.0, "AUD") in got and (152883000.0, "AUD") in got and (148262.0, "AUD") not in got


def test_headings_that_name_a_period_beside_the_unit():
    rates = ("Proposed rates, per academic year, Kansas\n\nRoom or plan\t2025-26 ($)\t2026-27 proposed ($)\tIncrease\n\n"
             "Traditional double\t6,980\t7,240\t3.7%\n")
    got = amounts(rates)
    assert (6980.0, "USD") in got and (7240.0, "USD") in got
    savings = "Savings proposals 2026/27\t£000\nReablement-first model for care at home\t1,450\nVacancy management\t900\n"
    assert set(amounts(savings)) >= {(1450000.0, "GBP"), (900000.0, "GBP")}
    # a heading of years alone with no money word is not a money table
    assert amounts("Pupils on roll\t2024/25\t2025/26\nPrimary\t1,450\t1,470\n") == []


def test_a_curly_apostrophe_unit_and_a_header_row_without_the_label_column():
    vic = ("Cash at 31 December 2025 was $21.3 million (Mirrandale Shire, Australia).\nAdopted Budget\tVariance\n$’000\tMid-Year Forecast\n"
           "2025/26\tFav/(Unfav)\nRates and charges\t24,318\t24,402\t84\n")
    got = amounts(vic)
    assert (24318000.0, "AUD") in got and (24402000.0, "AUD") in got and (24318.0, "AUD") not in got
    ont = ("Table 2 – 2026 Municipal Levy Apportionment, Ontario\nModified\tOperating\tCapital Levy\t2026 Total\n"
           "Municipality\nCVA (%)\tLevy ($)\t($)\tLevy ($)\nCity of Port Kingfisher\t41.27\t1,594,178\t185,715\t1,779,893\n")
    got = amounts(ont)
    assert (1594178.0, "CAD") in got and (41.27, "CAD") not in got


def test_a_finance_report_table_whose_unit_is_in_the_stub_heading():
    # English NHS trust board minutes (from a PDF, tab-separated) and an ICB's markdown table: "Month 11 (£m)"
    trust = ("Month 11 (£m)\tYTD plan\tYTD actual\tVariance\nIncome\t512.4\t518.9\t6.5\nPay\t(338.7)\t(347.2)\t(8.5)\n"
             "38.2 The forecast outturn was a deficit of £11.6m.\n")
    assert amounts(trust) == [(512.4e6, "GBP"), (518.9e6, "GBP"), (6.5e6, "GBP"), (338.7e6, "GBP"), (347.2e6, "GBP"),
                              (8.5e6, "GBP"), (11.6e6, "GBP")]
    icb = "| Quarter 3 (£m) | Annual plan | Forecast outturn |\n|---|---|---|\n| ICB | 2.0 | (1.9) |\n"
    assert amounts(icb, name="paper.md") == [(2.0e6, "GBP"), (1.9e6, "GBP")]
    # NHS Scotland: the stub names the month and the year; an English cabinet report: a "40-year" cost heading
    scot = "Month 10, 2025/26 (£m)\tAnnual budget\tActual to date\nAcute Services Division\t512.4\t437.9\n"
    assert amounts(scot) == [(512.4e6, "GBP"), (437.9e6, "GBP")]
    options = ("No.\tOption\tCapital cost (£m) 40-year net cost (£m)\tAssessment\n"
               "2\tRefurbish and extend the existing centre\t12.85\t24.90\tNot recommended\n")
    assert amounts(options) == [(12.85e6, "GBP"), (24.9e6, "GBP")]
    # a stub naming a month and counts in the columns is not money
    assert amounts("Month 10\tBeds open\tBeds closed\nWard 4\t28\t2\n") == []


def test_a_heading_that_names_a_day_and_a_row_of_bare_currency_marks():
    # Ontario library board: "Actual to Mar. 31 ($)"; the percentage column is not money
    ont = ("Severn Ridge, Ontario.\nBudget line\t2026 Budget ($)\tActual to Mar. 31 ($)\t% of Budget\n"
           "Wages and benefits\t1,148,300\t320,375\t27.9%\n\nMotion 2026-25 carried.\n")
    assert amounts(ont) == [(1148300.0, "CAD"), (320375.0, "CAD")]
    # Scottish transport partnership, plain text: years on one heading line, "£" under each on the next
    scot = ("The proposed apportionment was as follows:\n\n                          2025/26         2026/27\n"
            "                          £               £\nKinmorran Council         563,420         577,500\n"
            "Total                   1,118,000       1,146,000\n\nThe Treasurer advised that reserves were above the minimum.\n")
    assert amounts(scot) == [(563420.0, "GBP"), (577500.0, "GBP"), (1118000.0, "GBP"), (1146000.0, "GBP")]
    # an English county council's precept schedule: the tax base column is not money
    precepts = ("        Billing authority                  Tax base     Precept (£)\n"
                "        Calverstone City Council           58,214.6     104,696,047\n\n(f) That it be determined.\n")
    assert amounts(precepts) == [(104696047.0, "GBP")]


def test_a_scale_word_wrapped_onto_the_next_line():
    assert amounts("(g) That the Capital Programme, totalling £612.7\n    million, of which £188.3 million falls in 2026/27.") == \
        [(612.7e6, "GBP"), (188.3e6, "GBP")]
    # a figure at a line's end followed by a word that is not a scale
    assert amounts("a payment of £40\nmade to the hall") == [(40.0, "GBP")]


def test_a_province_abbreviation_after_a_place_makes_dollars_canadian():
    assert amounts("Location: Board Room, 2150 Ferrier Avenue, Quillback, BC, and livestreamed\n\n"
                   "The amended annual budget is $128.9 million.") == [(128.9e6, "CAD")]
    # a US state's abbreviation is not one of them
    assert amounts("Location: 200 Main Street, Fargo, ND 58102\n\nThe levy is $5 million.") == [(5e6, "USD")]


def test_table_headings_with_a_numeric_day_a_year_then_the_sign_and_a_lone_unit_line():
    def amounts(text, name="p.md"):
        return [(m.currency, m.amount) for m in run(money, text, name=name)]
    # a Welsh town council's bilingual headings, one with a day written 31.03.26
    wales = ("Year-end position.\n\n| Pennawd cyllideb / Budget head | Cyllideb / Budget 2025/26 (£) | Gwirioneddol / Actual to "
             "31.03.26 (£) |\n|---|---:|---:|\n| Staff costs | 118,400 | 116,952 |\n")
    assert amounts(wales) == [("GBP", 118400.0), ("GBP", 116952.0)]
    # an English club's accounts: "2025 £" heads a column; the sign is not the next column's year
    club = "Accounts\n\n| Year ended 31 October | 2025 £ | 2024 £ |\n|---|---:|---:|\n| Subscriptions | 14,870 | 13,905 |\n"
    assert amounts(club) == [("GBP", 14870.0), ("GBP", 13905.0)]
    # an Irish school board's statement: the euro sign alone over a right-aligned column
    school = ("Treasurer's report\n\n                                                             €\n"
              "  Balance at 31st December 2025                       38,912.06\n  Receipts\n"
              "    Capitation grant                                  23,744.00\n\nThe board thanked her.\n")
    assert amounts(school, "p.txt") == [("EUR", 38912.06), ("EUR", 23744.0)]
    # a sign with a space before its figure is still money; a sign at a line's end is not joined to the next line
    assert amounts("It cost £ 250 in all.\n", "p.txt") == [("GBP", 250.0)]
    assert amounts("The charge in £\n2024 was set by the Board.\n", "p.txt") == []


# Session 11: money in tables and the paper's own dollar, as several kinds of body write them

def test_an_australian_territory_after_a_place_or_an_act_makes_dollars_australian():
    club = ("TALLOWGUM CREEK NETBALL ASSOCIATION INCORPORATED\nIncorporated under the Associations Incorporation Act 1991 (ACT)\n\n"
            "Venue: Clubrooms, 40 Yallaroo Drive, Tallowgum Creek ACT\n\nThe junior fee is $168 for 2026.\n")
    shire = "1. ACKNOWLEDGEMENT OF COUNTRY\n\nThe Chair acknowledged the traditional custodians.\n\nA grant of $2,500 was approved.\n"
    us = "Minutes of the Board, Springfield, OR 97477\n\nThe ACT scores rose. A grant of $2,500 was approved.\n"
    assert amounts(club) == [(168, "AUD")]
    assert amounts(shire) == [(2500, "AUD")]
    assert amounts(us) == [(2500, "USD")]   # "ACT" the test, not the territory


def test_a_row_with_one_figure_is_no_header_and_the_units_hold():
    text = ("Table 1: Net revenue budget and funding\nDirectorate\t2025/26 budget £m\t2026/27 budget £m\n"
            "Adult Social Care\t252.3\t268.4\nFunded by\nBusiness rates\t121.1\nCollection fund surplus (net)\t2.8\n"
            "Council tax requirement\t425.7\n")
    got = amounts(text)
    assert (2.8e6, "GBP") in got and (425.7e6, "GBP") in got and (121.1e6, "GBP") in got
    assert not any(a < 1000 for a, _ in got)


def test_a_two_line_heading_whose_first_line_names_a_percentage_column():
    text = ("The budget by state expenditure category is:\n\n"
            "    Expenditures               FY2026        FY2027       $ Change   % Change\n"
            "                               Adopted ($)   Proposed ($)\n"
            "    Instruction                68,412,300    71,286,900   2,874,600      4.2\n"
            "    Facilities                    612,000       540,000     -72,000    -11.8\n")
    got = amounts(text)
    assert (72000, "USD") in got and (2874600, "USD") in got
    assert not any(a in (4.2, 11.8) for a, _ in got)   # percentages, and a decrease is its amount
    rents = ("                       No. of    Current       Option A     Option B\n"
             "                       homes     weekly rent   3.8%         4.5%\n"
             "                                 2025/26 £     £            £\n"
             "    2 apartment          248       88.40        91.76        92.38\n")
    assert (91.76, "GBP") in amounts(rents)   # "3.8%" names the option's rise: its column is still money


def test_a_balance_and_receipts_heading_is_a_money_header():
    text = ("Fund\tBalance 7/31/26\tReceipts\tDisbursements\tBalance 8/31/26\n"
            "General Fund\t$1,197,842.19\t$286,415.60\t$199,740.43\t$1,284,517.36\n"
            "Fire Protection Fund\t112,005.94\t8,209.50\t4,180.00\t116,035.44\n")
    got = amounts(text)
    assert (112005.94, "USD") in got and (4180.0, "USD") in got


def test_payees_listed_in_prose_under_claims_and_prices_in_mills():
    text = ("CLAIMS APPROVED: Motion by Schroeder, seconded by Hofstad, to approve the following claims as presented.\n"
            "All members voted aye. Motion carried.\n"
            "GENERAL FUND: Arnesen Law Office, court-appointed attorney, 2,418.75; Bakken Office Products, supplies, 386.14;\n"
            "Brekke Oil & Propane, fuel-sheriff, 1,942.60; Coteau Computer Services, IT support, 1,250.00.\n"
            "FUEL: Brekke Oil, #2 diesel $3.219 per gallon.\n")
    got = amounts(text)
    assert {(2418.75, "USD"), (386.14, "USD"), (1942.60, "USD"), (1250.0, "USD"), (3.219, "USD")} <= set(got)
    prose = "The survey found 12 sites, 2,418.75 hectares in all; 386.14 of them woodland.\n"
    assert amounts(prose) == []   # no claims, bills or payments above: areas, not money


def test_a_province_written_with_stops_after_a_place_makes_dollars_canadian():
    text = ("MINUTES of the Regular Meeting of the Larchwood Bay Public Library Board, held in the Boardroom, "
            "2140 Harbourview Drive, Larchwood Bay, B.C., and by video conference\n\nThe grant of $12,500 was accepted.\n")
    assert amounts(text) == [(12500, "CAD")]
