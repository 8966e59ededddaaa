"""The match report as plain JSON-ready data: the shape other tools rely on.

Guaranteed keys (docs/cli.md): score, band, requirements[text, kind, must_have, status,
evidence], strengths, gaps. The rest is extra and may grow.
"""

from __future__ import annotations

from typing import Any

from shortlist.core.models import MatchReport, RequirementResult


def report_to_dict(report: MatchReport) -> dict[str, Any]:
    """``report`` as dicts, lists, strings and numbers only."""
    return {
        "score": report.score,
        "band": report.band,
        "requirements": [_row(row) for row in report.rows],
        "strengths": list(report.strengths),
        "gaps": [gap.requirement for gap in report.gaps],
        "advice": [
            {"requirement": gap.requirement, "must_have": gap.must_have, "advice": gap.advice}
            for gap in report.gaps
        ],
        "raw_score": report.raw_score,
        "cap": report.cap,
        "notes": list(report.notes),
        "engine_version": report.engine_version,
    }


def _row(row: RequirementResult) -> dict[str, Any]:
    req = row.requirement
    return {
        "text": req.text,
        "kind": req.kind.value,
        "must_have": req.must_have,
        "status": row.status.value,
        "evidence": row.evidence,
        "note": row.note,
        "weight": row.weight,
        "credit": row.credit,
        "skills": list(req.skills),
        "years": req.years,
        "weight_cue": req.weight_cue,
    }
