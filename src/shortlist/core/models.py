"""Frozen domain objects passed between the parsers, the matcher and the surfaces.

Months are counted as a single integer, ``year * 12 + (month - 1)``, so spans add and
subtract without calendar code; :func:`month_index` and :func:`month_label` convert.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Literal

SkillKind = Literal["knowledge", "skill"]


def month_index(year: int, month: int) -> int:
    """The month as one integer: January 2020 -> 24240."""
    return year * 12 + (month - 1)


def month_label(index: int) -> str:
    """24240 -> '2020-01'."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True, slots=True)
class SkillMention:
    """A skill or piece of knowledge found in a text, with its character offsets."""

    start: int
    end: int
    text: str
    canonical: str | None
    kind: SkillKind


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document, verbatim, with its offset in the whole text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Section:
    """A block of a document under one heading; ``name`` is normalised (see text.py)."""

    name: str
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class DateSpan:
    """Start and end month (inclusive), as written in the document."""

    start: int
    end: int
    current: bool
    text: str

    @property
    def months(self) -> int:
        return max(0, self.end - self.start + 1)


def union_months(spans: Iterable[DateSpan | None]) -> int:
    """Months covered by at least one span, each month counted once."""
    ranges = sorted((s.start, s.end) for s in spans if s is not None and s.end >= s.start)
    total, reached = 0, -1
    for start, end in ranges:
        start = max(start, reached + 1)
        if end >= start:
            total += end - start + 1
            reached = end
    return total


@dataclass(frozen=True, slots=True)
class Role:
    """A job held: its header line, its dates and the lines describing it."""

    title: str
    employer: str
    span: DateSpan | None
    header: Line
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class SkillUse:
    """Where a CV shows a skill: the roles that used it, for how long, and the proof."""

    canonical: str
    kind: SkillKind
    months: int
    last_used: int | None
    roles: tuple[int, ...]
    evidence: tuple[Line, ...]


class DegreeLevel(IntEnum):
    NONE = 0
    SECONDARY = 1
    ASSOCIATE = 2
    BACHELOR = 3
    MASTER = 4
    DOCTORATE = 5


@dataclass(frozen=True, slots=True)
class Education:
    line: Line
    level: DegreeLevel
    field: str | None
    #: Still being studied for ("expected 2027"): shown, but not held yet.
    in_progress: bool = False


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    name: str
    level: str | None
    line: Line


@dataclass(frozen=True, slots=True)
class CV:
    text: str
    sections: tuple[Section, ...]
    roles: tuple[Role, ...]
    skills: tuple[SkillUse, ...]
    achievements: tuple[Line, ...]
    education: tuple[Education, ...]
    certifications: tuple[Line, ...]
    languages: tuple[LanguageSkill, ...]
    #: Months covered by at least one role (overlapping roles count once).
    total_months: int
    #: Every taxonomy skill named anywhere in the CV, including a skills list with no role.
    #: (Competence phrases with no canonical name are left out: nothing here scores them.)
    mentions: tuple[SkillMention, ...] = ()
    #: Spans naming what an employer sells ("B2B accounting SaaS", "sold payroll
    #: software"): shown, never evidence of the person's own skill.
    markets: tuple[tuple[int, int], ...] = ()
    #: Spans the CV denies or only hopes for ("never used X", core/text/negation.py),
    #: and the mentions of a skill its owner removed (core/cv/corrections.py).
    denied: tuple[tuple[int, int], ...] = ()
    #: Skills the owner said are not theirs: evidence of no row, named, implied by a
    #: narrower skill or said in a line's words (core/cv/corrections.py).
    removed: tuple[str, ...] = ()

    def skill(self, canonical: str) -> SkillUse | None:
        for use in self.skills:
            if use.canonical == canonical:
                return use
        return None


#: How a row's need is written everywhere a report is shown (web, terminal).
NEED_LABELS = {"must": "Must-have", "nice": "Nice to have", "duty": "Duty"}


class RequirementKind(StrEnum):
    SKILL = "skill"
    YEARS = "years"
    DEGREE = "degree"
    CERTIFICATION = "certification"
    LANGUAGE = "language"
    RESPONSIBILITY = "responsibility"
    SOFT_SKILL = "soft_skill"
    LOCATION = "location"


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing a posting asks for, verbatim, typed and weighted.

    ``skills`` holds canonical names from the taxonomy; ``years`` is the minimum asked
    for ("5+ years" -> 5); ``degree`` the lowest level that satisfies it.
    """

    text: str
    kind: RequirementKind
    must_have: bool
    skills: tuple[str, ...] = ()
    years: int | None = None
    #: Experience asked in months ("at least 18 months'"), when the posting says months.
    months: int | None = None
    degree: DegreeLevel | None = None
    field_of_study: str | None = None
    language: str | None = None
    #: The lowest level accepted, as a rank: A1=1 ... C2=6, native=7 (languages.py).
    language_level: int | None = None
    certification: str | None = None
    #: The words that decided must-have or nice-to-have ("required", "a plus", a heading).
    weight_cue: str | None = None
    #: Where the skills stand in ``text`` (offsets into it), to read "A or B" groups.
    mentions: tuple[SkillMention, ...] = ()
    #: What the job involves ("You will lead a shift team"), from its duties: context for
    #: the match, weighed lightly, never a gap. Not a requirement line without a skill.
    duty: bool = False

    @property
    def need(self) -> str:
        """'must', 'nice' or 'duty': how every surface labels the row (NEED_LABELS)."""
        return "duty" if self.duty else "must" if self.must_have else "nice"

    @property
    def months_asked(self) -> int:
        """The experience asked, in months (at least one month)."""
        return self.months or max(1, self.years or 1) * 12

    @property
    def asked(self) -> str:
        """The experience asked, as notes say it: "3+ yr", "18+ mo"."""
        return f"{self.months}+ mo" if self.months else f"{self.years}+ yr"


@dataclass(frozen=True, slots=True)
class Posting:
    text: str
    title: str | None
    company: str | None
    location: str | None
    remote: str | None
    salary: str | None
    requirements: tuple[Requirement, ...]
    sections: tuple[Section, ...] = ()
    #: What the posting says about applying and interviewing ("Closing date: 12 January
    #: 2027", "Interviews will be held on 26 January at the Civic Centre"), verbatim:
    #: for the plan's logistics, never a requirement.
    logistics: tuple[str, ...] = ()


class Status(StrEnum):
    MET = "met"
    PARTIAL = "partial"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class RequirementResult:
    """One row of a match report: what was asked, what the CV shows, and why."""

    requirement: Requirement
    status: Status
    #: A CV line, verbatim; None when the CV shows nothing for it.
    evidence: str | None
    note: str
    #: The requirement's weight in the score and the share of it earned (0..1).
    weight: float
    credit: float


@dataclass(frozen=True, slots=True)
class Gap:
    requirement: str
    must_have: bool
    advice: str


@dataclass(frozen=True, slots=True)
class MatchReport:
    score: int
    band: str
    rows: tuple[RequirementResult, ...]
    strengths: tuple[str, ...]
    gaps: tuple[Gap, ...]
    #: The uncapped score and the cap applied to it, so the arithmetic can be checked.
    raw_score: float
    cap: int | None
    engine_version: str
    notes: tuple[str, ...] = field(default=())
