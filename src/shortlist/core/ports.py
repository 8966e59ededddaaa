"""What core needs from outside, as Protocols. Adapters live outside core; tests use fakes.

Clock and Transcriber so far; LanguageModel arrives with its issue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from shortlist.core.delivery.speech import Transcript

#: Called with the share of the work done so far, 0.0 to 1.0.
Progress = Callable[[float], None]

#: The audio every transcriber takes: 16-bit signed little-endian PCM, 16 kHz, mono.
SAMPLE_RATE = 16_000


class Clock(Protocol):
    """What time it is: the day (experience runs up to it) and the moment (timestamps)."""

    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime:
        """Now in UTC, without a time zone (as the tables store it)."""
        ...


class Transcriber(Protocol):
    """Speech to timed words. One adapter per engine (shortlist.speech)."""

    #: Short engine name, as in ``Transcript.engine`` ("sphinx", "whisper").
    name: str

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        """Words with start/end times from ``samples`` (s16le PCM, 16 kHz, mono).

        ``progress`` is called now and then with the share done; the last call is 1.0.
        Every word carries timings; fillers the engine heard are words too.
        """
        ...
