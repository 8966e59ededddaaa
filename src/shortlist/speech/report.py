"""A spoken answer as plain JSON data: what ``shortlist transcribe --json`` prints.

Its "delivery" is also what a spoken answer's feedback keeps (core/answers/feedback_json.py
``SpokenPart.delivery``): every measure of core's ``Delivery`` but the audio's duration,
each pause with its length beside its start and end. ``delivery_to_dict`` makes it
(through ``StoredDelivery.to_dict``); ``delivery_from_dict`` reads it back as a
``StoredDelivery``, whose ``to_dict`` makes the same JSON again, key for key
(tests/speech/test_delivery_json.py). Code that reads a kept delivery reads the
``StoredDelivery``, never the dict's keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.metrics import (
    Delivery,
    DeliveryMeasures,
    MetricScore,
    PaceWindow,
    Pause,
)
from shortlist.speech import SpokenAnswer

__all__ = [
    "StoredDelivery",
    "delivery_from_dict",
    "delivery_to_dict",
    "spoken_to_dict",
    "stored_delivery",
]


def _word(w: TimedWord) -> dict[str, str | float]:
    return {"text": w.text, "start": w.start, "end": w.end}


def delivery_to_dict(d: Delivery) -> dict[str, Any]:
    return stored_delivery(d).to_dict()


def spoken_to_dict(answer: SpokenAnswer) -> dict[str, Any]:
    t = answer.transcript
    return {
        "text": t.text,
        "words": [_word(w) for w in t.words],
        "duration": t.duration,
        "engine": t.engine,
        "speech": [{"start": s.start, "end": s.end} for s in answer.speech],
        "delivery": delivery_to_dict(answer.delivery),
    }


@dataclass(frozen=True, slots=True)
class StoredDelivery(DeliveryMeasures):
    """A ``Delivery`` as it is kept: every measure but the audio's duration."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON this was read from, key for key and in the same order."""
        return {
            "score": self.score,
            "words": self.words,
            "wpm": self.wpm,
            "pace_band": list(self.pace_band),
            "pace_verdict": self.pace_verdict,
            "speaking_s": self.speaking_s,
            "silence_s": self.silence_s,
            "speaking_ratio": self.speaking_ratio,
            "pauses": [_pause(p) for p in self.pauses],
            "longest_pause": _pause(self.longest_pause) if self.longest_pause else None,
            "first_word_s": self.first_word_s,
            "fillers": [_word(w) for w in self.fillers],
            "fillers_per_minute": self.fillers_per_minute,
            "pace_windows": [
                {"start": w.start, "end": w.end, "words": w.words, "wpm": w.wpm}
                for w in self.pace_windows
            ],
            "pace_cv": self.pace_cv,
            "scores": [
                {"name": m.name, "score": m.score, "tip": m.tip, "checked": m.checked}
                for m in self.scores
            ],
        }


def _pause(p: Pause) -> dict[str, float]:
    return {"start": p.start, "end": p.end, "length": p.length}


def stored_delivery(d: Delivery) -> StoredDelivery:
    """What of ``d`` is kept."""
    return StoredDelivery(**{f.name: getattr(d, f.name) for f in fields(DeliveryMeasures)})


def _read_pause(p: Mapping[str, float]) -> Pause:
    # The length is the pause's own (end - start, rounded), written beside them.
    return Pause(p["start"], p["end"])


def delivery_from_dict(data: Mapping[str, Any]) -> StoredDelivery:
    """A delivery's JSON (``StoredDelivery.to_dict``) as a ``StoredDelivery``."""
    low, high = data["pace_band"]
    longest = data["longest_pause"]
    return StoredDelivery(
        score=data["score"],
        words=data["words"],
        wpm=data["wpm"],
        pace_band=(low, high),
        pace_verdict=data["pace_verdict"],
        speaking_s=data["speaking_s"],
        silence_s=data["silence_s"],
        speaking_ratio=data["speaking_ratio"],
        pauses=tuple(_read_pause(p) for p in data["pauses"]),
        longest_pause=_read_pause(longest) if longest else None,
        first_word_s=data["first_word_s"],
        fillers=tuple(TimedWord(w["text"], w["start"], w["end"]) for w in data["fillers"]),
        fillers_per_minute=data["fillers_per_minute"],
        pace_windows=tuple(
            PaceWindow(w["start"], w["end"], w["words"], w["wpm"]) for w in data["pace_windows"]
        ),
        pace_cv=data["pace_cv"],
        scores=tuple(
            MetricScore(m["name"], m["score"], m["tip"], m["checked"]) for m in data["scores"]
        ),
    )
