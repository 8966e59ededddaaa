"""Must-have or nice-to-have: the words in a line, or the heading above it, that say so.

A cue in the line beats the section's default. Within a line: a negated must ("not
required") reads as nice-to-have; a strong must ("required", "minimum") beats any nice cue
("Bachelor's required, Master's preferred" still asks for the bachelor's); between a nice
cue and a weak must ("you have", "you'll need"), the one written first wins ("Ideally you
have ..." is nice-to-have). "ideally" or "preferably" after a comma only narrows the ask
("2+ years of HR experience, ideally in manufacturing" is still a must), and so does a
cue in brackets beside the options it ranks ("A degree (life sciences preferred)"); alone
in its brackets ("SQL (preferred)") it speaks to the whole line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.core.text.prefilter import Prefilter, fold

__all__ = ["CUE_WORDS", "Weight", "line_weight", "weight_in"]


@dataclass(frozen=True, slots=True)
class Weight:
    """Whether a requirement is a must-have and the words (or heading) that decided it."""

    must_have: bool
    cue: str | None


# All patterns run on fold(text): lower case, curly apostrophes straightened.
_NEGATED_MUST = re.compile(
    r"\b(?:not|isn't|aren't|no)\s+(?:\w+\s+)?"
    r"(?:required|essential|necessary|mandatory|a must|a requirement)\b"
)
_STRONG_MUST = re.compile(
    r"\b(?:required|requirement|requires?|must(?:[- ]have)?|mandatory|essential|minimum"
    r"|at least|necessary)\b"
)
_NICE = re.compile(
    r"\b(?:preferred|preferably|preferable|preference|ideally|desirable|desired|optional"
    r"|(?:a|an added|a big|a huge|a real|a definite|a nice|an)\s+plus|plus points?"
    r"|bonus(?: points?)?|nice[- ]to[- ]haves?|good[- ]to[- ]have|great[- ]to[- ]have"
    r"|(?:an?|great|big|real|distinct|added)\s+advantage|advantageous|an asset|beneficial"
    r"|would be (?:great|nice|good|helpful|useful|welcome|valued)|even better"
    r"|(?:is|are|also|very) welcome(?:d)?|extra credit)\b"
)
_WEAK_MUST = re.compile(
    r"\b(?:you(?:'ll| will)? (?:have|need|bring|possess|hold)|you(?:'ve| have) got"
    r"|(?:will|we) need|needed|need to have|should (?:have|be|possess|hold)"
    r"|candidates? (?:will|should) (?:have|be))\b"
)
#: Words without which a family's pattern cannot match (see prefilter.py).
CUE_WORDS: dict[str, tuple[str, ...]] = {
    "negated": ("not ", "n't ", "no "),
    "strong": ("requir", "must", "mandatory", "essential", "minimum", "at least", "necessary"),
    "nice": ("prefer", "ideally", "desir", "optional", "plus", "bonus", "nice", "good to",
             "great to", "advantage", "asset", "beneficial", "would be", "even better",
             "welcome", "extra credit"),
    "weak": ("you", "need", "should", "candidate"),
}  # fmt: skip
_FAMILIES = Prefilter(CUE_WORDS)
_QUALIFIERS = frozenset({"ideally", "preferably"})


def line_weight(text: str) -> Weight | None:
    """The must/nice cue written in ``text`` itself, or None when it states none."""
    folded = fold(text)
    return weight_in(text, folded, _FAMILIES(folded))


def weight_in(text: str, folded: str, families: set[str]) -> Weight | None:
    """:func:`line_weight` given ``fold(text)`` and the CUE_WORDS families it holds."""
    nice = None
    if "nice" in families:
        nice = next((m for m in _NICE.finditer(folded) if not _qualifies(folded, m)), None)
    negated = _NEGATED_MUST.search(folded) if "negated" in families else None
    if negated:
        first = nice if nice and nice.start() < negated.start() else negated
        return Weight(False, text[first.start() : first.end()])
    strong = _STRONG_MUST.search(folded) if "strong" in families else None
    if strong:
        return Weight(True, text[strong.start() : strong.end()])
    weak = _WEAK_MUST.search(folded) if "weak" in families else None
    if nice and (weak is None or nice.start() < weak.start()):
        return Weight(False, text[nice.start() : nice.end()])
    if weak:
        return Weight(True, text[weak.start() : weak.end()])
    return None


def _qualifies(folded: str, cue: re.Match[str]) -> bool:
    """', ideally in retail' narrows what is asked for; it does not make it optional."""
    before = folded[: cue.start()].rstrip()
    if cue.group() in _QUALIFIERS and before[-1:] in {",", "(", "-", "–", "—"}:
        return True
    return _inside_brackets(folded, cue)


def _inside_brackets(folded: str, cue: re.Match[str]) -> bool:
    """'A degree (life sciences preferred)': the cue ranks the options in the brackets;
    only '(preferred)' or '(a plus)' alone speaks to the whole line."""
    opened = folded.rfind("(", 0, cue.start())
    if opened < 0 or ")" in folded[opened : cue.start()]:
        return False
    closed = folded.find(")", cue.end())
    inside = (
        folded[opened + 1 : cue.start()] + " " + folded[cue.end() : closed if closed >= 0 else None]
    )
    return any(word not in _FILLER for word in _WORDS.findall(inside))


_WORDS = re.compile(r"[a-z0-9][\w'+#-]*")
# Words that can sit next to a cue in brackets without naming an option.
_FILLER = frozenset((
    "a", "an", "the", "is", "are", "be", "would", "will", "but", "not", "very", "highly",
    "strongly", "also", "definitely", "hugely", "big", "real", "huge", "and", "or", "it",
    "this", "but", "though", "although", "considered", "although",
))  # fmt: skip
