"""The labelled match set is well-formed, and the quality benchmark counts what it says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.benchmarks.loading import load_benchmark

from shortlist.core.models import (
    MatchReport,
    Requirement,
    RequirementKind,
    RequirementResult,
    Status,
)

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "benchmarks" / "match_pairs"
PAIR_DIRS = sorted(p for p in PAIRS.iterdir() if p.is_dir())
BANDS = {"Strong match", "Good match", "Partial match", "Weak match"}


mq = load_benchmark("match_quality")


def _expected(pair_dir: Path) -> dict[str, Any]:
    data = json.loads((pair_dir / "expected.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --- the data set ------------------------------------------------------------------------


def test_there_are_at_least_40_pairs_across_at_least_8_professions() -> None:
    professions = {_expected(d)["profession"] for d in PAIR_DIRS}
    assert len(PAIR_DIRS) >= 40
    assert len(professions) >= 8


def test_every_band_has_at_least_a_fifth_of_the_pairs() -> None:
    counts = {band: 0 for band in BANDS}
    for d in PAIR_DIRS:
        counts[str(_expected(d)["band"])] += 1
    assert min(counts.values()) >= len(PAIR_DIRS) // 5, counts


@pytest.mark.parametrize("pair_dir", PAIR_DIRS, ids=lambda p: p.name)
def test_every_pair_has_a_cv_a_posting_and_its_labels(pair_dir: Path) -> None:
    assert sorted(p.name for p in pair_dir.iterdir()) == ["cv.txt", "expected.json", "posting.txt"]


@pytest.mark.parametrize("pair_dir", PAIR_DIRS, ids=lambda p: p.name)
def test_every_expected_json_is_well_formed(pair_dir: Path) -> None:
    data = _expected(pair_dir)
    # "written" (optional) records when a pair was written; the loader ignores it.
    assert sorted(k for k in data if k != "written") == ["band", "profession", "rows", "why"]
    assert isinstance(data.get("written", ""), str)
    assert data["band"] in BANDS
    assert isinstance(data["profession"], str) and data["profession"]
    assert isinstance(data["why"], str) and len(data["why"]) > 40
    rows = data["rows"]
    assert isinstance(rows, list) and 4 <= len(rows) <= 8
    for row in rows:
        assert sorted(row) == ["must_have", "requirement", "status"]
        assert row["status"] in {"met", "partial", "missing"}
        assert isinstance(row["must_have"], bool)
    assert len({row["requirement"] for row in rows}) == len(rows)


@pytest.mark.parametrize("pair_dir", PAIR_DIRS, ids=lambda p: p.name)
def test_every_labelled_requirement_is_a_piece_of_exactly_one_posting_line(
    pair_dir: Path,
) -> None:
    lines = _lines((pair_dir / "posting.txt").read_text(encoding="utf-8"))
    for row in _expected(pair_dir)["rows"]:
        holders = [line for line in lines if row["requirement"].casefold() in line.casefold()]
        assert len(holders) == 1, (row["requirement"], holders)


@pytest.mark.parametrize("pair_dir", PAIR_DIRS, ids=lambda p: p.name)
def test_every_cv_and_posting_has_a_realistic_length(pair_dir: Path) -> None:
    cv = _lines((pair_dir / "cv.txt").read_text(encoding="utf-8"))
    posting = _lines((pair_dir / "posting.txt").read_text(encoding="utf-8"))
    assert 30 <= len(cv) <= 80
    assert 20 <= len(posting) <= 50


def test_the_labelling_notes_give_every_pair_the_band_in_its_labels() -> None:
    notes = (PAIRS / "LABELLING.md").read_text(encoding="utf-8")
    table = {
        cells[1].strip(): cells[2].strip() + " match"
        for cells in (line.split("|") for line in notes.splitlines())
        if len(cells) > 3 and cells[1].strip()[:2].isdigit()
    }
    assert table == {d.name: _expected(d)["band"] for d in PAIR_DIRS}


def test_the_loader_reads_every_pair_with_its_labels() -> None:
    pairs = mq.load_pairs(PAIRS)
    first = pairs[0]
    assert [p.name for p in pairs] == [d.name for d in PAIR_DIRS]
    assert first.name == "01-platform-engineer-aliases"
    assert first.band == "Strong match"
    assert first.rows[0] == mq.LabelledRow(
        "4+ years of experience in a platform, SRE or DevOps role", "met", True
    )
    assert first.cv.startswith("Ciarán Doyle\n")


# --- the scoring, on reports built by hand ----------------------------------------------

CV = "Jane Doe\nRan 9 k8s clusters on EKS.\nPostgres 14, streaming replication.\n"


def _result(
    text: str, status: Status, evidence: str | None, must: bool = True
) -> RequirementResult:
    req = Requirement(text=text, kind=RequirementKind.SKILL, must_have=must)
    credit = {Status.MET: 1.0, Status.PARTIAL: 0.5, Status.MISSING: 0.0}[status]
    return RequirementResult(req, status, evidence, note="", weight=3.0, credit=credit)


def _report(score: int, band: str, *rows: RequirementResult) -> MatchReport:
    return MatchReport(
        score=score,
        band=band,
        rows=rows,
        strengths=(),
        gaps=(),
        raw_score=float(score),
        cap=None,
        engine_version="test",
    )


def _pair(name: str, band: str, *rows: tuple[str, str, bool]) -> Any:
    return mq.Pair(
        name=name,
        profession="software",
        band=band,
        why="",
        rows=tuple(mq.LabelledRow(*row) for row in rows),
        cv=CV,
        posting="",
    )


def test_it_finds_a_labelled_row_ignoring_case_and_runs_of_spaces() -> None:
    report = _report(
        90,
        "Strong match",
        _result("Strong hands-on experience with Kubernetes  in production", Status.MET, None),
    )
    row = mq.find_row(report, "experience with kubernetes in production")
    assert row is not None and row.status is Status.MET


def test_a_label_that_maps_to_no_requirement_is_unmatched_and_disagrees() -> None:
    pair = _pair("p", "Strong match", ("Terraform", "met", True))
    outcome = mq.score_pair(
        pair, _report(90, "Strong match", _result("Kubernetes", Status.MET, None))
    )
    (row,) = outcome.rows
    assert row.status == "unmatched"
    assert not row.status_agrees
    assert not row.must_have_agrees


def test_it_counts_evidence_that_is_not_verbatim_in_the_cv() -> None:
    report = _report(
        90,
        "Strong match",
        _result("Kubernetes", Status.MET, "Ran 9 k8s clusters on EKS."),
        _result("PostgreSQL", Status.MET, "Postgres 14 with streaming replication"),
        _result("Kafka", Status.MISSING, None),
    )
    assert mq.evidence_violations(report, CV) == ("Postgres 14 with streaming replication",)


def test_the_summary_scores_bands_rows_statuses_and_must_haves() -> None:
    strong = _pair(
        "a",
        "Strong match",
        ("Kubernetes", "met", True),
        ("PostgreSQL", "partial", True),
    )
    weak = _pair(
        "b",
        "Weak match",
        ("Kafka", "missing", True),
        ("Terraform", "missing", False),
    )
    outcomes = [
        mq.score_pair(
            strong,
            _report(
                72,
                "Good match",
                _result("Kubernetes in production", Status.MET, "Ran 9 k8s clusters on EKS."),
                _result("PostgreSQL at scale", Status.MET, "Postgres 14, streaming replication."),
            ),
        ),
        mq.score_pair(
            weak,
            _report(20, "Weak match", _result("Apache Kafka", Status.MISSING, None, must=False)),
        ),
    ]
    summary = mq.summarise(outcomes)
    assert summary["pairs"] == 2
    assert summary["labelled_rows"] == 4
    assert summary["band_exact"] == 0.5
    assert summary["band_within_one"] == 1.0
    assert summary["row_status_exact"] == 0.5
    assert summary["must_have_agreement"] == 0.5
    assert summary["unmatched_rows"] == 1
    assert summary["per_status"]["met"] == {
        "labelled": 1,
        "predicted": 2,
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.667,
    }
    assert summary["per_status"]["partial"]["recall"] == 0.0
    assert summary["per_status"]["missing"]["precision"] == 1.0
    assert summary["per_status"]["missing"]["recall"] == 0.5
    assert summary["confusion"]["missing"] == {"missing": 1, "unmatched": 1}
    # |72 - 90| and |20 - 22| over two pairs; 72 is 8 points under the Strong floor.
    assert summary["mean_abs_score_to_band_midpoint"] == 10.0
    assert summary["mean_points_outside_band"] == 4.0
    assert summary["evidence_violations"] == 0
    assert summary["by_band"]["Strong match"] == {"pairs": 1, "exact": 0}


def test_the_printed_summary_lists_each_disagreement() -> None:
    pair = _pair("02-go", "Partial match", ("Go in production", "missing", True))
    outcome = mq.score_pair(
        pair,
        _report(77, "Good match", _result("3+ years of Go in production", Status.PARTIAL, None)),
    )
    text = mq.format_summary(mq.summarise([outcome]))
    assert "02-go: 'Go in production': expected missing, got partial" in text
    assert "band exact              0.0%" in text
