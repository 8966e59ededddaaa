"""Questions for the user to ask: round and persona filters, posting quotes, stars, perks."""

from shortlist.core.models import Line, Posting, Section
from shortlist.core.prep.asks import is_perk_question, questions_to_ask, tailored_questions
from shortlist.core.prep.interview import AskQuestion, Persona, Round
from shortlist.data.banks import load_ask_bank


def posting(*sections: tuple[str, tuple[str, ...]]) -> Posting:
    return Posting(
        text="",
        title="Platform Engineer",
        company="Fernway",
        location=None,
        remote=None,
        salary=None,
        requirements=(),
        sections=tuple(
            Section(name, name.title(), tuple(Line(t, 0) for t in lines))
            for name, lines in sections
        ),
    )


NO_DUTIES = posting()
DUTIES = posting(
    (
        "responsibilities",
        (
            "* Share the on-call rota (one week in six, paid)",
            "* Lead the migration of our Postgres fleet to version 16.",
            "* 28 days' annual leave and health insurance",
            "* Fernway is an equal opportunities employer.",
            "* Tidy",
        ),
    ),
)


def ask(
    id: str,
    personas: tuple[Persona, ...] = ("hiring_manager",),
    rounds: tuple[Round, ...] = ("first", "second", "final"),
    text: str = "What is the team's biggest challenge this year?",
) -> AskQuestion:
    return AskQuestion(id, text, personas, rounds, "why")


BANK = (
    ask("hm-1"),
    ask("hm-2", rounds=("second",)),
    ask("peer-1", personas=("peer",)),
    ask("peer-2", personas=("peer",)),
    ask("rec-1", personas=("recruiter",), rounds=("first",)),
    ask("rec-perks", ("recruiter",), ("first",), "What does the benefits package include?"),
    # Mis-tagged on purpose: the word check must still keep it out of later rounds.
    ask("hm-leave", rounds=("second",), text="How much annual leave is there?"),
)


def ids(questions: tuple[AskQuestion, ...]) -> list[str]:
    return [q.id for q in questions]


def test_it_filters_the_bank_by_round_and_persona() -> None:
    assert ids(questions_to_ask(NO_DUTIES, "final", ["hiring_manager"], BANK)) == ["hm-1"]
    assert ids(questions_to_ask(NO_DUTIES, "first", ["peer"], BANK)) == ["peer-1", "peer-2"]


def test_it_takes_one_question_per_persona_in_turn() -> None:
    chosen = questions_to_ask(NO_DUTIES, "second", ["peer", "hiring_manager"], BANK)
    assert ids(chosen) == ["peer-1", "hm-1", "peer-2", "hm-2"]


def test_it_quotes_a_duty_from_the_posting_verbatim() -> None:
    (tailored,) = tailored_questions(DUTIES, "second", ["hiring_manager"])
    assert tailored.posting_quote == "Lead the migration of our Postgres fleet to version 16."
    assert tailored.text == (
        "The posting mentions 'Lead the migration of our Postgres fleet to version 16'; "
        "what would a great first 90 days look like on that?"
    )
    assert tailored.personas == ("hiring_manager",)
    assert tailored.rounds == ("second",)


def test_a_tailored_question_goes_to_each_persona_with_its_own_wording() -> None:
    first, second = tailored_questions(DUTIES, "second", ["skip_level", "peer"])
    assert first.text.startswith("The posting mentions 'Lead the migration")
    assert first.text.endswith("how does that fit the wider plan for next year?")
    assert second.posting_quote == "Share the on-call rota (one week in six, paid)"
    assert second.text.endswith("what does that involve day to day, and with whom?")


def test_perks_and_hiring_statements_are_never_quoted_as_duties() -> None:
    quotes = [q.posting_quote for q in tailored_questions(DUTIES, "first", ["peer"] * 5)]
    assert quotes == ["Lead the migration of our Postgres fleet to version 16."]


