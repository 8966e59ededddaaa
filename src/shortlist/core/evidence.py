"""What a CV can prove, indexed once per match: skills by relation, months by role."""

from __future__ import annotations

from dataclasses import dataclass, field

from shortlist.core.models import CV, Line, SkillUse
from shortlist.core.overlap import content_words
from shortlist.core.skills import Relation, Taxonomy


@dataclass(frozen=True, slots=True)
class SkillProof:
    """The CV's best answer to "do you have skill X": how, where, and for how long."""

    wanted: str
    relation: Relation
    use: SkillUse
    #: Months in roles that used the skill (or a narrower one), overlaps counted once.
    months: int


@dataclass(slots=True)
class CvIndex:
    cv: CV
    taxonomy: Taxonomy
    line_words: list[tuple[Line, frozenset[str]]] = field(default_factory=list)
    _relations: dict[tuple[str, str], Relation | None] = field(default_factory=dict)

    @classmethod
    def build(cls, cv: CV, taxonomy: Taxonomy) -> CvIndex:
        # Section headings are not evidence; role headers already sit in section lines.
        lines = sorted(
            (line for section in cv.sections for line in section.lines),
            key=lambda line: line.start,
        )
        return cls(cv, taxonomy, [(line, content_words(line.text)) for line in lines])

    def relation(self, wanted: str, have: str) -> Relation | None:
        key = (wanted, have)
        if key not in self._relations:
            self._relations[key] = self.taxonomy.relation(wanted, have)
        return self._relations[key]

    def months_in_roles(self, role_ids: set[int]) -> int:
        """Months covered by these roles, each month once however many roles share it."""
        months: set[int] = set()
        for index in role_ids:
            span = self.cv.roles[index].span
            if span is not None:
                months.update(range(span.start, span.end + 1))
        return len(months)

    def prove(self, wanted: str) -> SkillProof | None:
        """The strongest proof of ``wanted``: the same skill (or one implying it) beats a
        related one; more months beat fewer; the CV's order breaks ties."""
        same_roles: set[int] = set()
        same: list[SkillUse] = []
        related: list[SkillUse] = []
        for use in self.cv.skills:
            rel = self.relation(wanted, use.canonical)
            if rel == "same":
                same.append(use)
                same_roles.update(use.roles)
            elif rel == "related":
                related.append(use)
        if same:
            # Prefer the exact skill's own line as proof over a narrower skill's.
            best = max(same, key=lambda u: (u.canonical == wanted, u.months, -_first(u)))
            return SkillProof(wanted, "same", best, self.months_in_roles(same_roles))
        if related:
            best = max(related, key=lambda u: (u.months, -_first(u)))
            return SkillProof(wanted, "related", best, self.months_in_roles(set(best.roles)))
        return None


def _first(use: SkillUse) -> int:
    return use.evidence[0].start if use.evidence else 0
