"""Mock interviews: the planned questions one at a time, feedback on every answer,
follow-ups that dig into the weakest part, drafts kept as they are typed, retries, and
the scores over time."""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Sequence
from typing import Any

from shortlist.analyses import MAX_ANSWER_CHARS, analyse_cv, analyse_posting
from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.feedback_json import feedback_to_dict
from shortlist.core.answers.models import AnswerInput
from shortlist.core.prep.interview import QuestionAnswer
from shortlist.core.prep.plan import ROUND_NUMBERS
from shortlist.speech.feedback import SpokenFeedback, add_spoken
from shortlist.storage import NewQuestion, PracticeAnswerRow, PracticeSessionRow, Repos
from shortlist.storage.tables import QUESTION_ID_CHARS
from shortlist.workspace.base import NotFound, Workspace, cached, utc
from shortlist.workspace.budget import check_saved_text, cv_name, posting_name
from shortlist.workspace.journals import journal_entry_of
from shortlist.workspace.plans import interview_plan
from shortlist.workspace.practice_views import (
    PracticeItem,
    PracticeSummary,
    PracticeView,
    SessionSummary,
    TrendPoint,
    Trends,
)
from shortlist.workspace.recording_store import forget_recordings

__all__ = [
    "MAX_ANSWER",
    "MAX_FOLLOW_UPS",
    "check_seconds_taken",
    "delete_practice",
    "get_practice",
    "practice_history",
    "practice_row",
    "practice_trends",
    "question_row",
    "record_answer",
    "retry_answer",
    "save_draft",
    "skip_question",
    "start_practice",
    "submit_answer",
]

#: Characters one answer may hold (one limit for the CLI's feedback and for practice).
MAX_ANSWER = MAX_ANSWER_CHARS
#: A draft may run longer than an answer: it is kept, never lost, whatever its length.
MAX_DRAFT = 200_000
MAX_FOLLOW_UPS = 2
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
    chosen = pick_questions(plan["questions"], length)
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = repos.practice.add_session(
            # The day from the workspace's clock (trends are by day), the time now.
            created_at=ws.clock.now(),
            job_id=job_id,
            round=plan["round"],
            personas=list(plan["personas"]),
            seconds_per_question=seconds,
            read_aloud=bool(read_aloud),
            voice=bool(voice),
            seed=plan["seed"],
        )
        for position, q in enumerate(chosen):
            repos.practice.add_question(
                row,
                NewQuestion(
                    position=position,
                    question_id=q["id"][:QUESTION_ID_CHARS],
                    question=q["text"],
                    category=q["category"],
                    competency=q["competency"],
                ),
            )
        session_id = row.id
    return get_practice(ws, session_id)


def pick_questions(questions: Sequence[dict[str, Any]], length: int) -> list[dict[str, Any]]:
    """``length`` of the plan's questions, one category at a time in PRIORITY order
    (round-robin), then back in the plan's own order."""
    by_category: dict[str, list[int]] = {}
    for index, q in enumerate(questions):
        by_category.setdefault(q["category"], []).append(index)
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
        ws, ("practice", session_id), lambda repos: _view(practice_row(repos, session_id))
    )


def save_draft(ws: Workspace, session_id: int, item_id: int, text: str) -> None:
    """Keep what was typed so far (autosave); nothing typed is lost with the tab."""
    if len(text) > MAX_DRAFT:
        raise ValueError(f"the draft is longer than {MAX_DRAFT:,} characters")
    with ws.db.session() as session:
        repos = ws.repos(session)
        item = question_row(practice_row(repos, session_id), item_id)
        if item.answered_at is None:
            repos.practice.save_draft(item, text)


