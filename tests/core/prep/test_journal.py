"""Splitting pasted interview notes, the journal banner's round, and the weakest answer."""

import datetime as dt
from functools import partial

from tests.growth import LINEAR_AT_4X, growth

from shortlist.core.prep.interview import JournalEntry, QuestionAnswer
from shortlist.core.prep.journal import journal_due, split_notes, weakest_answer

QA = QuestionAnswer

# split_notes


def test_it_splits_q_and_a_labels() -> None:
    notes = (
        "Q: Why this role?\nA: I want to build data products.\nQ: Biggest weakness?\nA: Delegating."
    )
    assert split_notes(notes) == (
        QA("Why this role?", "I want to build data products."),
        QA("Biggest weakness?", "Delegating."),
    )


def test_it_splits_question_and_answer_labels_and_keeps_multi_line_answers() -> None:
    notes = (
        "Question 1: Tell me about a conflict.\n"
        "Answer: I disagreed with my lead about the schema.\n"
        "We settled it with a test on real data.\n"
        "Question 2: Why us?\n"
        "Answer: Your product."
    )
    assert split_notes(notes) == (
        QA(
            "Tell me about a conflict.",
            "I disagreed with my lead about the schema.\nWe settled it with a test on real data.",
        ),
        QA("Why us?", "Your product."),
    )


def test_it_splits_a_question_and_answer_on_one_line() -> None:
    assert split_notes("Q: Why us? A: Because of the product.") == (
        QA("Why us?", "Because of the product."),
    )


def test_it_splits_they_and_me_turns() -> None:
    notes = (
        "They: How do you prioritise?\nMe: By impact and urgency.\nThey: Why leave?\nMe: To grow."
    )
    assert split_notes(notes) == (
        QA("How do you prioritise?", "By impact and urgency."),
        QA("Why leave?", "To grow."),
    )


def test_it_splits_interviewer_lines_and_i_said() -> None:
    notes = "Interviewer: What went wrong on the launch?\nI said the dates slipped by two weeks."
    assert split_notes(notes) == (
        QA("What went wrong on the launch?", "the dates slipped by two weeks."),
    )


def test_it_splits_numbered_questions_with_answer_lines_and_bullets() -> None:
    notes = (
        "Interview with Sam, 3pm\n"
        "1. Why do you want this job?\n"
        "I love the product.\n"
        "And the team.\n"
        "2) Tell me about a time you failed\n"
        "- I missed a deadline\n"
        "- -5% churn that month\n"
    )
    assert split_notes(notes) == (
        QA("Why do you want this job?", "I love the product.\nAnd the team."),
        QA("Tell me about a time you failed", "I missed a deadline\n-5% churn that month"),
    )


def test_lines_ending_in_a_question_mark_start_questions() -> None:
    notes = (
        "Why this role?\nI said I want to lead a team.\n\nWhat is your notice period?\nOne month."
    )
    assert split_notes(notes) == (
        QA("Why this role?", "I want to lead a team."),
        QA("What is your notice period?", "One month."),
    )


def test_a_labelled_question_can_run_over_two_lines() -> None:
    notes = "Q: Tell me about a time\nyou had to deliver bad news?\nA: I told the client myself."
    assert split_notes(notes) == (
        QA("Tell me about a time you had to deliver bad news?", "I told the client myself."),
    )


def test_with_labelled_questions_a_question_mark_in_an_answer_stays_in_it() -> None:
    notes = "Q: How did you handle it?\nA: I asked: what would the customer want?\nThen I acted."
    assert split_notes(notes) == (
        QA("How did you handle it?", "I asked: what would the customer want?\nThen I acted."),
    )


def test_it_handles_windows_and_old_mac_line_endings() -> None:
    assert split_notes("Q: Why us?\r\nA: The mission.\r\rQ: Salary?\rA: 50k") == (
        QA("Why us?", "The mission."),
        QA("Salary?", "50k"),
    )


def test_it_keeps_unicode_words_verbatim() -> None:
    assert split_notes("Q: Warum möchten Sie wechseln?\nA: Ich möchte wachsen 🚀 – schnell.") == (
        QA("Warum möchten Sie wechseln?", "Ich möchte wachsen 🚀 – schnell."),
    )


