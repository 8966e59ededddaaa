"""The shipped question bank (src/shortlist/data/question_bank.json) as loaded."""

import re
from collections import Counter

from shortlist.core.prep.interview import COMPETENCIES, PERSONAS, ROUNDS, SENIORITIES
from shortlist.data.banks import load_question_bank

BANK = load_question_bank()
BANK_CATEGORIES = {"competency", "motivation", "forward", "practical", "task"}


def test_the_bank_loads_at_least_150_questions() -> None:
    assert len(BANK) >= 150


def test_every_competency_has_at_least_four_questions() -> None:
    counts = Counter(q.competency for q in BANK)
    assert {c: counts[c] for c in COMPETENCIES if counts[c] < 4} == {}


def test_every_persona_round_and_seniority_is_represented() -> None:
    assert {p for q in BANK for p in q.personas} == set(PERSONAS)
    assert {r for q in BANK for r in q.rounds} == set(ROUNDS)
    assert {s for q in BANK for s in q.seniorities} == set(SENIORITIES)


def test_every_persona_has_each_core_competency_in_some_round() -> None:
    for persona in PERSONAS:
        asked = {q.competency for q in BANK if persona in q.personas}
        assert set(COMPETENCIES) <= asked, persona


def test_ids_and_texts_are_unique() -> None:
    assert len({q.id for q in BANK}) == len(BANK)
    assert len({q.text.casefold() for q in BANK}) == len(BANK)


def test_the_only_placeholders_are_company_and_role() -> None:
    fields = [q.text for q in BANK] + [q.why for q in BANK] + [c for q in BANK for c in q.covers]
    placeholders = {p for text in fields for p in re.findall(r"\{[^}]*\}", text)}
    assert placeholders == {"{company}", "{role}"}


def test_categories_are_the_ones_a_bank_holds_and_competency_questions_name_one() -> None:
    assert {q.category for q in BANK} == BANK_CATEGORIES
    assert all((q.competency is not None) == (q.category == "competency") for q in BANK)


def test_each_question_says_why_and_two_to_four_points_of_a_strong_answer() -> None:
    assert [q.id for q in BANK if not 2 <= len(q.covers) <= 4] == []
    assert [q.id for q in BANK if len(q.why) < 20] == []


def test_practical_answers_are_short_and_behavioural_ones_longer() -> None:
    practical = [q.target_seconds for q in BANK if q.category == "practical"]
    behavioural = [q.target_seconds for q in BANK if q.category == "competency"]
    assert max(practical) <= 45
    assert min(behavioural) >= 120


def test_salary_notice_and_start_date_can_each_be_asked_in_a_second_round() -> None:
    for topic in ("salary", "notice", "start"):
        assert any(q.id.startswith(f"{topic}-") and "second" in q.rounds for q in BANK), topic
