"""What an import is checked against, value by value, before a row of it is written.

An export is a file the user hands in, so nothing in it is trusted: every value is
checked against its column (type, range, length, the size limits of the paste and
upload paths, time zone, nesting, links between rows, the files and audio rows keep),
and anything wrong is one ValueError naming the row and the column. export.py holds the
shape and the loading; this module the checks and the limits they apply.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as dt
import functools
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from alembic.config import Config
from alembic.script import ScriptDirectory
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

from shortlist.storage.db import SCRIPT_LOCATION
from shortlist.storage.files import sha256_of
from shortlist.storage.json_shapes import SHAPES
from shortlist.storage.tables import Base

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_DEPTH",
    "NO_AUDIO",
    "READABLE_VERSIONS",
    "ROW_CHANGES",
    "ImportLimits",
    "Loaded",
    "Rows",
    "TextLimit",
    "checked",
    "migrations",
    "too_deep",
]

EXPORT_FORMAT = "shortlist-export"
#: 2 added ``recording_pcm``, the audio of recordings not finished yet.
EXPORT_VERSION = 2
#: Version 1 still imports; its unfinished recordings come without their audio.
READABLE_VERSIONS = (1, 2)
#: Deepest nesting of objects and arrays an export may have. A real export reaches 8
#: (a match report inside its row inside its table); refusing past this keeps every
#: parser and walker far from Python's recursion limit.
MAX_DEPTH = 32
MB = 1024 * 1024
#: A kept recording is a WAV: its samples after a 44-byte header.
WAV_HEADER_BYTES = 44

#: What each migration changed in the rows an export holds, so an export written before
#: it can still be read: the columns it added to existing tables, with the value the
#: migration gave existing rows. Tables a migration created are simply absent from older
#: exports. A migration that adds, drops or renames a column of an existing table needs
#: its entry here (tests/storage/test_export.py checks the migrations against it).
ROW_CHANGES: dict[str, dict[str, dict[str, Any]]] = {
    "0006": {"practice_sessions": {"voice": False}},
    "0007": {"recordings": {"chunk_digests": [], "attempts": 0}},
}

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


@dataclass(frozen=True)
class Loaded:
    """What :func:`load` did outside the session, for the caller to finish or undo."""

    #: Files it added to the store (not those already there); delete them if the
    #: transaction does not commit.
    written: list[str]
    #: Recording id to the raw 16-bit PCM of a recording not finished yet, to be put
    #: where the recorder keeps it.
    pcm: dict[int, bytes]


@functools.cache
def migrations() -> tuple[str, ...]:
    """Every migration this Shortlist ships, oldest first."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    script = ScriptDirectory.from_config(config)
    return tuple(reversed([revision.revision for revision in script.walk_revisions()]))


# checking


Rows = dict[str, list[dict[str, Any]]]


