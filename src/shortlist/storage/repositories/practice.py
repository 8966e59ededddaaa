"""Practice sessions (mock interviews) and the answers given in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from sqlalchemy import delete, select

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import PracticeAnswerRow, PracticeSessionRow

__all__ = ["NewQuestion", "NewSession", "PracticeRepository"]


@dataclass(frozen=True)
class NewQuestion:
    """A question added to a session: planned, a follow-up, or a retry."""

    position: int
    question_id: str
    question: str
    category: str | None
    competency: str | None
    follows_id: int | None = None
    retry_of_id: int | None = None


class NewSession(TypedDict):
    """A session's row, as :meth:`PracticeRepository.add_session` takes it."""

    created_at: dt.datetime
    job_id: int
    round: str
    personas: list[str]
    seconds_per_question: int
    read_aloud: bool
    voice: bool
    seed: int


class PracticeRepository(Repository):
    def add_session(self, **new: Unpack[NewSession]) -> PracticeSessionRow:
        return self._added(PracticeSessionRow(**new))

    def session(self, session_id: int) -> PracticeSessionRow | None:
        return self._session.get(PracticeSessionRow, session_id)

    def sessions(self) -> Sequence[PracticeSessionRow]:
        """Every session, oldest first."""
        query = select(PracticeSessionRow).order_by(PracticeSessionRow.id)
        return self._session.scalars(query).all()

    def answer(self, answer_id: int) -> PracticeAnswerRow | None:
        return self._session.get(PracticeAnswerRow, answer_id)

    def add_question(self, practice: PracticeSessionRow, new: NewQuestion) -> PracticeAnswerRow:
        row = PracticeAnswerRow(
            session_id=practice.id,
            position=new.position,
            question_id=new.question_id,
            question=new.question,
            category=new.category,
            competency=new.competency,
            follows_id=new.follows_id,
            retry_of_id=new.retry_of_id,
        )
        practice.items.append(row)
        self._session.flush()
        return row

    def remove_question(self, practice: PracticeSessionRow, item: PracticeAnswerRow) -> None:
        practice.items.remove(item)
        self._session.delete(item)

    def save_draft(self, item: PracticeAnswerRow, text: str) -> None:
        item.draft = text
        self._session.flush()

    def save_answer(
        self,
        item: PracticeAnswerRow,
        *,
        text: str,
        seconds_taken: int | None,
        feedback: dict[str, Any],
        overall: int,
    ) -> None:
        """The answer given, with its feedback; the draft becomes the answer."""
        item.text = text
        item.draft = text
        item.seconds_taken = seconds_taken
        item.feedback = feedback
        item.overall = overall
        item.answered_at = self._now()
        self._session.flush()

    def skip(self, item: PracticeAnswerRow) -> None:
        item.skipped = True
        item.answered_at = self._now()
        self._session.flush()

    def reopen_answer(self, item: PracticeAnswerRow) -> None:
        """The question open again, to be answered anew (a corrected transcript)."""
        item.answered_at = None
        self._session.flush()

    def finish(self, practice: PracticeSessionRow) -> None:
        """The session finished, now unless it was before."""
        practice.finished_at = practice.finished_at or self._now()
        self._session.flush()

    def reopen(self, practice: PracticeSessionRow) -> None:
        """The session not finished any more (a retry was added)."""
        practice.finished_at = None
        self._session.flush()

    def delete_session(self, row: PracticeSessionRow) -> None:
        """The session and, by the database's cascades, its answers and follow-ups (the
        ORM deleting them one by one would trip over the follow-ups already gone)."""
        self._session.execute(delete(PracticeSessionRow).where(PracticeSessionRow.id == row.id))
        self._session.expunge(row)
