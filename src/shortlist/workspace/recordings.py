"""Spoken answers: audio arrives in chunks while the user speaks, is transcribed as it
arrives, and on "finish" only the last few seconds are left to transcribe before the
feedback is ready (the delay the user waits through is not the length of the answer).

While recording, the audio is appended to ``<data dir>/recordings/<id>.pcm`` (16-bit
PCM, 16 kHz, mono). Each chunk queues a background step that transcribes the audio up to
the last pause it has heard and stores the words and how far they reach on the row, so
any web process can report progress. Finishing transcribes the rest, measures delivery,
analyses the answer as a practice answer and keeps the audio as a WAV in the FileStore.
"""

from __future__ import annotations

import array
import io
import itertools
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import update

from shortlist.core.answer_models import TimedWord
from shortlist.core.delivery import delivery_metrics
from shortlist.core.ports import SAMPLE_RATE
from shortlist.speech import AudioError, TranscriberUnavailable, audio_limits
from shortlist.speech.audio import decode_bytes
from shortlist.speech.feedback import spoken_feedback
from shortlist.speech.report import delivery_to_dict
from shortlist.speech.vad import speech_segments
from shortlist.storage import PracticeAnswerRow, RecordingRow, Repository
from shortlist.storage.tables import utc_now
from shortlist.workspace.base import Conflict, NotFound, Workspace
from shortlist.workspace.practice import (
    _item,
    _session,
    get_practice,
    record_answer,
)
from shortlist.workspace.practice_views import PracticeView

__all__ = [
    "MAX_CHUNK_BYTES",
    "ChunkGap",
    "RecordingView",
    "add_chunk",
    "correct_transcript",
    "finish_recording",
    "get_recording",
    "recording_audio",
    "start_recording",
    "upload_recording",
    "wait_for_recording",
]

#: One chunk: up to 16 s of 16 kHz 16-bit mono audio (the browser sends about 1 s).
MAX_CHUNK_BYTES = 512 * 1024
BYTES_PER_SECOND = SAMPLE_RATE * 2
#: Transcribe up to a pause only once this much new audio has come in.
STEP_SECONDS = 1.5
#: A pause this long at least, ending this far before the end of what has arrived, is a
#: safe place to cut: no word is split there.
CUT_MARGIN_S = 0.5
#: Speech running on this long with no pause is cut at its quietest moment in the last
#: few seconds instead, so that Stop never leaves more than that to transcribe.
LONG_RUN_S = 3.0
QUIET_WINDOW_S = 2.0
FRAME_S = 0.03
RECORDINGS_DIR = "recordings"


class ChunkGap(Conflict):
    """A chunk came before the ones it follows; the client resends from ``expected``."""

    def __init__(self, expected: int) -> None:
        super().__init__(f"chunk {expected} is the next one expected; send from there")
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
        repo = Repository(session)
        item = _item(_session(repo, session_id), item_id)
        if item.answered_at is not None:
            raise ValueError("this question is answered already; retry it to answer again")
        row = RecordingRow(answer_id=item.id, engine=engine, words=[])
        session.add(row)
        session.flush()
        _pcm_path(ws, row.id).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _pcm_path(ws, row.id).write_bytes(b"")
        return _view(row, item)


def add_chunk(ws: Workspace, recording_id: int, index: int, data: bytes) -> RecordingView:
    """Append chunk ``index`` (16-bit PCM, 16 kHz, mono). A chunk already received is
    ignored, so a client that is unsure may send it again; a later one raises ChunkGap."""
    if len(data) > MAX_CHUNK_BYTES:
        raise ValueError(f"a chunk holds at most {MAX_CHUNK_BYTES // 1024} KB of audio")
    if len(data) % 2:
        raise ValueError("a chunk is 16-bit samples: its length must be even")
    limit = audio_limits(ws.settings)
    with ws.db.session() as session:
        row, item = _row(session, recording_id)
        if row.status != "recording":
            raise Conflict("this recording is finished; start a new one to record again")
        if index < row.chunks:
            return _view(row, item)
        if index > row.chunks:
            raise ChunkGap(row.chunks)
        if (row.byte_count + len(data)) / BYTES_PER_SECOND > limit.max_seconds:
            raise ValueError(
                f"the recording is longer than {limit.max_seconds / 60:g} minutes; stop and "
                "answer in a shorter take"
            )
        with _pcm_path(ws, row.id).open("ab") as stream:
            stream.write(data)
        row.chunks += 1
        row.byte_count += len(data)
        view = _view(row, item)
    if view.seconds - _decoded(ws, recording_id) >= STEP_SECONDS:
        ws.jobs.submit(lambda: _advance(ws, recording_id, final=False))
    return view


