"""Bytes in, text out: PDF, DOCX, HTML, plain text and URLs, with limits and clear errors.

>>> document = read_path("cv.pdf")
>>> document.text, document.warnings

Every failure is an :class:`IngestError` whose ``str()`` is one line to show the user.
See docs/ingestion.md for the limits and every message.
"""

from shortlist.ingest.document import Document
from shortlist.ingest.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    FetchError,
    IngestError,
    NoTextLayer,
    ParseTimeout,
    TextTooLong,
    TooLarge,
    TooManyPages,
    UnreadableFile,
    UnsafeDocument,
    UnsupportedType,
)
from shortlist.ingest.fetch import read_url
from shortlist.ingest.limits import Limits
from shortlist.ingest.read import read_bytes, read_path

__all__ = [
    "CorruptDocument",
    "Document",
    "EmptyDocument",
    "EncryptedDocument",
    "FetchError",
    "IngestError",
    "Limits",
    "NoTextLayer",
    "ParseTimeout",
    "TextTooLong",
    "TooLarge",
    "TooManyPages",
    "UnreadableFile",
    "UnsafeDocument",
    "UnsupportedType",
    "read_bytes",
    "read_path",
    "read_url",
]
