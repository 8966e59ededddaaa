"""Fillers and self-corrections in an answer, read from its tokens.

Fillers: the sounds (um, uh, er...), "basically", "literally", and "like", "you know" and
"I mean" only where they are fillers (benchmarks/answers/LABELLING.md has the rules): "I
like SQL", "looks like", "you know what", "what I mean is" are not. Self-corrections: a
speaker replacing what they just said ("in May, no, sorry, in June", "the Friday, I
mean, the Thursday", "or rather"), and restarts ("we we", "I- I", "fear would fear
would").
"""

from __future__ import annotations

from collections.abc import Sequence

from shortlist.core.answers.models import Mark
from shortlist.core.answers.tokens import Sentence, Token, mark

__all__ = ["find_disfluencies"]

SOUNDS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "err", "erm", "hmm", "ehm"})
_ALWAYS = frozenset({"basically", "literally"})
# Words before "like" that make it a verb: "I like", "would like", "don't like".
_LIKE_VERB = frozenset(
    """i we you they he she i'd we'd you'd they'd would to don't didn't doesn't do does
    did really also still genuinely actually""".split()
)
_BE = frozenset("was were is am are be been being 's 'm i'm he's she's it's they're".split())
# After a quotative "was like": the quote starts.
_QUOTE_OPENERS = frozenset("oh no yeah yes what ok okay wow hey mate right seriously".split())
_INTENSIFIERS = frozenset("really super so very totally completely literally just".split())
# Before "like" + number, these make "like" part of the phrase: "something like 20".
_LIKE_PHRASE = frozenset(
    "something looks look looked feel feels felt seems seemed more exactly just".split()
)
_NOT_AFTER_YOU_KNOW = frozenset({"do", "did", "if", "don't", "didn't", "what", "whether"})
_MEAN_MEANING = frozenset({"what", "which", "that", "do", "did", "you", "don't", "didn't"})
_MEAN_OBJECT = frozenset({"it", "that", "this", "to", "what", "is", "was", "when", "by", "no"})
_CORRECTORS = frozenset({"sorry", "wait", "actually", "rather"})
_SORRY_APOLOGY = frozenset(
    "i'm am was were so really feel felt said say saying says be 'm very truly".split()
)
# Repeated words that are emphasis or grammar, not restarts.
_REPEAT_OK = frozenset(
    """very really so much many far long again no yes ha bye more that had is it's
    well""".split()
)
_PHRASES = (("make", "that"), ("scratch", "that"), ("better", "yet"), ("or", "rather"),
            ("or", "wait"), ("let", "me", "rephrase"), ("i", "meant"))  # fmt: skip
_WH = frozenset({"what", "who", "which", "where", "when", "how", "whom", "why"})
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split()
)


