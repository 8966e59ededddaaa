"""The story bank: the user's STAR stories, each checked, and the competency grid."""

from __future__ import annotations

from typing import Required, TypedDict, Unpack

from shortlist.core.prep.interview import Story
from shortlist.core.prep.stories import review_story
from shortlist.core.prep.story_fit import cover_grid
from shortlist.storage import Repos, StoryFields, StoryRow
from shortlist.workspace.base import NotFound, Workspace, cached, utc
from shortlist.workspace.prep_views import FindingView, StoryBankView, StoryView

__all__ = [
    "MAX_STORY_PART",
    "StoryParts",
    "add_story",
    "delete_story",
    "get_story",
    "story_bank",
    "update_story",
]

#: Characters one part of a story (situation, task, action, result) may hold: about
#: 1,500 words, far past the three minutes a spoken story should take.
MAX_STORY_PART = 10_000
MAX_TITLE = 200
MAX_TAGS = 20
MAX_TAG = 40
PARTS = ("situation", "task", "action", "result")


def story_bank(ws: Workspace) -> StoryBankView:
    """Every story with its checks, and which core competencies they cover."""
    return cached(ws, ("stories",), _bank)


def _bank(repos: Repos) -> StoryBankView:
    rows = repos.prep.stories()
    grid = cover_grid([story_of(row) for row in rows])
    return StoryBankView(
        stories=[_view(row) for row in rows],
        coverage=dict(grid.coverage),
        uncovered=grid.uncovered,
        distinct=grid.distinct,
    )


def get_story(ws: Workspace, story_id: int) -> StoryView:
    return cached(ws, ("story", story_id), lambda repos: _view(_row(repos, story_id)))


class StoryParts(TypedDict, total=False):
    """A story as the user writes it: a title, its STAR parts (each may be left empty) and tags."""

    title: Required[str]
    situation: str
    task: str
    action: str
    result: str
    tags: list[str] | None


def add_story(ws: Workspace, **parts: Unpack[StoryParts]) -> StoryView:
    """Add a story; ValueError saying what to fix when a part is empty or too long."""
    fields = _checked(**parts)
    with ws.db.session() as session:
        return _view(ws.repos(session).prep.save_story(None, fields))


def update_story(ws: Workspace, story_id: int, **parts: Unpack[StoryParts]) -> StoryView:
    """Replace story ``story_id``'s parts and tags."""
    fields = _checked(**parts)
    with ws.db.session() as session:
        repos = ws.repos(session)
        return _view(repos.prep.save_story(_row(repos, story_id), fields))


def delete_story(ws: Workspace, story_id: int) -> None:
    with ws.db.session() as session:
        repos = ws.repos(session)
        repos.prep.delete_story(_row(repos, story_id))


def story_of(row: StoryRow) -> Story:
    """The core story of a row."""
    return Story(
        id=row.id,
        title=row.title,
        situation=row.situation,
        task=row.task,
        action=row.action,
        result=row.result,
        tags=tuple(row.tags),
    )


def parse_tags(text: str) -> list[str]:
    """'leadership, conflict; Pressure' -> ['leadership', 'conflict', 'pressure']."""
    seen: list[str] = []
    for raw in text.replace(";", ",").split(","):
        tag = " ".join(raw.split()).lower().replace(" ", "_")
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def _row(repos: Repos, story_id: int) -> StoryRow:
    row = repos.prep.story(story_id)
    if row is None:
        raise NotFound(f"no story with id {story_id}")
    return row


def _checked(
    title: str,
    situation: str = "",
    task: str = "",
    action: str = "",
    result: str = "",
    tags: list[str] | None = None,
) -> StoryFields:
    title = " ".join(title.split())
    if not title:
        raise ValueError("give the story a short title, e.g. 'The ward move in one weekend'")
    if len(title) > MAX_TITLE:
        raise ValueError(f"the title is longer than {MAX_TITLE} characters; shorten it")
    parts = {"situation": situation, "task": task, "action": action, "result": result}
    parts = {name: value.strip() for name, value in parts.items()}
    if not any(parts.values()):
        raise ValueError("write at least one part of the story: situation, task, action or result")
    for name, value in parts.items():
        if len(value) > MAX_STORY_PART:
            raise ValueError(
                f"the {name} is {len(value):,} characters, more than the {MAX_STORY_PART:,} "
                "a part may hold; a spoken story should take about two minutes"
            )
    cleaned = parse_tags(",".join(tags or []))
    if len(cleaned) > MAX_TAGS or any(len(tag) > MAX_TAG for tag in cleaned):
        raise ValueError(f"use at most {MAX_TAGS} tags of at most {MAX_TAG} characters each")
    return StoryFields(
        title=title,
        situation=parts["situation"],
        task=parts["task"],
        action=parts["action"],
        result=parts["result"],
        tags=cleaned,
    )


def _view(row: StoryRow) -> StoryView:
    review = review_story(story_of(row))
    return StoryView(
        id=row.id,
        title=row.title,
        situation=row.situation,
        task=row.task,
        action=row.action,
        result=row.result,
        tags=list(row.tags),
        words=review.words,
        findings=[FindingView(f.check, f.ok, f.message, list(f.quotes)) for f in review.findings],
        updated_at=utc(row.updated_at),
    )
