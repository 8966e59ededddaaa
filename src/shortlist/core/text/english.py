"""Is this text English? Shortlist's parsers and lexicons read English only, and a
confident score on a text we cannot read would be a lie."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Function words: common, short, and (unlike nouns) never borrowed into a CV in another
# language. Words shared between languages ("in", "a", "en") are left out of all lists.
_ENGLISH = frozenset(
    """the and of to for with on is are was were be been have has had will would i my
    me we our you your they their this that at by from as an it its which who or not
    but also into over than""".split()
)
_OTHER = frozenset(
    """der die das und ich mit von zu den dem ist nicht ein eine einer bei auf für wir
    sie le la les et des du un une est je avec pour dans sur nous vous el los las y con
    para que por del una es yo lo al pero como é não em um uma os com para da do dos
    het een van voor niet ik wij op zijn och att jag och för på inte""".split()
)


def looks_english(text: str, *, min_words: int = 20) -> bool:
    """True unless a text of some length is mostly non-Latin, or uses more function words
    of other European languages than of English.

    Short texts are given the benefit of the doubt: too little to judge.
    """
    letters = [ch for ch in text if ch.isalpha()]
    # Scripts without spaces (Chinese, Japanese) make few "words": count letters instead.
    if len(letters) >= 40 and sum(ch <= "\u024f" for ch in letters) / len(letters) < 0.6:
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < min_words:
        return True
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER)
    return english >= other and english / len(words) >= 0.03
