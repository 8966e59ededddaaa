"""What one screen shows, read in one transaction: the jobs list, one job with its report.

The pages could call list_jobs, current_cv, get_job, list_cv_versions and get_report in
turn; one call reads the data version once instead of up to three times, and keeps one
view (which the web layer keeps rendered HTML of) instead of three.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from shortlist.ingest import TextTooLong
from shortlist.storage import Repos
from shortlist.workspace.base import Workspace, cached, job_row
from shortlist.workspace.budget import MatchTooSlow
from shortlist.workspace.cvs import cv_views
from shortlist.workspace.jobs import check_list_arguments, job_view, summaries
from shortlist.workspace.reports import report_view_of
from shortlist.workspace.views import JobDetails, JobsOverview


def jobs_overview(
    ws: Workspace, *, sort: Literal["score", "date"] = "date", status: str | None = None
) -> JobsOverview:
    """The jobs list (as :func:`list_jobs` gives it) and whether there is a CV yet."""
    check_list_arguments(sort, status)

    def compute(repos: Repos) -> JobsOverview:
        has_cv = repos.cvs.current() is not None
        return JobsOverview(list(summaries(ws, repos, sort, status)), has_cv)

    return cached(ws, ("jobs overview", sort, status), compute)


def job_details(ws: Workspace, job_id: int, cv_id: int | None = None) -> JobDetails:
    """A job, every CV version, and the report of CV ``cv_id`` (default: current); when
    the report is over the work budget, the job without it and the reason why."""

    def compute(repos: Repos, with_report: bool = True) -> JobDetails:
        job = job_view(job_row(repos, job_id))
        versions = list(cv_views(repos))
        if not versions or not with_report:
            return JobDetails(job, versions, None)
        try:
            return JobDetails(job, versions, report_view_of(ws, repos, job_id, cv_id))
        except TextTooLong as error:
            # Kept with the view: the same saved text is as long next time.
            return JobDetails(job, versions, None, str(error))

    try:
        return cached(ws, ("job details", job_id, cv_id), compute)
    except MatchTooSlow as error:
        # Not kept: the page shows the job now, and the next visit tries the match again
        # (on a less busy machine it may finish in time).
        key = ("job details without report", job_id)
        found = cached(ws, key, lambda repos: compute(repos, with_report=False))
        return dataclasses.replace(found, report_problem=str(error))
