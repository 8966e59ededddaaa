"""Spoken answers: the row of each recording, from its first chunk to its transcript.

The background steps that transcribe a recording run in any process; the updates they
make are compare-and-set (on ``decoded_until``, ``attempts``, ``status``), so two
processes at the same recording never both win.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Float, case, cast, select, update

from shortlist.storage.repositories.base import Repository
from shortlist.storage.tables import (
    RECORDING_BYTES_PER_SECOND,
    PracticeAnswerRow,
    PracticeSessionRow,
    RecordingRow,
)

__all__ = ["RecordingRepository", "StoredWord"]

#: One heard word as the ``words`` JSON column keeps it: [text, start, end] (seconds).
StoredWord = list[str | float]


class RecordingRepository(Repository):
    def add(self, *, answer_id: int, engine: str) -> RecordingRow:
        row = RecordingRow(answer_id=answer_id, engine=engine, words=[])
        self._add(row)
        self._session.flush()
        return row

    def get(self, recording_id: int, *, lock: bool = False) -> RecordingRow | None:
        """The recording; ``lock`` holds its row until the transaction ends (PostgreSQL:
        FOR UPDATE; SQLite's transactions hold the write lock from their start)."""
        return self._session.get(RecordingRow, recording_id, with_for_update=lock)

    def of_job(self, job_id: int) -> list[tuple[int, str | None]]:
        """(id, audio sha256) of the recordings of a job's practice answers."""
        return self._of(PracticeSessionRow.job_id == job_id)

    def of_session(self, session_id: int) -> list[tuple[int, str | None]]:
        """(id, audio sha256) of the recordings of a practice session's answers."""
        return self._of(PracticeSessionRow.id == session_id)

    def _of(self, condition: ColumnElement[bool]) -> list[tuple[int, str | None]]:
        query = (
            select(RecordingRow.id, RecordingRow.audio_sha256)
            .join(PracticeAnswerRow, RecordingRow.answer_id == PracticeAnswerRow.id)
            .join(PracticeSessionRow, PracticeAnswerRow.session_id == PracticeSessionRow.id)
            .where(condition)
        )
        return [(row.id, row.audio_sha256) for row in self._session.execute(query)]

    # while recording

    def add_chunk(self, row: RecordingRow, size: int, digest: str) -> None:
        """One more chunk of ``size`` bytes, its sha256 ``digest`` kept to tell a resend."""
        row.chunks += 1
        row.byte_count += size
        row.chunk_digests = [*row.chunk_digests, digest]
        self._session.flush()

    def set_whole_audio(self, row: RecordingRow, size: int, digest: str) -> None:
        """The audio came in one piece (an upload): one chunk of ``size`` bytes."""
        row.chunks = 1
        row.byte_count = size
        row.chunk_digests = [digest]
        self._session.flush()

    def start_transcribing(self, row: RecordingRow, seconds_taken: int | None) -> None:
        """No more chunks: the final transcription starts (its first attempt)."""
        row.status = "transcribing"
        row.seconds_taken = seconds_taken
        row.attempts += 1
        self._session.flush()

    # transcribing (the background steps)

    def transcribing_ids_and_attempts(self) -> list[tuple[int, int]]:
        """(id, attempts) of every recording left transcribing."""
        query = select(RecordingRow.id, RecordingRow.attempts).where(
            RecordingRow.status == "transcribing"
        )
        return [(row.id, row.attempts) for row in self._session.execute(query)]

    def claim_attempt(self, recording_id: int, seen: int) -> bool:
        """Count one more final transcription of a recording still transcribing, if its
        attempts are still ``seen``: whether this caller got it."""
        claimed = self._session.execute(
            update(RecordingRow)
            .where(
                RecordingRow.id == recording_id,
                RecordingRow.status == "transcribing",
                RecordingRow.attempts == seen,
            )
            .values(attempts=seen + 1)
            .returning(RecordingRow.id)
        ).first()
        return claimed is not None

    def store_words_if_at(
        self,
        recording_id: int,
        start: float,
        words: list[StoredWord],
        cut: float,
    ) -> None:
        """The words heard up to ``cut`` (seconds), if the recording is still decoded up
        to ``start``: if another process moved it on meanwhile, its words stand.

        Progress is ``cut`` as a share of the audio the row holds as it is written, not
        of what the step read: a step that read fewer chunks would otherwise report a
        share of less audio, and progress would go down after Stop.
        """
        received = cast(RecordingRow.byte_count, Float) / RECORDING_BYTES_PER_SECOND
        share = case((RecordingRow.byte_count <= 0, 1.0), else_=cut / received)
        self._session.execute(
            update(RecordingRow)
            .where(RecordingRow.id == recording_id, RecordingRow.decoded_until == start)
            .values(
                words=words,
                decoded_until=cut,
                progress=case((share >= 1.0, 1.0), else_=share),
            )
        )

    def fail(self, recording_id: int, message: str) -> None:
        """The recording failed with ``message`` (for the page), unless it is done."""
        row = self.get(recording_id)
        if row is not None and row.status != "done":
            row.status = "failed"
            row.error = message
            self._session.flush()

    def finish(self, row: RecordingRow, *, audio_sha256: str, error: str | None) -> None:
        """Transcribed: the audio kept as ``audio_sha256``; done, or failed with ``error``."""
        row.audio_sha256 = audio_sha256
        row.progress = 1.0
        row.finished_at = self._now()
        if error is None:
            row.status = "done"
        else:
            row.status = "failed"
            row.error = error
        self._session.flush()
