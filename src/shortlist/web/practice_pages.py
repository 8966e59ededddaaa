"""The mock-interview pages: start a session, answer one question at a time with
feedback after each, the summary, the history and the trend charts.

Like prep_pages.py, each route reads its form, calls one workspace function and renders
or redirects (303). An answer the workspace refuses is shown again with what was typed
and the reason, status 400: nothing typed is lost. Drafts are saved by app.js through
the JSON API (practice_api.py), and kept in the browser while the network is down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form
from markupsafe import Markup
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.core.answers.models import DIMENSION_LABELS
from shortlist.core.prep.interview import PERSONA_LABELS, ROUND_LABELS
from shortlist.formats.svg import trend_svg
from shortlist.web.calls import fresh
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import Id
from shortlist.web.page_kit import render, see, spoken, whole_field
from shortlist.web.templating import day
from shortlist.workspace import (
    PracticeItem,
    PracticeView,
    Trends,
    current_cv,
    delete_practice,
    get_practice,
    list_jobs,
    practice_history,
    practice_trends,
    retry_answer,
    skip_question,
    start_practice,
    submit_answer,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Messages a redirect may ask a page to show (?done=...): fixed text, never echoed input.
DONE = {
    "deleted": "The practice session was deleted.",
    "skipped": "Skipped. You can retry any answered question from the summary.",
    "retry": "The question was added again at the end: answer it better this time.",
    "corrected": "The transcript is corrected and the feedback computed again from it.",
}


def _render(
    request: Request, name: str, context: Mapping[str, object], status: int = 200
) -> Response:
    extra = {"labels": DIMENSION_LABELS, "rounds": ROUND_LABELS, "personas": PERSONA_LABELS}
    return render(request, name, {**extra, **context}, done=DONE, status=status)


# starting, the history and the trends


class StartForm(BaseModel):
    """The start form as typed; an empty round or no persona ticked means the plan's."""

    job_id: str = ""
    round: str = ""
    personas: list[str] = []
    length: str = "5"
    seconds: str = "150"
    read_aloud: str = ""
    voice: str = ""

    def arguments(self) -> StartChoices:
        """The arguments of start_practice; Refused for what cannot be read."""
        job_id = whole_field(self.job_id, "job")
        if job_id is None:
            raise Refused("choose the job to practise for")
        return StartChoices(
            job_id=job_id,
            round=self.round or None,
            personas=self.personas or None,
            length=whole_field(self.length, "number of questions") or 0,
            seconds=whole_field(self.seconds, "time per question") or 0,
            read_aloud=bool(self.read_aloud),
            voice=bool(self.voice),
        )


@dataclass(frozen=True)
class StartChoices:
    """The start form read: start_practice's arguments (None: the plan's round or personas)."""

    job_id: int
    round: str | None
    personas: list[str] | None
    length: int
    seconds: int
    read_aloud: bool
    voice: bool


@dataclass(frozen=True)
class TrendChart:
    name: str
    label: str
    svg: Markup
    latest: int


def trend_charts(trends: Trends) -> list[TrendChart]:
    """One chart per dimension, "overall" first, each point a session's mean score."""
    order = ["overall", *DIMENSION_LABELS]
    names = [n for n in order if n in trends.series]
    names += sorted(n for n in trends.series if n not in order)
    charts = []
    for name in names:
        points = trends.series[name]
        label = "Overall" if name == "overall" else DIMENSION_LABELS.get(name, name)
        svg = trend_svg([(day(p.day), p.score) for p in points], f"{label} over time")
        # trend_svg escapes every piece of text it draws.
        charts.append(TrendChart(name, label, Markup(svg), points[-1].score))
    return charts


def _practice_page(
    request: Request,
    ws: WorkspaceDep,
    form: StartForm | None = None,
    error: str | None = None,
) -> Response:
    jobs = list_jobs(ws)
    if form is None:
        wanted = request.query_params.get("job", "")
        form = StartForm(job_id=wanted if wanted.isdigit() else "")
    return _render(
        request,
        "practice.html",
        {
            "jobs": jobs,
            "has_cv": current_cv(ws) is not None,
            "form": form,
            "error": error,
            "history": practice_history(ws),
            "charts": trend_charts(practice_trends(ws)),
        },
        status=400 if error else 200,
    )


@router.get("/practice")
def practice_page(request: Request, ws: WorkspaceDep) -> Response:
    """The form to start a session, past sessions and the scores over time."""
    return _practice_page(request, ws)


@router.post("/practice")
def practice_start(
    request: Request, ws: WorkspaceDep, form: Annotated[StartForm, Form()]
) -> Response:
    """Start a session and go to its first question."""
    try:
        chosen = form.arguments()
        view = refusing(
            start_practice,
            ws,
            chosen.job_id,
            round=chosen.round,
            personas=chosen.personas,
            length=chosen.length,
            seconds=chosen.seconds,
            read_aloud=chosen.read_aloud,
            voice=chosen.voice,
        )
    except Refused as refused:
        return _practice_page(request, ws, form, str(refused))
    return see(f"/practice/{view.id}")


# one question at a time


class AnswerForm(BaseModel):
    """The answer as typed; ``seconds_taken`` is filled in by app.js."""

    text: str = ""
    seconds_taken: str = ""


