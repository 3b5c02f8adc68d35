"""Ingest of real and generated papers: order, furniture, bullets, hyphenation, pages."""
from __future__ import annotations

import re

import pytest

from boardpapers.pipeline.ingest import read_paper
from boardpapers.pipeline.readers.cleanup import normalise_chars, rejoin_hyphenation
from boardpapers.pipeline.readers.furniture import is_page_number

from helpers import CORPUS, LEFT_COLUMN, RIGHT_COLUMN, make_layout_pdf, make_pdf

REAL_PDFS = sorted((CORPUS / "real").glob("*.pdf"))
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def in_order(text: str, *parts: str) -> bool:
    pos = 0
    for part in parts:
        i = text.find(part, pos)
        if i < 0:
            return False
        pos = i + len(part)
    return True


@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    return read_paper(make_layout_pdf(tmp_path_factory.mktemp("pdf") / "layout.pdf"))


def test_two_columns_are_read_column_by_column(layout):
    assert in_order(layout.text, *[ln.replace("commis-", "commissioning")[:30] for ln in LEFT_COLUMN[1:]],
                    *[ln[:30] for ln in RIGHT_COLUMN])


def test_hyphenation_across_lines_is_rejoined(layout):
    assert "integrated commissioning proposals" in layout.text.replace("\n", " ")
    assert "commis-" not in layout.text


def test_running_header_and_page_numbers_removed(layout):
    assert "Page 2 of 3" not in layout.text and "Page 1 of 3" not in layout.text
    assert layout.text.count("Northshire Hospitals NHS Trust - Board of Directors") <= 1
    start, end = layout.pages[1]
    assert "Northshire Hospitals" not in layout.text[start:end]


def test_table_rows_keep_cells_apart(layout):
    rows = [ln for ln in layout.text.splitlines() if ln.startswith(("Scheme", "Theatres", "Imaging", "Total"))]
    assert rows[0].split("\t") == ["Scheme", "£'000", "Status"]
    assert rows[1].split("\t") == ["Theatres", "1,250", "Approved"]
    assert rows[3].split("\t") == ["Total", "2,120"]


def test_symbol_font_bullets_become_bullets(layout):
    assert re.search(r"^•\s*Approve the capital programme", layout.text, re.M)
    assert re.search(r"^•\s*Note the financial position", layout.text, re.M)


def test_page_offsets_cover_the_text(layout):
    assert len(layout.pages) == 3 and layout.pages[0][0] == 0 and layout.pages[-1][1] == len(layout.text)
    for (s1, e1), (s2, _) in zip(layout.pages, layout.pages[1:]):
        assert e1 <= s2
    i = layout.text.index("Table 1")
    assert layout.page_of(i) == 2
    assert layout.page_of(layout.text.index("The Board is asked to")) == 3


@pytest.mark.parametrize("pdf", REAL_PDFS, ids=[p.name for p in REAL_PDFS])
def test_every_real_pdf_reads_cleanly(pdf):
    paper = read_paper(pdf)
    assert paper.format == "pdf" and paper.page_count >= 1 and len(paper.text) > 500
    assert "(cid:" not in paper.text and "\x02" not in paper.text
    assert not re.search("[\ue000-\uf8ff]", paper.text)
    # no line that is only a page number ("3", "Page 3 of 12") is left in the body
    assert not [ln for ln in paper.text.splitlines() if re.fullmatch(r"\s*(Page\s+)?\d+\s+of\s+\d+\s*", ln, re.I)]
    starts = [s for s, _ in paper.pages]
    assert starts == sorted(starts) and paper.pages[-1][1] == len(paper.text)


def test_real_minutes_keep_paragraphs_in_order():
    paper = read_paper(CORPUS / "real" / "nipissing-township-council-minutes-2023-12-19.pdf")
    assert in_order(paper.text, "A regular meeting of the Township of Nipissing Council was held on Tuesday, December 19, 2023",
                    "R2023-233", "be adopted as published", "R2023-234", "THAT we donate $100 to the Powassan Lions Club",
                    "R2023-236", "declare an epidemic")
    assert "Page 2" not in paper.text  # running footer "December 19, 2023 – Minutes – Page 2"
    assert "Long-Term Care" in paper.text


