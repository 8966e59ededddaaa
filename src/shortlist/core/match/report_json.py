"""The match report as plain JSON-ready data: the shape other tools rely on, and the one
typed reading of it.

Guaranteed keys (docs/cli.md): score, band, requirements[text, kind, must_have, status,
evidence], strengths, gaps. The rest is extra and may grow.

``report_to_dict`` makes the JSON (the storage column, the API, the CLI's --json);
``report_from_dict`` reads it back as a ``StoredReport``, and ``StoredReport.to_dict``
makes the same JSON again: ``report_from_dict(d).to_dict() == d`` for every dict made
here (tests/core/match/test_report_json.py). Code that reads a stored report reads the
``StoredReport``, never the dict's keys.

Every report stored so far has every key: the shape has not changed since the matcher's
first version. A report with only the guaranteed keys (one another tool wrote, then
imported) is read too, the extra keys taking the defaults in ``report_from_dict``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shortlist.core.models import Gap, MatchReport, RequirementKind, RequirementResult, Status

__all__ = ["StoredReport", "StoredRow", "report_from_dict", "report_to_dict", "stored_report"]


@dataclass(frozen=True, slots=True)
class StoredRow:
    """One requirement row as stored: the requirement as the posting words it, and how
    the CV meets it (the requirement's other readings are not kept)."""

    text: str
    kind: RequirementKind
    must_have: bool
    status: Status
    #: A CV line, verbatim; None when the CV shows nothing for it.
    evidence: str | None
    note: str
    weight: float
    credit: float
    #: Canonical skill names the requirement asks for.
    skills: tuple[str, ...]
    years: int | None
    weight_cue: str | None
    #: Experience asked in months, when the posting says months.
    months: int | None = None
    #: What the job involves, from its duties: shown, weighed lightly, never a gap.
    duty: bool = False

    @property
    def need(self) -> str:
        """'must', 'nice' or 'duty', as core.models.Requirement.need."""
        return "duty" if self.duty else "must" if self.must_have else "nice"


@dataclass(frozen=True, slots=True)
class StoredReport:
    """A match report as it is kept: everything ``report_to_dict`` writes."""

    score: int
    band: str
    #: In the posting's order.
    requirements: tuple[StoredRow, ...]
    strengths: tuple[str, ...]
    #: The requirements not met (duties aside), must-haves first.
    gaps: tuple[str, ...]
    #: The advice on each gap, in the same order.
    advice: tuple[Gap, ...]
    raw_score: float
    cap: int | None
    notes: tuple[str, ...]
    engine_version: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON this was read from, key for key and in the same order."""
        return {
            "score": self.score,
            "band": self.band,
            "requirements": [_row(row) for row in self.requirements],
            "strengths": list(self.strengths),
            "gaps": list(self.gaps),
            "advice": [
                {"requirement": gap.requirement, "must_have": gap.must_have, "advice": gap.advice}
                for gap in self.advice
            ],
            "raw_score": self.raw_score,
            "cap": self.cap,
            "notes": list(self.notes),
            "engine_version": self.engine_version,
        }


def _row(row: StoredRow) -> dict[str, Any]:
    return {
        "text": row.text,
        "kind": row.kind.value,
        "must_have": row.must_have,
        "status": row.status.value,
        "evidence": row.evidence,
        "note": row.note,
        "weight": row.weight,
        "credit": row.credit,
        "skills": list(row.skills),
        "years": row.years,
        "months": row.months,
        "weight_cue": row.weight_cue,
        "duty": row.duty,
    }


def _stored_row(row: RequirementResult) -> StoredRow:
    req = row.requirement
    return StoredRow(
        text=req.text,
        kind=req.kind,
        must_have=req.must_have,
        status=row.status,
        evidence=row.evidence,
        note=row.note,
        weight=row.weight,
        credit=row.credit,
        skills=req.skills,
        years=req.years,
        months=req.months,
        weight_cue=req.weight_cue,
        duty=req.duty,
    )


def stored_report(report: MatchReport) -> StoredReport:
    """What of ``report`` is kept."""
    return StoredReport(
        score=report.score,
        band=report.band,
        requirements=tuple(_stored_row(row) for row in report.rows),
        strengths=report.strengths,
        gaps=tuple(gap.requirement for gap in report.gaps),
        advice=report.gaps,
        raw_score=report.raw_score,
        cap=report.cap,
        notes=report.notes,
        engine_version=report.engine_version,
    )


def report_to_dict(report: MatchReport) -> dict[str, Any]:
    """``report`` as dicts, lists, strings and numbers only."""
    return stored_report(report).to_dict()


def _read_row(row: Mapping[str, Any]) -> StoredRow:
    return StoredRow(
        text=row["text"],
        kind=RequirementKind(row["kind"]),
        must_have=row["must_have"],
        status=Status(row["status"]),
        evidence=row["evidence"],
        note=row.get("note", ""),
        weight=row.get("weight", 0.0),
        credit=row.get("credit", 0.0),
        skills=tuple(row.get("skills", ())),
        years=row.get("years"),
        months=row.get("months"),
        weight_cue=row.get("weight_cue"),
        # Kept before duties were told apart: every responsibility row was one.
        duty=row.get("duty", row["kind"] == RequirementKind.RESPONSIBILITY.value),
    )


def report_from_dict(data: Mapping[str, Any]) -> StoredReport:
    """A stored report (``report_to_dict``) as a ``StoredReport``."""
    advice = tuple(
        Gap(item["requirement"], item["must_have"], item["advice"])
        for item in data.get("advice", ())
    )
    return StoredReport(
        score=data["score"],
        band=data["band"],
        requirements=tuple(_read_row(row) for row in data["requirements"]),
        strengths=tuple(data["strengths"]),
        gaps=tuple(data["gaps"]),
        advice=advice,
        raw_score=data.get("raw_score", float(data["score"])),
        cap=data.get("cap"),
        notes=tuple(data.get("notes", ())),
        engine_version=data.get("engine_version", ""),
    )
