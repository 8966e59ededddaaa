"""The whole workspace at once: its data version, export and import, delete everything."""

from __future__ import annotations

import threading

from sqlalchemy import Connection, Engine, delete, func, select, text
from sqlalchemy.exc import DBAPIError

from shortlist.storage.db import Database
from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import DATA_VERSION, Base, DocumentRow, RecordingRow

__all__ = ["DataVersionReader", "WorkspaceData", "compact", "read_data_version"]

#: Plain SQL: read on every request, it skips building and caching a statement each time.
DATA_VERSION_SQL = "SELECT version FROM data_version WHERE id = 1"
#: PostgreSQL advisory lock key held by an import's transaction ("SLIMPORT" in ASCII).
IMPORT_LOCK = 0x534C494D504F5254


class WorkspaceData(Repository):
    def data_version(self) -> int:
        """The number every committed write raises (triggers of migration 0002)."""
        query = select(DATA_VERSION.c.version).where(DATA_VERSION.c.id == 1)
        return int(self._session.execute(query).scalar_one())

    def file_in_use(self, sha256: str) -> bool:
        """Whether a document or a recording still keeps the file ``sha256``."""
        for column in (DocumentRow.sha256, RecordingRow.audio_sha256):
            if self._session.scalar(select(func.count()).where(column == sha256)):
                return True
        return False

    def lock_for_import(self) -> None:
        """Hold off any other import until this transaction ends. PostgreSQL takes an
        advisory lock; an SQLite transaction already holds the database's write lock."""
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})

    def is_empty(self) -> bool:
        return all(
            self._session.scalar(select(func.count()).select_from(table)) == 0
            for table in Base.metadata.sorted_tables
        )

    def delete_all_rows(self) -> None:
        """Every row of every table, children first."""
        for table in reversed(Base.metadata.sorted_tables):
            self._session.execute(delete(table))
        self._session.flush()

    def reset_id_sequences(self) -> None:
        """After rows were inserted with explicit ids, make new ids start above them.

        PostgreSQL's serial sequences do not see explicit ids; SQLite takes max(id) + 1.
        """
        if self._session.get_bind().dialect.name != "postgresql":
            return
        for table in Base.metadata.sorted_tables:
            self._session.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                ),
                {"table": table.name},
            )


def read_data_version(connection: Connection) -> int:
    """:meth:`WorkspaceData.data_version` on a bare connection, outside any session."""
    return int(connection.exec_driver_sql(DATA_VERSION_SQL).scalar_one())


def compact(db: Database) -> None:
    """Give the space of deleted rows back, so nothing of them lingers in the files:
    VACUUM (outside any transaction) and, on SQLite, the write-ahead log emptied too."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM"))
        if db.is_sqlite:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


class DataVersionReader:
    """Reads the data version on one connection kept for it, in autocommit mode.

    Every request reads the version, most read nothing else. Through the pool each read
    would also cost a checkout (with its liveness ping) and a BEGIN and a COMMIT: on
    PostgreSQL four round trips instead of one (measured 1 ms against 0.26 ms).
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._connection: Connection | None = None

    def read(self) -> int:
        """The current data version (each read sees the latest committed writes)."""
        with self._lock:
            for attempt in (1, 2):
                if self._connection is None:
                    self._connection = self._engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT"
                    )
                try:
                    return read_data_version(self._connection)
                except DBAPIError as error:
                    self._drop()
                    # A connection the server dropped (a restart): one fresh try.
                    if attempt == 2 or not error.connection_invalidated:
                        raise
            raise AssertionError("unreachable")

    def close(self) -> None:
        """Give the connection back."""
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
