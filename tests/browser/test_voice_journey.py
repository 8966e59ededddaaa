"""A spoken answer in a real browser, on a phone and a desktop: Chromium's fake microphone
plays a WAV made at test time with flite, the page records it through the AudioWorklet
and sends it in chunks (the network drops for a few seconds mid-answer, and nothing is
lost), then the transcript, the delivery metrics whose timestamps seek the recording,
and a corrected transcript that recomputes the feedback.

Each page passes the checks of test_practice_journey.py (screenshots, no console errors
but the expected offline fetches, no sideways scroll, no serious or critical axe-core
violations).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect
from tests.browser.conftest import AXE, CHROMIUM, CHROMIUM_ARGS, _require
from tests.browser.watch import OFFLINE_FETCH, SAMPLES, WatchedTab

FIRST = "At my last company the payments report was slow."
SECOND = "I rewrote the queries and I added two indexes."
KNOWN = {"company", "payments", "report", "slow", "rewrote", "queries", "added", "indexes"}
#: Seconds of silence between the two sentences: a pause the metrics must find.
GAP = 2.5
RECORD_S = 9.0


def _need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (apt-get install {' '.join(missing)})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def fake_microphone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two sentences spoken by flite with a pause between, as 48 kHz mono 16-bit WAV
    (the rate of a real microphone; Chromium loops the file)."""
    _need("flite", "sox")
    folder = tmp_path_factory.mktemp("microphone")
    parts = []
    for index, (text, before, after) in enumerate([(FIRST, 0.5, GAP), (SECOND, 0.0, 1.5)]):
        spoken = folder / f"spoken{index}.wav"
        subprocess.run(["flite", "-voice", "rms", "-t", text, "-o", str(spoken)], check=True)
        part = folder / f"part{index}.wav"
        resample = ["-r", "48000", "-c", "1", "-b", "16"]
        pad = ["pad", str(before), str(after)]
        subprocess.run(["sox", str(spoken), *resample, str(part), *pad], check=True)
        parts.append(str(part))
    wav = folder / "microphone.wav"
    subprocess.run(["sox", *parts, str(wav)], check=True)
    return wav


@pytest.fixture(scope="module")
def mic_browser(playwright: Playwright, fake_microphone: Path) -> Iterator[Browser]:
    """Chromium whose microphone is the WAV above, allowed without asking."""
    _require(CHROMIUM, "install Debian's chromium package (`.ci/run` does)")
    _require(AXE, "run `npm ci` at the repository root (`make test` does)")
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={fake_microphone}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
    yield chromium
    chromium.close()


@pytest.fixture
def open_tab(mic_browser: Browser) -> Iterator[Callable[[int, int], Page]]:
    contexts: list[BrowserContext] = []

    def open_page(width: int, height: int) -> Page:
        context = mic_browser.new_context(viewport={"width": width, "height": height})
        context.grant_permissions(["microphone"])
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def _cv_and_job(page: Page, base: str) -> None:
    """The sample CV and posting, through the API (the typed journey covers the forms)."""
    token = page.request.get(f"{base}/api/v1/csrf").json()["token"]
    headers = {"X-CSRF-Token": token}
    for path, sample in (("/api/v1/cv", "cv.txt"), ("/api/v1/jobs", "posting.txt")):
        text = SAMPLES.joinpath(sample).read_text(encoding="utf-8")
        response = page.request.post(f"{base}{path}", data={"text": text}, headers=headers)
        assert response.status == 201, response.text()


