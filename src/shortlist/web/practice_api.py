"""The mock-interview part of the JSON API (/api/v1/practice): sessions, drafts, answers.

The same workspace functions as practice_pages.py, the same problem+json errors and CSRF
header as api.py. Body limits are generous guards above the workspace's own, so its
messages (an answer too long is kept as the draft) are the ones users meet.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from starlette.responses import Response

from shortlist.web.api import PROBLEM
from shortlist.web.calls import fresh
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import refusing
from shortlist.web.ids import MAX_INTEGER, Id
from shortlist.workspace import (
    PracticeView,
    SessionSummary,
    Trends,
    delete_practice,
    get_practice,
    practice_history,
    practice_trends,
    retry_answer,
    save_draft,
    skip_question,
    start_practice,
    submit_answer,
)

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", responses=PROBLEM)

#: Over the workspace's draft limit (200,000 characters), so its refusal is what is seen.
LONG_TEXT = 250_000


class PracticeIn(BaseModel):
    job_id: Id
    round: Literal["first", "second", "final"] | None = Field(
        None, description="Default: the round of the job's plan."
    )
    personas: list[str] | None = Field(
        None, max_length=10, description="e.g. hiring_manager; default: the plan's."
    )
    length: int = Field(
        5, le=MAX_INTEGER, description="Questions, 1 to 12; five take about 15 minutes."
    )
    seconds: int = Field(150, le=MAX_INTEGER, description="Seconds per answer, 30 to 600.")
    read_aloud: bool = False
    seed: int | None = Field(
        None, ge=0, le=MAX_INTEGER, description="Another seed picks other questions."
    )
    voice: bool = Field(False, description="Answer aloud: record, transcribe, add delivery.")


class DraftIn(BaseModel):
    text: str = Field(max_length=LONG_TEXT)


class AnswerIn(BaseModel):
    text: str = Field(max_length=LONG_TEXT)
    seconds_taken: int | None = Field(None, le=MAX_INTEGER, description="How long the answer took.")


@router.post("/practice", status_code=201, tags=["practice"])
def post_practice(ws: WorkspaceDep, body: PracticeIn) -> PracticeView:
    """Start a session of questions from the job's plan; 404 without a CV."""
    return refusing(start_practice, ws, body.job_id, **body.model_dump(exclude={"job_id"}))


@router.get("/practice", tags=["practice"])
async def get_history(
    ws: WorkspaceDep, job: Annotated[Id | None, Query(description="Only this job's.")] = None
) -> list[SessionSummary]:
    """Past sessions, newest first."""
    return await fresh(practice_history, ws, job)


@router.get("/practice/trends", tags=["practice"])
async def get_trends(ws: WorkspaceDep) -> Trends:
    """Each dimension's mean score per session (and "overall"), oldest session first."""
    return await fresh(practice_trends, ws)


@router.get("/practice/{session_id}", tags=["practice"])
async def get_session(ws: WorkspaceDep, session_id: Id) -> PracticeView:
    """A session: its questions in the order asked, answers, feedback, and the summary
    once every question is answered or skipped."""
    return await fresh(get_practice, ws, session_id)


@router.put("/practice/{session_id}/items/{item_id}/draft", status_code=204, tags=["practice"])
def put_draft(ws: WorkspaceDep, session_id: Id, item_id: Id, body: DraftIn) -> Response:
    """Keep what is typed so far (an answered question's draft is left as it is)."""
    refusing(save_draft, ws, session_id, item_id, body.text)
    return Response(status_code=204)


@router.post("/practice/{session_id}/items/{item_id}/answer", tags=["practice"])
def post_answer(ws: WorkspaceDep, session_id: Id, item_id: Id, body: AnswerIn) -> PracticeView:
    """Answer a question: the session with the answer's feedback and any follow-up added.
    400 for an empty or over-long answer (the text is kept as the draft)."""
    return refusing(submit_answer, ws, session_id, item_id, body.text, body.seconds_taken)


@router.post("/practice/{session_id}/items/{item_id}/skip", tags=["practice"])
def post_skip(ws: WorkspaceDep, session_id: Id, item_id: Id) -> PracticeView:
    """Move on without answering."""
    return skip_question(ws, session_id, item_id)


@router.post("/practice/{session_id}/items/{item_id}/retry", tags=["practice"])
def post_retry(ws: WorkspaceDep, session_id: Id, item_id: Id) -> PracticeView:
    """Ask an answered question again at the end of the session."""
    return refusing(retry_answer, ws, session_id, item_id)


@router.delete("/practice/{session_id}", status_code=204, tags=["practice"])
def delete_session(ws: WorkspaceDep, session_id: Id) -> Response:
    """Delete a session and its answers."""
    delete_practice(ws, session_id)
    return Response(status_code=204)
