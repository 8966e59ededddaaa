"""The stored match report JSON and its typed reading are exact inverses: over every
labelled CV/posting pair in benchmarks/match_pairs and the bundled sample, and a report
with only the guaranteed keys is read with the documented defaults."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from shortlist import match
from shortlist.core.match.report_json import (
    StoredReport,
    report_from_dict,
    report_to_dict,
    stored_report,
)
from shortlist.core.models import MatchReport, RequirementKind, Status

PAIRS = Path(__file__).resolve().parents[3] / "benchmarks" / "match_pairs"
SAMPLES = resources.files("shortlist").joinpath("samples")
TODAY = dt.date(2026, 11, 1)


def _pairs() -> list[tuple[str, str, str]]:
    found = [
        (
            folder.name,
            (folder / "cv.txt").read_text("utf-8"),
            (folder / "posting.txt").read_text("utf-8"),
        )
        for folder in sorted(p for p in PAIRS.iterdir() if p.is_dir())
    ]
    sample = (
        SAMPLES.joinpath(name).read_text(encoding="utf-8") for name in ("cv.txt", "posting.txt")
    )
    return [*found, ("sample", *sample)]


PAIRS_READ = _pairs()


def _match(cv: str, posting: str) -> MatchReport:
    return match(cv, posting, today=TODAY)


def _key_order(data: Any) -> Any:
    """Every dict's keys in order, all the way down."""
    if isinstance(data, dict):
        return [(key, _key_order(value)) for key, value in data.items()]
    if isinstance(data, list):
        return [_key_order(item) for item in data]
    return data


def test_every_pair_is_read() -> None:
    assert len(PAIRS_READ) >= 40


@pytest.mark.parametrize(("name", "cv", "posting"), PAIRS_READ, ids=[p[0] for p in PAIRS_READ])
def test_the_typed_report_round_trips(name: str, cv: str, posting: str) -> None:
    report = _match(cv, posting)
    data = report_to_dict(report)
    stored = report_from_dict(data)
    assert stored == stored_report(report)
    assert stored.to_dict() == data
    assert _key_order(stored.to_dict()) == _key_order(data)
    assert report_from_dict(stored.to_dict()) == stored
    # Through the storage column (JSON text) and back.
    again = json.loads(json.dumps(data))
    assert report_from_dict(again) == stored
    assert json.dumps(report_from_dict(again).to_dict()) == json.dumps(data)
    # What the readers see.
    assert [row.text for row in stored.requirements] == [r.requirement.text for r in report.rows]
    assert [row.status for row in stored.requirements] == [r.status for r in report.rows]
    assert stored.advice == report.gaps
    assert stored.gaps == tuple(gap.requirement for gap in report.gaps)


def test_a_posting_without_requirements_round_trips() -> None:
    report = _match(PAIRS_READ[0][1], "We are a friendly company. Apply now.")
    data = report_to_dict(report)
    stored = report_from_dict(data)
    assert stored.requirements == () and stored.notes
    assert stored.to_dict() == data and _key_order(stored.to_dict()) == _key_order(data)


def test_a_report_with_only_the_guaranteed_keys_is_read_with_defaults() -> None:
    # docs/cli.md: score, band, requirements[text, kind, must_have, status, evidence],
    # strengths, gaps; the rest is extra.
    guaranteed: dict[str, Any] = {
        "score": 64,
        "band": "Partial match",
        "requirements": [
            {
                "text": "Production experience with Apache Kafka",
                "kind": "skill",
                "must_have": True,
                "status": "missing",
                "evidence": None,
            }
        ],
        "strengths": ["Python (10 yr)"],
        "gaps": ["Production experience with Apache Kafka"],
    }
    stored = report_from_dict(guaranteed)
    row = stored.requirements[0]
    assert (row.kind, row.status, row.evidence) == (RequirementKind.SKILL, Status.MISSING, None)
    assert (row.note, row.weight, row.credit, row.skills, row.years, row.weight_cue) == (
        "",
        0.0,
        0.0,
        (),
        None,
        None,
    )
    assert stored == StoredReport(
        score=64,
        band="Partial match",
        requirements=(row,),
        strengths=("Python (10 yr)",),
        gaps=("Production experience with Apache Kafka",),
        advice=(),
        raw_score=64.0,
        cap=None,
        notes=(),
        engine_version="",
    )
    # Written again, it keeps every guaranteed key as it was and gains the extra ones.
    written = stored.to_dict()
    assert {key: written[key] for key in guaranteed if key != "requirements"} == {
        key: value for key, value in guaranteed.items() if key != "requirements"
    }
    extra = {"note": "", "weight": 0.0, "credit": 0.0, "skills": [], "years": None, "months": None}
    # A row kept before duties were told apart is a duty only if it was a responsibility.
    assert written["requirements"][0] == guaranteed["requirements"][0] | extra | {
        "weight_cue": None,
        "duty": False,
    }
    assert report_from_dict(written) == stored
