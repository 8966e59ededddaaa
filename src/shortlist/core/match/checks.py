"""One check per requirement kind: what status the CV earns, with which line, and why.

Every check returns a :class:`Verdict` whose evidence is a CV line object, so the
report can only ever quote the CV verbatim.
"""

from __future__ import annotations

import dataclasses
import re

from shortlist.core.match.credential_asks import credential_words, names_the_credential
from shortlist.core.match.evidence import CvIndex, SkillProof
from shortlist.core.match.leading import with_leading
from shortlist.core.match.narrowing import narrowed, shown_by_a_role
from shortlist.core.match.or_similar import similar_accepted
from shortlist.core.match.overlap import best_line, idea_words
from shortlist.core.match.qualification_checks import (
    certification_check,
    degree_check,
    language_check,
)
from shortlist.core.match.specific_alias import with_specific_names
from shortlist.core.match.team_size import with_team_size
from shortlist.core.match.verdict import (
    ALTERNATIVES,
    FULL_CREDIT,
    LISTED_CREDIT,
    RELATED_CREDIT,
    Verdict,
    fmt_months,
    status_of,
)
from shortlist.core.match.years import years_check
from shortlist.core.models import Requirement, RequirementKind, Status
from shortlist.core.text.lines import sentence_at

#: Share of a requirement's content words a CV line must hold to count as met / partial.
OVERLAP_MET = 0.5
OVERLAP_PARTIAL = 0.25

