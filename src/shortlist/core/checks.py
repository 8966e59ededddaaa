"""One check per requirement kind: what status the CV earns, with which line, and why.

Every check returns a :class:`Verdict` whose evidence is a CV line object, so the
report can only ever quote the CV verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from shortlist.core.certifications import find_certifications
from shortlist.core.evidence import CvIndex, SkillProof
from shortlist.core.languages import find_languages, level_label, level_rank, required_level
from shortlist.core.models import DegreeLevel, Line, Requirement, RequirementKind, Role, Status
from shortlist.core.overlap import best_line, content_words
from shortlist.core.text import sentence_at

#: Share of a requirement's content words a CV line must hold to count as met / partial.
OVERLAP_MET = 0.5
OVERLAP_PARTIAL = 0.25
#: Credit for a related skill, and the floor for a skill shown with too few years.
RELATED_CREDIT = 0.5
LISTED_ONLY_CREDIT = 0.25
#: A skill only named in a list, or at a lower level than asked ("basic" for "advanced").
LISTED_CREDIT = 0.5

_ALTERNATIVES = re.compile(r"\b(?:or|either)\b|/", re.IGNORECASE)
#: What stands between two alternatives: "Python or Go", "AWS/GCP", "Jira, Asana or Trello".
_OR_GAP = re.compile(r"\s*,?\s*(?:or|/|and/or)\s*", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")
#: "A degree in Physics or a related subject": the field is a preference, not a test.
_ANY_FIELD = re.compile(
    r"\b(?:or (?:a |another )?(?:closely )?(?:related|relevant|similar|equivalent)|"
    r"any (?:subject|discipline|field))\b",
    re.IGNORECASE,
)
# "including" and "ideally" add to what is asked ("Python, including PyTorch"; "cloud,
# ideally Azure"); they do not offer alternatives.
_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|eg|for example|like)\b", re.IGNORECASE)
_GROUPING = re.compile(
    r"\b(?:or|either|such as|e\.g\.|eg|for example|like)\b"
    r"|[/(]",
    re.IGNORECASE,
)
#: Words that do not name a field: "5+ years of professional, hands-on experience".
_GENERIC_YEARS_WORDS = frozenset(
    content_words(
        "professional industry paid post qualification qualified full time hands "
        "on commercial practical prior previous proven total overall"
    )
)
_EQUIVALENT = re.compile(
    r"\bor equivalent\b|\bequivalent (?:experience|qualification)", re.IGNORECASE
)
_HIGH_LEVEL = re.compile(
    r"\b(?:advanced|expert|expertise|in-depth|deep|extensive|mastery|highly proficient)\b",
    re.IGNORECASE,
)
_LOW_LEVEL = re.compile(
    r"\b(?:basic|beginner|elementary|limited|some exposure|exposure to|familiar with|"
    r"intermediate)\b",
    re.IGNORECASE,
)
#: A credential that is not held yet, or no longer: the progress goes in the note.
_PENDING = re.compile(
    r"\b(?:pending|in progress|working towards?|studying(?: for| towards)?|candidate|"
    r"expected|exam (?:booked|due|scheduled)|booked|scheduled|awaiting|applied for|"
    r"application (?:submitted|pending)|part[- ]qualified|\d of \d (?:sections|units|exams|"
    r"papers|modules)|sections? passed|due (?:in )?\w+ \d{4}|trainee|completing|"
    r"in the process of)\b",
    re.IGNORECASE,
)
_EXPIRED = re.compile(r"\b(?:expired|lapsed|expires? \w+ \d{4}, not renewed)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\blevel\s+(\d)\b", re.IGNORECASE)
_SENIOR_GRADE = re.compile(r"\b(?:chartered|fellow|full member(?:ship)?|senior)\b", re.IGNORECASE)
_JUNIOR_GRADE = re.compile(r"\b(?:assoc|associate|affiliate|student|foundation)\b", re.IGNORECASE)
#: The posting accepts progress: "or working towards it", "or progress toward one".
_ACCEPTS_PROGRESS = re.compile(
    r"working towards?|progress towards?|studying towards?|or (?:be )?willing to (?:obtain|work)",
    re.IGNORECASE,
)
#: A credential's name used for something else: "a regional CPA firm", "the PE exam".
#: Words of a requirement line that are about asking, not about the credential.
_CUE_WORDS = re.compile(
    r"\b(?:required|essential|desirable|preferred|must|have|hold|holding|valid|current|"
    r"active|a|an|the|or|and|with|certification|certificate|qualification)\b|[()]",
    re.IGNORECASE,
)
_NOT_HELD_AFTER = re.compile(
    r"\s*(?:firm|practice|practices|clients?|exams?|examination|course)\b", re.IGNORECASE
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


def _skill_credit(proof: SkillProof | None, req: Requirement, index: CvIndex) -> tuple[float, str]:
    """Credit for one named skill, and how the CV shows it."""
    if proof is None:
        return 0.0, ""
    if proof.relation == "related":
        return RELATED_CREDIT, f"{proof.wanted}: not shown; related {proof.use.canonical}"
    if index.listed_only(proof.use):
        return LISTED_CREDIT, f"{proof.wanted}: listed, but no role or project shows it used"
    line = proof.use.evidence[0] if proof.use.evidence else None
    if line is not None and _HIGH_LEVEL.search(req.text):
        low = _LOW_LEVEL.search(index.mention_context(proof.use, line))
        if low:
            return LISTED_CREDIT, f"{proof.wanted}: the CV says '{low.group(0)}'"
    where = f"{fmt_months(proof.months)} in roles" if proof.months else "shown"
    return 1.0, f"{proof.wanted}: {where}"


def _skills(req: Requirement, index: CvIndex) -> Verdict:
    proofs = _proofs(req, index)
    graded = [_skill_credit(p, req, index) for _, p in proofs]
    credits = dict(zip(req.skills, (credit for credit, _ in graded), strict=True))
    # "Python or Go", "AWS/GCP": one of a group is enough; every group counts.
    groups = _alternatives(req, index)
    credit = sum(max(credits[skill] for skill in group) for group in groups) / len(groups)
    any_of = len(groups) < len(req.skills)
    shown = [(p, credits[skill]) for skill, p in proofs if p is not None]
    best = max(shown, key=lambda pc: (pc[1], pc[0].months), default=None)
    missing = [skill for skill, p in proofs if p is None]
    related = [p for p, _ in shown if p.relation == "related"]
    parts = [note for (_, p), (_, note) in zip(proofs, graded, strict=True) if p is not None]
    if missing and not (any_of and credit >= 0.999):
        parts.append("not shown: " + ", ".join(missing))
    evidence = (
        index.quote(best[0].use, best[0].use.evidence[0]) if best and best[0].use.evidence else None
    )
    return Verdict(
        _status(credit),
        credit,
        evidence,
        "; ".join(parts),
        adjacent=related[0] if related else None,
    )


def _alternatives(req: Requirement, index: CvIndex) -> list[list[str]]:
    """The requirement's skills in groups of alternatives, in the order written:
    "Docker and AWS (ECS or EKS)" -> [[Docker], [AWS], [ECS, EKS]]; "Jira, Asana or
    Trello" -> one group; "Python, Django and Flask" -> three."""
    if len(req.skills) < 2 or not _GROUPING.search(req.text):
        return [[skill] for skill in req.skills]
    seen: set[str] = set()
    mentions = []
    found = req.mentions or index.taxonomy.find(req.text, phrases=False)
    for m in found:
        if m.canonical in req.skills and m.canonical not in seen:
            seen.add(m.canonical)
            mentions.append(m)
    runs: list[tuple[list[str], bool]] = []
    depth = 0
    for i, mention in enumerate(mentions):
        assert mention.canonical is not None
        gap = req.text[mentions[i - 1].end : mention.start] if i else ""
        opened = depth + gap.count("(") - gap.count(")")
        if i and (opened > depth or (opened > 0 and depth > 0) or _EXAMPLES.search(gap)):
            # "a cloud warehouse (Snowflake, BigQuery)", "a WMS such as Manhattan":
            # examples of the thing before them, any one of which will do.
            runs[-1] = (runs[-1][0] + [mention.canonical], True)
        elif i and _OR_GAP.fullmatch(gap):
            runs[-1] = (runs[-1][0] + [mention.canonical], True)
        elif i and _COMMA_GAP.fullmatch(gap):
            runs[-1][0].append(mention.canonical)
        else:
            runs.append(([mention.canonical], False))
        depth = max(0, opened)
    groups = [g for run, any_of in runs for g in ([run] if any_of else [[s] for s in run])]
    groups.extend([skill] for skill in req.skills if skill not in seen)
    return groups


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
    """'3+ years in B2B sales': months in roles whose title holds at least half of the
    requirement's words; '5+ years of professional experience': months in all roles."""
    words = content_words(req.text) - _GENERIC_YEARS_WORDS
    if words:
        roles = {
            i
            for i, role in enumerate(index.cv.roles)
            if len(words & _role_words(role)) * 2 >= len(words)
        }
        if not roles:
            return Verdict(
                Status.MISSING, 0.0, None, f"no role is named for this (asked: {req.years}+ yr)"
            )
        months = index.months_in_roles(roles)
        scope = "in matching roles"
    else:
        roles = set(range(len(index.cv.roles)))
        months = index.cv.total_months
        scope = "across all roles"
    if months == 0:
        return Verdict(Status.MISSING, 0.0, None, f"no dated roles (asked: {req.years}+ yr)")
    first = min(roles, key=lambda i: index.cv.roles[i].header.start)
    ratio = months / needed
    credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
    return Verdict(
        _status(credit),
        credit,
        index.cv.roles[first].header,
        f"{fmt_months(months)} {scope} (asked: {req.years}+ yr)",
    )