def finish_recording(
    ws: Workspace, recording_id: int, seconds_taken: int | None = None
) -> RecordingView:
    """No more chunks: transcribe the rest and analyse the answer, in the background."""
    with ws.db.session() as session:
        row, item = _row(session, recording_id)
        if row.status != "recording":
            return _view(row, item)
        if row.byte_count == 0:
            raise ValueError("nothing was recorded; check the microphone and record again")
        row.status = "transcribing"
        row.seconds_taken = seconds_taken
        view = _view(row, item)
    ws.jobs.submit(lambda: _advance(ws, recording_id, final=True))
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
        row, _ = _row(session, started.id)
        _pcm_path(ws, row.id).write_bytes(audio.samples)
        row.chunks = 1
        row.byte_count = len(audio.samples)
    return finish_recording(ws, started.id)


def get_recording(ws: Workspace, recording_id: int) -> RecordingView:
    with ws.db.session() as session:
        row, item = _row(session, recording_id)
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
        row, _ = _row(session, recording_id)
        sha256 = row.audio_sha256
    if sha256 is not None:
        return ws.files.read(sha256)
    path = _pcm_path(ws, recording_id)
    if not path.exists():
        raise NotFound(f"recording {recording_id} has no audio")
    return _wav(path.read_bytes())


def correct_transcript(ws: Workspace, session_id: int, item_id: int, text: str) -> PracticeView:
    """Replace a spoken answer's transcript with the user's correction and analyse its
    content again. Delivery (pace, pauses, fillers heard) and the timed words stay as
    they were heard: they describe the recording, not the text."""
    answer = text.strip()
    if not answer:
        raise ValueError("the transcript is empty; write what you said")
    with ws.db.session() as session:
        repo = Repository(session)
        practice = _session(repo, session_id)
        item = _item(practice, item_id)
        if not item.recordings or item.recordings[-1].status != "done" or item.feedback is None:
            raise ValueError("only a spoken answer that has been transcribed can be corrected")
        recording = item.recordings[-1]
        words = _words(recording.words)
        spoken = spoken_feedback(words, item.feedback["delivery"], answer)
        # Follow-ups already asked stay; the answer's own feedback is recomputed.
        keep_follow_ups = [i for i in practice.items if i.follows_id == item.id]
        item.answered_at = None
        record_answer(ws, repo, practice, item, answer, item.seconds_taken, spoken)
        for extra in [i for i in practice.items if i.follows_id == item.id]:
            if extra not in keep_follow_ups:
                practice.items.remove(extra)
                session.delete(extra)
    return get_practice(ws, session_id)


# the background steps


def _advance(ws: Workspace, recording_id: int, *, final: bool) -> None:
    """Transcribe what arrived up to a safe cut (the end, when ``final``), then on the
    final step analyse the answer. Failures are kept on the row for the page to show."""
    try:
        _transcribe_more(ws, recording_id, final=final)
        if final:
            _complete(ws, recording_id)
    except (AudioError, TranscriberUnavailable, ValueError, OSError) as error:
        with ws.db.session() as session:
            row = session.get(RecordingRow, recording_id)
            if row is not None:
                row.status = "failed"
                row.error = str(error).splitlines()[0] if str(error) else type(error).__name__


def _transcribe_more(ws: Workspace, recording_id: int, *, final: bool) -> None:
    with ws.db.session() as session:
        row = session.get(RecordingRow, recording_id)
        if row is None:
            return
        start, known = row.decoded_until, list(row.words)
    pcm = _pcm_path(ws, recording_id).read_bytes()
    duration = len(pcm) / BYTES_PER_SECOND
    cut = duration if final else _safe_cut(pcm, start, duration)
    if cut is None or cut <= start:
        return
    piece = pcm[int(start * SAMPLE_RATE) * 2 : int(cut * SAMPLE_RATE) * 2]
    heard = ws.speech().transcribe(piece) if piece else None
    new = (
        [[w.text, round(w.start + start, 2), round(w.end + start, 2)] for w in heard.words]
        if heard
        else []
    )
    with ws.db.session() as session:
        # Compare and set: if another process moved this recording on meanwhile, its
        # words stand and these are dropped.
        session.execute(
            update(RecordingRow)
            .where(RecordingRow.id == recording_id, RecordingRow.decoded_until == start)
            .values(
                words=known + new,
                decoded_until=cut,
                progress=round(min(1.0, cut / duration), 3) if duration else 1.0,
            )
        )


