"""Spoken answers: audio arrives in chunks while the user speaks, is transcribed as it
arrives, and on "finish" only the last few seconds are left to transcribe before the
feedback is ready (the delay the user waits through is not the length of the answer).

Each chunk is taken once by its index and appended to the recording's audio file
(recording_store.py says where and how far it counts). Each queues a background step
that transcribes the audio up to the last pause it has heard and stores the words and
how far they reach on the row, so any web process can report progress. Finishing
transcribes the rest, measures delivery, analyses the answer as a practice answer and
keeps the audio as a WAV in the FileStore (transcribing.py holds those background
steps).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from shortlist.core.answers.feedback_json import SpokenPart, feedback_from_dict
from shortlist.speech import AudioError, audio_limits
from shortlist.speech.audio import decode_bytes
from shortlist.speech.feedback import spoken_feedback
from shortlist.storage import PracticeAnswerRow, RecordingRow
from shortlist.workspace.base import Conflict, NotFound, Workspace
from shortlist.workspace.practice import get_practice
from shortlist.workspace.practice_answers import check_seconds_taken, record_answer
from shortlist.workspace.practice_rows import practice_row, question_row
from shortlist.workspace.practice_views import PracticeView
from shortlist.workspace.recording_store import (
    BYTES_PER_SECOND,
    RECORDINGS_DIR,
    pcm_path,
    read_pcm,
    recording_row,
    timed_words,
    wav_of,
    write_at,
)
from shortlist.workspace.transcribing import STEP_SECONDS, advance, resume_recordings

__all__ = [
    "MAX_CHUNK_BYTES",
    "RECORDINGS_DIR",
    "ChunkGap",
    "ChunkMismatch",
    "RecordingView",
    "add_chunk",
    "correct_transcript",
    "finish_recording",
    "get_recording",
    "recording_audio",
    "resume_recordings",
    "start_recording",
    "upload_recording",
    "wait_for_recording",
]

#: One chunk: up to 16 s of 16 kHz 16-bit mono audio (the browser sends about 1 s).
MAX_CHUNK_BYTES = 512 * 1024


class ChunkGap(Conflict):
    """A chunk came before the ones it follows; the client resends from ``expected``."""

    def __init__(self, expected: int) -> None:
        super().__init__(f"chunk {expected} is the next one expected; send from there")
        self.expected = expected


class ChunkMismatch(Conflict):
    """Other bytes for a chunk index already taken: the client has lost track."""

    def __init__(self, index: int, expected: int) -> None:
        super().__init__(
            f"chunk {index} was already received with other audio; "
            f"chunk {expected} is the next one expected"
        )
        self.expected = expected


@dataclass(frozen=True)
class RecordingView:
    id: int
    session_id: int
    item_id: int
    #: recording, transcribing, done or failed.
    status: str
    chunks: int
    #: Seconds of audio received so far.
    seconds: float
    #: Share of the audio transcribed, 0..1.
    progress: float
    error: str | None
    transcript: str
    words: list[dict[str, Any]]
    delivery: dict[str, Any] | None
    has_audio: bool


def start_recording(ws: Workspace, session_id: int, item_id: int) -> RecordingView:
    """A new recording for a practice question that is not answered yet."""
    engine = ws.settings.speech_engine
    with ws.db.session() as session:
        repos = ws.repos(session)
        item = question_row(practice_row(repos, session_id), item_id)
        if item.answered_at is not None:
            raise ValueError("this question is answered already; retry it to answer again")
        row = repos.recordings.add(answer_id=item.id, engine=engine)
        pcm_path(ws, row.id).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        pcm_path(ws, row.id).write_bytes(b"")
        return _view(row, item)


def add_chunk(ws: Workspace, recording_id: int, index: int, data: bytes) -> RecordingView:
    """Append chunk ``index`` (16-bit PCM, 16 kHz, mono), once.

    A chunk is taken once by its index: the same bytes sent again are a no-op (a client
    unsure whether it arrived may resend it), other bytes for an index already taken are
    a Conflict, and an index past the next one raises ChunkGap. The bytes are written
    while the recording's row is locked (across processes) and count only once the row
    that says how many there are is committed, so neither a retry racing the original
    nor a crash between the two leaves audio twice.
    """
    limit = audio_limits(ws.settings)
    digest = hashlib.sha256(data).hexdigest()
    with ws.db.session() as session:
        repos = ws.repos(session)
        row, item = recording_row(repos, recording_id, lock=True)
        _check_chunk(index, data)
        if index < row.chunks:
            # Chunks received before digests were kept (migration 0007, an older export)
            # cannot be compared: a resend of one is taken as the same.
            known = index < len(row.chunk_digests)
            if known and row.chunk_digests[index] != digest:
                raise ChunkMismatch(index, row.chunks)
            return _view(row, item)
        if row.status != "recording":
            raise Conflict("this recording is finished; start a new one to record again")
        if index > row.chunks:
            raise ChunkGap(row.chunks)
        if (row.byte_count + len(data)) / BYTES_PER_SECOND > limit.max_seconds:
            raise ValueError(
                f"the recording is longer than {limit.max_seconds / 60:g} minutes; stop and "
                "answer in a shorter take"
            )
        path = pcm_path(ws, row.id)
        if (path.stat().st_size if path.exists() else 0) < row.byte_count:
            # Writing at the count would pad the gap with silence.
            raise Conflict(
                "the audio received so far is missing on this computer; stop and record "
                "the answer again"
            )
        write_at(path, row.byte_count, data)
        repos.recordings.add_chunk(row, len(data), digest)
        view = _view(row, item)
    if view.seconds - _decoded(ws, recording_id) >= STEP_SECONDS:
        ws.jobs.submit(lambda: advance(ws, recording_id, final=False))
    return view


def _check_chunk(index: int, data: bytes) -> None:
    if index < 0:
        raise ValueError("a chunk's index counts from 0")
    if not data:
        raise ValueError("the chunk is empty; send the recorded audio")
    if len(data) > MAX_CHUNK_BYTES:
        raise ValueError(f"a chunk holds at most {MAX_CHUNK_BYTES // 1024} KB of audio")
    if len(data) % 2:
        raise ValueError("a chunk is 16-bit samples: its length must be even")


def finish_recording(
    ws: Workspace, recording_id: int, seconds_taken: int | None = None
) -> RecordingView:
    """No more chunks: transcribe the rest and analyse the answer, in the background."""
    check_seconds_taken(seconds_taken)
    with ws.db.session() as session:
        repos = ws.repos(session)
        # Locked: two finishes at once (a double click, a retry) start one transcription.
        row, item = recording_row(repos, recording_id, lock=True)
        if row.status != "recording":
            return _view(row, item)
        if row.byte_count == 0:
            raise ValueError("nothing was recorded; check the microphone and record again")
        repos.recordings.start_transcribing(row, seconds_taken)
        view = _view(row, item)
    ws.jobs.submit(lambda: advance(ws, recording_id, final=True))
    return view


def upload_recording(
    ws: Workspace, session_id: int, item_id: int, data: bytes, filename: str | None = None
) -> RecordingView:
    """A whole recorded answer in any common audio format, decoded here and then
    transcribed in the background like a finished recording."""
    try:
        audio = decode_bytes(data, audio_limits(ws.settings), name=filename or "the recording")
    except AudioError as error:
        raise ValueError(str(error)) from error
    started = start_recording(ws, session_id, item_id)
    with ws.db.session() as session:
        repos = ws.repos(session)
        row, _ = recording_row(repos, started.id, lock=True)
        write_at(pcm_path(ws, row.id), 0, audio.samples)
        digest = hashlib.sha256(audio.samples).hexdigest()
        repos.recordings.set_whole_audio(row, len(audio.samples), digest)
    return finish_recording(ws, started.id)


def get_recording(ws: Workspace, recording_id: int) -> RecordingView:
    with ws.db.session() as session:
        row, item = recording_row(ws.repos(session), recording_id)
        return _view(row, item)


def wait_for_recording(ws: Workspace, recording_id: int, timeout: float = 120) -> RecordingView:
    """The recording once it is done or failed (for the CLI and tests); TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        view = get_recording(ws, recording_id)
        if view.status in ("done", "failed"):
            return view
        if time.monotonic() > deadline:
            raise TimeoutError(f"recording {recording_id} is still {view.status}")
        time.sleep(0.05)


