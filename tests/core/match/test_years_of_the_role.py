"""Years asked "as a head chef" count the head chef's years, not every chef's; years "in
recruitment" count the roles that did recruitment, not a receptionist's at a firm called
"... Recruitment Ltd" (issue #12: years that count). Cases in several professions, each
with a control, written before the engine was run on them."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, row_for

from shortlist.core.models import RequirementResult, Status

CASES = [
    # (asks, roles, expected)
    (
        "At least 2 years as a head chef or senior sous chef",
        [
            "Senior Sous Chef, The Granary, Mar 2025 - Present\n- Ran the pass on busy nights",
            "Chef de Partie, The Granary, Jan 2016 - Feb 2025\n- Ran the sauce section",
        ],
        Status.PARTIAL,
    ),
    (
        "At least 2 years as a head chef or senior sous chef",
        ["Head Chef, The Granary, Jan 2022 - Present\n- Wrote the seasonal menus"],
        Status.MET,
    ),
    (
        "3+ years as a senior software engineer",
        [
            "Senior Software Engineer, Ledgerly, Jan 2025 - Present\n- Built the billing API",
            "Software Engineer, Ledgerly, Jan 2016 - Dec 2024\n- Built internal tools in Python",
        ],
        Status.PARTIAL,
    ),
    (
        "3+ years as a senior software engineer",
        ["Senior Software Engineer, Ledgerly, Jan 2021 - Present\n- Built the billing API"],
        Status.MET,
    ),
    (
        "2 years' experience as a payroll supervisor",
        [
            "Payroll Supervisor, Cole & Co, Jun 2025 - Present\n- Checked every payroll run",
            "Payroll Administrator, Cole & Co, Jan 2015 - May 2025\n- Ran the weekly payroll",
        ],
        Status.PARTIAL,
    ),
    (
        "At least 3 years' experience in recruitment",
        [
            "Recruitment Consultant, Hays Recruitment Ltd, Jan 2025 - Present\n- Placed 40 people",
            "Office Administrator, Hays Recruitment Ltd, Jan 2015 - Dec 2024\n- Booked rooms",
        ],
        Status.PARTIAL,
    ),
    (
        "2+ years of logistics experience",
        [
            "Logistics Coordinator, Trentside Logistics Ltd, Jan 2026 - Present\n- Booked hauliers",
            "Receptionist, Trentside Logistics Ltd, Jan 2015 - Dec 2025\n- Greeted visitors",
        ],
        Status.PARTIAL,
    ),
    (
        "At least 3 years' experience in recruitment",
        ["Recruitment Consultant, Hays Recruitment Ltd, Jan 2019 - Present\n- Placed 40 people"],
        Status.MET,
    ),
]


def _row(asked: str, roles: list[str]) -> RequirementResult:
    return row_for(asked, cv_text(roles, name="Robin Vale"))


@pytest.mark.parametrize(("asked", "roles", "expected"), CASES)
def test_years_count_the_role_asked_for(asked: str, roles: list[str], expected: Status) -> None:
    row = _row(asked, roles)
    assert row.status is expected, (row.status, row.note, row.evidence)
