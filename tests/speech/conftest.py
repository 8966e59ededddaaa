"""Real audio made at test time: flite (or espeak-ng) speaks known texts, sox trims them,
and the pieces are joined with silences of known length.

Without flite/espeak-ng and sox the tests that need them fail under CI=true (.ci/run
installs them) and are skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import wave
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.cli_env import runner as runner  # the CLI fixture, for the CLI tests here

RATE = 16_000


def _require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    reason = f"{', '.join(missing)} not installed (apt-get install {' '.join(missing)})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _piece(text: str, out: Path, voice: str) -> bytes:
    raw = out.with_suffix(".raw.wav")
    if voice == "espeak":
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text], check=True)
    else:
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    trim = ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), *trim])
    with wave.open(str(out)) as w:
        return w.readframes(w.getnframes())


def write_wav(path: Path, pcm: bytes, rate: int = RATE) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return path


Speak = Callable[..., tuple[Path, list[float]]]


@pytest.fixture
def speak(tmp_path: Path) -> Speak:
    """speak("text", 2.5, "more text", lead=1.0) -> (wav, [start of each silence])."""
    _require("flite", "sox")

    def make(
        *parts: str | float, lead: float = 0.3, voice: str = "rms"
    ) -> tuple[Path, list[float]]:
        pcm = bytearray(b"\0\0" * int(lead * RATE))
        starts = []
        for i, part in enumerate(parts):
            if isinstance(part, float):
                starts.append(len(pcm) / 2 / RATE)
                pcm += b"\0\0" * int(part * RATE)
            else:
                pcm += _piece(part, tmp_path / f"piece{i}.wav", voice)
        pcm += b"\0\0" * int(0.4 * RATE)
        return write_wav(tmp_path / "answer.wav", bytes(pcm)), starts

    return make
