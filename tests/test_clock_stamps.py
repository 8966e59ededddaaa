"""Every time a row records comes from the workspace's Clock (core/ports.py), so a fixed
clock dates every row on its day: CV versions, jobs, reports, journals, stories,
practice sessions and answers, recordings."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

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
