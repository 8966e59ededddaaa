"""The interview-preparation pages: a job's plan and its round journals (the story bank
is story_pages.py).

Like pages.py, each route reads its form, calls one workspace function and renders or
redirects (303). A form the workspace refuses is shown again with what was typed and the
reason, status 400, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.core.prep.interview import CORE_COMPETENCIES, PERSONA_LABELS, ROUND_LABELS
from shortlist.formats.markdown import CATEGORY_LABELS, SOURCE_LABELS
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import Id, Position
from shortlist.web.page_kit import attachment, date_field, render, see, spoken, whole_field
from shortlist.workspace import (
    FORMATS,
    JournalView,
    PlanChoicesView,
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
#: Empty rows a form offers beyond what is filled in, so it works without JavaScript.
SPARE_ROWS = 2
MIN_ANSWER_ROWS = 3


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return render(request, name, context, done=DONE, status=status)


def _rows(filled: Sequence[tuple[str, str]], minimum: int) -> list[tuple[str, str]]:
    """The filled rows, then empty ones: at least ``minimum``, and a few spare."""
    rows = list(filled)
    rows.extend([("", "")] * max(SPARE_ROWS, minimum - len(rows)))
    return rows


# the plan


class PlanForm(BaseModel):
    """The plan choices form, every field as typed (checked by the workspace)."""

    round: str = "first"
    personas: list[str] = []
    seed: str = "0"
    shuffle: str = ""
    date: str = ""
    time: str = ""
    duration_minutes: str = ""
    format: str = ""
    location: str = ""
    interviewer_name: list[str] = []
    interviewer_role: list[str] = []
    recruiter_name: str = ""
    task_expected: str = ""
    task_brief: str = ""
    task_notes: str = ""
    salary_expectation: str = ""
    notice_period: str = ""

    @classmethod
    def of(cls, choices: PlanChoicesView) -> PlanForm:
        return cls(
            round=choices.round,
            personas=choices.personas,
            seed=str(choices.seed),
            date=choices.date.isoformat() if choices.date else "",
            time=choices.time or "",
            duration_minutes=str(choices.duration_minutes or ""),
            format=choices.format or "",
            location=choices.location,
            interviewer_name=[i["name"] for i in choices.interviewers],
            interviewer_role=[i.get("role", "") for i in choices.interviewers],
            recruiter_name=choices.recruiter_name,
            task_expected="yes" if choices.task_expected else "",
            task_brief=choices.task_brief,
            task_notes=choices.task_notes,
            salary_expectation=choices.salary_expectation,
            notice_period=choices.notice_period,
        )

    @property
    def interviewer_rows(self) -> list[tuple[str, str]]:
        return _rows(_pairs(self.interviewer_name, self.interviewer_role), 0)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of save_plan_choices; Refused for what cannot be read."""
        seed = whole_field(self.seed, "seed") or 0
        return {
            "round": self.round,
            "personas": self.personas,
            "seed": seed + 1 if self.shuffle else seed,
            "date": date_field(self.date, "interview date"),
            "time": self.time.strip() or None,
            "duration_minutes": whole_field(self.duration_minutes, "duration"),
            "format": self.format or None,
            "location": self.location,
            "interviewers": _pairs(self.interviewer_name, self.interviewer_role),
            "recruiter_name": self.recruiter_name,
            "task_expected": bool(self.task_expected),
            "task_brief": self.task_brief,
            "task_notes": self.task_notes,
            "salary_expectation": self.salary_expectation,
            "notice_period": self.notice_period,
        }


def _pairs(first: Sequence[str], second: Sequence[str]) -> list[tuple[str, str]]:
    """Two columns of form rows zipped, rows left empty dropped."""
    width = max(len(first), len(second))
    padded = [
        (first[i] if i < len(first) else "", second[i] if i < len(second) else "")
        for i in range(width)
    ]
    return [(a, b) for a, b in padded if a.strip() or b.strip()]


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


class JournalForm(BaseModel):
    """The journal form as typed; ``worst`` is the row number of the worst answer."""

    date: str = ""
    interviewer_name: list[str] = []
    interviewer_role: list[str] = []
    question: list[str] = []
    answer: list[str] = []
    worst: str = ""
    forgot: str = ""
    unsatisfied: str = ""
    story: list[str] = []
    notes: str = ""

    @classmethod
    def of(cls, journal: JournalView) -> JournalForm:
        return cls(
            date=journal.date.isoformat() if journal.date else "",
            interviewer_name=[i["name"] for i in journal.interviewers],
            interviewer_role=[i.get("role", "") for i in journal.interviewers],
            question=[a["question"] for a in journal.answers],
            answer=[a.get("answer", "") for a in journal.answers],
            worst="" if journal.worst is None else str(journal.worst),
            forgot=journal.forgot,
            unsatisfied=journal.unsatisfied,
            story=[str(i) for i in journal.stories_used],
        )

    @property
    def interviewer_rows(self) -> list[tuple[str, str]]:
        return _rows(_pairs(self.interviewer_name, self.interviewer_role), 0)

    @property
    def answer_rows(self) -> list[tuple[str, str]]:
        # Rows keep their places (the worst answer is marked by its row number).
        width = max(len(self.question), len(self.answer))
        rows = [
            (
                self.question[i] if i < len(self.question) else "",
                self.answer[i] if i < len(self.answer) else "",
            )
            for i in range(width)
        ]
        while rows and not any(part.strip() for part in rows[-1]):
            rows.pop()
        return _rows(rows, MIN_ANSWER_ROWS)

    def with_split(self, pairs: Sequence[tuple[str, str]]) -> JournalForm:
        """The form with the split pairs added after the rows already filled in."""
        kept = [(q, a) for q, a in self.answer_rows if q.strip() or a.strip()]
        known = {q.strip() for q, _ in kept}
        kept.extend((q, a) for q, a in pairs if q.strip() not in known)
        return self.model_copy(
            update={"question": [q for q, _ in kept], "answer": [a for _, a in kept]}
        )

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of save_journal; Refused for what cannot be read."""
        rows = self.answer_rows
        filled = [i for i, (q, a) in enumerate(rows) if q.strip() or a.strip()]
        worst_row = whole_field(self.worst, "answer marked as the worst")
        worst = None
        if worst_row is not None:
            if worst_row not in filled:
                raise Refused("the answer marked as the worst is an empty row; mark a filled one")
            worst = filled.index(worst_row)
        stories = [whole_field(s, "story id") for s in self.story]
        return {
            "date": date_field(self.date, "round's date"),
            "interviewers": _pairs(self.interviewer_name, self.interviewer_role),
            "answers": [rows[i] for i in filled],
            "worst": worst,
            "forgot": self.forgot,
            "unsatisfied": self.unsatisfied,
            "stories_used": [s for s in stories if s is not None],
        }


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
