"""Degree levels and fields (core/taxonomy/degrees.py)."""

import pytest

from shortlist.core.models import DegreeLevel, month_index
from shortlist.core.taxonomy.degrees import degree_in_progress, find_degrees, read_degree


@pytest.mark.parametrize(
    ("text", "level", "field"),
    [
        ("PhD in Physics, University of Bristol", DegreeLevel.DOCTORATE, "Physics"),
        ("DPhil Chemistry, Oxford", DegreeLevel.DOCTORATE, "Chemistry"),
        ("Doctor of Philosophy in Chemistry", DegreeLevel.DOCTORATE, "Chemistry"),
        ("MSc in Data Science with Distinction", DegreeLevel.MASTER, "Data Science"),
        ("MBA, INSEAD, 2019", DegreeLevel.MASTER, None),
        ("Master of Business Administration (MBA)", DegreeLevel.MASTER, "Business Administration"),
        ("MEng Mechanical Engineering", DegreeLevel.MASTER, "Mechanical Engineering"),
        ("Master's degree in Economics", DegreeLevel.MASTER, "Economics"),
        (
            "BSc Computer Science, University of Leeds, 2015",
            DegreeLevel.BACHELOR,
            "Computer Science",
        ),
        ("BSc (Hons) Nursing, University of Manchester", DegreeLevel.BACHELOR, "Nursing"),
        ("Bachelor of Science in Nursing (BSN), 2012", DegreeLevel.BACHELOR, "Nursing"),
        ("B.A. in Economics", DegreeLevel.BACHELOR, "Economics"),
        ("B.S. Computer Engineering", DegreeLevel.BACHELOR, "Computer Engineering"),
        (
            "BA (Hons) English Literature, University of York",
            DegreeLevel.BACHELOR,
            "English Literature",
        ),
        ("Associate of Applied Science in Nursing", DegreeLevel.ASSOCIATE, "Nursing"),
        ("A-levels: Maths, Physics, Chemistry", DegreeLevel.SECONDARY, None),
        ("High School Diploma, Lincoln High, 2008", DegreeLevel.SECONDARY, None),
        ("GED, 2010", DegreeLevel.SECONDARY, None),
        ("Licenciatura in Hotel Management, ESHTE, 2016", DegreeLevel.BACHELOR, "Hotel Management"),
        ("Mestrado em Engenharia, Porto", DegreeLevel.MASTER, None),
    ],
)
def test_it_reads_the_level_and_field_of_a_degree(
    text: str, level: DegreeLevel, field: str | None
) -> None:
    assert read_degree(text) == (level, field)


@pytest.mark.parametrize(
    "text",
    [
        "Harvard University, Cambridge, MA 02138",
        "Advanced MS Excel user",
        "Associate Director, KPMG",
        "Certified Scrum Master",
        "raised attainment to a level of 6",
        "MA",
    ],
)
def test_short_forms_that_are_places_products_or_titles_are_not_degrees(text: str) -> None:
    assert read_degree(text) == (DegreeLevel.NONE, None)


def test_short_forms_count_with_a_field_in_an_education_section() -> None:
    assert read_degree("MA History, University of Leeds", lenient=True) == (
        DegreeLevel.MASTER,
        "History",
    )
    assert read_degree("Boston, MA", lenient=True) == (DegreeLevel.NONE, None)


def test_a_posting_can_take_the_lowest_of_several_levels() -> None:
    found = find_degrees("BSc or MSc in Computer Science")
    assert [(d.level, d.text) for d in found] == [
        (DegreeLevel.BACHELOR, "BSc"),
        (DegreeLevel.MASTER, "MSc"),
    ]
    assert min(d.level for d in found) == DegreeLevel.BACHELOR


@pytest.mark.parametrize(
    "text",
    [
        "AAT Level 2 Certificate in Accounting - studying (exam due March 2027)",
        "August 2020 - March 2022",
        "CIPD Level 5 Associate Diploma in People Management (2020)",
        "Associate Member of the CIPD",
    ],
)
def test_a_month_a_certificate_or_a_membership_grade_is_not_a_degree(text: str) -> None:
    assert read_degree(text, lenient=True) == (DegreeLevel.NONE, None)


def test_an_architecture_masters_counts_as_written() -> None:
    assert read_degree("MArch, University of Bath, 2014") == (DegreeLevel.MASTER, None)


@pytest.mark.parametrize(
    ("text", "studying"),
    [
        ("BSc Nursing - studying part-time", True),
        ("MSc Data Science (expected 2027)", True),
        ("BA History, final year", True),
        ("LLB Law (in progress)", True),
        ("BSc Physics, University of Leeds, 2024 - present", True),
        ("BSc Physics, University of Leeds, 2024 - 2027", True),
        ("BSc Physics, University of Leeds, 2012 - 2015", False),
        ("MBA, INSEAD, 2019", False),
    ],
)
def test_a_degree_still_being_studied_for_is_in_progress(text: str, studying: bool) -> None:
    assert degree_in_progress(text, today=month_index(2026, 11)) is studying


def test_without_today_only_the_words_say_a_degree_is_in_progress() -> None:
    assert degree_in_progress("BSc Physics, 2024 - 2027") is False
    assert degree_in_progress("BSc Physics (expected 2027)") is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ph. D in Physics", DegreeLevel.DOCTORATE),
        ("B. Com Accounting", DegreeLevel.BACHELOR),
        ("LL. M in Law", DegreeLevel.MASTER),
        ("M. Res in Biology", DegreeLevel.MASTER),
    ],
)
def test_a_degree_written_with_a_spaced_dot_is_found(text: str, level: DegreeLevel) -> None:
    assert [m.level for m in find_degrees(text)] == [level]
