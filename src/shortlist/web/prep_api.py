"""The interview-preparation part of the JSON API (/api/v1): plans, journals, stories.

The same workspace functions as prep_pages.py, the same problem+json errors and CSRF
header as api.py. Body limits are generous guards; the workspace's own limits (with
their messages) are the ones users meet.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from starlette.responses import Response

from shortlist.web.api import PROBLEM
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import refusing
from shortlist.web.ids import MAX_INTEGER, Id, Position
from shortlist.workspace import (
    JournalView,
    PlanChoicesView,
    StoryBankView,
    StoryParts,
    StoryView,
    add_story,
    delete_story,
    get_journal,
    get_story,
    interview_plan,
    move_asked,
    prep_pack_markdown,
    save_journal,
    save_plan_choices,
    split_journal_notes,
    star_asked,
    story_bank,
    update_story,
)

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", responses=PROBLEM)

#: Over every limit the workspace sets, so its messages are the ones users see; the body
#: limit middleware bounds the request as a whole.
LONG_TEXT = 20_000
NOTES = 100_000
SHORT = 1_000


class Person(BaseModel):
    name: str = Field("", max_length=SHORT)
    role: str = Field("", max_length=SHORT)


class PlanChoicesIn(BaseModel):
    round: Literal["first", "second", "final"]
    personas: list[str] = Field(min_length=1, max_length=10, description="e.g. hiring_manager")
    seed: int = Field(0, ge=0, le=MAX_INTEGER, description="Another seed picks other questions.")
    date: dt.date | None = None
    time: str | None = Field(None, max_length=5, description="HH:MM, 24-hour clock.")
    duration_minutes: int | None = Field(None, le=MAX_INTEGER)
    format: str | None = Field(None, description="in_person, remote or phone.")
    location: str = Field("", max_length=SHORT)
    interviewers: list[Person] = Field([], max_length=50)
    recruiter_name: str = Field("", max_length=SHORT)
    task_expected: bool = False
    task_brief: str = Field("", max_length=LONG_TEXT)
    task_notes: str = Field("", max_length=LONG_TEXT)
    salary_expectation: str = Field("", max_length=SHORT)
    notice_period: str = Field("", max_length=SHORT)


class PlanOut(BaseModel):
    """A job's plan: the choices it is made from, the plan itself (its keys are listed in
    docs/cli.md) and the journals of the job's rounds."""

    job_id: int
    choices: PlanChoicesView
    plan: dict[str, Any]
    journals: list[JournalView]


class AskChange(BaseModel):
    action: Literal["star", "unstar", "up", "down"]


class QuestionAnswerIn(BaseModel):
    question: str = Field(max_length=LONG_TEXT)
    answer: str = Field("", max_length=LONG_TEXT)


class JournalIn(BaseModel):
    date: dt.date | None = None
    interviewers: list[Person] = Field([], max_length=50)
    answers: list[QuestionAnswerIn] = Field([], max_length=200)
    worst: int | None = Field(
        None, ge=0, le=MAX_INTEGER, description="Index in answers of the worst one."
    )
    forgot: str = Field("", max_length=LONG_TEXT)
    unsatisfied: str = Field("", max_length=LONG_TEXT)
    stories_used: list[Id] = Field([], max_length=200)


class NotesIn(BaseModel):
    notes: str = Field(max_length=NOTES + 1, description="Notes typed during the round.")


class QuestionAnswerOut(BaseModel):
    question: str
    answer: str


class SplitNotes(BaseModel):
    answers: list[QuestionAnswerOut]


class StoryIn(BaseModel):
    title: str = Field(max_length=SHORT)
    situation: str = Field("", max_length=LONG_TEXT)
    task: str = Field("", max_length=LONG_TEXT)
    action: str = Field("", max_length=LONG_TEXT)
    result: str = Field("", max_length=LONG_TEXT)
    tags: list[str] = Field([], max_length=100)

    def arguments(self) -> StoryParts:
        return StoryParts(
            title=self.title,
            situation=self.situation,
            task=self.task,
            action=self.action,
            result=self.result,
            tags=list(self.tags),
        )


# plans


