"""One tokenisation pass over an answer: words, numbers and punctuation with character
offsets, the sentences they fall in, and the alignment of timed words to tokens.

Every later check reads these tokens, so a transcript (timed words) and a typed answer
go down the same path: the timed words are only aligned afterwards, never re-read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.answers.models import Mark, TimedWord

__all__ = [
    "NUMBER_WORDS",
    "Sentence",
    "Token",
    "align_timed_words",
    "clause_around",
    "content_stems",
    "mark",
    "sentences",
    "stem",
    "tokenise",
]

# Numbers first ("£86,000", "0.4"), then words with inner apostrophes and hyphens
# ("didn't", "multi-step"), then any single other character that is not a space.
_TOKEN = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?<!,)(?![^\W_])|[^\W_]+(?:['’\-][^\W_]+)*|[^\w\s]",
    re.UNICODE,
)
_SENTENCE_END = frozenset(".!?…")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "approx"})

#: Numbers written as words ("one" is left out: it is a pronoun far more often).
NUMBER_WORDS = frozenset(
    """zero two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion twice half double triple""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation character; ``low`` is case-folded, ’ made '."""

    text: str
    low: str
    start: int
    end: int
    index: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit() or self.low in NUMBER_WORDS


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets into the answer and the range of its tokens."""

    start: int
    end: int
    first: int
    last: int

    def text(self, answer: str) -> str:
        return answer[self.start : self.end]

    def words(self, tokens: Sequence[Token]) -> list[Token]:
        return [t for t in tokens[self.first : self.last] if t.is_word]


def tokenise(text: str) -> tuple[Token, ...]:
    return tuple(
        Token(m.group(), m.group().casefold().replace("’", "'"), m.start(), m.end(), i)
        for i, m in enumerate(_TOKEN.finditer(text))
    )


def sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Split at . ! ? (not inside "e.g." or a number) and at line breaks."""
    out: list[Sentence] = []
    first = 0
    for i, tok in enumerate(tokens):
        end_here = tok.text in _SENTENCE_END and not (
            tok.text == "." and i > 0 and tokens[i - 1].low in _ABBREVIATIONS
        )
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not end_here and nxt is not None and "\n" in text[tok.end : nxt.start]:
            end_here = True
        if end_here and nxt is not None and nxt.text in _SENTENCE_END:
            continue  # "?!" or "..." ends once, at its last mark
        if end_here or nxt is None:
            if i + 1 > first:
                out.append(Sentence(tokens[first].start, tok.end, first, i + 1))
            first = i + 1
    return tuple(out)


def mark(kind: str, text: str, start: int, end: int) -> Mark:
    return Mark(kind, text[start:end], start, end)


_CLAUSE_BREAKS = ",;.!?—"


def clause_around(text: str, start: int, end: int, max_words: int = 12) -> tuple[int, int]:
    """Offsets of the clause holding text[start:end], cut to ``max_words`` words."""
    left = max(text.rfind(ch, 0, start) for ch in _CLAUSE_BREAKS) + 1
    rights = [r for r in (text.find(ch, end) for ch in _CLAUSE_BREAKS) if r >= 0]
    right = min(rights or [len(text)])
    while left < right and text[left].isspace():
        left += 1
    words = list(re.finditer(r"\S+", text[left:right]))
    if len(words) > max_words:
        right = left + words[max_words - 1].end()
    return left, right


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem for matching question words to answer words: 'disagreed' and
    'disagreement' both give 'disag'. Five letters are enough for our lexicons."""
    low = word.casefold().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            low = low[: -len(suffix)]
            break
    return low[:5]


_STOP = frozenset(
    """about above after again against all also although always among an and another any
    anyone anything are around because been before being below between both but can
    cannot could did does doing done down during each either else even ever every few
    for from further gets getting give given goes going gone got had has have having
    here hers herself him himself his how however into its itself just last least less
    made make makes many might more most much must myself never next nobody none nor
    not nothing now off often once only onto other others otherwise ought our ours
    ourselves out over own quite rather really same shall she should since some someone
    something still such than that that's the their theirs them themselves then there
    these they thing things this those though through thus till too under until upon
    very was wasn't were weren't what whatever when where whether which while who whom
    whose why will with within without would yes yet you your yours yourself don't
    didn't doesn't isn't can't i'm i've i'd we're we've it's there's that's""".split()
)


def content_stems(tokens: Sequence[Token]) -> set[str]:
    """Stems of the content words (4+ letters, not function words)."""
    return {
        stem(t.low)
        for t in tokens
        if t.is_word and len(t.low) >= 4 and t.low not in _STOP and not t.text[0].isdigit()
    }


def _fold(word: str) -> str:
    return "".join(ch for ch in word.casefold().replace("’", "'") if ch.isalnum() or ch == "'")


def align_timed_words(
    tokens: Sequence[Token], timed: Sequence[TimedWord], *, window: int = 4
) -> tuple[int | None, ...]:
    """For each token, the index of the timed word that says it, or None.

    Greedy and in order: each word token is matched to the first unused timed word
    with the same folded text within ``window`` places, so a word the transcript lacks
    (or has extra) does not shift everything after it. Punctuation gets None.
    """
    out: list[int | None] = []
    folded = [_fold(w.text) for w in timed]
    pos = 0
    for tok in tokens:
        if not tok.is_word:
            out.append(None)
            continue
        want = _fold(tok.text)
        found = None
        for j in range(pos, min(pos + window, len(folded))):
            if folded[j] == want:
                found = j
                break
        out.append(found)
        if found is not None:
            pos = found + 1
    return tuple(out)
