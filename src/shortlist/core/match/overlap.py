"""Content-word overlap between a requirement and CV lines, for rows no skill decides."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shortlist.core.models import Line
from shortlist.core.taxonomy.paraphrases import Paraphrases

_WORD = re.compile(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]")

# Words that say nothing about what a person did; kept short on purpose so that
# domain words ("patients", "ledger", "inventory") always count.
_STOP = frozenset(
    """a an and are as at be been being by can could do does for from has have having
    he her his i in into is it its may might must of on or our out over own per she
    should so such than that the their them then there these they this those through
    to too under up us was we were what when where which while who will with within
    would you your yours about across after all also any both each every few more most
    other some very well able ability strong excellent good great proven solid
    experience experienced years year plus minimum least ideally preferred required
    requirement requirements including etc e.g ie i.e work working role team company
    candidate candidates skills skill knowledge understanding demonstrated track record
    record using use used new best high highly level levels related relevant similar
    environment successful success""".split()
)


# Words recur across every CV and posting; stemming each once is worth a small memo.
_STEMS: dict[str, str] = {}
_STEMS_KEPT = 100_000


def stem(word: str) -> str:
    """A deliberately crude stem: 'managed', 'managing', 'manages' -> 'manag'."""
    for suffix in ("ing", "ed", "es", "s", "ment", "er", "ion", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Stemmed words of ``text`` that carry meaning."""
    stems = _STEMS
    out: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if word in _STOP:
            continue
        stemmed = stems.get(word)
        if stemmed is None:
            stemmed = stem(word)
            if len(stems) < _STEMS_KEPT:
                stems[word] = stemmed
        out.add(stemmed)
    return frozenset(out)


def idea_words(text: str, paraphrases: Paraphrases) -> frozenset[str]:
    """:func:`content_words` of ``text``, with the words of each phrase a paraphrase
    group knows replaced by the group's ``@idea`` token (taxonomy/paraphrases.py)."""
    ideas, phrases = paraphrases.find(text)
    words = content_words(text)
    if not ideas:
        return words
    return (words - content_words(" ".join(phrases))) | ideas


def best_line(
    words: frozenset[str], lines: Iterable[tuple[Line, frozenset[str]]]
) -> tuple[Line | None, float]:
    """The line sharing the largest share of ``words``, and that share (0..1).

    ``lines`` pairs each line with its :func:`content_words`, computed once per CV.
    Ties go to the earlier line so the result never depends on anything but the input.
    """
    if not words:
        return None, 0.0
    best: Line | None = None
    best_share = 0.0
    for line, line_words in lines:
        share = len(words & line_words) / len(words)
        if share > best_share:
            best, best_share = line, share
    return best, best_share
