"""What the interview-preparation services hand back: frozen dataclasses of plain values,
read-only all the way down (frozen.py).

A plan is core's :class:`InterviewPlan` (frozen all the way down); its JSON is made only
by :meth:`PlanView.plan_dict` (core/prep/plan_json.py), for the API and ``--json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shortlist.core.prep.interview import InterviewPlan
from shortlist.core.prep.plan_json import plan_to_dict
from shortlist.workspace.frozen import View

__all__ = [
    "FindingView",
    "JournalDue",
    "JournalView",
    "PlanChoicesView",
    "PlanView",
    "StoryBankView",
    "StoryView",
]


@dataclass(frozen=True)
class FindingView(View):
    check: str
    ok: bool
    message: str
    quotes: Sequence[str]


@dataclass(frozen=True)
class StoryView(View):
    id: int
    title: str
    situation: str
    task: str
    action: str
    result: str
    tags: Sequence[str]
    words: int
    findings: Sequence[FindingView]
    updated_at: dt.datetime


@dataclass(frozen=True)
class StoryBankView(View):
    stories: Sequence[StoryView]
    #: Each of the six core competencies -> ids of the stories tagged with it.
    coverage: Mapping[str, Sequence[int]]
    #: Core competencies no story covers yet.
    uncovered: Sequence[str]
    #: How many competencies a different story each can cover (six is the aim).
    distinct: int


@dataclass(frozen=True)
class JournalView(View):
    job_id: int
    round_number: int
    date: dt.date | None
    interviewers: Sequence[Mapping[str, str]]
    answers: Sequence[Mapping[str, str]]
    worst: int | None
    forgot: str
    unsatisfied: str
    stories_used: Sequence[int]
    updated_at: dt.datetime | None


@dataclass(frozen=True)
class JournalDue(View):
    """A round that happened today or yesterday and has no journal yet."""

    job_id: int
    title: str | None
    company: str | None
    round_number: int
    date: dt.date


@dataclass(frozen=True)
class PlanChoicesView(View):
    """The user's choices for a job's plan (defaults until they save some)."""

    job_id: int
    round: str
    #: The interview round number this plan prepares for.
    round_number: int
    personas: Sequence[str]
    seed: int
    date: dt.date | None
    time: str | None
    duration_minutes: int | None
    format: str | None
    location: str
    interviewers: Sequence[Mapping[str, str]]
    recruiter_name: str
    task_expected: bool
    task_brief: str
    task_notes: str
    salary_expectation: str
    notice_period: str
    starred_asks: Sequence[str]
    saved: bool


@dataclass(frozen=True)
class PlanView(View):
    job_id: int
    choices: PlanChoicesView
    #: The plan, titled with the saved job's title and company.
    plan: InterviewPlan
    #: Story id -> title, for every story in the bank (the plan names stories by id).
    story_titles: Mapping[int, str]
    #: Journals of the job's rounds, earliest first.
    journals: Sequence[JournalView]

    def plan_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data, with the job's id: what the API and ``shortlist
        plan JOB --json`` print (the JSON edge; core/prep/plan_json.py)."""
        return {**plan_to_dict(self.plan, self.story_titles), "job_id": self.job_id}
