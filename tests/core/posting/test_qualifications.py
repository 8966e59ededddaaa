"""The degree a posting line asks for, and lines that only look like one."""

import pytest

from shortlist.core.models import DegreeLevel, RequirementKind
from shortlist.core.posting.requirements import read_requirement
from shortlist.core.posting.weights import Weight
from shortlist.core.taxonomy.skills import Taxonomy

MUST = Weight(True, "Essential")


def read(text: str) -> tuple[RequirementKind, DegreeLevel | None, str | None]:
    req = read_requirement(text, Taxonomy([]), MUST)
    return req.kind, req.degree, req.field_of_study


@pytest.mark.parametrize(
    "text",
    [
        "Beechwood High School is committed to safeguarding children.",
        "At Lincoln Secondary School every pupil matters.",
        "A strong record of GCSE results at or above national averages",
        "Experience teaching GCSE and A level Physics",
    ],
)
def test_a_schools_name_or_pupils_grades_ask_for_no_degree(text: str) -> None:
    assert read(text)[1] is None


def test_a_high_school_diploma_is_still_asked_for() -> None:
    assert read("A High School diploma or GED") == (
        RequirementKind.DEGREE,
        DegreeLevel.SECONDARY,
        None,
    )


def test_a_uk_foundation_degree_is_associate_level() -> None:
    assert read("CIPP Foundation Degree in Payroll Management, or equivalent") == (
        RequirementKind.DEGREE,
        DegreeLevel.ASSOCIATE,
        "Payroll Management",
    )