def _role_words(role: Role) -> frozenset[str]:
    """What a role says it was: its header and the lines under it."""
    return content_words(" ".join([role.header.text, *(line.text for line in role.lines)]))


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
    # A degree still being studied for is not held yet.
    finished = [e for e in index.cv.education if not e.in_progress]
    held = max(finished, key=lambda e: e.level, default=None)
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
    high_enough = [e for e in finished if e.level >= wanted]
    if high_enough:
        if not req.field_of_study or _ANY_FIELD.search(req.text):
            return Verdict(Status.MET, 1.0, held.line, f"{level} degree shown")
        # The field may sit anywhere on the degree's line: "Bachelor of Commerce (Finance)".
        asked = content_words(req.field_of_study)
        in_field = [e for e in high_enough if asked & content_words(e.line.text)]
        if in_field:
            best = max(in_field, key=lambda e: e.level)
            return Verdict(
                Status.MET, 1.0, best.line, f"{best.level.name.lower()} in the field asked"
            )
        top = max(high_enough, key=lambda e: e.level)
        return Verdict(
            Status.PARTIAL,
            0.75,
            top.line,
            f"{top.level.name.lower()} in {top.field or 'another field'}; "
            f"asked: {req.field_of_study}",
        )
    # A lower qualification is not the one asked for; the note says what the CV holds.
    return Verdict(Status.MISSING, 0.0, held.line, f"{level} shown; asked: {wanted.name.lower()}")


