"""Views kept between reads: served again only while the data has not changed since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import update

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.storage import JobRow
from shortlist.workspace import (
    NotCached,
    Workspace,
    add_cv,
    add_job,
    cached_only,
    delete_job,
    get_job,
    get_report,
    job_details,
    jobs_overview,
    list_jobs,
    set_job_status,
)
from shortlist.workspace.cache import ViewCache
from shortlist.workspace.frozen import FrozenDict

TODAY = dt.date(2025, 11, 1)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")


def open_at(url: str, data_dir: Path, day: dt.date = TODAY) -> Workspace:
    settings = Settings(database_url=url, data_dir=data_dir)
    return open_workspace(settings, clock=FixedClock(day))


@pytest.fixture
def ws(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_at(database_url, tmp_path / "data")
    yield workspace
    workspace.close()


def test_the_same_view_is_handed_out_while_nothing_is_written(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    # The first read computes the report and stores it: a write, after which it is read.
    job_details(ws, job.id)
    first = job_details(ws, job.id)
    assert job_details(ws, job.id) is first
    set_job_status(ws, job.id, "applied")
    again = job_details(ws, job.id)
    assert again is not first
    assert (first.job.status, again.job.status) == ("saved", "applied")


def test_within_cached_only_a_view_not_yet_computed_is_refused(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    add_job(ws, text=POSTING_TEXT)
    with pytest.raises(NotCached), cached_only():
        jobs_overview(ws)
    jobs_overview(ws)  # computes the view (storing the report on the way)
    computed = jobs_overview(ws)
    with cached_only():
        assert jobs_overview(ws) is computed


def test_a_write_made_outside_the_services_is_seen_on_the_next_read(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    assert list_jobs(ws)[0].title == "Senior Backend Engineer"
    with ws.db.session() as session:
        session.execute(update(JobRow).values(title="Renamed by hand"))
    assert (get_job(ws, job.id).title, list_jobs(ws)[0].title) == ("Renamed by hand",) * 2


def test_storing_a_freshly_computed_report_does_not_void_the_view_it_feeds(
    ws: Workspace,
) -> None:
    add_cv(ws, text=CV_TEXT)
    add_job(ws, text=POSTING_TEXT)
    computed = jobs_overview(ws)  # computes and stores the report on the way
    with cached_only():
        assert jobs_overview(ws) is computed


def test_two_workspaces_on_one_database_see_each_others_writes_at_once(
    database_url: str, tmp_path: Path
) -> None:
    one = open_at(database_url, tmp_path / "one")
    two = open_at(database_url, tmp_path / "two")
    try:
        add_cv(one, text=CV_TEXT)
        job = add_job(one, text=POSTING_TEXT)
        assert [(j.status, j.score) for j in list_jobs(two)] == [("saved", 64)]
        set_job_status(one, job.id, "offer")
        assert [(j.status, j.score) for j in list_jobs(two)] == [("offer", 64)]
        delete_job(one, job.id)
        assert list_jobs(two) == []
    finally:
        one.close()
        two.close()


class MovableClock:
    """The Clock port, with a day the test moves on."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def today(self) -> dt.date:
        return self.day

    def now(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time(12))


def test_a_new_month_is_not_served_last_months_views(database_url: str, tmp_path: Path) -> None:
    clock = MovableClock(TODAY)
    settings = Settings(database_url=database_url, data_dir=tmp_path)
    workspace = open_workspace(settings, clock=clock)
    try:
        add_cv(workspace, text=CV_TEXT)
        job = add_job(workspace, text=POSTING_TEXT)
        get_report(workspace, job.id)  # computes and stores the report: a write
        before = get_report(workspace, job.id)
        assert get_report(workspace, job.id) is before
        clock.day = dt.date(2025, 12, 1)
        assert get_report(workspace, job.id) is not before
    finally:
        workspace.close()


def test_a_view_computed_before_a_newer_one_was_kept_is_dropped() -> None:
    cache = ViewCache()
    cache.put((5, "2025-11", "1.0"), "jobs", "newer")
    cache.put((4, "2025-11", "1.0"), "jobs", "older")
    assert cache.get((5, "2025-11", "1.0"), "jobs") == "newer"
    assert cache.get((4, "2025-11", "1.0"), "jobs") is None


def test_the_cache_keeps_at_most_its_size_dropping_the_least_recently_used() -> None:
    cache = ViewCache(size=2)
    key = (1, "2025-11", "1.0")
    cache.put(key, "a", "A")
    cache.put(key, "b", "B")
    assert cache.get(key, "a") == "A"
    cache.put(key, "c", "C")
    assert [cache.get(key, k) for k in ("a", "b", "c")] == ["A", None, "C"]


def test_the_cache_refuses_to_keep_a_changeable_container() -> None:
    cache = ViewCache()
    key = (1, "2025-11", "1.0")
    for changeable in ([], {}, set()):
        with pytest.raises(TypeError, match="read-only"):
            cache.put(key, "views", changeable)
    cache.put(key, "views", (FrozenDict({"a": 1}),))
    assert cache.get(key, "views") == ({"a": 1},)
