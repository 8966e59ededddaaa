"""A degree line that also asks for a registration needs both (issue #12), and UK
integrated masters (MPharm, MPhys, MChem) are master's degrees."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import Status

TODAY = dt.date(2026, 11, 1)
POSTING = (
    "Pharmacist\nEssential\n"
    "- MPharm degree and registration with the General Pharmaceutical Council (GPhC)\n"
)


def _status(cv_lines: str) -> Status:
    cv = f"Sam Ali\nExperience\nPharmacist, Greenway, 2019 - Present\n{cv_lines}\n"
    return match_texts(cv, POSTING, TODAY).rows[0].status


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ("Education\nMPharm (Hons), University of Bath, 2018\n"
         "Registered pharmacist with the General Pharmaceutical Council since 2019", Status.MET),
        ("Education\nMPharm (Hons), University of Bath, 2018", Status.MISSING),
        ("Registered pharmacist with the General Pharmaceutical Council since 2019",
         Status.MISSING),
    ],
)  # fmt: skip
def test_both_halves_are_needed(lines: str, status: Status) -> None:
    assert _status(lines) is status
