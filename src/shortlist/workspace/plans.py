"""Interview plans: the user's choices for a job's next round, and the plan built from
them, the CV, the posting, the round journals and the story bank."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from shortlist.analyses import ROUND_PERSONAS, analyse_cv, analyse_posting
from shortlist.core.match.matching import match_cv
from shortlist.core.prep.interview import (
    PERSONAS,
    ROUND_LABELS,
    ROUNDS,
    InterviewDetails,
    Interviewer,
    Persona,
    Round,
)
from shortlist.core.prep.plan import ROUND_NUMBERS, build_plan
from shortlist.core.prep.plan_json import plan_to_dict
from shortlist.data import load_taxonomy
from shortlist.data.banks import load_ask_bank, load_question_bank
from shortlist.formats.ics import CalendarEvent, to_ics
from shortlist.storage import JobRow, PlanChoices, Repos
from shortlist.workspace.base import NotFound, Workspace, cached, job_row
from shortlist.workspace.budget import MatchDeadline, check_saved_text, cv_name, posting_name
from shortlist.workspace.journals import journal_entry_of, journal_view
from shortlist.workspace.prep_views import PlanChoicesView, PlanView
from shortlist.workspace.stories import story_of

__all__ = [
    "DEFAULT_PERSONAS",
    "FORMATS",
    "interview_plan",
    "move_asked",
    "plan_calendar",
    "plan_choices",
    "save_plan_choices",
    "star_asked",
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
    return cached(ws, ("plan-choices", job_id), lambda repos: _choices(ws, repos, job_id))


def _choices(ws: Workspace, repos: Repos, job_id: int) -> PlanChoicesView:
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


def star_asked(ws: Workspace, job_id: int, ask_id: str, starred: bool) -> PlanChoicesView:
    """Star a question to ask (it moves to the top, after those starred before) or
    unstar it."""
    _known_ask(ws, job_id, ask_id)
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        current = _choices(ws, repos, job.id)
        order = [a for a in current.starred_asks if a != ask_id]
        if starred:
            order.append(ask_id)
        repos.prep.set_starred_asks(job.id, order)
    return plan_choices(ws, job_id)


def move_asked(ws: Workspace, job_id: int, ask_id: str, direction: str) -> PlanChoicesView:
    """Move a starred question to ask one place "up" or "down"."""
    if direction not in ("up", "down"):
        raise ValueError(f"move a question 'up' or 'down', not {direction!r}")
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        order = list(_choices(ws, repos, job.id).starred_asks)
        if ask_id not in order:
            raise ValueError("star the question first; only starred questions are reordered")
        i = order.index(ask_id)
        j = i - 1 if direction == "up" else i + 1
        if 0 <= j < len(order):
            order[i], order[j] = order[j], order[i]
        repos.prep.set_starred_asks(job.id, order)
    return plan_choices(ws, job_id)


def interview_plan(
    ws: Workspace,
    job_id: int,
    *,
    round: str | None = None,
    personas: Sequence[str] | None = None,
    seed: int | None = None,
) -> PlanView:
    """The plan for a job's round: saved choices, overridden by any argument given."""
    if round is not None:
        _check_round(round)
    if personas is not None:
        _check_personas(personas)
    key = ("plan", job_id, round, tuple(personas) if personas is not None else None, seed)
    return cached(ws, key, lambda repos: _plan(ws, repos, job_id, round, personas, seed))


def _plan(
    ws: Workspace,
    repos: Repos,
    job_id: int,
    round_: str | None,
    personas: Sequence[str] | None,
    seed: int | None,
) -> PlanView:
    job = job_row(repos, job_id)
    choices = _choices(ws, repos, job_id)
    if round_ is not None and round_ != choices.round:
        number = round_number(job, round_)
        choices = _with(
            choices,
            round=round_,
            round_number=number,
            date=next((r.date for r in job.rounds if r.number == number), None),
            personas=choices.personas if choices.saved else list(DEFAULT_PERSONAS[round_]),
        )
    if personas is not None:
        choices = _with(choices, personas=list(personas))
    if seed is not None:
        choices = _with(choices, seed=seed)
    cv_row = repos.cvs.current()
    if cv_row is None:
        raise NotFound("there is no CV yet: add your CV first, then plan the interview")
    # The same work budget as a match report (budget.py): the plan parses and matches too.
    limit = ws.settings.max_text_chars
    check_saved_text(cv_row.text, cv_name(cv_row), limit)
    check_saved_text(job.posting_text, posting_name(job), limit)
    deadline = MatchDeadline(ws.settings.match_timeout_s)
    cv = analyse_cv(cv_row.text, ws.clock.today())
    deadline.check()
    posting = analyse_posting(job.posting_text)
    deadline.check()
    report = match_cv(cv, posting, load_taxonomy())
    journals = list(repos.prep.journals_for_job(job.id))
    stories = [story_of(row) for row in repos.prep.stories()]
    plan = build_plan(
        posting=posting,
        cv=cv,
        report=report,
        round=_as_round(choices.round),
        personas=[_as_persona(p) for p in choices.personas],
        bank=load_question_bank(),
        ask_bank=load_ask_bank(),
        journal=[journal_entry_of(row) for row in journals],
        stories=stories,
        details=details_of(choices),
        starred=choices.starred_asks,
        seed=choices.seed,
    )
    data = plan_to_dict(plan, stories)
    # The saved job's title and company are what the user sees everywhere else.
    data["title"] = job.title or data["title"]
    data["company"] = job.company or data["company"]
    data["job_id"] = job.id
    return PlanView(job.id, choices, data, [journal_view(job.id, row) for row in journals])