def submit_answer(
    ws: Workspace, session_id: int, item_id: int, text: str, seconds_taken: int | None = None
) -> PracticeView:
    """Analyse the answer, keep it with its feedback, and add the follow-up it calls for.

    ValueError for an empty or over-long answer (the text is kept as the draft)."""
    answer = text.strip()
    if len(answer) > MAX_ANSWER:
        save_draft(ws, session_id, item_id, text)
        raise ValueError(
            f"the answer is {len(answer):,} characters, more than the {MAX_ANSWER:,} "
            "one answer may hold; a spoken answer runs to about 3,000. Your text is kept "
            "as a draft."
        )
    if not answer:
        raise ValueError("write your answer first, or skip the question")
    check_seconds_taken(seconds_taken)
    with ws.db.session() as session:
        repos = ws.repos(session)
        practice = practice_row(repos, session_id)
        item = question_row(practice, item_id)
        if item.answered_at is not None:
            raise ValueError("this question is answered already; retry it to answer again")
        record_answer(ws, repos, practice, item, answer, seconds_taken)
    return get_practice(ws, session_id)


#: The longest an answer may say it took.
MAX_SECONDS_TAKEN = 24 * 3600


def check_seconds_taken(seconds_taken: int | None) -> None:
    """ValueError unless the time an answer took is a number of seconds up to a day."""
    if seconds_taken is not None and not 0 <= seconds_taken <= MAX_SECONDS_TAKEN:
        raise ValueError("the time taken is a number of seconds, at most a day")


def record_answer(
    ws: Workspace,
    repos: Repos,
    practice: PracticeSessionRow,
    item: PracticeAnswerRow,
    answer: str,
    seconds_taken: int | None,
    spoken: SpokenFeedback | None = None,
) -> None:
    """Analyse ``answer``, keep it with its feedback, add the follow-up it calls for, and
    close the session once every question is answered. ``spoken`` carries the timed
    words and delivery of an answer given aloud."""
    timed = spoken.words if spoken is not None else None
    feedback = analyse_answer(
        dataclasses.replace(_input(ws, repos, practice, item, answer), timed_words=timed)
    )
    data = feedback_to_dict(feedback)
    if spoken is not None:
        data = add_spoken(data, spoken)
    repos.practice.save_answer(
        item, text=answer, seconds_taken=seconds_taken, feedback=data, overall=feedback.overall
    )
    depth = _depth(practice, item)
    if feedback.follow_up and depth < MAX_FOLLOW_UPS:
        repos.practice.add_question(
            practice,
            NewQuestion(
                position=item.position,
                question_id=f"{_root(practice, item).question_id}:f{depth + 1}"[:QUESTION_ID_CHARS],
                question=feedback.follow_up,
                category="follow_up",
                competency=item.competency,
                follows_id=item.id,
            ),
        )
    _finish_if_done(repos, practice)


def skip_question(ws: Workspace, session_id: int, item_id: int) -> PracticeView:
    """Move on without answering (a follow-up, or a question to come back to)."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        practice = practice_row(repos, session_id)
        item = question_row(practice, item_id)
        if item.answered_at is None:
            repos.practice.skip(item)
        _finish_if_done(repos, practice)
    return get_practice(ws, session_id)


def retry_answer(ws: Workspace, session_id: int, item_id: int) -> PracticeView:
    """Ask an answered question again, at the end of the session, to answer it better."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        practice = practice_row(repos, session_id)
        item = question_row(practice, item_id)
        if item.answered_at is None or item.skipped:
            raise ValueError("answer the question first; a retry is for an answer you gave")
        repos.practice.add_question(
            practice,
            NewQuestion(
                position=max(i.position for i in practice.items) + 1,
                question_id=item.question_id,
                question=item.question,
                category=item.category,
                competency=item.competency,
                retry_of_id=item.id,
            ),
        )
        repos.practice.reopen(practice)
    return get_practice(ws, session_id)


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
        view = _view(row)
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
        summary = _summary(_ordered(row)) if row.finished_at is not None else None
        if summary is None:
            continue
        day = row.created_at.date()
        scores = {"overall": summary.overall, **summary.dimensions}
        for name, score in scores.items():
            if score is not None:
                series.setdefault(name, []).append(TrendPoint(row.id, day, score))
    return Trends(series)


# analysis input


