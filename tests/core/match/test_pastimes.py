"""A hobbies or interests section is shown but never evidence (issue #12): baking bread
is not catering, five-a-side is not teamwork at work, a chess club is not strategy."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts

TODAY = dt.date(2026, 11, 1)
CV = (
    "Lena Park\nExperience\nPayroll Assistant, Carrow Group, Jan 2021 - Present\n"
    "- Processed monthly payroll for 300 staff in Sage\n"
)


@pytest.mark.parametrize(
    ("heading", "hobbies", "posting"),
    [
        ("Hobbies", "Baking bread and cakes for the village fete", "- Experience in catering"),
        ("Interests", "Five-a-side football and team sports", "- Team sports coaching"),
        ("Hobbies and interests", "Photography with Lightroom", "- Adobe Lightroom"),
        ("Interests", "Volunteering at a food bank", "- Customer service"),
    ],
)
def test_a_pastime_moves_no_row_and_no_score(heading: str, hobbies: str, posting: str) -> None:
    text = f"Role\nRequirements\n{posting}\n- Payroll processing\n"
    before = match_texts(CV, text, TODAY)
    after = match_texts(f"{CV}\n{heading}\n{hobbies}\n", text, TODAY)
    assert after.score == before.score
    assert [(r.status, r.evidence) for r in after.rows] == [
        (r.status, r.evidence) for r in before.rows
    ]
