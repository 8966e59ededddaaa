"""Interview plans: the plan for a job's next round, built from the user's choices
(interview_choices.py), the CV, the posting, the round journals and the story bank; and
the interview as a calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from shortlist.analyses import analyse_posting
from shortlist.core.match.matching import match_cv
from shortlist.core.prep.interview import (
    PERSONAS,
    ROUND_LABELS,
    ROUNDS,
    InterviewDetails,
    Interviewer,
    InterviewPlan,
    Persona,
    Round,
)
from shortlist.core.prep.plan import build_plan
from shortlist.data import load_taxonomy
from shortlist.data.banks import load_ask_bank, load_question_bank
from shortlist.formats.ics import CalendarEvent, to_ics
from shortlist.storage import JobRow, Repos
from shortlist.workspace.base import NotFound, Workspace, cached, job_row
from shortlist.workspace.budget import MatchDeadline, check_saved_text, cv_name, posting_name
from shortlist.workspace.cv_reading import read_cv, reading_of
from shortlist.workspace.interview_choices import (
    DEFAULT_PERSONAS,
    check_personas,
    check_round,
    choices_of,
    round_number,
)
from shortlist.workspace.journals import journal_entry_of, journal_view
from shortlist.workspace.prep_views import PlanChoicesView, PlanView
from shortlist.workspace.stories import story_of

__all__ = ["interview_plan", "plan_calendar"]


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
        check_round(round)
    if personas is not None:
        check_personas(personas)
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
    choices = _overridden(choices_of(ws, repos, job_id), job, round_, personas, seed)
    cv_row = repos.cvs.current()
    if cv_row is None:
        raise NotFound("there is no CV yet: add your CV first, then plan the interview")
    # The same work budget as a match report (budget.py): the plan parses and matches too.
    limit = ws.settings.max_text_chars
    check_saved_text(cv_row.text, cv_name(cv_row), limit)
    check_saved_text(job.posting_text, posting_name(job), limit)
    deadline = MatchDeadline(ws.settings.match_timeout_s)
    cv = read_cv(reading_of(repos, cv_row), ws.clock.today())
    deadline.check()
    posting = analyse_posting(job.posting_text)
    deadline.check()
    report = match_cv(cv, posting, load_taxonomy())
    journals = [journal_view(job.id, row) for row in repos.prep.journals_for_job(job.id)]
    stories = [story_of(row) for row in repos.prep.stories()]
    plan = build_plan(
        posting=posting,
        cv=cv,
        report=report,
        round=_as_round(choices.round),
        personas=[_as_persona(p) for p in choices.personas],
        bank=load_question_bank(),
        ask_bank=load_ask_bank(),
        journal=[journal_entry_of(j) for j in journals],
        stories=stories,
        details=details_of(choices),
        starred=choices.starred_asks,
        seed=choices.seed,
    )
    # The saved job's title and company are what the user sees everywhere else.
    plan = dataclasses.replace(
        plan, title=job.title or plan.title, company=job.company or plan.company
    )
    return PlanView(
        job_id=job.id,
        choices=choices,
        plan=plan,
        story_titles={story.id: story.title for story in stories},
        journals=journals,
    )


def _overridden(
    choices: PlanChoicesView,
    job: JobRow,
    round_: str | None,
    personas: Sequence[str] | None,
    seed: int | None,
) -> PlanChoicesView:
    """The saved choices with the round, interviewers and seed asked for instead."""
    if round_ is not None and round_ != choices.round:
        number = round_number(job, round_)
        choices = dataclasses.replace(
            choices,
            round=round_,
            round_number=number,
            date=next((r.date for r in job.rounds if r.number == number), None),
            personas=choices.personas if choices.saved else list(DEFAULT_PERSONAS[round_]),
        )
    if personas is not None:
        choices = dataclasses.replace(choices, personas=list(personas))
    if seed is not None:
        choices = dataclasses.replace(choices, seed=seed)
    return choices


def plan_calendar(ws: Workspace, job_id: int) -> str:
    """The interview and the follow-up date as an .ics calendar; ValueError without a date."""
    view = interview_plan(ws, job_id)
    choices, plan = view.choices, view.plan
    if choices.date is None:
        raise ValueError("set the interview's date in the plan first; the calendar needs it")
    what = plan.role or "the job"
    events = [
        CalendarEvent(
            uid=f"shortlist-job{job_id}-round{choices.round_number}-interview",
            summary=f"Interview ({ROUND_LABELS[choices.round].lower()}): {what}",
            description=_event_description(plan),
            location=choices.location,
            start=choices.date,
            start_time=choices.time,
            duration_minutes=choices.duration_minutes,
        )
    ]
    follow_up = plan.logistics.follow_up_date
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
                start=follow_up,
                start_time=None,
                duration_minutes=None,
            )
        )
    stamp = dt.datetime.combine(ws.clock.today(), dt.time(0, 0), tzinfo=dt.UTC)
    return to_ics(events, stamp=stamp)


def _event_description(plan: InterviewPlan) -> str:
    first = [item.title for item in plan.prepare_first]
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


def _as_round(value: str) -> Round:
    check_round(value)
    return next(r for r in ROUNDS if r == value)


def _as_persona(value: str) -> Persona:
    return next(p for p in PERSONAS if p == value)
