""" "Leading a team of 50+" asks for a size: a CV line that leads or manages a team of at
least that many shows it; a smaller team shows the competence but not the size (partial,
and the note says both numbers); a line with no team at all does not show it. Cases in
several professions, written before the engine was run on them."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.match.team_size import asked_size, shown_size
from shortlist.core.models import RequirementResult, Status

CASES = [
    # (posting asks, CV line, expected)
    (
        "Experience leading a team of 50+ colleagues",
        "Run a £21m superstore with 85 colleagues and five department managers",
        Status.MET,
    ),
    (
        "Experience leading a team of 50+ colleagues",
        "Managed a team of 12 colleagues",
        Status.PARTIAL,
    ),
    (
        "Experience managing a team of at least 10 nurses",
        "Managed a team of 14 nurses on a surgical ward",
        Status.MET,
    ),
    (
        "Experience managing a team of at least 10 nurses",
        "Managed a team of 4 nurses at night",
        Status.PARTIAL,
    ),
    ("Line management of 5+ staff", "Line manager to 3 analysts", Status.PARTIAL),
    ("Line management of 5+ staff", "Line manager to 7 payroll administrators", Status.MET),
    (
        "Experience supervising large teams (20+ people)",
        "Supervised 25 care assistants across two units",
        Status.MET,
    ),
    (
        "Experience supervising large teams (20+ people)",
        "Supervised 6 care assistants on nights",
        Status.PARTIAL,
    ),
]


def _row(asked: str, line: str) -> RequirementResult:
    header = "Manager, Harbour Group, Jan 2018 - Present"
    cv = cv_text([role(header, line, "Wrote the monthly report")], name="Sam Okoro")
    return row_for(asked, cv, title="Operations Manager")


@pytest.mark.parametrize(("asked", "line", "expected"), CASES)
def test_a_team_size_asked_is_checked(asked: str, line: str, expected: Status) -> None:
    row = _row(asked, line)
    assert row.status is expected, (row.status, row.note, row.evidence)
    assert row.evidence is not None and line in row.evidence


@pytest.mark.parametrize(
    "text",
    [
        "You will line manage a team of band 5 community staff nurses",
        "Join our team of 8 acute physicians",
        "Manage 200-300 accounts across the region",
        "Manage a budget of £2m+",
        "Submit (2) references, including one from a direct supervisor",
    ],
)
def test_a_number_near_a_team_is_not_always_a_size_asked(text: str) -> None:
    assert asked_size(text) is None


def test_a_year_is_not_a_head_count() -> None:
    assert shown_size("In 2019 hired staff for the new site") is None
    assert shown_size("Managed 12 engineers from 2019") == 12


def test_mentoring_people_is_not_leading_them() -> None:
    assert shown_size("Mentored 6 student nurses on placement") is None
    assert shown_size("Grew the team to 9 engineers") == 9


def test_a_profile_hoping_to_lead_shows_no_team_size() -> None:
    cv = cv_text(
        [role("Manager, Harbour Group, Jan 2018 - Present", "Wrote the monthly report")],
        name="Sam Okoro",
        after="\nProfile\nKeen to lead a team of 30 staff one day.\n",
    )
    row = row_for("Experience leading a team of 20+ staff", cv, title="Operations Manager")
    assert row.status is not Status.MET, (row.note, row.evidence)
    assert "a team of 30 shown" not in row.note


def test_people_served_are_not_a_team_led() -> None:
    assert shown_size("Managed payroll for 300 employees") is None
    assert shown_size("Managed the rota for 45 staff") is None
    assert shown_size("Responsible for 12 nurses on a surgical ward") == 12
