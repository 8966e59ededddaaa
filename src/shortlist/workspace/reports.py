"""Match reports: stored per job and CV version, computed again only when stale."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from shortlist.analyses import analyse_posting, index_of
from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.matching import ENGINE_VERSION, match_indexed
from shortlist.core.match.report_json import (
    StoredReport,
    StoredRow,
    report_from_dict,
    report_to_dict,
)
from shortlist.core.models import MatchReport, Status
from shortlist.storage import CvVersionRow, JobRow, MatchReportRow, NewReport, Repos
from shortlist.workspace.base import (
    NotFound,
    Workspace,
    cached,
    cv_row,
    job_row,
    month_key,
    utc,
)
from shortlist.workspace.budget import MatchDeadline, check_saved_text, cv_name, posting_name
from shortlist.workspace.cache import mark_unfinished
from shortlist.workspace.cv_reading import CvReading, read_cv, reading_of
from shortlist.workspace.views import Comparison, DoubtToClose, ReportView, RowChange


def get_report(ws: Workspace, job_id: int, cv_id: int | None = None) -> ReportView:
    """The match report of a CV version (default: current) for a job; stored unless stale."""
    return cached(
        ws, ("report", job_id, cv_id), lambda repos: report_view_of(ws, repos, job_id, cv_id)
    )


def report_view_of(ws: Workspace, repos: Repos, job_id: int, cv_id: int | None) -> ReportView:
    """The report of CV ``cv_id`` (default: current) for a job, computed if stale."""
    job = job_row(repos, job_id)
    cv = cv_row(repos, cv_id) if cv_id is not None else repos.cvs.current()
    if cv is None:
        raise NotFound("there is no CV yet: add your CV first")
    row = repos.jobs.report(job.id, cv.id)
    today = ws.clock.today()
    reading = reading_of(repos, cv)
    if row is None or row.input_hash != _input_hasher(reading, today)(job.posting_text):
        row = compute_reports(ws, repos, cv, [job], today)[job.id]
    return _report_view(row)


def compare_cvs(ws: Workspace, job_id: int, cv_a: int, cv_b: int) -> Comparison:
    """Two CV versions against one job: both reports and how each requirement moved."""
    a = get_report(ws, job_id, cv_a)
    b = get_report(ws, job_id, cv_b)
    rows_b = list(b.report.requirements)
    changes = []
    for row in a.report.requirements:
        other = next((r for r in rows_b if r.text == row.text), None)
        if other is not None:
            rows_b.remove(other)
        changes.append(_change(row, other))
    changes.extend(_change(None, row) for row in rows_b)
    return Comparison(job_id, a, b, b.score - a.score, changes)


def doubt_to_close(report: StoredReport) -> DoubtToClose | None:
    """The first missing must-have, else the first partial must-have, else the first gap."""
    advice = {gap.requirement: gap.advice for gap in report.advice}
    for status in (Status.MISSING, Status.PARTIAL):
        for row in report.requirements:
            if row.must_have and row.status is status:
                note = advice.get(row.text, row.note)
                return DoubtToClose(row.text, status.value, True, note)
    if not report.advice:
        return None
    first = report.advice[0]
    found = [row.status.value for row in report.requirements if row.text == first.requirement]
    status_text = found[0] if found else Status.MISSING.value
    return DoubtToClose(first.requirement, status_text, first.must_have, first.advice)


def _input_hasher(reading: CvReading, today: dt.date) -> Callable[[str], str]:
    """The input hash of a CV, as corrected, with any posting; the CV's part is hashed
    once. The corrections are in it, so removing a skill or marking a line computes the
    reports again."""
    # Months of experience run up to today, so a new month is a new input too.
    key = "\0".join([ENGINE_VERSION, month_key(today), *reading.hash_parts(), ""])
    prefix = hashlib.sha256(key.encode("utf-8"))

    def with_posting(posting_text: str) -> str:
        digest = prefix.copy()
        digest.update(posting_text.encode("utf-8"))
        return digest.hexdigest()

    return with_posting


def compute_reports(
    ws: Workspace,
    repos: Repos,
    cv: CvVersionRow,
    jobs: list[JobRow],
    today: dt.date,
    *,
    as_far_as_time_allows: bool = False,
) -> dict[int, MatchReportRow]:
    """Match ``cv`` against ``jobs`` as of ``today`` (the CV parsed once), store the
    reports; the same day dates the reports and keys their input hash.

    Within the work budget (budget.py): a saved text over the size limit raises
    TextTooLong and running past the time limit raises MatchTooSlow. With
    ``as_far_as_time_allows`` (a list of jobs) neither raises: texts over the limit get
    no report, and once the time is spent the jobs not reached wait for the next call,
    which will get at least one job further (the view is not kept meanwhile).
    """
    strict = not as_far_as_time_allows
    limit = ws.settings.max_text_chars
    deadline = MatchDeadline(ws.settings.match_timeout_s)

    def fits(text: str, what: str) -> bool:
        if strict:
            check_saved_text(text, what, limit)
        return len(text) <= limit

    def step() -> None:
        if strict:
            deadline.check()

    if not fits(cv.text, cv_name(cv)):
        return {}
    reading = reading_of(repos, cv)
    input_hash = _input_hasher(reading, today)
    index: CvIndex | None = None
    saved: dict[int, MatchReportRow] = {}
    for job in jobs:
        if not fits(job.posting_text, posting_name(job)):
            continue
        if not strict and saved and deadline.expired():
            # The rest wait for the next request, which gets at least one job further.
            mark_unfinished()
            break
        step()
        if index is None:
            index = index_of(read_cv(reading, today))
            step()
        posting = analyse_posting(job.posting_text)
        step()
        report = match_indexed(index, posting)
        saved[job.id] = _save_report(repos, cv, job, report, input_hash(job.posting_text))
    return saved


def _save_report(
    repos: Repos, cv: CvVersionRow, job: JobRow, report: MatchReport, input_hash: str
) -> MatchReportRow:
    # Stored even if another request stored the same pair meanwhile: ours is as fresh.
    return repos.jobs.save_report(
        NewReport(
            job_id=job.id,
            cv_version_id=cv.id,
            engine_version=report.engine_version,
            input_hash=input_hash,
            score=report.score,
            band=report.band,
            report_json=report_to_dict(report),
        )
    )


def current_scores(
    ws: Workspace, repos: Repos, cv: CvVersionRow, jobs: list[JobRow]
) -> dict[int, MatchReportRow]:
    """Fresh reports of ``cv`` for ``jobs``, by job id: stored ones, stale ones recomputed."""
    stored = repos.jobs.reports_for_cv(cv.id)
    today = ws.clock.today()
    input_hash = _input_hasher(reading_of(repos, cv), today)
    stale = [
        job
        for job in jobs
        if job.id not in stored or stored[job.id].input_hash != input_hash(job.posting_text)
    ]
    if stale:
        stored.update(compute_reports(ws, repos, cv, stale, today, as_far_as_time_allows=True))
    return stored


def _report_view(row: MatchReportRow) -> ReportView:
    report = report_from_dict(row.report_json)
    return ReportView(
        job_id=row.job_id,
        cv_id=row.cv_version_id,
        score=row.score,
        band=row.band,
        engine_version=row.engine_version,
        computed_at=utc(row.computed_at),
        report=report,
        doubt=doubt_to_close(report),
    )


def _change(a: StoredRow | None, b: StoredRow | None) -> RowChange:
    either = a if a is not None else b
    assert either is not None
    status_a = a.status.value if a is not None else None
    status_b = b.status.value if b is not None else None
    return RowChange(
        requirement=either.text,
        kind=either.kind.value,
        must_have=either.must_have,
        status_a=status_a,
        status_b=status_b,
        evidence_a=a.evidence if a is not None else None,
        evidence_b=b.evidence if b is not None else None,
        changed=status_a != status_b,
    )
