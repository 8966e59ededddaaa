"""match_cv(cv, posting) -> MatchReport: rows first, then a score derived from the rows.

The formula is documented in docs/scoring.md; the constants below are the whole of it.
"""

from __future__ import annotations

from shortlist.core.match.advice import advise
from shortlist.core.match.checks import check
from shortlist.core.match.evidence import CvIndex
from shortlist.core.models import (
    CV,
    Gap,
    MatchReport,
    Posting,
    Requirement,
    RequirementKind,
    RequirementResult,
    Status,
)
from shortlist.core.taxonomy.skills import Taxonomy

#: Bumped whenever a change can move a score, so stored reports know to recompute.
ENGINE_VERSION = "1.36.0"

MUST_WEIGHT = 3.0
NICE_WEIGHT = 1.0
#: Soft skills are rarely proven on a CV; a missing one weighs less and never caps.
SOFT_MUST_WEIGHT = 1.5
RESPONSIBILITY_WEIGHT = 0.5
#: Kinds whose missing must-have caps the score: the hard, checkable ones.
CAPPING_KINDS = frozenset(
    {
        RequirementKind.SKILL,
        RequirementKind.YEARS,
        RequirementKind.DEGREE,
        RequirementKind.CERTIFICATION,
        RequirementKind.LANGUAGE,
    }
)
#: Highest score allowed with 1, 2, 3+ missing must-haves.
CAPS = (64, 54, 44)
#: (lowest score, band name), best first.
BANDS = ((80, "Strong match"), (65, "Good match"), (45, "Partial match"), (0, "Weak match"))
NO_REQUIREMENTS_BAND = "Not enough to score"


def weight_of(req: Requirement) -> float:
    """How much a requirement counts in the score (see docs/scoring.md)."""
    if req.kind is RequirementKind.LOCATION:
        return 0.0
    if req.duty:
        return RESPONSIBILITY_WEIGHT
    if not req.must_have:
        return NICE_WEIGHT
    # A must-have read by word overlap (a soft skill, a line no skill decides) is judged
    # less surely than a named skill, a degree or a licence: it weighs half as much.
    loose = req.kind in (RequirementKind.SOFT_SKILL, RequirementKind.RESPONSIBILITY)
    return SOFT_MUST_WEIGHT if loose else MUST_WEIGHT


def band_of(score: int) -> str:
    return next(name for floor, name in BANDS if score >= floor)


def cap_for(missing_must_haves: int) -> int | None:
    if missing_must_haves <= 0:
        return None
    return CAPS[min(missing_must_haves, len(CAPS)) - 1]


def caps_score(row: RequirementResult) -> bool:
    """A missing must-have of a hard kind caps the score."""
    req = row.requirement
    return row.status is Status.MISSING and req.must_have and req.kind in CAPPING_KINDS


def match_cv(cv: CV, posting: Posting, taxonomy: Taxonomy) -> MatchReport:
    """Check every requirement against the CV and derive the score from the rows."""
    return match_indexed(CvIndex.build(cv, taxonomy), posting)


def match_indexed(index: CvIndex, posting: Posting) -> MatchReport:
    """:func:`match_cv` for a CV already indexed, as when ranking many postings."""
    rows: list[RequirementResult] = []
    gaps: list[Gap] = []
    for req in posting.requirements:
        verdict = check(req, index, job_title=posting.title)
        row = RequirementResult(
            requirement=req,
            status=verdict.status,
            evidence=verdict.evidence.text if verdict.evidence else None,
            note=verdict.note,
            weight=weight_of(req),
            credit=round(verdict.credit, 4),
        )
        rows.append(row)
        # Duties the job involves are shown as rows, not listed as gaps in the person.
        if row.status is not Status.MET and not req.duty:
            gaps.append(Gap(req.text, req.must_have, advise(req, verdict, index)))

    total = sum(row.weight for row in rows)
    if total == 0:
        return MatchReport(
            score=0,
            band=NO_REQUIREMENTS_BAND,
            rows=tuple(rows),
            strengths=(),
            gaps=tuple(gaps),
            raw_score=0.0,
            cap=None,
            engine_version=ENGINE_VERSION,
            notes=(
                "No scorable requirements were found in the posting; is it the full "
                "job description?",
            ),
        )
    raw = 100.0 * sum(row.weight * row.credit for row in rows) / total
    cap = cap_for(sum(1 for row in rows if caps_score(row)))
    score = round(raw)
    if cap is not None:
        score = min(score, cap)
    notes: list[str] = []
    if cap is not None and raw > cap:
        notes.append(f"Capped at {cap} (from {raw:.0f}): a must-have is missing.")
    # Must-haves first, then the rest; within each, the posting's order.
    gaps.sort(key=lambda gap: not gap.must_have)
    return MatchReport(
        score=score,
        band=band_of(score),
        rows=tuple(rows),
        strengths=tuple(_strengths(rows)),
        gaps=tuple(gaps),
        raw_score=round(raw, 2),
        cap=cap,
        engine_version=ENGINE_VERSION,
        notes=tuple(notes),
    )


#: Strengths a report lists: the heaviest met requirements, enough to lead an answer with.
MAX_STRENGTHS = 6


def _strengths(rows: list[RequirementResult]) -> list[str]:
    """Met requirements that weigh the most, in the posting's order."""
    met = [row for row in rows if row.status is Status.MET and row.weight >= NICE_WEIGHT]
    met.sort(key=lambda row: -row.weight)
    return [
        f"{row.requirement.text} ({row.note})" if row.note else row.requirement.text
        for row in met[:MAX_STRENGTHS]
    ]
