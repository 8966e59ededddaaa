"""Typo-tolerant lookup for single-word skill names ("Kubernets" -> Kubernetes).

Only long words are tried, only against names sharing their first two letters and nearly
their length, and only when the word is not an ordinary word we know: a typo of a product
name is worth catching, an English word that happens to be one letter away is not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

#: Shorter words are too easily one edit away from something else.
MIN_LENGTH = 6
#: Endings that turn a name into an ordinary word rather than a typo ("Bloggers").
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "al", "ic", "ical")
_CACHE_LIMIT = 20_000


def _allowed_edits(length: int) -> int:
    return 1 if length < 10 else 2


def _inflected(word: str, name: str) -> bool:
    """'oracles' is Oracle plus an ending, but 'postgress' doubles its last letter."""
    short, long_ = sorted((word, name), key=len)
    if not long_.startswith(short):
        return False
    rest = long_[len(short) :]
    return rest in _INFLECTIONS and rest != short[-1]


class TypoMatcher:
    """Finds the skill a misspelt word most likely names, or nothing."""

    def __init__(self, names: Iterable[tuple[str, str]], known_words: Iterable[str]) -> None:
        self._buckets: dict[str, list[str]] = defaultdict(list)
        self._canonical: dict[str, str] = {}
        for folded, canonical in names:
            if len(folded) >= MIN_LENGTH and folded.isalpha() and folded not in self._canonical:
                self._canonical[folded] = canonical
                self._buckets[folded[:2]].append(folded)
        self._known = frozenset(known_words)
        self._cache: dict[str, str | None] = {}

    @property
    def skip(self) -> frozenset[str]:
        """Words never worth a typo search (ordinary words we know)."""
        return self._known

    def __len__(self) -> int:
        return len(self._canonical)

    def match(self, word: str) -> str | None:
        """The canonical skill a lower-cased ``word`` misspells, if any."""
        if len(word) < MIN_LENGTH or word in self._known or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        found = self._search(word)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = found
        return found

    def _search(self, word: str) -> str | None:
        if word in self._canonical:
            return self._canonical[word]
        edits = _allowed_edits(len(word))
        choices = [n for n in self._buckets.get(word[:2], ()) if abs(len(n) - len(word)) <= edits]
        if not choices:
            return None
        best = extractOne(word, choices, scorer=OSA.distance, score_cutoff=edits)
        if best is None or _inflected(word, best[0]):
            return None
        return self._canonical[best[0]]
