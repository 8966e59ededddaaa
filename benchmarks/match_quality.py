"""Match quality: `shortlist.match` against the hand-labelled pairs in match_pairs/.

Each pair is a CV, a posting and expected.json (the band a careful recruiter gives and
4-8 clear-cut requirement rows; see match_pairs/LABELLING.md). A labelled row is found in
the report by substring in the requirement's text; a row that maps to no requirement is
"unmatched" and counts as a disagreement everywhere. Every evidence string in a report
must occur verbatim in the CV; violations are counted and must stay at 0.

Run: python -m benchmarks.match_quality (or make bench).
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shortlist.core.models import MatchReport, RequirementResult

PAIRS = Path(__file__).resolve().parent / "match_pairs"
#: The date "present" means in the labels; passed to the matcher so scores do not drift.
TODAY = dt.date(2026, 11, 1)
#: Worst first, so a band's index is its step on the ladder.
BANDS = ("Weak match", "Partial match", "Good match", "Strong match")
BAND_RANGES = {
    "Weak match": (0, 44),
    "Partial match": (45, 64),
    "Good match": (65, 79),
    "Strong match": (80, 100),
}
STATUSES = ("met", "partial", "missing")
UNMATCHED = "unmatched"
FILES = ("cv.txt", "posting.txt", "expected.json")


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One requirement a person labelled: a verbatim piece of a posting line."""

    requirement: str
    status: str
    must_have: bool


@dataclass(frozen=True, slots=True)
class Pair:
    name: str
    profession: str
    band: str
    why: str
    rows: tuple[LabelledRow, ...]
    cv: str
    posting: str


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """A labelled row next to what the matcher said about it (None when unmatched)."""

    label: LabelledRow
    status: str
    must_have: bool | None
    matched_text: str | None

    @property
    def status_agrees(self) -> bool:
        return self.status == self.label.status

    @property
    def must_have_agrees(self) -> bool:
        return self.must_have is not None and self.must_have == self.label.must_have


@dataclass(frozen=True, slots=True)
class PairOutcome:
    name: str
    profession: str
    expected_band: str
    band: str
    score: int
    rows: tuple[RowOutcome, ...]
    evidence_violations: tuple[str, ...] = field(default=())

    @property
    def band_steps(self) -> int:
        """How many bands apart the labelled and the reported band are (unknown: 9)."""
        if self.band not in BANDS:
            return 9
        return abs(BANDS.index(self.band) - BANDS.index(self.expected_band))


def load_pairs(root: Path = PAIRS) -> list[Pair]:
    """Every pair under ``root``, sorted by folder name; raises on a malformed one."""
    pairs = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        rows = tuple(
            LabelledRow(row["requirement"], row["status"], row["must_have"])
            for row in expected["rows"]
        )
        pairs.append(
            Pair(
                name=folder.name,
                profession=expected["profession"],
                band=expected["band"],
                why=expected["why"],
                rows=rows,
                cv=(folder / "cv.txt").read_text(encoding="utf-8"),
                posting=(folder / "posting.txt").read_text(encoding="utf-8"),
            )
        )
    return pairs


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def find_row(report: MatchReport, requirement: str) -> RequirementResult | None:
    """The first report row whose requirement text contains ``requirement``."""
    wanted = _fold(requirement)
    for row in report.rows:
        if wanted in _fold(row.requirement.text):
            return row
    return None


def evidence_violations(report: MatchReport, cv_text: str) -> tuple[str, ...]:
    """Evidence strings in ``report`` that do not occur verbatim in ``cv_text``."""
    return tuple(
        row.evidence
        for row in report.rows
        if row.evidence is not None and row.evidence not in cv_text
    )


