"""Finding a practice session and its questions among the rows, and walking a follow-up
back to the question it digs into."""

from __future__ import annotations

from shortlist.storage import PracticeAnswerRow, PracticeSessionRow, Repos
from shortlist.workspace.base import NotFound

__all__ = ["depth_of", "practice_row", "question_row", "root_of"]


def practice_row(repos: Repos, session_id: int) -> PracticeSessionRow:
    row = repos.practice.session(session_id)
    if row is None:
        raise NotFound(f"no practice session with id {session_id}")
    return row


def question_row(practice: PracticeSessionRow, item_id: int) -> PracticeAnswerRow:
    for item in practice.items:
        if item.id == item_id:
            return item
    raise NotFound(f"no question {item_id} in practice session {practice.id}")


def root_of(practice: PracticeSessionRow, item: PracticeAnswerRow) -> PracticeAnswerRow:
    by_id = {i.id: i for i in practice.items}
    while item.follows_id is not None and item.follows_id in by_id:
        item = by_id[item.follows_id]
    return item


def depth_of(practice: PracticeSessionRow, item: PracticeAnswerRow) -> int:
    by_id = {i.id: i for i in practice.items}
    depth = 0
    while item.follows_id is not None and item.follows_id in by_id:
        item = by_id[item.follows_id]
        depth += 1
    return depth
