"""What a spoken answer adds to its feedback: the timed words the analysis aligns, the
keys added to the feedback dict (``transcript``, ``words``, ``delivery``), and the
delivery dimension that joins the content ones (docs/speech.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shortlist.core.answers.models import TimedWord

__all__ = ["SpokenFeedback", "add_spoken", "spoken_feedback"]


@dataclass(frozen=True)
class SpokenFeedback:
    words: tuple[TimedWord, ...]
    extra: dict[str, Any]
    dimension: dict[str, Any]


def spoken_feedback(
    words: tuple[TimedWord, ...], delivery: Mapping[str, Any], transcript: str
) -> SpokenFeedback:
    """``delivery`` is speech.report.delivery_to_dict of the measured delivery."""
    evidence = [
        f"{delivery['wpm']:.0f} words a minute ({delivery['pace_verdict']})",
        f"speaking {delivery['speaking_s']:.0f} s, silent {delivery['silence_s']:.0f} s",
    ]
    if delivery["longest_pause"]:
        pause = delivery["longest_pause"]
        evidence.append(f"longest pause {pause['length']:.1f} s at {_clock(pause['start'])}")
    tips = [m["tip"] for m in sorted(delivery["scores"], key=lambda m: m["score"])][:1]
    return SpokenFeedback(
        words=words,
        extra={
            "transcript": transcript,
            "words": [{"text": w.text, "start": w.start, "end": w.end} for w in words],
            "delivery": delivery,
        },
        dimension={"score": delivery["score"], "evidence": evidence, "tips": tips, "checked": True},
    )


def add_spoken(feedback: dict[str, Any], spoken: SpokenFeedback) -> dict[str, Any]:
    """``feedback`` (core.feedback_json) with the spoken answer's keys and dimension."""
    merged = {**feedback, **spoken.extra}
    merged["dimensions"] = {**feedback["dimensions"], "delivery": spoken.dimension}
    return merged


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
