"""What a CV can prove, indexed once per match: skills by relation, months by role."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import takewhile

from shortlist.core.cv.sections import PASTIME_SECTIONS, personal_lines
from shortlist.core.match.overlap import content_words, idea_words
from shortlist.core.models import CV, Line, SkillUse, union_months
from shortlist.core.taxonomy.certifications import CertificationMention, find_certifications
from shortlist.core.taxonomy.skills import Relation, Taxonomy
from shortlist.core.text.lines import sentence_at
from shortlist.core.text.negation import blank_negated, blank_spans

#: Sections that name skills without showing them used.
LIST_SECTIONS = frozenset({"skills", "summary", "header", "interests", "languages"})


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
    """A CV prepared for many questions: built once, then asked per requirement (and,
    when ranking, per posting)."""

    cv: CV
    taxonomy: Taxonomy
    #: Each CV skill under its own name and under every broader skill it implies.
    by_lineage: dict[str, list[SkillUse]] = field(default_factory=dict)
    #: The section each line sits in, by the line's start offset.
    section_of: dict[int, str] = field(default_factory=dict)
    #: Skills the owner removed (CV.removed): nothing proves them.
    removed: frozenset[str] = frozenset()
    _line_words: list[tuple[Line, frozenset[str]]] | None = None
    _words_of: dict[Line, frozenset[str]] | None = None
    _credentials: list[tuple[Line, tuple[CertificationMention, ...]]] | None = None
    _credential_lines: dict[str, list[tuple[Line, int]]] | None = None
    _title_words: list[frozenset[str]] | None = None
    _denied: list[tuple[int, int]] | None = None
    _role_lines: frozenset[Line] | None = None

    @classmethod
    def build(cls, cv: CV, taxonomy: Taxonomy) -> CvIndex:
        removed = frozenset(cv.removed)
        by_lineage: dict[str, list[SkillUse]] = {}
        for use in cv.skills:
            for name in (use.canonical, *taxonomy.ancestors(use.canonical)):
                # PostgreSQL implies SQL, unless the owner said SQL is not theirs.
                if name not in removed:
                    by_lineage.setdefault(name, []).append(use)
        section_of = {line.start: s.name for s in cv.sections for line in s.lines}
        return cls(cv, taxonomy, by_lineage, section_of, removed)

    def listed_only(self, use: SkillUse) -> bool:
        """Named only in a list or a summary: no role, project or course shows it used."""
        return not use.roles and all(
            self.section_of.get(line.start, "header") in LIST_SECTIONS for line in use.evidence
        )

    def _mention_in(self, use: SkillUse, line: Line) -> int | None:
        for mention in self.cv.mentions:
            if mention.canonical == use.canonical and line.start <= mention.start < line.end:
                return mention.start
        return None

    def mention_context(self, use: SkillUse, line: Line, before: int = 12, after: int = 40) -> str:
        """The words around the skill's mention in ``line`` ("Excel (basic formulas...")."""
        at = self._mention_in(use, line)
        if at is None:
            return line.text
        return self.cv.text[max(line.start, at - before) : min(line.end, at + after)]

    def quote(self, use: SkillUse, line: Line) -> Line:
        """What to quote for a skill from ``line``: the line, or in a long paragraph the
        sentence that names the skill."""
        at = self._mention_in(use, line)
        return line if at is None else sentence_at(line, at)

    @property
    def credentials(self) -> list[tuple[Line, tuple[CertificationMention, ...]]]:
        """Every CV line (certification lines first) with the credentials it names,
        found once per CV however many postings ask."""
        if self._credentials is None:
            lines = dict.fromkeys([*self.cv.certifications, *(ln for ln, _ in self.line_words)])
            self._credentials = [
                (line, tuple(find_certifications(self.affirmed(line)))) for line in lines
            ]
        return self._credentials

    def lines_naming(self, name: str) -> list[tuple[Line, int]]:
        """The lines naming credential ``name``, each with where the mention ends, in the
        order of :attr:`credentials`; indexed once per CV."""
        if self._credential_lines is None:
            self._credential_lines = {}
            for line, mentions in self.credentials:
                for mention in mentions:
                    self._credential_lines.setdefault(mention.name, []).append((line, mention.end))
        return self._credential_lines.get(name, [])

    def words_of(self, line: Line) -> frozenset[str]:
        """The words :attr:`line_words` holds for ``line`` (none for a line it leaves out)."""
        if self._words_of is None:
            self._words_of = dict(self.line_words)
        return self._words_of.get(line, frozenset())

    @property
    def role_lines(self) -> frozenset[Line]:
        """Every role's header and lines: where leading people or a team's size must be
        said (a profile's "keen to lead a team of 30" leads nobody)."""
        if self._role_lines is None:
            roles = self.cv.roles
            self._role_lines = frozenset(ln for r in roles for ln in (r.header, *r.lines))
        return self._role_lines

    @property
    def title_words(self) -> list[frozenset[str]]:
        """The content words of each role's header line, in the order of the roles."""
        if self._title_words is None:
            self._title_words = [content_words(role.header.text) for role in self.cv.roles]
        return self._title_words

    @property
    def line_words(self) -> list[tuple[Line, frozenset[str]]]:
        """Every CV line with its content words, computed on first use."""
        if self._line_words is None:
            # Section headings are not evidence; role headers already sit in section lines.
            # Nor are hobbies, the name line or contact details (cv/sections.py).
            personal = personal_lines(self.cv.sections)
            lines = sorted(
                (
                    line
                    for section in self.cv.sections
                    if section.name not in PASTIME_SECTIONS
                    for line in section.lines
                    if line.start not in personal
                ),
                key=lambda line: line.start,
            )
            # What a line denies ("never led a team") is not a word it proves. The denials
            # are found once in the whole text; only lines that hold one are read again.
            ideas = self.taxonomy.paraphrases

            self._line_words = [(line, idea_words(self.affirmed(line), ideas)) for line in lines]
        return self._line_words

    def affirmed(self, line: Line) -> str:
        """``line``'s text with what it denies (negation.py) and what the employer sells
        (CV.markets) blanked; the denials are found once in the whole text, so a label
        answered "Not yet" on the next line is blanked too."""
        if self._denied is None:
            self._denied = sorted([*self.cv.denied, *self.cv.markets])
        # The spans that start in this line, and one that runs into it from the line
        # before (a denial that wraps).
        at = bisect_left(self._denied, (line.start, -1))
        if at > 0 and self._denied[at - 1][1] > line.start:
            at -= 1
        touching = list(takewhile(lambda span: span[0] < line.end, self._denied[at:]))
        if not touching:
            return line.text
        if self.cv.text[line.start : line.end] != line.text:  # a joined wrapped line
            return blank_negated(line.text)
        return blank_spans(line.text, touching, offset=line.start)

    def months_in_roles(self, role_ids: set[int]) -> int:
        """Months covered by these roles, each month once however many roles share it."""
        return union_months(self.cv.roles[i].span for i in role_ids)

    def prove(self, wanted: str) -> SkillProof | None:
        """The strongest proof of ``wanted``: the same skill (or one implying it) beats a
        related one; more months beat fewer; the CV's order breaks ties. None for a
        skill the owner removed: not even a related one stands in for it."""
        if wanted in self.removed:
            return None
        same = self.by_lineage.get(wanted)
        if same:
            roles = {role for use in same for role in use.roles}
            # Prefer the exact skill's own line as proof over a narrower skill's.
            best = max(same, key=lambda u: (u.canonical == wanted, u.months, -_first(u)))
            return SkillProof(wanted, "same", best, self.months_in_roles(roles))
        relation = self.taxonomy.relation
        # A sibling counts (MySQL for PostgreSQL); a broader skill does not: JavaScript
        # says nothing about Redux, Kubernetes nothing about Istio. Siblings share an
        # ancestor, so only CV skills filed under one of wanted's ancestors can be one.
        broader = self.taxonomy.ancestors(wanted)
        kin = {id(u) for a in broader for u in self.by_lineage.get(a, ())}
        related = [
            u
            for u in self.cv.skills
            if id(u) in kin
            and u.canonical not in broader
            and relation(wanted, u.canonical) == "related"
        ]
        if related:
            best = max(related, key=lambda u: (u.months, -_first(u)))
            return SkillProof(wanted, "related", best, best.months)
        return None


def _first(use: SkillUse) -> int:
    return use.evidence[0].start if use.evidence else 0
