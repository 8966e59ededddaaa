"""parse_cv: a CV's text in, a :class:`~shortlist.core.models.CV` out.

What it reads, and where from:

- sections, at known headings (cv_sections.CV_HEADINGS) and at heading-like lines we do
  not know ("HOBBIES"), unless such a line sits next to a role's dates;
- roles, by their date spans (cv_roles), in the experience sections; a CV without an
  experience heading has its roles looked for everywhere but in sections that never
  hold jobs (education, certifications, skills, ...);
- skills, with the taxonomy, over the whole text: a skill named in a role's lines takes
  that role's months (overlapping roles counted once), one named only elsewhere (a
  skills list) takes none;
- achievements: lines stating a measurable result, in roles, summaries, projects,
  awards, volunteering and unknown sections;
- education: degree lines in the education section, and degree names in short lines
  anywhere ("BSc Computer Science, University of Leeds, 2015"), but not in a role's
  bullets or sentences ("Taught A-level Chemistry");
- certifications: every line of a certifications section, and any line naming a known
  certification;
- languages: lines of a languages section and "Languages: ..." lines anywhere.

"Today" is an argument, never the clock: ``today`` (a month index) ends open spans
("Present"); when None they end at the latest month the CV mentions (see
dates.latest_month), which is honest for an old CV and never reaches past its own text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from shortlist.core.cv.roles import anchor_span, find_roles
from shortlist.core.cv.sections import (
    PASTIME_SECTIONS,
    SECTION_NAMES,
    inline_section,
    personal_lines,
    split_cv_sections,
)
from shortlist.core.models import (
    CV,
    DegreeLevel,
    Education,
    LanguageSkill,
    Line,
    Role,
    Section,
    SkillKind,
    SkillMention,
    SkillUse,
    union_months,
)
from shortlist.core.taxonomy.certifications import find_certifications
from shortlist.core.taxonomy.degrees import degree_field, degree_in_progress, find_degrees
from shortlist.core.taxonomy.languages import find_languages
from shortlist.core.taxonomy.skills import Taxonomy
from shortlist.core.text.achievements import has_result
from shortlist.core.text.dates import SpanMatch, latest_month
from shortlist.core.text.lines import is_bullet, split_lines
from shortlist.core.text.negation import blank_spans, negated_spans

__all__ = ["MAX_ROLES", "parse_cv"]

# Sections whose lines can state an achievement, besides the roles themselves.
_ACHIEVEMENT_SECTIONS = frozenset(
    {"experience", "summary", "achievements", "awards", "projects", "volunteering"}
)
# Sections whose dated lines are never jobs, even in a CV without an experience heading.
_NEVER_ROLES = frozenset(
    {"education", "certifications", "skills", "languages", "references", "interests",
     "contact", "publications", "training", "memberships"}
)  # fmt: skip
#: Dated header lines read at most; more is not a CV, and the cap bounds the time taken.
MAX_ROLES = 200
_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d")
_MAX_ENTRY_WORDS = 14
_CONTACT = re.compile(r"@|https?:|www\.|\+?\d[\d ()-]{8,}\d")


def parse_cv(text: str, taxonomy: Taxonomy, *, today: int | None = None) -> CV:
    """Read a CV's text into roles, skills with months, education, certifications, languages.

    ``today`` is a month index (models.month_index) that ends open-ended spans; when
    None they end at the latest month mentioned in the text, or at their own start.
    Only the first MAX_ROLES dated header lines become roles.
    """
    lines = split_lines(text, join_wrapped=True)
    ref = today if today is not None else latest_month(text)
    anchors: dict[int, SpanMatch] = {}
    anchor_indexes: list[int] = []
    for i in _lines_with_years(text, lines):
        found = anchor_span(lines[i].text, ref)
        if found is not None:
            anchors[lines[i].start] = found
            anchor_indexes.append(i)
            if len(anchor_indexes) == MAX_ROLES:
                break
    sections = split_cv_sections(lines, anchor_indexes)
    roles = _roles(sections, anchors)
    role_of: dict[int, int] = {}
    for index, role in enumerate(roles):
        for line in (role.header, *role.lines):
            role_of[line.start] = index
    labelled = _labelled(sections)
    # What a line denies or only hopes for ("never used X", "learning Y") is not read
    # for skills or credentials, nor are hobbies ("baking bread" is not catering);
    # blanking keeps every offset (negation.py).
    personal = personal_lines(sections)
    denied = negated_spans(text)
    unread = [
        (line.start, line.end)
        for s in sections
        for line in s.lines
        if s.name in PASTIME_SECTIONS or line.start in personal
    ]
    affirmed = blank_spans(text, [*denied, *unread])
    named = taxonomy.find(affirmed, phrases=False) if text else []
    # "Account Executive at a B2B accounting SaaS": what the employer sells, not a skill.
    markets = [m for m in named if _sold(text, m)]
    mentions = [m for m in named if m not in markets]
    return CV(
        text=text,
        sections=sections,
        roles=roles,
        skills=_skill_uses(mentions, lines, roles, role_of),
        achievements=_achievements(sections, roles, role_of),
        education=_education(sections, role_of, labelled, ref, personal, affirmed),
        certifications=_certifications(affirmed, lines, labelled),
        languages=_languages(labelled),
        total_months=union_months(role.span for role in roles),
        mentions=tuple(mentions),
        markets=tuple((m.start, m.end) for m in markets),
        denied=tuple(denied),
    )


_PRODUCT_WORDS = frozenset({"software", "platform", "platforms", "system", "systems", "saas"})
_SELLING = re.compile(
    r"\b(?:sold|sell|sells|selling|pitched|demoed|demonstrated|marketed|promoted|resold)\b"
    r"[^.;\n]*$",
    re.IGNORECASE,
)
#: Words after a field that make it the market an employer sells to ("accounting SaaS",
#: "payroll software", "inventory management platform"), not the person's own work.
_MARKET = re.compile(
    r"\s+(?:saas|software|platform|platforms|startup|start-up|company|companies|vendor"
    r"|vendors|provider|marketplace|firm)\b",
    re.IGNORECASE,
)


def _sold(text: str, mention: SkillMention) -> bool:
    """The mention names a market: "accounting SaaS", or "sold payroll software"."""
    # A product or language named with a capital ("Java software", "an internal
    # Kubernetes platform") is the person's tool, not a market, unless it was sold.
    if _MARKET.match(text, mention.end) and not mention.text[:1].isupper():
        return True
    last = mention.text.rsplit(None, 1)[-1].casefold()
    return last in _PRODUCT_WORDS and bool(
        _SELLING.search(text, max(0, mention.start - 40), mention.start)
    )


def _lines_with_years(text: str, lines: Sequence[Line]) -> list[int]:
    """Indexes of the lines holding a year, found in one pass over the whole text."""
    starts = [line.start for line in lines]
    out: list[int] = []
    for m in _YEAR.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and (not out or out[-1] != i):
            out.append(i)
    return out


def _labelled(sections: Sequence[Section]) -> dict[str, dict[int, Line]]:
    """Lines by the section they belong to: their own, or the one their label names
    ('Languages: English' inside Skills belongs to languages)."""
    out: dict[str, dict[int, Line]] = {}
    for section in sections:
        for line in section.lines:
            name = inline_section(line.text) or section.name
            out.setdefault(name, {})[line.start] = line
    return out


def _roles(sections: Sequence[Section], anchors: dict[int, SpanMatch]) -> tuple[Role, ...]:
    where = [s for s in sections if s.name == "experience"] or [
        s for s in sections if s.name not in _NEVER_ROLES
    ]
    return tuple(role for section in where for role in find_roles(section.lines, anchors))


#: Words that make a header's second part a ward or department, not an employer.
_DEPARTMENT = re.compile(
    r"\b(?:unit|ward|department|dept|team|service|services|clinic|centre|center|theatres?"
    r"|division|practice|suite|lab|laboratory|kitchen|section)\b",
    re.IGNORECASE,
)
#: A company's legal form.
_COMPANY = re.compile(
    r"\b(?:ltd|limited|llp|plc|inc|llc|corp|corporation|gmbh|pty|co)\b\.?\s*$|&\s*co\b",
    re.IGNORECASE,
)


def _in_employer(mention: SkillMention, line: Line, role: Role) -> bool:
    """Whether ``mention`` sits in the employer's name on its role's header line."""
    if line.start != role.header.start or not role.employer:
        return False
    at = line.text.find(role.employer)
    if at < 0 or role.employer in role.title:
        return False
    start = line.start + at
    if not (start <= mention.start and mention.end <= start + len(role.employer)):
        return False
    # "Staff Nurse, Intensive Care Unit": a ward or department says what the work was.
    if _DEPARTMENT.search(role.employer):
        return False
    # A company's name: "Hays Recruitment Ltd", or a name ending in the skill's words
    # ("Trentside Logistics"), not "Orchid fine-dining restaurant".
    rest = role.employer[mention.end - start :]
    return bool(_COMPANY.search(role.employer)) or not rest.strip(" .,")


def _skill_uses(
    mentions: Sequence[SkillMention],
    lines: Sequence[Line],
    roles: Sequence[Role],
    role_of: dict[int, int],
) -> tuple[SkillUse, ...]:
    starts = [line.start for line in lines]
    kinds: dict[str, SkillKind] = {}
    used_in: dict[str, set[int]] = {}
    found_on: dict[str, dict[int, Line]] = {}
    for mention in mentions:
        if mention.canonical is None:
            continue
        line = lines[bisect_right(starts, mention.start) - 1]
        role = role_of.get(line.start)
        if role is not None and _in_employer(mention, line, roles[role]):
            # "Receptionist, Trentside Logistics Ltd": the employer's name is no skill used.
            continue
        kinds.setdefault(mention.canonical, mention.kind)
        found_on.setdefault(mention.canonical, {})[line.start] = line
        used = used_in.setdefault(mention.canonical, set())
        if role is not None:
            used.add(role)
    uses: list[SkillUse] = []
    # Many skills share the same roles; work out each set of roles once.
    by_roles: dict[frozenset[int], tuple[int, int | None]] = {}
    for canonical, role_ids in used_in.items():
        key = frozenset(role_ids)
        if key not in by_roles:
            spans = [roles[i].span for i in key]
            ends = [span.end for span in spans if span is not None]
            by_roles[key] = (union_months(spans), max(ends) if ends else None)
        months, last_used = by_roles[key]
        found = found_on[canonical]
        uses.append(
            SkillUse(
                canonical=canonical,
                kind=kinds[canonical],
                months=months,
                last_used=last_used,
                roles=tuple(sorted(role_ids)),
                evidence=(
                    _evidence(found.values(), roles, role_of)
                    if len(found) > 1
                    else tuple(found.values())
                ),
            )
        )
    # Longest-used first; the name breaks ties so section order never changes the result.
    uses.sort(key=lambda use: (-use.months, use.canonical.casefold(), use.canonical))
    return tuple(uses)


def _evidence(
    found: Iterable[Line], roles: Sequence[Role], role_of: dict[int, int]
) -> tuple[Line, ...]:
    """Lines in roles first, the most recent role first; then the rest in text order."""

    def order(line: Line) -> tuple[int, int, int]:
        role = role_of.get(line.start)
        if role is None:
            return (1, 0, line.start)
        span = roles[role].span
        return (0, -(span.end if span else -1), line.start)

    return tuple(sorted(found, key=order))


def _achievements(
    sections: Sequence[Section], roles: Sequence[Role], role_of: dict[int, int]
) -> tuple[Line, ...]:
    headers = {role.header.start for role in roles}
    out: list[Line] = []
    for section in sections:
        open_section = section.name in _ACHIEVEMENT_SECTIONS or section.name not in SECTION_NAMES
        for line in section.lines:
            in_role = line.start in role_of
            if line.start in headers or not (in_role or open_section):
                continue
            if section.name == "header" and not in_role:
                continue
            if has_result(line.text) and not _CONTACT.search(line.text):
                out.append(line)
    return tuple(sorted(out, key=lambda line: line.start))


def _education(
    sections: Sequence[Section],
    role_of: dict[int, int],
    labelled: dict[str, dict[int, Line]],
    today: int | None,
    personal: frozenset[int],
    affirmed: str,
) -> tuple[Education, ...]:
    in_education = labelled.get("education", {})
    out: list[Education] = []
    for section in sections:
        for line in section.lines:
            if line.start in personal:
                continue
            listed = line.start in in_education
            in_role = line.start in role_of
            if (in_role and is_bullet(line.text)) or not (listed or _entry_like(line.text)):
                continue
            # "Keen to do an MSc Data Science" holds no MSc (``affirmed``: negation.py).
            said = affirmed[line.start : line.end]
            found = find_degrees(said if len(said) == len(line.text) else line.text, lenient=listed)
            if not found:
                continue
            best = max(found, key=lambda d: d.level)
            above_school = best.level > DegreeLevel.SECONDARY
            field = degree_field(line.text, best.end) if above_school else None
            # Inside a role ("Taught A-level Chemistry") only a full degree entry counts,
            # as when a CV without headings lists its degree among its jobs.
            if in_role and field is None:
                continue
            pending = degree_in_progress(line.text, today=today)
            out.append(Education(line, best.level, field, in_progress=pending))
    return tuple(out)


def _entry_like(text: str) -> bool:
    """A short line that is not a sentence: 'BSc Physics, Leeds, 2015', not a summary."""
    return not text.endswith(".") and text.count(" ") < _MAX_ENTRY_WORDS


def _certifications(
    text: str, lines: Sequence[Line], labelled: dict[str, dict[int, Line]]
) -> tuple[Line, ...]:
    chosen = dict(labelled.get("certifications", {}))
    starts = [line.start for line in lines]
    for mention in find_certifications(text):
        line = lines[bisect_right(starts, mention.start) - 1]
        # Outside its own section a credential is listed from an entry ("PRINCE2
        # Practitioner, 2021"), not from a sentence that mentions it in passing.
        if _entry_like(line.text):
            chosen.setdefault(line.start, line)
    return tuple(chosen[start] for start in sorted(chosen))


def _languages(labelled: dict[str, dict[int, Line]]) -> tuple[LanguageSkill, ...]:
    candidates = labelled.get("languages", {})
    out: list[LanguageSkill] = []
    seen: set[str] = set()
    for start in sorted(candidates):
        line = candidates[start]
        for mention in find_languages(line.text):
            if mention.name not in seen:
                seen.add(mention.name)
                out.append(LanguageSkill(mention.name, mention.level, line))
    return tuple(out)
