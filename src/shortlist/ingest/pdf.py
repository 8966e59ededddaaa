"""PDF to text with pypdf, page by page, with pdfplumber for pages pypdf cannot read.

pypdf is used for every page because it is several times faster than pdfplumber
(pdfminer) and its reading order is good for the one- and two-column layouts CVs and
postings use. Tables come out as their cell text line by line, which the parsers
downstream read well enough, so pdfplumber's table finder is not worth its cost here.
pdfplumber is only a second chance for a page pypdf raises on.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from pypdf import PasswordType, PdfReader
from pypdf.errors import PyPdfError

from shortlist.ingest.cleanup import strip_repeated_lines
from shortlist.ingest.deadline import Deadline
from shortlist.ingest.errors import (
    CorruptDocument,
    EncryptedDocument,
    NoTextLayer,
    TooManyPages,
    label,
)

#: What pypdf and pdfminer raise on damaged input. Beyond their own error classes they
#: raise plain built-in errors from deep inside when a file is malformed, so those are
#: caught around the parser calls (and only there) and reported as a damaged file.
PARSER_FAILURES: tuple[type[Exception], ...] = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OverflowError,
    NotImplementedError,  # a filter or encoding pypdf does not support
    zlib.error,
    struct.error,
)


@dataclass(frozen=True)
class PdfText:
    """Text of a PDF with page headers and footers removed."""

    text: str
    pages: int
    warnings: tuple[str, ...]


def read_pdf(data: bytes, name: str | None, max_pages: int, deadline: Deadline) -> PdfText:
    """Text of every page; raises Corrupt/Encrypted/NoTextLayer/TooManyPages on bad input."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _unlock(reader):
            raise EncryptedDocument(name)
        count = len(reader.pages)
    except PARSER_FAILURES as error:
        raise CorruptDocument(name, "PDF") from error
    if count > max_pages:
        raise TooManyPages(name, count, max_pages)
    texts: list[str] = []
    failed: list[int] = []
    for number in range(count):
        deadline.check()
        try:
            texts.append(reader.pages[number].extract_text() or "")
        except PARSER_FAILURES:
            texts.append("")
            failed.append(number)
    warnings: list[str] = []
    if failed:
        _retry_with_pdfplumber(data, failed, texts, deadline)
        warnings += [_skipped(name, number) for number in failed if not texts[number].strip()]
        if len(failed) == count and not any(text.strip() for text in texts):
            raise CorruptDocument(name, "PDF")
    if not any(text.strip() for text in texts):
        raise NoTextLayer(name)
    pages = strip_repeated_lines(texts)
    # The PDF spec maps unused WinAnsiEncoding codes to a bullet; pypdf leaves 0x7F as is.
    return PdfText("\n\n".join(pages).replace("\x7f", "•"), count, tuple(warnings))


def _unlock(reader: PdfReader) -> bool:
    """Many PDFs are 'encrypted' with an empty user password and open without asking."""
    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except (PyPdfError, NotImplementedError, ValueError):
        return False


def _retry_with_pdfplumber(
    data: bytes, numbers: list[int], texts: list[str], deadline: Deadline
) -> None:
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    failures: tuple[type[Exception], ...] = (
        *PARSER_FAILURES,
        PSException,
        MalformedPDFException,
        PdfminerException,
    )
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in numbers:
                deadline.check()
                try:
                    texts[number] = pdf.pages[number].extract_text() or ""
                except failures:
                    continue
    except failures:
        return


def _skipped(name: str | None, number: int) -> str:
    return f"page {number + 1} of {label(name)} could not be read and was left out"
