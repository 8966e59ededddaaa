"""The user's choices for a job's next interview round (which round, who sits in it,
when and where, the task, the practical answers), checked before they are saved. The plan
built from them is plans.py; starring questions to ask, starred_asks.py."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from shortlist.analyses import ROUND_PERSONAS
from shortlist.core.prep.interview import PERSONAS, ROUNDS
from shortlist.core.prep.plan import ROUND_NUMBERS
from shortlist.storage import JobRow, PlanChoices, Repos
from shortlist.workspace.base import Workspace, cached, job_row
from shortlist.workspace.prep_views import PlanChoicesView

__all__ = [
    "DEFAULT_PERSONAS",
    "FORMATS",
    "MAX_BRIEF",
    "MAX_TEXT",
    "check_personas",
    "check_round",
    "choices_of",
    "plan_choices",
    "round_number",
    "save_plan_choices",
]

#: Who usually sits in each round, until the user says otherwise.
DEFAULT_PERSONAS = ROUND_PERSONAS
FORMATS = {"in_person": "In person", "remote": "Remote (video)", "phone": "Phone"}
MAX_TEXT = 200
MAX_BRIEF = 10_000
MAX_SEED = 2**31 - 1
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def plan_choices(ws: Workspace, job_id: int) -> PlanChoicesView:
    """The job's saved plan choices, or the defaults its rounds suggest."""
    return cached(ws, ("plan-choices", job_id), lambda repos: choices_of(ws, repos, job_id))


def choices_of(ws: Workspace, repos: Repos, job_id: int) -> PlanChoicesView:
    """The saved choices, or the defaults, within a read of ``repos``."""
    job = job_row(repos, job_id)
    row = repos.prep.plan_choices(job.id)
    round_ = row.round if row is not None else _default_round(ws, job)
    number = round_number(job, round_)
    date = next((r.date for r in job.rounds if r.number == number), None)
    if row is None:
        return PlanChoicesView(
            job_id=job.id,
            round=round_,
            round_number=number,
            personas=list(DEFAULT_PERSONAS[round_]),
            seed=0,
            date=date,
            time=None,
            duration_minutes=None,
            format=None,
            location="",
            interviewers=[],
            recruiter_name="",
            task_expected=False,
            task_brief="",
            task_notes="",
            salary_expectation="",
            notice_period="",
            starred_asks=[],
            saved=False,
        )
    return PlanChoicesView(
        job_id=job.id,
        round=row.round,
        round_number=number,
        personas=list(row.personas),
        seed=row.seed,
        date=date,
        time=row.time,
        duration_minutes=row.duration_minutes,
        format=row.format,
        location=row.location,
        interviewers=list(row.interviewers),
        recruiter_name=row.recruiter_name,
        task_expected=row.task_expected,
        task_brief=row.task_brief,
        task_notes=row.task_notes,
        salary_expectation=row.salary_expectation,
        notice_period=row.notice_period,
        starred_asks=list(row.starred_asks),
        saved=True,
    )


def round_number(job: JobRow, round_: str) -> int:
    """The interview round a plan round prepares for: first 1, second 2, final the
    third or the last one recorded, whichever is later."""
    if round_ == "final":
        return max([ROUND_NUMBERS["final"], *(r.number for r in job.rounds)])
    return ROUND_NUMBERS[round_]


def _default_round(ws: Workspace, job: JobRow) -> str:
    """The round after the last one that has happened (or has a journal)."""
    today = ws.clock.today()
    held = [r.number for r in job.rounds if r.date is not None and r.date <= today]
    done = max(held, default=0)
    return ROUNDS[min(done, len(ROUNDS) - 1)]


def save_plan_choices(
    ws: Workspace,
    job_id: int,
    *,
    round: str,
    personas: Sequence[str],
    seed: int = 0,
    date: dt.date | None = None,
    time: str | None = None,
    duration_minutes: int | None = None,
    format: str | None = None,
    location: str = "",
    interviewers: Sequence[tuple[str, str]] = (),
    recruiter_name: str = "",
    task_expected: bool = False,
    task_brief: str = "",
    task_notes: str = "",
    salary_expectation: str = "",
    notice_period: str = "",
) -> PlanChoicesView:
    """Save the choices behind a job's plan; ValueError saying what to fix."""
    choices = _checked_choices(
        round=round,
        personas=personas,
        seed=seed,
        time=time,
        duration_minutes=duration_minutes,
        format=format,
        texts={
            "location": location,
            "recruiter_name": recruiter_name,
            "salary_expectation": salary_expectation,
            "notice_period": notice_period,
        },
        briefs={"task_brief": task_brief, "task_notes": task_notes},
        interviewers=interviewers,
        task_expected=task_expected,
    )
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        repos.prep.save_plan_choices(job.id, choices)
        if date is not None:
            repos.jobs.set_round(job, round_number(job, round), date)
    return plan_choices(ws, job_id)


def check_round(round_: str) -> None:
    if round_ not in ROUNDS:
        raise ValueError(f"unknown round {round_!r}; use one of {', '.join(ROUNDS)}")


def check_personas(personas: Sequence[str]) -> None:
    if not personas:
        raise ValueError("choose at least one interviewer you expect (e.g. hiring_manager)")
    unknown = [p for p in personas if p not in PERSONAS]
    if unknown:
        raise ValueError(f"unknown interviewer {unknown[0]!r}; use any of {', '.join(PERSONAS)}")


def _checked_choices(
    *,
    round: str,
    personas: Sequence[str],
    seed: int,
    time: str | None,
    duration_minutes: int | None,
    format: str | None,
    texts: dict[str, str],
    briefs: dict[str, str],
    interviewers: Sequence[tuple[str, str]],
    task_expected: bool,
) -> PlanChoices:
    check_round(round)
    check_personas(personas)
    if not 0 <= seed <= MAX_SEED:
        raise ValueError(f"the seed is a whole number from 0 to {MAX_SEED}")
    if time is not None and not _TIME.match(time):
        raise ValueError(f"give the time as HH:MM on a 24-hour clock, not {time!r}")
    if duration_minutes is not None and not 5 <= duration_minutes <= 480:
        raise ValueError("an interview lasts between 5 and 480 minutes")
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    for name, value in texts.items():
        if len(value) > MAX_TEXT:
            raise ValueError(f"{name.replace('_', ' ')} is longer than {MAX_TEXT} characters")
    for name, value in briefs.items():
        if len(value) > MAX_BRIEF:
            raise ValueError(f"{name.replace('_', ' ')} is longer than {MAX_BRIEF:,} characters")
    people = [(n.strip(), r.strip()) for n, r in interviewers if n.strip() or r.strip()]
    if len(people) > 12 or any(len(n) > MAX_TEXT or len(r) > MAX_TEXT for n, r in people):
        raise ValueError("note at most 12 interviewers, each name and role under 200 characters")
    kept = {name: value.strip() for name, value in (texts | briefs).items()}
    return PlanChoices(
        round=round,
        personas=list(dict.fromkeys(personas)),
        seed=seed,
        time=time,
        duration_minutes=duration_minutes,
        format=format,
        location=kept["location"],
        interviewers=[{"name": n, "role": r} for n, r in people],
        recruiter_name=kept["recruiter_name"],
        task_expected=bool(task_expected),
        task_brief=kept["task_brief"],
        task_notes=kept["task_notes"],
        salary_expectation=kept["salary_expectation"],
        notice_period=kept["notice_period"],
    )