RUNS = [
    pytest.param("voice-phone", 390, 844, id="phone"),
    pytest.param("voice-desktop", 1280, 800, id="desktop"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("run", "width", "height"), RUNS)
def test_a_spoken_answer_survives_a_network_drop_and_comes_back_as_seekable_feedback(
    open_tab: Callable[[int, int], Page],
    shortlist_url: str,
    axe_source: str,
    run: str,
    width: int,
    height: int,
) -> None:
    tab = WatchedTab(open_tab(width, height), run, axe_source, ignore=frozenset({OFFLINE_FETCH}))
    page = tab.page
    _cv_and_job(page, shortlist_url)

    # A voice-mode session of one question.
    page.goto(f"{shortlist_url}/practice")
    page.get_by_label("Questions").fill("1")
    page.get_by_label("Answer out loud").check()
    tab.check("01-start-voice")
    page.get_by_role("button", name="Start the session").click()
    expect(page).to_have_url(re.compile(r"/practice/\d+$"))
    record = page.get_by_role("button", name="Record", exact=True)
    stop = page.get_by_role("button", name="Stop", exact=True)
    expect(record).to_be_visible()
    expect(stop).to_be_disabled()
    expect(page.get_by_label("Your answer", exact=False)).to_be_editable()
    tab.check("02-voice-question")

    # Record; the level meter moves with the voice.
    record.click()
    status = page.locator("[data-recorder-status]")
    expect(status).to_have_text("Recording. Press Stop when you have finished.")
    started = time.monotonic()
    page.wait_for_function(
        "() => document.querySelector('#recorder-level').value > 0.2", timeout=10_000
    )
    expect(page.locator("[data-elapsed]")).to_have_text(re.compile(r"^0:0\d recorded of 2:30$"))
    tab.check("03-recording")

    # The network drops for a few seconds: the chunks wait on this device, then go.
    page.wait_for_timeout(1500)
    page.context.set_offline(True)
    expect(status).to_contain_text("Connection lost", timeout=5_000)
    page.wait_for_timeout(2000)
    page.context.set_offline(False)
    page.wait_for_timeout(max(0.0, RECORD_S - (time.monotonic() - started)) * 1000)
    stop.click()
    assert tab.ignored[OFFLINE_FETCH] >= 1

    # Sent, transcribed, and the feedback with the recording beside the transcript.
    expect(page.get_by_role("heading", name="Feedback on your answer")).to_be_visible(
        timeout=60_000
    )
    expect(page).to_have_url(re.compile(r"\?answered=\d+#feedback$"))
    session_id = re.search(r"/practice/(\d+)", page.url).group(1)  # type: ignore[union-attr]
    view = page.request.get(f"{shortlist_url}/api/v1/practice/{session_id}").json()
    item = view["items"][0]
    recording = page.request.get(f"{shortlist_url}/api/v1/recordings/{item['recording_id']}")
    kept = recording.json()
    assert kept["status"] == "done"
    # Nothing was lost while offline: the audio kept is as long as the time recorded.
    assert kept["seconds"] == pytest.approx(item["seconds_taken"], abs=1.5)
    assert kept["seconds"] >= RECORD_S - 1.5
    heard = {w.strip(".,").lower() for w in item["text"].split()}
    assert len(KNOWN & heard) >= 2, item["text"]

    audio = page.locator("audio[data-player]")
    expect(audio).to_have_attribute("src", f"/recordings/{item['recording_id']}/audio.wav")
    page.wait_for_function("() => document.querySelector('audio[data-player]').readyState >= 1")
    assert page.locator(".spoken-words .word").count() >= 3
    tab.check("04-spoken-feedback")

    # A metric's timestamp seeks the recording; so does a word, which lights up.
    pause = page.locator("[data-metric=pauses] button.seek").first
    expect(pause).to_be_visible()
    target = float(pause.get_attribute("data-seek") or "0")
    assert target == pytest.approx(item["feedback"]["delivery"]["longest_pause"]["start"], abs=0.01)
    pause.click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('audio[data-player]').currentTime - {target}) < 0.6"
    )
    audio.evaluate("a => a.pause()")
    word = page.locator(".spoken-words .word").nth(1)
    start = float(word.get_attribute("data-start") or "0")
    word.click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('audio[data-player]').currentTime - {start}) < 0.6"
    )
    expect(page.locator(".spoken-words .word.current")).to_have_count(1)
    audio.evaluate("a => a.pause()")

    # The transcript corrected by hand: the feedback is computed again from it.
    page.get_by_text("Correct the transcript").click()
    corrected = f"{FIRST} {SECOND} As a result the report went from 9 seconds to 1 second."
    page.get_by_label("What you said").fill(corrected)
    page.get_by_role("button", name="Recompute the feedback").click()
    expect(page.get_by_role("status").first).to_contain_text("The transcript is corrected")
    expect(page.locator("#feedback .star-parts")).to_contain_text("Result: there")
    expect(page.get_by_label("What you said")).to_have_value(corrected)
    tab.check("05-corrected")


MIC_ERRORS = [
    pytest.param(
        "NotAllowedError",
        "Microphone access was denied. Allow it in your browser's site settings, or type "
        "your answer instead.",
        id="denied",
    ),
    pytest.param("NotFoundError", "No microphone was found.", id="missing"),
    pytest.param("OverconstrainedError", "No microphone was found.", id="no-fitting-one"),
]


def _voice_question(page: Page, base: str) -> None:
    _cv_and_job(page, base)
    page.goto(f"{base}/practice")
    page.get_by_label("Questions").fill("1")
    page.get_by_label("Answer out loud").check()
    page.get_by_role("button", name="Start the session").click()
    expect(page).to_have_url(re.compile(r"/practice/\d+$"))


@pytest.mark.parametrize(("name", "message"), MIC_ERRORS)
def test_a_refused_or_missing_microphone_says_so_and_leaves_typing(
    new_page: Callable[..., Page], shortlist_url: str, name: str, message: str
) -> None:
    page = new_page(390, 844)
    # The browser's own answer, as Chromium gives it for a denial or no device.
    page.add_init_script(
        "navigator.mediaDevices.getUserMedia = () => "
        f"Promise.reject(new DOMException('refused', '{name}'));"
    )
    _voice_question(page, shortlist_url)
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.locator("[data-recorder-status]")).to_contain_text(message)
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_enabled()
    expect(page.get_by_label("Your answer", exact=False)).to_be_editable()


def test_a_browser_that_cannot_record_offers_typing_and_an_upload(
    new_page: Callable[..., Page], shortlist_url: str
) -> None:
    page = new_page(1280, 800)
    page.add_init_script("delete window.AudioWorkletNode;")
    _voice_question(page, shortlist_url)
    expect(page.locator("[data-recorder-status]")).to_contain_text(
        "This browser cannot record in the page"
    )
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_hidden()
    expect(page.get_by_label("Audio file")).to_be_visible()
    expect(page.get_by_label("Your answer", exact=False)).to_be_editable()
