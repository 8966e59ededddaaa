"""The migrations build the schema the models describe, and undo it, on both databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from tests.storage.conftest import tables_with_triggers

from shortlist.storage import Base, Database
from shortlist.storage.tables import BOOKKEEPING

TABLES = [
    "alembic_version",
    "cv_misread_lines",
    "cv_removed_skills",
    "cv_versions",
    "data_version",
    "documents",
    "interview_plans",
    "interview_rounds",
    "jobs",
    "journal_entries",
    "match_reports",
    "practice_answers",
    "practice_sessions",
    "recordings",
    "stories",
]


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


def tables(db: Database) -> list[str]:
    return sorted(inspect(db.engine).get_table_names())


def test_it_upgrades_an_empty_database_to_the_newest_migration(db: Database) -> None:
    db.upgrade()
    assert db.revision() == "0008"
    assert db.head() == "0008"
    assert tables(db) == TABLES


def test_it_downgrades_to_base_and_upgrades_again(db: Database) -> None:
    db.upgrade()
    db.downgrade("base")
    assert db.revision() is None
    assert tables(db) == ["alembic_version"]
    db.upgrade()
    assert db.revision() == "0008"
    assert tables(db) == TABLES


def test_the_migrated_schema_matches_the_models(db: Database) -> None:
    db.upgrade()
    with db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection),
            [Base.metadata, BOOKKEEPING],  # type: ignore[arg-type]
        )
    assert differences == []


def test_upgrading_a_database_at_head_changes_nothing(db: Database) -> None:
    db.upgrade()
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO jobs (posting_text, status, created_at, updated_at) "
                "VALUES ('x', 'saved', '2025-01-01', '2025-01-01')"
            )
        )
    db.upgrade()
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM jobs")) == 1


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(tmp_path: object) -> None:
    db = Database(f"sqlite:///{tmp_path}/wal.db")
    try:
        with db.engine.connect() as connection:
            assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1
            assert connection.scalar(text("PRAGMA secure_delete")) == 1
    finally:
        db.dispose()


def test_undoing_the_voice_column_keeps_the_practice_sessions_triggers(db: Database) -> None:
    db.upgrade()
    db.downgrade("0005")
    tables = tables_with_triggers(db)
    assert "practice_sessions" in tables
    assert "voice" not in {c["name"] for c in inspect(db.engine).get_columns("practice_sessions")}


def test_undoing_durable_recordings_keeps_the_recordings_triggers(db: Database) -> None:
    db.upgrade()
    db.downgrade("0006")
    tables = tables_with_triggers(db)
    assert "recordings" in tables
    columns = {c["name"] for c in inspect(db.engine).get_columns("recordings")}
    assert {"chunk_digests", "attempts"}.isdisjoint(columns)
    assert "byte_count" in columns


def test_undoing_cv_corrections_drops_their_tables_and_keeps_the_cv_versions(db: Database) -> None:
    db.upgrade()
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO cv_versions (label, text, created_at) "
                "VALUES ('CV', 'Python developer', '2025-01-01')"
            )
        )
        session.execute(
            text(
                "INSERT INTO cv_removed_skills (cv_version_id, skill, created_at) "
                "VALUES (1, 'Python', '2025-01-01')"
            )
        )
    db.downgrade("0007")
    assert {"cv_removed_skills", "cv_misread_lines"}.isdisjoint(tables(db))
    assert "cv_versions" in tables_with_triggers(db)
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM cv_versions")) == 1
    db.upgrade()
    assert {"cv_removed_skills", "cv_misread_lines"} <= tables_with_triggers(db)
