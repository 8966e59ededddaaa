from shortlist.core.answers.models import TimedWord
from shortlist.core.answers.tokens import align_timed_words, clause_around, sentences, tokenise


def test_every_token_is_a_verbatim_slice_of_the_text() -> None:
    text = "We cut costs by 30%, saving £86,000 in Q3. Didn't I- I say so?"
    for tok in tokenise(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenise("£86,000, 0.4%")] == ["£", "86,000", ",", "0.4", "%"]


def test_sentences_split_at_end_marks_not_inside_numbers() -> None:
    text = "Churn fell to 7.5% in May. We kept it there! Why? Because."
    tokens = tokenise(text)
    assert [s.text(text) for s in sentences(text, tokens)] == [
        "Churn fell to 7.5% in May.",
        "We kept it there!",
        "Why?",
        "Because.",
    ]


def test_timed_words_align_to_tokens_despite_a_missing_word() -> None:
    text = "I rang the supplier, um, twice."
    tokens = tokenise(text)
    heard = (
        TimedWord("I", 0.0, 0.2),
        TimedWord("rang", 0.2, 0.5),
        TimedWord("supplier", 0.6, 1.1),
        TimedWord("um", 1.2, 1.5),
        TimedWord("twice", 1.6, 2.0),
    )
    aligned = align_timed_words(tokens, heard)
    by_text = {t.text: aligned[t.index] for t in tokens}
    assert by_text == {"I": 0, "rang": 1, "the": None, "supplier": 2, ",": None, "um": 3,
                       "twice": 4, ".": None}  # fmt: skip


def test_clause_around_cuts_at_commas_and_long_runs() -> None:
    text = "After that, deployments were much calmer, and people stopped dreading Fridays."
    at = text.index("calmer")
    start, end = clause_around(text, at, at + 6)
    assert text[start:end] == "deployments were much calmer"
