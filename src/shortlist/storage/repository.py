"""Reads and writes of rows, one small method each; the decisions live in workspace.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.orm import Session, defer, lazyload

from shortlist.storage.tables import (
    DATA_VERSION,
    Base,
    CvVersionRow,
    DocumentRow,
    InterviewPlanRow,
    InterviewRoundRow,
    JobRow,
    JournalRow,
    MatchReportRow,
    PracticeAnswerRow,
    PracticeSessionRow,
    RecordingRow,
    StoryRow,
    utc_now,
)

__all__ = ["Repository", "read_data_version"]

RowT = TypeVar("RowT", JournalRow, StoryRow, InterviewPlanRow)

#: Plain SQL: read on every request, it skips building and caching a statement each time.
DATA_VERSION_SQL = "SELECT version FROM data_version WHERE id = 1"
#: PostgreSQL advisory lock key held by an import's transaction ("SLIMPORT" in ASCII).
IMPORT_LOCK = 0x534C494D504F5254


class Repository:
    """Row access within one session; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # documents

    def add_document(
        self,
        *,
        kind: str,
        filename: str | None,
        content_type: str,
        sha256: str,
        size: int,
        extracted_text: str,
    ) -> DocumentRow:
        row = DocumentRow(
            kind=kind,
            filename=filename,
            content_type=content_type,
            sha256=sha256,
            size=size,
            extracted_text=extracted_text,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def document(self, document_id: int) -> DocumentRow | None:
        return self.session.get(DocumentRow, document_id)

    def documents_with_sha256(self, sha256: str) -> int:
        """How many documents keep the file ``sha256``."""
        query = select(func.count()).select_from(DocumentRow).where(DocumentRow.sha256 == sha256)
        return self.session.scalar(query) or 0

    def delete_document(self, row: DocumentRow) -> None:
        self.session.delete(row)
        self.session.flush()

    # CV versions

    def add_cv_version(
        self, *, label: str, text: str, document_id: int | None, parent_id: int | None
    ) -> CvVersionRow:
        row = CvVersionRow(label=label, text=text, document_id=document_id, parent_id=parent_id)
        self.session.add(row)
        self.session.flush()
        return row

    def cv_version(self, cv_id: int) -> CvVersionRow | None:
        return self.session.get(CvVersionRow, cv_id)

    def cv_versions(self) -> Sequence[CvVersionRow]:
        """Every version, oldest first (ids only grow, so they order by creation)."""
        return self.session.scalars(select(CvVersionRow).order_by(CvVersionRow.id)).all()

    def current_cv_version(self) -> CvVersionRow | None:
        query = select(CvVersionRow).order_by(CvVersionRow.id.desc()).limit(1)
        return self.session.scalars(query).first()

    # jobs

    def add_job(
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
        self.session.add(row)
        self.session.flush()
        return row

    def job(self, job_id: int) -> JobRow | None:
        return self.session.get(JobRow, job_id)

    def jobs(self, status: str | None = None) -> Sequence[JobRow]:
        """Jobs, newest first, optionally only those with ``status``; the documents they
        came from are loaded only if read (a list shows none of them)."""
        query = (
            select(JobRow)
            .options(lazyload(JobRow.document))
            .order_by(JobRow.created_at.desc(), JobRow.id.desc())
        )
        if status is not None:
            query = query.where(JobRow.status == status)
        return self.session.scalars(query).all()

    def set_status(self, job: JobRow, status: str) -> None:
        job.status = status
        job.updated_at = utc_now()
        self.session.flush()

    def set_round(self, job: JobRow, number: int, date: dt.date | None) -> InterviewRoundRow:
        """Round ``number`` of ``job``, added or given its new date."""
        for existing in job.rounds:
            if existing.number == number:
                if date is not None:
                    existing.date = date
                self.session.flush()
                return existing
        row = InterviewRoundRow(job_id=job.id, number=number, date=date, notes="")
        job.rounds.append(row)
        job.rounds.sort(key=lambda r: r.number)
        self.session.flush()
        return row

    def delete_job(self, job: JobRow) -> None:
        self.session.delete(job)
        self.session.flush()

    # match reports

    def report(self, job_id: int, cv_version_id: int) -> MatchReportRow | None:
        query = select(MatchReportRow).where(
            MatchReportRow.job_id == job_id, MatchReportRow.cv_version_id == cv_version_id
        )
        return self.session.scalars(query).first()

    def reports_for_cv(self, cv_version_id: int) -> dict[int, MatchReportRow]:
        """The stored reports of one CV version, by job id, without their JSON (loaded
        only if read: a list of scores does not need it)."""
        query = (
            select(MatchReportRow)
            .where(MatchReportRow.cv_version_id == cv_version_id)
            .options(defer(MatchReportRow.report_json))
        )
        return {row.job_id: row for row in self.session.scalars(query)}

    def save_report(
        self,
        *,
        job_id: int,
        cv_version_id: int,
        engine_version: str,
        input_hash: str,
        score: int,
        band: str,
        report_json: dict[str, Any],
    ) -> MatchReportRow:
        """Store a freshly computed report, replacing a stale one for the same pair."""
        row = self.report(job_id, cv_version_id)
        if row is None:
            row = MatchReportRow(job_id=job_id, cv_version_id=cv_version_id)
            self.session.add(row)
        row.engine_version = engine_version
        row.input_hash = input_hash
        row.score = score
        row.band = band
        row.report_json = report_json
        row.computed_at = utc_now()
        self.session.flush()
        return row

    # interview preparation: journals, stories, plan choices

    def journal(self, round_id: int) -> JournalRow | None:
        query = select(JournalRow).where(JournalRow.round_id == round_id)
        return self.session.scalars(query).first()

    def journals_for_job(self, job_id: int) -> Sequence[JournalRow]:
        """The journals of a job's rounds, earliest round first."""
        query = (
            select(JournalRow)
            .join(InterviewRoundRow, JournalRow.round_id == InterviewRoundRow.id)
            .where(InterviewRoundRow.job_id == job_id)
            .order_by(InterviewRoundRow.number)
        )
        return self.session.scalars(query).all()

    def journaled_round_ids(self) -> set[int]:
        """Ids of every round that has a journal."""
        return set(self.session.scalars(select(JournalRow.round_id)))

    def save_journal(self, round_id: int, values: dict[str, Any]) -> JournalRow:
        """The journal of round ``round_id``, added or updated with ``values``."""
        row = self.journal(round_id)
        if row is None:
            row = JournalRow(round_id=round_id)
            self.session.add(row)
        return self._write(row, values)

    def stories(self) -> Sequence[StoryRow]:
        """Every story, oldest first."""
        return self.session.scalars(select(StoryRow).order_by(StoryRow.id)).all()

    def story(self, story_id: int) -> StoryRow | None:
        return self.session.get(StoryRow, story_id)

    def save_story(self, row: StoryRow | None, values: dict[str, Any]) -> StoryRow:
        """A new story (``row`` None) or ``row`` updated with ``values``."""
        if row is None:
            row = StoryRow()
            self.session.add(row)
        return self._write(row, values)

    def delete_story(self, row: StoryRow) -> None:
        self.session.delete(row)
        self.session.flush()

    def plan_choices(self, job_id: int) -> InterviewPlanRow | None:
        query = select(InterviewPlanRow).where(InterviewPlanRow.job_id == job_id)
        return self.session.scalars(query).first()

    def save_plan_choices(self, job_id: int, values: dict[str, Any]) -> InterviewPlanRow:
        """The plan choices of job ``job_id``, added or updated with ``values``."""
        row = self.plan_choices(job_id)
        if row is None:
            row = InterviewPlanRow(job_id=job_id)
            self.session.add(row)
        return self._write(row, values)

    def _write(self, row: RowT, values: dict[str, Any]) -> RowT:
        """``row`` given ``values`` and a new ``updated_at``, flushed."""
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = utc_now()
        self.session.flush()
        return row

    # practice sessions

    def add_practice_session(self, values: dict[str, Any]) -> PracticeSessionRow:
        row = PracticeSessionRow(**values)
        self.session.add(row)
        self.session.flush()
        return row

    def practice_session(self, session_id: int) -> PracticeSessionRow | None:
        return self.session.get(PracticeSessionRow, session_id)

    def practice_sessions(self) -> Sequence[PracticeSessionRow]:
        """Every session, oldest first."""
        query = select(PracticeSessionRow).order_by(PracticeSessionRow.id)
        return self.session.scalars(query).all()

    def add_practice_item(
        self, session: PracticeSessionRow, values: dict[str, Any]
    ) -> PracticeAnswerRow:
        row = PracticeAnswerRow(session_id=session.id, **values)
        session.items.append(row)
        self.session.flush()
        return row

    def recordings_of(
        self, *, job_id: int | None = None, session_id: int | None = None
    ) -> list[tuple[int, str | None]]:
        """(id, audio sha256) of the recordings of a job's or a session's answers."""
        query = (
            select(RecordingRow.id, RecordingRow.audio_sha256)
            .join(PracticeAnswerRow, RecordingRow.answer_id == PracticeAnswerRow.id)
            .join(PracticeSessionRow, PracticeAnswerRow.session_id == PracticeSessionRow.id)
        )
        if job_id is not None:
            query = query.where(PracticeSessionRow.job_id == job_id)
        if session_id is not None:
            query = query.where(PracticeSessionRow.id == session_id)
        return [(row.id, row.audio_sha256) for row in self.session.execute(query)]

    def file_in_use(self, sha256: str) -> bool:
        """Whether a document or a recording still keeps the file ``sha256``."""
        recordings = select(func.count()).where(RecordingRow.audio_sha256 == sha256)
        return self.documents_with_sha256(sha256) > 0 or (self.session.scalar(recordings) or 0) > 0

    def delete_practice_session(self, row: PracticeSessionRow) -> None:
        """The session and, by the database's cascades, its answers and follow-ups (the
        ORM deleting them one by one would trip over the follow-ups already gone)."""
        self.session.execute(delete(PracticeSessionRow).where(PracticeSessionRow.id == row.id))
        self.session.expunge(row)

    # the data version

    def data_version(self) -> int:
        """The number every committed write raises (triggers of migration 0002)."""
        query = select(DATA_VERSION.c.version).where(DATA_VERSION.c.id == 1)
        return int(self.session.execute(query).scalar_one())

    # every table at once (export, import, delete everything)

    def lock_for_import(self) -> None:
        """Hold off any other import until this transaction ends. PostgreSQL takes an
        advisory lock; an SQLite transaction already holds the database's write lock."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})

    def is_empty(self) -> bool:
        return all(
            self.session.scalar(select(func.count()).select_from(table)) == 0
            for table in Base.metadata.sorted_tables
        )

    def delete_all_rows(self) -> None:
        """Every row of every table, children first."""
        for table in reversed(Base.metadata.sorted_tables):
            self.session.execute(delete(table))
        self.session.flush()

    def reset_id_sequences(self) -> None:
        """After rows were inserted with explicit ids, make new ids start above them.

        PostgreSQL's serial sequences do not see explicit ids; SQLite takes max(id) + 1.
        """
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table in Base.metadata.sorted_tables:
            self.session.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                ),
                {"table": table.name},
            )


def read_data_version(connection: Connection) -> int:
    """:meth:`Repository.data_version` on a bare connection, outside any session."""
    return int(connection.exec_driver_sql(DATA_VERSION_SQL).scalar_one())