@router.get("/jobs/{job_id}/plan", tags=["interviews"])
def get_plan(
    ws: WorkspaceDep,
    job_id: Id,
    round: Annotated[str | None, Query(description="first, second or final.")] = None,
    persona: Annotated[list[str] | None, Query(description="Repeat for several.")] = None,
    seed: Annotated[int | None, Query(ge=0, le=MAX_INTEGER)] = None,
) -> PlanOut:
    """The interview plan: saved choices, overridden by the query; 404 without a CV."""
    view = refusing(interview_plan, ws, job_id, round=round, personas=persona, seed=seed)
    return PlanOut(
        job_id=view.job_id,
        choices=view.choices,
        plan=view.plan_dict(),
        journals=list(view.journals),
    )


@router.put("/jobs/{job_id}/plan", tags=["interviews"])
def put_plan(ws: WorkspaceDep, job_id: Id, body: PlanChoicesIn) -> PlanChoicesView:
    """Save the choices the job's plan is made from."""
    values = body.model_dump(exclude={"interviewers"})
    people = [(p.name, p.role) for p in body.interviewers]
    return refusing(save_plan_choices, ws, job_id, interviewers=people, **values)


@router.get("/jobs/{job_id}/plan.md", tags=["interviews"])
def get_plan_markdown(ws: WorkspaceDep, job_id: Id) -> Response:
    """The prep pack as Markdown."""
    return Response(prep_pack_markdown(ws, job_id), media_type="text/markdown; charset=utf-8")


@router.post("/jobs/{job_id}/plan/asks/{ask_id}", tags=["interviews"])
def post_ask(ws: WorkspaceDep, job_id: Id, ask_id: str, body: AskChange) -> PlanChoicesView:
    """Star, unstar, or move a starred question to ask up or down."""
    if body.action in ("star", "unstar"):
        return refusing(star_asked, ws, job_id, ask_id, body.action == "star")
    return refusing(move_asked, ws, job_id, ask_id, body.action)


# journals


@router.get("/jobs/{job_id}/rounds/{number}/journal", tags=["interviews"])
def get_round_journal(ws: WorkspaceDep, job_id: Id, number: Position) -> JournalView:
    """A round's journal (empty fields when none was written yet)."""
    return refusing(get_journal, ws, job_id, number)


@router.put("/jobs/{job_id}/rounds/{number}/journal", tags=["interviews"])
def put_round_journal(
    ws: WorkspaceDep, job_id: Id, number: Position, body: JournalIn
) -> JournalView:
    """Write a round's journal (the round is recorded if it was not)."""
    return refusing(
        save_journal,
        ws,
        job_id,
        number,
        date=body.date,
        interviewers=[(p.name, p.role) for p in body.interviewers],
        answers=[(a.question, a.answer) for a in body.answers],
        worst=body.worst,
        forgot=body.forgot,
        unsatisfied=body.unsatisfied,
        stories_used=body.stories_used,
    )


@router.post("/journal/split", tags=["interviews"])
def post_split(body: NotesIn) -> SplitNotes:
    """Split pasted notes into questions and answers, for review; nothing is saved."""
    pairs = refusing(split_journal_notes, body.notes)
    return SplitNotes(answers=[QuestionAnswerOut(question=q, answer=a) for q, a in pairs])


# stories


@router.get("/stories", tags=["stories"])
def get_stories(ws: WorkspaceDep) -> StoryBankView:
    """Every story with its checks, and the six competencies' coverage."""
    return story_bank(ws)


@router.post("/stories", status_code=201, tags=["stories"])
def post_story(ws: WorkspaceDep, body: StoryIn) -> StoryView:
    """Add a story; 400 saying what to fix when it is empty or too long."""
    return refusing(add_story, ws, **body.arguments())


@router.get("/stories/{story_id}", tags=["stories"])
def get_one_story(ws: WorkspaceDep, story_id: Id) -> StoryView:
    """One story with its checks."""
    return get_story(ws, story_id)


@router.put("/stories/{story_id}", tags=["stories"])
def put_story(ws: WorkspaceDep, story_id: Id, body: StoryIn) -> StoryView:
    """Replace a story's parts and tags."""
    return refusing(update_story, ws, story_id, **body.arguments())


@router.delete("/stories/{story_id}", status_code=204, tags=["stories"])
def delete_one_story(ws: WorkspaceDep, story_id: Id) -> Response:
    """Delete a story."""
    delete_story(ws, story_id)
    return Response(status_code=204)
