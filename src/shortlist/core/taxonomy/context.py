"""Context rules for skill names that are also ordinary words (Go, R, Excel, Spring...).

A rule says when a match of its surface counts: the exact letter case it must have, words
right before or after it that rule it out ("go to", "Spring 2024"), and what must be nearby
when it is not obviously a skill: another skill of a listed category on the same line
("Go, Python"), a cue word ("written in Go", "R programming") or a word right before it
("with Go"). Rules are data (``shortlist/data/skill_context.tsv``); this module applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from shortlist.core.taxonomy.normalise import WORD

#: How far around a match (in characters, on its own line) cues and neighbours count.
WINDOW = 70
#: A veto word standing for any number ("Spring 2024").
NUMBER = "<num>"
_LAST = re.compile(r"([^\W_](?:[\w'+#.]*[\w+#])?|[^\w\s])$")
_NEXT = re.compile(r"(\s*)([^\W_](?:[\w'+#.]*[\w+#])?|[^\w\s])")
_LIST_GAP = re.compile(r"\s*(?:[,/|;&+]|\band\b|\bor\b)\s*")
_SPACE_GAP = re.compile(r" +")


@dataclass(frozen=True, slots=True)
class ContextRule:
    """When a match of ``surface`` (folded) counts as the skill."""

    surface: str
    #: The spelling the text must have exactly ("Go", not "go"); None accepts any case.
    exact: str | None = None
    #: Whether another spelling still counts inside a list of skills ("java, spring, sql").
    listed_any_case: bool = False
    #: Categories of a neighbouring skill that confirm the match ("*" for any).
    near: frozenset[str] = frozenset()
    #: Words or phrases nearby that confirm it ("programming", "written in").
    cues: frozenset[str] = frozenset()
    #: Words right before it that confirm it ("with Go", "using R").
    before: frozenset[str] = frozenset()
    #: Words right before it that rule it out; several words are allowed ("island of").
    veto_before: frozenset[str] = frozenset()
    #: Words right after it that rule it out; punctuation only when attached ("R&D").
    veto_after: frozenset[str] = frozenset()
    _long_before: tuple[str, ...] = field(init=False, default=(), repr=False, compare=False)
    _long_after: tuple[str, ...] = field(init=False, default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_long_before", tuple(v for v in self.veto_before if " " in v))
        object.__setattr__(self, "_long_after", tuple(v for v in self.veto_after if " " in v))

    @property
    def needs_context(self) -> bool:
        return bool(self.near or self.cues or self.before)


#: A skill found nearby, which may confirm a rule's match: start, end, category.
Neighbour = tuple[int, int, str]


class Neighbours:
    """The skills already found in a text, sorted, for quick questions about one match."""

    def __init__(self, found: Iterable[Neighbour]) -> None:
        self._items = sorted(found)
        self._starts = [n[0] for n in self._items]

    def add(self, neighbour: Neighbour) -> None:
        index = bisect_left(self._starts, neighbour[0])
        self._starts.insert(index, neighbour[0])
        self._items.insert(index, neighbour)

    def within(self, lo: int, hi: int) -> list[Neighbour]:
        """Neighbours lying wholly inside ``[lo, hi)``."""
        index = bisect_left(self._starts, lo)
        out = []
        items = self._items
        while index < len(items) and items[index][0] < hi:
            if items[index][1] <= hi:
                out.append(items[index])
            index += 1
        return out

    def beside(self, start: int, end: int) -> tuple[Neighbour | None, Neighbour | None]:
        """The nearest neighbour ending before ``start`` and the nearest starting after
        ``end``."""
        index = bisect_left(self._starts, start)
        left = next(
            (n for n in reversed(self._items[max(0, index - 3) : index]) if n[1] <= start), None
        )
        right = next((n for n in self._items[index : index + 3] if n[0] >= end), None)
        return left, right


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _token_key(token: str) -> str:
    return NUMBER if token.isdigit() else token


def _previous(folded: str, line_start: int, start: int) -> str | None:
    """The word (or punctuation mark) right before ``start`` on its line."""
    pieces = folded[max(line_start, start - 40) : start].split()
    if not pieces:
        return None
    last = _LAST.search(pieces[-1])
    return last.group(1) if last else None


def vetoed(rule: ContextRule, text: str, folded: str, start: int, end: int) -> bool:
    """True when the spelling or the words right around the match rule it out."""
    if rule.exact is not None and text[start:end] != rule.exact and not rule.listed_any_case:
        return True
    if not rule.veto_before and not rule.veto_after:
        return False
    line_start, line_end = _line_bounds(text, start, end)
    prev = _previous(folded, line_start, start)
    if prev and _token_key(prev) in rule.veto_before:
        return True
    after = _NEXT.match(folded, end, min(line_end, end + 40))
    if after:
        space, token = after.groups()
        attached_or_word = not space or token[0].isalnum()
        if attached_or_word and _token_key(token) in rule.veto_after:
            return True
    if rule._long_before:
        before = " " + " ".join(folded[max(line_start, start - 40) : start].split())
        if any(before.endswith(" " + v) for v in rule._long_before):
            return True
    if rule._long_after:
        following = " ".join(folded[end : min(line_end, end + 40)].split()) + " "
        if any(following.startswith(v + " ") for v in rule._long_after):
            return True
    return False


def listed(folded: str, start: int, end: int, neighbours: Neighbours) -> bool:
    """True when the match sits in a list of skills: next to one across a separator
    ("java, spring") or between two with only spaces around it ("java spring linux")."""
    left, right = neighbours.beside(start, end)
    if left and _LIST_GAP.fullmatch(folded, left[1], start):
        return True
    if right and _LIST_GAP.fullmatch(folded, end, right[0]):
        return True
    return bool(
        left
        and right
        and _SPACE_GAP.fullmatch(folded, left[1], start)
        and _SPACE_GAP.fullmatch(folded, end, right[0])
    )


_INTRODUCED = re.compile(
    r"(?:experience|experienced|knowledge|proficiency|proficient|familiarity|familiar|"
    r"expertise|skilled|skills|fluency|certified|hands on|working)"
    r" (?:with|in|of|using|on) (?:(?:the|a|an) )?$"
)


def introduced(folded: str, start: int) -> bool:
    """True when the words right before ``start`` introduce a skill ("experience with ")."""
    return bool(_INTRODUCED.search(folded, max(0, start - 40), start))


def confirmed(rule: ContextRule, folded: str, start: int, end: int, neighbours: Neighbours) -> bool:
    """True when the context around a (not vetoed) match shows it is the skill."""
    if not rule.needs_context:
        return True
    line_start, line_end = _line_bounds(folded, start, end)
    lo, hi = max(line_start, start - WINDOW), min(line_end, end + WINDOW)
    if rule.near:
        for other_start, _, category in neighbours.within(lo, hi):
            if other_start != start and ("*" in rule.near or category in rule.near):
                return True
    if rule.before and _previous(folded, line_start, start) in rule.before:
        return True
    if rule.cues:
        found = WORD.findall(folded, lo, start)[-8:] + WORD.findall(folded, end, hi)[:8]
        window = " " + " ".join(found) + " "
        return any(f" {cue} " in window for cue in rule.cues)
    return False
