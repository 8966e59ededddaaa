from shortlist.core.answers.fillers import find_disfluencies
from shortlist.core.answers.tokens import sentences, tokenise


def _found(text: str) -> tuple[list[str], list[str]]:
    tokens = tokenise(text)
    fillers, corrections = find_disfluencies(text, tokens, sentences(text, tokens))
    return [m.text for m in fillers], [m.text for m in corrections]


def test_like_as_a_verb_or_preposition_is_not_a_filler() -> None:
    text = (
        "I like SQL and I'd like to use it more. It looks like a spreadsheet, tools like "
        "Jira felt like overkill, and something like 20 people used it."
    )
    assert _found(text) == ([], [])


def test_like_as_a_filler_is_counted_each_time() -> None:
    text = (
        "It was, like, chaos. He was like, no way. Like, we had like 20 tickets, like really slow."
    )
    assert _found(text)[0] == ["like", "like", "Like", "like", "like"]


def test_sounds_basically_and_literally_always_count() -> None:
    assert _found("Um, so I, uh, basically literally rebuilt it. Er, erm.")[0] == [
        "Um", "uh", "basically", "literally", "Er", "erm"
    ]  # fmt: skip


def test_you_know_counts_only_when_parenthetical() -> None:
    assert _found("It was hard, you know, and you know what? Do you know Python?")[0] == [
        "you know"
    ]
    assert _found("Rejection is part of sales, you know.")[0] == ["you know"]


def test_i_mean_is_a_filler_unless_it_replaces_what_came_before() -> None:
    assert _found("I mean, it worked. That is what I mean by done.") == (["I mean"], [])
    assert _found("He left on the Friday, I mean, the Thursday.") == ([], ["I mean"])


def test_self_corrections_and_restarts_are_found() -> None:
    text = "In May, no, sorry, in June we we moved. I- I rang them, or rather emailed them."
    assert _found(text) == ([], ["no, sorry", "we we", "I- I", "or rather"])


def test_emphasis_is_not_a_restart() -> None:
    assert _found("It was very, very slow and that that was it.") == ([], [])


def test_a_mid_sentence_sorry_corrects_but_an_opening_sorry_does_not() -> None:
    assert _found("We moved it to the pan, sorry, to the oven.")[1] == ["sorry"]
    assert _found("Sorry, I can't think of one.")[1] == []
