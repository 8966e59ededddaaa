"""What a spoken answer adds to its feedback: the timed words the analysis aligns, the
transcript and delivery kept with the feedback, and the delivery dimension that joins the
content ones (docs/speech.md). The JSON they become is core/answers/feedback_json.py's."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from shortlist.core.answers.feedback_json import SpokenPart, StoredFeedback
from shortlist.core.answers.models import Dimension, TimedWord
from shortlist.speech.report import delivery_from_dict

__all__ = ["SpokenFeedback", "add_spoken", "spoken_feedback"]


@dataclass(frozen=True)
class SpokenFeedback:
    words: tuple[TimedWord, ...]
    #: The transcript, the timed words and the delivery, as the feedback keeps them.
    heard: SpokenPart
    dimension: Dimension


def spoken_feedback(
    words: tuple[TimedWord, ...], delivery: Mapping[str, object], transcript: str
) -> SpokenFeedback:
    """``delivery`` is the JSON of the measured delivery (speech/report.py
    ``delivery_to_dict``), or that JSON as a spoken answer's feedback keeps it."""
    measured = delivery_from_dict(delivery)
    evidence = [
        f"{measured.wpm:.0f} words a minute ({measured.pace_verdict})",
        f"speaking {measured.speaking_s:.0f} s, silent {measured.silence_s:.0f} s",
    ]
    if measured.longest_pause:
        pause = measured.longest_pause
        evidence.append(f"longest pause {pause.length:.1f} s at {_clock(pause.start)}")
    tips = [m.tip for m in sorted(measured.scores, key=lambda m: m.score)][:1]
    return SpokenFeedback(
        words=words,
        heard=SpokenPart(transcript=transcript, words=words, delivery=delivery),
        dimension=Dimension(
            name="delivery",
            score=measured.score,
            evidence=tuple(evidence),
            tips=tuple(tips),
            checked=True,
        ),
    )


def add_spoken(feedback: StoredFeedback, spoken: SpokenFeedback) -> StoredFeedback:
    """``feedback`` with the spoken answer's transcript, timed words and delivery, and its
    delivery dimension last."""
    return dataclasses.replace(
        feedback,
        dimensions=(*feedback.dimensions, spoken.dimension),
        word_count=None,
        spoken=spoken.heard,
    )


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
