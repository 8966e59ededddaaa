"""Name, contact and profile lines are never education or certifications, and the name
line names no skill (issue #12). Written before the engine was run on them."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import analyse_cv

TODAY = dt.date(2026, 11, 1)
BODY = (
    "\nExperience\nSenior Engineer, Calder Works, Jan 2019 - Present\n"
    "- Led the redesign of the pump housing, cutting weight by 12%\n"
    "\nEducation\nMEng Mechanical Engineering, University of Bath, 2018\n"
)
NAME_LINES = [
    "Priya Raman, RN, BSN",
    "JAMES O'CONNOR MSc CEng MIMechE",
    "Dr. Amara Okoye, PhD, MBA",
    "Li Wei | CPA | CFA Level II Candidate",
]
PROFILES = [
    "Chartered accountant (ACA) with eight years in audit and a strong record in IFRS.",
    "NMC registered nurse and ALS provider with four years on acute medical wards.",
    "PRINCE2 practitioner who has delivered six NHS digital programmes on time.",
]


@pytest.mark.parametrize("name", NAME_LINES)
def test_the_name_line_is_not_education_a_credential_or_a_skill(name: str) -> None:
    cv = analyse_cv(f"{name}\n01632 960123 | someone@example.com\n{BODY}", TODAY)
    assert [e.line.text for e in cv.education] == [
        "MEng Mechanical Engineering, University of Bath, 2018"
    ]
    assert name not in [line.text for line in cv.certifications]
    assert all(name not in [line.text for line in s.evidence] for s in cv.skills)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_profile_sentence_is_not_listed_as_a_certification(profile: str) -> None:
    cv = analyse_cv(f"Sam Jones\n\nProfile\n{profile}\n{BODY}", TODAY)
    assert profile not in [line.text for line in cv.certifications]


def test_a_certification_entry_elsewhere_is_still_one() -> None:
    cv = analyse_cv(f"Sam Jones\n{BODY}\nPRINCE2 Practitioner, 2021\n", TODAY)
    assert "PRINCE2 Practitioner, 2021" in [line.text for line in cv.certifications]
