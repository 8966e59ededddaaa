"""The round journal: what was asked and answered in each interview round, kept per job."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from shortlist.core.prep.interview import Interviewer, JournalEntry, QuestionAnswer
from shortlist.core.prep.journal import journal_due, split_notes
from shortlist.storage import InterviewRoundRow, JournalFields, JournalRow, Repos
from shortlist.workspace.base import Workspace, cached, job_row, utc
from shortlist.workspace.prep_views import JournalDue, JournalView

__all__ = [
    "MAX_NOTES",
    "get_journal",
    "journals_due",
    "save_journal",
    "split_journal_notes",
]

#: Characters of pasted notes split at once: a long interview typed up in full is
#: about 30,000.
MAX_NOTES = 100_000
MAX_PAIRS = 60
MAX_QUESTION = 2_000
MAX_ANSWER = 10_000
MAX_FIELD = 10_000
MAX_INTERVIEWERS = 12
MAX_NAME = 200


def get_journal(ws: Workspace, job_id: int, round_number: int) -> JournalView:
    """Round ``round_number``'s journal of a job; an empty one if none was written yet."""
    _check_round(round_number)
    return cached(
        ws, ("journal", job_id, round_number), lambda repos: _find(repos, job_id, round_number)
    )


def _find(repos: Repos, job_id: int, number: int) -> JournalView:
    job = job_row(repos, job_id)
    found = next((r for r in job.rounds if r.number == number), None)
    row = repos.prep.journal(found.id) if found is not None else None
    if row is None:
        return JournalView(
            job.id, number, found.date if found else None, [], [], None, "", "", [], None
        )
    return journal_view(job.id, row)


def save_journal(
    ws: Workspace,
    job_id: int,
    round_number: int,
    *,
    date: dt.date | None = None,
    interviewers: Sequence[tuple[str, str]] = (),
    answers: Sequence[tuple[str, str]] = (),
    worst: int | None = None,
    forgot: str = "",
    unsatisfied: str = "",
    stories_used: Sequence[int] = (),
) -> JournalView:
    """Write round ``round_number``'s journal (the round is recorded if it was not)."""
    _check_round(round_number)
    people = [(n.strip(), r.strip()) for n, r in interviewers if n.strip() or r.strip()]
    pairs = [(q.strip(), a.strip()) for q, a in answers if q.strip() or a.strip()]
    _check_sizes(people, pairs, forgot, unsatisfied)
    if worst is not None and not 0 <= worst < len(pairs):
        raise ValueError("the answer marked as the worst is not one of the answers written")
    with ws.db.session() as session:
        repos = ws.repos(session)
        job = job_row(repos, job_id)
        known = {story.id for story in repos.prep.stories()}
        unknown = sorted(set(stories_used) - known)
        if unknown:
            raise ValueError(f"no story with id {unknown[0]} in your story bank")
        interview = repos.jobs.set_round(job, round_number, date)
        row = repos.prep.save_journal(
            interview.id,
            JournalFields(
                interviewers=[{"name": n, "role": r} for n, r in people],
                answers=[{"question": q, "answer": a} for q, a in pairs],
                worst=worst,
                forgot=forgot.strip(),
                unsatisfied=unsatisfied.strip(),
                stories_used=list(dict.fromkeys(stories_used)),
            ),
        )
        return journal_view(job.id, row)


def split_journal_notes(text: str) -> list[tuple[str, str]]:
    """Free-form notes split into (question, answer) pairs, for the user to review."""
    if len(text) > MAX_NOTES:
        raise ValueError(
            f"the notes are {len(text):,} characters; paste at most {MAX_NOTES:,} at a time"
        )
    if not text.strip():
        raise ValueError("paste your notes first: the questions asked and what you answered")
    pairs = split_notes(text)
    if not pairs:
        raise ValueError(
            "no questions found in the notes; put each question on its own line "
            "(ending with '?', or starting with 'Q:') and your answer under it"
        )
    return [(pair.question, pair.answer) for pair in pairs]


def journals_due(ws: Workspace) -> list[JournalDue]:
    """Rounds that took place today or yesterday and have no journal yet."""
    return list(cached(ws, ("journals-due",), lambda repos: _due(ws, repos)))


def _due(ws: Workspace, repos: Repos) -> tuple[JournalDue, ...]:
    today = ws.clock.today()
    journaled = repos.prep.journaled_round_ids()
    due = []
    for job in repos.jobs.all():
        number = journal_due(
            [(r.number, r.date) for r in job.rounds],
            {r.number for r in job.rounds if r.id in journaled},
            today,
        )
        if number is not None:
            day = next(r.date for r in job.rounds if r.number == number)
            assert day is not None
            due.append(JournalDue(job.id, job.title, job.company, number, day))
    return tuple(due)


def journal_entry_of(journal: JournalView) -> JournalEntry:
    """The core entry of a journal."""
    return JournalEntry(
        round_number=journal.round_number,
        date=journal.date,
        interviewers=tuple(Interviewer(i["name"], i.get("role", "")) for i in journal.interviewers),
        answers=tuple(QuestionAnswer(a["question"], a.get("answer", "")) for a in journal.answers),
        worst=journal.worst,
        forgot=journal.forgot,
        unsatisfied=journal.unsatisfied,
        stories_used=tuple(journal.stories_used),
    )


def journal_view(job_id: int, row: JournalRow) -> JournalView:
    interview: InterviewRoundRow = row.round
    return JournalView(
        job_id=job_id,
        round_number=interview.number,
        date=interview.date,
        interviewers=list(row.interviewers),
        answers=list(row.answers),
        worst=row.worst,
        forgot=row.forgot,
        unsatisfied=row.unsatisfied,
        stories_used=list(row.stories_used),
        updated_at=utc(row.updated_at),
    )


def _check_round(number: int) -> None:
    if number < 1:
        raise ValueError(f"interview rounds count from 1, not {number}")


def _check_sizes(
    people: list[tuple[str, str]], pairs: list[tuple[str, str]], forgot: str, unsatisfied: str
) -> None:
    if len(people) > MAX_INTERVIEWERS:
        raise ValueError(f"note at most {MAX_INTERVIEWERS} interviewers per round")
    if any(len(n) > MAX_NAME or len(r) > MAX_NAME for n, r in people):
        raise ValueError(f"an interviewer's name or role is longer than {MAX_NAME} characters")
    if len(pairs) > MAX_PAIRS:
        raise ValueError(f"a journal holds at most {MAX_PAIRS} questions per round")
    for question, answer in pairs:
        if len(question) > MAX_QUESTION:
            raise ValueError(f"a question is longer than {MAX_QUESTION:,} characters")
        if len(answer) > MAX_ANSWER:
            raise ValueError(
                f"an answer is {len(answer):,} characters, more than the {MAX_ANSWER:,} "
                "a journal answer may hold; keep the gist in your own words"
            )
    if len(forgot) > MAX_FIELD or len(unsatisfied) > MAX_FIELD:
        raise ValueError(f"a note is longer than {MAX_FIELD:,} characters")