class _Reader:
    """Neighbour lookups over one answer's tokens."""

    def __init__(self, text: str, tokens: Sequence[Token], starts: set[int]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = starts

    def low(self, i: int) -> str:
        return self.tokens[i].low if 0 <= i < len(self.tokens) else ""

    def is_punct(self, i: int) -> bool:
        return not (0 <= i < len(self.tokens)) or not self.tokens[i].is_word

    def opens(self, i: int) -> bool:
        """Token i starts a sentence (fillers before it do not count)."""
        j = i
        while j not in self.starts and j > 0 and self.low(j - 1) in SOUNDS | {",", "so"}:
            j -= 1
        return j in self.starts

    def bounded_left(self, i: int) -> bool:
        return self.opens(i) or self.low(i - 1) in {",", "—", "–", "-", "(", ";", "..."}

    def bounded_right(self, i: int) -> bool:
        return i + 1 >= len(self.tokens) or self.is_punct(i + 1)

    def words_before(self, i: int, n: int) -> list[Token]:
        out: list[Token] = []
        j = i - 1
        while j >= 0 and len(out) < n and j + 1 not in self.starts:
            if self.tokens[j].is_word:
                out.append(self.tokens[j])
            j -= 1
        return out

    def word_after(self, i: int) -> Token | None:
        j = i + 1
        while j < len(self.tokens) and not self.tokens[j].is_word:
            if self.tokens[j].text in ".!?":
                return None
            j += 1
        return self.tokens[j] if j < len(self.tokens) else None

    def replaces(self, first: int, last: int) -> bool:
        """The words after tokens first..last replace the words just before them."""
        after = self.word_after(last)
        before = self.words_before(first, 3)
        if after is None or not before:
            return False
        if after.low in {b.low for b in before}:
            return True
        prev = before[0]
        same_kind = (
            (prev.is_number and after.is_number)
            or (prev.low in _MONTHS_DAYS and after.low in _MONTHS_DAYS)
            or (prev.text[0].isupper() and after.text[0].isupper() and prev.low != "i")
        )
        return bool(same_kind)


def _like_is_filler(r: _Reader, i: int) -> bool:
    prev, nxt = r.low(i - 1), r.low(i + 1)
    if prev in _LIKE_VERB:
        return False
    if r.bounded_left(i) and (nxt == "," or (r.opens(i) and nxt == ",")):
        return True
    if prev in _BE and (nxt in {",", "'", '"', "‘", "“"} or nxt in _QUOTE_OPENERS):
        return True
    nxt_tok = r.tokens[i + 1] if i + 1 < len(r.tokens) else None
    if nxt_tok is not None and nxt_tok.is_number and prev not in _LIKE_PHRASE:
        return True
    return nxt in _INTENSIFIERS and prev not in _LIKE_PHRASE


def _span(r: _Reader, kind: str, first: int, last: int) -> Mark:
    return mark(kind, r.text, r.tokens[first].start, r.tokens[last].end)


def _correction_at(r: _Reader, i: int) -> int | None:
    """Index of the last token of a self-correction marker starting at i, or None."""
    low = r.low(i)
    for phrase in _PHRASES:
        if tuple(r.low(i + k) for k in range(len(phrase))) == phrase:
            return i + len(phrase) - 1
    if low == "no":
        j = i + 1 if r.low(i + 1) != "," else i + 2
        if r.low(j) in _CORRECTORS:
            return j
        if (r.low(j), r.low(j + 1)) in {("i", "mean"), ("make", "that")}:
            return j + 1
        if r.low(i - 1) in SOUNDS or (r.low(i - 1) == "," and r.low(i - 2) in SOUNDS):
            return i  # "uh, no, ..."
    if low == "sorry" and not r.opens(i) and r.low(i - 1) not in _SORRY_APOLOGY:
        return i
    if low == "actually" and r.low(i - 1) == "," and r.low(i + 1) == ",":
        return i if r.replaces(i, i) else None
    if low == "rather" and r.low(i - 1) == "," and r.low(i + 1) == ",":
        return i
    return None


def _repeat_at(r: _Reader, i: int) -> int | None:
    """Last token of a restart starting at word token i ("we we", "I- I"), or None."""
    tok = r.tokens[i]
    j = i + 1
    if r.low(j) == "-" and r.tokens[j].start == tok.end and j + 1 < len(r.tokens):
        gap = r.text[r.tokens[j].end : r.tokens[j + 1].start]
        if gap.strip() == "" and gap and r.tokens[j + 1].is_word:
            return j + 1  # a word cut off: "I- I", "so we- so we"
    if r.low(j) == ",":
        j += 1
    if (
        j < len(r.tokens)
        and r.tokens[j].low == tok.low
        and tok.low not in _REPEAT_OK
        and not tok.text[0].isdigit()
    ):
        return j
    # "fear would fear would": the same two words twice
    if (
        i + 3 < len(r.tokens)
        and all(r.tokens[k].is_word for k in range(i, i + 4))
        and (r.low(i), r.low(i + 1)) == (r.low(i + 2), r.low(i + 3))
        and r.low(i) not in _REPEAT_OK
    ):
        return i + 3
    return None


def find_disfluencies(
    text: str, tokens: Sequence[Token], sents: Sequence[Sentence]
) -> tuple[tuple[Mark, ...], tuple[Mark, ...]]:
    """(fillers, self_corrections) in the order they occur."""
    r = _Reader(text, tokens, {s.first for s in sents})
    fillers: list[Mark] = []
    corrections: list[Mark] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        low = tok.low
        end = _correction_at(r, i)
        if end is not None:
            corrections.append(_span(r, "self_correction", i, end))
            i = end + 1
            continue
        if low == "i" and r.low(i + 1) == "mean":
            kind = _i_mean(r, i)
            if kind is not None:
                target = corrections if kind == "self_correction" else fillers
                target.append(_span(r, kind, i, i + 1))
                i += 2
                continue
        if low == "you" and r.low(i + 1) == "know" and _you_know_is_filler(r, i):
            fillers.append(_span(r, "filler", i, i + 1))
            i += 2
            continue
        if low in SOUNDS or low in _ALWAYS or (low == "like" and _like_is_filler(r, i)):
            fillers.append(_span(r, "filler", i, i))
            i += 1
            continue
        end = _repeat_at(r, i)
        if end is not None:
            corrections.append(_span(r, "restart", i, end))
            i = end + 1
            continue
        if low in _WH and tok.text[0].isupper() and i not in r.starts and tokens[i - 1].is_word:
            corrections.append(_span(r, "restart", i, i))  # "Which is What is ..."
        i += 1
    return tuple(fillers), tuple(corrections)


def _i_mean(r: _Reader, i: int) -> str | None:
    """'filler', 'self_correction' or None for "I mean" at token i."""
    if r.low(i - 1) in _MEAN_MEANING or r.low(i + 2) in _MEAN_OBJECT:
        return None
    parenthetical = r.bounded_left(i) and r.low(i + 2) in {",", "—", "–", "-", "."}
    if parenthetical:
        return "self_correction" if r.replaces(i, i + 1) else "filler"
    if not r.opens(i) and r.tokens[i - 1].is_word and r.word_after(i + 1) is not None:
        return "self_correction"  # "the projects I mean the inconvenience"
    return None


def _you_know_is_filler(r: _Reader, i: int) -> bool:
    if r.low(i - 1) in _NOT_AFTER_YOU_KNOW:
        return False
    after = r.low(i + 2)
    if after in {",", ".", "!", "?", ";", "—", "–", ""}:
        return r.bounded_left(i) or after in {".", "!", "?", ""}
    return False
