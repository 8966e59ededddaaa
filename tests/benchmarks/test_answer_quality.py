"""The labelled answer set is well-formed, and the analyser meets the targets on it.

The numbers are computed here from the labels and the analyser's output, never written in.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    # pytest runs with --import-mode=importlib, so the repo root is not on sys.path.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(
        f"{name}_under_test", ROOT / "benchmarks" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


aq = _load("answer_quality")
ITEMS = aq.load_answers()


def test_there_are_at_least_64_answers_across_8_professions_and_every_quality() -> None:
    assert len(ITEMS) >= 64
    per_profession = Counter(i.profession for i in ITEMS)
    assert len(per_profession) >= 8
    for profession in per_profession:
        assert {i.quality for i in ITEMS if i.profession == profession} == set(aq.QUALITIES)


def test_ids_are_unique_and_every_labelled_piece_occurs_in_its_answer() -> None:
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        for piece in item.fillers + item.hedges + item.self_corrections:
            assert piece.casefold() in item.answer.casefold(), (item.id, piece)


def test_the_set_has_spoken_fillers_hedges_and_a_legitimate_like() -> None:
    assert sum(len(i.fillers) for i in ITEMS) >= 50
    assert sum(len(i.hedges) for i in ITEMS) >= 30
    assert any("I like " in i.answer for i in ITEMS)


def test_the_analyser_meets_the_targets_on_the_labelled_set() -> None:
    summary = aq.run()
    for name, target in summary["targets"].items():
        assert target["met"], (name, target)
    assert summary["evidence_violations"] == 0
    assert summary["low_answers_at_most_20"] == 1.0
    by_quality = summary["overall_by_quality"]
    assert by_quality["strong"]["mean"] > by_quality["medium"]["mean"]
    assert by_quality["medium"]["mean"] > by_quality["weak"]["mean"]


def test_disfluent_questions_are_flagged_far_more_often_than_their_originals() -> None:
    disfluency = _load("disfluency")
    if not disfluency.DEV.exists():
        import pytest

        pytest.skip(f"{disfluency.DEV} not found")
    result = disfluency.run()
    assert result["disfluent_flagged"] > 10 * result["original_flagged"]