def recording_audio(ws: Workspace, recording_id: int) -> bytes:
    """The recording as a 16 kHz mono WAV: the kept file once done, else what came in."""
    with ws.db.session() as session:
        row, _ = recording_row(ws.repos(session), recording_id)
        sha256, byte_count = row.audio_sha256, row.byte_count
    if sha256 is not None:
        return ws.files.read(sha256)
    if not pcm_path(ws, recording_id).exists():
        raise NotFound(f"recording {recording_id} has no audio")
    return wav_of(read_pcm(ws, recording_id, byte_count))


def correct_transcript(ws: Workspace, session_id: int, item_id: int, text: str) -> PracticeView:
    """Replace a spoken answer's transcript with the user's correction and analyse its
    content again. Delivery (pace, pauses, fillers heard) and the timed words stay as
    they were heard: they describe the recording, not the text."""
    answer = text.strip()
    if not answer:
        raise ValueError("the transcript is empty; write what you said")
    with ws.db.session() as session:
        repos = ws.repos(session)
        practice = practice_row(repos, session_id)
        item = question_row(practice, item_id)
        heard = _heard(item)
        if not item.recordings or item.recordings[-1].status != "done" or heard is None:
            raise ValueError("only a spoken answer that has been transcribed can be corrected")
        recording = item.recordings[-1]
        words = timed_words(recording.words)
        spoken = spoken_feedback(words, heard.delivery, answer)
        # Follow-ups already asked stay; the answer's own feedback is recomputed.
        keep_follow_ups = [i for i in practice.items if i.follows_id == item.id]
        repos.practice.reopen_answer(item)
        record_answer(ws, repos, practice, item, answer, item.seconds_taken, spoken)
        for extra in [i for i in practice.items if i.follows_id == item.id]:
            if extra not in keep_follow_ups:
                repos.practice.remove_question(practice, extra)
    return get_practice(ws, session_id)


def _decoded(ws: Workspace, recording_id: int) -> float:
    with ws.db.session() as session:
        row = ws.repos(session).recordings.get(recording_id)
        return row.decoded_until if row is not None else 0.0


def _heard(item: PracticeAnswerRow) -> SpokenPart | None:
    """What the answer's stored feedback keeps of it being spoken; None when typed or not
    yet answered."""
    return feedback_from_dict(item.feedback).spoken if item.feedback else None


def _view(row: RecordingRow, item: PracticeAnswerRow) -> RecordingView:
    words = [{"text": t, "start": s, "end": e} for t, s, e in row.words]
    heard = _heard(item) if row.status == "done" else None
    delivery = dict(heard.delivery) if heard is not None else None
    return RecordingView(
        id=row.id,
        session_id=item.session_id,
        item_id=item.id,
        status=row.status,
        chunks=row.chunks,
        seconds=round(row.byte_count / BYTES_PER_SECOND, 2),
        progress=round(row.progress, 3),
        error=row.error,
        transcript=" ".join(w["text"] for w in words),
        words=words,
        delivery=delivery,
        has_audio=row.audio_sha256 is not None or row.byte_count > 0,
    )
