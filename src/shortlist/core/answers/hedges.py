"""Hedges, apologies and weak openers: the words that make an answer sound unsure.

Hedges are a closed list (benchmarks/answers/LABELLING.md): "I think", "I guess",
"maybe", "sort of" as a softener (not "what sort of"), "I'm not sure", "I'd say"... An
apology is a "sorry" that is not part of a self-correction. A weak opener is the first
sentence talking the answer down ("I can't really think of one").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shortlist.core.answers.models import Mark
from shortlist.core.answers.tokens import Token, mark

__all__ = ["find_hedges", "find_weak_opener"]

_APOS = "['’]"
_HEDGE = re.compile(
    rf"""\b(?:
        i\ (?:think|guess|suppose)
      | i\ believe(?!\ in\b)
      | maybe | perhaps | probably | hopefully | somewhat
      | more\ or\ less
      | (?:i{_APOS}m\ |i\ am\ )?not\ (?:entirely\ |really\ |totally\ |quite\ |too\ )?sure
      | i\ don{_APOS}?t\ (?:really\ )?know
      | i\ feel\ like
      | i{_APOS}d\ say | i\ would\ say
      | (?:sort|kind)\ of
      | (?:i{_APOS}m\ |i\ am\ )?(?:so\ |really\ )?sorry
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Before "sort of" / "kind of", these make it a noun phrase: "what kind of tool".
_KIND_NOUN = frozenset(
    """what this that the any some a an which every no same these those one each
    different other right wrong my our your their his her its first only new best
    all""".split()
)
_WEAK_OPENER = re.compile(
    rf"""^\W*(?:(?:um|uh|er|so|well|okay|ok)\W+)*(?:
        i{_APOS}?m\ not\ sure | i\ can{_APOS}?t\ (?:really\ )?think | i\ don{_APOS}?t\
        (?:really\ )?(?:have|know|remember) | this\ (?:probably|might|may)\ (?:not|isn)
      | i{_APOS}?m\ (?:so\ |really\ )?sorry | sorry\b | i\ guess | it{_APOS}s\ not\ a\
        (?:great|good)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def find_hedges(
    text: str, tokens: Sequence[Token], corrections: Sequence[Mark]
) -> tuple[Mark, ...]:
    """Hedges and apologies, in order; a "sorry" inside a self-correction is left out."""
    taken = [(c.start, c.end) for c in corrections]
    by_start = {t.start: t for t in tokens}
    out: list[Mark] = []
    for m in _HEDGE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        low = m.group().casefold()
        if low.endswith(" of"):
            if not _is_softener(text, tokens, by_start, start):
                continue
            kind = "hedge"
        else:
            kind = "apology" if low.endswith("sorry") else "hedge"
        out.append(mark(kind, text, start, end))
    return tuple(out)


def _is_softener(text: str, tokens: Sequence[Token], by_start: dict[int, Token], at: int) -> bool:
    tok = by_start.get(at)
    if tok is None or tok.low in {"kinds", "sorts"}:
        return False
    prev = tokens[tok.index - 1].low if tok.index > 0 else ""
    return prev not in _KIND_NOUN


def find_weak_opener(text: str) -> Mark | None:
    """The first words, when they talk the answer down before it starts."""
    m = _WEAK_OPENER.match(text)
    if m is None:
        return None
    end = m.end()
    # Quote the opener up to the end of its clause.
    stop = len(text)
    for ch in ".,;!?":
        at = text.find(ch, end)
        if at != -1:
            stop = min(stop, at)
    start = len(text) - len(text.lstrip())
    return mark("weak_opener", text, start, stop)
