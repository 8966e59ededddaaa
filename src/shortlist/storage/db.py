"""The database: one engine per process, sessions, and Alembic run from code.

SQLite is the default (a file in the data directory, WAL journal so readers do not wait
for the writer); PostgreSQL is used when SHORTLIST_DATABASE_URL names one. The schema
changes only through the migrations in ``migrations/versions``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DATABASE_FILE", "Database", "default_url"]

DATABASE_FILE = "shortlist.db"
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

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

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

    def _run(self, action: Any, revision: str) -> None:
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
    """Every SQLite transaction takes the write lock as it begins.

    A deferred transaction (pysqlite's own BEGIN) that reads and then writes fails at
    once with SQLITE_BUSY_SNAPSHOT ("database is locked") if another connection wrote in
    between: in WAL mode busy_timeout cannot help, as its snapshot is already stale. An
    immediate one waits its turn (up to busy_timeout) before it reads anything. Writers
    are serialised either way, and our transactions are short; readers outside a
    transaction (the autocommit data-version reader) never wait.
    """
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_pragmas(*, wal: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
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