def checked(data: object, limits: ImportLimits) -> tuple[Rows, dict[str, bytes], dict[int, bytes]]:
    """The rows (as column values), files and recording audio of an export, every value
    checked; ValueError at the first that is wrong."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ValueError(f'not a Shortlist export: expected "format": "{EXPORT_FORMAT}"')
    version = data.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise ValueError(
            f"unsupported export version {version!r}; this Shortlist reads versions {readable}"
        )
    _check_depth(data)
    blobs = _files(data.get("files", {}))
    added = _added_since(data.get("schema"))
    raw_tables = data.get("tables")
    if not isinstance(raw_tables, dict):
        raise ValueError('the export has no "tables" object')
    known = {table.name: table for table in Base.metadata.sorted_tables}
    tables: Rows = {}
    for name, rows in raw_tables.items():
        if name not in known:
            raise ValueError(f"the export has an unknown table {name!r}")
        tables[name] = _rows(known[name], rows, added.get(name, {}), limits)
    _check_links(tables)
    pcm = _pcm(data.get("recording_pcm", {}), limits) if version >= 2 else {}
    _check_kept_files(tables, blobs, limits)
    _check_recording_audio(tables, pcm)
    return tables, blobs, pcm


def _check_depth(data: object) -> None:
    # By hand, not recursively: walking a deep document must not hit the limit it checks.
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = list(value.values())
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            raise ValueError(too_deep())
        stack.extend((child, depth + 1) for child in children)


def too_deep() -> str:
    return (
        f"the export nests objects and arrays more than {MAX_DEPTH} levels deep; "
        "Shortlist never writes one like that"
    )


def _added_since(schema: object) -> dict[str, dict[str, Any]]:
    """The columns migrations after ``schema`` added, by table, with their values."""
    known = migrations()
    if not isinstance(schema, str) or schema not in known:
        raise ValueError(
            f"the export was written at database migration {schema!r}, which this Shortlist "
            f"does not know (it knows {known[0]} to {known[-1]}); import it with the "
            "Shortlist that wrote it or a newer one"
        )
    added: dict[str, dict[str, Any]] = {}
    for revision in known[known.index(schema) + 1 :]:
        for table, columns in ROW_CHANGES.get(revision, {}).items():
            added.setdefault(table, {}).update(columns)
    return added


def _rows(
    table: Table, rows: object, added: dict[str, Any], limits: ImportLimits
) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise ValueError(f"table {table.name!r} in the export is not a list of rows")
    columns = {column.name for column in table.columns} - set(added)
    checked: list[dict[str, Any]] = []
    seen: set[int] = set()
    for index, row in enumerate(rows):
        if not isinstance(row, dict) or set(row) != columns:
            raise ValueError(
                f"a row of {table.name!r} in the export does not have the columns "
                f"{', '.join(sorted(columns))}"
            )
        where = _where(table.name, row, index)
        values = {
            column.name: _value(column, row[column.name], where, limits)
            for column in table.columns
            if column.name in columns
        }
        values.update(copy.deepcopy(added))
        _check_constraints(table, values, where)
        if values["id"] in seen:
            raise ValueError(f"{where}: the id {values['id']} is used by two rows")
        seen.add(values["id"])
        checked.append(values)
    return checked


def _where(table: str, row: dict[str, Any], index: int) -> str:
    ident = row.get("id")
    if type(ident) is int:
        return f"{table} row {ident}"
    return f"{table} row #{index + 1} (counting from 1)"


def _value(column: Column[Any], raw: Any, where: str, limits: ImportLimits) -> Any:
    """``raw`` as the value ``column`` stores; ValueError saying what is wrong with it."""
    name, kind = column.name, column.type
    if raw is None:
        if not column.nullable:
            raise ValueError(f"{where}: {name} is null, but it must have a value")
        return None
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise ValueError(f"{where}: {name} must be true or false, not {_show(raw)}")
        return raw
    if isinstance(kind, Integer):
        # bool is an int to Python, but true is not a number in an export.
        if type(raw) is not int:
            raise ValueError(f"{where}: {name} must be a whole number, not {_show(raw)}")
        bits = 63 if isinstance(kind, BigInteger) else 31
        if not -(2**bits) <= raw < 2**bits:
            raise ValueError(f"{where}: {name} {raw} is out of range (a {bits + 1}-bit number)")
        return raw
    if isinstance(kind, Float):
        if type(raw) not in (int, float) or not math.isfinite(raw):
            raise ValueError(f"{where}: {name} must be a number, not {_show(raw)}")
        return float(raw)
    if isinstance(kind, DateTime):
        return _timestamp(raw, f"{where}: {name}")
    if isinstance(kind, Date):
        if not isinstance(raw, str):
            raise ValueError(f"{where}: {name} must be a date (YYYY-MM-DD), not {_show(raw)}")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError as error:
            raise ValueError(f"{where}: {name} is not a date: {_show(raw)}") from error
    if isinstance(kind, JSON):
        return _json(column, raw, where, limits)
    if isinstance(kind, String):
        return _text(column, raw, where, limits)
    raise AssertionError(f"no import check for {column.table.name}.{name} ({kind!r})")


def _timestamp(raw: object, what: str) -> dt.datetime:
    """An ISO 8601 time as the naive UTC the tables store: one with an offset is moved to
    UTC, one without is taken as UTC already, and none loses a digit."""
    if not isinstance(raw, str):
        raise ValueError(f"{what} must be an ISO 8601 time, not {_show(raw)}")
    if _SUBMICROSECOND.search(raw):
        raise ValueError(f"{what} is more precise than a microsecond: {_show(raw)}")
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError as error:
        raise ValueError(f"{what} is not an ISO 8601 time: {_show(raw)}") from error
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    except OverflowError as error:
        raise ValueError(f"{what} is out of range once moved to UTC: {_show(raw)}") from error


def _text(column: Column[Any], raw: object, where: str, limits: ImportLimits) -> str:
    name = column.name
    if not isinstance(raw, str):
        raise ValueError(f"{where}: {name} must be text, not {_show(raw)}")
    _check_characters(raw, f"{where}: {name}")
    length = getattr(column.type, "length", None)
    if length is not None and len(raw) > length:
        raise ValueError(f"{where}: {name} is {len(raw):,} characters; it holds at most {length:,}")
    _check_size(column, raw, where, limits)
    key = f"{column.table.name}.{name}"
    if key == "documents.filename":
        _check_filename(raw, where)
    elif key == "documents.content_type" and not _MIME_TYPE.fullmatch(raw):
        raise ValueError(f"{where}: content_type {_show(raw)} is not a MIME type (type/subtype)")
    elif key == "jobs.source_url" and not raw.startswith(("http://", "https://")):
        raise ValueError(f"{where}: source_url must be an http or https link, not {_show(raw)}")
    return raw


def _check_characters(value: str, what: str) -> None:
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
            shown, allowed = _over(size, limits.text_bytes)
            raise ValueError(
                f"{where}: {column.name} is {shown}; a pasted or uploaded text holds at most "
                f"{allowed} (SHORTLIST_MAX_FILE_MB)"
            )


def _check_filename(name: str, where: str) -> None:
    """A file name as an upload keeps it: a name alone, nothing that breaks a header."""
    if any(unicodedata.category(c) == "Cc" or c in "\u2028\u2029" for c in name):
        raise ValueError(f"{where}: filename {_show(name)} holds a control character")
    if "/" in name or "\\" in name:
        raise ValueError(f"{where}: filename {_show(name)} holds a folder (/ or \\)")
    if name.strip() in ("", ".", ".."):
        raise ValueError(f"{where}: filename {_show(name)} is not a file name")


def _json(column: Column[Any], raw: object, where: str, limits: ImportLimits) -> Any:
    key = f"{column.table.name}.{column.name}"
    shape = SHAPES.get(key)
    if shape is None:
        raise AssertionError(
            f"no import shape for the JSON column {key}; add it to SHAPES in json_shapes.py"
        )
    if not shape.fits(raw):
        raise ValueError(f"{where}: {column.name} must be {shape.description}, not {_show(raw)}")
    # Every string in it, at any depth (the depth is already bounded).
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            _check_characters(value, f"{where}: {column.name}")
        elif isinstance(value, dict):
            for k in value:
                _check_characters(k, f"{where}: {column.name}")
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{where}: {column.name} holds {value}, which is not a number")
    size = len(json.dumps(raw, ensure_ascii=False).encode("utf-8"))
    if size > limits.text_bytes:
        shown, allowed = _over(size, limits.text_bytes)
        raise ValueError(
            f"{where}: {column.name} is {shown} of JSON; a value holds at most {allowed} "
            "(SHORTLIST_MAX_FILE_MB)"
        )
    return raw


def _check_constraints(table: Table, values: dict[str, Any], where: str) -> None:
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
                    f"{where}: {name} must be one of {', '.join(allowed)}, "
                    f"not {_show(values[name])}"
                )
        elif found := _CHECK_AT_LEAST.match(condition):
            name, least = found.group(1), int(found.group(2))
            if values[name] is not None and values[name] < least:
                raise ValueError(f"{where}: {name} must be at least {least}, not {values[name]}")


def _check_links(tables: Rows) -> None:
    """Every foreign key names a row of the export (the databases would say only that
    some constraint failed)."""
    ids = {name: {row["id"] for row in rows} for name, rows in tables.items()}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                for row in tables.get(table.name, []):
                    value = row[column.name]
                    if value is not None and value not in ids.get(target, set()):
                        raise ValueError(
                            f"{table.name} row {row['id']}: {column.name} {value} names no "
                            f"{target} row in the export"
                        )


def _files(raw: object) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise ValueError('"files" in the export is not an object')
    blobs: dict[str, bytes] = {}
    for name, encoded in raw.items():
        blob = _base64(encoded, f"file {name} in the export")
        if sha256_of(blob) != name:
            raise ValueError(f"file {name} in the export does not match its sha256")
        blobs[name] = blob
    return blobs


def _pcm(raw: object, limits: ImportLimits) -> dict[int, bytes]:
    if not isinstance(raw, dict):
        raise ValueError('"recording_pcm" in the export is not an object')
    audio: dict[int, bytes] = {}
    for key, encoded in raw.items():
        if not isinstance(key, str) or not (key.isascii() and key.isdigit()) or len(key) > 10:
            raise ValueError(f'"recording_pcm" in the export names {key!r}, not a recording id')
        what = f"the audio of recording {key} in the export"
        too_long = f"{what} is longer than {_minutes(limits)} (SHORTLIST_MAX_AUDIO_MINUTES)"
        # Checked before decoding too: base64 is 4/3 the size of what it holds.
        if isinstance(encoded, str) and len(encoded) * 3 // 4 > limits.audio_bytes + 2:
            raise ValueError(too_long)
        pcm = _base64(encoded, what)
        if len(pcm) > limits.audio_bytes:
            raise ValueError(too_long)
        if len(pcm) % 2:
            raise ValueError(f"{what} is not 16-bit samples: its length is odd")
        audio[int(key)] = pcm
    return audio


def _base64(encoded: object, what: str) -> bytes:
    if not isinstance(encoded, str):
        raise ValueError(f"{what} is not base64 text")
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:  # ValueError: non-ASCII characters
        raise ValueError(f"{what} is not valid base64") from error


def _check_kept_files(tables: Rows, blobs: dict[str, bytes], limits: ImportLimits) -> None:
    """Each file is the one its rows say, within the limit its upload path has, and no
    file comes without a row (it would be left in the store with nothing pointing at it)."""
    used: set[str] = set()
    for row in tables.get("documents", []):
        blob = blobs.get(row["sha256"])
        if blob is None:
            raise ValueError(f"the export lacks the file of document {row['id']}")
        if row["size"] != len(blob):
            raise ValueError(
                f"documents row {row['id']}: size {row['size']:,} is not the size of its "
                f"file ({len(blob):,} bytes)"
            )
        if len(blob) > limits.file_bytes:
            shown, allowed = _over(len(blob), limits.file_bytes)
            raise ValueError(
                f"the file of document {row['id']} is {shown}; an upload holds at most "
                f"{allowed} (SHORTLIST_MAX_FILE_MB)"
            )
        used.add(row["sha256"])
    for row in tables.get("recordings", []):
        sha256 = row["audio_sha256"]
        if sha256 is None:
            continue
        blob = blobs.get(sha256)
        if blob is None:
            raise ValueError(f"the export lacks the audio of recording {row['id']}")
        if len(blob) > limits.audio_bytes + WAV_HEADER_BYTES:
            raise ValueError(
                f"the audio of recording {row['id']} is longer than {_minutes(limits)} "
                "(SHORTLIST_MAX_AUDIO_MINUTES)"
            )
        used.add(sha256)
    for name in blobs:
        if name not in used:
            raise ValueError(f"file {name} in the export belongs to no document or recording")


#: What an unfinished recording whose audio the export lacks becomes (a version 1
#: export, or a file gone when it was made): failed, saying so, rather than the import.
NO_AUDIO = "its audio was not in the export; record this answer again"


def _check_recording_audio(tables: Rows, pcm: dict[int, bytes]) -> None:
    """The audio of each unfinished recording is as long as its row says; one without
    audio in the export is imported as failed, with nothing recorded."""
    unfinished = {
        row["id"]: row
        for row in tables.get("recordings", [])
        if row["audio_sha256"] is None and row["byte_count"] > 0
    }
    for recording_id, audio in pcm.items():
        found = unfinished.get(recording_id)
        if found is None:
            raise ValueError(
                f'"recording_pcm" in the export has audio for {recording_id}, which is no '
                "unfinished recording in it"
            )
        if len(audio) != found["byte_count"]:
            raise ValueError(
                f"the audio of recording {recording_id} in the export is {len(audio):,} "
                f"bytes; its row says {found['byte_count']:,}"
            )
    for recording_id, row in unfinished.items():
        if recording_id not in pcm:
            row.update(status="failed", error=NO_AUDIO, byte_count=0, chunks=0)
            if "chunk_digests" in row:
                row["chunk_digests"] = []


def _show(value: object) -> str:
    """A value for a message: its kind for containers, else its start."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _over(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` in MB, with enough decimals that a size just over the limit
    does not read as equal to it (as ingestion's TooLarge says it)."""
    for decimals in (1, 2, 3, 6):
        shown = f"{size / MB:.{decimals}f}"
        allowed = f"{limit / MB:.{decimals}f}".rstrip("0").rstrip(".")
        if float(shown) != float(allowed):
            return f"{shown} MB", f"{allowed} MB"
    return f"{size:,} bytes", f"{limit:,} bytes"


def _minutes(limits: ImportLimits) -> str:
    # 16 kHz, 16-bit, mono: 32,000 bytes a second.
    return f"{limits.audio_bytes / 32_000 / 60:g} minutes"
