"""Is this text English? Shortlist's parsers and lexicons read English only, and a
confident score on a text we cannot read would be a lie."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_COMMON = frozenset(
    """the and of to a in for with on as at by is are be or an from our you your we will
    this that have has experience work team years skills including""".split()
)


def looks_english(text: str, *, min_words: int = 20) -> bool:
    """True unless a text of some length is mostly non-Latin or lacks common English words.

    Short texts are given the benefit of the doubt: too little to judge.
    """
    words = _WORD.findall(text)
    if len(words) < min_words:
        return True
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.6:
        return False
    common = sum(1 for w in words if w.casefold() in _COMMON)
    return common / len(words) >= 0.04
