"""Uploaded files: one row per upload, the bytes in the file store under their sha256."""

from __future__ import annotations

from typing import TypedDict, Unpack

from sqlalchemy import func, select

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import DocumentRow

__all__ = ["DocumentRepository", "NewDocument"]


class NewDocument(TypedDict):
    """An upload's row, as :meth:`DocumentRepository.add` takes it."""

    kind: str
    filename: str | None
    content_type: str
    sha256: str
    size: int
    extracted_text: str


class DocumentRepository(Repository):
    def add(self, **new: Unpack[NewDocument]) -> DocumentRow:
        return self._added(DocumentRow(**new))

    def get(self, document_id: int) -> DocumentRow | None:
        return self._session.get(DocumentRow, document_id)

    def count_with_sha256(self, sha256: str) -> int:
        """How many documents keep the file ``sha256``."""
        query = select(func.count()).select_from(DocumentRow).where(DocumentRow.sha256 == sha256)
        return self._session.scalar(query) or 0

    def delete(self, row: DocumentRow) -> None:
        self._session.delete(row)
        self._session.flush()
