"""Placements, internships, trainee and assistant years are shown but do not make up
"N years as a qualified ..." (issue #12). Each case: a CV with a short qualified role
after long support or training time, and the same CV with a long qualified role (the
control). Written before the engine was run on them."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import RequirementResult, Status

TODAY = dt.date(2026, 11, 1)

CASES = [
    (
        "At least 2 years' post-registration experience as a nurse",
        "Staff Nurse, Royal Infirmary, Sep 2025 - Present\n- Cared for 8 medical patients",
        [
            "Student Nurse (placement), Intensive Care Unit, Jan 2024 - Mar 2024",
            "Healthcare Assistant, Ward 7, Jan 2019 - Aug 2022",
        ],
        "Staff Nurse, Royal Infirmary, Sep 2021 - Present\n- Cared for 8 medical patients",
    ),
    (
        "2+ years as a qualified teacher",
        "Class Teacher, Elm Park Primary, Sep 2025 - Present\n- Taught a Year 4 class of 30",
        [
            "Trainee Teacher (PGCE placement), Oak Lane School, Jan 2025 - Jun 2025",
            "Teaching Assistant, Elm Park Primary, Sep 2020 - Jul 2024",
        ],
        "Class Teacher, Elm Park Primary, Sep 2021 - Present\n- Taught a Year 4 class of 30",
    ),
    (
        "3+ years' post-qualification experience as an accountant",
        "Accountant, Harlow & Co, Jan 2025 - Present\n- Prepared statutory accounts",
        ["Accounts Assistant (ACCA trainee), Harlow & Co, Jan 2019 - Dec 2024"],
        "Accountant, Harlow & Co, Jan 2021 - Present\n- Prepared statutory accounts",
    ),
    (
        "3+ years of professional software development",
        "Software Engineer, Quillon, Jun 2025 - Present\n- Built payment APIs in Go",
        [
            "Software Engineering Intern, Brightforge, Jun 2023 - Sep 2023",
            "Summer Internship, Software Developer, Nettle Labs, Jun 2022 - Sep 2022",
        ],
        "Software Engineer, Quillon, Jun 2021 - Present\n- Built payment APIs in Go",
    ),
    (
        "2 years as a registered pharmacist",
        "Pharmacist, Greenway Pharmacy, Aug 2025 - Present\n- Clinical checks for 300 items a day",
        [
            "Pre-registration Pharmacist (trainee), Greenway Pharmacy, Jul 2024 - Jul 2025",
            "Pharmacy Assistant, Boots, Jan 2018 - Jun 2023",
        ],
        "Pharmacist, Greenway Pharmacy, Aug 2022 - Present\n- Clinical checks for 300 items a day",
    ),
    (
        "2 years' post-qualifying experience as a social worker",
        "Social Worker, Hartfield Council, Jan 2026 - Present\n- Held a caseload of 18 families",
        [
            "Student Social Worker (placement), Leeds City Council, Sep 2023 - May 2024",
            "Support Worker, Haven Trust, Mar 2016 - Aug 2022",
        ],
        "Social Worker, Hartfield Council, Jan 2022 - Present\n- Held a caseload of 18 families",
    ),
]
IDS = [c[0] for c in CASES]


def _row(requirement: str, roles: list[str]) -> RequirementResult:
    cv = "Alex Morgan\nExperience\n" + "\n".join(roles) + "\n"
    rows = match_texts(cv, f"Role\nRequirements\n- {requirement}\n", TODAY).rows
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("requirement", "qualified", "support", "longer"), CASES, ids=IDS)
def test_training_and_support_years_do_not_make_up_qualified_years(
    requirement: str, qualified: str, support: list[str], longer: str
) -> None:
    row = _row(requirement, [qualified, *support])
    assert row.status is not Status.MET, row


@pytest.mark.parametrize(("requirement", "qualified", "support", "longer"), CASES, ids=IDS)
def test_enough_qualified_years_meet_it(
    requirement: str, qualified: str, support: list[str], longer: str
) -> None:
    row = _row(requirement, [longer, *support])
    assert row.status is Status.MET, row


@pytest.mark.parametrize(
    ("requirement", "role"),
    [
        (
            "At least 3 years managing a grocery or convenience store, "
            "or deputy managing a large one",
            "Store Manager, Hillside Grocers, York superstore, Jan 2020 - Present",
        ),
        (
            "3+ years in finance or accounting roles",
            "Accounting Technician, Brell & Co, 2019 - Present",
        ),
    ],
)
def test_a_role_named_for_one_alternative_counts(requirement: str, role: str) -> None:
    row = _row(requirement, [f"{role}\n- Ran the day to day"])
    assert row.status is Status.MET, row
