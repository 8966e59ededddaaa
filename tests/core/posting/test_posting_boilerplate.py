"""Postings as job boards publish them (issue #12): benefits, application logistics,
equal-opportunity text, company blurbs and pay lines never become requirements, and the
requirements are found, even inside one long paragraph. The cases are in
benchmarks/postings/boilerplate.json, written before the engine was run on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from shortlist.analyses import analyse_posting

FILE = Path(__file__).resolve().parents[3] / "benchmarks" / "postings" / "boilerplate.json"
POSTINGS = json.loads(FILE.read_text(encoding="utf-8"))["postings"]
#: Held-out postings known to lose a requirement, not looked at so they stay held out
#: (docs/benchmarks.md): strict, so a fix elsewhere shows up here.
HELD_OUT_LOSSES = frozenset({"us-insurance-financial-analyst"})


@pytest.mark.parametrize("case", POSTINGS, ids=[p["name"] for p in POSTINGS])
def test_boilerplate_is_not_a_requirement(case: dict[str, Any]) -> None:
    rows = [r.text for r in analyse_posting(case["text"]).requirements]
    wrong = [p for p in case["not_requirements"] if any(p.lower() in r.lower() for r in rows)]
    assert wrong == [], rows


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(
                p["name"] in HELD_OUT_LOSSES, reason="held out, not looked at", strict=True
            ),
        )
        for p in POSTINGS
    ],
    ids=[p["name"] for p in POSTINGS],
)
def test_every_requirement_is_found(case: dict[str, Any]) -> None:
    rows = [r.text for r in analyse_posting(case["text"]).requirements]
    lost = [p for p in case["requirements"] if not any(p.lower() in r.lower() for r in rows)]
    assert lost == [], rows
