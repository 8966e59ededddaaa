"""A CV line that says the person has NOT done something, or only hopes to, is never
evidence (issue #12): it must not raise the score or the row it names. The cases are in
benchmarks/cv_lines/negation.json, written before the engine was run on them; each has
a control line that does show the thing, and must still count."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import MatchReport, RequirementResult, Status

FILE = Path(__file__).resolve().parents[3] / "benchmarks" / "cv_lines" / "negation.json"
CASES = json.loads(FILE.read_text(encoding="utf-8"))["cases"]
TODAY = dt.date(2026, 11, 1)


def _row(report: MatchReport, wanted: str) -> RequirementResult:
    rows = [r for r in report.rows if wanted.lower() in r.requirement.text.lower()]
    assert rows, f"no row names {wanted!r}: {[r.requirement.text for r in report.rows]}"
    return rows[0]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_negated_line_raises_neither_the_score_nor_its_row(case: dict[str, Any]) -> None:
    before = match_texts(case["cv"], case["posting"], TODAY)
    after = match_texts(f"{case['cv']}\n{case['line']}\n", case["posting"], TODAY)
    row_before, row_after = _row(before, case["requirement"]), _row(after, case["requirement"])
    # The line may be quoted only to say why the row is missing ("not held yet").
    assert row_after.evidence != case["line"] or row_after.status is Status.MISSING
    assert after.score <= before.score
    assert row_after.credit <= row_before.credit


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_same_thing_said_plainly_still_counts(case: dict[str, Any]) -> None:
    before = match_texts(case["cv"], case["posting"], TODAY)
    after = match_texts(f"{case['cv']}\n{case['positive']}\n", case["posting"], TODAY)
    row = _row(after, case["requirement"])
    assert row.status is not Status.MISSING
    assert row.credit > _row(before, case["requirement"]).credit
