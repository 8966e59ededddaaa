"""Databases for tests: every storage test runs on SQLite and on PostgreSQL.

PostgreSQL: one fresh database per test session (shortlist_test_<random>, dropped at the
end) and one fresh schema per test inside it, so tests never see each other's rows.
SHORTLIST_TEST_POSTGRES_URL names the server (default: local, user postgres, trust auth).
Without a server the PostgreSQL cases fail under CI=true and are skipped elsewhere.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import make_url

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.workspace import Workspace, add_cv, add_job

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _libpq(url: str) -> str:
    """An SQLAlchemy URL as a libpq connection string psycopg accepts."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """The SQLAlchemy URL of a database made for this test session."""
    server = os.environ.get("SHORTLIST_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    try:
        admin = psycopg.connect(_libpq(server), autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        reason = f"PostgreSQL is not reachable at {make_url(server)!r}: {error}".strip()
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(f"{reason} (start it to run the PostgreSQL cases; CI fails here)")
    name = f"shortlist_test_{secrets.token_hex(4)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes empty databases of one kind: SQLite files in tmp_path, or PostgreSQL schemas."""
    if request.param == "sqlite":
        count = iter(range(1, 1000))
        yield lambda: f"sqlite:///{tmp_path / f'shortlist-{next(count)}.db'}"
        return
    database: str = request.getfixturevalue("postgres_database")
    schemas: list[str] = []

    def new_schema() -> str:
        schema = f"test_{secrets.token_hex(6)}"
        with psycopg.connect(_libpq(database), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        schemas.append(schema)
        url = make_url(database).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    yield new_schema
    with psycopg.connect(_libpq(database), autocommit=True) as connection:
        for schema in schemas:
            connection.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture
def database_url(new_database_url: Callable[[], str]) -> str:
    """An empty database: an SQLite file, or a fresh PostgreSQL schema (both, per test)."""
    return new_database_url()


#: The day the interview-preparation and practice tests run on.
PREP_DAY = dt.date(2025, 11, 6)


@pytest.fixture
def ws(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on a real database (SQLite and PostgreSQL) on PREP_DAY; a module may
    define its own ``ws``."""
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    workspace = open_workspace(settings, clock=FixedClock(PREP_DAY))
    yield workspace
    workspace.close()


@pytest.fixture
def job_id(ws: Workspace) -> int:
    """The bundled sample CV and the sample posting saved as a job; the job's id."""
    samples = resources.files("shortlist").joinpath("samples")
    add_cv(ws, text=samples.joinpath("cv.txt").read_text(encoding="utf-8"))
    return add_job(ws, text=samples.joinpath("posting.txt").read_text(encoding="utf-8")).id
