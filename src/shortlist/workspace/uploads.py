"""Turning an upload or a paste into text, and keeping the original bytes."""

from __future__ import annotations

from pathlib import PureWindowsPath

from shortlist.analyses import require_english
from shortlist.ingest import Document, TooLarge, read_bytes
from shortlist.ingest.detect import TEXT
from shortlist.ingest.read import read_as
from shortlist.storage import DocumentRow, Repos
from shortlist.workspace.base import NotFound, Workspace
from shortlist.workspace.views import StoredFile

_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "text": "text/plain",
}


def one_source(what: str, **sources: object) -> None:
    """ValueError unless exactly one of ``sources`` is given (not None)."""
    given = [name for name, value in sources.items() if value is not None]
    names = " or ".join(sources)
    if not given:
        raise ValueError(f"give {what} as {names}")
    if len(given) > 1:
        both = "both " if len(given) == 2 else ""
        raise ValueError(f"give {what} one way only, not {both}{' and '.join(given)}")


def read_document(
    ws: Workspace, what: str, *, data: bytes | None, filename: str | None, text: str | None
) -> Document:
    """The text of an upload or a paste, refused unless it reads as English."""
    limits = ws.settings.limits()
    if text is not None:
        if not text.strip():
            raise ValueError(f"{what} is empty: paste its text")
        name = what.replace("the ", "the pasted ", 1)
        encoded = text.encode("utf-8")
        if len(encoded) > limits.max_bytes:
            raise TooLarge(name, len(encoded), limits.max_bytes)
        # Pasted text is read as text even when it looks like HTML: what you see is kept.
        document = read_as(TEXT, encoded, name, limits)
    else:
        assert data is not None
        document = read_bytes(data, name=basename(filename), limits=limits)
    require_english(document, what)
    return document


def keep_file(
    ws: Workspace, repos: Repos, kind: str, data: bytes, name: str | None, document: Document
) -> DocumentRow:
    """Keep the upload's bytes in the file store and its text in a documents row."""
    sha256 = ws.files.put(data)
    return repos.documents.add(
        kind=kind,
        filename=name,
        content_type=_CONTENT_TYPES.get(document.source_type, "application/octet-stream"),
        sha256=sha256,
        size=len(data),
        extracted_text=document.text,
    )


def basename(filename: str | None) -> str | None:
    """The file name alone, without any folders a browser sent with it."""
    # Some browsers send "C:\fakepath\cv.pdf"; keep only the name.
    if filename is None:
        return None
    return cut(PureWindowsPath(filename).name, 255) or None


def cut(value: str | None, limit: int) -> str | None:
    """``value`` shortened to fit a column of ``limit`` characters."""
    return None if value is None else value[:limit]


def original_file(ws: Workspace, document_id: int) -> StoredFile:
    """The bytes of an upload exactly as received, with its name and type."""
    with ws.db.session() as session:
        row = ws.repos(session).documents.get(document_id)
        if row is None:
            raise NotFound(f"no uploaded file with id {document_id}")
        name, filename, content_type = row.sha256, row.filename, row.content_type
    try:
        data = ws.files.read(name)
    except FileNotFoundError as error:
        raise NotFound(
            f"the file of upload {document_id} is missing from the data folder"
        ) from error
    return StoredFile(document_id, filename, content_type, data)
