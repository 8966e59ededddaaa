"""The whole workspace at once: export, import, delete everything."""

from __future__ import annotations

import shutil
from typing import Any

from sqlalchemy import text as sql

from shortlist.storage import Repository
from shortlist.storage.export import dump, load
from shortlist.workspace.base import Conflict, Workspace
from shortlist.workspace.recordings import RECORDINGS_DIR


def export_all(ws: Workspace) -> dict[str, Any]:
    """The whole workspace as one JSON-ready dict, uploads included (base64)."""
    with ws.db.session() as session:
        return dump(session, ws.files, ws.db.revision())


def import_all(ws: Workspace, data: dict[str, Any]) -> None:
    """Load an :func:`export_all` dict into this workspace, which must be empty."""
    with ws.db.session() as session:
        if not Repository(session).is_empty():
            raise Conflict(
                "this workspace already holds data; import only into an empty one "
                "(export it first, then delete everything)"
            )
        load(session, ws.files, data)


def delete_everything(ws: Workspace) -> None:
    """Delete every row and every kept file, and compact the database so nothing lingers."""
    with ws.db.session() as session:
        Repository(session).delete_all_rows()
    ws.files.delete_all()
    # Answers being recorded live outside the file store until they are finished.
    shutil.rmtree(ws.settings.data_path() / RECORDINGS_DIR, ignore_errors=True)
    with ws.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sql("VACUUM"))
        if ws.db.is_sqlite:
            conn.execute(sql("PRAGMA wal_checkpoint(TRUNCATE)"))
