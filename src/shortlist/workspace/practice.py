"""Mock interviews: sessions of the job plan's questions, asked one at a time, and the
scores over time. Answering them is practice_answers.py; what is shown, practice_views.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from shortlist.core.prep.interview import PlannedQuestion
from shortlist.storage import NewQuestion, Repos
from shortlist.storage.tables import QUESTION_ID_CHARS
from shortlist.workspace.base import Workspace, cached, utc
from shortlist.workspace.plans import interview_plan
from shortlist.workspace.practice_rows import practice_row
from shortlist.workspace.practice_view_builders import ordered_items, practice_view, summary_of
from shortlist.workspace.practice_views import PracticeView, SessionSummary, TrendPoint, Trends
from shortlist.workspace.recording_store import forget_recordings

__all__ = [
    "delete_practice",
    "get_practice",
    "practice_history",
    "practice_trends",
    "start_practice",
]

LENGTHS = range(1, 13)
SECONDS = range(30, 601)
#: Which planned questions a short session asks first: the ones a second round turns
#: on, then the rest; practical ones (salary, notice) only when nothing else is left.
PRIORITY = ("follow_up", "gap_probe", "competency", "deep_dive", "motivation", "forward", "task")


def start_practice(
    ws: Workspace,
    job_id: int,
    *,
    round: str | None = None,
    personas: Sequence[str] | None = None,
    length: int = 5,
    seconds: int = 150,
    read_aloud: bool = False,
    seed: int | None = None,
    voice: bool = False,
) -> PracticeView:
    """A new session of ``length`` questions from the job's plan, ``seconds`` each."""
    if length not in LENGTHS:
        raise ValueError(f"a session has 1 to {LENGTHS[-1]} questions, not {length}")
    if seconds not in SECONDS:
        raise ValueError("give each answer between 30 seconds and 10 minutes")
    plan = interview_plan(ws, job_id, round=round, personas=personas, seed=seed).plan
    chosen = pick_questions(plan.questions, length)
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = repos.practice.add_session(
            # The day from the workspace's clock, the user's local day (trends are by
            # day), at the time of day now.
            created_at=dt.datetime.combine(ws.clock.today(), ws.clock.now().time()),
            job_id=job_id,
            round=plan.round,
            personas=list(plan.personas),
            seconds_per_question=seconds,
            read_aloud=bool(read_aloud),
            voice=bool(voice),
            seed=plan.seed,
        )
        for position, q in enumerate(chosen):
            repos.practice.add_question(
                row,
                NewQuestion(
                    position=position,
                    question_id=q.id[:QUESTION_ID_CHARS],
                    question=q.text,
                    category=q.category,
                    competency=q.competency,
                ),
            )
        session_id = row.id
    return get_practice(ws, session_id)


def pick_questions(questions: Sequence[PlannedQuestion], length: int) -> list[PlannedQuestion]:
    """``length`` of the plan's questions, one category at a time in PRIORITY order
    (round-robin), then back in the plan's own order."""
    by_category: dict[str, list[int]] = {}
    for index, q in enumerate(questions):
        by_category.setdefault(q.category, []).append(index)
    order = [c for c in PRIORITY if c in by_category]
    order += [c for c in by_category if c not in order]
    picked: list[int] = []
    while len(picked) < min(length, len(questions)):
        for category in order:
            if by_category[category] and len(picked) < length:
                picked.append(by_category[category].pop(0))
    return [questions[i] for i in sorted(picked)]


def get_practice(ws: Workspace, session_id: int) -> PracticeView:
    """A session with its questions in the order they are asked, answers and feedback."""
    return cached(
        ws, ("practice", session_id), lambda repos: practice_view(practice_row(repos, session_id))
    )


def delete_practice(ws: Workspace, session_id: int) -> None:
    """Delete a session with its answers and follow-ups."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        gone = repos.recordings.of_session(session_id)
        repos.practice.delete_session(practice_row(repos, session_id))
    forget_recordings(ws, gone)


def practice_history(ws: Workspace, job_id: int | None = None) -> list[SessionSummary]:
    """Past sessions, newest first (optionally of one job)."""
    return list(cached(ws, ("practice-history", job_id), lambda repos: _history(repos, job_id)))


def _history(repos: Repos, job_id: int | None) -> tuple[SessionSummary, ...]:
    rows = [r for r in repos.practice.sessions() if job_id is None or r.job_id == job_id]
    out = []
    for row in reversed(rows):
        view = practice_view(row)
        out.append(
            SessionSummary(
                id=row.id,
                job_id=row.job_id,
                job_title=view.job_title,
                company=view.company,
                round=row.round,
                created_at=utc(row.created_at),
                answered=view.answered,
                total=view.total,
                overall=view.summary.overall if view.summary else None,
                finished=row.finished_at is not None,
            )
        )
    return tuple(out)


def practice_trends(ws: Workspace) -> Trends:
    """Each dimension's mean score per session, oldest session first."""
    return cached(ws, ("practice-trends",), _trends)


def _trends(repos: Repos) -> Trends:
    series: dict[str, list[TrendPoint]] = {}
    for row in repos.practice.sessions():
        # Finished sessions only: a half-done one is not yet a point on the trend.
        summary = summary_of(ordered_items(row)) if row.finished_at is not None else None
        if summary is None:
            continue
        day = row.created_at.date()
        scores = {"overall": summary.overall, **summary.dimensions}
        for name, score in scores.items():
            if score is not None:
                series.setdefault(name, []).append(TrendPoint(row.id, day, score))
    return Trends(series)
