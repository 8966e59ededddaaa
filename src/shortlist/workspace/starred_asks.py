"""The questions to ask the interviewer that the user starred: the plan lists them
first, in the order the user puts them in."""

from __future__ import annotations

from shortlist.data.banks import load_ask_bank
from shortlist.workspace.base import NotFound, Workspace, job_row
from shortlist.workspace.interview_choices import choices_of, plan_choices
from shortlist.workspace.plans import interview_plan
from shortlist.workspace.prep_views import PlanChoicesView

__all__ = ["move_asked", "star_asked"]


def star_asked(ws: Workspace, job_id: int, ask_id: str, starred: bool) -> PlanChoicesView:
    """Star a question to ask (it moves to the top, after those starred before) or
    unstar it."""
    _known_ask(ws, job_id, ask_id)
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        current = choices_of(ws, repos, job.id)
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
        order = list(choices_of(ws, repos, job.id).starred_asks)
        if ask_id not in order:
            raise ValueError("star the question first; only starred questions are reordered")
        i = order.index(ask_id)
        j = i - 1 if direction == "up" else i + 1
        if 0 <= j < len(order):
            order[i], order[j] = order[j], order[i]
        repos.prep.set_starred_asks(job.id, order)
    return plan_choices(ws, job_id)


def _known_ask(ws: Workspace, job_id: int, ask_id: str) -> None:
    """NotFound unless ``ask_id`` is a bank question or one the job's plan offers (the
    ones tailored to the posting have ids of their own)."""
    if ask_id in {q.id for q in load_ask_bank()}:
        return
    if ask_id not in {q.id for q in interview_plan(ws, job_id).plan.to_ask}:
        raise NotFound(f"no question to ask with id {ask_id!r}")
