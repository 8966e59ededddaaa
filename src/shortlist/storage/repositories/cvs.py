"""CV versions: each edit or upload a new row, the newest the current one."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import CvVersionRow

__all__ = ["CvRepository"]


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
