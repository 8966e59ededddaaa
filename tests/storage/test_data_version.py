"""The data version: every committed write to the user's tables raises it, nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, inspect, update
from tests.storage.conftest import tables_with_triggers

from shortlist.storage import (
    CvVersionRow,
    Database,
    DocumentRow,
    InterviewRoundRow,
    JobRow,
    NewReport,
    Repos,
)


def version(db: Database) -> int:
    with db.session() as session:
        return Repos(session).data.data_version()


def test_a_new_database_starts_at_version_zero(db: Database) -> None:
    assert version(db) == 0


def test_reading_leaves_the_version_alone(db: Database) -> None:
    with db.session() as session:
        repos = Repos(session)
        assert list(repos.jobs.all()) == []
        assert repos.cvs.current() is None
    assert version(db) == 0


def test_each_committed_write_raises_the_version(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    seen = []
    with db.session() as session:
        add_job(Repos(session))
    seen.append(version(db))
    with db.session() as session:
        session.execute(update(JobRow).values(status="applied"))
    seen.append(version(db))
    with db.session() as session:
        session.execute(delete(JobRow))
    seen.append(version(db))
    assert seen == [1, 2, 3]


@pytest.mark.parametrize(
    "table",
    [DocumentRow, CvVersionRow, JobRow, InterviewRoundRow],
    ids=lambda table: table.__tablename__,
)
def test_a_write_to_any_table_of_the_users_data_raises_it(
    db: Database, table: Any, add_job: Callable[[Repos], JobRow]
) -> None:
    with db.session() as session:
        repos = Repos(session)
        document = repos.documents.add(
            kind="cv",
            filename="cv.txt",
            content_type="text/plain",
            sha256="0" * 64,
            size=3,
            extracted_text="CV.",
        )
        cv = repos.cvs.add(label="CV", text="CV.", document_id=document.id, parent_id=None)
        job = add_job(repos)
        repos.jobs.set_round(job, 1, dt.date(2025, 11, 4))
        repos.jobs.save_report(
            NewReport(
                job_id=job.id,
                cv_version_id=cv.id,
                engine_version="1.0.0",
                input_hash="a" * 64,
                score=50,
                band="Partial match",
                report_json={},
            )
        )
    before = version(db)
    with db.session() as session:
        session.execute(update(table).values(id=table.id))
    assert version(db) > before


def test_a_rolled_back_write_leaves_the_version_alone(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        add_job(Repos(session))
        raise RuntimeError("changed my mind")
    assert version(db) == 0


def test_every_table_of_the_users_data_has_its_trigger(db: Database) -> None:
    tables = sorted(tables_with_triggers(db))
    user_tables = sorted(set(inspect(db.engine).get_table_names()) - {"alembic_version"})
    # Stored reports are derived data: writing one must not void the views it feeds.
    assert tables == sorted(set(user_tables) - {"data_version", "match_reports"})
    assert tables == [
        "cv_misread_lines",
        "cv_removed_skills",
        "cv_versions",
        "documents",
        "interview_plans",
        "interview_rounds",
        "jobs",
        "journal_entries",
        "practice_answers",
        "practice_sessions",
        "recordings",
        "stories",
    ]


def test_storing_a_report_leaves_the_version_alone(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    with db.session() as session:
        repos = Repos(session)
        cv = repos.cvs.add(label="CV", text="CV.", document_id=None, parent_id=None)
        job = add_job(repos)
    before = version(db)
    with db.session() as session:
        Repos(session).jobs.save_report(
            NewReport(
                job_id=job.id,
                cv_version_id=cv.id,
                engine_version="1.0.0",
                input_hash="a" * 64,
                score=50,
                band="Partial match",
                report_json={},
            )
        )
    assert version(db) == before


def test_downgrading_to_the_first_schema_drops_the_version_and_its_triggers(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    db.downgrade("0001")
    assert "data_version" not in inspect(db.engine).get_table_names()
    with db.session() as session:
        add_job(Repos(session))
    db.upgrade()
    assert version(db) == 0
