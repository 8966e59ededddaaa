"""Disfluency detection on Disfl-QA (Gupta et al. 2021, CC BY 4.0): each question has a
human-written disfluent twin ("What was the Colonia Agrippina's original empire, sorry,
name?"). A question is flagged when the filler and self-correction finder
(core/answers/fillers.py) finds anything in it. Reported: how often the disfluent twin is
flagged, how often the fluent original is (a false alarm), and how often both hold at
once: the disfluent one flagged and its original not.

Run: python -m benchmarks.disfluency
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from shortlist.core.answers.fillers import find_disfluencies
from shortlist.core.answers.tokens import sentences, tokenise

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "disfl-qa" / "dev.json"


def flags(text: str) -> list[str]:
    tokens = tokenise(text)
    fillers, corrections = find_disfluencies(text, tokens, sentences(text, tokens))
    return [m.kind for m in fillers + corrections]


def run(path: Path = DEV) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs = [
        (v["original"], v["disfluent"])
        for v in data.values()
        if v.get("original") and v.get("disfluent") and v["disfluent"] != "#VALUE!"
    ]
    disfluent = original = both = 0
    kinds: Counter[str] = Counter()
    missed: list[str] = []
    false_alarms: list[str] = []
    for fluent, twin in pairs:
        got_twin, got_fluent = flags(twin), flags(fluent)
        kinds.update(got_twin)
        disfluent += bool(got_twin)
        original += bool(got_fluent)
        both += bool(got_twin) and not got_fluent
        if not got_twin and len(missed) < 10:
            missed.append(twin)
        if got_fluent and len(false_alarms) < 10:
            false_alarms.append(fluent)
    n = len(pairs)
    return {
        "pairs": n,
        "skipped": len(data) - n,
        "disfluent_flagged": round(disfluent / n, 3),
        "original_flagged": round(original / n, 3),
        "disfluent_flagged_and_original_not": round(both / n, 3),
        "found_kinds": dict(kinds),
        "missed_examples": missed,
        "false_alarm_examples": false_alarms,
    }


def main() -> int:
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
