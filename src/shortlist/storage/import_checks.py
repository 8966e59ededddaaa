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
import functools
from dataclasses import dataclass
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Table,
)

from shortlist.storage.db import SCRIPT_LOCATION
from shortlist.storage.files import sha256_of
from shortlist.storage.import_values import (
    ImportLimits,
    TextLimit,
    check_constraints,
    minutes,
    over,
    value,
)
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
    _check_corrections(tables)
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
            column.name: value(column, row[column.name], where, limits)
            for column in table.columns
            if column.name in columns
        }
        values.update(copy.deepcopy(added))
        check_constraints(table, values, where)
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


def _check_corrections(tables: Rows) -> None:
    """A removed skill has a name, and a misread line is a line of its CV version, at the
    offset its row gives (the CV page could make no other)."""
    for row in tables.get("cv_removed_skills", []):
        if not row["skill"].strip():
            raise ValueError(f"cv_removed_skills row {row['id']}: skill is empty")
    texts = {row["id"]: row["text"] for row in tables.get("cv_versions", [])}
    for row in tables.get("cv_misread_lines", []):
        start, line = row["line_start"], row["line_text"]
        where = f"cv_misread_lines row {row['id']}"
        if not line.strip() or line != line.strip():
            raise ValueError(f"{where}: line_text must be a line, without space around it")
        if texts[row["cv_version_id"]][start : start + len(line)] != line:
            raise ValueError(
                f"{where}: CV version {row['cv_version_id']} does not have that line at "
                f"line_start {start}"
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
        too_long = f"{what} is longer than {minutes(limits)} (SHORTLIST_MAX_AUDIO_MINUTES)"
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
            shown, allowed = over(len(blob), limits.file_bytes)
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
                f"the audio of recording {row['id']} is longer than {minutes(limits)} "
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
