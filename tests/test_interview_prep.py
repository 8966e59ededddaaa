"""Interview preparation through the workspace: stories, round journals, plan choices,
the plan built from them, its calendar and its prep pack; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from shortlist.workspace import (
    NotFound,
    Workspace,
    add_job,
    add_story,
    delete_job,
    delete_story,
    get_journal,
    interview_plan,
    journals_due,
    move_asked,
    plan_calendar,
    plan_choices,
    prep_pack_markdown,
    prep_pack_pdf,
    save_journal,
    save_plan_choices,
    set_job_status,
    split_journal_notes,
    star_asked,
    story_bank,
    update_story,
)

TODAY = dt.date(2025, 11, 6)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
ROUND_ONE_ANSWER = "I cut the monthly AWS bill by 22% by moving batch jobs to spot instances."
STORY = {
    "title": "The payouts outage",
    "situation": "Payouts to 30,000 small businesses stopped on a Friday evening.",
    "task": "I was on call and had to get money moving again before Monday.",
    "action": (
        "I traced the failure to a lock on the ledger table, wrote a fix, had it reviewed, "
        "and I ran the backlog in batches while watching the error rate."
    ),
    "result": (
        "Every payout landed by Saturday noon, and we cut recovery time from 9 hours to 40 minutes."
    ),
    "tags": ["pressure", "failure"],
}


def require_poppler() -> None:
    """pdftoppm and pdftotext: a failure under CI (`.ci/run` installs them), else a skip."""
    if shutil.which("pdftoppm") and shutil.which("pdftotext"):
        return
    reason = "poppler-utils (pdftoppm, pdftotext) is not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


# stories


def test_a_story_is_kept_with_its_checks_and_fills_the_grid(ws: Workspace) -> None:
    story = add_story(ws, **STORY)  # type: ignore[arg-type]
    bank = story_bank(ws)
    assert [s.title for s in bank.stories] == ["The payouts outage"]
    assert bank.coverage["pressure"] == (story.id,)
    assert bank.coverage["failure"] == (story.id,)
    assert "leadership" in bank.uncovered
    measurable = next(f for f in story.findings if f.check == "measurable")
    assert measurable.ok
    assert all(q in STORY["result"] for q in measurable.quotes)


def test_a_story_without_a_title_or_with_a_huge_part_is_refused_and_nothing_is_kept(
    ws: Workspace,
) -> None:
    with pytest.raises(ValueError, match=r"^give the story a short title"):
        add_story(ws, title="  ", action="I did it.")
    with pytest.raises(ValueError, match=r"^write at least one part of the story"):
        add_story(ws, title="Empty")
    with pytest.raises(ValueError, match=r"^the action is 20,000 characters, more than the 10,000"):
        add_story(ws, title="Long", action="x" * 20_000)
    assert story_bank(ws).stories == ()


def test_a_story_can_be_edited_and_deleted(ws: Workspace) -> None:
    story = add_story(ws, **STORY)  # type: ignore[arg-type]
    edited = update_story(ws, story.id, title="Renamed", action="We fixed it.", tags=["Conflict"])
    assert (edited.title, edited.tags, edited.situation) == ("Renamed", ("conflict",), "")
    delete_story(ws, story.id)
    with pytest.raises(NotFound, match=f"^no story with id {story.id}$"):
        update_story(ws, story.id, title="Gone", action="x")


# journals


def test_a_journal_is_saved_for_its_round_and_read_back(ws: Workspace, job_id: int) -> None:
    saved = save_journal(
        ws,
        job_id,
        1,
        date=dt.date(2025, 11, 4),
        interviewers=[("Priya Shah", "Engineering manager"), ("", "")],
        answers=[("Tell me about a cost saving.", ROUND_ONE_ANSWER), ("Why us?", "")],
        worst=1,
        forgot="The on-call rota I designed.",
    )
    assert saved.interviewers == ({"name": "Priya Shah", "role": "Engineering manager"},)
    read = get_journal(ws, job_id, 1)
    assert read.answers[0] == {
        "question": "Tell me about a cost saving.",
        "answer": ROUND_ONE_ANSWER,
    }
    assert (read.worst, read.date, read.forgot) == (1, dt.date(2025, 11, 4), saved.forgot)


def test_an_unwritten_journal_reads_as_empty(ws: Workspace, job_id: int) -> None:
    journal = get_journal(ws, job_id, 1)
    assert (journal.answers, journal.updated_at) == ((), None)


def test_a_journal_refuses_a_worst_answer_that_is_not_there_and_unknown_stories(
    ws: Workspace, job_id: int
) -> None:
    with pytest.raises(ValueError, match=r"^the answer marked as the worst is not one"):
        save_journal(ws, job_id, 1, answers=[("Q?", "A")], worst=3)
    with pytest.raises(ValueError, match=r"^no story with id 99 in your story bank$"):
        save_journal(ws, job_id, 1, answers=[("Q?", "A")], stories_used=[99])
    with pytest.raises(ValueError, match=r"^an answer is 20,000 characters"):
        save_journal(ws, job_id, 1, answers=[("Q?", "a" * 20_000)])
    assert get_journal(ws, job_id, 1).updated_at is None


def test_pasted_notes_split_into_questions_and_answers(ws: Workspace) -> None:
    notes = "Q: Why do you want this job?\nA: The payments work.\nQ: Salary?\nA: 70k."
    assert split_journal_notes(notes) == [
        ("Why do you want this job?", "The payments work."),
        ("Salary?", "70k."),
    ]
    with pytest.raises(ValueError, match=r"^paste your notes first"):
        split_journal_notes("   ")
    with pytest.raises(ValueError, match=r"^the notes are 200,001 characters"):
        split_journal_notes("x" * 200_001)


def test_the_banner_asks_for_a_journal_the_day_after_a_round_until_it_is_written(
    ws: Workspace, job_id: int
) -> None:
    set_job_status(ws, job_id, "interviewing", 1, TODAY - dt.timedelta(days=1))
    due = journals_due(ws)
    assert [(d.job_id, d.round_number) for d in due] == [(job_id, 1)]
    save_journal(ws, job_id, 1, answers=[("Why us?", "Payments.")])
    assert journals_due(ws) == []


def test_no_banner_for_a_round_a_week_ago(ws: Workspace, job_id: int) -> None:
    set_job_status(ws, job_id, "interviewing", 1, TODAY - dt.timedelta(days=7))
    assert journals_due(ws) == []


# plan choices and the plan


def test_a_new_job_plans_the_first_round_and_after_round_one_the_second(
    ws: Workspace, job_id: int
) -> None:
    assert plan_choices(ws, job_id).round == "first"
    set_job_status(ws, job_id, "interviewing", 1, TODAY - dt.timedelta(days=2))
    choices = plan_choices(ws, job_id)
    assert (choices.round, choices.round_number, choices.saved) == ("second", 2, False)
    assert choices.personas == ("hiring_manager", "skip_level", "peer")


def test_plan_choices_are_saved_and_the_date_lands_on_the_round(ws: Workspace, job_id: int) -> None:
    saved = save_plan_choices(
        ws,
        job_id,
        round="second",
        personas=["skip_level", "peer"],
        date=dt.date(2025, 11, 12),
        time="14:30",
        duration_minutes=45,
        format="remote",
        interviewers=[("Sam Okafor", "VP Engineering")],
        salary_expectation="£85-90k",
    )
    assert (saved.round, saved.personas, saved.date, saved.time) == (
        "second",
        ("skip_level", "peer"),
        dt.date(2025, 11, 12),
        "14:30",
    )
    plan = interview_plan(ws, job_id).plan
    assert {q.persona for q in plan.questions} <= {"skip_level", "peer"}
    numbers = dict(plan.logistics.know_your_numbers)
    assert "£85-90k" in numbers.values()
    # Ten working days after Wednesday 12 November 2025.
    assert plan.logistics.follow_up_date == dt.date(2025, 11, 26)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"round": "third"}, "^unknown round 'third'"),
        ({"personas": []}, "^choose at least one interviewer"),
        ({"personas": ["ceo"]}, "^unknown interviewer 'ceo'"),
        ({"time": "2pm"}, "^give the time as HH:MM"),
        ({"duration_minutes": 1000}, "^an interview lasts between 5 and 480 minutes$"),
        ({"format": "carrier pigeon"}, "^unknown format 'carrier pigeon'"),
        ({"salary_expectation": "9" * 300}, "^salary expectation is longer than 200"),
    ],
)
def test_bad_plan_choices_are_refused_with_what_to_fix(
    ws: Workspace, job_id: int, change: dict[str, object], message: str
) -> None:
    values: dict[str, object] = {"round": "second", "personas": ["peer"], **change}
    with pytest.raises(ValueError, match=message):
        save_plan_choices(ws, job_id, **values)  # type: ignore[arg-type]
    assert plan_choices(ws, job_id).saved is False


def test_the_second_round_plan_quotes_the_round_one_answer_and_maps_stories(
    ws: Workspace, job_id: int
) -> None:
    story = add_story(ws, **STORY)  # type: ignore[arg-type]
    save_journal(
        ws,
        job_id,
        1,
        date=TODAY - dt.timedelta(days=3),
        answers=[("Tell me about a cost saving.", ROUND_ONE_ANSWER)],
        stories_used=[story.id],
    )
    view = interview_plan(ws, job_id, round="second")
    plan = view.plan
    assert 12 <= len(plan.questions) <= 20
    follow_ups = [q for q in plan.questions if q.source_kind == "round_one"]
    assert follow_ups
    assert all(q.source_quote and q.source_quote in ROUND_ONE_ANSWER for q in follow_ups)
    kafka = [q for q in plan.questions if q.category == "gap_probe"]
    assert any(q.source_quote == "Production experience with Apache Kafka" for q in kafka)
    # The story was told in round one: reusing it is flagged.
    assert any(w.kind == "used_before" for w in plan.stories.warnings) == any(
        q.story_id == story.id for q in plan.questions
    )
    assert view.story_titles == {story.id: story.title}
    assert plan.prepare_first[0].kind == "gap"


def test_the_plan_is_deterministic_for_a_seed_and_another_seed_changes_it(
    ws: Workspace, job_id: int
) -> None:
    first = interview_plan(ws, job_id, round="second", seed=1).plan.questions
    again = interview_plan(ws, job_id, round="second", seed=1).plan.questions
    other = interview_plan(ws, job_id, round="second", seed=2).plan.questions
    assert first == again
    assert [q.text for q in first] != [q.text for q in other]


def test_a_plan_needs_a_cv(ws: Workspace) -> None:
    job = add_job(ws, text=POSTING_TEXT)
    with pytest.raises(NotFound, match=r"^there is no CV yet"):
        interview_plan(ws, job.id)


def test_questions_to_ask_are_starred_to_the_top_and_reordered(ws: Workspace, job_id: int) -> None:
    asks = interview_plan(ws, job_id).plan.to_ask
    first, second = asks[-1].id, asks[-2].id
    star_asked(ws, job_id, first, True)
    star_asked(ws, job_id, second, True)
    top = interview_plan(ws, job_id).plan.to_ask[:2]
    assert [(q.id, q.starred) for q in top] == [(first, True), (second, True)]
    move_asked(ws, job_id, second, "up")
    assert [q.id for q in interview_plan(ws, job_id).plan.to_ask[:2]] == [second, first]
    star_asked(ws, job_id, second, False)
    assert plan_choices(ws, job_id).starred_asks == (first,)
    with pytest.raises(NotFound, match=r"^no question to ask with id 'nope'$"):
        star_asked(ws, job_id, "nope", True)


def test_deleting_a_job_deletes_its_plan_and_journals(ws: Workspace, job_id: int) -> None:
    save_plan_choices(ws, job_id, round="second", personas=["peer"])
    save_journal(ws, job_id, 1, answers=[("Why us?", "Payments.")])
    delete_job(ws, job_id)
    with pytest.raises(NotFound):
        plan_choices(ws, job_id)


# calendar and prep pack


def test_the_calendar_holds_the_interview_and_the_follow_up(ws: Workspace, job_id: int) -> None:
    with pytest.raises(ValueError, match=r"^set the interview's date in the plan first"):
        plan_calendar(ws, job_id)
    save_plan_choices(
        ws, job_id, round="second", personas=["peer"], date=dt.date(2025, 11, 12), time="09:00"
    )
    ics = plan_calendar(ws, job_id)
    assert ics.startswith("BEGIN:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == 2
    assert "DTSTART:20251112T090000" in ics
    assert "DTSTART;VALUE=DATE:20251126" in ics


def test_the_markdown_pack_holds_every_part_of_the_plan(ws: Workspace, job_id: int) -> None:
    save_journal(ws, job_id, 1, answers=[("Tell me about a cost saving.", ROUND_ONE_ANSWER)])
    save_plan_choices(ws, job_id, round="second", personas=["hiring_manager"], task_expected=True)
    markdown = prep_pack_markdown(ws, job_id)
    plan = interview_plan(ws, job_id).plan
    assert markdown.startswith("# Prep pack: Senior Backend Engineer at Northwind Health\n")
    for heading in ("Prepare this first", "Questions to ask them", "Logistics"):
        assert f"\n## {heading}\n" in markdown
    assert f"\n## Likely questions ({len(plan.questions)})\n" in markdown
    assert all(q.text in markdown for q in plan.questions)
    assert ROUND_ONE_ANSWER in markdown
    assert "### The task" in markdown


def test_the_pdf_pack_renders_and_holds_the_questions(
    ws: Workspace, job_id: int, tmp_path: Path
) -> None:
    require_poppler()
    data = prep_pack_pdf(ws, job_id)
    assert data.startswith(b"%PDF-")
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    assert list(tmp_path.glob("page*.png"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Prep pack: Senior Backend Engineer at Northwind Health" in flat
    first_question = interview_plan(ws, job_id).plan.questions[0].text
    assert " ".join(first_question.split())[:40] in flat


def test_one_story_tagged_with_every_competency_is_not_six_distinct_stories(
    ws: Workspace,
) -> None:
    everything = {
        **STORY,
        "tags": ["leadership", "conflict", "failure", "pressure", "collaboration", "initiative"],
    }
    add_story(ws, **everything)  # type: ignore[arg-type]
    bank = story_bank(ws)
    assert (bank.uncovered, bank.distinct) == ((), 1)