def plan_calendar(ws: Workspace, job_id: int) -> str:
    """The interview and the follow-up date as an .ics calendar; ValueError without a date."""
    view = interview_plan(ws, job_id)
    choices, data = view.choices, view.plan
    if choices.date is None:
        raise ValueError("set the interview's date in the plan first; the calendar needs it")
    what = " at ".join(filter(None, [data["title"], data["company"]])) or "the job"
    events = [
        CalendarEvent(
            uid=f"shortlist-job{job_id}-round{choices.round_number}-interview",
            summary=f"Interview ({ROUND_LABELS[choices.round].lower()}): {what}",
            description=_event_description(data),
            location=choices.location,
            start=choices.date,
            start_time=choices.time,
            duration_minutes=choices.duration_minutes,
        )
    ]
    follow_up = data["logistics"]["follow_up_date"]
    if follow_up is not None:
        events.append(
            CalendarEvent(
                uid=f"shortlist-job{job_id}-round{choices.round_number}-follow-up",
                summary=f"Follow up if no news: {what}",
                description=(
                    "Ten working days since the interview. Send the recruiter a short, "
                    "polite note asking about next steps."
                ),
                location="",
                start=dt.date.fromisoformat(follow_up),
                start_time=None,
                duration_minutes=None,
            )
        )
    stamp = dt.datetime.combine(ws.clock.today(), dt.time(0, 0), tzinfo=dt.UTC)
    return to_ics(events, stamp=stamp)


def _event_description(data: Mapping[str, Any]) -> str:
    first = [item["title"] for item in data["prepare_first"]]
    lines = ["Prepare first:", *(f"- {t}" for t in first)] if first else []
    return "\n".join([*lines, "Plan made with Shortlist."])


def details_of(choices: PlanChoicesView) -> InterviewDetails:
    return InterviewDetails(
        date=choices.date,
        time=choices.time,
        duration_minutes=choices.duration_minutes,
        format=choices.format,
        location=choices.location,
        interviewers=tuple(Interviewer(i["name"], i.get("role", "")) for i in choices.interviewers),
        task_expected=choices.task_expected,
        task_brief=choices.task_brief,
        salary_expectation=choices.salary_expectation,
        notice_period=choices.notice_period,
        recruiter_name=choices.recruiter_name,
    )


def _with(view: PlanChoicesView, **changes: Any) -> PlanChoicesView:
    return dataclasses.replace(view, **changes)


def _known_ask(ws: Workspace, job_id: int, ask_id: str) -> None:
    """NotFound unless ``ask_id`` is a bank question or one the job's plan offers (the
    ones tailored to the posting have ids of their own)."""
    if ask_id in {q.id for q in load_ask_bank()}:
        return
    if ask_id not in {q["id"] for q in interview_plan(ws, job_id).plan["to_ask"]}:
        raise NotFound(f"no question to ask with id {ask_id!r}")


def _check_round(round_: str) -> None:
    if round_ not in ROUNDS:
        raise ValueError(f"unknown round {round_!r}; use one of {', '.join(ROUNDS)}")


def _check_personas(personas: Sequence[str]) -> None:
    if not personas:
        raise ValueError("choose at least one interviewer you expect (e.g. hiring_manager)")
    unknown = [p for p in personas if p not in PERSONAS]
    if unknown:
        raise ValueError(f"unknown interviewer {unknown[0]!r}; use any of {', '.join(PERSONAS)}")


def _as_round(value: str) -> Round:
    _check_round(value)
    return next(r for r in ROUNDS if r == value)


def _as_persona(value: str) -> Persona:
    return next(p for p in PERSONAS if p == value)


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
    _check_round(round)
    _check_personas(personas)
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
