"""Every table and every kept file as one JSON-ready dict, and back again, losslessly.

The shape (docs/storage.md): ``{"format": "shortlist-export", "version": 1, "schema":
<migration>, "tables": {<table>: [<row>, ...]}, "files": {<sha256>: <base64>}}``.
Rows keep their ids, so links between them survive the trip.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import Any

from sqlalchemy import Column, Date, DateTime, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shortlist.storage.files import FileStore, sha256_of
from shortlist.storage.repository import Repository
from shortlist.storage.tables import Base

__all__ = ["EXPORT_FORMAT", "EXPORT_VERSION", "dump", "load"]

EXPORT_FORMAT = "shortlist-export"
EXPORT_VERSION = 1


def dump(session: Session, files: FileStore, schema: str | None) -> dict[str, Any]:
    """Every row of every table, and the bytes of every file a document keeps."""
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
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": schema,
        "tables": tables,
        "files": {name: base64.b64encode(files.read(name)).decode("ascii") for name in names},
    }


def load(session: Session, files: FileStore, data: object) -> None:
    """Insert what :func:`dump` produced into empty tables; ValueError if it is not one."""
    tables, blobs = _checked(data)
    written = [name for name in blobs if not files.exists(name)]
    for blob in blobs.values():
        files.put(blob)
    try:
        for table in Base.metadata.sorted_tables:
            rows = [
                {column.name: _from_json(column, row[column.name]) for column in table.columns}
                for row in tables.get(table.name, [])
            ]
            if rows:
                session.execute(insert(table), rows)
        Repository(session).reset_id_sequences()
        session.flush()
    except IntegrityError as error:
        for name in written:
            files.delete(name)
        raise ValueError(f"the export's rows do not fit together: {error.orig}") from error
    except BaseException:
        for name in written:
            files.delete(name)
        raise


def _checked(data: object) -> tuple[dict[str, list[dict[str, Any]]], dict[str, bytes]]:
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ValueError(f'not a Shortlist export: expected "format": "{EXPORT_FORMAT}"')
    if data.get("version") != EXPORT_VERSION:
        raise ValueError(
            f"unsupported export version {data.get('version')!r}; "
            f"this Shortlist reads version {EXPORT_VERSION}"
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ValueError('the export has no "tables" object')
    known = {table.name: table for table in Base.metadata.sorted_tables}
    for name, rows in tables.items():
        if name not in known:
            raise ValueError(f"the export has an unknown table {name!r}")
        if not isinstance(rows, list):
            raise ValueError(f"table {name!r} in the export is not a list of rows")
        columns = {column.name for column in known[name].columns}
        for row in rows:
            if not isinstance(row, dict) or set(row) != columns:
                raise ValueError(
                    f"a row of {name!r} in the export does not have the columns "
                    f"{', '.join(sorted(columns))}"
                )
    blobs = _files(data.get("files", {}))
    for row in tables.get("documents", []):
        if row["sha256"] not in blobs:
            raise ValueError(f"the export lacks the file of document {row['id']}")
    for row in tables.get("recordings", []):
        if row["audio_sha256"] and row["audio_sha256"] not in blobs:
            raise ValueError(f"the export lacks the audio of recording {row['id']}")
    return tables, blobs


def _files(raw: object) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise ValueError('"files" in the export is not an object')
    blobs: dict[str, bytes] = {}
    for name, encoded in raw.items():
        try:
            blob = base64.b64decode(str(encoded), validate=True)
        except binascii.Error as error:
            raise ValueError(f"file {name} in the export is not valid base64") from error
        if sha256_of(blob) != name:
            raise ValueError(f"file {name} in the export does not match its sha256")
        blobs[name] = blob
    return blobs


def _to_json(column: Column[Any], value: Any) -> Any:
    if value is not None and isinstance(column.type, DateTime | Date):
        return value.isoformat()
    return value


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    try:
        if isinstance(column.type, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(column.type, Date):
            return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{column.table.name}.{column.name}: not a date: {value!r}") from error
    return value
