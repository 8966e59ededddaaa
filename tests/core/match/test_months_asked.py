"""Experience asked in months ("at least 18 months' post-registration experience", "6
months previous care experience") is a years row in months: counted from dated roles like
any other, and the note says months (issue #12). Cases in four professions, written
before the engine read months."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, row_for

from shortlist.analyses import analyse_posting
from shortlist.core.models import RequirementKind, RequirementResult, Status

CASES = [
    # (posting asks, role, expected)
    (
        "A minimum of 12 months post-registration experience",
        "Physiotherapist (Band 5), Severn Hospital, Jan 2025 - Present\n- Ran an MSK clinic",
        Status.MET,
    ),
    (
        "6 months' experience in a care setting",
        # Jul 2026 to 1 Nov 2026 counts five months (a role's months are counted inclusive).
        "Care Assistant, Rose Court care home, Jul 2026 - Present\n- Gave personal care",
        Status.PARTIAL,
    ),
    (
        "6 months previous care experience",
        "Support Worker, Rose Court care home, Jan 2024 - Present\n- Gave personal care",
        Status.MET,
    ),
    (
        "At least 18 months' experience as a paralegal",
        "Paralegal, Barlow LLP, Mar 2026 - Present\n- Prepared court bundles",
        Status.PARTIAL,
    ),
]


def _row(asked: str, role_text: str) -> RequirementResult:
    return row_for(asked, cv_text([role_text], name="Kit Moss"))


@pytest.mark.parametrize(("asked", "role", "expected"), CASES)
def test_months_asked_are_counted(asked: str, role: str, expected: Status) -> None:
    row = _row(asked, role)
    assert row.status is expected, (row.status, row.note)
    assert "mo)" in row.note


def test_months_make_a_years_row() -> None:
    posting = analyse_posting("Vacancy\n\nEssential:\n- At least 18 months' experience\n")
    (req,) = posting.requirements
    assert req.kind is RequirementKind.YEARS
    assert req.months == 18 and req.years is None
