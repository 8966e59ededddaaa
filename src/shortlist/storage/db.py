"""The database: one engine per process, sessions, and Alembic run from code.

SQLite is the default (a file in the data directory, WAL journal so readers do not wait
for the writer); PostgreSQL is used when SHORTLIST_DATABASE_URL names one. The schema
changes only through the migrations in ``migrations/versions``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from sqlalchemy.pool import ConnectionPoolEntry

__all__ = ["DATABASE_FILE", "Database", "default_url"]

DATABASE_FILE = "shortlist.db"
#: Execution option of the engine behind ``Database.in_snapshot``: begin deferred.
SNAPSHOT_OPTION = "shortlist_snapshot"

T = TypeVar("T")
SCRIPT_LOCATION = "shortlist.storage:migrations"


def default_url(data_dir: Path) -> str:
    """The SQLite file in ``data_dir`` (created if missing) as an SQLAlchemy URL."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / DATABASE_FILE}"


class MissingDriver(RuntimeError):
    """The database URL needs a driver the default install leaves out."""


class Database:
    """An engine and its sessions for one URL (sqlite:/// or postgresql+psycopg://)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        try:
            self.engine = _engine(url)
        except ModuleNotFoundError as exc:
            raise MissingDriver(
                f"{self.url.drivername} needs the '{exc.name}' module, which the default "
                f"install leaves out: pip install 'shortlist[postgres]'"
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        snapshot_engine = self.engine.execution_options(**{SNAPSHOT_OPTION: True})
        self._snapshot_sessions = sessionmaker(snapshot_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block ends, rolled back if it raises. On SQLite it
        holds the write lock from its start: keep it short."""
        with self._sessions.begin() as session:
            yield session

    def in_snapshot(self, work: Callable[[Session], T], attempts: int = 3) -> T:
        """``work`` run in a session of its own and committed, for long reads that may end
        in a short write (a report computed, then kept).

        On SQLite the transaction reads a snapshot and takes the write lock only when it
        writes, so nobody waits on it while it computes. If another connection wrote in
        the meantime, SQLite refuses that write ("database is locked", the snapshot
        being stale) and ``work`` runs again from the start; its last attempt holds the
        write lock from the start, so under steady writing it still finishes.
        """
        for _ in range(attempts - 1):
            try:
                with self._snapshot_sessions.begin() as session:
                    return work(session)
            except OperationalError as error:
                if not _is_busy(error):
                    raise
        with self.session() as session:
            return work(session)

    def alembic_config(self) -> Config:
        """Alembic's configuration built in code: no alembic.ini to ship or find."""
        config = Config()
        config.set_main_option("script_location", SCRIPT_LOCATION)
        return config

    def revision(self) -> str | None:
        """The migration the database is at; None for an empty database."""
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head(self) -> str | None:
        """The newest migration shipped with this version of Shortlist."""
        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def upgrade(self, revision: str = "head") -> None:
        """Migrate up to ``revision`` (default: the newest); a no-op when already there."""
        if revision == "head" and self.revision() == self.head():
            return
        self._run(command.upgrade, revision)

    def downgrade(self, revision: str) -> None:
        """Migrate down to ``revision`` ("base" drops every table)."""
        self._run(command.downgrade, revision)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def _run(self, action: Callable[[Config, str], None], revision: str) -> None:
        config = self.alembic_config()
        with self.engine.begin() as connection:
            # env.py runs on this connection instead of building its own engine.
            config.attributes["connection"] = connection
            action(config, revision)


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    # Web requests may run in worker threads; each checkout is still used by one thread.
    engine = create_engine(url, connect_args={"check_same_thread": False})
    in_memory = parsed.database in (None, "", ":memory:")
    event.listen(engine, "connect", _sqlite_pragmas(wal=not in_memory))
    event.listen(engine, "begin", _begin_immediately)
    return engine


def _begin_immediately(connection: Connection) -> None:
    """SQLite transactions take the write lock as they begin, but for snapshot ones.

    A deferred transaction (pysqlite's own BEGIN) that reads and then writes fails at
    once with SQLITE_BUSY_SNAPSHOT ("database is locked") if another connection wrote in
    between: in WAL mode busy_timeout cannot help, as its snapshot is already stale. An
    immediate one waits its turn (up to busy_timeout) before it reads anything. Writers
    are serialised either way, and these transactions are short. The long ones (a
    report computed) run deferred through ``Database.in_snapshot``, which starts them
    again when SQLite refuses their write; readers outside a transaction (the autocommit
    data-version reader) never wait.
    """
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return
    connection.exec_driver_sql("BEGIN" if options.get(SNAPSHOT_OPTION) else "BEGIN IMMEDIATE")


def _is_busy(error: OperationalError) -> bool:
    """SQLite's "database is locked" (SQLITE_BUSY, and its BUSY_SNAPSHOT variant)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_BUSY


def _sqlite_pragmas(*, wal: bool) -> Callable[[sqlite3.Connection, ConnectionPoolEntry], None]:
    # SQLite's default driver, pysqlite, is the standard library's sqlite3 module.
    def on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # pysqlite would BEGIN (deferred) by itself; _begin_immediately does it instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if wal:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten with zeros: "delete my data" leaves no copy behind.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
        finally:
            cursor.close()

    return on_connect
