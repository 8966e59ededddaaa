"""A credential asked for by name ("Level 3 Award in Education and Training", "Forklift
licence", "CSCS Gold card") is not shown by a line that merely shares a word with it
("Delivered training sessions", "pallet trucks", "card payments"); a line that names it
still is. Cases in several professions, written before the engine was run on them."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.match.credential_asks import credential_words
from shortlist.core.models import RequirementResult, Status

NOT_SHOWN = [
    (
        "Level 3 Award in Education and Training (AET)",
        "Delivered training sessions to 20 new starters",
    ),
    ("Counterbalance forklift licence", "Loaded lorries using pallet trucks"),
    ("CSCS Gold card", "Took card payments at the site canteen till"),
    ("Non-medical prescribing qualification (V300)", "Ran prescribing audits for the practice"),
    ("PTLLS or equivalent teaching qualification", "Taught Year 9 maths as a cover supervisor"),
    ("Food Hygiene Level 2 certificate", "Kept the kitchen clean and followed hygiene rules"),
]

SHOWN = [
    ("IOSH Managing Safely certificate", "IOSH Managing Safely (2022)"),
    ("Safeguarding Level 3 training", "Safeguarding Level 3 (2024)"),
    ("Counterbalance forklift licence", "Counterbalance forklift licence (RTITB, 2021)"),
]


def _row(asked: str, line: str) -> RequirementResult:
    header = "Team Member, Northgate Services, Jan 2019 - Present"
    cv = cv_text([role(header, line, "Answered the phones")], name="Casey Ward")
    return row_for(asked, cv, title="Team Member")


@pytest.mark.parametrize(("asked", "line"), NOT_SHOWN)
def test_a_shared_word_does_not_show_a_credential(asked: str, line: str) -> None:
    row = _row(asked, line)
    assert row.status is Status.MISSING, (row.status, row.note, row.evidence)


@pytest.mark.parametrize(("asked", "line"), SHOWN)
def test_a_line_naming_the_credential_shows_it(asked: str, line: str) -> None:
    row = _row(asked, line)
    assert row.status is Status.MET, (row.status, row.note, row.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Build self-service tooling so product teams can ship without tickets",
        "Deliver training to new starters",
        "Handle card payments and cash",
    ],
)
def test_a_duty_that_mentions_tickets_or_training_asks_for_no_credential(text: str) -> None:
    assert credential_words(text) is None


@pytest.mark.parametrize(
    "text",
    ["CSCS Gold card", "CPCS ticket", "Paediatric Bobath (NDT) training", "Membership of the APCP"],
)
def test_credentials_are_read_as_such(text: str) -> None:
    assert credential_words(text) is not None


def test_training_given_is_no_credential_asked() -> None:
    asked = "Prior experience delivering or developing training."
    assert credential_words(asked) is None
    row = _row(asked, "Developed and delivered training to 40 new starters")
    assert row.status is not Status.MISSING, (row.note, row.evidence)


def test_an_acronym_first_names_the_credential() -> None:
    row = _row("IAPT Supervision Qualification", "Completed IAPT supervisor training (2020)")
    assert row.status is not Status.MISSING, (row.note, row.evidence)
