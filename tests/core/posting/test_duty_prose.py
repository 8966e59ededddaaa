"""Duties written as prose in the third person are duties wherever they stand (issue #12):
a job description's summary, the lines before any heading, or a duties section's prose
that does not speak to the reader. The employer, a team or a manager of the reader doing
something is no duty. Written here in other professions than the labelled postings."""

from __future__ import annotations

import pytest

from shortlist.analyses import analyse_posting
from shortlist.core.posting.duty_prose import is_duty_prose
from shortlist.core.text.prefilter import fold


def duties(text: str) -> list[tuple[str, bool, bool]]:
    """(text, is a duty, must-have) for each row."""
    return [(r.text, r.duty, r.must_have) for r in analyse_posting(text).requirements]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspects scaffolding and signs off handover certificates on site.",
        "Plans, delivers and evaluates swimming lessons for adult beginners.",
        "Prepares monthly management accounts and reconciles the balance sheet.",
        "The post holder will triage referrals and hold a caseload of 30 families.",
        "The Senior Pharmacist oversees the aseptic unit and trains technicians.",
        "The successful applicant will co-ordinate the volunteer rota.",
        "In this role, the Site Manager is responsible for health and safety on site.",
        "The incumbent maintains the fleet database and books vehicle services.",
    ],
)
def test_a_third_person_duty_is_one(sentence: str) -> None:
    assert is_duty_prose(fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trust provides care to 300,000 people across the county.",
        "The team supports over 400 families a year.",
        "Reviews are held every six months with your line manager.",
        "Reports to the Head of Estates.",
        "The ward manager will support your development.",
        "Records that are older than six years are archived.",
        "The successful candidate will receive a full induction.",
        "Our library service runs 14 branches.",
    ],
)
def test_the_employer_a_team_or_a_noun_is_no_duty(sentence: str) -> None:
    assert not is_duty_prose(fold(sentence))


def test_a_duty_in_a_summary_section_is_a_nice_to_have_duty() -> None:
    text = (
        "Estates Surveyor\n"
        "Job summary\n"
        "The Estates Surveyor inspects council buildings and plans repair programmes.\n"
        "Requirements\n"
        "- MRICS\n"
    )
    assert duties(text) == [
        ("The Estates Surveyor inspects council buildings and plans repair programmes.", True,
         False),
        ("MRICS", False, True),
    ]  # fmt: skip


def test_a_third_person_duty_in_a_duties_section_prose_is_kept() -> None:
    text = (
        "Swimming Teacher\n"
        "Responsibilities\n"
        "Plans and delivers lessons for adult beginners. Keeps the pool log up to date.\n"
        "The leisure centre opened in 1998.\n"
    )
    assert duties(text) == [
        ("Plans and delivers lessons for adult beginners.", True, False),
        ("Keeps the pool log up to date.", True, False),
    ]


def test_a_duty_before_any_heading_is_kept() -> None:
    duty = "The post holder will book vehicle services and keep the fleet database up to date."
    text = f"Fleet Administrator\n{duty}\nThe depot is open from 6am.\n"
    assert duties(text) == [(duty, True, False)]


def test_the_catch_all_duty_is_no_row() -> None:
    text = (
        "Swimming Teacher\n"
        "Responsibilities\n"
        "- Teach lessons for adult beginners\n"
        "- Performs other duties as assigned by the centre manager.\n"
        "- May be required to perform other related tasks as needed.\n"
        "- Undertake any other duties commensurate with the grade.\n"
    )
    assert duties(text) == [("Teach lessons for adult beginners", True, False)]


def test_a_run_on_line_ending_with_the_catch_all_keeps_its_duty() -> None:
    line = "Run the junior squad on Saturdays and performs other duties as assigned"
    assert [row for row, _, _ in duties(f"Swim Coach\nDuties\n- {line}\n")] == [line]
