"""Frozen objects of speech: what a transcriber returns and what the VAD found.

Times are seconds from the start of the audio. Filler sounds a transcriber heard ("um",
"uh") are words like any other in ``Transcript.words``, so delivery can count them.
"""

from __future__ import annotations

from dataclasses import dataclass

from shortlist.core.answers.models import TimedWord

__all__ = ["SpeechSegment", "Transcript"]


@dataclass(frozen=True, slots=True)
class Transcript:
    """The words heard, with timings, and the engine that heard them."""

    words: tuple[TimedWord, ...]
    text: str
    #: Length of the audio in seconds.
    duration: float
    engine: str


@dataclass(frozen=True, slots=True)
class SpeechSegment:
    """A stretch of the audio with voice in it (start and end in seconds)."""

    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start