def _safe_cut(pcm: bytes, start: float, duration: float) -> float | None:
    """Where to stop transcribing for now: the middle of the last pause the VAD found
    well before the end of the audio so far; in a long run with no pause, its quietest
    moment of the last seconds. None when too little new audio lies before it."""
    segments = speech_segments(pcm)
    best = None
    for before, after in itertools.pairwise(segments):
        if after.start <= duration - CUT_MARGIN_S:
            best = before.end + (after.start - before.end) / 2
    if segments and segments[-1].end <= duration - CUT_MARGIN_S:
        best = segments[-1].end + min(0.25, (duration - segments[-1].end) / 2)
    if (best is None or best <= start) and duration - start > LONG_RUN_S:
        best = _quietest(pcm, duration - QUIET_WINDOW_S, duration - CUT_MARGIN_S)
    if best is None or best - start < STEP_SECONDS:
        return None
    return best


def _quietest(pcm: bytes, begin: float, end: float) -> float:
    """The start of the 30 ms frame with the least energy between ``begin`` and ``end``
    (a word is least likely to be cut there)."""
    samples = array.array("h", pcm[int(begin * SAMPLE_RATE) * 2 : int(end * SAMPLE_RATE) * 2])
    size = int(FRAME_S * SAMPLE_RATE)
    energies = [
        (sum(abs(v) for v in samples[i : i + size]), i)
        for i in range(0, max(0, len(samples) - size + 1), size)
    ]
    if not energies:
        return end
    _, at = min(energies)
    return round(begin + at / SAMPLE_RATE, 3)


def _complete(ws: Workspace, recording_id: int) -> None:
    pcm = _pcm_path(ws, recording_id).read_bytes()
    duration = len(pcm) / BYTES_PER_SECOND
    with ws.db.session() as session:
        repo = Repository(session)
        row, item = _row(session, recording_id)
        words = _words(row.words)
        delivery = delivery_metrics(words, speech_segments=speech_segments(pcm), duration=duration)
        transcript = " ".join(w.text for w in words)
        row.audio_sha256 = ws.files.put(_wav(pcm))
        row.progress = 1.0
        row.finished_at = utc_now()
        if not transcript.strip():
            row.status = "failed"
            row.error = "no words were heard; check the microphone and record again"
            return
        practice = _session(repo, item.session_id)
        record_answer(
            ws,
            repo,
            practice,
            item,
            transcript,
            row.seconds_taken,
            spoken_feedback(words, delivery_to_dict(delivery), transcript),
        )
        row.status = "done"
    _pcm_path(ws, recording_id).unlink(missing_ok=True)


# rows and files


def forget_recordings(ws: Workspace, gone: list[tuple[int, str | None]]) -> None:
    """After their rows were deleted: the audio of ``gone`` recordings, in progress or
    kept, unless another row still keeps the same file."""
    for recording_id, _ in gone:
        _pcm_path(ws, recording_id).unlink(missing_ok=True)
    kept = {sha for _, sha in gone if sha is not None}
    if not kept:
        return
    with ws.db.session() as session:
        repo = Repository(session)
        unused = [sha for sha in kept if not repo.file_in_use(sha)]
    for sha in unused:
        ws.files.delete(sha)


def _row(session: Any, recording_id: int) -> tuple[RecordingRow, PracticeAnswerRow]:
    row = session.get(RecordingRow, recording_id)
    if row is None:
        raise NotFound(f"no recording with id {recording_id}")
    item = session.get(PracticeAnswerRow, row.answer_id)
    assert item is not None  # the foreign key cascades
    return row, item


def _decoded(ws: Workspace, recording_id: int) -> float:
    with ws.db.session() as session:
        row = session.get(RecordingRow, recording_id)
        return row.decoded_until if row is not None else 0.0


def _pcm_path(ws: Workspace, recording_id: int) -> Path:
    return ws.settings.data_path() / RECORDINGS_DIR / f"{recording_id}.pcm"


def _words(stored: list[list[Any]]) -> tuple[TimedWord, ...]:
    return tuple(TimedWord(str(t), float(s), float(e)) for t, s, e in stored)


def _wav(pcm: bytes) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    return buffer.getvalue()


def _view(row: RecordingRow, item: PracticeAnswerRow) -> RecordingView:
    words = [{"text": t, "start": s, "end": e} for t, s, e in row.words]
    delivery = item.feedback.get("delivery") if item.feedback and row.status == "done" else None
    return RecordingView(
        id=row.id,
        session_id=item.session_id,
        item_id=item.id,
        status=row.status,
        chunks=row.chunks,
        seconds=round(row.byte_count / BYTES_PER_SECOND, 2),
        progress=row.progress,
        error=row.error,
        transcript=" ".join(w["text"] for w in words),
        words=words,
        delivery=delivery,
        has_audio=row.audio_sha256 is not None or row.byte_count > 0,
    )
