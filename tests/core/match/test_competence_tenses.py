"""CVs tell what was done in the past tense ("Managed a team of 6 nurses"); postings ask
in the present or with -ing ("experience managing a team"). The same competence in
either tense shows it (issue #12: paraphrase that proves). Cases in several professions,
written before the engine was run on them; the last two of the first list were kept back
while the rule was written; the controls must stay unmet."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.models import RequirementResult, Status

SHOWN = [
    # (posting asks, CV line)
    ("Experience managing a team", "Managed a team of 6 nurses on a surgical ward"),
    (
        "Proven ability to build relationships with clients",
        "Built relationships with 40 key accounts",
    ),
    ("Ability to solve complex problems", "Solved complex problems in the payroll system"),
    ("Experience delegating tasks", "Delegated tasks across a brigade of five chefs"),
    ("Able to manage stakeholders", "Managed stakeholders across three hospital sites"),
    # Kept back while the rule was written.
    ("Experience developing people", "Developed people through monthly one-to-ones"),
    ("Experience leading a team of engineers", "Led a team of 5 site engineers"),
]

NOT_SHOWN = [
    ("Experience managing a team", "Never managed a team, but keen to"),
    ("Experience managing a team", "Managed the team's rota and holiday calendar"),
]


def _row(asked: str, line: str) -> RequirementResult:
    header = "Coordinator, Fenwick Group, Jan 2019 - Present"
    cv = cv_text([role(header, line, "Answered the phones")], name="Jordan Price")
    return row_for(asked, cv, title="Coordinator")


@pytest.mark.parametrize(("asked", "line"), SHOWN)
def test_the_past_tense_shows_the_competence(asked: str, line: str) -> None:
    row = _row(asked, line)
    assert row.status is Status.MET, (row.status, row.note)
    assert line in row.evidence


@pytest.mark.parametrize(("asked", "line"), NOT_SHOWN)
def test_a_denial_or_a_different_task_does_not(asked: str, line: str) -> None:
    row = _row(asked, line)
    assert row.status is not Status.MET, (row.status, row.note, row.evidence)