def _certification(req: Requirement, index: CvIndex) -> Verdict:
    """Every credential the line names: "PRINCE2 or PMP" needs one, "A and B" both."""
    names = list(dict.fromkeys(m.name for m in find_certifications(req.text)))
    if req.certification and req.certification not in names:
        names.insert(0, req.certification)
    verdicts = [_one_certification(req, name, index) for name in names or [req.text]]
    if _ALTERNATIVES.search(req.text):
        return max(verdicts, key=lambda v: v.credit)
    return min(verdicts, key=lambda v: v.credit)


def _one_certification(req: Requirement, name: str, index: CvIndex) -> Verdict:
    credentials = index.credentials
    # By name first ("RTITB Reach Truck licence" is a forklift licence), then by wording:
    # the credential's name inside a line, or every word of the requirement in one line.
    for line, mentions in credentials:
        for mention in mentions:
            if mention.name == name and not _NOT_HELD_AFTER.match(line.text, mention.end):
                return _credential(req, name, line)
    folded = name.casefold()
    wording = _CUE_WORDS.sub(" ", req.text).casefold()
    for line, _ in credentials:
        text = line.text.casefold()
        if (len(name) > 6 and fuzz.partial_ratio(folded, text) >= 90) or (
            fuzz.token_set_ratio(wording, text) >= 90
        ):
            return _credential(req, name, line)
    return Verdict(Status.MISSING, 0.0, None, f"{name} not shown")


