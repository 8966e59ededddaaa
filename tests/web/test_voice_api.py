"""Spoken answers through the JSON API: a recording sent in chunks (in order, resumed
after a gap, a repeat ignored), finished and polled into feedback with delivery, a whole
file uploaded, the transcript corrected, the audio served back; on audio made with flite."""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.speech.conftest import Speak, speak  # noqa: F401 (the fixture)
from tests.web.conftest import (
    TestClient,  # without Starlette's deprecation warning
    local_client,
)

from shortlist.web.app import create_app
from shortlist.workspace import Workspace, add_cv, add_job, start_practice

PROBLEM = "application/problem+json"
SECOND = 32_000  # bytes of 16 kHz 16-bit mono audio
SPOKEN = (
    "At my last company the payments report was slow.",
    1.0,
    "I rewrote the queries and I added two indexes.",
    2.4,
    "The report went from nine seconds to one second.",
)
HEARD = {"report", "queries", "indexes", "rewrote", "payments", "slow", "seconds", "company"}


@pytest.fixture
def item(workspace: Workspace, cv_text: str, posting_text: str) -> tuple[int, int]:
    """A voice-mode session of one question: (session id, item id)."""
    add_cv(workspace, text=cv_text)
    job = add_job(workspace, text=posting_text)
    view = start_practice(workspace, job.id, length=1, voice=True)
    assert view.current_id is not None
    return view.id, view.current_id


@pytest.fixture
def answer_wav(speak: Speak) -> Path:  # noqa: F811 (the fixture imported above)
    wav, _ = speak(*SPOKEN)
    return wav


def pcm_of(path: Path) -> bytes:
    with wave.open(str(path)) as w:
        return w.readframes(w.getnframes())


