"""One value of an imported row, checked against its column: its type and range, a
time's zone and precision, a text's characters and size (the limits of the paste and
upload paths), a file name, a content type, a JSON column's shape, a CHECK constraint.
Each failure is one ValueError naming the row and the column."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
)

from shortlist.storage.json_shapes import SHAPES

__all__ = [
    "MB",
    "ImportLimits",
    "TextLimit",
    "check_characters",
    "check_constraints",
    "minutes",
    "over",
    "show",
    "value",
]

MB = 1024 * 1024

# RFC 6838 type/subtype names, without parameters (Shortlist stores none).
_MIME_NAME = r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
_MIME_TYPE = re.compile(rf"{_MIME_NAME}/{_MIME_NAME}", re.ASCII)
# Python's fromisoformat drops digits past microseconds without a word; we refuse them.
_SUBMICROSECOND = re.compile(r"[.,]\d{7,}")
_CHECK_IN = re.compile(r"^(\w+) IN \((.*)\)$")
_CHECK_AT_LEAST = re.compile(r"^(\w+) >= (-?\d+)$")


@dataclass(frozen=True)
class ImportLimits:
    """How much one import may hold: the workspace gives the limits its own paste and
    upload paths apply, so an export cannot carry in what they would refuse."""

    #: An uploaded document's file, in bytes (SHORTLIST_MAX_FILE_MB).
    file_bytes: int
    #: A recording's samples, in bytes (SHORTLIST_MAX_AUDIO_MINUTES of 16 kHz audio).
    audio_bytes: int
    #: Any text or JSON value without a limit of its own, in UTF-8 bytes (a paste).
    text_bytes: int
    #: "table.column": most characters, for columns their own path limits in characters.
    text_chars: Mapping[str, TextLimit] = field(default_factory=dict)


class TextLimit(NamedTuple):
    """Most characters of a column, what it is (for the message) and the setting that
    raises it, if one does."""

    most: int
    what: str
    setting: str | None = None


def value(column: Column[Any], raw: Any, where: str, limits: ImportLimits) -> Any:
    """``raw`` as the value ``column`` stores; ValueError saying what is wrong with it."""
    name, kind = column.name, column.type
    if raw is None:
        if not column.nullable:
            raise ValueError(f"{where}: {name} is null, but it must have a value")
        return None
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise ValueError(f"{where}: {name} must be true or false, not {show(raw)}")
        return raw
    if isinstance(kind, Integer):
        # bool is an int to Python, but true is not a number in an export.
        if type(raw) is not int:
            raise ValueError(f"{where}: {name} must be a whole number, not {show(raw)}")
        bits = 63 if isinstance(kind, BigInteger) else 31
        if not -(2**bits) <= raw < 2**bits:
            raise ValueError(f"{where}: {name} {raw} is out of range (a {bits + 1}-bit number)")
        return raw
    if isinstance(kind, Float):
        if type(raw) not in (int, float) or not math.isfinite(raw):
            raise ValueError(f"{where}: {name} must be a number, not {show(raw)}")
        return float(raw)
    if isinstance(kind, DateTime):
        return _timestamp(raw, f"{where}: {name}")
    if isinstance(kind, Date):
        if not isinstance(raw, str):
            raise ValueError(f"{where}: {name} must be a date (YYYY-MM-DD), not {show(raw)}")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError as error:
            raise ValueError(f"{where}: {name} is not a date: {show(raw)}") from error
    if isinstance(kind, JSON):
        return _json(column, raw, where, limits)
    if isinstance(kind, String):
        return _text(column, raw, where, limits)
    raise AssertionError(f"no import check for {column.table.name}.{name} ({kind!r})")


def _timestamp(raw: object, what: str) -> dt.datetime:
    """An ISO 8601 time as the naive UTC the tables store: one with an offset is moved to
    UTC, one without is taken as UTC already, and none loses a digit."""
    if not isinstance(raw, str):
        raise ValueError(f"{what} must be an ISO 8601 time, not {show(raw)}")
    if _SUBMICROSECOND.search(raw):
        raise ValueError(f"{what} is more precise than a microsecond: {show(raw)}")
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError as error:
        raise ValueError(f"{what} is not an ISO 8601 time: {show(raw)}") from error
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    except OverflowError as error:
        raise ValueError(f"{what} is out of range once moved to UTC: {show(raw)}") from error


def _text(column: Column[Any], raw: object, where: str, limits: ImportLimits) -> str:
    name = column.name
    if not isinstance(raw, str):
        raise ValueError(f"{where}: {name} must be text, not {show(raw)}")
    check_characters(raw, f"{where}: {name}")
    length = getattr(column.type, "length", None)
    if length is not None and len(raw) > length:
        raise ValueError(f"{where}: {name} is {len(raw):,} characters; it holds at most {length:,}")
    _check_size(column, raw, where, limits)
    key = f"{column.table.name}.{name}"
    if key == "documents.filename":
        _check_filename(raw, where)
    elif key == "documents.content_type" and not _MIME_TYPE.fullmatch(raw):
        raise ValueError(f"{where}: content_type {show(raw)} is not a MIME type (type/subtype)")
    elif key == "jobs.source_url" and not raw.startswith(("http://", "https://")):
        raise ValueError(f"{where}: source_url must be an http or https link, not {show(raw)}")
    return raw


def check_characters(value: str, what: str) -> None:
    # Neither database stores NUL in text, and a lone surrogate is not UTF-8 at all.
    if "\x00" in value:
        raise ValueError(f"{what} holds a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"{what} holds an unpaired UTF-16 surrogate") from error


def _check_size(column: Column[Any], value: str, where: str, limits: ImportLimits) -> None:
    key = f"{column.table.name}.{column.name}"
    limit = limits.text_chars.get(key)
    if limit is not None and len(value) > limit.most:
        setting = f" ({limit.setting})" if limit.setting else ""
        raise ValueError(
            f"{where}: {column.name} is {len(value):,} characters; {limit.what} holds at "
            f"most {limit.most:,}{setting}"
        )
    # Cheap bound first: UTF-8 takes at most 4 bytes a character.
    if len(value) * 4 > limits.text_bytes:
        size = len(value.encode("utf-8"))
        if size > limits.text_bytes:
            shown, allowed = over(size, limits.text_bytes)
            raise ValueError(
                f"{where}: {column.name} is {shown}; a pasted or uploaded text holds at most "
                f"{allowed} (SHORTLIST_MAX_FILE_MB)"
            )


def _check_filename(name: str, where: str) -> None:
    """A file name as an upload keeps it: a name alone, nothing that breaks a header."""
    if any(unicodedata.category(c) == "Cc" or c in "\u2028\u2029" for c in name):
        raise ValueError(f"{where}: filename {show(name)} holds a control character")
    if "/" in name or "\\" in name:
        raise ValueError(f"{where}: filename {show(name)} holds a folder (/ or \\)")
    if name.strip() in ("", ".", ".."):
        raise ValueError(f"{where}: filename {show(name)} is not a file name")


def _json(column: Column[Any], raw: object, where: str, limits: ImportLimits) -> Any:
    key = f"{column.table.name}.{column.name}"
    shape = SHAPES.get(key)
    if shape is None:
        raise AssertionError(
            f"no import shape for the JSON column {key}; add it to SHAPES in json_shapes.py"
        )
    if not shape.fits(raw):
        raise ValueError(f"{where}: {column.name} must be {shape.description}, not {show(raw)}")
    # Every string in it, at any depth (the depth is already bounded).
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            check_characters(value, f"{where}: {column.name}")
        elif isinstance(value, dict):
            for k in value:
                check_characters(k, f"{where}: {column.name}")
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{where}: {column.name} holds {value}, which is not a number")
    size = len(json.dumps(raw, ensure_ascii=False).encode("utf-8"))
    if size > limits.text_bytes:
        shown, allowed = over(size, limits.text_bytes)
        raise ValueError(
            f"{where}: {column.name} is {shown} of JSON; a value holds at most {allowed} "
            "(SHORTLIST_MAX_FILE_MB)"
        )
    return raw


def check_constraints(table: Table, values: dict[str, Any], where: str) -> None:
    """The table's simple CHECK constraints (``x IN (...)``, ``x >= n``), checked here so
    the message names the row on both databases."""
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        condition = str(constraint.sqltext)
        if found := _CHECK_IN.match(condition):
            name, allowed = found.group(1), re.findall(r"'([^']*)'", found.group(2))
            if values[name] is not None and values[name] not in allowed:
                raise ValueError(
                    f"{where}: {name} must be one of {', '.join(allowed)}, not {show(values[name])}"
                )
        elif found := _CHECK_AT_LEAST.match(condition):
            name, least = found.group(1), int(found.group(2))
            if values[name] is not None and values[name] < least:
                raise ValueError(f"{where}: {name} must be at least {least}, not {values[name]}")


def show(value: object) -> str:
    """A value for a message: its kind for containers, else its start."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def over(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` in MB, with enough decimals that a size just over the limit
    does not read as equal to it (as ingestion's TooLarge says it)."""
    for decimals in (1, 2, 3, 6):
        shown = f"{size / MB:.{decimals}f}"
        allowed = f"{limit / MB:.{decimals}f}".rstrip("0").rstrip(".")
        if float(shown) != float(allowed):
            return f"{shown} MB", f"{allowed} MB"
    return f"{size:,} bytes", f"{limit:,} bytes"


def minutes(limits: ImportLimits) -> str:
    # 16 kHz, 16-bit, mono: 32,000 bytes a second.
    return f"{limits.audio_bytes / 32_000 / 60:g} minutes"
