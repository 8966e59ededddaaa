"""Which reader an input needs: magic bytes first, then the file extension.

Content wins over the name for PDF, DOCX and old Word files, because downloads often
arrive with a missing or wrong extension. Text and HTML have no reliable magic, so
for them the extension decides, and a nameless input is sniffed for HTML tags.
"""

from __future__ import annotations

from pathlib import PurePath

from shortlist.ingest.errors import CorruptDocument, EncryptedDocument, UnsupportedType

PDF = "pdf"
DOCX = "docx"
HTML = "html"
TEXT = "text"

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_DOCX_EXTENSIONS = frozenset({".docx", ".docm", ".dotx"})
_OLD_WORD_EXTENSIONS = frozenset({".doc", ".dot"})
#: Compound File Binary: old .doc, and also what Office wraps an encrypted .docx in.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")


def extension(name: str | None) -> str:
    """'CV.PDF' -> '.pdf'; '' when there is none."""
    return PurePath(name).suffix.lower() if name else ""


def looks_like_html(data: bytes) -> bool:
    """True if the start of ``data`` has an HTML doctype or one of the top-level tags."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(marker in head for marker in _HTML_MARKERS)


def detect(data: bytes, name: str | None) -> str:
    """One of PDF, DOCX, HTML, TEXT, or raise UnsupportedType / CorruptDocument."""
    ext = extension(name)
    # Readers accept a PDF header anywhere in the first KB; a text file merely quoting
    # one must still start with it to count.
    named_as_text = ext in TEXT_EXTENSIONS or ext in HTML_EXTENSIONS
    if data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and not named_as_text):
        return PDF
    if data.startswith(_OLE2):
        if ext in _DOCX_EXTENSIONS:
            raise EncryptedDocument(name)
        if ext in _OLD_WORD_EXTENSIONS or not ext:
            raise UnsupportedType.old_word()
    if data.startswith(_ZIP) and (ext in _DOCX_EXTENSIONS or not ext):
        return DOCX
    if ext == ".pdf":
        raise CorruptDocument(name, "PDF")
    if ext in _DOCX_EXTENSIONS:
        raise CorruptDocument(name, "DOCX")
    if ext in _OLD_WORD_EXTENSIONS:
        raise UnsupportedType.old_word()
    if ext in HTML_EXTENSIONS:
        return HTML
    if ext in TEXT_EXTENSIONS:
        return TEXT
    if ext:
        raise UnsupportedType(ext)
    return HTML if looks_like_html(data) else TEXT
