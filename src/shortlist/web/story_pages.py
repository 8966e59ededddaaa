"""The story bank's pages: every STAR story with its checks, the grid of the six
competencies, and the forms to add, edit and delete stories.

Like the other page modules, a form the workspace refuses is shown again with what was
typed and the reason (status 400).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.core.prep.interview import CORE_COMPETENCIES
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import Id
from shortlist.web.page_kit import renderer, see
from shortlist.workspace import (
    StoryParts,
    StoryView,
    add_story,
    delete_story,
    get_story,
    story_bank,
    update_story,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Messages a redirect may ask a page to show (?done=...): fixed text, never echoed input.
DONE = {
    "story-added": "The story was added to your bank.",
    "story-saved": "The story was saved.",
    "story-deleted": "The story was deleted.",
}

_render = renderer(DONE)


class StoryForm(BaseModel):
    """The story form as typed: competencies ticked, and more tags comma-separated."""

    title: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    competencies: list[str] = []
    more_tags: str = ""

    @classmethod
    def of(cls, story: StoryView) -> StoryForm:
        return cls(
            title=story.title,
            situation=story.situation,
            task=story.task,
            action=story.action,
            result=story.result,
            competencies=[t for t in story.tags if t in CORE_COMPETENCIES],
            more_tags=", ".join(t for t in story.tags if t not in CORE_COMPETENCIES),
        )

    def arguments(self) -> StoryParts:
        """The keyword arguments of add_story and update_story."""
        return {
            "title": self.title,
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "tags": [*self.competencies, self.more_tags],
        }


def _stories_page(
    request: Request, ws: WorkspaceDep, form: StoryForm | None = None, error: str | None = None
) -> Response:
    bank = story_bank(ws)
    return _render(
        request,
        "stories.html",
        {
            "bank": bank,
            "titles": {s.id: s.title for s in bank.stories},
            "form": form or StoryForm(),
            "competencies": CORE_COMPETENCIES,
            "error": error,
        },
        status=400 if error else 200,
    )


def _story_page(
    request: Request,
    ws: WorkspaceDep,
    story_id: int,
    form: StoryForm | None = None,
    error: str | None = None,
) -> Response:
    story = get_story(ws, story_id)
    return _render(
        request,
        "story_edit.html",
        {
            "story": story,
            "form": form or StoryForm.of(story),
            "competencies": CORE_COMPETENCIES,
            "error": error,
        },
        status=400 if error else 200,
    )


@router.get("/stories")
def stories_page(request: Request, ws: WorkspaceDep) -> Response:
    """Every story with its checks, the competency grid, and the form to add one."""
    return _stories_page(request, ws)


@router.post("/stories")
def story_add(request: Request, ws: WorkspaceDep, form: Annotated[StoryForm, Form()]) -> Response:
    """Add a story to the bank."""
    try:
        story = refusing(add_story, ws, **form.arguments())
    except Refused as refused:
        return _stories_page(request, ws, form, str(refused))
    return see(f"/stories?done=story-added#story-{story.id}")


@router.get("/stories/{story_id}")
def story_page(request: Request, ws: WorkspaceDep, story_id: Id) -> Response:
    """One story's edit form and its checks."""
    return _story_page(request, ws, story_id)


@router.post("/stories/{story_id}")
def story_save(
    request: Request, ws: WorkspaceDep, story_id: Id, form: Annotated[StoryForm, Form()]
) -> Response:
    """Replace a story's parts and tags."""
    try:
        refusing(update_story, ws, story_id, **form.arguments())
    except Refused as refused:
        return _story_page(request, ws, story_id, form, str(refused))
    return see(f"/stories?done=story-saved#story-{story_id}")


@router.post("/stories/{story_id}/delete")
def story_delete(ws: WorkspaceDep, story_id: Id) -> RedirectResponse:
    """Delete a story (the form asks to confirm first)."""
    delete_story(ws, story_id)
    return see("/stories?done=story-deleted")
