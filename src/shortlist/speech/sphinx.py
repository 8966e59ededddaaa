"""The offline default: PocketSphinx with the English model its wheel ships.

The audio is cut at the VAD's silences into utterances of at most MAX_UTTERANCE_S and
each is decoded on its own: silence costs nothing, memory stays flat on a long answer,
and progress moves per utterance.

Filler pass. The bundled language model all but rules out "um" and "uh" (p = 4e-5), so
the decoder hears them as "them", "on", "I'm", "but". PocketSphinx's own filler words
(the noise dictionary) must be one phone long, which "um" (AH M) is not. So the fillers
go into the language model as words of their own (``++um++``: AH M, ``++uh++``: AH) with
a unigram weight tuned on synthesized answers (benchmarks/speech.py): they then compete
with real words everywhere, and come out as "um"/"uh" in the transcript.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Protocol

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.speech import SpeechSegment, Transcript
from shortlist.core.ports import SAMPLE_RATE, Progress
from shortlist.speech.errors import TranscriberUnavailable
from shortlist.speech.vad import speech_segments

__all__ = ["FILLERS", "SphinxTranscriber"]

#: Filler words added to the language model, with their pronunciation.
FILLERS = {"++um++": ("um", "AH M"), "++uh++": ("uh", "AH")}
#: Unigram weight of each filler (ngram_model_add_word), tuned in benchmarks/speech.py.
FILLER_WEIGHT = 10_000.0
MAX_UTTERANCE_S = 20.0
# Silences shorter than this stay inside an utterance; padding keeps word edges whole.
_JOIN_S = 0.8
_PAD_S = 0.25
_FRAME_S = 0.01
_VARIANT = re.compile(r"\(\d+\)$")


class _Segment(Protocol):
    """A word the decoder heard: its dictionary form (e.g. "read(2)") and its frames."""

    @property
    def word(self) -> str: ...

    @property
    def start_frame(self) -> int: ...

    @property
    def end_frame(self) -> int: ...


class _Decoder(Protocol):
    """What is used of pocketsphinx.Decoder to decode one utterance."""

    def start_utt(self) -> None: ...

    def process_raw(self, data: bytes, *, full_utt: bool) -> object: ...

    def end_utt(self) -> None: ...

    def seg(self) -> Iterable[_Segment]: ...


class SphinxTranscriber:
    name = "sphinx"

    def __init__(
        self, *, filler_weight: float | None = FILLER_WEIGHT, **config: str | int | float
    ) -> None:
        """``filler_weight`` None turns the filler pass off; ``config`` goes to the
        PocketSphinx decoder (e.g. ``beam=1e-40``)."""
        self.filler_weight = filler_weight
        self.config = config
        self._decoder: _Decoder | None = None
        self._lock = threading.Lock()

    def _load(self) -> _Decoder:
        if self._decoder is None:
            try:
                from pocketsphinx import Decoder
            except ImportError:  # pragma: no cover - a default dependency
                raise TranscriberUnavailable(
                    "pocketsphinx is not installed: pip install pocketsphinx"
                ) from None
            decoder = Decoder(loglevel="FATAL", **self.config)
            if self.filler_weight is not None:
                lm = decoder.get_lm()
                for word, (_, phones) in FILLERS.items():
                    lm.add_word(word, self.filler_weight)
                    decoder.add_word(word, phones, True)
                decoder.add_lm("fillers", lm)
                decoder.activate_search("fillers")
            self._decoder = decoder
        return self._decoder

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        duration = len(samples) / 2 / SAMPLE_RATE
        pieces = utterances(speech_segments(samples), duration)
        words: list[TimedWord] = []
        total = sum(b - a for a, b in pieces) or 1.0
        done = 0.0
        with self._lock:
            decoder = self._load()
            if progress:
                progress(0.0)
            for start, end in pieces:
                chunk = samples[int(start * SAMPLE_RATE) * 2 : int(end * SAMPLE_RATE) * 2]
                words.extend(_decode(decoder, chunk, start))
                done += end - start
                if progress:
                    progress(min(1.0, done / total))
        if progress:
            progress(1.0)
        return Transcript(
            words=tuple(words),
            text=" ".join(w.text for w in words),
            duration=round(duration, 3),
            engine=self.name,
        )


def utterances(segments: tuple[SpeechSegment, ...], duration: float) -> list[tuple[float, float]]:
    """Speech segments joined across short silences, padded, each at most MAX_UTTERANCE_S
    (a longer run is cut where it must be; a word cut in two is the price)."""
    out: list[list[float]] = []
    for seg in segments:
        if out and seg.start - out[-1][1] < _JOIN_S and seg.end - out[-1][0] <= MAX_UTTERANCE_S:
            out[-1][1] = seg.end
        else:
            out.append([seg.start, seg.end])
    pieces: list[tuple[float, float]] = []
    for a, b in out:
        a, b = max(0.0, a - _PAD_S), min(duration, b + _PAD_S)
        while b - a > MAX_UTTERANCE_S:
            pieces.append((a, a + MAX_UTTERANCE_S))
            a += MAX_UTTERANCE_S
        pieces.append((a, b))
    return pieces


def _decode(decoder: _Decoder, chunk: bytes, offset: float) -> list[TimedWord]:
    decoder.start_utt()
    decoder.process_raw(chunk, full_utt=True)
    decoder.end_utt()
    out = []
    for seg in decoder.seg():
        word = _VARIANT.sub("", seg.word)
        if word in FILLERS:
            word = FILLERS[word][0]
        elif word.startswith(("<", "[", "+")):
            continue  # silence and noise markers
        out.append(
            TimedWord(
                word,
                round(offset + seg.start_frame * _FRAME_S, 2),
                round(offset + (seg.end_frame + 1) * _FRAME_S, 2),
            )
        )
    return out