def test_empty_or_blank_notes_give_no_pairs() -> None:
    assert split_notes("") == ()
    assert split_notes(" \n\n\t\r\n") == ()


def test_notes_with_no_question_give_no_pairs() -> None:
    assert split_notes("Met Sam and Priya.\nWent fine, I think.") == ()


def test_a_question_with_no_answer_keeps_an_empty_answer() -> None:
    assert split_notes("Q: Why us?\nQ: Why now?\nA: Timing.") == (
        QA("Why us?", ""),
        QA("Why now?", "Timing."),
    )


def test_very_long_notes_split_in_linear_time() -> None:
    block = "Q: Tell me about a time you led a team?\nA: " + "I led it well. " * 40 + "\n"
    notes = block * 5000  # about 3 MB
    # 4x the notes may take no more than LINEAR_AT_4X times the CPU time (quadratic: 16x).
    ratio = growth(partial(split_notes, block * 1250), partial(split_notes, notes))
    assert ratio < LINEAR_AT_4X, f"4x the notes took {ratio:.1f}x the time"
    pairs = split_notes(notes)
    assert len(pairs) == 5000
    assert pairs[-1].answer == ("I led it well. " * 40).strip()


def test_a_very_long_single_line_does_not_blow_up() -> None:
    line = "Q: " + "why " * 200_000 + "? A: " + "because " * 200_000
    (pair,) = split_notes(line)
    assert pair.question.endswith("why ?")
    assert pair.answer.startswith("because because")


# journal_due

ROUNDS = [(1, dt.date(2026, 3, 2)), (2, dt.date(2026, 3, 9)), (3, None)]


def test_it_asks_for_the_journal_of_an_interview_held_today() -> None:
    assert journal_due(ROUNDS, set(), dt.date(2026, 3, 9)) == 2


def test_it_asks_for_the_journal_of_an_interview_held_yesterday() -> None:
    assert journal_due(ROUNDS, set(), dt.date(2026, 3, 10)) == 2


def test_it_does_not_ask_two_days_later() -> None:
    assert journal_due(ROUNDS, set(), dt.date(2026, 3, 11)) is None


def test_it_does_not_ask_before_the_interview() -> None:
    assert journal_due(ROUNDS, set(), dt.date(2026, 3, 8)) is None


def test_it_does_not_ask_once_the_journal_is_written() -> None:
    assert journal_due(ROUNDS, {2}, dt.date(2026, 3, 9)) is None


def test_the_most_recent_round_wins_when_two_are_due() -> None:
    rounds = [(1, dt.date(2026, 3, 9)), (2, dt.date(2026, 3, 10))]
    assert journal_due(rounds, set(), dt.date(2026, 3, 10)) == 2
    assert journal_due(rounds, {2}, dt.date(2026, 3, 10)) == 1


def test_no_rounds_means_nothing_due() -> None:
    assert journal_due([], set(), dt.date(2026, 3, 10)) is None


# weakest_answer

ANSWERS = (
    QA("Why us?", "Because your product solves a problem I have had for years."),
    QA("Weakness?", "Delegating."),
    QA("Salary?", ""),
)


def test_the_answer_marked_worst_is_the_weakest() -> None:
    entry = JournalEntry(1, None, answers=ANSWERS, worst=0)
    assert weakest_answer(entry) == ANSWERS[0]


def test_without_a_mark_the_shortest_written_answer_is_the_weakest() -> None:
    entry = JournalEntry(1, None, answers=ANSWERS)
    assert weakest_answer(entry) == ANSWERS[1]


def test_a_worst_index_out_of_range_falls_back_to_the_shortest() -> None:
    entry = JournalEntry(1, None, answers=ANSWERS, worst=9)
    assert weakest_answer(entry) == ANSWERS[1]


def test_no_written_answer_means_no_weakest() -> None:
    assert weakest_answer(JournalEntry(1, None)) is None
    assert weakest_answer(JournalEntry(1, None, answers=(QA("Why us?", " "),))) is None
