"""The CV page's corrections: remove a skill that is not the user's, mark a line as
misread, and restore either. Each form posts here and is redirected (303) back to the
CV version's page with a ?done= message; the page itself is pages.py's.

What a correction changes is the workspace's (cv_corrections.py): every report, plan and
practice feedback reads the CV version without the removed skill or the misread line.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from starlette.responses import RedirectResponse

from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import Id
from shortlist.web.page_kit import see, whole_field
from shortlist.workspace import (
    Workspace,
    current_cv,
    mark_cv_line_misread,
    remove_cv_skill,
    restore_cv_skill,
    unmark_cv_line,
)

__all__ = ["DONE", "router"]

router = APIRouter(include_in_schema=False)

#: Messages the CV page may show after these forms (pages.py renders it with them).
DONE = {
    "skill-removed": (
        "The skill was removed: your reports, plans and practice feedback no longer count "
        "it. It is listed under Your corrections if you want it back."
    ),
    "skill-restored": "The skill was restored: it counts again everywhere.",
    "line-misread": (
        "The line was marked as misread: nothing is read from it any more. It is listed "
        "under Your corrections if you want it read again."
    ),
    "line-restored": "The line is read again.",
}

Text = Annotated[str, Form()]


def _back(ws: Workspace, cv_id: int, done: str) -> RedirectResponse:
    """To the page of CV version ``cv_id`` (/cv when it is the current one)."""
    current = current_cv(ws)
    page = "/cv" if current is not None and current.id == cv_id else f"/cv/{cv_id}"
    return see(f"{page}?done={done}")


def _offset(text: str) -> int | None:
    return whole_field(text, "line's offset")


@router.post("/cv/{cv_id}/skills/remove")
def cv_remove_skill(ws: WorkspaceDep, cv_id: Id, skill: Text = "") -> RedirectResponse:
    """Say a skill read from the CV is not the user's."""
    refusing(remove_cv_skill, ws, cv_id, skill)
    return _back(ws, cv_id, "skill-removed")


@router.post("/cv/{cv_id}/skills/restore")
def cv_restore_skill(ws: WorkspaceDep, cv_id: Id, skill: Text = "") -> RedirectResponse:
    """Count a removed skill again."""
    refusing(restore_cv_skill, ws, cv_id, skill)
    return _back(ws, cv_id, "skill-restored")


@router.post("/cv/{cv_id}/misread")
def cv_mark_misread(
    ws: WorkspaceDep, cv_id: Id, line: Text = "", start: Text = ""
) -> RedirectResponse:
    """Say a line of the CV was misread: nothing is read from it any more."""
    refusing(mark_cv_line_misread, ws, cv_id, line, _offset(start))
    return _back(ws, cv_id, "line-misread")


@router.post("/cv/{cv_id}/misread/undo")
def cv_unmark_misread(ws: WorkspaceDep, cv_id: Id, start: Text = "") -> RedirectResponse:
    """Read a line marked as misread again."""
    offset = _offset(start)
    if offset is None:
        raise Refused("say which line to read again: its offset is missing")
    refusing(unmark_cv_line, ws, cv_id, offset)
    return _back(ws, cv_id, "line-restored")
