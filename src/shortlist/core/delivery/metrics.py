"""Delivery of a spoken answer from its timed words and the stretches of voice in it.

Pace (words per minute against a target band), speaking time against silence, pauses over
two seconds, time to the first word, fillers per minute and how much the pace varies
across the answer, each with the timestamps behind it, and a 0-100 score with a tip per
metric. docs/speech.md gives every formula. Same input, same numbers.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.speech import SpeechSegment

__all__ = [
    "FILLER_SOUNDS",
    "PACE_BAND",
    "Delivery",
    "DeliveryMeasures",
    "MetricScore",
    "PaceWindow",
    "Pause",
    "delivery_metrics",
]

#: Filler sounds, the same set the text analyser counts (core/answer_fillers.SOUNDS).
FILLER_SOUNDS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "err", "erm", "hmm", "ehm"})
#: Words per minute an interviewer follows comfortably.
PACE_BAND = (120.0, 160.0)
#: A silence between words at least this long is a pause worth showing.
PAUSE_S = 2.0
#: Pace variation is measured over windows of this length.
WINDOW_S = 20.0
# Below this much speech, pace and its variation say nothing yet.
_MIN_PACE_WORDS = 10


@dataclass(frozen=True, slots=True)
class Pause:
    start: float
    end: float

    @property
    def length(self) -> float:
        return round(self.end - self.start, 2)


@dataclass(frozen=True, slots=True)
class PaceWindow:
    start: float
    end: float
    words: int
    wpm: float


@dataclass(frozen=True, slots=True)
class MetricScore:
    """One metric's 0-100 score and its tip. ``checked`` is False when there was too
    little speech to judge it: the score is then left out of the overall score."""

    name: str
    score: int
    tip: str
    checked: bool = True


@dataclass(frozen=True, slots=True)
class DeliveryMeasures:
    """Every measure of a spoken answer's delivery: what feedback keeps of it."""

    words: int
    #: Words per minute over the spoken stretch (first word's start to last word's end).
    wpm: float
    pace_band: tuple[float, float]
    #: "too short", "slow", "in band" or "fast".
    pace_verdict: str
    speaking_s: float
    silence_s: float
    #: Speaking time over the audio's length (0..1).
    speaking_ratio: float
    pauses: tuple[Pause, ...]
    longest_pause: Pause | None
    #: Start of the first word heard (None: no words).
    first_word_s: float | None
    fillers: tuple[TimedWord, ...]
    fillers_per_minute: float
    pace_windows: tuple[PaceWindow, ...]
    #: Coefficient of variation of the windows' wpm (None: fewer than two windows).
    pace_cv: float | None
    scores: tuple[MetricScore, ...]
    #: Mean of the checked metric scores, 0-100.
    score: int


@dataclass(frozen=True, slots=True)
class Delivery(DeliveryMeasures):
    """The measures, and the audio's length they were taken over."""

    duration: float

    def metric(self, name: str) -> MetricScore:
        for m in self.scores:
            if m.name == name:
                return m
        raise KeyError(name)


def is_filler(word: TimedWord) -> bool:
    return word.text.lower().strip(".,!?") in FILLER_SOUNDS


def delivery_metrics(
    words: Sequence[TimedWord],
    *,
    speech_segments: Sequence[SpeechSegment],
    duration: float,
) -> Delivery:
    """Delivery metrics of one answer. ``speech_segments`` come from a voice activity
    detector; an empty sequence means none ran, and the words' spans stand in for it."""
    words = sorted(words, key=lambda w: (w.start, w.end))
    segments = sorted(speech_segments, key=lambda s: s.start) or [
        SpeechSegment(w.start, w.end) for w in words
    ]
    spoken = [w for w in words if not is_filler(w)]
    fillers = tuple(w for w in words if is_filler(w))
    span = (words[-1].end - words[0].start) if words else 0.0
    wpm = len(spoken) / span * 60 if span > 0 else 0.0
    speaking = min(duration, sum(_overlap(s, 0.0, duration) for s in segments))
    pauses = _pauses(words, segments)
    longest = max(pauses, key=lambda p: p.length, default=None)
    windows = _windows(spoken, words[0].start if words else 0.0, words[-1].end if words else 0)
    rates = [w.wpm for w in windows]
    mean = statistics.fmean(rates) if len(rates) >= 2 else 0.0
    cv = round(statistics.pstdev(rates) / mean, 3) if mean > 0 else None
    fpm = len(fillers) / span * 60 if span > 0 else 0.0
    first = words[0].start if words else None
    enough = len(spoken) >= _MIN_PACE_WORDS
    verdict = _verdict(wpm, enough)
    scores = (
        _pace_score(wpm, verdict),
        _pause_score(pauses, longest),
        _filler_score(fpm, len(fillers), enough),
        _first_word_score(first),
        _variation_score(cv),
    )
    checked = [m.score for m in scores if m.checked]
    return Delivery(
        duration=round(duration, 2),
        words=len(spoken),
        wpm=round(wpm, 1),
        pace_band=PACE_BAND,
        pace_verdict=verdict,
        speaking_s=round(speaking, 2),
        silence_s=round(max(0.0, duration - speaking), 2),
        speaking_ratio=round(speaking / duration, 3) if duration > 0 else 0.0,
        pauses=pauses,
        longest_pause=longest,
        first_word_s=None if first is None else round(first, 2),
        fillers=fillers,
        fillers_per_minute=round(fpm, 1),
        pace_windows=windows,
        pace_cv=cv,
        scores=scores,
        score=round(statistics.fmean(checked)) if checked else 0,
    )


def _overlap(seg: SpeechSegment, start: float, end: float) -> float:
    return max(0.0, min(seg.end, end) - max(seg.start, start))


