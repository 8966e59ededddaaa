"""CV versions: each edit or upload a new row, the newest the current one; and the
user's corrections of how each version was read (removed skills, misread lines)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from shortlist.storage.correction_tables import CvMisreadLineRow, CvRemovedSkillRow
from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import CvVersionRow

__all__ = ["CvCorrections", "CvRepository", "MarkedLine"]

_Correction = CvRemovedSkillRow | CvMisreadLineRow


class MarkedLine(NamedTuple):
    """A line marked as misread: its offset in the version's text, and the line."""

    start: int
    text: str


@dataclass(frozen=True)
class CvCorrections:
    """What the user corrected in the reading of one CV version."""

    #: Skills they removed, by name, sorted.
    removed_skills: tuple[str, ...] = ()
    #: Lines they marked as misread, in the order of the text.
    misread_lines: tuple[MarkedLine, ...] = ()


class CvRepository(Repository):
    def add(
        self, *, label: str, text: str, document_id: int | None, parent_id: int | None
    ) -> CvVersionRow:
        row = CvVersionRow(label=label, text=text, document_id=document_id, parent_id=parent_id)
        self._add(row)
        self._session.flush()
        return row

    def get(self, cv_id: int) -> CvVersionRow | None:
        return self._session.get(CvVersionRow, cv_id)

    def all(self) -> Sequence[CvVersionRow]:
        """Every version, oldest first (ids only grow, so they order by creation)."""
        return self._session.scalars(select(CvVersionRow).order_by(CvVersionRow.id)).all()

    def current(self) -> CvVersionRow | None:
        query = select(CvVersionRow).order_by(CvVersionRow.id.desc()).limit(1)
        return self._session.scalars(query).first()

    # corrections

    def corrections(self, cv_id: int) -> CvCorrections:
        """The removed skills and misread lines of version ``cv_id`` (none for an id
        never given)."""
        skills = select(CvRemovedSkillRow.skill).where(CvRemovedSkillRow.cv_version_id == cv_id)
        lines = (
            select(CvMisreadLineRow.line_start, CvMisreadLineRow.line_text)
            .where(CvMisreadLineRow.cv_version_id == cv_id)
            .order_by(CvMisreadLineRow.line_start)
        )
        return CvCorrections(
            removed_skills=tuple(sorted(self._session.scalars(skills))),
            misread_lines=tuple(
                MarkedLine(start, text) for start, text in self._session.execute(lines)
            ),
        )

    def remove_skills(self, cv_id: int, skills: Iterable[str]) -> None:
        """Add ``skills`` to the removed skills of version ``cv_id`` (those there stay)."""
        known = set(self.corrections(cv_id).removed_skills)
        for skill in dict.fromkeys(skills):
            if skill not in known:
                self._once(CvRemovedSkillRow(cv_version_id=cv_id, skill=skill))

    def restore_skill(self, cv_id: int, skill: str) -> bool:
        """``skill`` no longer removed from version ``cv_id``; False if it was not."""
        query = select(CvRemovedSkillRow).where(
            CvRemovedSkillRow.cv_version_id == cv_id, CvRemovedSkillRow.skill == skill
        )
        return self._deleted(self._session.scalars(query).first())

    def mark_misread(self, cv_id: int, lines: Iterable[MarkedLine]) -> None:
        """Mark ``lines`` of version ``cv_id`` as misread (lines marked already stay)."""
        known = {line.start for line in self.corrections(cv_id).misread_lines}
        for line in lines:
            if line.start not in known:
                known.add(line.start)
                row = CvMisreadLineRow(
                    cv_version_id=cv_id, line_start=line.start, line_text=line.text
                )
                self._once(row)

    def unmark_misread(self, cv_id: int, start: int) -> bool:
        """The line at ``start`` of version ``cv_id`` no longer misread; False if it was not."""
        query = select(CvMisreadLineRow).where(
            CvMisreadLineRow.cv_version_id == cv_id, CvMisreadLineRow.line_start == start
        )
        return self._deleted(self._session.scalars(query).first())

    def _once(self, row: _Correction) -> None:
        """Add ``row`` unless another request added the same correction meanwhile (its
        unique key refuses ours in a savepoint; theirs says the same)."""
        try:
            with self._session.begin_nested():
                self._added(row)
        except IntegrityError:
            pass  # the savepoint's rollback took our row out of the session

    def _deleted(self, row: _Correction | None) -> bool:
        """``row`` deleted; False when there is none."""
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True