def _start(client: TestClient, token: str, item: tuple[int, int]) -> dict[str, Any]:
    session_id, item_id = item
    response = client.post(
        f"/api/v1/practice/{session_id}/items/{item_id}/recording",
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def _put(client: TestClient, token: str, recording: int, index: int, data: bytes) -> Any:
    return client.put(
        f"/api/v1/recordings/{recording}/chunks/{index}",
        content=data,
        headers={"X-CSRF-Token": token, "Content-Type": "application/octet-stream"},
    )


def _wait(client: TestClient, recording: int, timeout: float = 60) -> dict[str, Any]:
    """Poll as the page does, until the recording is done or failed."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        view: dict[str, Any] = client.get(f"/api/v1/recordings/{recording}").json()
        seen.append(view["progress"])
        if view["status"] in ("done", "failed"):
            assert seen == sorted(seen), "progress only goes up"
            return view
        time.sleep(0.1)
    raise AssertionError(f"recording {recording} still not done after {timeout} s")


def test_chunks_sent_in_order_then_finished_become_feedback_with_delivery(
    client: TestClient, token: str, item: tuple[int, int], answer_wav: Path
) -> None:
    session_id, item_id = item
    pcm = pcm_of(answer_wav)
    recording = _start(client, token, item)
    assert recording["status"] == "recording" and recording["chunks"] == 0
    assert (recording["session_id"], recording["item_id"]) == item
    pieces = [pcm[i : i + SECOND] for i in range(0, len(pcm), SECOND)]
    for index, piece in enumerate(pieces):
        response = _put(client, token, recording["id"], index, piece)
        assert response.status_code == 200, response.text
        assert response.json()["chunks"] == index + 1
    finished = client.post(
        f"/api/v1/recordings/{recording['id']}/finish",
        json={"seconds_taken": 9},
        headers={"X-CSRF-Token": token},
    )
    assert finished.status_code == 202
    assert finished.json()["status"] in ("transcribing", "done")

    done = _wait(client, recording["id"])
    assert done["status"] == "done", done["error"]
    assert done["seconds"] == pytest.approx(len(pcm) / SECOND, abs=0.01)
    assert done["progress"] == 1.0 and done["has_audio"] is True
    assert len(HEARD & set(done["transcript"].lower().split())) >= 3
    assert done["delivery"]["wpm"] > 0

    view = client.get(f"/api/v1/practice/{session_id}").json()
    answered = next(i for i in view["items"] if i["id"] == item_id)
    assert view["voice"] is True
    assert answered["answered"] is True and answered["recording_id"] == recording["id"]
    assert answered["seconds_taken"] == 9
    feedback = answered["feedback"]
    assert feedback["transcript"] == answered["text"]
    assert feedback["words"][0].keys() == {"text", "start", "end"}
    assert feedback["delivery"]["longest_pause"]["length"] >= 2.0
    assert "delivery" in feedback["dimensions"]


def test_a_gap_answers_409_with_the_chunk_expected_and_a_resent_one_is_ignored(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    recording = _start(client, token, item)["id"]
    assert _put(client, token, recording, 0, b"\1\0" * 1000).status_code == 200
    gap = _put(client, token, recording, 2, b"\1\0" * 1000)
    assert gap.status_code == 409
    assert gap.headers["content-type"] == PROBLEM
    problem = gap.json()
    assert problem["expected"] == 1
    assert problem["type"] == "urn:shortlist:chunk-gap" and problem["status"] == 409
    again = _put(client, token, recording, 0, b"\1\0" * 1000)  # its answer was lost
    assert again.status_code == 200 and again.json()["chunks"] == 1
    assert _put(client, token, recording, 1, b"\1\0" * 1000).json()["chunks"] == 2
    view = client.get(f"/api/v1/recordings/{recording}").json()
    assert view["seconds"] == pytest.approx(4000 / SECOND, abs=0.01)


@pytest.mark.parametrize(
    ("size", "status", "detail"),
    [
        (3, 400, "length must be even"),
        (520 * 1024, 400, "at most 512 KB"),
        (700 * 1024, 413, "larger than the limit of 0.6 MB"),
    ],
)
def test_a_bad_chunk_is_refused_and_changes_nothing(
    client: TestClient, token: str, item: tuple[int, int], size: int, status: int, detail: str
) -> None:
    recording = _start(client, token, item)["id"]
    response = _put(client, token, recording, 0, b"\0" * size)
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    assert detail in response.json()["detail"]
    assert client.get(f"/api/v1/recordings/{recording}").json()["chunks"] == 0


def test_finishing_an_empty_recording_is_refused(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    recording = _start(client, token, item)["id"]
    response = client.post(
        f"/api/v1/recordings/{recording}/finish", headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 400
    assert "nothing was recorded" in response.json()["detail"]


def test_an_uploaded_file_is_transcribed_and_its_transcript_can_be_corrected(
    client: TestClient, token: str, item: tuple[int, int], answer_wav: Path
) -> None:
    session_id, item_id = item
    uploaded = client.post(
        f"/api/v1/practice/{session_id}/items/{item_id}/recording/file",
        files={"file": ("answer.wav", answer_wav.read_bytes(), "audio/wav")},
        headers={"X-CSRF-Token": token},
    )
    assert uploaded.status_code == 202, uploaded.text
    done = _wait(client, uploaded.json()["id"])
    assert done["status"] == "done", done["error"]
    words_before = done["words"]

    corrected_text = (
        "At my last company the payments report was slow. I rewrote the queries and added "
        "two indexes. As a result the report went from nine seconds to one second."
    )
    response = client.put(
        f"/api/v1/practice/{session_id}/items/{item_id}/transcript",
        json={"text": corrected_text},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    answered = next(i for i in response.json()["items"] if i["id"] == item_id)
    assert answered["text"] == corrected_text
    feedback = answered["feedback"]
    assert feedback["transcript"] == corrected_text
    # The analysis ran on the corrected words: "as a result" with numbers is a result.
    assert feedback["star"]["result"] is True
    assert feedback["delivery"]["first_word_s"] == pytest.approx(words_before[0]["start"], abs=0.01)


def test_an_empty_correction_is_refused(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    session_id, item_id = item
    response = client.put(
        f"/api/v1/practice/{session_id}/items/{item_id}/transcript",
        json={"text": "  "},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM


def test_a_file_that_is_not_audio_is_refused_with_the_decoder_message(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    session_id, item_id = item
    response = client.post(
        f"/api/v1/practice/{session_id}/items/{item_id}/recording/file",
        files={"file": ("answer.ogg", b"not audio at all", "audio/ogg")},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 400
    assert "answer.ogg" in response.json()["detail"]


def test_the_audio_is_served_as_a_wav_whole_or_in_ranges(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    recording = _start(client, token, item)["id"]
    _put(client, token, recording, 0, b"\1\0" * 8000)
    whole = client.get(f"/recordings/{recording}/audio.wav")
    assert whole.status_code == 200
    assert whole.headers["content-type"] == "audio/wav"
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.content[:4] == b"RIFF" and whole.content[8:12] == b"WAVE"
    assert len(whole.content) == 44 + 16_000
    part = client.get(f"/recordings/{recording}/audio.wav", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 0-99/{44 + 16_000}"
    assert part.content == whole.content[:100]
    outside = client.get(f"/recordings/{recording}/audio.wav", headers={"Range": "bytes=99999-"})
    assert outside.status_code == 416


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/recordings/999"),
        ("PUT", "/api/v1/recordings/999/chunks/0"),
        ("POST", "/api/v1/recordings/999/finish"),
        ("POST", "/api/v1/practice/999/items/1/recording"),
        ("PUT", "/api/v1/practice/999/items/1/transcript"),
    ],
)
def test_unknown_ids_are_404_problems(
    client: TestClient, token: str, method: str, path: str
) -> None:
    body: dict[str, Any] = {"json": {"text": "x"}} if path.endswith("transcript") else {}
    response = client.request(method, path, headers={"X-CSRF-Token": token}, **body)
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM


def test_unknown_audio_is_a_404_page(client: TestClient) -> None:
    response = client.get("/recordings/999/audio.wav")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_writing_a_recording_needs_the_csrf_token(
    client: TestClient, token: str, item: tuple[int, int]
) -> None:
    session_id, item_id = item
    refused = client.post(f"/api/v1/practice/{session_id}/items/{item_id}/recording")
    assert refused.status_code == 403
    recording = _start(client, token, item)["id"]
    chunk = client.put(
        f"/api/v1/recordings/{recording}/chunks/0",
        content=b"\0\0",
        headers={"Content-Type": "application/octet-stream"},
    )
    assert chunk.status_code == 403
    assert chunk.json()["type"] == "urn:shortlist:csrf"
    assert client.get(f"/api/v1/recordings/{recording}").json()["chunks"] == 0


def test_a_recording_upload_may_be_larger_than_other_files_up_to_the_audio_limit(
    make_workspace: Callable[..., Workspace], cv_text: str, posting_text: str
) -> None:
    ws = make_workspace(max_file_mb=0.1, max_audio_mb=0.5)
    add_cv(ws, text=cv_text)
    view = start_practice(ws, add_job(ws, text=posting_text).id, length=1, voice=True)
    path = f"/api/v1/practice/{view.id}/items/{view.current_id}/recording/file"
    with local_client(create_app(workspace=ws)) as client:
        token = client.get("/api/v1/csrf").json()["token"]
        headers = {"X-CSRF-Token": token}
        noise = {"file": ("answer.ogg", b"x" * 300_000, "audio/ogg")}
        # Past the file limit, within the audio one: the decoder is what says no.
        refused = client.post(path, files=noise, headers=headers)
        assert refused.status_code == 400 and "answer.ogg" in refused.json()["detail"]
        huge = {"file": ("answer.ogg", b"x" * 900_000, "audio/ogg")}
        assert client.post(path, files=huge, headers=headers).status_code == 413
        cv = {"file": ("cv.txt", b"x" * 500_000, "text/plain")}
        assert client.post("/api/v1/cv/file", files=cv, headers=headers).status_code == 413