def _pauses(words: Sequence[TimedWord], segments: Sequence[SpeechSegment]) -> tuple[Pause, ...]:
    """Gaps between words of at least PAUSE_S, trimmed to the silence the VAD found in
    them: a transcriber's word edges drift into the silence, the VAD's less so."""
    out: list[Pause] = []
    for a, b in itertools.pairwise(words):
        if b.start - a.end < PAUSE_S:
            continue
        quiet = _longest_silence(a.end, b.start, segments)
        if quiet is not None and quiet.length >= PAUSE_S:
            out.append(quiet)
    return tuple(out)


def _longest_silence(start: float, end: float, segments: Sequence[SpeechSegment]) -> Pause | None:
    """The longest stretch of [start, end] that no speech segment covers."""
    best: Pause | None = None
    cursor = start
    for seg in segments:
        if seg.end <= cursor:
            continue
        if seg.start >= end:
            break
        if seg.start > cursor and (best is None or seg.start - cursor > best.length):
            best = Pause(round(cursor, 2), round(seg.start, 2))
        cursor = max(cursor, seg.end)
    if end > cursor and (best is None or end - cursor > best.length):
        best = Pause(round(cursor, 2), round(end, 2))
    return best


def _windows(spoken: Sequence[TimedWord], start: float, end: float) -> tuple[PaceWindow, ...]:
    """Words per minute in consecutive windows of WINDOW_S; a last window shorter than
    half of one joins the one before it."""
    if end - start < WINDOW_S:
        return ()
    edges = [start]
    while edges[-1] + WINDOW_S < end:
        edges.append(edges[-1] + WINDOW_S)
    if end - edges[-1] < WINDOW_S / 2 and len(edges) > 1:
        edges.pop()
    edges.append(end)
    out = []
    for lo, hi in itertools.pairwise(edges):
        n = sum(
            1 for w in spoken if lo <= (w.start + w.end) / 2 < hi or (hi == end and w.end == end)
        )
        out.append(PaceWindow(round(lo, 2), round(hi, 2), n, round(n / (hi - lo) * 60, 1)))
    return tuple(out)


def _verdict(wpm: float, enough: bool) -> str:
    if not enough:
        return "too short"
    if wpm < PACE_BAND[0]:
        return "slow"
    return "fast" if wpm > PACE_BAND[1] else "in band"


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def _pace_score(wpm: float, verdict: str) -> MetricScore:
    lo, hi = PACE_BAND
    if verdict == "too short":
        return MetricScore("pace", 0, "Speak for longer to get a pace reading.", checked=False)
    # 100 inside the band, falling to 0 at 60 wpm outside it.
    off = max(lo - wpm, wpm - hi, 0.0)
    tip = {
        "slow": f"At {wpm:.0f} wpm you sound hesitant; aim for {lo:.0f}-{hi:.0f}.",
        "fast": f"At {wpm:.0f} wpm you are hard to follow; slow to {lo:.0f}-{hi:.0f}.",
    }.get(verdict, f"Good pace: {wpm:.0f} wpm is inside {lo:.0f}-{hi:.0f}.")
    return MetricScore("pace", _clamp(100 - off / 60 * 100), tip)


def _pause_score(pauses: Sequence[Pause], longest: Pause | None) -> MetricScore:
    if longest is None:
        return MetricScore("pauses", 100, "No silence over 2 s: you kept the thread.")
    # 15 points per pause over 2 s, and 10 more per second the longest runs past 4 s.
    score = 100 - 15 * len(pauses) - 10 * max(0.0, longest.length - 4.0)
    tip = (
        f"{len(pauses)} pause(s) over 2 s, the longest {longest.length:.1f} s at "
        f"{longest.start:.1f} s. A breath is fine; fill a long search with a signpost "
        '("Let me think of the best example").'
    )
    return MetricScore("pauses", _clamp(score), tip)


def _filler_score(fpm: float, count: int, enough: bool) -> MetricScore:
    if not enough:
        return MetricScore("fillers", 0, "Speak for longer to count fillers.", checked=False)
    # Up to 2 a minute goes unnoticed; each one a minute more costs 12 points.
    score = 100 - 12 * max(0.0, fpm - 2.0)
    if count == 0:
        return MetricScore("fillers", 100, "No um or uh heard.")
    tip = (
        f"{count} filler(s), {fpm:.1f} a minute. Pause silently instead of saying um."
        if fpm > 2
        else f"{count} filler(s), {fpm:.1f} a minute: few enough to go unnoticed."
    )
    return MetricScore("fillers", _clamp(score), tip)


def _first_word_score(first: float | None) -> MetricScore:
    if first is None:
        return MetricScore("first_word", 0, "No words were heard.")
    # Three seconds to gather thoughts is normal; each second more costs 15 points.
    score = 100 - 15 * max(0.0, first - 3.0)
    tip = (
        f'You started after {first:.1f} s. Buy time aloud ("Good question - one moment").'
        if first > 3
        else f"You started after {first:.1f} s."
    )
    return MetricScore("first_word", _clamp(score), tip)


def _variation_score(cv: float | None) -> MetricScore:
    if cv is None:
        return MetricScore(
            "pace_variation", 0, "Answers under 30 s are too short to vary.", checked=False
        )
    # Up to 0.15 is natural emphasis; by 0.6 the pace lurches between rushing and stalling.
    score = 100 - max(0.0, cv - 0.15) / 0.45 * 100
    tip = (
        f"Your pace swings (variation {cv:.2f}): keep an even rhythm, slow down on the result."
        if cv > 0.15
        else f"Even pace (variation {cv:.2f})."
    )
    return MetricScore("pace_variation", _clamp(score), tip)
