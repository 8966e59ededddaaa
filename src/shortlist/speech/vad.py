"""Where the voice is: WebRTC's voice activity detector over 30 ms frames, smoothed.

Raw frame decisions flicker inside words and on breaths, so a run of speech shorter than
MIN_SPEECH_S is dropped and a gap shorter than BRIDGE_S inside speech is bridged.
"""

from __future__ import annotations

import webrtcvad

from shortlist.core.delivery.speech import SpeechSegment
from shortlist.core.ports import SAMPLE_RATE

__all__ = ["speech_segments"]

FRAME_MS = 30
BRIDGE_S = 0.3
MIN_SPEECH_S = 0.12


def speech_segments(samples: bytes, *, aggressiveness: int = 2) -> tuple[SpeechSegment, ...]:
    """Stretches of speech in s16le 16 kHz mono ``samples``."""
    vad = webrtcvad.Vad(aggressiveness)
    step = SAMPLE_RATE * FRAME_MS // 1000 * 2
    frame_s = FRAME_MS / 1000
    runs: list[list[float]] = []
    for i, offset in enumerate(range(0, len(samples) - step + 1, step)):
        if not vad.is_speech(samples[offset : offset + step], SAMPLE_RATE):
            continue
        start = i * frame_s
        if runs and start - runs[-1][1] < BRIDGE_S:
            runs[-1][1] = start + frame_s
        else:
            runs.append([start, start + frame_s])
    return tuple(SpeechSegment(round(a, 2), round(b, 2)) for a, b in runs if b - a >= MIN_SPEECH_S)
