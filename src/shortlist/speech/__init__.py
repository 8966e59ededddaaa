"""Speech to timed words, and the delivery of a spoken answer.

The engines ("sphinx", the offline default, in sphinx.py; "whisper", an optional extra,
in whisper.py) implement core's Transcriber port; shortlist.bootstrap picks one from the
settings. ``transcribe_file(path, transcriber, progress)`` decodes any audio file, finds
the voice in it, transcribes it and measures its delivery. Engines load their model on
first use, never at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shortlist.core.delivery.metrics import Delivery, delivery_metrics
from shortlist.core.delivery.speech import SpeechSegment, Transcript
from shortlist.core.ports import Progress, Transcriber
from shortlist.speech.audio import AudioLimits, decode_file
from shortlist.speech.errors import AudioError, TranscriberUnavailable
from shortlist.speech.vad import speech_segments

if TYPE_CHECKING:
    from shortlist.config import Settings

__all__ = [
    "AudioError",
    "AudioLimits",
    "SpokenAnswer",
    "TranscriberUnavailable",
    "transcribe_file",
]


@dataclass(frozen=True, slots=True)
class SpokenAnswer:
    transcript: Transcript
    speech: tuple[SpeechSegment, ...]
    delivery: Delivery


def audio_limits(settings: Settings) -> AudioLimits:
    return AudioLimits(
        max_seconds=settings.max_audio_minutes * 60,
        max_bytes=int(settings.max_audio_mb * 1024 * 1024),
    )


def transcribe_file(
    path: str | Path,
    transcriber: Transcriber,
    progress: Progress | None = None,
    *,
    limits: AudioLimits | None = None,
) -> SpokenAnswer:
    """Decode ``path``, transcribe it and measure its delivery (AudioError on bad audio)."""
    audio = decode_file(path, limits)
    speech = speech_segments(audio.samples)
    transcript = transcriber.transcribe(audio.samples, progress=progress)
    delivery = delivery_metrics(transcript.words, speech_segments=speech, duration=audio.duration)
    return SpokenAnswer(transcript, speech, delivery)
