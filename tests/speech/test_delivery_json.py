"""A delivery's JSON and its typed reading are exact inverses, and the reading keeps every
measure of the Delivery it was made from but the audio's duration."""

from __future__ import annotations

import dataclasses
import json

import pytest

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.metrics import Delivery, delivery_metrics
from shortlist.core.delivery.speech import SpeechSegment
from shortlist.speech.report import (
    StoredDelivery,
    delivery_from_dict,
    delivery_to_dict,
    stored_delivery,
)


def _spoken(words: list[str], gap: float, pause_after: int | None = None) -> Delivery:
    """``words`` said one every ``gap`` seconds, with a 3 s silence after the word at
    ``pause_after``; voice where each word is."""
    timed = []
    at = 0.6
    for i, word in enumerate(words):
        timed.append(TimedWord(word, round(at, 2), round(at + gap * 0.7, 2)))
        at += gap + (3.0 if i == pause_after else 0.0)
    segments = tuple(SpeechSegment(w.start, w.end) for w in timed)
    duration = (timed[-1].end + 1.2) if timed else 5.0
    return delivery_metrics(timed, speech_segments=segments, duration=duration)


DELIVERIES = {
    "silence": _spoken([], 0.4),
    "short, a filler": _spoken(["um", "so", "I", "fixed", "it"], 0.4),
    "a long pause": _spoken(["we", "shipped", "it"] * 6, 0.45, pause_after=7),
    "long, uneven, fillers": _spoken(
        ["the", "report", "was", "slow", "uh"] * 20 + ["and", "then", "um", "faster"] * 25,
        0.35,
        pause_after=40,
    ),
}


@pytest.mark.parametrize("delivery", DELIVERIES.values(), ids=list(DELIVERIES))
def test_the_json_and_its_reading_are_exact_inverses(delivery: Delivery) -> None:
    data = delivery_to_dict(delivery)
    stored = delivery_from_dict(data)
    assert stored == stored_delivery(delivery)
    assert stored.to_dict() == data
    assert list(stored.to_dict()) == list(data)
    # Through a JSON column and back.
    again = json.loads(json.dumps(data))
    assert delivery_from_dict(again) == stored
    assert delivery_from_dict(again).to_dict() == again


@pytest.mark.parametrize("delivery", DELIVERIES.values(), ids=list(DELIVERIES))
def test_the_reading_keeps_every_measure_but_the_duration(delivery: Delivery) -> None:
    stored = delivery_from_dict(delivery_to_dict(delivery))
    kept = {f.name: getattr(stored, f.name) for f in dataclasses.fields(StoredDelivery)}
    measured = {f.name: getattr(delivery, f.name) for f in dataclasses.fields(Delivery)}
    assert kept == {name: value for name, value in measured.items() if name != "duration"}


def test_the_cases_cover_pauses_fillers_and_pace_windows() -> None:
    long = DELIVERIES["long, uneven, fillers"]
    assert long.longest_pause is not None and long.fillers and len(long.pace_windows) >= 2
    assert long.pace_cv is not None
    assert DELIVERIES["a long pause"].longest_pause is not None
    assert DELIVERIES["silence"].first_word_s is None
