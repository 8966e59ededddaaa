from shortlist.core.answers.fillers import find_disfluencies
from shortlist.core.answers.hedges import find_hedges, find_weak_opener
from shortlist.core.answers.tokens import sentences, tokenise


def _hedges(text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text)
    _, corrections = find_disfluencies(text, tokens, sentences(text, tokens))
    return [(m.kind, m.text) for m in find_hedges(text, tokens, corrections)]


def test_closed_list_hedges_are_found_in_order() -> None:
    text = "I think it worked, maybe. I guess I'd say it was sort of fine, hopefully."
    assert [t for _, t in _hedges(text)] == ["I think", "maybe", "I guess", "I'd say",
                                             "sort of", "hopefully"]  # fmt: skip


def test_kind_of_as_a_noun_phrase_and_narrated_thoughts_are_not_hedges() -> None:
    assert _hedges("What kind of tool? This sort of thing. I thought it would fail.") == []


def test_believe_in_is_a_value_not_a_hedge() -> None:
    assert _hedges("I believe in feedback. I believe it helped.") == [("hedge", "I believe")]


def test_an_apology_is_a_hedge_but_a_correcting_sorry_is_not() -> None:
    assert _hedges("I'm sorry, I'm not sure.") == [("apology", "I'm sorry"),
                                                   ("hedge", "I'm not sure")]  # fmt: skip
    assert _hedges("In May, no, sorry, in June.") == []


def test_a_weak_opener_is_quoted_to_the_end_of_its_clause() -> None:
    opener = find_weak_opener("Um, I can't really think of one, but once I rang a client.")
    assert opener is not None
    assert opener.text == "Um, I can't really think of one"
    assert find_weak_opener("Last year I rang a client.") is None
