"""What ingestion hands back: the text of one input and how it was read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """Normalised text of one file or page, with its type, page count and warnings."""

    text: str
    source_type: str  # "pdf" | "docx" | "html" | "text"
    pages: int | None
    warnings: tuple[str, ...]
    name: str | None
