"""Ways people describe the same work (data/paraphrases.tsv, issue #12).

Each group's phrases stand for one idea: "Preceptor to 11 newly qualified nurses" and
"teach, mentor and assess junior staff" both hold *mentoring* and *juniors*. The word
overlap that judges rows no skill decides (core/match/overlap.py) compares the ideas a
text holds as well as its words, so the same work in other words counts, and the CV
line is still what is quoted. Pure: the table is read by shortlist.data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["Paraphrases"]


class Paraphrases:
    """Groups of phrases, found in a text in one pass, longest phrase first."""

    def __init__(self, groups: Mapping[str, Sequence[str]] | None = None) -> None:
        self._group_of: dict[str, str] = {}
        for group, phrases in (groups or {}).items():
            for phrase in phrases:
                self._group_of.setdefault(phrase.casefold(), group)
        names = sorted(self._group_of, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
            if names
            else None
        )

    def find(self, text: str) -> tuple[frozenset[str], list[str]]:
        """The ideas ``text`` holds (as ``@group`` tokens) and the phrases that said them."""
        if self._pattern is None:
            return frozenset(), []
        found = [
            (m.group(0), self._group_of[m.group(0).casefold()])
            for m in self._pattern.finditer(text)
        ]
        return frozenset(f"@{group}" for _, group in found), [phrase for phrase, _ in found]

    @property
    def groups(self) -> Iterable[str]:
        return sorted(set(self._group_of.values()))
