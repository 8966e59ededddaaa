import json

from shortlist.core.answers.analyse import analyse_answer, follow_up, mark_times
from shortlist.core.answers.feedback_json import feedback_to_dict
from shortlist.core.answers.models import AnswerInput, TimedWord
from shortlist.core.answers.tokens import tokenise
from shortlist.core.models import CV, DateSpan, Line, Role, month_index
from shortlist.core.prep.interview import QuestionAnswer

QUESTION = "Tell me about a time you worked under pressure to meet a deadline."
STRONG = (
    "Last spring at a payments start-up, our card provider announced it would switch off "
    "its old API six weeks earlier than planned. I was the engineer responsible for the "
    "integration, so my job was to move 40,000 active cards to the new API without "
    "downtime. I mapped every call we made to the new endpoints, wrote a shim so both "
    "APIs could run side by side, and set up a dashboard in Grafana to compare responses. "
    "I migrated cards in batches of 2,000 each night and rolled back one batch when error "
    "rates rose. We finished four days before the cut-off with zero failed payments, and "
    "support tickets about cards fell from about 30 a week to 5."
)
WE_ANSWER = (
    "Last year we had a launch with a tight deadline. We set up daily meetings, we split "
    "the work and we tested everything together. I think the launch went well in the end."
)


def test_a_one_word_answer_scores_at_most_20() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer="Fine."))
    assert fb.overall <= 20
    assert fb.cap == 20


def test_an_off_topic_answer_scores_at_most_20() -> None:
    answer = (
        "I have been a software engineer for seven years, mostly in Python and Go. I enjoy "
        "backend work, which is why this role appeals to me, and I run a small meetup."
    )
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=answer, competency="pressure"))
    assert fb.overall <= 20
    assert fb.dimension("relevance").score == 0


def test_a_strong_star_answer_with_a_measured_result_scores_well() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=STRONG, competency="pressure"))
    assert fb.overall >= 85
    assert fb.measurable_result
    assert all(p.present for p in fb.star)


def test_the_same_input_gives_the_same_feedback() -> None:
    item = AnswerInput(question=QUESTION, answer=WE_ANSWER)
    assert analyse_answer(item) == analyse_answer(item)


def test_every_evidence_string_is_verbatim_in_the_answer() -> None:
    for answer in (STRONG, WE_ANSWER, "Um, so, like, we, like, did stuff, I guess."):
        fb = analyse_answer(AnswerInput(question=QUESTION, answer=answer))
        for dim in fb.dimensions:
            for quote in dim.evidence:
                assert quote in answer, (dim.name, quote)


def test_the_follow_up_quotes_we_when_ownership_is_weakest() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=WE_ANSWER, competency="pressure"))
    # No names or numbers at all: specificity is the weakest, and the follow-up quotes.
    assert fb.follow_up_target == "specificity"
    assert fb.follow_up == (
        "You said 'We set up daily meetings' - which tools, people or numbers, exactly?"
    )
    assert follow_up(fb, "ownership") == (
        "You said 'We set up daily meetings' - what was your part?"
    )
    assert follow_up(fb, "measurable_result") == (
        "You said 'I think the launch went well in the end' - what changed, in numbers?"
    )


def test_at_most_two_follow_ups_are_asked_and_follow_up_answers_are_analysed() -> None:
    first = analyse_answer(AnswerInput(question=QUESTION, answer=WE_ANSWER))
    assert first.follow_up is not None
    reply = "I set up the daily meetings myself and I wrote the test plan."
    second = analyse_answer(
        AnswerInput(
            question=first.follow_up,
            answer=reply,
            category="follow_up",
            follows=QuestionAnswer(QUESTION, WE_ANSWER),
            earlier_answers=(WE_ANSWER,),
        )
    )
    assert second.dimension("ownership").score == 100
    assert second.dimension("repetition").score == 100
    assert second.follow_up is not None
    third = analyse_answer(
        AnswerInput(question="And then?", answer=reply, follows=QuestionAnswer(QUESTION, WE_ANSWER),
                    follow_ups_asked=1)
    )  # fmt: skip
    assert third.follow_up is None


