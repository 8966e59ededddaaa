"""Every time a row records comes from the workspace's Clock (core/ports.py), so a fixed
clock dates every row on its day: CV versions, jobs, reports, journals, stories,
practice sessions and answers, recordings."""

from __future__ import annotations

import datetime as dt
import time
from importlib import resources
from pathlib import Path

import pytest
from tests.processes import FakeTranscriber

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.storage import Base
from shortlist.workspace import (
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    add_story,
    finish_recording,
    get_practice,
    get_report,
    practice_history,
    save_journal,
    save_plan_choices,
    start_practice,
    start_recording,
    submit_answer,
    wait_for_recording,
)

SAMPLES = resources.files("shortlist").joinpath("samples")
STAMPS = ("created_at", "updated_at", "computed_at", "answered_at", "finished_at")


def test_a_fixed_clock_dates_every_row_written(database_url: str, tmp_path: Path) -> None:
    day = dt.date(2031, 2, 3)  # far from the real date, so a system-clock stamp shows
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    ws: Workspace = open_workspace(settings, clock=FixedClock(day), transcriber=FakeTranscriber())
    try:
        add_cv(ws, text=SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
        job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
        get_report(ws, job.id)
        save_journal(ws, job.id, 1, forgot="The salary question.")
        save_plan_choices(ws, job.id, round="second", personas=["hiring_manager"])
        add_story(ws, title="Faster reports", action="I rewrote the queries.")
        practice = start_practice(ws, job.id, length=2, voice=True)
        assert practice.current_id is not None
        submit_answer(ws, practice.id, practice.current_id, "I rewrote the queries.")
        nxt = [i for i in get_practice(ws, practice.id).items if not i.answered]
        recording = start_recording(ws, practice.id, nxt[0].id)
        add_chunk(ws, recording.id, 0, b"\x10\x00" * 16_000)
        finish_recording(ws, recording.id)
        assert wait_for_recording(ws, recording.id, timeout=60).status == "done"

        seen: dict[str, set[dt.date]] = {}
        with ws.db.session() as session:
            for table in Base.metadata.sorted_tables:
                for name in STAMPS:
                    if name in table.c:
                        values = session.execute(table.select().with_only_columns(table.c[name]))
                        days = {v.date() for (v,) in values if v is not None}
                        if days:
                            seen[f"{table.name}.{name}"] = days
        assert len(seen) >= 10
        assert {where: days for where, days in seen.items() if days != {day}} == {}
    finally:
        ws.close()


def test_a_practice_session_is_dated_by_the_users_own_day(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A zone whose date differs from UTC's right now: +14 h late in the UTC day, -11 h early.
    zone = "Pacific/Kiritimati" if dt.datetime.now(dt.UTC).hour >= 10 else "Pacific/Pago_Pago"
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        local_day = dt.date.today()
        assert local_day != dt.datetime.now(dt.UTC).date()
        settings = Settings(database_url=database_url, data_dir=tmp_path / "data")  # type: ignore[call-arg]
        ws = open_workspace(settings)  # the real clock
        try:
            add_cv(ws, text=SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
            job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
            started = start_practice(ws, job.id, length=1)
            # Trends and history are by day: the day the user practised, not UTC's.
            assert [s.created_at.date() for s in practice_history(ws)] == [local_day]
            assert started.id == practice_history(ws)[0].id
        finally:
            ws.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
