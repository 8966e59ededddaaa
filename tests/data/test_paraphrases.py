"""data/paraphrases.tsv is well-formed: every group names the professions it was taken
from, no phrase stands for two ideas, and the longest phrase wins where phrases overlap."""

from __future__ import annotations

from collections import Counter
from importlib import resources

from shortlist.core.taxonomy.paraphrases import Paraphrases
from shortlist.data import load_taxonomy

ROWS = [
    line.split("\t")
    for line in resources.files("shortlist.data")
    .joinpath("paraphrases.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
][1:]


def test_every_group_has_professions_and_phrases() -> None:
    assert ROWS
    for group, professions, phrases in ROWS:
        assert group.isidentifier(), group
        assert professions.strip(), group
        assert all(p == p.strip() and p for p in phrases.split("|")), group


def test_no_phrase_stands_for_two_ideas() -> None:
    counts = Counter(p.casefold() for _, _, phrases in ROWS for p in phrases.split("|"))
    assert [p for p, n in counts.items() if n > 1] == []


def test_the_taxonomy_carries_the_table() -> None:
    assert set(load_taxonomy().paraphrases.groups) == {group for group, _, _ in ROWS}


def test_the_longest_phrase_wins() -> None:
    table = Paraphrases({"juniors": ["junior staff"], "people": ["staff"]})
    assert table.find("Mentored junior staff")[0] == {"@juniors"}
    assert table.find("Mentored the staff")[0] == {"@people"}
