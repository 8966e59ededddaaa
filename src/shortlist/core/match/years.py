"""Years rows: "5+ years of Python", "3+ years in B2B sales", "2 years as a registered
pharmacist" (issue #12 for what does not count).

Months come from dated roles, overlaps counted once. A skill's years are the months of
the roles that used it; a field's years the months of roles named for it. Whichever of
the two shows more decides, so "2+ years as a qualified teacher" is met by five years as
a Class Teacher though the CV never writes "QTS".

Placements, internships, student, trainee, pre-registration, apprentice and volunteer
roles, and dated degrees read as roles, are shown but not counted, unless the posting
accepts them ("including placements", "voluntary"). When the posting asks for the
qualified role ("qualified", "registered", "post-registration", "as a nurse"), assistant
and support roles are not counted either: five years as a healthcare assistant are not
five years as a nurse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shortlist.core.match.evidence import CvIndex, SkillProof
from shortlist.core.match.overlap import content_words
from shortlist.core.match.role_fields import (
    ALTERNATIVE,
    GENERIC_YEARS_WORDS,
    field_words,
    names,
    role_words,
    skipped_note,
    title,
    title_words,
)
from shortlist.core.match.role_years import (
    AS_ROLE_IN_SETTING,
    SIMILAR_ROLE,
    TITLE_TAIL,
    years_as_title,
    years_in_setting,
)
from shortlist.core.match.verdict import (
    LISTED_ONLY_CREDIT,
    RELATED_CREDIT,
    Verdict,
    fmt_months,
    status_of,
)
from shortlist.core.models import DegreeLevel, Line, Requirement, Status
from shortlist.core.taxonomy.degrees import find_degrees

__all__ = ["not_counted", "years_check"]

_TRAINING = re.compile(
    r"\b(?:placements?|intern|interns|internship|student|trainee|pre-?registration"
    r"|apprentice|apprenticeship|work experience|volunteer|voluntary|work shadowing)\b",
    re.IGNORECASE,
)
_ROLE_NOUN = re.compile(
    r"\s*(?:services?\s+)?(?:coordinator|manager|adviser|advisor|assessor|officer|lead|leader"
    r"|supervisor|recruiter|tutor|mentor|co-ordinator|administrator|director|support officer)\b",
    re.IGNORECASE,
)
_SUPPORT = re.compile(
    r"\b(?:assistant|support worker|aide|auxiliary|care worker|healthcare support)\b",
    re.IGNORECASE,
)
_ACCEPTS_TRAINING = re.compile(
    r"\b(?:placements?|internships?|voluntary|volunteer(?:ing)?|unpaid|paid or unpaid"
    r"|including training)\b",
    re.IGNORECASE,
)
_QUALIFIED_ROLE = re.compile(
    r"\b(?:qualified|registered|post[- ]?(?:registration|qualification|qualifying|qualified)"
    r"|chartered|licensed)\b|(?<!such )\bas an? (?!assistant\b)\w+",
    re.IGNORECASE,
)


_ASKS_FOR_A_ROLE = re.compile(rf"{_QUALIFIED_ROLE.pattern}|\bprofessional\b", re.IGNORECASE)


def not_counted(req: Requirement, index: CvIndex) -> frozenset[int]:
    """Indexes of the roles whose months this row does not count (see above)."""
    if _ACCEPTS_TRAINING.search(req.text):
        return frozenset()
    # "2 years as a Teaching Assistant" asks for the support role itself.
    support = bool(_QUALIFIED_ROLE.search(req.text)) and not _SUPPORT.search(req.text)
    return frozenset(
        i
        for i, role in enumerate(index.cv.roles)
        if _kind_of_role(title(role)) == "training"
        or (support and _kind_of_role(title(role)) == "support")
    )


@lru_cache(maxsize=4096)
def _kind_of_role(title: str) -> str:
    """The kind of role a title names: "training" (a placement, a trainee post, or a
    dated degree read as a role: "MA Social Work, University of ..., 2023 - 2025"),
    "support" (an assistant's post) or "role"; read once per title and process."""
    if _training(title) or _studied(title):
        return "training"
    return "support" if _SUPPORT.search(title) else "role"


def _training(title: str) -> bool:
    """A placement, internship or trainee post by its title ("Student Nurse", "Software
    Engineering Intern"), not a job about training ("Student Services Adviser",
    "Apprenticeship Assessor", "Volunteer Coordinator")."""
    found = _TRAINING.search(title)
    return found is not None and not _ROLE_NOUN.match(title, found.end())


def _studied(title: str) -> bool:
    """A degree course read as a role: the title starts with a degree above school level
    ("MA Social Work"), not "Teacher of A-level Chemistry"."""
    degrees = find_degrees(title, lenient=True)
    return any(d.start == 0 and d.level > DegreeLevel.SECONDARY for d in degrees)


def years_check(
    req: Requirement,
    index: CvIndex,
    proofs: list[tuple[str, SkillProof | None]],
    *,
    titles: bool = True,
    job_title: str | None = None,
) -> Verdict:
    """The years a row asks for, from the skill's roles or the roles named for it (by
    their titles only with ``titles``). "In a similar role" names the posting's
    ``job_title``: the roles whose titles say half its words count."""
    needed = req.months_asked
    skipped = not_counted(req, index)
    setting = AS_ROLE_IN_SETTING.search(req.text)
    as_title = years_as_title(req, index, needed, skipped)
    if as_title is not None:
        # The title's years, then, if enough, the setting's ("as a chef in fine dining").
        in_setting = (
            years_in_setting(req, index, needed, skipped, setting)
            if setting and as_title.status is Status.MET
            else None
        )
        return in_setting or as_title
    if not req.skills:
        like = (
            field_words(TITLE_TAIL.split(job_title, maxsplit=1)[0])
            if job_title and SIMILAR_ROLE.search(req.text)
            else None
        )
        if like:
            return _years_in_field(
                req, index, needed, skipped, titles_only=True, words=like, scope=job_title
            )
        short = years_in_setting(req, index, needed, skipped, setting) if setting else None
        return short or _years_in_field(req, index, needed, skipped)
    by_skill = _years_of_skill(req, index, needed, skipped, proofs)
    if by_skill.status is Status.MET or not titles or not _ASKS_FOR_A_ROLE.search(req.text):
        return by_skill
    # "2+ years as a qualified teacher": the job titles say it where no line names QTS.
    by_title = _years_in_field(req, index, needed, skipped, titles_only=True)
    return by_title if by_title.credit > by_skill.credit else by_skill


def _years_of_skill(
    req: Requirement,
    index: CvIndex,
    needed: int,
    skipped: frozenset[int],
    proofs: list[tuple[str, SkillProof | None]],
) -> Verdict:
    shown = [p for _, p in proofs if p is not None]
    same = [p for p in shown if p.relation == "same"]
    if same:
        months = {id(p): _months(p, index, skipped) for p in same}
        best = max(same, key=lambda p: months[id(p)])
        if best.months == 0:
            return Verdict(
                Status.PARTIAL,
                LISTED_ONLY_CREDIT,
                best.use.evidence[0],
                f"{best.wanted} is listed, but no dated role shows it (asked: {req.asked})",
            )
        counted = months[id(best)]
        ratio = min(1.0, counted / needed)
        credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
        evidence = _longest_role_line(best, index) or best.use.evidence[0]
        return Verdict(
            status_of(credit),
            credit,
            evidence,
            f"{best.wanted}: {fmt_months(counted)} in roles (asked: {req.asked})"
            + skipped_note(best.months - counted),
        )
    if shown:
        best = max(shown, key=lambda p: p.months)
        ratio = min(1.0, best.months / needed) if best.months else 0.5
        return Verdict(
            Status.PARTIAL,
            RELATED_CREDIT * max(ratio, 0.5),
            best.use.evidence[0] if best.use.evidence else None,
            f"{best.wanted} not shown; related {best.use.canonical} for "
            f"{fmt_months(best.months)} (asked: {req.asked})",
            adjacent=best,
        )
    return Verdict(
        Status.MISSING, 0.0, None, f"{', '.join(req.skills)} not shown (asked: {req.asked})"
    )


def _months(proof: SkillProof, index: CvIndex, skipped: frozenset[int]) -> int:
    """The skill's months in the roles this row counts."""
    if not skipped:
        return proof.months
    roles = {role for use in index.by_lineage.get(proof.wanted, ()) for role in use.roles}
    return index.months_in_roles(roles - skipped)


def _years_in_field(
    req: Requirement,
    index: CvIndex,
    needed: int,
    skipped: frozenset[int],
    *,
    titles_only: bool = False,
    words: frozenset[str] | None = None,
    scope: str | None = None,
) -> Verdict:
    """'3+ years in B2B sales': months in roles that say at least half of the
    requirement's words (in their title, or with ``titles_only`` false anywhere in the
    role); '5+ years of professional experience': months in all roles. ``words`` and
    ``scope`` name the field instead ("in a similar role": the posting's job title)."""
    if words is None:
        words = content_words(req.text) - GENERIC_YEARS_WORDS
    every = set(range(len(index.cv.roles)))
    said = title_words if titles_only else role_words
    if scope is not None:
        saying = [said(role) for role in index.cv.roles]
        named = {i for i in every if names(words, saying[i])}
        scope = f"in roles like {scope}"
    elif words:
        # "managing a grocery or convenience store, or deputy managing a large one": a
        # role named for any one alternative is named for the row.
        parts = [p for p in map(field_words, ALTERNATIVE.split(req.text)) if p]
        saying = [said(role) for role in index.cv.roles]
        named = {
            i for i in every if names(words, saying[i]) or any(names(p, saying[i]) for p in parts)
        }
        scope = "in matching roles"
    else:
        named, scope = every, "across all roles"
    roles = named - skipped
    if not named:
        what = scope.removeprefix("in ") if scope.startswith("in roles like") else "named for this"
        return Verdict(Status.MISSING, 0.0, None, f"no role {what} (asked: {req.asked})")
    months = index.months_in_roles(roles)
    left_out = index.months_in_roles(named) - months
    if months == 0:
        why = "only training or support roles are named for this" if left_out else "no dated roles"
        return Verdict(
            Status.MISSING, 0.0, None, f"{why} (asked: {req.asked})" + skipped_note(left_out)
        )
    first = min(roles, key=lambda i: index.cv.roles[i].header.start)
    ratio = months / needed
    credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
    return Verdict(
        status_of(credit),
        credit,
        index.cv.roles[first].header,
        f"{fmt_months(months)} {scope} (asked: {req.asked})" + skipped_note(left_out),
    )


def _longest_role_line(proof: SkillProof, index: CvIndex) -> Line | None:
    """The first line inside the longest role that used the skill."""
    roles = [index.cv.roles[i] for i in proof.use.roles]
    if not roles:
        return None
    longest = max(roles, key=lambda r: r.span.months if r.span else 0)
    inside = (longest.header, *longest.lines)
    return next((line for line in proof.use.evidence if line in inside), None)
