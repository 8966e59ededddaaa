"""Degree levels and fields (core/degrees.py)."""

import pytest

from shortlist.core.degrees import find_degrees, read_degree
from shortlist.core.models import DegreeLevel


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
