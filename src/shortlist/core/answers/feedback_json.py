"""Answer feedback as plain JSON-ready data: the shape other tools rely on, and the one
typed reading of it.

Guaranteed keys: overall, star{situation, task, action, result}, measurable_result,
fillers[{text}], hedges[{text}], follow_up, dimensions{NAME: {score, evidence, tips}}.
The rest is extra and may grow. A spoken answer's feedback also has ``transcript``,
``words`` (the timed words, in place of the word count) and ``delivery``, and a
``delivery`` dimension (speech/feedback.py ``add_spoken`` adds them to a StoredFeedback).

``feedback_to_dict`` makes the JSON (the storage column, the API, the CLI's --json);
``feedback_from_dict`` reads it back as a ``StoredFeedback``, and ``StoredFeedback.to_dict``
makes the same JSON again: ``feedback_from_dict(d).to_dict() == d`` for every dict made
here (tests/core/answers/test_feedback_json.py). Code that reads stored feedback reads the
``StoredFeedback``, never the dict's keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from shortlist.core.answers.analyse import ANSWER_ENGINE_VERSION
from shortlist.core.answers.models import AnswerFeedback, Contradiction, Dimension, Mark, TimedWord

__all__ = [
    "SpokenPart",
    "StarReading",
    "StoredFeedback",
    "feedback_from_dict",
    "feedback_to_dict",
    "stored_feedback",
]


@dataclass(frozen=True, slots=True)
class StarReading:
    """One STAR part as stored: whether it is there, its share of the answer, and the
    sentences that show it (their offsets are not stored)."""

    name: str
    present: bool
    share: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpokenPart:
    """What a spoken answer adds: the transcript, the timed words and the delivery
    (speech/report.py ``delivery_to_dict``, kept as its JSON)."""

    transcript: str
    words: tuple[TimedWord, ...]
    delivery: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class StoredFeedback:
    """The feedback on one answer as it is kept: everything ``feedback_to_dict`` writes
    (the question, the answer and the offsets of STAR sentences are not kept), and what a
    spoken answer adds."""

    overall: int
    star: tuple[StarReading, ...]
    measurable_result: bool
    fillers: tuple[Mark, ...]
    hedges: tuple[Mark, ...]
    #: "" when there is none.
    follow_up: str
    #: In the order shown; a spoken answer's "delivery" comes last.
    dimensions: tuple[Dimension, ...]
    self_corrections: tuple[Mark, ...]
    results: tuple[str, ...]
    contradictions: tuple[Contradiction, ...]
    follow_up_target: str | None
    raw_overall: float
    cap: int | None
    cap_reason: str | None
    #: The answer's word count; None for a spoken answer, whose "words" are its timed words.
    word_count: int | None
    engine_version: str
    spoken: SpokenPart | None = None

    def dimension(self, name: str) -> Dimension | None:
        """The dimension called ``name``, or None when this feedback has none."""
        for dim in self.dimensions:
            if dim.name == name:
                return dim
        return None

    def checked_dimensions(self) -> tuple[Dimension, ...]:
        """The dimensions that had something to check against: the ones shown and
        counted."""
        return tuple(dim for dim in self.dimensions if dim.checked)

    def to_dict(self) -> dict[str, Any]:
        """The JSON this was read from, key for key and in the same order."""
        data: dict[str, Any] = {
            "overall": self.overall,
            "star": {part.name: part.present for part in self.star},
            "measurable_result": self.measurable_result,
            "fillers": [_mark(m) for m in self.fillers],
            "hedges": [_mark(m) for m in self.hedges],
            "follow_up": self.follow_up,
            "dimensions": {dim.name: _dimension(dim) for dim in self.dimensions},
            "self_corrections": [_mark(m) for m in self.self_corrections],
            "star_detail": {
                part.name: {"share": part.share, "evidence": list(part.evidence)}
                for part in self.star
            },
            "results": list(self.results),
            "contradictions": [_contradiction(c) for c in self.contradictions],
            "follow_up_target": self.follow_up_target,
            "raw_overall": self.raw_overall,
            "cap": self.cap,
            "cap_reason": self.cap_reason,
            "words": self.word_count,
            "engine_version": self.engine_version,
        }
        if self.spoken is not None:
            data["transcript"] = self.spoken.transcript
            data["words"] = [
                {"text": w.text, "start": w.start, "end": w.end} for w in self.spoken.words
            ]
            data["delivery"] = self.spoken.delivery
        return data


def _mark(m: Mark) -> dict[str, Any]:
    return {"text": m.text, "kind": m.kind, "start": m.start, "end": m.end}


def _dimension(dim: Dimension) -> dict[str, Any]:
    return {
        "score": dim.score,
        "evidence": list(dim.evidence),
        "tips": list(dim.tips),
        "checked": dim.checked,
    }


def _contradiction(c: Contradiction) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "answer": c.answer_quote,
        "other": c.other_quote,
        "source": c.source,
        "note": c.note,
    }


def stored_feedback(fb: AnswerFeedback) -> StoredFeedback:
    """What of ``fb`` is kept."""
    return StoredFeedback(
        overall=fb.overall,
        star=tuple(
            StarReading(p.name, p.present, p.share, tuple(m.text for m in p.marks)) for p in fb.star
        ),
        measurable_result=fb.measurable_result,
        fillers=fb.fillers,
        hedges=fb.hedges,
        follow_up=fb.follow_up or "",
        dimensions=fb.dimensions,
        self_corrections=fb.self_corrections,
        results=tuple(m.text for m in fb.results),
        contradictions=fb.contradictions,
        follow_up_target=fb.follow_up_target,
        raw_overall=fb.raw_overall,
        cap=fb.cap,
        cap_reason=fb.cap_reason,
        word_count=fb.words,
        engine_version=ANSWER_ENGINE_VERSION,
    )


def feedback_to_dict(fb: AnswerFeedback) -> dict[str, Any]:
    """``fb`` as dicts, lists, strings, numbers and booleans only."""
    return stored_feedback(fb).to_dict()


def _read_mark(m: Mapping[str, Any]) -> Mark:
    return Mark(kind=m["kind"], text=m["text"], start=m["start"], end=m["end"])


def _read_dimension(name: str, d: Mapping[str, Any]) -> Dimension:
    # Feedback kept before "checked" was written counted every dimension.
    return Dimension(
        name=name,
        score=d["score"],
        evidence=tuple(d["evidence"]),
        tips=tuple(d["tips"]),
        checked=d.get("checked", True),
    )


def _read_star(data: Mapping[str, Any]) -> tuple[StarReading, ...]:
    detail = data.get("star_detail") or {}
    parts = []
    for name, present in data["star"].items():
        part = detail.get(name) or {}
        parts.append(
            StarReading(name, present, part.get("share", 0.0), tuple(part.get("evidence", ())))
        )
    return tuple(parts)


def _read_spoken(data: Mapping[str, Any]) -> SpokenPart | None:
    if "delivery" not in data:
        return None
    words = tuple(TimedWord(w["text"], w["start"], w["end"]) for w in data.get("words") or ())
    return SpokenPart(data.get("transcript", ""), words, data["delivery"])


def feedback_from_dict(data: Mapping[str, Any]) -> StoredFeedback:
    """Stored feedback (``feedback_to_dict``, with ``add_spoken``'s keys when spoken) as
    a ``StoredFeedback``."""
    spoken = _read_spoken(data)
    contradictions = tuple(
        Contradiction(c["kind"], c["answer"], c["other"], c["source"], c["note"])
        for c in data.get("contradictions", ())
    )
    return StoredFeedback(
        overall=data["overall"],
        star=_read_star(data),
        measurable_result=data["measurable_result"],
        fillers=tuple(_read_mark(m) for m in data["fillers"]),
        hedges=tuple(_read_mark(m) for m in data["hedges"]),
        follow_up=data["follow_up"] or "",
        dimensions=tuple(_read_dimension(n, d) for n, d in data["dimensions"].items()),
        self_corrections=tuple(_read_mark(m) for m in data.get("self_corrections", ())),
        results=tuple(data.get("results", ())),
        contradictions=contradictions,
        follow_up_target=data.get("follow_up_target"),
        raw_overall=data.get("raw_overall", float(data["overall"])),
        cap=data.get("cap"),
        cap_reason=data.get("cap_reason"),
        word_count=None if spoken is not None else cast("int | None", data.get("words")),
        engine_version=data.get("engine_version", ""),
        spoken=spoken,
    )
