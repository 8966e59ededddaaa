"""Checks on what the answer says by itself: specificity, ownership, length and clarity.

Each returns a Dimension (docs/scoring.md, "Answer feedback", has the formulas).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shortlist.core.answers.models import Dimension, Mark
from shortlist.core.answers.star import Action
from shortlist.core.answers.tokens import Sentence, Token

__all__ = ["LENGTH_BANDS", "length_band", "length_dimension", "ownership", "specificity"]

_VAGUE = re.compile(
    r"\b(?:stuff|things?|a lot|lots of|various|somehow|etc|and so on|whatever|quite a few"
    r"|all sorts|loads|several|some (?:things|stuff|bits))\b",
    re.IGNORECASE,
)
# Capitalised words that name nothing specific.
_NOT_NAMES = frozenset(
    """i i'm i've i'd i'll so and but then um uh er well okay ok yes no yeah the a an
    my our we it he she they this that there when after before during in on at as by
    for if because also basically like like, mum dad""".split()
)
#: Specificity: base score, plus this per concrete marker per 100 words.
SPECIFICITY_BASE = 30
SPECIFICITY_PER_MARK = 8
#: Words per answer, (low, high), by question category; see docs/scoring.md.
LENGTH_BANDS: dict[str, tuple[int, int]] = {
    "competency": (100, 320),
    "deep_dive": (100, 320),
    "gap_probe": (80, 280),
    "follow_up": (40, 200),
    "task": (100, 320),
    "motivation": (60, 220),
    "forward": (60, 220),
    "practical": (10, 120),
}
_DEFAULT_BAND = (80, 300)
#: A sentence longer than this many words is a run-on.
RUN_ON_WORDS = 45


def length_band(category: str | None) -> tuple[int, int]:
    return LENGTH_BANDS.get(category or "", _DEFAULT_BAND)


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def specificity(text: str, tokens: Sequence[Token], sents: Sequence[Sentence]) -> Dimension:
    """Concrete markers (figures, names, acronyms, products) per 100 words, less vague words."""
    starts = {s.first for s in sents}
    words = [t for t in tokens if t.is_word]
    concrete: list[Token] = []
    for tok in words:
        if tok.is_number:
            concrete.append(tok)
        elif tok.text[0].isupper() and tok.index not in starts and tok.low not in _NOT_NAMES:
            prev = tokens[tok.index - 1].text if tok.index else "."
            if prev not in {".", "!", "?", '"', "“", "'"}:
                concrete.append(tok)
        elif any(ch.isdigit() for ch in tok.text):
            concrete.append(tok)  # "p95", "GA4"
    vague = list(_VAGUE.finditer(text))
    n = max(len(words), 1)
    per_100 = 100 * len(concrete) / max(n, 40)
    if not concrete:
        per_100 = -SPECIFICITY_BASE / SPECIFICITY_PER_MARK  # nothing concrete: 0
    score = _clamp(SPECIFICITY_BASE + SPECIFICITY_PER_MARK * per_100 - 10 * len(vague))
    evidence = _unique([t.text for t in concrete][:8] + [m.group() for m in vague][:4])
    if vague:
        tip = f"Replace '{vague[0].group()}' with the actual tool, name or number."
    elif score < 70:
        tip = "Name the tools, people, places and numbers involved."
    else:
        tip = "Specific enough: keep naming tools and numbers like this."
    return Dimension("specificity", score, tuple(evidence), (tip,))


_WE_PHRASES = re.compile(r"\b(?:the|our|my) team\b", re.IGNORECASE)


def ownership(text: str, actions: Sequence[Action]) -> Dimension:
    """Share of the actions the speaker took personally ("I rang") against "we"."""
    mine = [a for a in actions if a.personal]
    ours = [a for a in actions if not a.personal]
    if not actions:
        return Dimension(
            "ownership",
            0,
            (),
            ("Say what you did, step by step: 'I called...', 'I built...'.",),
        )
    score = _clamp(100 * (len(mine) + 0.3 * len(ours)) / len(actions))
    evidence = [_phrase(text, a) for a in (ours + mine)[:6]]
    if len(ours) > len(mine):
        tip = f"You said '{_phrase(text, ours[0])}': say which part you did yourself."
    else:
        tip = "Clear ownership: the actions are yours."
    return Dimension("ownership", score, tuple(_unique(evidence)), (tip,))


def _phrase(text: str, action: Action) -> str:
    return text[action.subject.start : action.verb.end]


def length_dimension(
    text: str, sents: Sequence[Sentence], tokens: Sequence[Token], category: str | None
) -> tuple[Dimension, tuple[Mark, ...]]:
    """Words against the band for the question type, less 10 per run-on sentence."""
    words = sum(1 for t in tokens if t.is_word)
    low, high = length_band(category)
    if words < low:
        score = 100 * words / low
        tip = f"{words} words: aim for {low}-{high}; walk through one example step by step."
    elif words > high:
        score = max(30.0, 100 - 100 * (words - high) / high)
        tip = f"{words} words: aim for {low}-{high}; cut the scene-setting, keep the actions."
    else:
        score = 100
        tip = f"{words} words: within {low}-{high} for this kind of question."
    long_ones = tuple(
        Mark("run_on", text[s.start : s.end], s.start, s.end)
        for s in sents
        if len(s.words(tokens)) > RUN_ON_WORDS
    )
    if long_ones:
        tip += f" Split the {len(long_ones)} sentence(s) of over {RUN_ON_WORDS} words."
    return (
        Dimension(
            "length",
            _clamp(score - 10 * len(long_ones)),
            tuple(m.text for m in long_ones),
            (tip,),
        ),
        long_ones,
    )


def _unique(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
