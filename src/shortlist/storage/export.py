"""Every table and every kept file as one JSON-ready dict, and back again, losslessly.

The shape (docs/storage.md): ``{"format": "shortlist-export", "version": 2, "schema":
<migration>, "tables": {<table>: [<row>, ...]}, "files": {<sha256>: <base64>},
"recording_pcm": {<recording id>: <base64>}}``. Rows keep their ids, so links between
them survive the trip.

An export is a file the user hands in, so :func:`load` trusts nothing in it: every
value is checked against its column (type, length, the size limits of the paste and
upload paths, time zone, nesting) before a row is written, and anything wrong is one
ValueError naming the row and the column, never a half-written workspace.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Date, DateTime, insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from shortlist.storage.files import FileStore
from shortlist.storage.import_checks import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_DEPTH,
    NO_AUDIO,
    READABLE_VERSIONS,
    ROW_CHANGES,
    ImportLimits,
    Loaded,
    TextLimit,
    checked,
    migrations,
    too_deep,
)
from shortlist.storage.repositories.workspace_data import WorkspaceData
from shortlist.storage.tables import Base

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_DEPTH",
    "NO_AUDIO",
    "READABLE_VERSIONS",
    "ROW_CHANGES",
    "Checked",
    "ImportLimits",
    "Loaded",
    "TextLimit",
    "check",
    "dump",
    "load",
    "migrations",
    "parse",
]


def dump(
    session: Session,
    files: FileStore,
    schema: str | None,
    pcm: Callable[[int, int], bytes | None],
) -> dict[str, Any]:
    """Every row of every table, the bytes of every file a row keeps, and the audio of
    every recording not finished yet (``pcm(recording id, byte_count)`` reads it)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        rows = session.execute(select(table).order_by(table.c.id)).mappings()
        tables[table.name] = [
            {column.name: _to_json(column, row[column.name]) for column in table.columns}
            for row in rows
        ]
    # Uploaded documents and recorded answers keep their bytes in the file store.
    names = sorted(
        {row["sha256"] for row in tables["documents"]}
        | {row["audio_sha256"] for row in tables["recordings"] if row["audio_sha256"]}
    )
    # Until it is finished, a recording's audio lives outside the file store.
    unfinished: dict[str, str] = {}
    for row in tables["recordings"]:
        if row["audio_sha256"] is None and row["byte_count"] > 0:
            audio = pcm(row["id"], row["byte_count"])
            if audio is not None:
                unfinished[str(row["id"])] = base64.b64encode(audio).decode("ascii")
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": schema,
        "tables": tables,
        "files": {name: base64.b64encode(files.read(name)).decode("ascii") for name in names},
        "recording_pcm": unfinished,
    }


def parse(data: bytes) -> dict[str, Any]:
    """The JSON object in an export file; ValueError saying why it is not one."""
    try:
        parsed = json.loads(data)
    except RecursionError as error:
        # The parser recurses once per level and gives up long before memory does.
        raise ValueError(too_deep()) from error
    except ValueError as error:  # not JSON, not UTF-8, or an integer of 4,300+ digits
        raise ValueError("that file is not a Shortlist export (it is not JSON)") from error
    if not isinstance(parsed, dict):
        raise ValueError("that file is not a Shortlist export (no JSON object in it)")
    return parsed


@dataclass(frozen=True)
class Checked:
    """An export whose every value :func:`check` found right, ready for :func:`load`."""

    #: Table name to its rows, as column values.
    tables: dict[str, list[dict[str, Any]]]
    #: sha256 to the bytes of each file a row keeps.
    blobs: dict[str, bytes]
    #: Recording id to the raw PCM of a recording not finished yet.
    pcm: dict[int, bytes]


def check(data: object, limits: ImportLimits) -> Checked:
    """What :func:`dump` produced, every value checked; ValueError at the first that is
    wrong. Done before the import's transaction opens: it may take a while, and on
    SQLite a transaction holds the write lock from its start."""
    return Checked(*checked(data, limits))


def load(session: Session, files: FileStore, checked: Checked) -> Loaded:
    """Insert a :func:`check`-ed export into empty tables.

    Files it adds are deleted again if inserting fails; if the caller's transaction
    fails later, it deletes ``written``.
    """
    tables, blobs, pcm = checked.tables, checked.blobs, checked.pcm
    written = [name for name in blobs if not files.exists(name)]
    try:
        for blob in blobs.values():
            files.put(blob)
        for table in Base.metadata.sorted_tables:
            if tables.get(table.name):
                session.execute(insert(table), tables[table.name])
        WorkspaceData(session).reset_id_sequences()
        session.flush()
    except (IntegrityError, DataError) as error:
        _delete(files, written)
        reason = str(error.orig).strip().splitlines()[0]
        raise ValueError(f"the export's rows do not fit together: {reason}") from error
    except BaseException:
        _delete(files, written)
        raise
    return Loaded(written, pcm)


def _delete(files: FileStore, names: list[str]) -> None:
    for name in names:
        files.delete(name)


def _to_json(column: Column[Any], value: Any) -> Any:
    if value is not None and isinstance(column.type, DateTime | Date):
        return value.isoformat()
    return value
