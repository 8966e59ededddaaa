"""The right to work is met only by a CV line that states it about the person; the same
words about software, forms or papers prove nothing (issue #12)."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import Status

TODAY = dt.date(2026, 11, 1)
POSTINGS = [
    "Engineer\nRequirements\n- Authorization to work in the US\n",
    "Engineer\nRequirements\n- You must have the right to work in the UK\n",
]


def _status(cv_line: str, posting: str) -> Status:
    role = "Experience\nEngineer, Tolpuddle Ltd, 2019 - Present\n- Shipped APIs\n"
    cv = f"Ana Silva\n{cv_line}\n{role}"
    return match_texts(cv, posting, TODAY).rows[0].status


@pytest.mark.parametrize("posting", POSTINGS)
@pytest.mark.parametrize(
    "cv_line",
    [
        "Built OAuth2 authentication and authorization for the partner API",
        "Designed the work permit request form in SAP HR",
        "Published 'Citizenship and the city' in the Urban Review",
        "Role-based authorisation with Keycloak",
    ],
)
def test_the_words_in_another_sense_prove_nothing(cv_line: str, posting: str) -> None:
    assert _status(cv_line, posting) is Status.MISSING


@pytest.mark.parametrize("posting", POSTINGS)
@pytest.mark.parametrize(
    "cv_line",
    [
        "Authorized to work in the US for any employer",
        "Right to work in the UK: British citizen",
        "Status: Permanent Resident",
        "Settled status under the EU Settlement Scheme",
    ],
)
def test_a_statement_about_the_person_meets_it(cv_line: str, posting: str) -> None:
    assert _status(cv_line, posting) is Status.MET