def score_pair(pair: Pair, report: MatchReport) -> PairOutcome:
    """Compare one report with the pair's labels."""
    outcomes = []
    for label in pair.rows:
        row = find_row(report, label.requirement)
        if row is None:
            outcomes.append(RowOutcome(label, UNMATCHED, None, None))
        else:
            outcomes.append(
                RowOutcome(label, str(row.status), row.requirement.must_have, row.requirement.text)
            )
    return PairOutcome(
        name=pair.name,
        profession=pair.profession,
        expected_band=pair.band,
        band=report.band,
        score=report.score,
        rows=tuple(outcomes),
        evidence_violations=evidence_violations(report, pair.cv),
    )


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _per_status(rows: Sequence[RowOutcome]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for status in STATUSES:
        gold = sum(1 for r in rows if r.label.status == status)
        predicted = sum(1 for r in rows if r.status == status)
        both = sum(1 for r in rows if r.status == status and r.label.status == status)
        precision, recall = _ratio(both, predicted), _ratio(both, gold)
        f1 = None
        if precision and recall:
            f1 = round(2 * precision * recall / (precision + recall), 3)
        out[status] = {
            "labelled": gold,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return out


def _midpoint(band: str) -> float:
    low, high = BAND_RANGES[band]
    return (low + high) / 2


def _outside(score: int, band: str) -> int:
    low, high = BAND_RANGES[band]
    return max(0, low - score, score - high)


def summarise(outcomes: Sequence[PairOutcome]) -> dict[str, Any]:
    """The headline numbers, the confusion matrix and a row per pair."""
    rows = [r for o in outcomes for r in o.rows]
    n_pairs = len(outcomes)
    confusion = {
        gold: dict(Counter(r.status for r in rows if r.label.status == gold)) for gold in STATUSES
    }
    by_band = {
        band: {
            "pairs": sum(1 for o in outcomes if o.expected_band == band),
            "exact": sum(1 for o in outcomes if o.expected_band == band and o.band_steps == 0),
        }
        for band in BANDS
    }
    violations = [v for o in outcomes for v in o.evidence_violations]
    return {
        "today": TODAY.isoformat(),
        "pairs": n_pairs,
        "labelled_rows": len(rows),
        "band_exact": _ratio(sum(1 for o in outcomes if o.band_steps == 0), n_pairs),
        "band_within_one": _ratio(sum(1 for o in outcomes if o.band_steps <= 1), n_pairs),
        "row_status_exact": _ratio(sum(1 for r in rows if r.status_agrees), len(rows)),
        "must_have_agreement": _ratio(sum(1 for r in rows if r.must_have_agrees), len(rows)),
        "unmatched_rows": sum(1 for r in rows if r.status == UNMATCHED),
        "per_status": _per_status(rows),
        "confusion": confusion,
        "by_band": by_band,
        "mean_abs_score_to_band_midpoint": (
            round(sum(abs(o.score - _midpoint(o.expected_band)) for o in outcomes) / n_pairs, 1)
            if n_pairs
            else None
        ),
        "mean_points_outside_band": (
            round(sum(_outside(o.score, o.expected_band) for o in outcomes) / n_pairs, 1)
            if n_pairs
            else None
        ),
        "evidence_violations": len(violations),
        "evidence_violation_examples": violations[:5],
        "per_pair": [_pair_summary(o) for o in outcomes],
    }


def _pair_summary(outcome: PairOutcome) -> dict[str, Any]:
    return {
        "pair": outcome.name,
        "profession": outcome.profession,
        "expected_band": outcome.expected_band,
        "band": outcome.band,
        "score": outcome.score,
        "rows_agreed": sum(1 for r in outcome.rows if r.status_agrees),
        "rows": len(outcome.rows),
        "disagreements": [
            {
                "requirement": r.label.requirement,
                "expected": r.label.status,
                "got": r.status,
                "expected_must_have": r.label.must_have,
                "got_must_have": r.must_have,
            }
            for r in outcome.rows
            if not (r.status_agrees and r.must_have_agrees)
        ],
        "evidence_violations": len(outcome.evidence_violations),
    }


def _match_all(pairs: Iterable[Pair]) -> list[PairOutcome]:
    from shortlist import match

    # Older builds of match() had no `today`; pass it whenever it is accepted.
    dated = "today" in inspect.signature(match).parameters
    outcomes = []
    for pair in pairs:
        report = (
            match(pair.cv, pair.posting, today=TODAY) if dated else match(pair.cv, pair.posting)
        )
        outcomes.append(score_pair(pair, report))
    return outcomes


def run(root: Path = PAIRS) -> dict[str, Any]:
    """Match every labelled pair under ``root`` and return the summary."""
    return summarise(_match_all(load_pairs(root)))


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def format_summary(summary: dict[str, Any]) -> str:
    """A plain-text report: headline numbers, per-status table, per-pair table."""
    lines = [
        f"Match quality on {summary['pairs']} labelled pairs, "
        f"{summary['labelled_rows']} labelled rows (today = {summary['today']})",
        "",
        f"  band exact              {_percent(summary['band_exact'])}",
        f"  band within one step    {_percent(summary['band_within_one'])}",
        f"  row status exact        {_percent(summary['row_status_exact'])}",
        f"  must-have agreement     {_percent(summary['must_have_agreement'])}",
        f"  unmatched rows          {summary['unmatched_rows']}",
        f"  mean |score - midpoint| {summary['mean_abs_score_to_band_midpoint']}",
        f"  mean points outside     {summary['mean_points_outside_band']}",
        f"  evidence violations     {summary['evidence_violations']} (must be 0)",
        "",
        "  status    labelled  predicted  precision  recall  f1",
    ]
    for status, s in summary["per_status"].items():
        lines.append(
            f"  {status:<9} {s['labelled']:>8}  {s['predicted']:>9}  {_percent(s['precision']):>9}"
            f"  {_percent(s['recall']):>6}  {s['f1'] if s['f1'] is not None else 'n/a'}"
        )
    lines += ["", "  confusion (labelled -> reported)"]
    for gold, counts in summary["confusion"].items():
        cells = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        lines.append(f"  {gold:<9} {cells}")
    lines += ["", f"  {'pair':<48} {'expected':<14} {'reported':<14} score rows"]
    for p in summary["per_pair"]:
        flag = "" if p["expected_band"] == p["band"] else "  *"
        lines.append(
            f"  {p['pair']:<48} {p['expected_band']:<14} {p['band']:<14} {p['score']:>5}"
            f" {p['rows_agreed']}/{p['rows']}{flag}"
        )
    lines += ["", "Disagreements"]
    for p in summary["per_pair"]:
        for d in p["disagreements"]:
            must = ""
            if d["got_must_have"] is not None and d["got_must_have"] != d["expected_must_have"]:
                must = f" [must-have: expected {d['expected_must_have']}, got {d['got_must_have']}]"
            lines.append(
                f"  {p['pair']}: {d['requirement']!r}: expected {d['expected']}, "
                f"got {d['got']}{must}"
            )
    for example in summary["evidence_violation_examples"]:
        lines.append(f"  evidence not in CV: {example!r}")
    return "\n".join(lines)


def main() -> int:
    print(format_summary(run()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
