"""The shipped questions-to-ask bank (data/ask_questions.json): shape and tagging rules."""

from shortlist.core.prep.asks import is_perk_question
from shortlist.core.prep.interview import PERSONAS, ROUNDS
from shortlist.data.banks import load_ask_bank


def test_it_loads_at_least_45_questions_with_unique_ids() -> None:
    bank = load_ask_bank()
    assert len(bank) >= 45
    assert len({q.id for q in bank}) == len(bank)


def test_every_question_is_a_question_with_a_reason() -> None:
    for q in load_ask_bank():
        assert q.text.endswith("?"), q.id
        assert len(q.why.split()) >= 5, q.id


def test_perk_questions_are_for_the_recruiter_in_the_first_round_only() -> None:
    perks = [q for q in load_ask_bank() if is_perk_question(q)]
    assert {q.id for q in perks} == {"rec-benefits", "rec-holidays", "rec-learning-budget"}
    for q in perks:
        assert q.rounds == ("first",), q.id
        assert q.personas == ("recruiter",), q.id


def test_every_persona_and_round_has_questions() -> None:
    bank = load_ask_bank()
    for persona in PERSONAS:
        assert sum(persona in q.personas for q in bank) >= 5, persona
    for round in ROUNDS:
        assert sum(round in q.rounds for q in bank) >= 15, round


def test_it_covers_the_questions_a_candidate_should_have_ready() -> None:
    texts = " ".join(q.text.lower() for q in load_ask_bank())
    for phrase in (
        "biggest challenge this year",
        "first 90 days",
        "strategic priority",
        "performance measured",
        "next steps",
        "enjoy most",
    ):
        assert phrase in texts, phrase
