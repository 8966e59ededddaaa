"""Every way reading a file can fail, each with one line a user can act on.

The CLI prints ``str(error)`` and exits 2; the web layer shows it as is. So each message
names the file, says what is wrong and what to do, and names the setting when a limit
was hit.
"""

from __future__ import annotations

from shortlist.ingest.limits import MB

SUPPORTED = "use PDF, DOCX, TXT, MD or HTML"


def label(name: str | None) -> str:
    """How a message names the input: its file name, or 'the file' when it has none."""
    return name if name else "the file"


def _size_pair(size: int, limit: int) -> tuple[str, str]:
    """Sizes in MB, with enough decimals that a file just over the limit does not read as equal."""
    for decimals in (1, 2, 3, 6):
        shown = f"{size / MB:.{decimals}f}"
        allowed = f"{limit / MB:.{decimals}f}".rstrip("0").rstrip(".")
        if float(shown) != float(allowed):
            return shown, allowed
    return str(size), str(limit)


class IngestError(Exception):
    """Base class: ``str(error)`` is one line the user can act on."""


class UnreadableFile(IngestError):
    """The path cannot be read at all: missing, a folder, or no permission."""


class UnsupportedType(IngestError):
    """Not a format Shortlist reads."""

    def __init__(self, extension: str = "", *, message: str = "") -> None:
        shown = f"'{extension}'" if extension else "(no extension)"
        super().__init__(message or f"unsupported file type {shown}: {SUPPORTED}")

    @classmethod
    def old_word(cls) -> UnsupportedType:
        """The pre-2007 binary .doc format."""
        return cls(
            message="unsupported file type '.doc' (old Word format): open it in Word or "
            "LibreOffice, save it as DOCX and try again"
        )

    @classmethod
    def binary(cls, name: str | None) -> UnsupportedType:
        """A file named as text whose bytes are not text."""
        return cls(message=f"{label(name)} looks like a binary file, not text: {SUPPORTED}")

    @classmethod
    def content_type(cls, content_type: str, url: str) -> UnsupportedType:
        """A URL that answered with something other than a page, text, PDF or DOCX."""
        return cls(
            message=f"{url} returned '{content_type}', not a web page, text, PDF or DOCX; "
            "link to the posting itself or save it and upload the file"
        )


class TooLarge(IngestError):
    """Bigger than the size limit; raised before any parsing.

    ``size`` is None when reading stopped at the limit, so the full size is unknown.
    """

    def __init__(
        self,
        name: str | None,
        size: int | None,
        limit: int,
        setting: str = "SHORTLIST_MAX_FILE_MB",
    ) -> None:
        if size is None:
            allowed = f"{limit / MB:.2f}".rstrip("0").rstrip(".")
            message = f"{label(name)} is larger than the limit of {allowed} MB ({setting})"
        else:
            shown, allowed = _size_pair(size, limit)
            message = f"{label(name)} is {shown} MB; the limit is {allowed} MB ({setting})"
        super().__init__(message)


class TextTooLong(IngestError):
    """More characters of text than Shortlist will parse and match; raised before any
    parsing.

    ``stored`` marks text already saved (imported, or saved under a higher limit): the
    request that meets it did not send it, so the web layer answers 422, not 413.
    """

    def __init__(self, name: str | None, chars: int, limit: int, *, stored: bool = False) -> None:
        self.stored = stored
        advice = (
            "add it again with only the part that matters"
            if stored
            else "paste or upload only the part that matters"
        )
        super().__init__(
            f"{label(name)} is {chars:,} characters of text, more than the {limit:,} "
            f"Shortlist will match (SHORTLIST_MAX_TEXT_CHARS); {advice}, or raise the setting"
        )


class EmptyDocument(IngestError):
    """Nothing but whitespace once read."""

    def __init__(self, name: str | None, *, zero_bytes: bool = False) -> None:
        if zero_bytes:
            message = f"{label(name)} is empty (0 bytes); choose the file again"
        else:
            message = f"no text found in {label(name)}; check it is the right file"
        super().__init__(message)


class CorruptDocument(IngestError):
    """Claims to be a PDF or DOCX but cannot be parsed as one."""

    def __init__(self, name: str | None, kind: str) -> None:
        why = "damaged or truncated" if kind == "PDF" else "damaged, or not a Word document"
        super().__init__(f"{label(name)} is not a readable {kind} ({why})")


class EncryptedDocument(IngestError):
    """Needs a password we do not have."""

    def __init__(self, name: str | None) -> None:
        super().__init__(f"{label(name)} is password-protected; remove the password and try again")


class NoTextLayer(IngestError):
    """A PDF whose pages are pictures of text."""

    def __init__(self, name: str | None) -> None:
        super().__init__(
            f"no text found in {label(name)} (it looks scanned); export it as text or DOCX"
        )


class TooManyPages(IngestError):
    """More PDF pages than the page cap."""

    def __init__(self, name: str | None, pages: int, limit: int) -> None:
        super().__init__(
            f"{label(name)} has {pages} pages; the limit is {limit} (SHORTLIST_MAX_PAGES): "
            "upload only the CV or the posting"
        )


class ParseTimeout(IngestError):
    """Reading took longer than the time budget."""

    def __init__(self, name: str | None, seconds: float) -> None:
        super().__init__(
            f"reading {label(name)} took longer than {seconds:g} s "
            "(SHORTLIST_PARSE_TIMEOUT_S); try a smaller or simpler file"
        )


class UnsafeDocument(IngestError):
    """Built to hurt the reader: a zip bomb or XML with a DTD or entities."""

    def __init__(self, name: str | None, why: str) -> None:
        super().__init__(f"{label(name)} was refused as unsafe: {why}")


class FetchError(IngestError):
    """A URL that could not or may not be fetched."""
