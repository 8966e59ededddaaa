"""From the end of a two-minute spoken answer to its feedback: how long the user waits.

A two-minute answer is synthesized with flite (the speech benchmark's texts one after
another, with their pauses, ending with a second of silence before Stop) and sent to a
voice-mode practice session on a real SQLite workspace in one-second chunks, as the
browser does. After each chunk the queued background steps run before the next is
sent: they must keep up with speech, so their total time (``streaming_rtf``) has to stay
under the audio's length. Then the clock starts: ``finish_recording`` until the
feedback is stored (``finish_to_feedback_s``). The same with Stop pressed in the middle
of a sentence (``finish_mid_sentence_to_feedback_s``); and for comparison, the audio
uploaded whole and then finished, nothing transcribed while it came in
(``whole_upload_to_feedback_s``).

``python -m benchmarks.answer_latency``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

from benchmarks.speech import TEXTS, synth
from benchmarks.speed import SAMPLES, TWO_PAGE_CV

TARGET_SECONDS = 120
CHUNK = 32_000  # one second of 16 kHz 16-bit mono


def _answer(folder: Path) -> bytes:
    """Whole answers one after another until two minutes are reached, then the second
    of silence it takes to reach the Stop button."""
    pcm = bytearray()
    i = 0
    while len(pcm) < TARGET_SECONDS * CHUNK:
        sample = synth(TEXTS[i % len(TEXTS)], "rms", folder / f"part{i}.wav")
        with wave.open(str(sample.wav)) as w:
            pcm += w.readframes(w.getnframes())
        i += 1
    return bytes(pcm) + b"\0" * CHUNK


def _wav(pcm: bytes, path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes(pcm)
    return path


def run() -> dict[str, Any]:
    from shortlist.bootstrap import open_workspace
    from shortlist.clock import FixedClock
    from shortlist.config import Settings
    from shortlist.workspace import (
        add_chunk,
        add_cv,
        add_job,
        finish_recording,
        get_practice,
        start_practice,
        start_recording,
        upload_recording,
        wait_for_recording,
    )

    missing = [tool for tool in ("flite", "sox") if shutil.which(tool) is None]
    if missing:
        return {"skipped": f"{', '.join(missing)} not installed"}
    with tempfile.TemporaryDirectory(prefix="shortlist-latency-") as tmp:
        folder = Path(tmp)
        pcm = _answer(folder)
        settings = Settings(data_dir=folder / "data")  # type: ignore[call-arg]
        ws = open_workspace(settings, clock=FixedClock(dt.date(2026, 11, 1)))
        try:
            add_cv(ws, text=TWO_PAGE_CV.read_text(encoding="utf-8"))
            job = add_job(ws, text=(SAMPLES / "posting.txt").read_text(encoding="utf-8"))
            ws.speech().transcribe(b"\0\0" * 16_000)  # load the model, as a running app has
            view = start_practice(ws, job.id, length=3, voice=True)
            first, second, third = (i.id for i in view.items[:3])

            def streamed(item: int, audio: bytes) -> tuple[Any, float, float]:
                recording = start_recording(ws, view.id, item)
                busy = 0.0
                for index, start in enumerate(range(0, len(audio), CHUNK)):
                    add_chunk(ws, recording.id, index, audio[start : start + CHUNK])
                    began = time.perf_counter()
                    ws.jobs.submit(lambda: None).result()
                    busy += time.perf_counter() - began
                began = time.perf_counter()
                finish_recording(ws, recording.id)
                done = wait_for_recording(ws, recording.id, timeout=300)
                return done, time.perf_counter() - began, busy

            done, finish, busy = streamed(first, pcm)
            feedback = get_practice(ws, view.id).items[0].feedback
            # Stopped in the middle of a sentence: the words since the last pause are
            # still to transcribe when Stop is pressed.
            _, cut_finish, _ = streamed(third, pcm[: TARGET_SECONDS * CHUNK])

            wav = _wav(pcm, folder / "whole.wav").read_bytes()
            began = time.perf_counter()
            whole = upload_recording(ws, view.id, second, wav, "whole.wav")
            wait_for_recording(ws, whole.id, timeout=600)
            whole_s = time.perf_counter() - began
        finally:
            ws.close()
    return {
        "audio_s": len(pcm) / CHUNK,
        "status": done.status,
        "words": len(done.words),
        "streaming_rtf": round(busy / (len(pcm) / CHUNK), 3),
        "finish_to_feedback_s": round(finish, 2),
        "finish_mid_sentence_to_feedback_s": round(cut_finish, 2),
        "whole_upload_to_feedback_s": round(whole_s, 2),
        "feedback_has_delivery": bool(feedback and "delivery" in feedback),
        "target_s": 2.0,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
