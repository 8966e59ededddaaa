"""Answering a practice session's questions: drafts kept as they are typed, feedback on
every answer, follow-ups that dig into the weakest part, skips and retries."""

from __future__ import annotations

import dataclasses

from shortlist.analyses import MAX_ANSWER_CHARS, analyse_posting
from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.feedback_json import stored_feedback
from shortlist.core.answers.models import AnswerInput
from shortlist.core.prep.interview import QuestionAnswer
from shortlist.core.prep.plan import ROUND_NUMBERS
from shortlist.speech.feedback import SpokenFeedback, add_spoken
from shortlist.storage import NewQuestion, PracticeAnswerRow, PracticeSessionRow, Repos
from shortlist.storage.tables import QUESTION_ID_CHARS
from shortlist.workspace.base import Workspace
from shortlist.workspace.budget import check_saved_text, cv_name, posting_name
from shortlist.workspace.cv_reading import read_cv, reading_of
from shortlist.workspace.journals import journal_entry_of, journal_view
from shortlist.workspace.practice import get_practice
from shortlist.workspace.practice_rows import depth_of, practice_row, question_row, root_of
from shortlist.workspace.practice_views import PracticeView

__all__ = [
    "MAX_ANSWER",
    "MAX_DRAFT",
    "MAX_FOLLOW_UPS",
    "check_seconds_taken",
    "record_answer",
    "retry_answer",
    "save_draft",
    "skip_question",
    "submit_answer",
]

#: Characters one answer may hold (one limit for the CLI's feedback and for practice).
MAX_ANSWER = MAX_ANSWER_CHARS
#: A draft may run longer than an answer: it is kept, never lost, whatever its length.
MAX_DRAFT = 200_000
MAX_FOLLOW_UPS = 2


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
    kept = stored_feedback(feedback)
    if spoken is not None:
        kept = add_spoken(kept, spoken)
    repos.practice.save_answer(
        item,
        text=answer,
        seconds_taken=seconds_taken,
        feedback=kept.to_dict(),
        overall=feedback.overall,
    )
    depth = depth_of(practice, item)
    if feedback.follow_up and depth < MAX_FOLLOW_UPS:
        repos.practice.add_question(
            practice,
            NewQuestion(
                position=item.position,
                question_id=f"{root_of(practice, item).question_id}:f{depth + 1}"[
                    :QUESTION_ID_CHARS
                ],
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


def _finish_if_done(repos: Repos, practice: PracticeSessionRow) -> None:
    if all(i.answered_at is not None for i in practice.items):
        repos.practice.finish(practice)


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
        for entry in (
            journal_entry_of(journal_view(job.id, row))
            for row in repos.prep.journals_for_job(job.id)
        )
        if entry.round_number < number
        for pair in entry.answers
        if pair.answer
    )
    root = root_of(practice, item)
    chain = {i.id for i in practice.items if root_of(practice, i).id == root.id}
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
        cv=read_cv(reading_of(repos, cv_row), ws.clock.today()) if cv_row is not None else None,
        round_one=round_one,
        earlier_answers=earlier,
        follows=QuestionAnswer(parent.question, parent.text) if parent is not None else None,
        # The analyser counts the follow-up being answered itself (``follows``).
        follow_ups_asked=max(0, depth_of(practice, item) - 1),
    )
