"""A migrated database for each storage test, on SQLite and on PostgreSQL."""

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text

from shortlist.storage import Database, JobRow, Repos


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.upgrade()
    yield database
    database.dispose()


def _add_job(repos: Repos) -> JobRow:
    return repos.jobs.add(
        title="Data Engineer",
        company="Acme",
        location=None,
        source_url=None,
        posting_text="Python required.",
        document_id=None,
    )


@pytest.fixture
def add_job() -> Callable[[Repos], JobRow]:
    """Adds a small job through the repository, for tests that need one to hang rows on."""
    return _add_job


def tables_with_triggers(db: Database) -> set[str]:
    """The tables that have a trigger (the data-version ones), on SQLite or PostgreSQL."""
    if db.is_sqlite:
        query = "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = (
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_schema = current_schema()"
        )
    with db.engine.connect() as connection:
        return set(connection.scalars(text(query)))
