"""The stored feedback JSON and its typed reading are exact inverses: over every labelled
answer in benchmarks/answers, typed and with a spoken answer's additions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.feedback_json import (
    feedback_from_dict,
    feedback_to_dict,
    stored_feedback,
)
from shortlist.core.answers.models import AnswerInput, TimedWord
from shortlist.core.delivery.metrics import delivery_metrics
from shortlist.speech.feedback import add_spoken, spoken_feedback
from shortlist.speech.report import delivery_to_dict

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks" / "answers"


def _labelled() -> list[dict[str, Any]]:
    answers = []
    for path in sorted(BENCHMARKS.rglob("*.json")):
        answers.extend(json.loads(path.read_text(encoding="utf-8"))["answers"])
    return answers


LABELLED = _labelled()


def _input(a: dict[str, Any], timed: tuple[TimedWord, ...] | None = None) -> AnswerInput:
    return AnswerInput(
        question=a["question"],
        answer=a["answer"],
        category=a.get("category"),
        competency=a.get("competency"),
        timed_words=timed,
    )


def _timed(text: str) -> tuple[TimedWord, ...]:
    return tuple(TimedWord(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()))


def test_every_labelled_answer_is_read() -> None:
    assert len(LABELLED) >= 40


@pytest.mark.parametrize("answer", LABELLED, ids=[a["id"] for a in LABELLED])
def test_typed_feedback_round_trips(answer: dict[str, Any]) -> None:
    fb = analyse_answer(_input(answer))
    data = feedback_to_dict(fb)
    stored = feedback_from_dict(data)
    assert stored == stored_feedback(fb)
    assert stored.to_dict() == data
    assert list(stored.to_dict()) == list(data)
    assert feedback_from_dict(stored.to_dict()) == stored
    # Through the storage column and back.
    again = json.loads(json.dumps(data))
    assert feedback_from_dict(again) == stored
    assert feedback_from_dict(again).to_dict() == again
    assert stored.word_count == fb.words and stored.spoken is None
    assert [d.name for d in stored.dimensions] == [d.name for d in fb.dimensions]


@pytest.mark.parametrize("answer", LABELLED[::3], ids=[a["id"] for a in LABELLED[::3]])
def test_spoken_feedback_round_trips(answer: dict[str, Any]) -> None:
    words = _timed(answer["answer"])
    delivery = delivery_to_dict(delivery_metrics(words, speech_segments=(), duration=words[-1].end))
    spoken = spoken_feedback(words, delivery, answer["answer"])
    typed = stored_feedback(analyse_answer(_input(answer, words)))
    stored = add_spoken(typed, spoken)
    data = json.loads(json.dumps(stored.to_dict()))
    # The spoken keys join the typed ones: the timed words take the word count's place,
    # transcript and delivery come last, and so does the delivery dimension.
    plain = typed.to_dict()
    expected = {
        **plain,
        "transcript": answer["answer"],
        "words": [{"text": w.text, "start": w.start, "end": w.end} for w in words],
        "delivery": delivery,
    }
    expected["dimensions"] = {**plain["dimensions"], "delivery": data["dimensions"]["delivery"]}
    assert data == expected
    assert list(data) == list(expected)
    assert data["dimensions"]["delivery"]["score"] == delivery["score"]
    assert feedback_from_dict(data) == stored
    assert feedback_from_dict(data).to_dict() == data
    assert list(feedback_from_dict(data).to_dict()["dimensions"]) == list(data["dimensions"])
    assert stored.spoken is not None and stored.spoken.words == words
    assert stored.spoken.delivery == delivery and stored.word_count is None
    dim = stored.dimension("delivery")
    assert dim is not None and dim.score == delivery["score"] and dim.checked


def test_feedback_kept_before_checked_was_written_counts_every_dimension() -> None:
    data = feedback_to_dict(analyse_answer(_input(LABELLED[0])))
    for dim in data["dimensions"].values():
        del dim["checked"]
    stored = feedback_from_dict(data)
    assert stored.checked_dimensions() == stored.dimensions
    assert stored.dimension("no such dimension") is None