def test_prose_duties_are_quoted_by_the_sentence() -> None:
    prose = posting(
        (
            "responsibilities",
            (
                "You will join the Referrals team, which owns the services that move a",
                "referral to a clinic. You will build the new triage service.",
            ),
        )
    )
    quotes = [q.posting_quote for q in tailored_questions(prose, "second", ["peer", "panel"])]
    assert quotes == [
        "You will build the new triage service.",
        "You will join the Referrals team, which owns the services that move a referral to "
        "a clinic.",
    ]


def test_tailored_questions_come_first_then_the_bank() -> None:
    chosen = questions_to_ask(DUTIES, "final", ["hiring_manager"], BANK)
    assert ids(chosen) == ["posting-1", "hm-1"]


def test_starred_questions_come_first_in_the_users_order() -> None:
    chosen = questions_to_ask(
        NO_DUTIES, "second", ["peer", "hiring_manager"], BANK, starred=["hm-2", "peer-2"]
    )
    assert ids(chosen) == ["hm-2", "peer-2", "peer-1", "hm-1"]
    assert [q.starred for q in chosen] == [True, True, False, False]


def test_unknown_starred_ids_are_ignored_and_stars_survive_the_limit() -> None:
    chosen = questions_to_ask(
        NO_DUTIES, "second", ["peer"], BANK, starred=["gone", "hm-1", "hm-2"], limit=1
    )
    assert ids(chosen) == ["hm-1", "hm-2"]


def test_the_limit_caps_the_list() -> None:
    assert ids(
        questions_to_ask(NO_DUTIES, "second", ["peer", "hiring_manager"], BANK, limit=2)
    ) == [
        "peer-1",
        "hm-1",
    ]


def test_perks_are_offered_to_the_recruiter_in_the_first_round() -> None:
    chosen = questions_to_ask(NO_DUTIES, "first", ["recruiter"], BANK)
    assert ids(chosen) == ["rec-1", "rec-perks"]


def test_perks_never_appear_in_round_two_even_when_starred_or_mis_tagged() -> None:
    for round in ("second", "final"):
        chosen = questions_to_ask(
            NO_DUTIES,
            round,
            ["hiring_manager", "recruiter"],
            BANK,
            starred=["rec-perks", "hm-leave"],
        )
        assert not any(is_perk_question(q) for q in chosen)
        assert "hm-leave" not in ids(chosen)


def test_perks_stay_out_of_a_first_round_without_the_recruiter() -> None:
    bank = (ask("hm-bonus", text="Is there a bonus scheme?"),)
    assert questions_to_ask(NO_DUTIES, "first", ["hiring_manager"], bank) == ()


def test_no_personas_means_all_personas() -> None:
    chosen = questions_to_ask(NO_DUTIES, "final", [], BANK)
    assert ids(chosen) == ["hm-1", "peer-1", "peer-2"]


def test_the_shipped_bank_never_gives_perks_in_later_rounds() -> None:
    bank = load_ask_bank()
    personas: list[Persona] = ["recruiter", "hiring_manager", "skip_level", "peer", "panel"]
    for round in ("second", "final"):
        chosen = questions_to_ask(DUTIES, round, personas, bank, limit=100)
        assert chosen
        assert not any(is_perk_question(q) for q in chosen)


def test_the_shipped_bank_gives_a_full_list_for_every_round_and_persona() -> None:
    bank = load_ask_bank()
    rounds: list[Round] = ["first", "second", "final"]
    personas: list[Persona] = ["recruiter", "hiring_manager", "skip_level", "peer", "panel"]
    for round in rounds:
        for persona in personas:
            if persona == "skip_level" and round == "first":
                continue  # a skip-level manager joins from the second round
            assert len(questions_to_ask(NO_DUTIES, round, [persona], bank, limit=3)) == 3, (
                round,
                persona,
            )


def test_it_is_deterministic() -> None:
    bank = load_ask_bank()
    first = questions_to_ask(DUTIES, "second", ["hiring_manager", "peer"], bank, ["peer-surprise"])
    assert first == questions_to_ask(
        DUTIES, "second", ["hiring_manager", "peer"], bank, ["peer-surprise"]
    )
    assert first[0].id == "peer-surprise"
    assert len(first) == 8
