"""One check per requirement kind: what status the CV earns, with which line, and why.

Every check returns a :class:`Verdict` whose evidence is a CV line object, so the
report can only ever quote the CV verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from shortlist.core.evidence import CvIndex, SkillProof
from shortlist.core.models import DegreeLevel, Line, Requirement, RequirementKind, Status
from shortlist.core.overlap import best_line, content_words

#: Share of a requirement's content words a CV line must hold to count as met / partial.
OVERLAP_MET = 0.5
OVERLAP_PARTIAL = 0.25
#: Credit for a related skill, and the floor for a skill shown with too few years.
RELATED_CREDIT = 0.5
LISTED_ONLY_CREDIT = 0.25

_ALTERNATIVES = re.compile(r"\b(?:or|either)\b|/", re.IGNORECASE)
_EQUIVALENT = re.compile(
    r"\bor equivalent\b|\bequivalent (?:experience|qualification)", re.IGNORECASE
)
_AUTHORISATION = re.compile(
    r"right to work|work(?:ing)? (?:permit|visa)|authori[sz](?:ed|ation)|citizen|"
    r"settled status|permanent resident|green card|security clearance",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    credit: float
    evidence: Line | None
    note: str
    #: For advice on a gap: the related skill the CV does show, if any.
    adjacent: SkillProof | None = None


def check(req: Requirement, index: CvIndex) -> Verdict:
    """Judge one requirement against the indexed CV."""
    match req.kind:
        case RequirementKind.YEARS:
            return _years(req, index)
        case RequirementKind.SKILL | RequirementKind.SOFT_SKILL:
            return _skills(req, index) if req.skills else _overlap(req, index)
        case RequirementKind.DEGREE:
            return _degree(req, index)
        case RequirementKind.CERTIFICATION:
            return _certification(req, index)
        case RequirementKind.LANGUAGE:
            return _language(req, index)
        case RequirementKind.LOCATION:
            return _location(req, index)
        case _:
            return _responsibility(req, index)


def fmt_months(months: int) -> str:
    """38 -> '3 yr 2 mo'."""
    years, rest = divmod(months, 12)
    if years and rest:
        return f"{years} yr {rest} mo"
    return f"{years} yr" if years else f"{rest} mo"


def _status(credit: float) -> Status:
    if credit >= 0.999:
        return Status.MET
    return Status.PARTIAL if credit > 0 else Status.MISSING


def _proofs(req: Requirement, index: CvIndex) -> list[tuple[str, SkillProof | None]]:
    return [(skill, index.prove(skill)) for skill in req.skills]


def _skill_credit(proof: SkillProof | None) -> float:
    if proof is None:
        return 0.0
    return 1.0 if proof.relation == "same" else RELATED_CREDIT


def _skills(req: Requirement, index: CvIndex) -> Verdict:
    proofs = _proofs(req, index)
    credits = [_skill_credit(p) for _, p in proofs]
    # "Python or Go", "AWS/GCP": one is enough; otherwise every named skill counts.
    any_of = bool(_ALTERNATIVES.search(req.text))
    credit = max(credits) if any_of else sum(credits) / len(credits)
    shown = [p for _, p in proofs if p is not None]
    best = max(shown, key=lambda p: (p.relation == "same", p.months), default=None)
    missing = [skill for skill, p in proofs if p is None]
    related = [p for p in shown if p.relation == "related"]
    parts: list[str] = []
    for proof in shown:
        if proof.relation == "same":
            where = f"{fmt_months(proof.months)} in roles" if proof.months else "listed"
            parts.append(f"{proof.wanted}: {where}")
    for proof in related:
        parts.append(f"{proof.wanted}: not shown; related {proof.use.canonical}")
    if missing and not (any_of and credit >= 0.999):
        parts.append("not shown: " + ", ".join(missing))
    evidence = best.use.evidence[0] if best and best.use.evidence else None
    return Verdict(
        _status(credit),
        credit,
        evidence,
        "; ".join(parts),
        adjacent=related[0] if related else None,
    )


def _years(req: Requirement, index: CvIndex) -> Verdict:
    needed = max(1, req.years or 1) * 12
    if req.skills:
        proofs = [p for _, p in _proofs(req, index) if p is not None]
        same = [p for p in proofs if p.relation == "same"]
        if same:
            best = max(same, key=lambda p: p.months)
            if best.months == 0:
                return Verdict(
                    Status.PARTIAL,
                    LISTED_ONLY_CREDIT,
                    best.use.evidence[0],
                    f"{best.wanted} is listed, but no dated role shows it (asked: {req.years}+ yr)",
                )
            ratio = min(1.0, best.months / needed)
            credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
            evidence = _longest_role_line(best, index) or best.use.evidence[0]
            return Verdict(
                _status(credit),
                credit,
                evidence,
                f"{best.wanted}: {fmt_months(best.months)} in roles (asked: {req.years}+ yr)",
            )
        if proofs:
            best = max(proofs, key=lambda p: p.months)
            ratio = min(1.0, best.months / needed) if best.months else 0.5
            return Verdict(
                Status.PARTIAL,
                RELATED_CREDIT * max(ratio, 0.5),
                best.use.evidence[0] if best.use.evidence else None,
                f"{best.wanted} not shown; related {best.use.canonical} for "
                f"{fmt_months(best.months)} (asked: {req.years}+ yr)",
                adjacent=best,
            )
        return Verdict(
            Status.MISSING, 0.0, None, f"{', '.join(req.skills)} not shown (asked: {req.years}+ yr)"
        )
    return _years_in_field(req, index, needed)


def _years_in_field(req: Requirement, index: CvIndex, needed: int) -> Verdict:
    """'3+ years in B2B sales': roles whose header shares the requirement's words."""
    words = content_words(req.text)
    roles = {
        i
        for i, role in enumerate(index.cv.roles)
        if words & content_words(f"{role.title} {role.employer}")
    }
    if roles:
        months = index.months_in_roles(roles)
        scope = "in matching roles"
        first = min(roles, key=lambda i: index.cv.roles[i].header.start)
        evidence: Line | None = index.cv.roles[first].header
    else:
        months = index.cv.total_months
        scope = "across all roles (none named for this field)"
        evidence = index.cv.roles[0].header if index.cv.roles else None
        # Years in other fields are worth something, not everything.
        months = months // 2
    if months == 0:
        return Verdict(Status.MISSING, 0.0, None, f"no dated roles (asked: {req.years}+ yr)")
    ratio = months / needed
    credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
    if not roles:
        credit = min(credit, 0.5)
    return Verdict(
        _status(credit), credit, evidence, f"{fmt_months(months)} {scope} (asked: {req.years}+ yr)"
    )


