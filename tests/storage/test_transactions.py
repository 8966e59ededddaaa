"""Transactions under concurrency: a long computation never holds up a writer, and one
that loses a race to a writer starts again instead of failing (SQLite's WAL snapshots);
short sessions wait their turn. On SQLite and PostgreSQL where both apply."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shortlist.storage import Database, JobRow, Repos


def _count_jobs(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(JobRow)) or 0


def test_a_long_computation_in_a_snapshot_does_not_hold_up_a_writer(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    reading, written = threading.Event(), threading.Event()

    def long_read(session: Session) -> int:
        seen = _count_jobs(session)
        reading.set()
        # The writer below must get through while this transaction is still open.
        assert written.wait(30), "the writer was held up by the open snapshot"
        return seen

    results: list[int] = []
    reader = threading.Thread(target=lambda: results.append(db.in_snapshot(long_read)))
    reader.start()
    try:
        assert reading.wait(30)
        with db.session() as session:
            add_job(Repos(session))
        written.set()
    finally:
        written.set()
        reader.join(30)
    assert results == [0]
    with db.session() as session:
        assert _count_jobs(session) == 1


def test_a_snapshot_that_loses_the_race_to_a_writer_runs_again(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    if not db.is_sqlite:
        pytest.skip("PostgreSQL reads committed rows: there is no stale snapshot to lose")
    attempts: list[int] = []

    def read_then_write(session: Session) -> int:
        seen = _count_jobs(session)
        attempts.append(seen)
        if len(attempts) == 1:
            # Another process writes after this snapshot was taken...
            other = threading.Thread(target=lambda: _add_in_new_session(db, add_job))
            other.start()
            other.join(30)
        # ...so this write is refused the first time, and the work starts again.
        add_job(Repos(session))
        return seen

    assert db.in_snapshot(read_then_write) == 1
    assert attempts == [0, 1]
    with db.session() as session:
        assert _count_jobs(session) == 2


def test_a_snapshot_that_keeps_losing_takes_the_write_lock_on_its_last_attempt(
    db: Database, add_job: Callable[[Repos], JobRow]
) -> None:
    if not db.is_sqlite:
        pytest.skip("PostgreSQL reads committed rows: there is no stale snapshot to lose")
    attempts: list[bool] = []

    def busy_elsewhere(session: Session) -> None:
        _count_jobs(session)
        attempts.append(_write_lock_is_taken(db))
        if len(attempts) < 3:
            # Someone else writes first, again and again.
            other = threading.Thread(target=lambda: _add_in_new_session(db, add_job))
            other.start()
            other.join(30)
        add_job(Repos(session))

    db.in_snapshot(busy_elsewhere, attempts=3)
    # Two snapshots lost their race; the third held the write lock from its start.
    assert attempts == [False, False, True]
    with db.session() as session:
        assert _count_jobs(session) == 3


def _write_lock_is_taken(db: Database) -> bool:
    """Whether another connection holds SQLite's write lock (asked without waiting)."""
    path = db.url.database
    assert path is not None
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def _add_in_new_session(db: Database, add_job: Callable[[Repos], JobRow]) -> None:
    with db.session() as session:
        add_job(Repos(session))
