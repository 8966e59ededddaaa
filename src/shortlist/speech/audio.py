"""Any audio file to what transcribers take: 16-bit PCM, 16 kHz, mono (PyAV/FFmpeg).

WAV, WebM/Opus (what browsers record), Ogg, MP3, M4A and whatever else FFmpeg reads.
Limits are checked before decoding (file size) and while decoding (length), so a huge
file costs no more than the limit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import av

from shortlist.core.ports import SAMPLE_RATE
from shortlist.speech.errors import AudioError

__all__ = ["Audio", "AudioLimits", "decode_bytes", "decode_file"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class AudioLimits:
    max_seconds: float = 15 * 60
    max_bytes: int = 50 * MB


@dataclass(frozen=True, slots=True)
class Audio:
    #: s16le PCM, 16 kHz, mono.
    samples: bytes

    @property
    def duration(self) -> float:
        return len(self.samples) / 2 / SAMPLE_RATE


def decode_file(path: str | Path, limits: AudioLimits | None = None) -> Audio:
    """Decode the first audio stream of ``path``; AudioError with one line on failure."""
    limits = limits or AudioLimits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AudioError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    return _decode(str(path), path.name, size, limits)


def decode_bytes(
    data: bytes, limits: AudioLimits | None = None, *, name: str = "the audio"
) -> Audio:
    """:func:`decode_file` for audio already in memory (an upload)."""
    return _decode(io.BytesIO(data), name, len(data), limits or AudioLimits())


def _decode(source: str | io.BytesIO, name: str, size: int, limits: AudioLimits) -> Audio:
    if size == 0:
        raise AudioError(f"{name} is empty")
    if size > limits.max_bytes:
        raise AudioError(
            f"{name} is {size / MB:.1f} MB; the limit is {limits.max_bytes / MB:.0f} MB"
        )
    max_bytes = int(limits.max_seconds * SAMPLE_RATE) * 2
    chunks: list[bytes] = []
    total = 0
    try:
        with av.open(source, mode="r") as container:
            if not container.streams.audio:
                raise AudioError(f"{name} has no audio in it")
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunk = bytes(out.planes[0])[: out.samples * 2]
                    chunks.append(chunk)
                    total += len(chunk)
                if total > max_bytes:
                    raise AudioError(f"{name} is longer than {limits.max_seconds / 60:g} minutes")
            for out in resampler.resample(None):
                chunks.append(bytes(out.planes[0])[: out.samples * 2])
    except AudioError:
        raise
    except av.FFmpegError as exc:
        raise AudioError(f"{name} is not audio FFmpeg can read ({_reason(exc)})") from None
    samples = b"".join(chunks)
    if not samples:
        raise AudioError(f"{name} has no audio samples in it")
    return Audio(samples[:max_bytes])


def _reason(exc: Exception) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return str(text).splitlines()[0] if text else type(exc).__name__
