""" "N years in a similar role" and "N years managing a team" count the years of the roles
that show it, not every year of the CV (issue #12: years that count). Cases in several
professions, each with a control, written before the engine was run on them."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, row_for

from shortlist.core.models import RequirementResult, Status

CASES = [
    # (posting title, asks, roles, expected)
    (
        "Payroll Officer",
        "2+ years' experience in a similar role",
        [
            "Payroll Administrator, Cole & Co, Jan 2025 - Present\n- Ran payroll for 300 staff",
            "Receptionist, Cole & Co, Jan 2018 - Dec 2024\n- Ran the front desk",
        ],
        Status.PARTIAL,
    ),
    (
        "Payroll Officer",
        "2+ years' experience in a similar role",
        ["Payroll Administrator, Cole & Co, Jan 2021 - Present\n- Ran payroll for 300 staff"],
        Status.MET,
    ),
    (
        "Marketing Manager",
        "3+ years' experience in a similar role",
        [
            "Marketing Executive, Brightside Travel, Jan 2025 - Present\n- Ran email campaigns",
            "Travel Consultant, Brightside Travel, Jan 2015 - Dec 2024\n- Sold holidays",
        ],
        Status.PARTIAL,
    ),
    (
        "Band 5 Staff Nurse - Acute Medicine (Ward 12)",
        "At least 1 year's experience in a similar role",
        [
            "Staff Nurse, Riverside Hospital, Jul 2026 - Present\n- Cared for 8 patients a shift",
            "Healthcare Assistant, Riverside Hospital, Jan 2019 - Jun 2026\n- Personal care",
        ],
        Status.PARTIAL,
    ),
    (
        "Band 5 Staff Nurse - Acute Medicine (Ward 12)",
        "At least 1 year's experience in a similar role",
        ["Staff Nurse, Riverside Hospital, Jan 2023 - Present\n- Cared for 8 patients a shift"],
        Status.MET,
    ),
    (
        "Warehouse Team Leader",
        "3+ years' experience managing a team",
        [
            "Team Leader, Brightway Logistics, Jan 2025 - Present\n- Managed a team of 9",
            "Warehouse Operative, Brightway Logistics, Jan 2015 - Dec 2024\n- Picked orders",
        ],
        Status.PARTIAL,
    ),
    (
        "Warehouse Team Leader",
        "3+ years' experience managing a team",
        [
            "Team Leader, Brightway Logistics, Jan 2021 - Present\n- Managed a team of 9",
            "Warehouse Operative, Brightway Logistics, Jan 2015 - Dec 2020\n- Picked orders",
        ],
        Status.MET,
    ),
]


def _row(title: str, asked: str, roles: list[str]) -> RequirementResult:
    return row_for(asked, cv_text(roles, name="Alex Moreno"), title=title)


@pytest.mark.parametrize(("title", "asked", "roles", "expected"), CASES)
def test_years_count_only_the_roles_that_show_it(
    title: str, asked: str, roles: list[str], expected: Status
) -> None:
    row = _row(title, asked, roles)
    assert row.status is expected, (row.status, row.note)


SETTINGS = [
    # (asks, roles, expected): the role is there, the setting only in part of it.
    (
        "3+ years as a chef in a fine-dining restaurant",
        [
            "Chef de Partie, Orchid fine-dining restaurant, Jan 2025 - Present\n- Ran fish",
            "Chef, Harvester Pub, Jan 2018 - Dec 2024\n- Cooked the grill menu",
        ],
        Status.PARTIAL,
    ),
    (
        "3+ years as a chef in a fine-dining restaurant",
        [
            "Chef de Partie, Orchid fine-dining restaurant, Jan 2021 - Present\n- Ran fish",
        ],
        Status.MET,
    ),
    (
        "2+ years as a nurse in an intensive care setting",
        [
            "Staff Nurse, Intensive Care Unit, Jan 2026 - Present\n- Cared for ventilated patients",
            "Staff Nurse, Ward 5, Jan 2019 - Dec 2025\n- Cared for 8 patients",
        ],
        Status.PARTIAL,
    ),
    (
        "5+ years as a teacher in a secondary school",
        [
            "Teacher, Hill Secondary School, Sep 2025 - Present\n- Taught Year 9 maths",
            "Teacher, Oakfield Primary School, Sep 2015 - Jul 2025\n- Taught Year 4",
        ],
        Status.PARTIAL,
    ),
    (
        "3+ years as an electrician on commercial sites",
        [
            "Electrician, Brightspark Domestic, Jan 2018 - Present\n- Rewired houses",
        ],
        Status.PARTIAL,
    ),
    (
        "3+ years in B2B sales",
        [
            "Account Executive, Ledgerly, Jan 2021 - Present\n- Closed B2B sales",
        ],
        Status.MET,
    ),
]


@pytest.mark.parametrize(("asked", "roles", "expected"), SETTINGS)
def test_years_in_a_setting_count_the_roles_in_it(
    asked: str, roles: list[str], expected: Status
) -> None:
    row = _row("Vacancy", asked, roles)
    assert row.status is expected, (row.status, row.note)
