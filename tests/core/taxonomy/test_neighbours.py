"""The taxonomy audit (issue #12): a neighbour is not the thing itself. Each pair is a CV
line and a posting requirement; the row may be partial at most ("related"), never met,
when the CV shows only the neighbour, and must be missing when the two are unrelated
things that merely share a word. Synonyms must meet each other. Written before the
engine was run on them."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import MatchReport, Status

TODAY = dt.date(2026, 11, 1)


def _cv(line: str) -> str:
    return f"Sam Carter\nExperience\nAnalyst, Fenwick Ltd, Jan 2020 - Present\n- {line}\n"


def _posting(requirement: str) -> str:
    return f"Analyst\nRequirements\n- {requirement}\n"


def _status(cv_line: str, requirement: str) -> tuple[Status, MatchReport]:
    report = match_texts(_cv(cv_line), _posting(requirement), TODAY)
    rows = [r for r in report.rows if r.requirement.text == requirement]
    assert rows, [r.requirement.text for r in report.rows]
    return rows[0].status, report


#: Different things that share a word or a vendor: the CV line proves nothing asked.
UNRELATED = [
    (
        "Implemented authentication and authorization with Spring Security",
        "Authorization to work in the US",
    ),
    ("Built the Java order service", "Experience with JavaScript"),
    ("Wrote the team's guides in Google Docs", "Google Ads campaign management"),
    ("Booked travel and filed expenses in SAP Concur", "SAP FI/CO configuration"),
    ("Coordinated the dental practice's rota", "Dentistry degree"),
    ("Led the sales team's weekly pipeline review", "Salesforce administration"),
]
#: A narrower or sibling tool: related at most, never the thing itself.
NEIGHBOURS = [
    ("Cleaned and shaped data in Power Query", "Power BI dashboards"),
    ("Built models in Excel with pivot tables", "VBA macros"),
    ("Ran Tableau Prep flows for the finance team", "Tableau dashboard design"),
    ("Administered Microsoft Teams for 300 users", "Microsoft Dynamics 365"),
    # Added with the nursing split: any nurse is not an ICU or children's nurse, and a
    # care assistant is not a nurse.
    ("Nursing care for 8 patients on a general medical ward", "ICU experience"),
    ("Nursing care for 8 patients on a general medical ward", "Paediatric nursing"),
    ("Healthcare assistant supporting nurses on a surgical ward", "Nursing experience"),
]
#: The same thing in other words.
SYNONYMS = [
    ("Qualified in accountancy (ACCA, 2019)", "Accounting qualification"),
    ("Month-end close and general ledger reconciliations", "Experience with month-end close"),
]


@pytest.mark.parametrize(("cv_line", "requirement"), UNRELATED)
def test_a_word_shared_with_something_else_proves_nothing(cv_line: str, requirement: str) -> None:
    status, report = _status(cv_line, requirement)
    assert status is Status.MISSING, report.rows


@pytest.mark.parametrize(("cv_line", "requirement"), NEIGHBOURS)
def test_a_neighbouring_tool_is_partial_at_most(cv_line: str, requirement: str) -> None:
    status, report = _status(cv_line, requirement)
    assert status is not Status.MET, report.rows


@pytest.mark.parametrize(("cv_line", "requirement"), SYNONYMS)
def test_the_same_thing_in_other_words_is_met(cv_line: str, requirement: str) -> None:
    status, report = _status(cv_line, requirement)
    assert status is Status.MET, report.rows
