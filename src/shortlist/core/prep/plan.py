"""One round's interview plan for one job: the items to prepare first, the likely
questions with the stories that answer them, questions to ask, and the logistics.

:func:`build_plan` only assembles: each part comes from its own module (questions.py,
stories.py, asks.py, logistics.py, journal.py), so each can be tested on its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from shortlist.core.models import CV, MatchReport, Posting, Status
from shortlist.core.prep.asks import questions_to_ask
from shortlist.core.prep.interview import (
    AskQuestion,
    BankQuestion,
    InterviewDetails,
    InterviewPlan,
    JournalEntry,
    Logistics,
    Persona,
    PrepItem,
    Round,
    Story,
)
from shortlist.core.prep.journal import weakest_answer
from shortlist.core.prep.logistics import plan_logistics
from shortlist.core.prep.questions import plan_questions
from shortlist.core.prep.stories import review_story
from shortlist.core.prep.story_fit import map_stories

__all__ = ["ROUND_NUMBERS", "build_plan", "prepare_first"]

#: The interview round each plan round prepares for, counted from 1 (final: the third,
#: unless more rounds were recorded; see :func:`round_number`).
ROUND_NUMBERS: dict[str, int] = {"first": 1, "second": 2, "final": 3}
MOST_FIRST_ITEMS = 3


def build_plan(
    *,
    posting: Posting,
    cv: CV,
    report: MatchReport,
    round: Round,
    personas: Sequence[Persona],
    bank: Sequence[BankQuestion],
    ask_bank: Sequence[AskQuestion],
    journal: Sequence[JournalEntry] = (),
    stories: Sequence[Story] = (),
    details: InterviewDetails | None = None,
    starred: Sequence[str] = (),
    seed: int = 0,
) -> InterviewPlan:
    """The plan for ``round`` with the interviewers ``personas``.

    ``journal`` holds the entries of earlier rounds (their answers are quoted back);
    ``stories`` the user's story bank; ``starred`` the ids of questions to ask the user
    starred, in their order.
    """
    details = details or InterviewDetails()
    earlier = [entry for entry in journal if entry.round_number < ROUND_NUMBERS[round]]
    questions = plan_questions(
        posting=posting,
        cv=cv,
        report=report,
        round=round,
        personas=personas,
        bank=bank,
        journal=earlier,
        task_expected=details.task_expected,
        task_brief=details.task_brief,
        seed=seed,
    )
    used_before = {
        story_id: entry.round_number for entry in earlier for story_id in entry.stories_used
    }
    story_map = map_stories(questions, stories, used_before)
    questions = tuple(
        dataclasses.replace(q, story_id=story_map.assignments.get(q.id)) for q in questions
    )
    return InterviewPlan(
        title=posting.title,
        company=posting.company,
        round=round,
        personas=tuple(personas),
        seed=seed,
        prepare_first=prepare_first(report, earlier, details),
        questions=questions,
        stories=story_map,
        reviews=tuple(review_story(story) for story in stories),
        to_ask=questions_to_ask(posting, round, personas, ask_bank, starred),
        logistics=_logistics(posting, details, round),
        details=details,
    )


def _logistics(posting: Posting, details: InterviewDetails, round: Round) -> Logistics:
    """The round's drafts and checklists, with what the posting says about the process."""
    return plan_logistics(
        details,
        title=posting.title,
        company=posting.company,
        round=round,
        from_posting=posting.logistics,
    )


def prepare_first(
    report: MatchReport, earlier: Sequence[JournalEntry], details: InterviewDetails
) -> tuple[PrepItem, ...]:
    """The 1-3 things to prepare before anything else: the must-have the match shows
    least of, the weakest answer of the last round, and the task if one is expected;
    further gaps fill the list when there is no journal or task."""
    gaps = [_gap_item(report, row_index) for row_index in _gap_rows(report)]
    items: list[PrepItem] = gaps[:1]
    if earlier:
        worst = weakest_answer(earlier[-1])
        if worst is not None:
            items.append(
                PrepItem(
                    kind="weak_answer",
                    title=f"A better answer to: {worst.question}",
                    detail=(
                        f"You felt this was your weakest answer in round "
                        f"{earlier[-1].round_number}. Expect it, or a question near it, "
                        "again: prepare a specific example with a measured result."
                    ),
                    quote=worst.answer or None,
                )
            )
    if details.task_expected:
        items.append(
            PrepItem(
                kind="task",
                title="The task or presentation",
                detail=(
                    "Read the brief literally, plan your time, and rehearse it aloud "
                    "at least once against a timer."
                ),
                quote=details.task_brief or None,
            )
        )
    items.extend(gaps[1:])
    return tuple(items[:MOST_FIRST_ITEMS])


def _gap_rows(report: MatchReport) -> list[int]:
    """Rows to close, most pressing first: missing must-haves, partial must-haves,
    then missing nice-to-haves."""
    order = [
        (Status.MISSING, True),
        (Status.PARTIAL, True),
        (Status.MISSING, False),
    ]
    picked: list[int] = []
    for status, must in order:
        picked.extend(
            i
            for i, row in enumerate(report.rows)
            if row.status is status and row.requirement.must_have is must
        )
    return picked


def _gap_item(report: MatchReport, index: int) -> PrepItem:
    row = report.rows[index]
    advice = {gap.requirement: gap.advice for gap in report.gaps}
    need = "must-have" if row.requirement.must_have else "nice-to-have"
    shown = "is missing from" if row.status is Status.MISSING else "is only partly shown by"
    return PrepItem(
        kind="gap",
        title=f"The doubt to close: {row.requirement.text}",
        detail=f"This {need} {shown} your CV. {advice.get(row.requirement.text, row.note)}",
        quote=row.requirement.text,
    )
