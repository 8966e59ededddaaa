"""What one screen shows, read in one transaction: the jobs list, one job with its report.

The pages could call list_jobs, current_cv, get_job, list_cv_versions and get_report in
turn; one call reads the data version once instead of up to three times, and keeps one
view (which the web layer keeps rendered HTML of) instead of three.
"""

from __future__ import annotations

from typing import Literal

from shortlist.storage import Repository
from shortlist.workspace.base import Workspace, cached, job_row
from shortlist.workspace.cvs import cv_views
from shortlist.workspace.jobs import check_list_arguments, job_view, summaries
from shortlist.workspace.reports import report_view_of
from shortlist.workspace.views import JobDetails, JobsOverview


def jobs_overview(
    ws: Workspace, *, sort: Literal["score", "date"] = "date", status: str | None = None
) -> JobsOverview:
    """The jobs list (as :func:`list_jobs` gives it) and whether there is a CV yet."""
    check_list_arguments(sort, status)

    def compute(repo: Repository) -> JobsOverview:
        has_cv = repo.current_cv_version() is not None
        return JobsOverview(list(summaries(ws, repo, sort, status)), has_cv)

    return cached(ws, ("jobs overview", sort, status), compute)


def job_details(ws: Workspace, job_id: int, cv_id: int | None = None) -> JobDetails:
    """A job, every CV version, and the report of CV ``cv_id`` (default: current)."""

    def compute(repo: Repository) -> JobDetails:
        job = job_view(job_row(repo, job_id))
        versions = list(cv_views(repo))
        report = report_view_of(ws, repo, job_id, cv_id) if versions else None
        return JobDetails(job, versions, report)

    return cached(ws, ("job details", job_id, cv_id), compute)
