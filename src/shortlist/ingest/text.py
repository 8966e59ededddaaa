"""Plain text and Markdown: bytes to str, with an honest guess when it is not UTF-8."""

from __future__ import annotations

import codecs

from shortlist.ingest.errors import UnsupportedType, label

_SAMPLE = 8192
#: Share of control characters above which "text" is really a binary file.
_MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 32 or 127 <= code < 160) and char not in _ALLOWED_CONTROLS


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for char in sample if _is_control(char))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def decode(
    data: bytes, name: str | None, declared: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """Text and warnings: BOM, then ``declared`` charset, then UTF-8, cp1252, latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), ()
    text, warnings = _decode_without_bom(data, name, declared)
    if _looks_binary(text):
        raise UnsupportedType.binary(name)
    return text, warnings


def _decode_without_bom(
    data: bytes, name: str | None, declared: str | None
) -> tuple[str, tuple[str, ...]]:
    if declared:
        try:
            return data.decode(declared), ()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset label is common; guess as if there were none
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        encoding = "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "Latin-1"
    return text, (f"{label(name)} is not UTF-8; read it as {encoding}, so check accented letters",)
