"""The work budget of matching (issue #10, item 8) in the workspace: text over
SHORTLIST_MAX_TEXT_CHARS is refused before parsing, whether it arrives or is already
saved, and a match past SHORTLIST_MATCH_TIMEOUT_S becomes a clear error.

SQLite only: the budget is checked above the database, and each database's own
behaviour is covered in tests/test_workspace.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.ingest import TextTooLong
from shortlist.workspace import (
    MatchTooSlow,
    Workspace,
    add_cv,
    add_job,
    cv_understanding,
    edit_cv_line,
    get_report,
    interview_plan,
    job_details,
    list_cv_versions,
    list_jobs,
)

TODAY = dt.date(2025, 11, 1)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
#: Room for the sample CV and posting (2,864 and 2,087 characters) and not much more.
LIMIT = 3_000
LONG_POSTING = POSTING_TEXT + "\n\n" + "- Experience with Kubernetes and Terraform\n" * 30


class Opener:
    """Workspaces over one SQLite file, each with its own settings, closed at the end."""

    def __init__(self, tmp_path: Path) -> None:
        self.url = f"sqlite:///{tmp_path / 'shortlist.db'}"
        self.tmp_path = tmp_path
        self.opened: list[Workspace] = []

    def __call__(self, **settings: object) -> Workspace:
        data_dir = self.tmp_path / f"data-{len(self.opened)}"
        config = Settings(database_url=self.url, data_dir=data_dir, **settings)  # type: ignore[arg-type]
        workspace = open_workspace(config, clock=FixedClock(TODAY))
        self.opened.append(workspace)
        return workspace


@pytest.fixture
def open_ws(tmp_path: Path) -> Iterator[Opener]:
    opener = Opener(tmp_path)
    yield opener
    for workspace in opener.opened:
        workspace.close()


# text as it arrives


def test_a_pasted_cv_over_the_limit_is_refused_with_its_size_the_limit_and_what_to_do(
    open_ws: Opener,
) -> None:
    ws = open_ws(max_text_chars=LIMIT)
    with pytest.raises(TextTooLong) as caught:
        add_cv(ws, text=CV_TEXT + "\n" + "- Led a team of five engineers\n" * 10)
    assert str(caught.value) == (
        "the pasted CV is 3,155 characters of text, more than the 3,000 Shortlist will match "
        "(SHORTLIST_MAX_TEXT_CHARS); paste or upload only the part that matters, or raise "
        "the setting"
    )
    assert caught.value.stored is False
    assert list_cv_versions(ws) == []


def test_an_uploaded_posting_over_the_limit_is_refused_by_its_file_name(
    open_ws: Opener,
) -> None:
    ws = open_ws(max_text_chars=LIMIT)
    with pytest.raises(TextTooLong, match=r"^posting\.txt is 3,\d{3} characters of text"):
        add_job(ws, data=LONG_POSTING.encode(), filename="posting.txt")
    assert list_jobs(ws) == []


def test_text_at_the_limit_is_accepted(open_ws: Opener) -> None:
    ws = open_ws(max_text_chars=len(POSTING_TEXT.strip()))
    assert add_job(ws, text=POSTING_TEXT).title == "Senior Backend Engineer"


def test_an_edit_that_makes_the_cv_too_long_is_refused_and_saves_nothing(
    open_ws: Opener,
) -> None:
    ws = open_ws(max_text_chars=LIMIT)
    cv = add_cv(ws, text=CV_TEXT)
    first_line = CV_TEXT.strip().splitlines()[0]
    with pytest.raises(TextTooLong, match=r"^the edited CV is [\d,]+ characters of text"):
        edit_cv_line(ws, cv.id, first_line, "Jane " * 100)
    assert [v.id for v in list_cv_versions(ws)] == [cv.id]


# text already saved (an import, or a higher limit then)


@pytest.fixture
def saved_long(open_ws: Opener) -> tuple[int, int]:
    """The sample CV, the sample posting and a longer posting, saved under the default
    limit; (short job id, long job id)."""
    ws = open_ws()
    add_cv(ws, text=CV_TEXT)
    short = add_job(ws, text=POSTING_TEXT).id
    long = add_job(ws, text=LONG_POSTING).id
    return short, long


def test_a_saved_posting_over_the_limit_gets_no_report_but_a_reason(
    open_ws: Opener, saved_long: tuple[int, int]
) -> None:
    short, long = saved_long
    ws = open_ws(max_text_chars=LIMIT)
    with pytest.raises(TextTooLong) as caught:
        get_report(ws, long)
    assert caught.value.stored is True
    assert str(caught.value) == (
        'the saved posting "Senior Backend Engineer at Northwind Health" is 3,374 characters '
        "of text, more than the 3,000 Shortlist will match (SHORTLIST_MAX_TEXT_CHARS); add it "
        "again with only the part that matters, or raise the setting"
    )
    # The page shows the job and the reason instead of the report.
    details = job_details(ws, long)
    assert (details.job.id, details.report) == (long, None)
    assert details.report_problem == str(caught.value)
    # The list still scores every job that fits.
    scores = {job.id: job.score for job in list_jobs(ws)}
    assert scores[long] is None and scores[short] == get_report(ws, short).score
    with pytest.raises(TextTooLong):
        interview_plan(ws, long)


def test_a_saved_cv_over_the_limit_is_refused_before_it_is_read_again(
    open_ws: Opener, saved_long: tuple[int, int]
) -> None:
    short, _ = saved_long
    ws = open_ws(max_text_chars=2_000)
    cv_id = list_cv_versions(ws)[0].id
    with pytest.raises(TextTooLong, match=r'^the saved CV "Pasted 2025-11-01" is 2,8\d\d char'):
        cv_understanding(ws, cv_id)
    with pytest.raises(TextTooLong):
        get_report(ws, short)
    assert [job.score for job in list_jobs(ws)] == [None, None]


# time


def test_a_match_past_the_time_limit_is_a_clear_error(
    open_ws: Opener, saved_long: tuple[int, int]
) -> None:
    short, _ = saved_long
    # A limit so small that it is spent before the first step of the match.
    ws = open_ws(match_timeout_s=1e-9)
    with pytest.raises(MatchTooSlow) as caught:
        get_report(ws, short)
    assert str(caught.value) == (
        "matching your CV against this posting took longer than 1e-09 s "
        "(SHORTLIST_MATCH_TIMEOUT_S) and was stopped; try again when the computer is less "
        "busy, keep only the part of the CV or posting that matters, or raise the setting"
    )
    with pytest.raises(MatchTooSlow):
        interview_plan(ws, short)
    details = job_details(ws, short)
    assert (details.job.id, details.report, details.report_problem) == (
        short,
        None,
        str(caught.value),
    )


def test_the_jobs_list_out_of_time_scores_one_more_job_each_time(
    open_ws: Opener, saved_long: tuple[int, int]
) -> None:
    ws = open_ws(match_timeout_s=1e-9)
    add_job(ws, text=POSTING_TEXT.replace("Northwind", "Southwind"))
    counts = [sum(job.score is not None for job in list_jobs(ws)) for _ in range(4)]
    # Never none: each call gets at least one job further, and the time limit stops the rest.
    assert counts == [1, 2, 3, 3]
