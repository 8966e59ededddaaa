"""An interview plan as plain JSON-ready data: what `shortlist plan --json` and the API
print. The pages, the terminal and the prep pack (Markdown, PDF) read the typed
:class:`InterviewPlan` itself; this is the one place its JSON is made.

Guaranteed keys (docs/cli.md): title, company, round, personas, seed, prepare_first,
questions[id, text, category, persona, source, quote, why, covers, target_seconds,
story], stories, to_ask, logistics. The rest is extra and may grow.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shortlist.core.prep.interview import (
    AskQuestion,
    Finding,
    InterviewPlan,
    PlannedQuestion,
)

__all__ = ["plan_to_dict"]


def plan_to_dict(plan: InterviewPlan, titles: Mapping[int, str] | None = None) -> dict[str, Any]:
    """``plan`` as dicts, lists, strings and numbers; ``titles`` (story id -> title)
    name the stories it maps."""
    titles = titles or {}
    return {
        "title": plan.title,
        "company": plan.company,
        "round": plan.round,
        "round_label": plan.round_label,
        "personas": list(plan.personas),
        "persona_labels": list(plan.persona_labels),
        "seed": plan.seed,
        "prepare_first": [
            {"kind": item.kind, "title": item.title, "detail": item.detail, "quote": item.quote}
            for item in plan.prepare_first
        ],
        "questions": [_question(q, titles) for q in plan.questions],
        "stories": _stories(plan, titles),
        "to_ask": [_to_ask(q) for q in plan.to_ask],
        "logistics": _logistics(plan),
    }


def _stories(plan: InterviewPlan, titles: Mapping[int, str]) -> dict[str, Any]:
    grid = plan.stories.grid
    return {
        "coverage": {c: list(ids) for c, ids in grid.coverage.items()},
        "uncovered": list(grid.uncovered),
        "distinct": grid.distinct,
        "warnings": [
            {
                "story_id": w.story_id,
                "story": titles.get(w.story_id),
                "kind": w.kind,
                "message": w.message,
                "questions": list(w.question_ids),
            }
            for w in plan.stories.warnings
        ],
        "reviews": [
            {
                "story_id": r.story_id,
                "story": titles.get(r.story_id),
                "words": r.words,
                "findings": [_finding(f) for f in r.findings],
            }
            for r in plan.reviews
        ],
    }


def _to_ask(q: AskQuestion) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "personas": list(q.personas),
        "why": q.why,
        "quote": q.posting_quote,
        "starred": q.starred,
    }


def _logistics(plan: InterviewPlan) -> dict[str, Any]:
    details = plan.details
    return {
        "date": details.date.isoformat() if details.date else None,
        "time": details.time,
        "duration_minutes": details.duration_minutes,
        "format": details.format,
        "location": details.location,
        "interviewers": [{"name": i.name, "role": i.role} for i in details.interviewers],
        "task_expected": details.task_expected,
        "task_brief": details.task_brief,
        "recruiter_email": plan.logistics.recruiter_email,
        "bring": list(plan.logistics.bring),
        "know_your_numbers": [
            {"label": label, "value": value} for label, value in plan.logistics.know_your_numbers
        ],
        "thank_you": plan.logistics.thank_you,
        "follow_up_date": (
            plan.logistics.follow_up_date.isoformat() if plan.logistics.follow_up_date else None
        ),
        "task_checklist": list(plan.logistics.task_checklist),
        "from_posting": list(plan.logistics.from_posting),
    }


def _question(q: PlannedQuestion, titles: Mapping[int, str]) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "category": q.category,
        "competency": q.competency,
        "persona": q.persona,
        "source": q.source_kind,
        "quote": q.source_quote,
        "why": q.why,
        "covers": list(q.covers),
        "target_seconds": q.target_seconds,
        "story": (
            {"id": q.story_id, "title": titles.get(q.story_id)} if q.story_id is not None else None
        ),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "ok": finding.ok,
        "message": finding.message,
        "quotes": list(finding.quotes),
    }
