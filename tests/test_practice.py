"""Mock interviews through the workspace, on SQLite and PostgreSQL: questions from the
plan, feedback on each answer, follow-ups, drafts that survive, retries and trends."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from shortlist.workspace import (
    NotFound,
    PracticeView,
    Workspace,
    delete_job,
    get_practice,
    interview_plan,
    practice_history,
    practice_trends,
    retry_answer,
    save_draft,
    save_journal,
    skip_question,
    start_practice,
    submit_answer,
)

TODAY = dt.date(2025, 11, 6)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
STRONG = (
    "At Brightcart our payouts service failed every Friday under peak load, and 2,000 "
    "shops were paid late. I was asked to fix it within one quarter. I profiled the "
    "ledger queries, I rewrote the three slowest with the right indexes, and I moved the "
    "batch to a queue that retried failed payments. As a result late payouts fell from "
    "2,000 a week to 12, and the p95 of the ledger report went from 9 seconds to 700 ms."
)
WEAK = "We did some stuff on it, I guess, and it was fine."


def current(view: PracticeView) -> int:
    assert view.current_id is not None
    return view.current_id


def test_a_session_asks_planned_questions_one_at_a_time(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, round="second", length=5, seed=3)
    planned = {q.text for q in interview_plan(ws, job_id, round="second", seed=3).plan.questions}
    assert view.total == 5
    assert all(item.question in planned for item in view.items)
    assert view.current_id == view.items[0].id
    assert (view.answered, view.summary) == (0, None)


def test_an_answer_gets_feedback_and_a_follow_up_that_quotes_it(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=3)
    first = current(view)
    view = submit_answer(ws, view.id, first, WEAK, seconds_taken=40)
    answered = next(i for i in view.items if i.id == first)
    assert answered.feedback is not None
    assert answered.overall is not None and answered.overall <= 40
    follow = [i for i in view.items if i.follows_id == first]
    assert len(follow) == 1
    assert follow[0].depth == 1 and follow[0].category == "follow_up"
    assert view.current_id == follow[0].id
    assert follow[0].question == answered.feedback["follow_up"]


def test_a_question_gets_at_most_two_follow_ups(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=1)
    first = current(view)
    view = submit_answer(ws, view.id, first, WEAK)
    view = submit_answer(ws, view.id, current(view), WEAK)
    view = submit_answer(ws, view.id, current(view), WEAK)
    assert [i.depth for i in view.items] == [0, 1, 2]
    assert view.current_id is None
    assert view.finished_at is not None
    assert view.summary is not None


def test_a_typed_draft_survives_and_is_what_the_page_shows_again(
    ws: Workspace, job_id: int
) -> None:
    view = start_practice(ws, job_id, length=2)
    save_draft(ws, view.id, current(view), "At Brightcart our payouts")
    again = get_practice(ws, view.id)
    assert again.items[0].draft == "At Brightcart our payouts"
    assert again.items[0].answered is False


def test_an_empty_or_huge_answer_is_refused_and_the_huge_one_kept_as_draft(
    ws: Workspace, job_id: int
) -> None:
    view = start_practice(ws, job_id, length=2)
    item = current(view)
    with pytest.raises(ValueError, match=r"^write your answer first"):
        submit_answer(ws, view.id, item, "   ")
    huge = "word " * 5_000
    with pytest.raises(ValueError, match=r"^the answer is 24,999 characters.*kept as a draft"):
        submit_answer(ws, view.id, item, huge)
    kept = get_practice(ws, view.id).items[0]
    assert (kept.draft, kept.answered) == (huge, False)


def test_an_answered_question_cannot_be_answered_twice_but_can_be_retried(
    ws: Workspace, job_id: int
) -> None:
    view = start_practice(ws, job_id, length=1)
    first = current(view)
    view = submit_answer(ws, view.id, first, STRONG)
    with pytest.raises(ValueError, match=r"^this question is answered already"):
        submit_answer(ws, view.id, first, STRONG)
    view = retry_answer(ws, view.id, first)
    retry = next(i for i in view.items if i.retry_of_id == first)
    assert retry.question == view.items[0].question
    assert view.finished_at is None


def test_skipping_moves_on_and_counts_for_nothing(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=2)
    view = skip_question(ws, view.id, current(view))
    assert view.items[0].skipped and view.items[0].answered
    view = submit_answer(ws, view.id, view.items[1].id, STRONG)
    while view.current_id is not None:
        view = skip_question(ws, view.id, view.current_id)
    assert view.summary is not None
    strong = next(i for i in view.items if i.text == STRONG)
    assert view.summary.best_id == view.summary.weakest_id == strong.id


def test_the_summary_ranks_answers_and_names_three_things_to_work_on(
    ws: Workspace, job_id: int
) -> None:
    view = start_practice(ws, job_id, length=2)
    view = submit_answer(ws, view.id, current(view), STRONG)
    view = submit_answer(ws, view.id, current(view), WEAK)
    while view.current_id is not None:
        view = skip_question(ws, view.id, view.current_id)
    summary = view.summary
    assert summary is not None
    by_text = {i.text: i for i in view.items if i.text}
    assert summary.best_id == by_text[STRONG].id
    assert summary.weakest_id == by_text[WEAK].id
    assert 1 <= len(summary.work_on) <= 3
    scores = [score for _, score, _ in summary.work_on]
    assert scores == sorted(scores)
    assert all(tip for _, _, tip in summary.work_on)


def test_a_contradiction_with_round_one_is_flagged(ws: Workspace, job_id: int) -> None:
    save_journal(
        ws,
        job_id,
        1,
        date=TODAY - dt.timedelta(days=3),
        answers=[("Tell me about your team.", "I managed a team of 4 engineers at Brightcart.")],
    )
    view = start_practice(ws, job_id, round="second", length=1)
    view = submit_answer(
        ws, view.id, current(view), "At Brightcart I managed a team of 9 engineers for two years."
    )
    feedback = view.items[0].feedback
    assert feedback is not None
    assert any(c["source"] == "round_one" for c in feedback["contradictions"])


def test_history_and_trends_follow_the_sessions(ws: Workspace, job_id: int) -> None:
    for answer in (WEAK, STRONG):
        view = start_practice(ws, job_id, length=1)
        view = submit_answer(ws, view.id, current(view), answer)
        while view.current_id is not None:
            view = skip_question(ws, view.id, view.current_id)
    history = practice_history(ws)
    assert [h.finished for h in history] == [True, True]
    assert history[0].id > history[1].id
    overall = practice_trends(ws).series["overall"]
    assert len(overall) == 2
    assert overall[1].score > overall[0].score


def test_bad_session_settings_and_unknown_ids_are_refused(ws: Workspace, job_id: int) -> None:
    with pytest.raises(ValueError, match=r"^a session has 1 to 12 questions, not 0$"):
        start_practice(ws, job_id, length=0)
    with pytest.raises(ValueError, match=r"^give each answer between 30 seconds"):
        start_practice(ws, job_id, seconds=5)
    with pytest.raises(NotFound, match=r"^no practice session with id 42$"):
        get_practice(ws, 42)
    view = start_practice(ws, job_id, length=1)
    with pytest.raises(NotFound, match=r"^no question 999 in practice session"):
        submit_answer(ws, view.id, 999, STRONG)


def test_deleting_the_job_deletes_its_sessions(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=1)
    delete_job(ws, job_id)
    with pytest.raises(NotFound):
        get_practice(ws, view.id)


def test_a_retry_is_not_counted_as_another_question(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=1)
    first = current(view)
    view = submit_answer(ws, view.id, first, STRONG)
    view = retry_answer(ws, view.id, first)
    assert (view.answered, view.total) == (1, 1)


def test_an_unfinished_session_is_not_on_the_trend_yet(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=2)
    submit_answer(ws, view.id, current(view), STRONG)
    assert practice_trends(ws).series == {}


def test_sessions_are_dated_by_the_workspace_clock(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=1)
    assert view.created_at.date() == TODAY