def _longest_role_line(proof: SkillProof, index: CvIndex) -> Line | None:
    """The first line inside the longest role that used the skill."""
    roles = [index.cv.roles[i] for i in proof.use.roles]
    if not roles:
        return None
    longest = max(roles, key=lambda r: r.span.months if r.span else 0)
    inside = (longest.header, *longest.lines)
    return next((line for line in proof.use.evidence if line in inside), None)


def _degree(req: Requirement, index: CvIndex) -> Verdict:
    wanted = req.degree or DegreeLevel.BACHELOR
    held = max(index.cv.education, key=lambda e: e.level, default=None)
    equivalent = bool(_EQUIVALENT.search(req.text))
    if held is None or held.level == DegreeLevel.NONE:
        if equivalent and index.cv.total_months >= 36:
            return Verdict(
                Status.PARTIAL,
                0.5,
                None,
                f"no degree shown; the posting accepts equivalent experience "
                f"({fmt_months(index.cv.total_months)} of roles)",
            )
        return Verdict(Status.MISSING, 0.0, None, f"no {wanted.name.lower()} degree shown")
    level = held.level.name.lower()
    if held.level >= wanted:
        if (
            req.field_of_study
            and held.field
            and not (content_words(req.field_of_study) & content_words(held.field))
        ):
            return Verdict(
                Status.PARTIAL,
                0.75,
                held.line,
                f"{level} in {held.field}; asked: {req.field_of_study}",
            )
        return Verdict(Status.MET, 1.0, held.line, f"{level} degree shown")
    credit = 0.5 if equivalent else 0.25
    return Verdict(
        Status.PARTIAL, credit, held.line, f"{level} shown; asked: {wanted.name.lower()}"
    )


def _certification(req: Requirement, index: CvIndex) -> Verdict:
    name = req.certification or req.text
    candidates = list(index.cv.certifications) or [line for line, _ in index.line_words]
    best: Line | None = None
    best_score = 0.0
    for line in candidates:
        score = fuzz.partial_ratio(name.casefold(), line.text.casefold())
        if score > best_score:
            best, best_score = line, score
    if best is not None and best_score >= 90:
        return Verdict(Status.MET, 1.0, best, f"{name} shown")
    return Verdict(Status.MISSING, 0.0, None, f"{name} not shown")


def _language(req: Requirement, index: CvIndex) -> Verdict:
    name = (req.language or "").casefold()
    for lang in index.cv.languages:
        if lang.name.casefold() == name:
            level = f" ({lang.level})" if lang.level else ""
            return Verdict(Status.MET, 1.0, lang.line, f"{lang.name}{level} shown")
    if name == "english" and index.cv.roles:
        return Verdict(
            Status.PARTIAL, 0.75, None, "the CV is written in English but does not state a level"
        )
    return Verdict(Status.MISSING, 0.0, None, f"{req.language or 'language'} not shown")


def _location(req: Requirement, index: CvIndex) -> Verdict:
    if _AUTHORISATION.search(req.text):
        for line, _ in index.line_words:
            if _AUTHORISATION.search(line.text):
                return Verdict(Status.MET, 1.0, line, "work authorisation stated")
        return Verdict(
            Status.MISSING, 0.0, None, "a CV rarely says this; not scored, be ready to confirm it"
        )
    return _overlap(req, index, unscored="a CV rarely says this; not scored")


def _overlap(req: Requirement, index: CvIndex, unscored: str | None = None) -> Verdict:
    line, share = best_line(content_words(req.text), index.line_words)
    if line is not None and share >= OVERLAP_MET:
        return Verdict(Status.MET, 1.0, line, f"{share:.0%} of its key words in one line")
    if line is not None and share >= OVERLAP_PARTIAL:
        return Verdict(Status.PARTIAL, 0.5, line, f"{share:.0%} of its key words in one line")
    return Verdict(Status.MISSING, 0.0, None, unscored or "no line of the CV speaks to it")


def _responsibility(req: Requirement, index: CvIndex) -> Verdict:
    if req.skills:
        verdict = _skills(req, index)
        if verdict.status is not Status.MISSING:
            return verdict
    return _overlap(req, index)