def _credential(req: Requirement, name: str, line: Line) -> Verdict:
    """A credential the CV names: held, expired, or still in progress."""
    if _EXPIRED.search(line.text):
        return Verdict(Status.PARTIAL, 0.5, line, f"{name} shown, but expired")
    progress = _PENDING.search(line.text)
    if progress:
        if _ACCEPTS_PROGRESS.search(req.text):
            return Verdict(
                Status.MET,
                1.0,
                line,
                f"{name} in progress ('{progress.group(0)}'); the posting accepts that",
            )
        return Verdict(Status.MISSING, 0.0, line, f"{name} not held yet ('{progress.group(0)}')")
    lower = _lower_grade(req.text, line.text)
    if lower:
        return Verdict(Status.PARTIAL, 0.5, line, f"{name} shown, {lower}")
    return Verdict(Status.MET, 1.0, line, f"{name} shown")


def _lower_grade(asked: str, held: str) -> str | None:
    """'Level 2' held for 'Level 3' asked; an associate membership for a chartered one."""
    want = _LEVEL.search(asked)
    have = _LEVEL.search(held)
    if want and have and int(have.group(1)) < int(want.group(1)):
        return f"at level {have.group(1)}; asked: level {want.group(1)}"
    junior = _JUNIOR_GRADE.search(held)
    if junior and _SENIOR_GRADE.search(asked):
        return f"at a lower grade ('{junior.group(0)}')"
    return None


def _language(req: Requirement, index: CvIndex) -> Verdict:
    """Each language the line names: "French, Spanish or German" needs one."""
    names = list(dict.fromkeys(m.name for m in find_languages(req.text)))
    if req.language and req.language not in names:
        names.insert(0, req.language)
    verdicts = [_one_language(req, name, index) for name in names or [""]]
    if _ALTERNATIVES.search(req.text):
        return max(verdicts, key=lambda v: v.credit)
    return min(verdicts, key=lambda v: v.credit)


def _one_language(req: Requirement, language: str, index: CvIndex) -> Verdict:
    name = language.casefold()
    for lang in index.cv.languages:
        if lang.name.casefold() != name:
            continue
        level = f" ({lang.level})" if lang.level else ""
        have = level_rank(lang.level) if lang.level else None
        wanted = required_level(req.text, language) if language else req.language_level
        if wanted is None or have is None or have >= wanted:
            return Verdict(Status.MET, 1.0, lang.line, f"{lang.name}{level} shown")
        # One CEFR step short is real but partial; two or more is not the level asked.
        if wanted - have == 1:
            return Verdict(
                Status.PARTIAL,
                0.5,
                lang.line,
                f"{lang.name}{level} shown; asked: {level_label(wanted)}",
            )
        return Verdict(
            Status.MISSING,
            0.0,
            lang.line,
            f"{lang.name}{level} is below the level asked ({level_label(wanted)})",
        )
    if name == "english" and index.cv.roles:
        return Verdict(
            Status.PARTIAL, 0.75, None, "the CV is written in English but does not state a level"
        )
    return Verdict(Status.MISSING, 0.0, None, f"{language or 'the language'} not shown")


def _location(req: Requirement, index: CvIndex) -> Verdict:
    if _AUTHORISATION.search(req.text):
        for line, _ in index.line_words:
            stated = _AUTHORISATION.search(line.text)
            if stated:
                quoted = sentence_at(line, line.start + stated.start())
                return Verdict(Status.MET, 1.0, quoted, "work authorisation stated")
        return Verdict(
            Status.MISSING, 0.0, None, "a CV rarely says this; not scored, be ready to confirm it"
        )
    return _overlap(req, index, unscored="a CV rarely says this; not scored")


def _overlap(req: Requirement, index: CvIndex, unscored: str | None = None) -> Verdict:
    words = content_words(req.text)
    line, share = best_line(words, index.line_words)
    # Half of two words is one word: short requirements need more of theirs to be met.
    if line is not None and share >= OVERLAP_MET and (share >= 0.66 or len(words) >= 4):
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