#: What stands between two alternatives: "Python or Go", "AWS/GCP", "Jira, Asana or Trello".
_OR_GAP = re.compile(r"\s*,?\s*(?:or|/|and/or)\s*", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")
# "including" and "ideally" add to what is asked ("Python, including PyTorch"; "cloud,
# ideally Azure"); they do not offer alternatives.
_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|eg|for example|like)\b", re.IGNORECASE)
_GROUPING = re.compile(
    r"\b(?:or|either|such as|e\.g\.|eg|for example|like)\b"
    r"|[/(]",
    re.IGNORECASE,
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
#: A posting line about the right to work.
_AUTHORISATION = re.compile(
    r"right to work|work(?:ing)? (?:permit|visa)|authori[sz](?:ed|ation)|citizen|"
    r"settled status|permanent resident|green card|security clearance",
    re.IGNORECASE,
)
#: A CV line that states it: "authorization" alone is as often about software
#: ("authentication and authorization with Spring Security"), "work permit" about an
#: HR form and "citizenship" about a paper's title as about the person.
_STATES_AUTHORISATION = re.compile(
    r"right to work|authori[sz](?:ed|ation) to work|eligible to work|work authori[sz]ation"
    r"|(?:valid|current|hold(?:s|ing)? an?|have an?) work (?:permit|visa)"
    r"|work (?:permit|visa) (?:holder|valid|until|expires)"
    r"|\b(?:us|u\.s\.|uk|british|irish|eu|american|canadian|australian|united states|dual)"
    r" citizen(?:ship)?\b|citizenship\s*[:-]|settled status|pre-settled|permanent resident"
    r"|green card|security clearance|indefinite leave to remain|\bilr\b|visa status"
    r"|no (?:visa )?sponsorship (?:is )?(?:required|needed)",
    re.IGNORECASE,
)


#: Kinds whose rows a removed skill can be asked by (CV.removed).
#: Rows that may accept "X or a similar tool" (or_similar.py).
_SIMILAR_KINDS = frozenset(
    {RequirementKind.SKILL, RequirementKind.SOFT_SKILL, RequirementKind.RESPONSIBILITY}
)
#: Rows whose "managing a payroll team" needs a line that leads people (leading.py).
_LEADING_KINDS = frozenset(
    {
        RequirementKind.SKILL,
        RequirementKind.SOFT_SKILL,
        RequirementKind.RESPONSIBILITY,
        RequirementKind.YEARS,
    }
)
_SKILL_KINDS = frozenset(
    {
        RequirementKind.SKILL,
        RequirementKind.SOFT_SKILL,
        RequirementKind.RESPONSIBILITY,
        RequirementKind.YEARS,
        RequirementKind.LANGUAGE,
    }
)
#: What a row says of a skill its owner removed from the CV page.
REMOVED_NOTE = "{}: you removed it from your CV"


def check(req: Requirement, index: CvIndex, *, job_title: str | None = None) -> Verdict:
    """Judge one requirement against the indexed CV (``job_title``: the posting's, which
    "N years in a similar role" means)."""
    verdict = _check(req, index, job_title)
    if req.kind in _LEADING_KINDS:
        verdict = with_specific_names(req, index, with_leading(req, index, verdict))
    return verdict


def _check(req: Requirement, index: CvIndex, job_title: str | None) -> Verdict:
    if req.kind in _SIMILAR_KINDS:
        similar = similar_accepted(req, index)
        if similar is not None:
            return similar
    if index.removed and req.kind in _SKILL_KINDS and not index.removed.isdisjoint(req.skills):
        return _without_removed(req, index)
    match req.kind:
        case RequirementKind.YEARS:
            # Narrowing words are not asked of years rows: tried, and "commercial Java",
            # "progressive accounting" cost more labelled rows than they won.
            return years_check(req, index, _proofs(req, index), job_title=job_title)
        case RequirementKind.SKILL:
            found = _skill_row(req, index) if req.skills else _overlap(req, index)
            return with_team_size(req, index, found)
        case RequirementKind.SOFT_SKILL:
            found = _soft_skill(req, index) if req.skills else _overlap(req, index)
            return with_team_size(req, index, found)
        case RequirementKind.DEGREE:
            return _degree(req, index)
        case RequirementKind.CERTIFICATION:
            return certification_check(req, index)
        case RequirementKind.LANGUAGE:
            return language_check(req, index)
        case RequirementKind.LOCATION:
            return _location(req, index)
        case _:
            return with_team_size(req, index, _responsibility(req, index))


def _without_removed(req: Requirement, index: CvIndex) -> Verdict:
    """A row that names a skill the owner removed: judged on the other skills it names
    alone ("Python or SQL" without SQL is Python's), the removed ones earning nothing;
    never on a line's words, a job title or a paraphrase, which could be the removed
    skill again. The note says which the user removed."""
    removed = [skill for skill in req.skills if skill in index.removed]
    said = "; ".join(REMOVED_NOTE.format(skill) for skill in removed)
    if len(removed) == len(req.skills):
        return Verdict(Status.MISSING, 0.0, None, said)
    if req.kind is RequirementKind.YEARS:
        verdict = years_check(req, index, _proofs(req, index), titles=False)
    elif req.kind is RequirementKind.LANGUAGE:
        verdict = language_check(req, index)
    else:
        verdict = narrowed(req, index, _skills(req, index))
    return dataclasses.replace(verdict, note=f"{verdict.note}; {said}".lstrip("; "))


def _degree(req: Requirement, index: CvIndex) -> Verdict:
    """A degree, and the registration the same line asks for with it ("MPharm degree and
    registration with the General Pharmaceutical Council"): both, or either after "or"."""
    found = degree_check(req, index)
    if req.certification is None:
        return found
    held = certification_check(req, index)
    pick = max if ALTERNATIVES.search(req.text) else min
    return pick(found, held, key=lambda v: v.credit)


def _skill_row(req: Requirement, index: CvIndex) -> Verdict:
    """A skill row held to the words that narrow it and to more than a job title; a
    role whose title and line together show it meets it (narrowing.py)."""
    found = _skills(req, index)
    verdict = narrowed(req, index, found)
    # A skill shown at a lower level than asked stays partial; a missing one, or one
    # held back for want of its narrowing words, may be shown by a role.
    if verdict.status is Status.MET or found.status is Status.PARTIAL:
        return _in_other_words(req, index, verdict)
    return shown_by_a_role(req, index) or _in_other_words(req, index, verdict)


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
    missing = [skill for skill, p in proofs if p is None and skill not in index.removed]
    related = [p for p, _ in shown if p.relation == "related"]
    parts = [note for (_, p), (_, note) in zip(proofs, graded, strict=True) if p is not None]
    if missing and not (any_of and credit >= FULL_CREDIT):
        parts.append("not shown: " + ", ".join(missing))
    evidence = (
        index.quote(best[0].use, best[0].use.evidence[0]) if best and best[0].use.evidence else None
    )
    return Verdict(
        status_of(credit),
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


def _location(req: Requirement, index: CvIndex) -> Verdict:
    if _AUTHORISATION.search(req.text):
        for line, _ in index.line_words:
            # "I do not currently have the right to work in the UK" states no right.
            stated = _STATES_AUTHORISATION.search(index.affirmed(line))
            if stated:
                quoted = sentence_at(line, line.start + stated.start())
                return Verdict(Status.MET, 1.0, quoted, "work authorisation stated")
        return Verdict(
            Status.MISSING, 0.0, None, "a CV rarely says this; not scored, be ready to confirm it"
        )
    return _overlap(req, index, unscored="a CV rarely says this; not scored")


def _soft_skill(req: Requirement, index: CvIndex) -> Verdict:
    return _in_other_words(req, index, _skills(req, index))


def _in_other_words(req: Requirement, index: CvIndex, verdict: Verdict) -> Verdict:
    """A skill the CV does not name may be shown in other words ("Coached three PGCE
    students" for mentoring trainee teachers): only through an idea the paraphrase
    table knows, never a shared word alone ("manual handling" for complaint handling)."""
    if verdict.status is Status.MET:
        return verdict
    ideas, _ = index.taxonomy.paraphrases.find(req.text)
    if not ideas:
        return verdict
    shown = _overlap(req, index)
    said = index.words_of(shown.evidence) if shown.evidence else None
    if not said or not ideas & said or shown.credit <= verdict.credit:
        return verdict
    # A named tool or field the CV does not show ("Salesforce CRM" against "client
    # accounts in HubSpot") is partial at most, and the note still says it is not shown.
    named = [index.taxonomy.entry(skill) for skill in req.skills]
    if any(entry is not None and entry.category != "competence" for entry in named):
        note = f"{verdict.note}; in other words: {shown.note}".lstrip("; ")
        return Verdict(Status.PARTIAL, min(shown.credit, 0.5), shown.evidence, note)
    return shown


def _overlap(req: Requirement, index: CvIndex, unscored: str | None = None) -> Verdict:
    words = idea_words(req.text, index.taxonomy.paraphrases)
    credential = credential_words(req.text)
    lines = index.line_words
    if credential is not None:
        # A credential is shown only by a line that names it (credential_asks.py).
        lines = [(line, w) for line, w in lines if names_the_credential(credential, line.text)]
    line, share = best_line(words, lines)
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
