"""Jobs with their interview rounds, and the match reports of each CV version for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer, lazyload

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import InterviewRoundRow, JobRow, MatchReportRow

__all__ = ["JobRepository", "NewReport"]


@dataclass(frozen=True)
class NewReport:
    """A freshly computed match report of one CV version for one job."""

    job_id: int
    cv_version_id: int
    engine_version: str
    input_hash: str
    score: int
    band: str
    report_json: dict[str, Any]


class JobRepository(Repository):
    def add(
        self,
        *,
        title: str | None,
        company: str | None,
        location: str | None,
        source_url: str | None,
        posting_text: str,
        document_id: int | None,
    ) -> JobRow:
        row = JobRow(
            title=title,
            company=company,
            location=location,
            source_url=source_url,
            posting_text=posting_text,
            document_id=document_id,
            status="saved",
        )
        self._add(row)
        self._session.flush()
        return row

    def get(self, job_id: int) -> JobRow | None:
        return self._session.get(JobRow, job_id)

    def all(self, status: str | None = None) -> Sequence[JobRow]:
        """Jobs, newest first, optionally only those with ``status``; the documents they
        came from are loaded only if read (a list shows none of them)."""
        query = (
            select(JobRow)
            .options(lazyload(JobRow.document))
            .order_by(JobRow.created_at.desc(), JobRow.id.desc())
        )
        if status is not None:
            query = query.where(JobRow.status == status)
        return self._session.scalars(query).all()

    def set_status(self, job: JobRow, status: str) -> None:
        job.status = status
        job.updated_at = self._now()
        self._session.flush()

    def set_round(self, job: JobRow, number: int, date: dt.date | None) -> InterviewRoundRow:
        """Round ``number`` of ``job``, added or given its new date."""
        for existing in job.rounds:
            if existing.number == number:
                if date is not None:
                    existing.date = date
                self._session.flush()
                return existing
        row = InterviewRoundRow(job_id=job.id, number=number, date=date, notes="")
        job.rounds.append(row)
        job.rounds.sort(key=lambda r: r.number)
        self._session.flush()
        return row

    def delete(self, job: JobRow) -> None:
        """The job and, by the database's cascades, its rounds, reports, plan, journals
        and practice sessions."""
        self._session.delete(job)
        self._session.flush()

    # match reports

    def report(self, job_id: int, cv_version_id: int) -> MatchReportRow | None:
        query = select(MatchReportRow).where(
            MatchReportRow.job_id == job_id, MatchReportRow.cv_version_id == cv_version_id
        )
        return self._session.scalars(query).first()

    def reports_for_cv(self, cv_version_id: int) -> dict[int, MatchReportRow]:
        """The stored reports of one CV version, by job id, without their JSON (loaded
        only if read: a list of scores does not need it)."""
        query = (
            select(MatchReportRow)
            .where(MatchReportRow.cv_version_id == cv_version_id)
            .options(defer(MatchReportRow.report_json))
        )
        return {row.job_id: row for row in self._session.scalars(query)}

    def save_report(self, new: NewReport) -> MatchReportRow:
        """Store a freshly computed report, replacing a stale one for the same pair.

        Tried in a savepoint first: when another request stored the same pair meanwhile,
        the unique key refuses ours, and it is written again over theirs (as fresh)."""
        try:
            with self._session.begin_nested():
                return self._write_report(new)
        except IntegrityError:
            return self._write_report(new)

    def _write_report(self, new: NewReport) -> MatchReportRow:
        row = self.report(new.job_id, new.cv_version_id)
        if row is None:
            row = MatchReportRow(job_id=new.job_id, cv_version_id=new.cv_version_id)
            self._add(row)
        row.engine_version = new.engine_version
        row.input_hash = new.input_hash
        row.score = new.score
        row.band = new.band
        row.report_json = new.report_json
        row.computed_at = self._now()
        self._session.flush()
        return row
