"""Interview preparation: the journal of each round, the story bank, and the choices
behind each job's plan."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import (
    InterviewPlanRow,
    InterviewRoundRow,
    JournalRow,
    StoryRow,
)

__all__ = ["JournalFields", "PlanChoices", "PrepRepository", "StoryFields"]

_Written = TypeVar("_Written", JournalRow, StoryRow)


@dataclass(frozen=True)
class JournalFields:
    """What the user wrote about one interview round."""

    interviewers: list[dict[str, str]]
    answers: list[dict[str, str]]
    worst: int | None
    forgot: str
    unsatisfied: str
    stories_used: list[int]


@dataclass(frozen=True)
class StoryFields:
    title: str
    situation: str
    task: str
    action: str
    result: str
    tags: list[str]


@dataclass(frozen=True)
class PlanChoices:
    """The choices behind a job's plan, as the form saves them (the starred questions to
    ask are kept apart: they change one at a time)."""

    round: str
    personas: list[str]
    seed: int
    time: str | None
    duration_minutes: int | None
    format: str | None
    location: str
    interviewers: list[dict[str, str]]
    recruiter_name: str
    task_expected: bool
    task_brief: str
    task_notes: str
    salary_expectation: str
    notice_period: str


class PrepRepository(Repository):
    # journals

    def journal(self, round_id: int) -> JournalRow | None:
        query = select(JournalRow).where(JournalRow.round_id == round_id)
        return self._session.scalars(query).first()

    def journals_for_job(self, job_id: int) -> Sequence[JournalRow]:
        """The journals of a job's rounds, earliest round first."""
        query = (
            select(JournalRow)
            .join(InterviewRoundRow, JournalRow.round_id == InterviewRoundRow.id)
            .where(InterviewRoundRow.job_id == job_id)
            .order_by(InterviewRoundRow.number)
        )
        return self._session.scalars(query).all()

    def journaled_round_ids(self) -> set[int]:
        """Ids of every round that has a journal."""
        return set(self._session.scalars(select(JournalRow.round_id)))

    def save_journal(self, round_id: int, fields: JournalFields) -> JournalRow:
        """The journal of round ``round_id``, added or replaced by ``fields``."""
        found = self.journal(round_id)
        return self._write(found or JournalRow(round_id=round_id), fields, new=found is None)

    # stories

    def stories(self) -> Sequence[StoryRow]:
        """Every story, oldest first."""
        return self._session.scalars(select(StoryRow).order_by(StoryRow.id)).all()

    def story(self, story_id: int) -> StoryRow | None:
        return self._session.get(StoryRow, story_id)

    def save_story(self, row: StoryRow | None, fields: StoryFields) -> StoryRow:
        """A new story (``row`` None) or ``row`` replaced by ``fields``."""
        return self._write(row or StoryRow(), fields, new=row is None)

    def _write(self, row: _Written, fields: JournalFields | StoryFields, *, new: bool) -> _Written:
        """``row`` (added first when ``new``) given each of ``fields`` (named as its
        columns), marked as changed now."""
        if new:
            self._add(row)
        for field in dataclasses.fields(fields):
            setattr(row, field.name, getattr(fields, field.name))
        row.updated_at = self._now()
        self._session.flush()
        return row

    def delete_story(self, row: StoryRow) -> None:
        self._session.delete(row)
        self._session.flush()

    # plan choices

    def plan_choices(self, job_id: int) -> InterviewPlanRow | None:
        query = select(InterviewPlanRow).where(InterviewPlanRow.job_id == job_id)
        return self._session.scalars(query).first()

    def save_plan_choices(self, job_id: int, choices: PlanChoices) -> InterviewPlanRow:
        """The plan choices of job ``job_id``, added or replaced by ``choices`` (the
        starred questions to ask stay)."""
        row = self._plan_row(job_id)
        row.round = choices.round
        row.personas = choices.personas
        row.seed = choices.seed
        row.time = choices.time
        row.duration_minutes = choices.duration_minutes
        row.format = choices.format
        row.location = choices.location
        row.interviewers = choices.interviewers
        row.recruiter_name = choices.recruiter_name
        row.task_expected = choices.task_expected
        row.task_brief = choices.task_brief
        row.task_notes = choices.task_notes
        row.salary_expectation = choices.salary_expectation
        row.notice_period = choices.notice_period
        return self._touched(row)

    def set_starred_asks(self, job_id: int, order: list[str]) -> InterviewPlanRow:
        """The starred questions to ask of job ``job_id``, in ``order``; the other
        choices as they were (their defaults for a job with none saved yet)."""
        row = self._plan_row(job_id)
        row.starred_asks = order
        return self._touched(row)

    def _plan_row(self, job_id: int) -> InterviewPlanRow:
        row = self.plan_choices(job_id)
        if row is None:
            row = InterviewPlanRow(job_id=job_id)
            self._add(row)
        return row

    def _touched(self, row: InterviewPlanRow) -> InterviewPlanRow:
        row.updated_at = self._now()
        self._session.flush()
        return row
