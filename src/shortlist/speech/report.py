"""A spoken answer as plain JSON data: what ``shortlist transcribe --json`` prints."""

from __future__ import annotations

from typing import Any

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.metrics import Delivery, Pause
from shortlist.speech import SpokenAnswer

__all__ = ["delivery_to_dict", "spoken_to_dict"]


def _word(w: TimedWord) -> dict[str, Any]:
    return {"text": w.text, "start": w.start, "end": w.end}


def _pause(p: Pause) -> dict[str, float]:
    return {"start": p.start, "end": p.end, "length": p.length}


def delivery_to_dict(d: Delivery) -> dict[str, Any]:
    return {
        "score": d.score,
        "words": d.words,
        "wpm": d.wpm,
        "pace_band": list(d.pace_band),
        "pace_verdict": d.pace_verdict,
        "speaking_s": d.speaking_s,
        "silence_s": d.silence_s,
        "speaking_ratio": d.speaking_ratio,
        "pauses": [_pause(p) for p in d.pauses],
        "longest_pause": _pause(d.longest_pause) if d.longest_pause else None,
        "first_word_s": d.first_word_s,
        "fillers": [_word(w) for w in d.fillers],
        "fillers_per_minute": d.fillers_per_minute,
        "pace_windows": [
            {"start": w.start, "end": w.end, "words": w.words, "wpm": w.wpm} for w in d.pace_windows
        ],
        "pace_cv": d.pace_cv,
        "scores": [
            {"name": m.name, "score": m.score, "tip": m.tip, "checked": m.checked} for m in d.scores
        ],
    }


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
