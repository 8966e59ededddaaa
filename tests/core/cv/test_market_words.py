"""The market an employer sells to is not a skill of the person (issue #12): "Account
Executive at a B2B accounting SaaS" shows selling, not accounting. Written before the
engine was run on them; each case has a control line that does show the skill."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import Status

TODAY = dt.date(2026, 11, 1)
CASES = [
    (
        "Account Executive, Ledgerly (B2B accounting SaaS), Jan 2021 - Present",
        "- Closed 40 new logos a year",
        "Accounting experience",
        "- Prepared management accounts and VAT returns in Xero",
    ),
    (
        "Sales Manager, Paywise, Mar 2018 - Present",
        "- Sold payroll software to 200 SMEs across the North West",
        "Payroll processing experience",
        "- Processed the monthly payroll for 300 staff",
    ),
    (
        "Customer Success Manager, Stockroom, 2019 - Present",
        "- Onboarded 60 clients to our inventory management platform",
        "Inventory management experience",
        "- Ran weekly stock counts and cut shrinkage by 1.2%",
    ),
]


@pytest.mark.parametrize(("header", "line", "requirement", "control"), CASES)
def test_what_the_employer_sells_is_not_a_skill(
    header: str, line: str, requirement: str, control: str
) -> None:
    posting = f"Role\nRequirements\n- {requirement}\n"
    row = match_texts(f"Jo Park\nExperience\n{header}\n{line}\n", posting, TODAY).rows[0]
    assert row.status is Status.MISSING, row
    shown = match_texts(f"Jo Park\nExperience\n{header}\n{control}\n", posting, TODAY).rows[0]
    assert shown.status is not Status.MISSING, shown