def test_boston_minutes_have_no_doubled_glyphs():
    paper = read_paper(CORPUS / "real" / "boston-licensing-board-voting-minutes-2023-03-30.pdf")
    assert "Mayor Michelle Wu" in paper.text and "MaMayayor" not in paper.text


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_seeds_read_as_text(seed):
    paper = read_paper(seed)
    assert paper.format in ("text", "markdown") and not paper.paged and paper.page_of(10) is None
    assert "<b>" not in paper.text and "**" not in paper.text
    assert "\r" not in paper.text


def test_markdown_seed_is_stripped_to_plain_text():
    paper = read_paper(CORPUS / "seeds" / "001_31d9c70dae4d180f.txt")
    assert paper.format == "markdown"
    assert "Date of Meeting: 28 January 2016\tPaper No: 16/04" in paper.text
    assert "Title of Presentation: Proposals for Devolution" in paper.text
    assert "• Note the current position." in paper.text
    assert "---" not in paper.text


def test_pdftotext_seed_loses_lone_page_numbers():
    paper = read_paper(CORPUS / "seeds" / "003_c8d49bcc5e7fb18c.txt")
    lines = paper.text.splitlines()
    for i, ln in enumerate(lines[1:-1], 1):
        if is_page_number(ln) and ln.strip().isdigit():
            assert lines[i - 1].strip() or lines[i + 1].strip(), f"lone page number left: {ln!r}"


def test_form_feeds_are_page_breaks(tmp_path):
    f = tmp_path / "paged.txt"
    f.write_text("Agenda item 1\nThe Board noted.\n\f2\nAgenda item 2\nThe Board approved.\n")
    paper = read_paper(f)
    assert paper.paged and paper.page_count == 2
    assert paper.page_of(paper.text.index("Agenda item 2")) == 2
    assert "\f" not in paper.text


def test_cleanup_units():
    assert normalise_chars("\uf0b7 Item (cid:127) two \u25aa three") == "• Item • two • three"
    assert normalise_chars("caf\u00e9\u00a0\ufb01nance") == "café finance"
    assert rejoin_hyphenation("integrated commis-\nsioning plan") == "integrated commissioning plan"
    assert rejoin_hyphenation("the re-\nintegrating of services") == "the re-integrating of services"
    assert rejoin_hyphenation("an NHS-\nled review") == "an NHS-led review"  # an acronym keeps its hyphen
    assert rejoin_hyphenation("the self-\nassessment and a self-assessment") == \
        "the self-assessment and a self-assessment"


GENERATED = sorted((CORPUS / "generated").glob("*.pdf"))


@pytest.mark.parametrize("pdf", GENERATED, ids=[p.name for p in GENERATED])
def test_generated_pdfs_have_no_furniture_in_the_body(pdf):
    paper = read_paper(pdf)
    assert paper.page_count >= 3
    for i, (s, e) in enumerate(paper.pages[1:], 2):
        page = paper.text[s:e]
        assert not re.search(rf"(?m)^\s*(?:Page\s+)?{i}(?:\s+of\s+\d+)?\s*$", page), f"page number left on page {i}"


def test_generated_two_column_page_reads_each_column_in_turn():
    paper = read_paper(CORPUS / "generated" / "generated-trust-board-finance-report.pdf")
    assert in_order(paper.text, "1.1 This report sets out the financial position of",
                    "and the forecast for the full year. It was", "2. Executive summary",
                    "The Trust received £0.5 million of")
    assert "commissioning of the new acute medical unit" in paper.text.replace("\n", " ")


BAND_LEFT = [
    "4.1 The Council had 212 households placed in",
    "temporary accommodation on 30 September,",
    "compared with 98 in March 2022; most were",
    "families with children in nightly-paid rooms.",
    "4.2 Demand is driven mainly by the ending of",
    "private tenancies, as rents in the borough",
    "have risen well above the housing allowance.",
]
BAND_RIGHT = [
    "5.1 Option A is to continue to rely on rooms",
    "paid by the night, which costs the most and",
    "is forecast to reach 3.5 million by 2027/28.",
    "5.2 Option B is to lease homes from private",
    "landlords, which adds about 4,200 per home",
    "a year and ends after five years of a lease.",
]


