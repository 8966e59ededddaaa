"""The per-row rules of docs/scoring.md, each on a small CV and posting written out here."""

import datetime as dt

import pytest

from shortlist import match
from shortlist.core.models import MatchReport, Status

TODAY = dt.date(2026, 11, 1)

CV = """\
Jordan Lee
Leeds, UK

EXPERIENCE
Data Analyst, Fenwick Retail - Jan 2020 - Present
- Built weekly sales reports in Python and SQL for 40 stores.
- Ran the Tableau dashboards used by the buying team.

Sales Assistant, Corner Books - Jan 2017 - Dec 2019
- Served customers and handled the till.
- Kept the staff rota in Microsoft Excel (basic formulas).

SKILLS
TypeScript, Docker

EDUCATION
BSc (Hons) Mathematics, University of York, 2016
MSc Data Science, University of Leeds - studying, expected 2027

LANGUAGES
English (native), German (A2), Spanish (B2)

CERTIFICATIONS
PRINCE2 Foundation (expired 2021)
CFA Level II candidate, exam booked for May 2027
"""


def _report(*requirements: str) -> MatchReport:
    posting = "Data Analyst\n\nRequirements\n" + "\n".join(f"- {r}" for r in requirements)
    return match(CV, posting, today=TODAY)


def _only_row(requirement: str) -> tuple[Status, str]:
    report = _report(requirement)
    assert len(report.rows) == 1, [r.requirement.text for r in report.rows]
    return report.rows[0].status, report.rows[0].note


def test_a_skill_used_in_a_role_is_met() -> None:
    status, note = _only_row("Experience with Python")
    assert status is Status.MET
    assert "in roles" in note


def test_a_skill_only_named_in_the_skills_list_is_partial() -> None:
    status, note = _only_row("Experience with TypeScript")
    assert status is Status.PARTIAL
    assert note == "TypeScript: listed, but no role or project shows it used"


def test_a_lower_level_than_asked_is_partial_and_quotes_the_cv() -> None:
    status, note = _only_row("Advanced Microsoft Excel")
    assert status is Status.PARTIAL
    assert "basic" in note


def test_one_of_several_alternatives_is_enough() -> None:
    status, _ = _only_row("Experience with Python or Scala")
    assert status is Status.MET


def test_examples_in_brackets_are_alternatives_for_the_thing_before_them() -> None:
    status, _ = _only_row("A BI tool (Tableau, Power BI or Looker)")
    assert status is Status.MET


def test_skills_joined_by_and_are_each_needed() -> None:
    status, note = _only_row("Experience with Python and Scala")
    assert status is Status.PARTIAL
    assert "not shown: Scala" in note


def test_years_in_a_field_count_only_roles_named_for_it() -> None:
    status, note = _only_row("3+ years of experience as a data analyst")
    assert status is Status.MET
    assert "as data analyst" in note
    status, note = _only_row("2+ years of experience as a nurse")
    assert status is Status.MISSING


def test_years_of_general_experience_count_every_role() -> None:
    status, note = _only_row("5+ years of professional experience")
    assert status is Status.MET
    assert "across all roles" in note


def test_a_degree_in_progress_is_not_held_and_a_lower_one_is_not_enough() -> None:
    status, note = _only_row("A master's degree in Data Science")
    assert status is Status.MISSING
    assert note == "bachelor shown; asked: master"


def test_a_degree_in_a_related_field_meets_an_or_related_requirement() -> None:
    status, _ = _only_row("A degree in Statistics or a related subject")
    assert status is Status.MET
    status, _ = _only_row("A degree in Statistics")
    assert status is Status.PARTIAL


def test_an_expired_certificate_is_partial() -> None:
    status, note = _only_row("PRINCE2 Foundation certification")
    assert status is Status.PARTIAL
    assert "expired" in note


@pytest.mark.parametrize(
    ("requirement", "expected"),
    [
        ("CFA Level II (required)", Status.MISSING),
        ("CFA Level II, or working towards it", Status.MET),
    ],
)
def test_a_certificate_in_progress_counts_only_where_the_posting_accepts_progress(
    requirement: str, expected: Status
) -> None:
    status, note = _only_row(requirement)
    assert status is expected
    assert "candidate" in note or "booked" in note


def test_a_missing_credential_row_still_quotes_the_progress_line() -> None:
    report = _report("CFA Level II (required)")
    assert report.rows[0].evidence == "CFA Level II candidate, exam booked for May 2027"
    assert report.cap == 64


@pytest.mark.parametrize(
    ("requirement", "expected"),
    [
        ("Conversational Spanish", Status.MET),
        ("Spanish at C1 level", Status.PARTIAL),
        ("Fluent German (C1 or higher)", Status.MISSING),
    ],
)
def test_a_language_is_judged_by_the_level_asked(requirement: str, expected: Status) -> None:
    status, _ = _only_row(requirement)
    assert status is expected


def test_one_of_several_named_credentials_is_enough() -> None:
    status, note = _only_row("PMP or PRINCE2 Foundation certification")
    assert status is Status.PARTIAL  # the PRINCE2 it holds has expired
    assert "expired" in note


def test_one_of_several_named_languages_is_enough() -> None:
    status, _ = _only_row("A second language: French, Spanish or Italian (B1 or above)")
    assert status is Status.MET


def test_a_credential_is_found_by_its_wording_where_it_has_no_known_name() -> None:
    cv = CV.replace(
        "CERTIFICATIONS\n", "CERTIFICATIONS\nLevel 3 Award in Supervising Food Safety (2023)\n"
    )
    posting = "Cook\n\nRequirements\n- Level 3 Food Safety (Supervising Food Safety)"
    (row,) = match(cv, posting, today=TODAY).rows
    assert row.status is Status.MET
    assert row.evidence == "Level 3 Award in Supervising Food Safety (2023)"


def test_a_lower_level_of_the_same_credential_is_partial() -> None:
    cv = CV.replace("CERTIFICATIONS\n", "CERTIFICATIONS\nLevel 2 Food Hygiene and Safety (2024)\n")
    posting = "Cook\n\nRequirements\n- Level 3 Food Safety"
    (row,) = match(cv, posting, today=TODAY).rows
    assert row.status is Status.PARTIAL
    assert "level 2; asked: level 3" in row.note


def test_including_and_ideally_add_to_the_ask_rather_than_offer_alternatives() -> None:
    status, note = _only_row("Strong Python, including Scala")
    assert status is Status.PARTIAL
    assert "not shown: Scala" in note
