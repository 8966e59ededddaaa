"""Competence and knowledge phrases that are no taxonomy entry: "work independently",
"solve complex problems", "motivated"; "distributed systems", "neurosurgery".

Postings state soft skills as verb phrases and adjectives more often than as nouns. A word
lexicon (``shortlist/data/skill_words.tsv``, learnt from the SkillSpan train split) gives
each word the share of its uses that fell inside a skill phrase. A run of words whose share
is high enough, on one clause, is reported as a phrase; neighbouring words with a lower
share extend it ("*develop* scalable *services*"). The same file gives each word's share of
uses inside a *knowledge* span, and a second finder with its own thresholds reports runs of
such words as knowledge ("predictive processing"). The thresholds were chosen by two-fold
cross-validation on the train split (folds by posting), never on dev.
"""

from __future__ import annotations

from collections.abc import Mapping

from shortlist.core.taxonomy.normalise import Word

#: A word this likely to sit in a skill phrase starts one.
SEED = 0.4
#: A word next to a phrase this likely to sit in one joins it.
EXTEND = 0.15
#: A phrase of one word needs this much on its own ("skills" alone is no competence).
SINGLE = 0.5
#: The same three bars for knowledge phrases.
KNOWLEDGE_SEED = 0.5
KNOWLEDGE_EXTEND = 0.2
KNOWLEDGE_SINGLE = 0.7
#: What may separate two words of one phrase.
_JOINERS = frozenset({" ", "  ", "-", " - ", "/", " / "})


class PhraseFinder:
    """Finds phrases of one kind with a word lexicon."""

    def __init__(
        self,
        shares: Mapping[str, float],
        *,
        seed: float = SEED,
        extend: float = EXTEND,
        single: float = SINGLE,
    ) -> None:
        # Words below ``extend`` never join a phrase, so they need no lookup at all.
        self._shares = {w: s for w, s in shares.items() if s >= extend}
        self._seed = seed
        self._single = single

    def __len__(self) -> int:
        return len(self._shares)

    def find(
        self, text: str, words: list[Word], strings: list[str], taken: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Phrase spans among ``words`` of ``text`` (``strings`` holds their text) that
        avoid the sorted, disjoint ``taken`` spans."""
        shares = self._shares
        candidates = [(i, words[i]) for i, w in enumerate(strings) if w in shares]
        spans: list[tuple[int, int]] = []
        run: list[tuple[int, int, float]] = []
        last_index = -2
        taken_index = 0
        for index, match in candidates:
            start, end = match.span()
            while taken_index < len(taken) and taken[taken_index][1] <= start:
                taken_index += 1
            if taken_index < len(taken) and taken[taken_index][0] < end:
                continue
            if run and (index != last_index + 1 or text[run[-1][1] : start] not in _JOINERS):
                spans.extend(self._close(run))
                run = []
            run.append((start, end, shares[match.group()]))
            last_index = index
        spans.extend(self._close(run))
        # A capitalised lone word is more often a heading or a title ("Present", "Lead").
        return [(a, b) for a, b in spans if not (text[a].isupper() and " " not in text[a:b])]

    def _close(self, run: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
        """The phrase a run of candidate words makes, if it holds a seed word."""
        if not any(share >= self._seed for _, _, share in run):
            return []
        if len(run) == 1 and run[0][2] < self._single:
            return []
        return [(run[0][0], run[-1][1])]