def make_band_pdf(path):
    """Two pages set full width with a two-column band inside: on page one full-width text
    above and below the band, the text below opening with a short heading; on page two
    the band runs down to the running footer. Header and footer leave the gutter free."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4

    def furniture(n):
        c.setFont("Helvetica", 8)
        c.drawString(60, h - 36, "Ashcombe Borough Council")
        c.drawRightString(w - 60, h - 36, "Housing Committee - 18 November 2025")
        c.drawString(60, 30, "Report HCC/2025/41")
        c.drawRightString(w - 60, 30, f"Page {n} of 2")

    def full_width(y, lines):
        c.setFont("Helvetica", 9)
        for i, line in enumerate(lines):
            c.drawString(72, y - i * 12, line)
        return y - len(lines) * 12

    def band(y):
        c.setFont("Helvetica", 9)
        for i, line in enumerate(BAND_LEFT):
            c.drawString(72, y - i * 12, line)
        for i, line in enumerate(BAND_RIGHT):
            c.drawString(315, y - i * 12, line)
        return y - len(BAND_LEFT) * 12

    furniture(1)
    y = full_width(h - 90, [
        "3.1 Nightly-paid rooms are the most expensive and the least suitable form of temporary",
        "accommodation, and the Council placed more families in them this year than ever before.",
    ])
    y = band(y - 12)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 14, "6. Financial implications")
    full_width(y - 32, [
        "6.1 The capital cost of the programme and its effect on the revenue budget are shown in",
        "Table 1, with the grant and the prudential borrowing that together fund the purchases.",
    ])
    c.showPage()

    furniture(2)
    y = full_width(h - 90, [
        "7.1 The Council may acquire houses under section 17 of the Housing Act 1985, and the homes",
        "will be held in the General Fund so that they can be let on licences as temporary homes.",
    ])
    band(y - 12)
    c.showPage()
    c.save()
    return path


def test_two_column_band_inside_a_full_width_page(tmp_path):
    paper = read_paper(make_band_pdf(tmp_path / "band.pdf"))
    s1, e1 = paper.pages[0]
    page1 = paper.text[s1:e1]
    # full width above, the whole left column, the whole right column, full width below
    assert in_order(page1, "3.1 Nightly-paid rooms", *BAND_LEFT, *BAND_RIGHT,
                    "6. Financial implications", "6.1 The capital cost")
    s2, e2 = paper.pages[1]
    page2 = paper.text[s2:e2]
    assert in_order(page2, "7.1 The Council may acquire", *BAND_LEFT, *BAND_RIGHT)
    # the running header and footer stand outside the band, so the furniture code finds them
    assert "Report HCC/2025/41" not in paper.text and "Page 2 of 2" not in paper.text
    assert "Housing Committee" not in page2 and "Ashcombe" not in page2


def test_generated_money_table_keeps_rows():
    paper = read_paper(CORPUS / "generated" / "generated-trust-board-finance-report.pdf")
    assert "Theatre ventilation upgrade\tSurgery\t2,350,000" in paper.text
    assert "Clinical income\t1,181,400\t886,050\t889,320\t3,270" in paper.text


def test_double_spaced_exports_are_rejoined_mid_sentence(tmp_path):
    lines = ["MINUTES OF THE MEETING", "", "Present: Councillors A, B and C.", ""]
    lines += ["The Council resolved that the draft Annual Budget for the financial year ending 31st", "",
              "December, 2020 prepared and circulated by the Chief Executive be adopted and that the", "",
              "rate be set at 10% for the year.", "", "Next item heading", ""] * 3
    f = tmp_path / "doubled.md"
    f.write_text("\n".join(lines))
    text = read_paper(f).text
    assert "ending 31st\nDecember, 2020" in text and "that the\nrate be set" in text
    assert "Present: Councillors A, B and C.\n\nThe Council" in text   # a real paragraph break stays


def test_a_body_line_closing_many_pages_is_not_a_footer(tmp_path):
    """Hearing minutes end most pages with an outcome ("Granted"); it stands at a different height on
    each page, where a real footer stands at one, so only the footer goes."""
    pages = [[f"{p}.{i} Application of licensee number {p}{i} for a change of manager" for i in range(n)] + ["Granted"]
             for p, n in zip(range(1, 5), (3, 7, 5, 9))]
    paper = read_paper(make_pdf(tmp_path / "hearing.pdf", pages, header="City Licensing Board - Voting Minutes"))
    assert paper.text.count("Granted") == 4
    assert "Page 2 of 4" not in paper.text and paper.text.count("Voting Minutes") <= 1


def test_markdown_block_quotes_callouts_and_tables_are_stripped(tmp_path):
    f = tmp_path / "minutes.md"
    f.write_text("# 9th Meeting of the Committee\n\n> [!abstract]- Present:\n> Councillors A. Smith, B. Jones\n\n"
                 "> Moved by A. Smith\n\nThat the report BE RECEIVED.\n\n> [!abstract]- Vote:\n> |Yeas:|Nays:|\n> |-|-|\n"
                 "> |A. Smith|B. Jones|\n\n> Motion Passed (1 to 1)\n\n****\n")
    text = read_paper(f).text
    assert "Present:\nCouncillors A. Smith, B. Jones" in text
    assert "Moved by A. Smith" in text and "> " not in text and "[!abstract]" not in text
    assert "Yeas:\tNays:" in text and "A. Smith\tB. Jones" in text
    assert "|" not in text and "****" not in text


def test_markdown_escapes_and_heading_anchors(tmp_path):
    f = tmp_path / "notes.md"
    f.write_text("## New Business {#new_business}\n\n* Approve \\$2,000 for the \\~8' ladder.\n")
    text = read_paper(f).text
    assert "New Business\n" in text and "{#" not in text and "$2,000" in text and "~8'" in text and "\\" not in text


def test_front_matter_gives_its_title_only_where_the_paper_has_none():
    from boardpapers.pipeline.readers.text import strip_markup
    yaml = "---\ntitle: Minutes of the Regular Monthly Meeting on January 15th, 2024\nlayout: minutes\n---\nThe meeting was held on Zoom.\n"
    assert strip_markup(yaml).startswith("Minutes of the Regular Monthly Meeting on January 15th, 2024\n")
    toml = '+++\ntitle = "Exec Minutes - Fri 8th December 2006"\ndate = "2006-12-08"\n+++\n\n### Present\n\n* Andrew\n'
    assert strip_markup(toml).startswith("Exec Minutes - Fri 8th December 2006\n") and "+++" not in strip_markup(toml)
    keys = "title: 2022 AGM\nslug: 2022-agm\ndate: 2022-02-27 12:03\ntags:\n\n# Minutes of the Users Group AGM - 27 February 2023\n"
    out = strip_markup(keys)
    assert out.lstrip().startswith("Minutes of the Users Group AGM") and "slug" not in out   # its own title wins
    bare = "---\ntitle: Board of Directors Meeting\n---\n\n## Minutes\n\nAttendance: A, B\n"
    assert strip_markup(bare).startswith("Board of Directors Meeting\n")                    # "Minutes" alone is no title


def test_restructuredtext_minutes_read_as_plain_text(tmp_path):
    from boardpapers.pipeline.ingest import read_paper
    rst = ("=====================\nMinutes for Business\n=====================\n:Date: $Date: 2012-07-15 11:26 +0000 $\n\n"
           "Attendance: `Joyce Doyle`_, `Genie Durland`_.\n\n1. Approval of June Minutes - approved.\n\n"
           "See the ``budget`` at `the site <http://example.org/b>`_::\n\n.. _Joyce Doyle: http://example.org/jd\n")
    path = tmp_path / "minutes.rst"
    path.write_text(rst)
    paper = read_paper(path)
    assert paper.format == "restructuredtext"
    assert paper.text.startswith("Minutes for Business\nDate: 2012-07-15 11:26 +0000\n")
    assert "Attendance: Joyce Doyle, Genie Durland." in paper.text and "See the budget at the site:" in paper.text
    assert "http" not in paper.text and "===" not in paper.text and "`" not in paper.text
