"""A row is met only by a line that shows what it asks; a job title or the broad field
alone gives partial at most (issue #12). Each case: a CV whose only link to the
requirement is the job title or the parent field, and a control line that does show it.
Written before the engine was run on them."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import RequirementResult, Status

TODAY = dt.date(2026, 11, 1)

CASES = [
    (
        "Experience in partner or channel marketing",
        "Marketing Manager, Ledgerly, Jan 2016 - Present\n"
        "- Ran paid social campaigns for 3 launches",
        "- Built a reseller programme with 40 channel partners and co-marketing funds",
    ),
    (
        "Paediatric nursing experience",
        "Staff Nurse, St Mary's Hospital, Sep 2018 - Present\n- Cared for adult surgical patients",
        "- Two years on the paediatric ward caring for children aged 2-16",
    ),
    (
        "Commercial property law",
        "Solicitor, Hale & Burrows LLP, Mar 2016 - Present\n"
        "- Residential conveyancing for 60 clients a year",
        "- Acted on commercial property leases and acquisitions for retail landlords",
    ),
    (
        "Corporate tax returns",
        "Tax Accountant, Penrose Partners, Jan 2017 - Present\n"
        "- Prepared personal self-assessment returns",
        "- Prepared corporation tax returns (CT600) for 35 companies",
    ),
    (
        "B2B sales experience",
        "Sales Executive, Brightside Kitchens, Jun 2019 - Present\n"
        "- Sold kitchens to homeowners in the showroom",
        "- Sold fitted kitchens to property developers and housebuilders (B2B)",
    ),
    (
        "Experience with React Native",
        "Front-end Developer, Pixelmint, Feb 2020 - Present\n"
        "- Built React web apps for retail clients",
        "- Shipped two React Native apps to the App Store and Google Play",
    ),
]


def _row(cv_body: str, requirement: str) -> RequirementResult:
    cv = f"Jo Bright\nExperience\n{cv_body}\n"
    posting = f"Role\nRequirements\n- {requirement}\n"
    rows = match_texts(cv, posting, TODAY).rows
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("requirement", "cv", "shows"), CASES, ids=[c[0] for c in CASES])
def test_a_title_or_the_broad_field_alone_is_not_met(requirement: str, cv: str, shows: str) -> None:
    row = _row(cv, requirement)
    assert row.status is not Status.MET, row


@pytest.mark.parametrize(("requirement", "cv", "shows"), CASES, ids=[c[0] for c in CASES])
def test_a_line_that_shows_it_is_met(requirement: str, cv: str, shows: str) -> None:
    row = _row(f"{cv}\n{shows}", requirement)
    assert row.status is Status.MET, row
    assert row.evidence is not None and row.evidence in shows
