"""Boilerplate in board styles the first passes saw little of (issue #12, third pass): US
corporate postings, agencies, charities, universities, Seek, shift work and start-ups.
Each class with look-alikes that do ask and must be kept; the lines are written here, in
other professions than the postings in benchmarks/postings/boilerplate.json."""

from __future__ import annotations

import pytest

from shortlist.analyses import analyse_posting
from shortlist.core.posting.boilerplate import is_boilerplate
from shortlist.core.posting.sections import APPLY, BENEFITS, REQUIREMENTS, heading_map
from shortlist.core.text.lines import heading_key
from shortlist.core.text.prefilter import fold


def rows(text: str) -> list[str]:
    return [r.text for r in analyse_posting(text).requirements]


def _under(heading: str, item: str = "A free gym") -> str:
    return f"Stores Assistant\nEssential\n- Forklift licence\n\n{heading}\n- {item}\n"


@pytest.mark.parametrize(
    "heading",
    ["Why join us?", "What's in it for you?", "Why work for Kelda Water?", "What do we offer?"],
)
def test_a_question_that_sells_the_job_heads_benefits(heading: str) -> None:
    text = _under(heading)
    assert heading_map(text).get(heading_key(heading)) == BENEFITS
    assert rows(text) == ["Forklift licence"]


def test_a_question_about_the_reader_still_heads_requirements() -> None:
    text = _under("Who are you?", "CSCS card")
    assert heading_map(text).get(heading_key("Who are you?")) == REQUIREMENTS
    assert rows(text) == ["Forklift licence", "CSCS card"]


@pytest.mark.parametrize(
    "heading",
    ["How we hire", "How we recruit", "What happens next", "The selection process"],
)
def test_a_heading_over_the_hiring_steps_heads_the_process(heading: str) -> None:
    text = _under(heading, "A short call with our recruiter")
    assert heading_map(text).get(heading_key(heading)) == APPLY
    assert rows(text) == ["Forklift licence"]


@pytest.mark.parametrize(
    "heading", ["Physical Demands", "Work Environment", "Physical requirements"]
)
def test_a_us_conditions_heading_continues_its_section_and_is_no_row(heading: str) -> None:
    text = (
        "Stores Assistant\nQualifications\n- Forklift licence\n\n"
        f"{heading}\nMust be able to work in a cold store kept at 4C.\n"
    )
    assert heading_map(text).get(heading_key(heading)) == REQUIREMENTS
    assert rows(text) == ["Forklift licence", "Must be able to work in a cold store kept at 4C."]


def test_a_question_about_what_the_reader_offers_heads_requirements() -> None:
    text = (
        "Bank Nurse\nWhat can we offer you?\n- Weekly pay\n\n"
        "What can you offer us?\n- NMC registration\n"
    )
    assert heading_map(text).get(heading_key("What can you offer us?")) == REQUIREMENTS
    assert rows(text) == ["NMC registration"]


@pytest.mark.parametrize(
    "line",
    [
        # Steps of the hiring process, wherever they stand.
        "Stage 1: a 20-minute phone screen with our recruiter",
        "A 45-minute video call with the hiring manager",
        "Take-home task (about two hours, and we pay you for it)",
        "Final stage: meet the CEO and the rest of the team",
        "Our interview process has three stages and takes about two weeks.",
        "We aim to make a decision within ten working days of your final interview.",
        # Perks without the usual words.
        "Medical, dental and vision from your first day",
        "Health, dental, vision and life from day 1 for you and your dependants",
        "Paid breaks and overtime paid at time and a half",
        "Paid professional registration and clinical supervision",
        "KiwiSaver employer contribution of 4%",
        "Superannuation paid on top of your base rate",
        "Volunteering leave and an EAP service",
        # US job-description disclaimers.
        "The physical demands described here are representative of those that must be met "
        "by an employee to successfully perform the essential functions of this job.",
        "The work environment characteristics described here are representative of those an "
        "employee encounters while performing the essential functions of this job.",
        "This description is not designed to cover or contain a comprehensive listing of "
        "activities, duties or responsibilities.",
        "Other duties as assigned.",
        # Terms of the post: start date, contract, funding.
        "The post is available from 1 September 2027 or as soon as possible thereafter.",
        "This is a fixed-term post for 12 months, funded by the Leverhulme Trust.",
        "The role is offered on a 12-month fixed-term contract in the first instance.",
        "This position is available immediately.",
        # How applications are taken.
        "We are unable to accept applications sent by email.",
        "CVs alone will not be accepted.",
        "Applications without a supporting statement will not be considered.",
    ],
)
def test_a_line_that_asks_nothing_is_boilerplate(line: str) -> None:
    assert is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Experience running structured interviews for graduate roles",
        "Screen candidates by phone and book interviews with hiring managers",
        "Design take-home exercises for the graduate assessment centre",
        "Experience of paid search and paid social campaigns",
        "Paid media campaign management on Meta and Google",
        "Knowledge of KiwiSaver and PAYE rules",
        "Process superannuation contributions each month",
        "Medical and dental terminology",
        "Knowledge of medical, dental and vision claims coding",
        "Must be able to lift 50 lbs and stand for a full shift",
        "You must be available to start in January and hold a CSCS card.",
        "Experience of working on fixed-term research contracts",
        "Experience of processing grant applications",
        "Must hold a current CSCS card; applications without one cannot be accepted.",
    ],
)
def test_a_line_that_asks_for_something_is_kept(line: str) -> None:
    assert not is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Marta Kowalska, Team Leader - tel 01632 960 123",
        "Dr Owen Price, Clinical Lead - owen.price@example.nhs.uk",
        "Contact: recruitment@example.org.uk",
    ],
)
def test_contact_details_are_no_row(line: str) -> None:
    text = f"Dietitian\nEssential\n- HCPC registration\n{line}\n"
    assert rows(text) == ["HCPC registration"]


def test_an_ask_that_gives_an_address_is_kept() -> None:
    line = "You must hold HCPC registration and send proof of it to hr@example.org."
    assert rows(f"Dietitian\nEssential\n- {line}\n") == [line]
