"""The practice views (practice_views.py) built from a session's rows: its questions in
the order they are asked, each follow-up after the question it digs into, and the summary
once every question is answered or skipped."""

from __future__ import annotations

import statistics

from shortlist.storage import PracticeAnswerRow, PracticeSessionRow
from shortlist.workspace.base import utc
from shortlist.workspace.practice_views import PracticeItem, PracticeSummary, PracticeView

__all__ = ["ordered_items", "practice_view", "summary_of"]


def ordered_items(practice: PracticeSessionRow) -> list[PracticeItem]:
    """Main questions by position, each followed by its follow-ups."""
    children: dict[int, list[PracticeAnswerRow]] = {}
    for item in practice.items:
        if item.follows_id is not None:
            children.setdefault(item.follows_id, []).append(item)
    roots = sorted((i for i in practice.items if i.follows_id is None), key=lambda i: i.position)
    out: list[PracticeItem] = []
    for number, root in enumerate(roots, start=1):
        stack, depth = [root], 0
        while stack:
            item = stack.pop()
            out.append(_item_view(item, number, depth))
            stack.extend(sorted(children.get(item.id, []), key=lambda i: -i.id))
            depth += 1
    return out


def _item_view(item: PracticeAnswerRow, number: int, depth: int) -> PracticeItem:
    return PracticeItem(
        id=item.id,
        number=number,
        question=item.question,
        question_id=item.question_id,
        category=item.category,
        competency=item.competency,
        depth=depth,
        follows_id=item.follows_id,
        retry_of_id=item.retry_of_id,
        draft=item.draft,
        text=item.text,
        skipped=item.skipped,
        answered=item.answered_at is not None,
        seconds_taken=item.seconds_taken,
        overall=item.overall,
        feedback=item.feedback,
        recording_id=item.recordings[-1].id if item.recordings else None,
    )


def practice_view(practice: PracticeSessionRow) -> PracticeView:
    items = ordered_items(practice)
    # A retry asks a planned question again; it is not one more question.
    roots = [i for i in items if i.depth == 0 and i.retry_of_id is None]
    current = next((i.id for i in items if not i.answered), None)
    return PracticeView(
        id=practice.id,
        job_id=practice.job_id,
        job_title=practice.job.title,
        company=practice.job.company,
        round=practice.round,
        personas=list(practice.personas),
        seconds_per_question=practice.seconds_per_question,
        read_aloud=practice.read_aloud,
        voice=practice.voice,
        created_at=utc(practice.created_at),
        finished_at=utc(practice.finished_at) if practice.finished_at else None,
        items=items,
        current_id=current,
        answered=sum(1 for i in roots if i.answered),
        total=len(roots),
        summary=summary_of(items) if current is None else None,
    )


def summary_of(items: list[PracticeItem]) -> PracticeSummary | None:
    """Means over the answers given (skipped ones count for nothing); None before any."""
    given = [i for i in items if i.feedback is not None and not i.skipped]
    if not given:
        return None
    dimensions: dict[str, int] = {}
    tips: dict[str, str] = {}
    read = [fb for i in given if (fb := i.read_feedback()) is not None]
    # Every dimension any answer has: a spoken answer adds "delivery".
    names = dict.fromkeys(dim.name for fb in read for dim in fb.dimensions)
    for name in names:
        scored = [dim for fb in read if (dim := fb.dimension(name)) is not None and dim.checked]
        if not scored:
            continue
        dimensions[name] = round(statistics.mean(dim.score for dim in scored))
        worst = min(scored, key=lambda dim: dim.score)
        if worst.tips:
            tips[name] = worst.tips[0]
    ranked = sorted(given, key=lambda i: (i.overall or 0, i.id))
    work_on = sorted(
        ((name, score, tips[name]) for name, score in dimensions.items() if name in tips),
        key=lambda entry: (entry[1], entry[0]),
    )[:3]
    return PracticeSummary(
        dimensions=dimensions,
        overall=round(statistics.mean(i.overall or 0 for i in given)),
        best_id=ranked[-1].id,
        weakest_id=ranked[0].id,
        work_on=work_on,
    )
