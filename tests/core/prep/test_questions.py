"""The question planner (core/prep/questions.py) on real parsed CVs, postings and reports."""

import dataclasses
import datetime as dt
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from shortlist.analyses import analyse_cv, analyse_posting
from shortlist.core.match.matching import match_cv
from shortlist.core.models import CV, MatchReport, Posting, Status
from shortlist.core.prep.interview import (
    CORE_COMPETENCIES,
    JournalEntry,
    Persona,
    PlannedQuestion,
    QuestionAnswer,
    Round,
)
from shortlist.core.prep.questions import plan_questions, seniority_of
from shortlist.data import load_taxonomy
from shortlist.data.banks import load_question_bank

TODAY = dt.date(2026, 11, 1)
PAIRS = Path(__file__).resolve().parents[3] / "benchmarks" / "match_pairs"
BANK = load_question_bank()
BY_ID = {q.id: q for q in BANK}

JOURNAL = (
    JournalEntry(
        round_number=1,
        date=dt.date(2026, 10, 20),
        answers=(
            QuestionAnswer(
                "Tell me about a project you led.",
                "We moved the rota to a shared planner. It cut overtime by 30% in six months.",
            ),
            QuestionAnswer("Tell me about a disagreement.", "I talked to them and it was fine."),
            QuestionAnswer("Why us?", "I like how the team is run and we share values."),
        ),
        worst=1,
        forgot="the training I organised for new starters",
        unsatisfied="my answer about handling complaints",
    ),
)


@cache
def _pair(name: str) -> tuple[Posting, CV, MatchReport]:
    if name == "sample":
        folder = resources.files("shortlist").joinpath("samples")
        cv_text = folder.joinpath("cv.txt").read_text(encoding="utf-8")
        posting_text = folder.joinpath("posting.txt").read_text(encoding="utf-8")
    else:
        cv_text = (PAIRS / name / "cv.txt").read_text(encoding="utf-8")
        posting_text = (PAIRS / name / "posting.txt").read_text(encoding="utf-8")
    cv, posting = analyse_cv(cv_text, TODAY), analyse_posting(posting_text)
    return posting, cv, match_cv(cv, posting, load_taxonomy())


def _plan(
    name: str = "sample",
    round: Round = "second",
    personas: tuple[Persona, ...] = ("hiring_manager", "peer"),
    **options: object,
) -> tuple[PlannedQuestion, ...]:
    posting, cv, report = _pair(name)
    return plan_questions(
        posting=posting,
        cv=cv,
        report=report,
        round=round,
        personas=personas,
        bank=BANK,
        **options,  # type: ignore[arg-type]
    )


def _missing_must_haves(name: str) -> list[str]:
    _, _, report = _pair(name)
    return [
        r.requirement.text
        for r in report.rows
        if r.requirement.must_have and r.status is Status.MISSING
    ]


@pytest.mark.parametrize(("asked", "planned"), [(3, 12), (12, 12), (16, 16), (20, 20), (50, 20)])
def test_the_plan_size_is_the_count_asked_for_clamped_to_12_to_20(asked: int, planned: int) -> None:
    assert len(_plan(count=asked, journal=JOURNAL)) == planned


@pytest.mark.parametrize(
    "name", ["sample", "44-cad-technician-to-bridge-engineer", "34-shift-lead-to-restaurant-gm"]
)
def test_every_missing_must_have_gets_a_gap_probe_quoting_the_requirement(name: str) -> None:
    missing = _missing_must_haves(name)
    assert missing
    plan = _plan(name, round="first", personas=("recruiter", "hiring_manager"))
    probes = [q for q in plan if q.category == "gap_probe" and q.source_kind == "posting"]
    assert set(missing) <= {q.source_quote for q in probes}


def test_the_sample_cv_is_probed_on_kafka_honestly() -> None:
    (probe,) = [q for q in _plan() if q.source_quote == "Production experience with Apache Kafka"]
    assert probe.text == (
        'This role needs "Production experience with Apache Kafka". Your CV does not show it: '
        "how would you get up to speed, and what have you done that comes closest?"
    )


