"""Cheap keyword checks that decide which (slower) regexes are worth running on a line.

Python's regex engine tries every branch of a long alternation at every character, and a
case-insensitive one several times slower still: about 10-50 microseconds a line each, too
much for a posting that must parse in about a millisecond. One Aho-Corasick pass over the
lower-cased line tells which families of words it holds; a family's regex runs only when
one of its words is there. Words are plain substrings, so a family may fire needlessly but
never miss: the regex still decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick

__all__ = ["Prefilter", "fold"]


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, so match offsets stay valid."""
    low = text.lower().replace("\u2019", "'")
    if len(low) == len(text):
        return low
    # A few characters lower-case to two ("İ" -> "i̇"); they stand as a space instead.
    odd = {ord(ch): " " for ch in set(text) if len(ch.lower()) != 1}
    return text.translate(odd).lower().replace("\u2019", "'")


class Prefilter:
    """Which families of words occur in a folded text, found in one pass."""

    def __init__(self, families: Mapping[str, Iterable[str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        words: dict[str, set[str]] = {}
        for family, family_words in families.items():
            for word in family_words:
                words.setdefault(word, set()).add(family)
        for word, names in words.items():
            self._automaton.add_word(word, frozenset(names))
        self._automaton.make_automaton()

    def __call__(self, folded: str) -> set[str]:
        found: set[str] = set()
        for _, names in self._automaton.iter(folded):
            found |= names
        return found
