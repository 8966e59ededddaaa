"""Work run in separate processes by the durability tests, as several web workers (or a
server killed mid-job) would run it: ``python -m tests.processes ACTION URL DATA_DIR ...``.

Each process opens the workspace itself, so nothing is shared but the database and the
data folder. Transcribers here are fakes at the port (the only place a fake is allowed).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from shortlist.bootstrap import open_workspace
from shortlist.config import Settings
from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.speech import Transcript
from shortlist.core.ports import Progress
from shortlist.workspace import (
    add_chunk,
    add_cv,
    finish_recording,
    list_jobs,
    resume_recordings,
)

#: What FakeTranscriber hears in any audio.
HEARD = ("I", "rewrote", "the", "queries", "and", "the", "report", "took", "one", "second")


class FakeTranscriber:
    """Hears HEARD, spread over the audio."""

    name = "fake"

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        seconds = len(samples) / 32_000
        step = seconds / len(HEARD) if seconds else 0.1
        words = tuple(
            TimedWord(word, round(i * step, 2), round((i + 0.8) * step, 2))
            for i, word in enumerate(HEARD)
        )
        return Transcript(words, " ".join(HEARD), seconds, self.name)


class HangingTranscriber:
    """Says it has started (a file appears), then never finishes: the process is killed
    while it transcribes."""

    name = "hanging"

    def __init__(self, started: Path) -> None:
        self.started = started

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        self.started.write_text("transcribing")
        time.sleep(3600)
        raise AssertionError("killed before this")


def wait_for_start(data_dir: str) -> None:
    """Wait until the test says go, so that every process works at the same time."""
    go = Path(data_dir) / "go"
    for _ in range(1200):
        if go.exists():
            return
        time.sleep(0.01)
    raise SystemExit("never told to start")


def main(action: str, url: str, data_dir: str, *args: str) -> None:
    settings = Settings(database_url=url, data_dir=Path(data_dir))  # type: ignore[call-arg]
    if action == "chunks":
        # Send every chunk of a recording (each the same bytes in every process).
        recording, count, size = (int(a) for a in args)
        ws = open_workspace(settings)
        wait_for_start(data_dir)
        for index in range(count):
            add_chunk(ws, recording, index, bytes([index + 1]) * size)
        ws.close()
    elif action == "read-then-write":
        # Add CV versions and list the jobs (a read that stores fresh reports).
        rounds, cv_text = int(args[0]), Path(args[1]).read_text(encoding="utf-8")
        ws = open_workspace(settings)
        wait_for_start(data_dir)
        for number in range(rounds):
            add_cv(ws, text=f"{cv_text}\nVersion note {number} from {data_dir}")
            list_jobs(ws)
        ws.close()
    elif action in ("finish-then-die", "resume-then-die"):
        # Start the final transcription and wait to be killed in the middle of it.
        recording, started = int(args[0]), Path(args[1])
        ws = open_workspace(settings, transcriber=HangingTranscriber(started))
        if action == "finish-then-die":
            finish_recording(ws, recording)
        else:
            resume_recordings(ws)
        time.sleep(3600)
    else:
        raise SystemExit(f"unknown action {action!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
