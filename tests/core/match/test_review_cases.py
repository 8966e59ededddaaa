"""Cases a review of the #12 changes found, each a class with its own fixtures: denials
that wrap, tools that are not markets, labels answered about something else, years rows
that ask for the support role, titles about training, denied rights and degrees, named
tools met only in other words, narrowing words in an unrelated role."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import analyse_cv, match_texts
from shortlist.core.models import RequirementResult, Status

TODAY = dt.date(2026, 11, 1)


def _row(cv_body: str, requirement: str) -> RequirementResult:
    rows = match_texts(f"Jo Park\n{cv_body}\n", f"Role\nRequirements\n- {requirement}\n", TODAY)
    return rows.rows[0]


def test_a_denial_that_wraps_onto_the_next_line_still_denies() -> None:
    cv = (
        "Experience\nFinance Assistant, Acme, 2019 - Present\n"
        "- Day-to-day ledgers in Sage; I have never used\n  Salesforce or Xero in any role"
    )
    assert _row(cv, "Experience with Xero").status is Status.MISSING


@pytest.mark.parametrize(
    ("line", "requirement"),
    [
        ("- Developed Java software for the trading desk", "Java"),
        ("- Built an internal Kubernetes platform for 40 teams", "Kubernetes"),
        ("- Wrote Python software for pricing", "Python"),
    ],
)
def test_a_tool_before_software_or_platform_is_the_persons_tool(
    line: str, requirement: str
) -> None:
    cv = f"Experience\nEngineer, Acme, 2019 - Present\n{line}"
    assert _row(cv, requirement).status is Status.MET


def test_a_label_is_denied_only_by_a_bare_no() -> None:
    held = "Registrations\nRegistered Nurse (NMC)\nNot yet signed off for IV drug administration"
    assert _row(
        f"Experience\nStaff Nurse, Ward 3, 2019 - Present\n{held}", "NMC registration"
    ).status is (Status.MET)


def test_years_that_ask_for_the_support_role_count_it() -> None:
    cv = (
        "Experience\nTeaching Assistant, Elm Park Primary, Sep 2020 - Present\n- Led phonics groups"
    )
    row = _row(cv, "At least 2 years' experience as a Teaching Assistant")
    assert row.status is Status.MET, row


@pytest.mark.parametrize(
    ("title", "requirement"),
    [
        ("Student Services Adviser, Hull College", "3 years' experience in student services"),
        ("Volunteer Coordinator, Oxfam", "3 years as a volunteer coordinator"),
    ],
)
def test_a_job_about_training_or_students_is_a_job(title: str, requirement: str) -> None:
    cv = f"Experience\n{title}, Jan 2019 - Present\n- Ran the service day to day"
    assert _row(cv, requirement).status is Status.MET


def test_a_teacher_of_a_level_subjects_is_a_teacher() -> None:
    cv = "Experience\nTeacher of A-level Chemistry, Hill School, 2016 - Present\n- Taught Y12-13"
    assert _row(cv, "3+ years' experience as a qualified teacher").status is not Status.MISSING


def test_a_denied_right_to_work_is_not_stated() -> None:
    cv = (
        "Profile\nI do not currently have the right to work in the UK and will need sponsorship\n"
        "Experience\nEngineer, Acme, 2019 - Present\n- Built APIs"
    )
    assert _row(cv, "You must have the right to work in the UK").status is Status.MISSING


def test_a_hoped_for_degree_is_not_a_degree() -> None:
    cv = analyse_cv("Jo Park\nProfile\nKeen to do an MSc Data Science part-time\n", TODAY)
    assert cv.education == ()


def test_a_named_tool_met_only_in_other_words_is_partial() -> None:
    cv = (
        "Experience\nAccount Manager, Acme, 2019 - Present\n"
        "- Managed client accounts in HubSpot CRM"
    )
    row = _row(cv, "Salesforce CRM to manage customer accounts")
    assert row.status is Status.PARTIAL and "Salesforce" in row.note


def test_a_perks_lead_in_with_a_colon_heads_its_list() -> None:
    from shortlist.analyses import analyse_posting

    text = (
        "Support Worker\nRequirements\n- Experience in social care\n"
        "We also have a range of other benefits such as:\n- Blue Light Card\n- Free parking\n"
    )
    assert [r.text for r in analyse_posting(text).requirements] == ["Experience in social care"]


def test_a_web_address_in_a_role_line_is_work_not_contact_details() -> None:
    cv = analyse_cv(
        "Sam Lee\nsam@example.com\nDeveloper, Foo Ltd, 2015 - 2018 (3 years)\n"
        "Built APIs in Python.\nAnalyst, Bar Ltd, 2018 - 2020\nBuilt www.shop.co.uk in React\n",
        TODAY,
    )
    assert {"React", "Python"} <= {s.canonical for s in cv.skills}
