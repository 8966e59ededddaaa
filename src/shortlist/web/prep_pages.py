"""The interview-preparation pages: a job's plan and its round journals (the story bank
is story_pages.py).

Like pages.py, each route reads its form, calls one workspace function and renders or
redirects (303). A form the workspace refuses is shown again with what was typed and the
reason, status 400, so nothing typed is lost.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.core.prep.interview import CORE_COMPETENCIES, PERSONA_LABELS, ROUND_LABELS
from shortlist.formats.markdown import CATEGORY_LABELS, SOURCE_LABELS
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import Id, Position
from shortlist.web.page_kit import attachment, renderer, see, spoken
from shortlist.web.prep_forms import JournalForm, PlanForm
from shortlist.workspace import (
    FORMATS,
    current_cv,
    get_job,
    get_journal,
    interview_plan,
    journals_due,
    move_asked,
    plan_calendar,
    prep_pack_markdown,
    prep_pack_pdf,
    save_journal,
    save_plan_choices,
    split_journal_notes,
    star_asked,
    story_bank,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Messages a redirect may ask a page to show (?done=...): fixed text, never echoed input.
DONE = {
    "plan": "The plan's choices were saved; the plan below uses them.",
    "asked": "Your questions to ask were updated.",
    "journal": "The journal was saved. The next round's plan follows up on it.",
}

_render = renderer(DONE)


def _plan_page(
    request: Request,
    ws: WorkspaceDep,
    job_id: int,
    form: PlanForm | None = None,
    error: str | None = None,
) -> Response:
    job = get_job(ws, job_id)
    if current_cv(ws) is None:
        return _render(request, "plan.html", {"job": job, "view": None})
    view = interview_plan(ws, job_id)
    return _render(
        request,
        "plan.html",
        {
            "job": job,
            "view": view,
            "plan": view.plan,
            "form": form or PlanForm.of(view.choices),
            "error": error,
            "due": [d for d in journals_due(ws) if d.job_id == job_id],
            "titles": view.story_titles,
            "rounds": ROUND_LABELS,
            "personas": PERSONA_LABELS,
            "formats": FORMATS,
            "competencies": CORE_COMPETENCIES,
            "categories": CATEGORY_LABELS,
            "sources": SOURCE_LABELS,
            "spoken": spoken,
        },
        status=400 if error else 200,
    )


@router.get("/jobs/{job_id}/plan")
def plan_page(request: Request, ws: WorkspaceDep, job_id: Id) -> Response:
    """The plan for the job's next round, and the choices it is made from."""
    return _plan_page(request, ws, job_id)


@router.post("/jobs/{job_id}/plan")
def plan_save(
    request: Request, ws: WorkspaceDep, job_id: Id, form: Annotated[PlanForm, Form()]
) -> Response:
    """Save the plan's choices ("shuffle" saves them with the next seed)."""
    try:
        refusing(save_plan_choices, ws, job_id, **form.arguments())
    except Refused as refused:
        return _plan_page(request, ws, job_id, form, str(refused))
    return see(f"/jobs/{job_id}/plan?done=plan")


@router.post("/jobs/{job_id}/plan/asks/{ask_id}")
def plan_ask(
    ws: WorkspaceDep,
    job_id: Id,
    ask_id: str,
    action: Annotated[Literal["star", "unstar", "up", "down"], Form()],
) -> RedirectResponse:
    """Star, unstar or move one of the questions to ask."""
    if action in ("star", "unstar"):
        refusing(star_asked, ws, job_id, ask_id, action == "star")
    else:
        refusing(move_asked, ws, job_id, ask_id, action)
    return see(f"/jobs/{job_id}/plan?done=asked#to-ask")


@router.get("/jobs/{job_id}/plan.md")
def plan_markdown(ws: WorkspaceDep, job_id: Id) -> Response:
    """The prep pack as a Markdown download."""
    text = prep_pack_markdown(ws, job_id)
    return attachment(text, "text/markdown; charset=utf-8", f"shortlist-plan-{job_id}.md")


@router.get("/jobs/{job_id}/plan.pdf")
def plan_pdf(ws: WorkspaceDep, job_id: Id) -> Response:
    """The prep pack as a PDF download."""
    return attachment(prep_pack_pdf(ws, job_id), "application/pdf", f"shortlist-plan-{job_id}.pdf")


@router.get("/jobs/{job_id}/plan.ics")
def plan_ics(ws: WorkspaceDep, job_id: Id) -> Response:
    """The interview and its follow-up date for a calendar; refused without a date."""
    text = refusing(plan_calendar, ws, job_id)
    return attachment(text, "text/calendar; charset=utf-8", f"shortlist-interview-{job_id}.ics")


# the round journal


def _journal_page(
    request: Request,
    ws: WorkspaceDep,
    job_id: int,
    number: int,
    form: JournalForm | None = None,
    error: str | None = None,
    split: bool = False,
) -> Response:
    job = get_job(ws, job_id)
    journal = refusing(get_journal, ws, job_id, number)
    return _render(
        request,
        "journal.html",
        {
            "job": job,
            "journal": journal,
            "number": number,
            "form": form or JournalForm.of(journal),
            "stories": story_bank(ws).stories,
            "error": error,
            "split": split,
        },
        status=400 if error else 200,
    )


@router.get("/jobs/{job_id}/rounds/{number}/journal")
def journal_page(request: Request, ws: WorkspaceDep, job_id: Id, number: Position) -> Response:
    """Round ``number``'s journal: what was asked, what was answered, what to fix."""
    return _journal_page(request, ws, job_id, number)


@router.post("/jobs/{job_id}/rounds/{number}/journal")
def journal_save(
    request: Request,
    ws: WorkspaceDep,
    job_id: Id,
    number: Position,
    form: Annotated[JournalForm, Form()],
) -> Response:
    """Save the journal of a round."""
    try:
        refusing(save_journal, ws, job_id, number, **form.arguments())
    except Refused as refused:
        return _journal_page(request, ws, job_id, number, form, str(refused))
    return see(f"/jobs/{job_id}/rounds/{number}/journal?done=journal")


@router.post("/jobs/{job_id}/rounds/{number}/journal/split")
def journal_split(
    request: Request,
    ws: WorkspaceDep,
    job_id: Id,
    number: Position,
    form: Annotated[JournalForm, Form()],
) -> Response:
    """Split pasted notes into questions and answers, shown in the form (not saved)."""
    try:
        pairs = refusing(split_journal_notes, form.notes)
    except Refused as refused:
        return _journal_page(request, ws, job_id, number, form, str(refused))
    return _journal_page(request, ws, job_id, number, form.with_split(pairs), split=True)
