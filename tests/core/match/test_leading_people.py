"""A row that asks to lead or manage people in a field ("At least 2 years managing a
payroll team", "Experience managing a sales team") is not met by the field alone: a
payroll administrator shows payroll, not managing a payroll team (issue #12: a row is met
only by what shows it). Cases in several professions, written before the engine was run
on them, each with a control that leads."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.match.leading import asks_to_lead, leads_people
from shortlist.core.models import RequirementResult, Status

CASES = [
    # (posting asks, role, acceptable statuses)
    (
        "At least 2 years managing a payroll team",
        "Payroll Administrator, Severn Council, Jan 2020 - Present\n- Ran payroll for 900 staff",
        {Status.MISSING, Status.PARTIAL},
    ),
    (
        "At least 2 years managing a payroll team",
        "Payroll Manager, Severn Council, Jan 2020 - Present\n- Managed a payroll team of 4",
        {Status.MET},
    ),
    (
        "Experience managing a sales team",
        "Sales Executive, Northwind, Jan 2019 - Present\n- Closed £1m of new B2B sales",
        {Status.PARTIAL, Status.MISSING},
    ),
    (
        "Experience managing a sales team",
        "Sales Manager, Northwind, Jan 2019 - Present\n- Led a team of 6 in B2B sales",
        {Status.MET},
    ),
    (
        "Lead, coach and set objectives for the accounts team",
        "Accounts Assistant, Harlow & Co, Jan 2019 - Present\n- Posted purchase invoices",
        {Status.PARTIAL, Status.MISSING},
    ),
    (
        "Supervise a team of care assistants on nights",
        "Care Assistant, Rose Court, Jan 2019 - Present\n- Gave personal care on nights",
        {Status.PARTIAL, Status.MISSING},
    ),
]


def _row(asked: str, role_text: str) -> RequirementResult:
    return row_for(asked, cv_text([role_text], name="Ali Khan"), title="Manager")


@pytest.mark.parametrize(("asked", "role", "allowed"), CASES)
def test_leading_people_is_shown_by_leading_them(
    asked: str, role: str, allowed: set[Status]
) -> None:
    row = _row(asked, role)
    assert row.status in allowed, (row.status, row.note, row.evidence)


@pytest.mark.parametrize(
    "line",
    [
        "Responsible Pharmacist and manager of a team of six dispensers",
        "Line manager to 3 payroll officers",
        "Managed a payroll team of 4",
        "Shift leader on the night team",
    ],
)
def test_lines_that_lead_people(line: str) -> None:
    assert leads_people(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ran payroll for 900 staff",
        "Managed expectations of senior staff",
        "Supported the team with month-end",
    ],
)
def test_lines_that_lead_nobody(line: str) -> None:
    assert not leads_people(line)


def test_an_alternative_to_leading_is_no_ask_to_lead() -> None:
    assert not asks_to_lead("Experience supervising or mentoring junior physiotherapists")
    assert asks_to_lead("Experience supervising junior physiotherapists")


def test_a_profile_hoping_to_lead_does_not_lead() -> None:
    profile = "\nProfile\nPayroll assistant studying so that I can lead a payroll team one day.\n"
    cv = cv_text(
        [
            role(
                "Payroll Assistant, Severn Council, Jan 2020 - Present", "Ran payroll for 900 staff"
            )
        ],
        name="Ali Khan",
        after=profile,
    )
    row = row_for("Experience managing a payroll team", cv, title="Payroll Manager")
    assert row.status is not Status.MET, (row.note, row.evidence)


def test_leading_in_the_field_does_not_show_a_tool_it_lacks() -> None:
    asked = "Experience managing a payroll team using SAP"
    role = "Payroll Manager, Severn Council, 2020 - Present\n- Managed a payroll team of 4 on Sage"
    row = _row(asked, role)
    assert row.status is not Status.MET, (row.note, row.evidence)
    assert "SAP" in row.note
