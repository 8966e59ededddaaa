"""Answer feedback quality: `analyse_answer` against the hand-labelled answers in answers/.

Each profession file holds 8 answers with STAR parts, measurable result, fillers, hedges
and self-corrections labelled by answers/LABELLING.md. This reports precision, recall and
F1 per STAR part, measurable-result accuracy, how often the filler, hedge and
self-correction counts are exact (and the mean absolute count error), the overall scores
by quality level, and evidence that is not a verbatim piece of the answer (must be 0).

Run: python -m benchmarks.answer_quality
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.models import STAR_PARTS, AnswerFeedback, AnswerInput

ANSWERS = Path(__file__).resolve().parent / "answers"
QUALITIES = ("strong", "medium", "weak", "off_topic", "one_word")
#: The targets of issue #5.
TARGETS = {"star_f1": 0.85, "measurable_accuracy": 0.90, "filler_exact": 0.85}
#: Off-topic and one-word answers may score at most this.
LOW_CEILING = 20


@dataclass(frozen=True, slots=True)
class Labelled:
    id: str
    profession: str
    quality: str
    question: str
    category: str | None
    competency: str | None
    answer: str
    star: dict[str, bool]
    measurable: bool
    fillers: tuple[str, ...]
    hedges: tuple[str, ...]
    self_corrections: tuple[str, ...]


def load_answers(root: Path = ANSWERS) -> list[Labelled]:
    out = []
    for path in sorted(root.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for a in data["answers"]:
            labels = a["labels"]
            out.append(
                Labelled(
                    id=a["id"],
                    profession=data["profession"],
                    quality=a["quality"],
                    question=a["question"],
                    category=a.get("category"),
                    competency=a.get("competency"),
                    answer=a["answer"],
                    star={k: bool(labels["star"][k]) for k in STAR_PARTS},
                    measurable=bool(labels["measurable_result"]),
                    fillers=tuple(labels["fillers"]),
                    hedges=tuple(labels["hedges"]),
                    self_corrections=tuple(labels["self_corrections"]),
                )
            )
    return out


def analyse(item: Labelled) -> AnswerFeedback:
    return analyse_answer(
        AnswerInput(
            question=item.question,
            answer=item.answer,
            category=item.category,
            competency=item.competency,
        )
    )


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def _prf(gold: Sequence[bool], got: Sequence[bool]) -> dict[str, Any]:
    tp = sum(1 for g, p in zip(gold, got, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, got, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, got, strict=True) if g and not p)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = None
    if precision and recall:
        f1 = round(2 * precision * recall / (precision + recall), 3)
    return {"labelled": tp + fn, "predicted": tp + fp, "precision": precision,
            "recall": recall, "f1": f1}  # fmt: skip


def _counts(gold: Sequence[int], got: Sequence[int]) -> dict[str, Any]:
    n = len(gold)
    return {
        "exact": _ratio(sum(1 for g, p in zip(gold, got, strict=True) if g == p), n),
        "mean_abs_error": _ratio(sum(abs(g - p) for g, p in zip(gold, got, strict=True)), n),
        "labelled_total": sum(gold),
        "found_total": sum(got),
    }


def evidence_violations(fb: AnswerFeedback) -> list[str]:
    """Evidence that is not verbatim in the answer (consistency may quote the CV too)."""
    return [
        e
        for dim in fb.dimensions
        if dim.name != "consistency"
        for e in dim.evidence
        if e not in fb.answer
    ]


def summarise(items: Sequence[Labelled], feedback: Sequence[AnswerFeedback]) -> dict[str, Any]:
    star = {
        part: _prf([i.star[part] for i in items], [fb.part(part).present for fb in feedback])
        for part in STAR_PARTS
    }
    measurable_ok = sum(
        1 for i, fb in zip(items, feedback, strict=True) if i.measurable == fb.measurable_result
    )
    by_quality = {}
    for q in QUALITIES:
        scores = [fb.overall for i, fb in zip(items, feedback, strict=True) if i.quality == q]
        if scores:
            by_quality[q] = {"answers": len(scores), "mean": round(sum(scores) / len(scores), 1),
                             "min": min(scores), "max": max(scores)}  # fmt: skip
    low = [fb.overall for i, fb in zip(items, feedback, strict=True)
           if i.quality in ("off_topic", "one_word")]  # fmt: skip
    violations = [v for fb in feedback for v in evidence_violations(fb)]
    fillers = _counts([len(i.fillers) for i in items], [len(fb.fillers) for fb in feedback])
    summary: dict[str, Any] = {
        "answers": len(items),
        "professions": len({i.profession for i in items}),
        "star": star,
        "measurable_accuracy": _ratio(measurable_ok, len(items)),
        "fillers": fillers,
        "hedges": _counts([len(i.hedges) for i in items], [len(fb.hedges) for fb in feedback]),
        "self_corrections": _counts(
            [len(i.self_corrections) for i in items], [len(fb.self_corrections) for fb in feedback]
        ),
        "overall_by_quality": by_quality,
        "low_answers_at_most_20": _ratio(sum(1 for s in low if s <= LOW_CEILING), len(low)),
        "evidence_violations": len(violations),
        "disagreements": _disagreements(items, feedback),
    }
    f1s = [s["f1"] or 0.0 for s in star.values()]
    summary["targets"] = {
        "star_f1_min": {"target": TARGETS["star_f1"], "got": min(f1s),
                        "met": min(f1s) >= TARGETS["star_f1"]},
        "measurable_accuracy": {"target": TARGETS["measurable_accuracy"],
                                "got": summary["measurable_accuracy"],
                                "met": (summary["measurable_accuracy"] or 0)
                                >= TARGETS["measurable_accuracy"]},
        "filler_exact": {"target": TARGETS["filler_exact"], "got": fillers["exact"],
                         "met": (fillers["exact"] or 0) >= TARGETS["filler_exact"]},
    }  # fmt: skip
    return summary


def _disagreements(items: Sequence[Labelled], feedback: Sequence[AnswerFeedback]) -> list[str]:
    out = []
    for i, fb in zip(items, feedback, strict=True):
        for part in STAR_PARTS:
            if fb.part(part).present != i.star[part]:
                out.append(f"{i.id}: {part} labelled {i.star[part]}, found {not i.star[part]}")
        if fb.measurable_result != i.measurable:
            out.append(f"{i.id}: measurable labelled {i.measurable}")
        for name, gold, got in (
            ("fillers", i.fillers, fb.fillers),
            ("hedges", i.hedges, fb.hedges),
            ("self_corrections", i.self_corrections, fb.self_corrections),
        ):
            if len(gold) != len(got):
                out.append(f"{i.id}: {name} labelled {len(gold)}, found {[m.text for m in got]}")
    return out


def run(root: Path = ANSWERS) -> dict[str, Any]:
    items = load_answers(root)
    return summarise(items, [analyse(i) for i in items])


def main() -> int:
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
