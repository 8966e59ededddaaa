"""The skills taxonomy and the one phrase matcher that finds skills in text.

MINIMAL FIRST VERSION: exact, case-insensitive, word-bounded phrase matching with
pyahocorasick. The interface (SkillEntry, Taxonomy.find/lookup/entry/ancestors/relation)
is what the rest of the code relies on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from shortlist.core.models import SkillKind, SkillMention

Relation = Literal["same", "related"]


@dataclass(frozen=True, slots=True)
class SkillEntry:
    canonical: str
    kind: SkillKind
    category: str
    aliases: tuple[str, ...] = ()
    #: Broader skills this one implies (Spring Boot -> Java).
    parents: tuple[str, ...] = ()


class Taxonomy:
    """Canonical skills with aliases and parents, and a matcher over all their names."""

    def __init__(self, entries: Iterable[SkillEntry]) -> None:
        self._entries: dict[str, SkillEntry] = {}
        self._names: dict[str, str] = {}
        for entry in entries:
            self._entries[entry.canonical] = entry
            for name in (entry.canonical, *entry.aliases):
                self._names.setdefault(name.casefold(), entry.canonical)
        self._automaton = ahocorasick.Automaton()
        for name, canonical in self._names.items():
            self._automaton.add_word(name, (len(name), canonical))
        if self._names:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, canonical: str) -> SkillEntry | None:
        return self._entries.get(canonical)

    def lookup(self, name: str) -> str | None:
        """A canonical name for any spelling we know: 'k8s' -> 'Kubernetes'."""
        return self._names.get(name.strip().casefold())

    def ancestors(self, canonical: str) -> tuple[str, ...]:
        """Every broader skill implied by ``canonical``, nearest first."""
        seen: list[str] = []
        todo = list(self._entries[canonical].parents) if canonical in self._entries else []
        while todo:
            parent = todo.pop(0)
            if parent not in seen:
                seen.append(parent)
                entry = self._entries.get(parent)
                if entry:
                    todo.extend(entry.parents)
        return tuple(seen)

    def relation(self, wanted: str, have: str) -> Relation | None:
        """'same' when ``have`` is ``wanted`` or implies it; 'related' when they share a
        parent or ``wanted`` implies ``have``; otherwise None."""
        if wanted == have or wanted in self.ancestors(have):
            return "same"
        if have in self.ancestors(wanted):
            return "related"
        if set(self.ancestors(wanted)) & set(self.ancestors(have)):
            return "related"
        return None

    def find(self, text: str) -> list[SkillMention]:
        """Skill mentions in ``text``, longest match first, never overlapping."""
        if not self._names:
            return []
        folded = text.casefold()
        hits: list[tuple[int, int, str]] = []
        for end_index, (length, canonical) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if _bounded(folded, start, end):
                hits.append((start, end, canonical))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[SkillMention] = []
        last_end = -1
        for start, end, canonical in hits:
            if start >= last_end:
                out.append(
                    SkillMention(start, end, text[start:end], canonical,
                                 self._entries[canonical].kind)
                )
                last_end = end
        return out


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
