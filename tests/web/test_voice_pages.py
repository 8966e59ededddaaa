"""Voice mode on the pages: the start form's choice, the recorder beside the typed answer,
a spoken answer's feedback (recording, timed words, metrics with timestamps to seek),
the transcript corrected by a plain form, an upload that works without JavaScript, and
the progress page that reloads itself."""

from __future__ import annotations

import re
import wave
from typing import TYPE_CHECKING

import pytest
from tests.speech.conftest import Speak, speak  # noqa: F401 (the fixture)

from shortlist.web.voice_pages import byte_range
from shortlist.workspace import (
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    finish_recording,
    get_practice,
    skip_question,
    start_practice,
    start_recording,
    wait_for_recording,
)

if TYPE_CHECKING:
    from starlette.testclient import TestClient

SPOKEN = (
    "At my last company the payments report was slow.",
    2.5,
    "I rewrote the queries and I added two indexes.",
)
SECOND = 32_000


@pytest.fixture
def job(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    add_cv(workspace, text=cv_text)
    return add_job(workspace, text=posting_text).id


@pytest.fixture
def spoken(
    workspace: Workspace,
    job: int,
    speak: Speak,  # noqa: F811 (the fixture imported above)
) -> tuple[int, int, int]:
    """A voice session of two questions whose first is answered out loud:
    (session id, item id, recording id)."""
    view = start_practice(workspace, job, length=2, voice=True)
    assert view.current_id is not None
    wav, _ = speak(*SPOKEN)
    with wave.open(str(wav)) as w:
        pcm = w.readframes(w.getnframes())
    recording = start_recording(workspace, view.id, view.current_id)
    for index, start in enumerate(range(0, len(pcm), SECOND)):
        add_chunk(workspace, recording.id, index, pcm[start : start + SECOND])
    finish_recording(workspace, recording.id, 8)
    done = wait_for_recording(workspace, recording.id, timeout=60)
    assert done.status == "done", done.error
    return view.id, view.current_id, recording.id


def test_the_start_form_offers_voice_mode_and_starts_a_voice_session(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    html = client.get("/practice").text
    assert '<input id="practice-voice" type="checkbox" name="voice" value="yes">' in html
    assert '<label for="practice-voice"' in html
    token = client.get("/api/v1/csrf").json()["token"]
    response = client.post(
        "/practice",
        data={
            "job_id": str(job),
            "length": "2",
            "seconds": "120",
            "voice": "yes",
            "csrf_token": token,
        },
    )
    assert response.status_code == 200
    session_id = int(response.url.path.rsplit("/", 1)[1])
    assert get_practice(workspace, session_id).voice is True
    html = response.text
    assert '<button type="button" data-record>Record</button>' in html
    assert "data-stop disabled>Stop</button>" in html
    assert '<meter id="recorder-level"' in html
    assert '<script src="/static/recorder.js" defer></script>' in html
    assert 'action="/practice/' in html and '/recording/file" method="post"' in html
    # Voice mode adds; the typed answer is still there.
    assert '<textarea id="answer-text" name="text"' in html
    assert "Submit my answer" in html


def test_a_typed_session_has_no_recorder(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    view = start_practice(workspace, job, length=1)
    html = client.get(f"/practice/{view.id}").text
    assert "data-recorder" not in html
    assert "recorder.js" not in html


def test_a_spoken_answer_shows_its_recording_timed_words_and_seekable_metrics(
    client: TestClient, spoken: tuple[int, int, int]
) -> None:
    session_id, item_id, recording_id = spoken
    html = client.get(f"/practice/{session_id}?answered={item_id}").text
    assert f'<audio controls preload="auto" src="/recordings/{recording_id}/audio.wav"' in html
    words = re.findall(r'<span class="word[^"]*" data-start="([\d.]+)" data-end="([\d.]+)">', html)
    assert len(words) >= 5
    assert all(float(start) <= float(end) for start, end in words)
    assert "words a minute" in html
    seeks = re.findall(r'<button type="button" class="seek" data-seek="([\d.]+)">([^<]+)<', html)
    labels = [label for _, label in seeks]
    assert "Play from the first word" in labels
    # The pause of 2.5 s between the sentences, with its own timestamp.
    assert any(re.fullmatch(r"\d+\.\d s", label) for label in labels), labels
    assert "Speaking and silence" in html
    assert f'action="/practice/{session_id}/items/{item_id}/transcript"' in html
    assert '<script src="/static/playback.js" defer></script>' in html


def test_the_corrected_transcript_recomputes_the_feedback(
    client: TestClient, token: str, workspace: Workspace, spoken: tuple[int, int, int]
) -> None:
    session_id, item_id, _ = spoken
    corrected = (
        "At my last company the payments report was slow. I rewrote the queries and added "
        "two indexes, and as a result the report went from 9 seconds to 1 second."
    )
    response = client.post(
        f"/practice/{session_id}/items/{item_id}/transcript",
        data={"text": corrected, "csrf_token": token},
    )
    assert response.status_code == 200
    assert "The transcript is corrected and the feedback computed again" in response.text
    assert corrected in response.text
    item = next(i for i in get_practice(workspace, session_id).items if i.id == item_id)
    assert item.text == corrected
    assert item.feedback is not None and item.feedback["star"]["result"] is True


def test_a_recording_uploaded_without_javascript_shows_progress_then_the_feedback(
    client: TestClient,
    token: str,
    workspace: Workspace,
    job: int,
    speak: Speak,  # noqa: F811
) -> None:
    view = start_practice(workspace, job, length=2, voice=True)
    wav, _ = speak(*SPOKEN)
    response = client.post(
        f"/practice/{view.id}/items/{view.current_id}/recording/file",
        data={"csrf_token": token},
        files={"file": ("answer.wav", wav.read_bytes(), "audio/wav")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = response.headers["location"]
    assert re.fullmatch(r"/recordings/\d+", page)
    progress = client.get(page, follow_redirects=False)
    if progress.status_code == 200:  # not transcribed yet
        assert progress.headers["refresh"] == "2"
        assert '<progress id="recording-progress" max="1"' in progress.text
    wait_for_recording(workspace, int(page.rsplit("/", 1)[1]), timeout=60)
    done = client.get(page, follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == f"/practice/{view.id}?answered={view.current_id}#feedback"


def test_a_failed_recording_says_why_and_stops_reloading(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    view = start_practice(workspace, job, length=1, voice=True)
    assert view.current_id is not None
    recording = start_recording(workspace, view.id, view.current_id)
    add_chunk(workspace, recording.id, 0, b"\0\0" * 16_000)  # a second of silence
    finish_recording(workspace, recording.id)
    failed = wait_for_recording(workspace, recording.id, timeout=60)
    assert failed.status == "failed"
    response = client.get(f"/recordings/{recording.id}")
    assert response.status_code == 200
    assert "refresh" not in response.headers
    assert "It could not be transcribed" in response.text
    assert "no words were heard" in response.text


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, 999)),
        ("bytes=-200", (800, 999)),
        ("bytes=900-5000", (900, 999)),
        ("items=0-1", None),
    ],
)
def test_a_range_header_is_read_as_the_first_range(
    header: str | None, expected: tuple[int, int] | None
) -> None:
    assert byte_range(header, 1000) == expected


def test_a_range_past_the_end_cannot_be_satisfied() -> None:
    with pytest.raises(ValueError, match="not satisfiable"):
        byte_range("bytes=1000-", 1000)


def test_the_summary_shows_a_spoken_answer_with_its_recording(
    client: TestClient, workspace: Workspace, spoken: tuple[int, int, int]
) -> None:
    session_id, item_id, recording_id = spoken
    view = get_practice(workspace, session_id)
    while view.current_id is not None:
        view = skip_question(workspace, session_id, view.current_id)
    html = client.get(f"/practice/{session_id}/summary").text
    assert f'src="/recordings/{recording_id}/audio.wav"' in html
    assert f'action="/practice/{session_id}/items/{item_id}/transcript"' in html


def test_after_a_correction_the_timed_words_are_said_to_be_as_heard(
    client: TestClient, token: str, spoken: tuple[int, int, int]
) -> None:
    session_id, item_id, _ = spoken
    before = client.get(f"/practice/{session_id}?answered={item_id}").text
    assert "the words as they were heard" not in before
    after = client.post(
        f"/practice/{session_id}/items/{item_id}/transcript",
        data={"text": "My own words, corrected.", "csrf_token": token},
    ).text
    assert (
        "These are the words as they were heard; the feedback is on your corrected text." in after
    )
