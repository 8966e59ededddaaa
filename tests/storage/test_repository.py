"""The database enforces what the rows mean: statuses, one report per pair, cascades."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from shortlist.storage import (
    Database,
    InterviewRoundRow,
    JobRow,
    MatchReportRow,
    NewReport,
    Repos,
)


def report(repos: Repos, job_id: int, cv_id: int) -> MatchReportRow:
    return repos.jobs.save_report(
        NewReport(
            job_id=job_id,
            cv_version_id=cv_id,
            engine_version="1.0.0",
            input_hash="a" * 64,
            score=50,
            band="Partial match",
            report_json={"score": 50},
        )
    )


def count(db: Database, row_type: type[object]) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(row_type)) or 0


def test_deleting_a_job_deletes_its_rounds_and_reports(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    with db.session() as session:
        repos = Repos(session)
        job = add_job(repos)
        cv = repos.cvs.add(label="CV", text="Python", document_id=None, parent_id=None)
        repos.jobs.set_round(job, 1, None)
        report(repos, job.id, cv.id)
    with db.session() as session:
        repos = Repos(session)
        repos.jobs.delete(repos.jobs.all()[0])
    assert (count(db, InterviewRoundRow), count(db, MatchReportRow)) == (0, 0)


def test_the_database_refuses_an_unknown_status(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        job = add_job(Repos(session))
        job.status = "ghosted"
        session.flush()
    assert count(db, JobRow) == 0


def test_the_database_refuses_a_round_for_a_job_that_does_not_exist(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(InterviewRoundRow(job_id=999, number=1, notes=""))
        session.flush()


def test_saving_a_report_again_replaces_the_stored_one(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    with db.session() as session:
        repos = Repos(session)
        job = add_job(repos)
        cv = repos.cvs.add(label="CV", text="Python", document_id=None, parent_id=None)
        first = report(repos, job.id, cv.id).id
        second = repos.jobs.save_report(
            NewReport(
                job_id=job.id,
                cv_version_id=cv.id,
                engine_version="2.0.0",
                input_hash="b" * 64,
                score=70,
                band="Good match",
                report_json={"score": 70},
            )
        )
        assert (second.id, second.score, second.engine_version) == (first, 70, "2.0.0")
    assert count(db, MatchReportRow) == 1


def test_the_newest_cv_version_is_the_current_one(db: Database) -> None:
    with db.session() as session:
        repos = Repos(session)
        first = repos.cvs.add(label="one", text="A", document_id=None, parent_id=None)
        repos.cvs.add(label="two", text="B", document_id=None, parent_id=first.id)
    with db.session() as session:
        repos = Repos(session)
        current = repos.cvs.current()
        assert current is not None
        assert (current.label, current.parent_id) == ("two", first.id)
        assert [row.label for row in repos.cvs.all()] == ["one", "two"]
