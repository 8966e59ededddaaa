"""A migrated database for each storage test, on SQLite and on PostgreSQL."""

from collections.abc import Callable, Iterator

import pytest

from shortlist.storage import Database, JobRow, Repository


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.upgrade()
    yield database
    database.dispose()


def _add_job(repo: Repository) -> JobRow:
    return repo.add_job(
        title="Data Engineer",
        company="Acme",
        location=None,
        source_url=None,
        posting_text="Python required.",
        document_id=None,
    )


@pytest.fixture
def add_job() -> Callable[[Repository], JobRow]:
    """Adds a small job through the repository, for tests that need one to hang rows on."""
    return _add_job
