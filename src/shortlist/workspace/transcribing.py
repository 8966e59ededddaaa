"""The background steps of a spoken answer: transcribe the audio as it arrives, and
once it is finished, the rest; then measure delivery and answer the practice question.

State lives on the recording's row, so any web process can report progress, and a
recording a stopped process left transcribing is picked up again when the app starts
(:func:`resume_recordings`), up to MAX_ATTEMPTS times; after that it is failed with a
message the page shows, and its audio stays.
"""

from __future__ import annotations

import array
import functools
import itertools
import logging

from shortlist.core.delivery.metrics import delivery_metrics
from shortlist.core.ports import SAMPLE_RATE
from shortlist.speech import AudioError, TranscriberUnavailable
from shortlist.speech.feedback import spoken_feedback
from shortlist.speech.report import delivery_to_dict
from shortlist.speech.vad import speech_segments
from shortlist.workspace.base import Workspace
from shortlist.workspace.practice_answers import record_answer
from shortlist.workspace.practice_rows import practice_row
from shortlist.workspace.recording_store import (
    BYTES_PER_SECOND,
    TranscribingLock,
    forget_files,
    read_pcm,
    recording_row,
    timed_words,
    wav_of,
)

__all__ = ["MAX_ATTEMPTS", "STEP_SECONDS", "advance", "resume_recordings"]

log = logging.getLogger(__name__)

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
#: Final transcriptions started for one recording (by Stop, then by each restart that
#: found it unfinished) before it is given up: audio that crashes the engine every time
#: must not crash the app at every start.
MAX_ATTEMPTS = 3
GAVE_UP = (
    "this answer could not be transcribed (the app stopped while transcribing it "
    f"{MAX_ATTEMPTS} times); the recording is kept: play it back, or record the answer again"
)


def advance(
    ws: Workspace, recording_id: int, *, final: bool, held: TranscribingLock | None = None
) -> None:
    """Transcribe what arrived up to a safe cut (the end, when ``final``), then on the
    final step analyse the answer. Failures are kept on the row for the page to show.

    The final step runs under the recording's TranscribingLock (``held`` when the caller
    took it already), and only while the row still says transcribing: a second finish,
    or a worker that resumed it too, finds it taken or done and leaves it.
    """
    if not final:
        _advance(ws, recording_id, final=False)
        return
    lock = held or TranscribingLock(ws, recording_id)
    if held is None and not lock.acquire():
        return
    try:
        if _status(ws, recording_id) == "transcribing":
            _advance(ws, recording_id, final=True)
    finally:
        lock.release()


def _status(ws: Workspace, recording_id: int) -> str | None:
    with ws.db.session() as session:
        row = ws.repos(session).recordings.get(recording_id)
        return row.status if row is not None else None


def _advance(ws: Workspace, recording_id: int, *, final: bool) -> None:
    try:
        _transcribe_more(ws, recording_id, final=final)
        if final:
            _complete(ws, recording_id)
    except (AudioError, TranscriberUnavailable, ValueError, OSError) as error:
        _fail(ws, recording_id, str(error).splitlines()[0] if str(error) else type(error).__name__)
    except Exception:
        if not final:
            raise
        # A bug or an engine crash on the last step must not leave the page polling a
        # recording that will never finish; the traceback goes to the log.
        log.exception("transcribing recording %s failed", recording_id)
        _fail(ws, recording_id, "this answer could not be transcribed; the recording is kept")


def resume_recordings(ws: Workspace) -> list[int]:
    """Start again the recordings a stopped process left transcribing; the ids resumed.

    A recording is orphaned when no live process holds its TranscribingLock; the
    process that takes it keeps it until the recording is finished (the background job
    lets it go), so a worker starting later leaves it alone. The compare-and-set on
    ``attempts`` keeps the count of starts right.
    """
    with ws.db.session() as session:
        found = ws.repos(session).recordings.transcribing_ids_and_attempts()
    resumed = []
    for recording_id, attempts in found:
        lock = TranscribingLock(ws, recording_id)
        if not lock.acquire():
            continue
        if attempts >= MAX_ATTEMPTS:
            _fail(ws, recording_id, GAVE_UP)
            lock.release()
            continue
        with ws.db.session() as session:
            claimed = ws.repos(session).recordings.claim_attempt(recording_id, attempts)
        if not claimed:
            lock.release()
            continue
        resumed.append(recording_id)
        ws.jobs.submit(functools.partial(advance, ws, recording_id, final=True, held=lock))
    return resumed


def _fail(ws: Workspace, recording_id: int, message: str) -> None:
    with ws.db.session() as session:
        ws.repos(session).recordings.fail(recording_id, message)


def _transcribe_more(ws: Workspace, recording_id: int, *, final: bool) -> None:
    with ws.db.session() as session:
        row = ws.repos(session).recordings.get(recording_id)
        if row is None:
            return
        start, known, byte_count = row.decoded_until, list(row.words), row.byte_count
    pcm = read_pcm(ws, recording_id, byte_count)
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
        ws.repos(session).recordings.store_words_if_at(
            recording_id,
            start,
            known + new,
            cut,
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
    with ws.db.session() as session:
        row, _ = recording_row(ws.repos(session), recording_id)
        if row.status != "transcribing":
            return
        byte_count, words = row.byte_count, timed_words(row.words)
    pcm = read_pcm(ws, recording_id, byte_count)
    duration = len(pcm) / BYTES_PER_SECOND
    # Measured before the transaction: the lock is held only while the results are kept.
    delivery = delivery_metrics(words, speech_segments=speech_segments(pcm), duration=duration)
    transcript = " ".join(w.text for w in words)
    audio = ws.files.put(wav_of(pcm))
    with ws.db.session() as session:
        repos = ws.repos(session)
        row, item = recording_row(repos, recording_id, lock=True)
        if row.status != "transcribing":
            # Another process (a second worker that resumed it too) got here first.
            return
        if not transcript.strip():
            repos.recordings.finish(
                row,
                audio_sha256=audio,
                error="no words were heard; check the microphone and record again",
            )
            return
        practice = practice_row(repos, item.session_id)
        record_answer(
            ws,
            repos,
            practice,
            item,
            transcript,
            row.seconds_taken,
            spoken_feedback(words, delivery_to_dict(delivery), transcript),
        )
        repos.recordings.finish(row, audio_sha256=audio, error=None)
    # Kept as a WAV now; the lock goes too (this process holds it, and the row is done).
    forget_files(ws, recording_id)