def _label(view: PracticeView, item: PracticeItem) -> str:
    """'Question 2 of 5', 'Retry of question 2', 'Follow-up to question 2 of 5'."""
    # A retry is asked as one more main question; it is counted as the one it retries.
    roots = {i.number: i for i in view.items if i.depth == 0}
    by_id = _by_id(view)
    planned = sum(1 for i in roots.values() if i.retry_of_id is None)
    root = roots.get(item.number, item)
    original = by_id.get(root.retry_of_id) if root.retry_of_id is not None else None
    if original is not None:
        what = "the follow-up to question" if original.depth else "question"
        label = f"Retry of {what} {original.number}"
    else:
        label = f"Question {root.number} of {planned}"
    if item.depth:
        return f"Follow-up to {label[0].lower()}{label[1:]}"
    return label


def _by_id(view: PracticeView) -> dict[int, PracticeItem]:
    return {i.id: i for i in view.items}


def _session_page(
    request: Request,
    view: PracticeView,
    answered_id: int | None = None,
    typed: str | None = None,
    error: str | None = None,
) -> Response:
    by_id = _by_id(view)
    current = by_id.get(view.current_id) if view.current_id is not None else None
    answered = by_id.get(answered_id) if answered_id is not None else None
    if answered is not None and (answered.feedback is None or answered.skipped):
        answered = None
    return _render(
        request,
        "practice_session.html",
        {
            "view": view,
            "current": current,
            "label": _label(view, current) if current else "",
            "answered": answered,
            "answered_label": _label(view, answered) if answered else "",
            "text": typed if typed is not None else (current.draft if current else ""),
            "error": error,
            "spoken": spoken,
        },
        status=400 if error else 200,
    )


@router.get("/practice/{session_id}")
async def session_page(
    request: Request, ws: WorkspaceDep, session_id: Id, answered: Id | None = None
) -> Response:
    """The question to answer now, with the feedback on the one just answered."""
    view = await fresh(get_practice, ws, session_id)
    if view.current_id is None and answered is None:
        return see(f"/practice/{session_id}/summary")
    return _session_page(request, view, answered)


@router.post("/practice/{session_id}/items/{item_id}/answer")
def answer_post(
    request: Request,
    ws: WorkspaceDep,
    session_id: Id,
    item_id: Id,
    form: Annotated[AnswerForm, Form()],
) -> Response:
    """Submit an answer; its feedback shows above the next question."""
    try:
        taken = whole_field(form.seconds_taken, "time taken")
        refusing(submit_answer, ws, session_id, item_id, form.text, taken)
    except Refused as refused:
        return _session_page(request, get_practice(ws, session_id), None, form.text, str(refused))
    return see(f"/practice/{session_id}?answered={item_id}#feedback")


@router.post("/practice/{session_id}/items/{item_id}/skip")
def skip_post(ws: WorkspaceDep, session_id: Id, item_id: Id) -> RedirectResponse:
    """Move on without answering."""
    view = skip_question(ws, session_id, item_id)
    if view.current_id is None:
        return see(f"/practice/{session_id}/summary")
    return see(f"/practice/{session_id}?done=skipped")


@router.post("/practice/{session_id}/items/{item_id}/retry")
def retry_post(ws: WorkspaceDep, session_id: Id, item_id: Id) -> RedirectResponse:
    """Ask an answered question again, at the end of the session."""
    refusing(retry_answer, ws, session_id, item_id)
    return see(f"/practice/{session_id}?done=retry")


@router.post("/practice/{session_id}/delete")
def session_delete(ws: WorkspaceDep, session_id: Id) -> RedirectResponse:
    """Delete a session (the form asks to confirm first)."""
    delete_practice(ws, session_id)
    return see("/practice?done=deleted")


# the summary


@dataclass(frozen=True)
class RetryPair:
    """A retried answer beside the one it retried, and each dimension's change."""

    original: PracticeItem
    retry: PracticeItem
    #: (dimension, score before, score after, after - before).
    changes: list[tuple[str, int, int, int]]


def retry_pairs(view: PracticeView) -> list[RetryPair]:
    by_id = _by_id(view)
    pairs = []
    for item in view.items:
        original = by_id.get(item.retry_of_id) if item.retry_of_id is not None else None
        if original is None or item.skipped:
            continue
        before, after = original.read_feedback(), item.read_feedback()
        if before is None or after is None:
            continue
        changes = [
            (dim.name, was.score, dim.score, dim.score - was.score)
            for dim in after.checked_dimensions()
            if (was := before.dimension(dim.name)) is not None and was.checked
        ]
        pairs.append(RetryPair(original, item, changes))
    return pairs


@router.get("/practice/{session_id}/summary")
async def summary_page(request: Request, ws: WorkspaceDep, session_id: Id) -> Response:
    """How the session went: each dimension, the best and weakest answers, what to work
    on, and each retry beside its original."""
    view = await fresh(get_practice, ws, session_id)
    by_id = _by_id(view)
    summary = view.summary
    return _render(
        request,
        "practice_summary.html",
        {
            "view": view,
            "summary": summary,
            "best": by_id.get(summary.best_id or 0) if summary else None,
            "weakest": by_id.get(summary.weakest_id or 0) if summary else None,
            "given": [i for i in view.items if i.feedback is not None and not i.skipped],
            "pairs": retry_pairs(view),
            "label": lambda item: _label(view, item),
        },
    )