def test_a_partial_must_have_probe_says_what_the_cv_shows() -> None:
    _, _, report = _pair("sample")
    aws = next(
        r for r in report.rows if r.requirement.text == "3+ years of hands-on experience with AWS"
    )
    assert aws.status is Status.PARTIAL
    plan = _plan(round="first", personas=("hiring_manager",), count=20)
    (probe,) = [q for q in plan if q.source_quote == aws.requirement.text]
    assert aws.note in probe.text


def test_deep_dives_quote_a_line_that_appears_verbatim_in_the_cv() -> None:
    _, cv, _ = _pair("sample")
    dives = [q for q in _plan(count=20) if q.category == "deep_dive"]
    assert dives
    for q in dives:
        assert q.source_kind == "cv"
        assert q.source_quote and q.source_quote in cv.text
        assert any(ch.isdigit() for ch in q.source_quote)


def test_a_deep_dive_asks_how_a_before_and_after_was_reached() -> None:
    line = "Cut the nightly load from 5 hours to 70 minutes by batching inserts."
    texts = {q.text for seed in range(6) for q in _plan(seed=seed, count=20)}
    assert (
        'Your CV says "Cut the nightly load from 5 hours to 70 minutes by batching inserts". '
        "Walk me through it: what was your part, and how did you get from 5 hours to 70 minutes?"
    ) in texts
    assert line in _pair("sample")[1].text


def test_a_deep_dive_asks_how_a_percentage_was_reached() -> None:
    texts = [q.text for q in _plan("25-warehouse-operative-nights", count=20)]
    assert (
        'Your CV says "Pick and load 300+ cases an hour with RF guns; accuracy 99.8% over 2025". '
        "Walk me through it: what was your part, and how did you get to 99.8%?"
    ) in texts


def test_second_round_follow_ups_quote_the_journal_answers_verbatim() -> None:
    answers = [qa.answer for qa in JOURNAL[0].answers]
    quoted = [
        q
        for q in _plan(journal=JOURNAL, count=20)
        if q.id.startswith("r1:") and q.text.startswith("Last time you said")
    ]
    assert quoted
    for q in quoted:
        assert q.category == "follow_up" and q.source_kind == "round_one"
        assert any(q.source_quote and q.source_quote in a for a in answers)


def test_a_numbered_claim_from_round_one_is_asked_how_it_was_measured() -> None:
    texts = [q.text for q in _plan(journal=JOURNAL)]
    assert (
        'Last time you said "It cut overtime by 30% in six months": '
        "walk me through how you measured it." in texts
    )


def test_the_worst_answered_question_comes_back_in_the_second_round() -> None:
    (again,) = [
        q for q in _plan(journal=JOURNAL) if q.source_quote == "Tell me about a disagreement."
    ]
    assert again.category == "follow_up"
    assert again.text.startswith('Last time you were asked "Tell me about a disagreement".')


def test_forgot_and_unsatisfied_notes_each_produce_a_probe() -> None:
    quotes = {q.source_quote for q in _plan(journal=JOURNAL, count=20)}
    assert "the training I organised for new starters" in quotes
    assert "my answer about handling complaints" in quotes


def test_a_first_round_plan_has_no_follow_ups_even_with_a_journal() -> None:
    plan = _plan(round="first", journal=JOURNAL)
    assert [q.id for q in plan if q.category == "follow_up"] == []


def test_an_empty_journal_still_gives_a_full_second_round_plan() -> None:
    plan = _plan(journal=())
    assert len(plan) == 16
    assert [q for q in plan if q.category == "follow_up"] == []


def test_a_second_round_plan_asks_salary_and_notice() -> None:
    cases: list[tuple[Persona, ...]] = [("hiring_manager", "peer"), ("skip_level",), ("peer",)]
    for personas in cases:
        ids = [q.id for q in _plan(journal=JOURNAL, personas=personas)]
        assert any(i.startswith("salary-") for i in ids), personas
        assert any(i.startswith("notice-") for i in ids), personas