def test_a_figure_that_contradicts_round_one_is_flagged_quoting_both() -> None:
    round_one = (QuestionAnswer("Tell me about your team.", "I led a team of 6 engineers."),)
    answer = STRONG + " I did this while leading a team of nine."
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=answer, round_one=round_one))
    [clash] = fb.contradictions
    assert (clash.answer_quote, clash.other_quote, clash.source) == (
        "team of nine", "team of 6", "round_one"
    )  # fmt: skip
    assert fb.dimension("consistency").evidence == ("team of nine", "team of 6")


def _cv() -> CV:
    header = Line("Finance Manager, Acme Logistics, Jan 2020 - Dec 2023", 0)
    role = Role(
        title="Finance Manager",
        employer="Acme Logistics",
        span=DateSpan(month_index(2020, 1), month_index(2023, 12), False, "Jan 2020 - Dec 2023"),
        header=header,
        lines=(),
    )
    return CV(header.text, (), (role,), (), (), (), (), (), 48)


def test_a_date_and_a_title_that_contradict_the_cv_are_flagged() -> None:
    answer = (
        "When I joined Acme Logistics in 2018, the close took nine days. I was head of "
        "finance at Acme Logistics, so I rebuilt the accruals process and it fell to five."
    )
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=answer, cv=_cv()))
    kinds = [c.kind for c in fb.contradictions]
    assert kinds == ["date", "title"]
    assert all(c.other_quote == "Finance Manager, Acme Logistics, Jan 2020 - Dec 2023"
               for c in fb.contradictions)  # fmt: skip


def test_consistency_is_left_out_of_the_overall_when_there_is_nothing_to_check() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=STRONG))
    assert not fb.dimension("consistency").checked
    assert not fb.dimension("repetition").checked


def test_telling_the_same_story_again_is_repetition() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer=STRONG, earlier_answers=(STRONG,)))
    rep = fb.dimension("repetition")
    assert rep.score == 30
    assert all(quote in STRONG for quote in rep.evidence)


def test_timed_words_ride_along_without_changing_the_text_path() -> None:
    answer = "Um, I rang the supplier twice."
    timed = tuple(
        TimedWord(w, i * 0.5, i * 0.5 + 0.4)
        for i, w in enumerate(["um", "I", "rang", "the", "supplier", "twice"])
    )
    plain = analyse_answer(AnswerInput(question=QUESTION, answer=answer))
    heard = analyse_answer(AnswerInput(question=QUESTION, answer=answer, timed_words=timed))
    assert heard.overall == plain.overall and heard.dimensions == plain.dimensions
    assert mark_times(heard, tokenise(answer), heard.fillers[0]) == (0.0, 0.4)


def test_the_json_has_the_keys_other_tools_rely_on() -> None:
    fb = analyse_answer(AnswerInput(question=QUESTION, answer="Um, I think we, like, fixed it."))
    data = feedback_to_dict(fb)
    json.dumps(data)
    assert isinstance(data["overall"], int)
    assert set(data["star"]) == {"situation", "task", "action", "result"}
    assert isinstance(data["measurable_result"], bool)
    assert [f["text"] for f in data["fillers"]] == ["Um", "like"]
    assert [h["text"] for h in data["hedges"]] == ["I think"]
    assert isinstance(data["follow_up"], str)
    for dim in data["dimensions"].values():
        assert set(dim) >= {"score", "evidence", "tips"}


def test_the_follow_up_on_an_unmeasured_result_quotes_the_vague_outcome() -> None:
    from shortlist.core.answers.analyse import analyse_answer, follow_up
    from shortlist.core.answers.models import AnswerInput

    answer = (
        "So at Brightcart the ledger report was really slow. We had to fix it. "
        "I rewrote the queries and added indexes, and it went well."
    )
    fb = analyse_answer(AnswerInput("Tell me about a time you made a system faster.", answer))
    assert (
        follow_up(fb, "measurable_result") == "You said 'it went well' - what changed, in numbers?"
    )
