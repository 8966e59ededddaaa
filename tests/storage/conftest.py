"""A migrated database for each storage test, on SQLite and on PostgreSQL."""

from collections.abc import Iterator

import pytest

from shortlist.storage import Database


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.upgrade()
    yield database
    database.dispose()