def test_a_second_round_plan_of_16_covers_the_six_core_competencies() -> None:
    for seed in range(5):
        plan = _plan(journal=JOURNAL, seed=seed, count=16)
        assert set(CORE_COMPETENCIES) <= {q.competency for q in plan}, seed


def test_a_skip_level_only_plan_has_no_peer_only_questions() -> None:
    for round in ("first", "second", "final"):
        plan = _plan(round=round, personas=("skip_level",), journal=JOURNAL, count=20)
        assert {q.persona for q in plan} == {"skip_level"}
        bank_ids = [q.id for q in plan if q.source_kind == "bank"]
        assert [i for i in bank_ids if BY_ID[i].personas == ("peer",)] == []


def test_bank_questions_are_asked_by_a_persona_they_are_tagged_with() -> None:
    plan = _plan(personas=("hiring_manager", "skip_level", "peer"), journal=JOURNAL, count=20)
    for q in plan:
        if q.source_kind == "bank" and q.category == "competency":
            assert q.persona in BY_ID[q.id].personas, q.id


def test_with_several_personas_each_asks_several_questions() -> None:
    plan = _plan(personas=("hiring_manager", "skip_level", "peer"), journal=JOURNAL)
    counts = Counter(q.persona for q in plan)
    assert set(counts) == {"hiring_manager", "skip_level", "peer"}
    assert min(counts.values()) >= 3


def test_later_rounds_draw_on_questions_tagged_for_later_rounds() -> None:
    plan = _plan(round="final", personas=("hiring_manager", "skip_level"), journal=JOURNAL)
    bank = [BY_ID[q.id] for q in plan if q.source_kind == "bank" and q.category == "competency"]
    assert bank and all("final" in q.rounds for q in bank)


def test_the_same_seed_gives_the_same_plan() -> None:
    assert _plan(journal=JOURNAL, seed=7) == _plan(journal=JOURNAL, seed=7)


def test_different_seeds_choose_different_bank_questions() -> None:
    plans = {tuple(q.id for q in _plan(journal=JOURNAL, seed=seed)) for seed in range(4)}
    assert len(plans) == 4


@pytest.mark.parametrize(
    "name",
    ["sample", "09-icu-rn-strong", "25-warehouse-operative-nights", "12-maths-teacher-strong"],
)
def test_no_id_or_text_repeats_in_a_plan(name: str) -> None:
    for round in ("first", "second", "final"):
        for seed in range(3):
            plan = _plan(name, round=round, journal=JOURNAL, seed=seed, count=20)
            assert len({q.id for q in plan}) == len(plan)
            assert len({q.text for q in plan}) == len(plan)


def test_no_two_bank_questions_share_a_competency_and_persona() -> None:
    plan = _plan(personas=("hiring_manager", "peer", "skip_level"), journal=JOURNAL, count=20)
    pairs = [(q.competency, q.persona) for q in plan if q.source_kind == "bank" and q.competency]
    assert len(pairs) == len(set(pairs))


JARGON = ("software", "code", "deploy", "sprint", "api", "stack", "bug", "server", "database")


@pytest.mark.parametrize(
    "name", ["09-icu-rn-strong", "25-warehouse-operative-nights", "27-hgv-class2-to-class1"]
)
def test_nurse_warehouse_and_driver_plans_need_no_software_jargon(name: str) -> None:
    for round in ("first", "second"):
        plan = _plan(name, round=round, journal=JOURNAL)
        assert 12 <= len(plan) <= 20
        asked = " ".join(q.text.lower() for q in plan if q.source_kind == "bank")
        assert [w for w in JARGON if f" {w}" in asked] == []


def test_the_company_placeholder_is_filled_with_the_posting_company() -> None:
    plan = _plan(round="first", personas=("recruiter", "hiring_manager"), seed=0, count=20)
    texts = " ".join(q.text + " ".join(q.covers) for q in plan)
    assert "{company}" not in texts and "{role}" not in texts
    assert "Northwind Health" in texts


