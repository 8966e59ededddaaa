"""Spoken practice answers through the workspace: chunks in order, resumed after a gap,
transcribed while they arrive, finished into feedback with delivery; on real audio made
with flite, on SQLite and PostgreSQL."""

from __future__ import annotations

import wave
from importlib import resources
from pathlib import Path

import pytest
from tests.speech.conftest import Speak

from shortlist.bootstrap import open_workspace
from shortlist.config import Settings
from shortlist.workspace import (
    ChunkGap,
    NotFound,
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    correct_transcript,
    export_all,
    finish_recording,
    get_practice,
    get_recording,
    recording_audio,
    start_practice,
    start_recording,
    upload_recording,
    wait_for_recording,
)

SAMPLES = resources.files("shortlist").joinpath("samples")
ANSWER = (
    "At my last company the payments report was slow.",
    1.0,
    "I rewrote the queries and I added two indexes.",
    2.4,
    "Um, the report went from nine seconds to one second.",
)
SECOND = 32_000  # bytes of 16 kHz 16-bit mono audio


@pytest.fixture
def item(ws: Workspace) -> tuple[int, int]:
    add_cv(ws, text=SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
    job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
    view = start_practice(ws, job.id, length=1, voice=True)
    assert view.voice and view.current_id is not None
    return view.id, view.current_id


def pcm_of(path: Path) -> bytes:
    with wave.open(str(path)) as w:
        return w.readframes(w.getnframes())


def send(ws: Workspace, recording: int, pcm: bytes, size: int = SECOND) -> None:
    for index, start in enumerate(range(0, len(pcm), size)):
        add_chunk(ws, recording, index, pcm[start : start + size])


def test_a_spoken_answer_becomes_feedback_with_delivery(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    session_id, item_id = item
    wav, pauses = speak(*ANSWER)
    pcm = pcm_of(wav)
    recording = start_recording(ws, session_id, item_id)
    send(ws, recording.id, pcm)
    assert get_recording(ws, recording.id).seconds == pytest.approx(len(pcm) / SECOND, abs=0.01)
    finish_recording(ws, recording.id, seconds_taken=12)
    done = wait_for_recording(ws, recording.id, timeout=60)
    assert done.status == "done", done.error
    heard = set(done.transcript.lower().split())
    assert len({"report", "queries", "indexes", "rewrote", "payments", "slow"} & heard) >= 3
    answered = get_practice(ws, session_id).items[0]
    assert answered.answered and answered.recording_id == recording.id
    feedback = answered.feedback
    assert feedback is not None
    assert feedback["transcript"] == answered.text
    assert all(w["end"] >= w["start"] for w in feedback["words"])
    delivery = feedback["delivery"]
    longest = delivery["longest_pause"]
    assert longest is not None and longest["start"] == pytest.approx(pauses[1], abs=0.4)
    assert feedback["dimensions"]["delivery"]["score"] == delivery["score"]


def test_a_gap_in_the_chunks_asks_for_the_missing_one_and_a_repeat_is_ignored(
    ws: Workspace, item: tuple[int, int]
) -> None:
    recording = start_recording(ws, *item)
    add_chunk(ws, recording.id, 0, b"\0\1" * 1000)
    with pytest.raises(ChunkGap) as gap:
        add_chunk(ws, recording.id, 2, b"\0\1" * 1000)
    assert gap.value.expected == 1
    add_chunk(ws, recording.id, 0, b"\0\1" * 1000)  # sent again after a lost reply
    add_chunk(ws, recording.id, 1, b"\0\1" * 1000)
    view = get_recording(ws, recording.id)
    assert (view.chunks, view.seconds) == (2, pytest.approx(4000 / SECOND, abs=0.01))
    assert len(recording_audio(ws, recording.id)) == 44 + 4000


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\0" * 3, "length must be even"), (b"\0" * (600 * 1024), "at most 512 KB")],
)
def test_bad_chunks_are_refused_and_the_recording_keeps_what_it_had(
    ws: Workspace, item: tuple[int, int], data: bytes, message: str
) -> None:
    recording = start_recording(ws, *item)
    with pytest.raises(ValueError, match=message):
        add_chunk(ws, recording.id, 0, data)
    assert get_recording(ws, recording.id).chunks == 0


def test_a_recording_past_the_audio_limit_is_refused(database_url: str, tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        database_url=database_url, data_dir=tmp_path / "d", max_audio_minutes=0.05
    )
    ws = open_workspace(settings)
    try:
        add_cv(ws, text=SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
        job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
        view = start_practice(ws, job.id, length=1)
        assert view.current_id is not None
        recording = start_recording(ws, view.id, view.current_id)
        add_chunk(ws, recording.id, 0, b"\0\0" * 16_000 * 2)
        with pytest.raises(ValueError, match=r"^the recording is longer than 0.05 minutes"):
            add_chunk(ws, recording.id, 1, b"\0\0" * 16_000 * 2)
    finally:
        ws.close()


def test_finishing_an_empty_recording_says_so(ws: Workspace, item: tuple[int, int]) -> None:
    recording = start_recording(ws, *item)
    with pytest.raises(ValueError, match=r"^nothing was recorded"):
        finish_recording(ws, recording.id)


def test_silence_fails_with_a_clear_message(ws: Workspace, item: tuple[int, int]) -> None:
    recording = start_recording(ws, *item)
    send(ws, recording.id, b"\0\0" * 16_000 * 3)
    finish_recording(ws, recording.id)
    view = wait_for_recording(ws, recording.id, timeout=30)
    assert (view.status, view.error) == (
        "failed",
        "no words were heard; check the microphone and record again",
    )
    assert get_practice(ws, item[0]).items[0].answered is False


def test_an_uploaded_file_is_decoded_and_transcribed(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    wav, _ = speak("I planned the move and I ran the team.")
    recording = upload_recording(ws, *item, wav.read_bytes(), "answer.wav")
    done = wait_for_recording(ws, recording.id, timeout=60)
    assert done.status == "done", done.error
    assert "team" in done.transcript.lower()


def test_an_upload_that_is_not_audio_is_refused(ws: Workspace, item: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match=r"^answer.webm is not audio FFmpeg can read"):
        upload_recording(ws, *item, b"this is not audio at all" * 50, "answer.webm")


def test_a_corrected_transcript_is_analysed_again_with_its_timings(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    session_id, item_id = item
    wav, _ = speak(*ANSWER)
    recording = upload_recording(ws, session_id, item_id, wav.read_bytes(), "a.wav")
    assert wait_for_recording(ws, recording.id, timeout=60).status == "done"
    fixed = (
        "At my last company the payments report was slow. I rewrote the queries and I "
        "added two indexes. Um, the report went from nine seconds to one second."
    )
    view = correct_transcript(ws, session_id, item_id, fixed)
    answered = next(i for i in view.items if i.id == item_id)
    assert answered.text == fixed
    assert answered.feedback is not None and answered.feedback["transcript"] == fixed
    assert "delivery" in answered.feedback["dimensions"]
    with pytest.raises(ValueError, match=r"^the transcript is empty"):
        correct_transcript(ws, session_id, item_id, "  ")


def test_the_kept_audio_goes_into_the_export(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    wav, _ = speak("I ran the team.")
    recording = upload_recording(ws, *item, wav.read_bytes(), "a.wav")
    assert wait_for_recording(ws, recording.id, timeout=60).status == "done"
    exported = export_all(ws)
    (row,) = exported["tables"]["recordings"]
    assert row["audio_sha256"] in exported["files"]
    assert recording_audio(ws, recording.id).startswith(b"RIFF")


def test_unknown_recordings_are_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match=r"^no recording with id 5$"):
        get_recording(ws, 5)


def test_the_answer_is_transcribed_while_it_is_still_coming_in(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    wav, _ = speak(*ANSWER)
    recording = start_recording(ws, *item)
    send(ws, recording.id, pcm_of(wav))
    ws.jobs.submit(lambda: None).result()  # the queued steps have run
    while_recording = get_recording(ws, recording.id)
    assert while_recording.status == "recording"
    assert while_recording.progress > 0.3
    assert while_recording.words


def test_deleting_the_job_deletes_its_recorded_audio(
    ws: Workspace, item: tuple[int, int], speak: Speak
) -> None:
    from shortlist.workspace import delete_job

    wav, _ = speak("I ran the team.")
    done = upload_recording(ws, *item, wav.read_bytes(), "a.wav")
    assert wait_for_recording(ws, done.id, timeout=60).status == "done"
    unfinished = start_recording(ws, item[0], get_practice(ws, item[0]).items[-1].id)
    add_chunk(ws, unfinished.id, 0, b"\0\1" * 100)
    assert ws.files.names() != []
    delete_job(ws, get_practice(ws, item[0]).job_id)
    assert ws.files.names() == []
    assert list((ws.settings.data_path() / "recordings").iterdir()) == []
