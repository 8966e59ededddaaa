"""Speed of `analyse_answer` on a 300-word answer (target: p50 <= 20 ms).

The answer is built from the labelled set (answers/): strong and filler-heavy answers
joined until 300 words, so it has STAR parts, figures, fillers and hedges. Timed twice:
alone, and with a CV-like text, two round-one answers and three earlier answers to
check consistency and repetition against.

Run: python -m benchmarks.answer_speed
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

from benchmarks.answer_quality import load_answers
from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.models import AnswerInput
from shortlist.core.prep.interview import QuestionAnswer

WORDS = 300
RUNS = 200


def answer_of(words: int = WORDS) -> str:
    items = [i for i in load_answers() if i.quality in ("strong", "medium")]
    out: list[str] = []
    for item in items:
        out += item.answer.split()
        if len(out) >= words:
            break
    return " ".join(out[:words]).rstrip(",") + "."


def _time(item: AnswerInput, runs: int) -> dict[str, float]:
    analyse_answer(item)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        analyse_answer(item)
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
    }


def run(runs: int = RUNS) -> dict[str, Any]:
    text = answer_of()
    items = load_answers()
    alone = AnswerInput(question="Tell me about a time you worked under pressure.", answer=text)
    context = AnswerInput(
        question=alone.question,
        answer=text,
        category="competency",
        competency="pressure",
        round_one=tuple(QuestionAnswer(i.question, i.answer) for i in items[:2]),
        earlier_answers=tuple(i.answer for i in items[2:5]),
    )
    return {
        "words": len(text.split()),
        "runs": runs,
        "alone": _time(alone, runs),
        "with_round_one_and_earlier": _time(context, runs),
    }


def main() -> int:
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
