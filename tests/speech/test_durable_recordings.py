"""What survives retries, concurrent workers and kill -9: recording chunks are taken
once by index, a crash mid-write leaves no extra audio, and a recording left
transcribing is picked up again (then given up, audio kept). On SQLite and PostgreSQL,
with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import update
from tests.conftest import PREP_DAY
from tests.processes import HEARD, FakeTranscriber

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.core.delivery.speech import Transcript
from shortlist.core.ports import Progress
from shortlist.storage import RecordingRow
from shortlist.workspace import (
    ChunkGap,
    ChunkMismatch,
    Conflict,
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    finish_recording,
    get_practice,
    get_recording,
    recording_audio,
    resume_recordings,
    start_practice,
    start_recording,
    wait_for_recording,
)
from shortlist.workspace.recording_store import pcm_path, wav_of
from shortlist.workspace.transcribing import GAVE_UP, MAX_ATTEMPTS

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = resources.files("shortlist").joinpath("samples")
CHUNK = 3200  # 0.1 s


@pytest.fixture
def ws(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    workspace = open_workspace(settings, clock=FixedClock(PREP_DAY), transcriber=FakeTranscriber())
    yield workspace
    workspace.close()


def _recording(ws: Workspace) -> int:
    add_cv(ws, text=SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
    job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
    practice = start_practice(ws, job.id, length=1, voice=True)
    assert practice.current_id is not None
    return start_recording(ws, practice.id, practice.current_id).id


def _chunk(index: int) -> bytes:
    return bytes([index + 1]) * CHUNK


def _process(ws: Workspace, *args: str) -> subprocess.Popen[bytes]:
    url = ws.settings.database_url
    assert url is not None
    command = [sys.executable, "-m", "tests.processes", args[0], url, str(ws.settings.data_path())]
    return subprocess.Popen([*command, *args[1:]], cwd=ROOT, stderr=subprocess.PIPE)


def _start_and_finish(ws: Workspace, processes: list[subprocess.Popen[bytes]]) -> None:
    (ws.settings.data_path() / "go").touch()
    try:
        for process in processes:
            _, errors = process.communicate(timeout=120)
            assert process.returncode == 0, errors.decode()
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.communicate(timeout=30)


# chunks taken once


def test_a_resent_chunk_is_taken_once(ws: Workspace) -> None:
    recording = _recording(ws)
    for index in (0, 1, 1, 0, 2, 2):
        view = add_chunk(ws, recording, index, _chunk(index))
    assert (view.chunks, view.seconds) == (3, 3 * CHUNK / 32_000)
    assert pcm_path(ws, recording).stat().st_size == 3 * CHUNK
    assert recording_audio(ws, recording) == wav_of(_chunk(0) + _chunk(1) + _chunk(2))


def test_other_audio_for_a_chunk_already_taken_is_a_conflict(ws: Workspace) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    add_chunk(ws, recording, 1, _chunk(1))
    with pytest.raises(ChunkMismatch) as refused:
        add_chunk(ws, recording, 0, _chunk(7))
    assert refused.value.expected == 2
    assert recording_audio(ws, recording) == wav_of(_chunk(0) + _chunk(1))


@pytest.mark.parametrize(
    ("index", "data", "message"),
    [(0, b"", "empty"), (-1, b"\0\0", "counts from 0"), (0, b"\0\0\0", "even")],
)
def test_an_empty_negative_or_odd_chunk_is_refused(
    ws: Workspace, index: int, data: bytes, message: str
) -> None:
    recording = _recording(ws)
    with pytest.raises(ValueError, match=message):
        add_chunk(ws, recording, index, data)
    assert get_recording(ws, recording).chunks == 0


def test_bytes_a_crashed_write_left_past_the_count_are_never_heard(ws: Workspace) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    # What a process killed between writing a chunk and committing its row leaves.
    with pcm_path(ws, recording).open("ab") as stream:
        stream.write(_chunk(9) * 3)
    assert recording_audio(ws, recording) == wav_of(_chunk(0))
    add_chunk(ws, recording, 1, _chunk(1))
    assert pcm_path(ws, recording).stat().st_size == 2 * CHUNK
    assert recording_audio(ws, recording) == wav_of(_chunk(0) + _chunk(1))


def test_concurrent_workers_resending_every_chunk_store_each_once(ws: Workspace) -> None:
    recording = _recording(ws)
    workers = [_process(ws, "chunks", str(recording), "5", str(CHUNK)) for _ in range(4)]
    _start_and_finish(ws, workers)
    view = get_recording(ws, recording)
    assert (view.chunks, view.seconds) == (5, 5 * CHUNK / 32_000)
    assert pcm_path(ws, recording).stat().st_size == 5 * CHUNK
    assert recording_audio(ws, recording) == wav_of(b"".join(_chunk(i) for i in range(5)))
    with pytest.raises(ChunkGap):
        add_chunk(ws, recording, 7, _chunk(7))


def test_a_resent_chunk_from_before_digests_were_kept_is_taken_as_the_same(
    ws: Workspace,
) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    add_chunk(ws, recording, 1, _chunk(1))
    # A recording from before migration 0007 (or an older export) has no digests.
    with ws.db.session() as session:
        session.execute(
            update(RecordingRow).where(RecordingRow.id == recording).values(chunk_digests=[])
        )
    assert add_chunk(ws, recording, 1, _chunk(1)).chunks == 2
    assert add_chunk(ws, recording, 2, _chunk(2)).chunks == 3
    assert recording_audio(ws, recording) == wav_of(_chunk(0) + _chunk(1) + _chunk(2))


def test_a_chunk_after_audio_that_went_missing_is_refused_not_padded(ws: Workspace) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    pcm_path(ws, recording).unlink()
    with pytest.raises(Conflict, match="missing on this computer"):
        add_chunk(ws, recording, 1, _chunk(1))
    assert not pcm_path(ws, recording).exists()


@pytest.mark.parametrize("seconds", [-1, -(2**40), 24 * 3600 + 1])
def test_finishing_with_a_time_taken_out_of_range_is_refused(ws: Workspace, seconds: int) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    with pytest.raises(ValueError, match="at most a day"):
        finish_recording(ws, recording, seconds)
    assert get_recording(ws, recording).status == "recording"


def test_two_finishes_at_once_start_one_transcription(ws: Workspace) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    together = threading.Barrier(2)

    def finish() -> None:
        together.wait(30)
        finish_recording(ws, recording)

    threads = [threading.Thread(target=finish) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    with ws.db.session() as session:
        row = session.get(RecordingRow, recording)
        assert row is not None
        assert row.attempts == 1
    assert wait_for_recording(ws, recording, timeout=60).status == "done"


# readers and writers in several processes


def test_processes_reading_then_writing_at_once_never_fail(ws: Workspace, tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text(SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"), encoding="utf-8")
    add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
    # Each round writes a CV version, then reads the jobs list, which stores the stale
    # reports it recomputes: the read-then-write that failed with "database is locked".
    workers = [_process(ws, "read-then-write", "10", str(cv)) for _ in range(3)]
    _start_and_finish(ws, workers)
    from shortlist.workspace import list_cv_versions, list_jobs

    assert len(list_cv_versions(ws)) == 30
    assert [job.score is not None for job in list_jobs(ws)] == [True]


# kill -9 while transcribing


def _kill_while_transcribing(ws: Workspace, action: str, recording: int, tmp: Path) -> None:
    started = tmp / f"started-{time.monotonic_ns()}"
    process = _process(ws, action, str(recording), str(started))
    try:
        for _ in range(1200):
            if started.exists() or process.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        _, errors = process.communicate(timeout=30)
    assert started.exists(), f"the process never started transcribing: {errors.decode()}"
    assert get_recording(ws, recording).status == "transcribing"


def test_a_recording_killed_while_transcribing_is_finished_after_a_restart(
    ws: Workspace, tmp_path: Path
) -> None:
    recording = _recording(ws)
    for index in range(40):
        add_chunk(ws, recording, index, _chunk(index % 50))
    _kill_while_transcribing(ws, "finish-then-die", recording, tmp_path)

    assert resume_recordings(ws) == [recording]
    done = wait_for_recording(ws, recording, timeout=60)
    assert done.status == "done"
    # The fake hears HEARD in each piece transcribed (some while the chunks came in).
    assert done.transcript.startswith(" ".join(HEARD))
    assert set(done.transcript.split()) == set(HEARD)
    practice = get_practice(ws, get_recording(ws, recording).session_id)
    assert practice.items[0].text == done.transcript
    assert resume_recordings(ws) == []


def test_a_recording_that_keeps_killing_the_app_is_given_up_with_its_audio_kept(
    ws: Workspace, tmp_path: Path
) -> None:
    recording = _recording(ws)
    sent = b"".join(_chunk(i) for i in range(8))
    for index in range(8):
        add_chunk(ws, recording, index, _chunk(index))
    _kill_while_transcribing(ws, "finish-then-die", recording, tmp_path)
    for _ in range(MAX_ATTEMPTS - 1):
        _kill_while_transcribing(ws, "resume-then-die", recording, tmp_path)

    assert resume_recordings(ws) == []
    view = get_recording(ws, recording)
    assert (view.status, view.error, view.has_audio) == ("failed", GAVE_UP, True)
    assert recording_audio(ws, recording) == wav_of(sent)


class GatedTranscriber(FakeTranscriber):
    """Says when it starts, and finishes only when the test lets it."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go = threading.Event()

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        self.started.set()
        assert self.go.wait(60)
        return super().transcribe(samples, progress=progress)


