"""Answer feedback as plain JSON-ready data: the shape other tools rely on.

Guaranteed keys: overall, star{situation, task, action, result}, measurable_result,
fillers[{text}], hedges[{text}], follow_up, dimensions{NAME: {score, evidence, tips}}.
The rest is extra and may grow.
"""

from __future__ import annotations

from typing import Any

from shortlist.core.answers.analyse import ANSWER_ENGINE_VERSION
from shortlist.core.answers.models import AnswerFeedback, Mark

__all__ = ["feedback_to_dict"]


def _mark(m: Mark) -> dict[str, Any]:
    return {"text": m.text, "kind": m.kind, "start": m.start, "end": m.end}


def feedback_to_dict(fb: AnswerFeedback) -> dict[str, Any]:
    """``fb`` as dicts, lists, strings, numbers and booleans only."""
    return {
        "overall": fb.overall,
        "star": {part.name: part.present for part in fb.star},
        "measurable_result": fb.measurable_result,
        "fillers": [_mark(m) for m in fb.fillers],
        "hedges": [_mark(m) for m in fb.hedges],
        "follow_up": fb.follow_up or "",
        "dimensions": {
            dim.name: {
                "score": dim.score,
                "evidence": list(dim.evidence),
                "tips": list(dim.tips),
                "checked": dim.checked,
            }
            for dim in fb.dimensions
        },
        "self_corrections": [_mark(m) for m in fb.self_corrections],
        "star_detail": {
            part.name: {"share": part.share, "evidence": [m.text for m in part.marks]}
            for part in fb.star
        },
        "results": [m.text for m in fb.results],
        "contradictions": [
            {
                "kind": c.kind,
                "answer": c.answer_quote,
                "other": c.other_quote,
                "source": c.source,
                "note": c.note,
            }
            for c in fb.contradictions
        ],
        "follow_up_target": fb.follow_up_target,
        "raw_overall": fb.raw_overall,
        "cap": fb.cap,
        "cap_reason": fb.cap_reason,
        "words": fb.words,
        "engine_version": ANSWER_ENGINE_VERSION,
    }
