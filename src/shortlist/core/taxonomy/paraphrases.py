"""Ways people describe the same work (data/paraphrases.tsv, issue #12).

Each group's phrases stand for one idea: "Preceptor to 11 newly qualified nurses" and
"teach, mentor and assess junior staff" both hold *mentoring* and *juniors*. The word
overlap that judges rows no skill decides (core/match/overlap.py) compares the ideas a
text holds as well as its words, so the same work in other words counts, and the CV
line is still what is quoted. Pure: the table is read by shortlist.data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import ahocorasick

from shortlist.core.text.prefilter import fold

__all__ = ["Paraphrases"]


class Paraphrases:
    """Groups of phrases, found in a text in one Aho-Corasick pass (whole words, case
    ignored), the longest phrase first where phrases overlap."""

    def __init__(self, groups: Mapping[str, Sequence[str]] | None = None) -> None:
        self._group_of: dict[str, str] = {}
        for group, phrases in (groups or {}).items():
            for phrase in phrases:
                self._group_of.setdefault(fold(phrase), group)
        self._automaton: ahocorasick.Automaton | None = None
        if self._group_of:
            self._automaton = ahocorasick.Automaton()
            for phrase, group in self._group_of.items():
                self._automaton.add_word(phrase, (len(phrase), group))
            self._automaton.make_automaton()

    def find(self, text: str) -> tuple[frozenset[str], list[str]]:
        """The ideas ``text`` holds (as ``@group`` tokens) and the phrases that said them."""
        if self._automaton is None:
            return frozenset(), []
        folded = fold(text)  # lower case, same length, so offsets hold
        hits = []
        for end, (length, group) in self._automaton.iter(folded):
            start = end - length + 1
            if _word_char(folded, start - 1) or _word_char(folded, end + 1):
                continue
            hits.append((start, -length, group))
        found: list[tuple[str, str]] = []
        reach = -1
        for start, minus_length, group in sorted(hits):
            if start > reach:
                found.append((text[start : start - minus_length], group))
                reach = start - minus_length - 1
        return frozenset(f"@{group}" for _, group in found), [phrase for phrase, _ in found]

    @property
    def groups(self) -> Iterable[str]:
        return sorted(set(self._group_of.values()))


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