def _input(
    ws: Workspace,
    repos: Repos,
    practice: PracticeSessionRow,
    item: PracticeAnswerRow,
    answer: str,
) -> AnswerInput:
    """What an answer is checked against: the posting, the CV, the earlier rounds'
    answers, this session's other answers, and the answer a follow-up follows."""
    job = practice.job
    cv_row = repos.cvs.current()
    # Parsed below: the size limit of saved texts (budget.py) holds here too.
    limit = ws.settings.max_text_chars
    check_saved_text(job.posting_text, posting_name(job), limit)
    if cv_row is not None:
        check_saved_text(cv_row.text, cv_name(cv_row), limit)
    number = ROUND_NUMBERS[practice.round]
    round_one = tuple(
        pair
        for entry in map(journal_entry_of, repos.prep.journals_for_job(job.id))
        if entry.round_number < number
        for pair in entry.answers
        if pair.answer
    )
    root = _root(practice, item)
    chain = {i.id for i in practice.items if _root(practice, i).id == root.id}
    earlier = tuple(
        i.text for i in practice.items if i.text and not i.skipped and i.id not in chain
    )
    parent = next((i for i in practice.items if i.id == item.follows_id), None)
    return AnswerInput(
        question=item.question,
        answer=answer,
        category=item.category,
        competency=item.competency,
        posting=analyse_posting(job.posting_text),
        cv=analyse_cv(cv_row.text, ws.clock.today()) if cv_row is not None else None,
        round_one=round_one,
        earlier_answers=earlier,
        follows=QuestionAnswer(parent.question, parent.text) if parent is not None else None,
        # The analyser counts the follow-up being answered itself (``follows``).
        follow_ups_asked=max(0, _depth(practice, item) - 1),
    )


# reading a session


def practice_row(repos: Repos, session_id: int) -> PracticeSessionRow:
    row = repos.practice.session(session_id)
    if row is None:
        raise NotFound(f"no practice session with id {session_id}")
    return row


def question_row(practice: PracticeSessionRow, item_id: int) -> PracticeAnswerRow:
    for item in practice.items:
        if item.id == item_id:
            return item
    raise NotFound(f"no question {item_id} in practice session {practice.id}")


def _root(practice: PracticeSessionRow, item: PracticeAnswerRow) -> PracticeAnswerRow:
    by_id = {i.id: i for i in practice.items}
    while item.follows_id is not None and item.follows_id in by_id:
        item = by_id[item.follows_id]
    return item


def _depth(practice: PracticeSessionRow, item: PracticeAnswerRow) -> int:
    by_id = {i.id: i for i in practice.items}
    depth = 0
    while item.follows_id is not None and item.follows_id in by_id:
        item = by_id[item.follows_id]
        depth += 1
    return depth


def _finish_if_done(repos: Repos, practice: PracticeSessionRow) -> None:
    if all(i.answered_at is not None for i in practice.items):
        repos.practice.finish(practice)


def _ordered(practice: PracticeSessionRow) -> list[PracticeItem]:
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


def _view(practice: PracticeSessionRow) -> PracticeView:
    items = _ordered(practice)
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
        summary=_summary(items) if current is None else None,
    )


def _summary(items: list[PracticeItem]) -> PracticeSummary | None:
    """Means over the answers given (skipped ones count for nothing); None before any."""
    given = [i for i in items if i.feedback is not None and not i.skipped]
    if not given:
        return None
    dimensions: dict[str, int] = {}
    tips: dict[str, str] = {}
    # Every dimension any answer has: a spoken answer adds "delivery".
    names = dict.fromkeys(n for i in given if i.feedback for n in i.feedback["dimensions"])
    for name in names:
        scored = [
            (i.feedback["dimensions"][name], i)
            for i in given
            if i.feedback
            and name in i.feedback["dimensions"]
            and i.feedback["dimensions"][name].get("checked", True)
        ]
        if not scored:
            continue
        dimensions[name] = round(statistics.mean(d["score"] for d, _ in scored))
        worst, _ = min(scored, key=lambda pair: pair[0]["score"])
        if worst["tips"]:
            tips[name] = worst["tips"][0]
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
