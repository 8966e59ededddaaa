"""Job services: save a posting, list, move along the pipeline, delete."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from shortlist.analyses import analyse_posting, require_english
from shortlist.ingest import read_url
from shortlist.storage import JOB_STATUSES, MAX_URL_CHARS, JobRow, MatchReportRow, Repos
from shortlist.workspace.base import Workspace, cached, job_row, utc
from shortlist.workspace.recording_store import forget_recordings
from shortlist.workspace.reports import current_scores
from shortlist.workspace.uploads import basename, cut, keep_file, one_source, read_document
from shortlist.workspace.views import JobSummary, JobView, RoundView


def add_job(
    ws: Workspace,
    *,
    text: str | None = None,
    data: bytes | None = None,
    filename: str | None = None,
    url: str | None = None,
) -> JobView:
    """Save a job from pasted text, an uploaded file or a URL (exactly one of them)."""
    one_source("the posting", data=data, text=text, url=url)
    if url is not None:
        url = url.strip()
        if len(url) > MAX_URL_CHARS:
            raise ValueError(
                f"the link is longer than {MAX_URL_CHARS} characters; save the page and "
                f"upload it instead"
            )
        document = read_url(url, ws.settings.limits())
        require_english(document, "the posting")
    else:
        document = read_document(ws, "the posting", data=data, filename=filename, text=text)
    posting = analyse_posting(document.text)
    with ws.db.session() as session:
        repos = ws.repos(session)
        document_id = None
        if data is not None:
            kept = keep_file(ws, repos, "posting", data, basename(filename), document)
            document_id = kept.id
        row = repos.jobs.add(
            title=cut(posting.title, 300),
            company=cut(posting.company, 300),
            location=cut(posting.location, 300),
            source_url=url,
            posting_text=document.text,
            document_id=document_id,
        )
        return job_view(row, list(document.warnings))


def list_jobs(
    ws: Workspace, *, sort: Literal["score", "date"] = "date", status: str | None = None
) -> list[JobSummary]:
    """Saved jobs, newest first or best score first, optionally of one status."""
    check_list_arguments(sort, status)
    found = cached(ws, ("jobs", sort, status), lambda repos: summaries(ws, repos, sort, status))
    return list(found)


def check_list_arguments(sort: str, status: str | None) -> None:
    """ValueError unless ``sort`` and ``status`` are ones :func:`list_jobs` knows."""
    if sort not in ("score", "date"):
        raise ValueError(f"unknown sort {sort!r}; use 'score' or 'date'")
    if status is not None:
        _check_status(status)


def summaries(ws: Workspace, repos: Repos, sort: str, status: str | None) -> tuple[JobSummary, ...]:
    """The rows of the jobs list, scored against the current CV (stale reports redone)."""
    jobs = list(repos.jobs.all(status))
    cv = repos.cvs.current()
    scores = current_scores(ws, repos, cv, jobs) if cv is not None else {}
    rows = [_summary(job, scores.get(job.id)) for job in jobs]
    if sort == "score":
        # Stable sort: equal scores keep newest first; jobs with no score go last.
        rows.sort(key=lambda s: -1 if s.score is None else -s.score)
        rows.sort(key=lambda s: s.score is None)
    return tuple(rows)


def get_job(ws: Workspace, job_id: int) -> JobView:
    """One saved job with its posting text and interview rounds."""
    return cached(ws, ("job", job_id), lambda repos: job_view(job_row(repos, job_id)))


def set_job_status(
    ws: Workspace,
    job_id: int,
    status: str,
    round_number: int | None = None,
    round_date: dt.date | None = None,
) -> JobView:
    """Move a job along the pipeline; "interviewing" records round N and its date."""
    _check_status(status)
    if status != "interviewing" and (round_number is not None or round_date is not None):
        raise ValueError("an interview round and its date go with the status 'interviewing'")
    if round_number is not None and round_number < 1:
        raise ValueError(f"interview rounds count from 1, not {round_number}")
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        repos.jobs.set_status(job, status)
        if status == "interviewing":
            latest = max((r.number for r in job.rounds), default=0)
            number = round_number or latest or 1
            if round_number is not None or round_date is not None or not job.rounds:
                repos.jobs.set_round(job, number, round_date)
        return job_view(job)


def delete_job(ws: Workspace, job_id: int) -> None:
    """Delete a job, its rounds, reports and practice (recorded audio included), and its
    uploaded file unless shared."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        recordings = repos.recordings.of_job(job.id)
        document = job.document
        repos.jobs.delete(job)
        orphan = None
        if document is not None:
            repos.documents.delete(document)
            if repos.documents.count_with_sha256(document.sha256) == 0:
                orphan = document.sha256
    if orphan is not None:
        ws.files.delete(orphan)
    forget_recordings(ws, recordings)


def _check_status(status: str) -> None:
    if status not in JOB_STATUSES:
        raise ValueError(f"unknown status {status!r}; use one of {', '.join(JOB_STATUSES)}")


def job_view(row: JobRow, warnings: list[str] | None = None) -> JobView:
    """The view of a job row."""
    return JobView(
        id=row.id,
        title=row.title,
        company=row.company,
        location=row.location,
        source_url=row.source_url,
        posting_text=row.posting_text,
        status=row.status,
        rounds=[RoundView(r.number, r.date, r.notes) for r in row.rounds],
        filename=row.document.filename if row.document is not None else None,
        document_id=row.document_id,
        created_at=utc(row.created_at),
        updated_at=utc(row.updated_at),
        warnings=warnings or [],
    )


def _summary(job: JobRow, report: MatchReportRow | None) -> JobSummary:
    return JobSummary(
        id=job.id,
        title=job.title,
        company=job.company,
        location=job.location,
        status=job.status,
        round=max((r.number for r in job.rounds), default=None),
        score=report.score if report is not None else None,
        band=report.band if report is not None else None,
        created_at=utc(job.created_at),
        updated_at=utc(job.updated_at),
    )