def test_an_unknown_company_and_title_read_as_this_company_and_this_role() -> None:
    posting, cv, report = _pair("sample")
    anonymous = dataclasses.replace(posting, company=None, title=None)
    texts = [
        q.text
        for seed in range(6)
        for q in plan_questions(
            posting=anonymous,
            cv=cv,
            report=report,
            round="first",
            personas=("recruiter",),
            bank=BANK,
            seed=seed,
            count=20,
        )
    ]
    assert any("this company" in t for t in texts)
    assert any("this role" in t for t in texts)
    assert not any("{" in t for t in texts)


def test_the_task_question_quotes_the_brief_and_comes_last() -> None:
    brief = "Prepare a ten-minute talk on a service you improved."
    plan = _plan(task_expected=True, task_brief=brief)
    assert plan[-1].category == "task"
    assert plan[-1].source_quote == brief
    assert _plan(task_expected=False)[-1].category != "task"


def test_a_task_without_a_brief_comes_from_the_bank() -> None:
    last = _plan(task_expected=True)[-1]
    assert last.category == "task" and last.source_kind == "bank" and last.source_quote is None


def test_the_plan_runs_from_motivation_through_competencies_to_practical() -> None:
    order = ["motivation", "competency", "gap_probe", "forward", "practical"]
    plan = _plan(round="first", personas=("recruiter", "hiring_manager"), count=20)
    seen = [
        order.index(q.category) for q in plan if q.category in order and q.category != "deep_dive"
    ]
    assert seen == sorted(seen)
    assert plan[0].category == "motivation"


def test_answer_lengths_suit_the_kind_of_question() -> None:
    for q in _plan(round="first", personas=("recruiter", "hiring_manager"), count=20):
        if q.category == "practical":
            assert q.target_seconds <= 45
        if q.category in ("competency", "deep_dive", "follow_up"):
            assert 120 <= q.target_seconds <= 180
        assert q.why and 2 <= len(q.covers) <= 4


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("07-junior-analyst-overqualified", "junior"),
        ("15-senior-accountant-cpa", "senior"),
        ("26-warehouse-ops-manager-sap", "lead"),
        ("43-teaching-assistant-to-head-of-science", "lead"),
    ],
)
def test_seniority_comes_from_the_posting_title(name: str, level: str) -> None:
    posting, cv, _ = _pair(name)
    assert seniority_of(posting, cv) == level


def test_a_staff_nurse_is_not_read_as_a_senior_hire_but_a_staff_engineer_is() -> None:
    posting, cv, _ = _pair("10-overseas-nurse-nmc-pending")
    bare = dataclasses.replace(posting, requirements=())
    short = dataclasses.replace(cv, total_months=40)
    assert seniority_of(dataclasses.replace(bare, title="Staff Nurse"), short) == "mid"
    assert seniority_of(dataclasses.replace(bare, title="Staff Engineer"), short) == "senior"


def test_without_title_words_seniority_follows_the_years_asked_else_is_mid() -> None:
    posting, cv, _ = _pair("sample")
    untitled = dataclasses.replace(posting, title="Backend Engineer")
    assert seniority_of(untitled, cv) == "senior"  # 5+ years asked
    bare = dataclasses.replace(untitled, requirements=())
    assert seniority_of(bare, dataclasses.replace(cv, total_months=14)) == "junior"
    assert seniority_of(bare, dataclasses.replace(cv, total_months=40)) == "mid"
    # A long career does not make a posting with no level a senior interview.
    assert seniority_of(bare, dataclasses.replace(cv, total_months=160)) == "mid"


def test_a_deep_dive_figure_leaves_out_the_full_stop_after_it() -> None:
    from shortlist.core.prep.question_sources import _figure

    assert _figure("- Deploys went from 40 minutes to 6.") == (0, "from 40 minutes to 6")
    assert _figure("- Cut costs by £1.2m, in a year.") == (2, "£1.2m")
