"""What leads people and what counts them, on shapes a review found on real postings and
CVs read in place (issue #12): pupils supervised at lunch are no team, documents called
reports are no people, someone else's title is not the writer's, "2,500" is two thousand
five hundred. Each case written from the class, not copied from any real text."""

from __future__ import annotations

import pytest

from shortlist.core.match.credential_asks import credential_words
from shortlist.core.match.leading import asks_to_lead, leads_people
from shortlist.core.match.role_years import AS_ROLE_IN_SETTING
from shortlist.core.match.team_size import shown_size
from shortlist.core.text.negation import negated_spans


@pytest.mark.parametrize(
    "text",
    [
        "Supervise students during lunch and after-school clubs",
        "Manage your students as they work through the course",
        "Supervisory responsibilities: None",
        "Does this role manage staff? No",
    ],
)
def test_no_ask_to_lead_a_team(text: str) -> None:
    assert not asks_to_lead(text)


@pytest.mark.parametrize(
    "line",
    [
        "Ran the weekly sales reports for the board",
        "Supervised monthly staff meetings and minutes",
        "Led staff training on the new till system",
        "Sent the weekly figures to the team manager",
        "Office manager for Holt & Reed Consultants",
    ],
)
def test_lines_that_lead_no_one(line: str) -> None:
    assert not leads_people(line)


@pytest.mark.parametrize(
    ("line", "size"),
    [
        ("Led a sales force of 2,500 associates across the region", 2500),
        ("Managed 1,200 staff across 14 sites", 1200),
        ("Attendees included 200 IT heads from the sector", None),
        ("Changes leading to 54 employees earning a bonus", None),
    ],
)
def test_head_counts_read_as_written(line: str, size: int | None) -> None:
    assert shown_size(line) == size


def test_a_title_case_ask_with_an_acronym_is_named_by_the_acronym() -> None:
    found = credential_words("IAPT Supervision Qualification")
    assert found is not None and found[0] == frozenset({"iapt"})


def test_a_long_sentence_ending_in_training_is_no_credential_ask() -> None:
    text = (
        "All staff are expected to follow the policies of the trust at all times and will "
        "be given appropriate training"
    )
    assert credential_words(text) is None


def test_in_charge_is_part_of_the_role_not_a_setting() -> None:
    assert AS_ROLE_IN_SETTING.search("2+ years as a nurse in charge of a ward") is None


@pytest.mark.parametrize(
    "line",
    ["Not an issue for qualified staff on the rota", "Not a problem for registered users"],
)
def test_not_an_issue_denies_nothing(line: str) -> None:
    assert negated_spans(line) == []


@pytest.mark.parametrize(
    "line",
    ["Keen to lead a team of 30 one day", "Hoping to manage a store within two years"],
)
def test_hoping_to_lead_is_not_leading(line: str) -> None:
    assert negated_spans(line)