def test_a_worker_starting_before_another_got_round_to_a_resumed_recording_leaves_it(
    ws: Workspace, tmp_path: Path
) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    _kill_while_transcribing(ws, "finish-then-die", recording, tmp_path)
    first = open_workspace(ws.settings, clock=FixedClock(PREP_DAY), transcriber=FakeTranscriber())
    busy = threading.Event()
    try:
        # The first worker's one job thread is busy: its resumed job waits in the queue.
        first.jobs.submit(lambda: assert_waited(busy))
        assert resume_recordings(first) == [recording]
        assert resume_recordings(ws) == []
        busy.set()
        assert wait_for_recording(ws, recording, timeout=60).status == "done"
    finally:
        busy.set()
        first.close()
    with ws.db.session() as session:
        row = session.get(RecordingRow, recording)
        assert row is not None
        assert row.attempts == 2  # Stop, then the one resume


def assert_waited(event: threading.Event) -> None:
    assert event.wait(60)


def test_a_worker_starting_while_another_transcribes_leaves_it_alone(
    ws: Workspace, tmp_path: Path
) -> None:
    recording = _recording(ws)
    add_chunk(ws, recording, 0, _chunk(0))
    _kill_while_transcribing(ws, "finish-then-die", recording, tmp_path)
    gated = GatedTranscriber()
    first = open_workspace(ws.settings, clock=FixedClock(PREP_DAY), transcriber=gated)
    try:
        assert resume_recordings(first) == [recording]
        assert gated.started.wait(60)
        # The first worker holds the recording; one starting now must not take it too.
        assert resume_recordings(ws) == []
        gated.go.set()
        assert wait_for_recording(ws, recording, timeout=60).status == "done"
    finally:
        gated.go.set()
        first.close()
    assert get_recording(ws, recording).transcript.startswith(" ".join(HEARD))


def test_the_recordings_table_counts_the_transcribers_audio() -> None:
    from shortlist.core.ports import SAMPLE_RATE
    from shortlist.storage.tables import RECORDING_BYTES_PER_SECOND

    assert RECORDING_BYTES_PER_SECOND == SAMPLE_RATE * 2


def test_progress_after_stop_is_a_share_of_all_the_audio_and_never_goes_down(
    ws: Workspace,
) -> None:
    recording = _recording(ws)
    for index in range(10):
        add_chunk(ws, recording, index, _chunk(index))  # one second in all
    with ws.db.session() as session:
        words = ws.repos(session).recordings
        # A step that read the first half only stores its words after all ten arrived.
        words.store_words_if_at(recording, 0.0, [["I", 0.1, 0.2]], 0.5)
    assert get_recording(ws, recording).progress == 0.5
    with ws.db.session() as session:
        ws.repos(session).recordings.store_words_if_at(recording, 0.5, [], 0.8)
    assert get_recording(ws, recording).progress == 0.8
