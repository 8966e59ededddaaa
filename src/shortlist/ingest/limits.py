"""How much work ingestion may do on one input; every number is a setting."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 10 * MB
    max_pages: int = 50
    #: Wall-clock budget for turning one file into text, checked between pages/parts.
    parse_timeout_s: float = 20.0
    #: DOCX zip-bomb guard: uncompressed total, and uncompressed/compressed ratio.
    max_unzipped_bytes: int = 100 * MB
    max_zip_ratio: float = 100.0
    fetch_timeout_s: float = 10.0
    fetch_max_bytes: int = 5 * MB
    #: Fetching from loopback/private addresses is refused unless this is set.
    allow_private_urls: bool = False
    #: Most characters of extracted text one file, paste or URL may hold: matching
    #: grows with both texts, and this keeps the worst match short (docs/settings.md).
    max_text_chars: int = 200_000
