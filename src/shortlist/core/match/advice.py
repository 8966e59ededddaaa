"""An honest way to address each gap: adjacent experience the CV shows, or how to say
"not yet". Never advice to claim what the CV does not show."""

from __future__ import annotations

from shortlist.core.match.evidence import CvIndex, SkillProof
from shortlist.core.match.verdict import Verdict, fmt_months
from shortlist.core.models import Requirement, RequirementKind, Status


def advise(req: Requirement, verdict: Verdict, index: CvIndex) -> str:
    """One or two sentences the user can act on before the interview."""
    if verdict.adjacent is not None:
        return _lead_with_adjacent(verdict.adjacent)
    for_kind = _for_kind(req, verdict, index)
    if for_kind is not None:
        return for_kind
    if verdict.status is Status.PARTIAL and verdict.evidence is not None:
        quoted = " ".join(verdict.evidence.text.split())
        return (
            f'Your CV touches on this ("{quoted}"); prepare a concrete example that shows it fully.'
        )
    return (
        "Nothing on your CV speaks to this yet. Think of real work that does; if there "
        "is none, say so and how you would approach it."
    )


def _lead_with_adjacent(adjacent: SkillProof) -> str:
    """A related skill the CV shows: lead with it, and say plainly what is missing."""
    evidence = adjacent.use.evidence
    line = " ".join(evidence[0].text.split()) if evidence else ""
    quoted = f' ("{line}")' if line else ""
    return (
        f"Lead with your {adjacent.use.canonical} experience{quoted} and say plainly that you "
        f"have not used {adjacent.wanted} itself; explain what carries over and how you would "
        "close the difference."
    )


def _for_kind(req: Requirement, verdict: Verdict, index: CvIndex) -> str | None:
    """The advice particular to the requirement's kind; None for a kind with none."""
    match req.kind:
        case RequirementKind.YEARS if verdict.status is Status.PARTIAL:
            return (
                "Do not stretch dates to reach the number. Show depth instead: pick the "
                "achievement from that work with the clearest result and be ready to "
                "walk through it in detail."
            )
        case RequirementKind.SKILL | RequirementKind.YEARS:
            return _skill_not_shown(req, index)
        case RequirementKind.DEGREE:
            return (
                "Your CV does not show this qualification. Do not imply it; if the "
                "posting allows equivalent experience, make that case with your years "
                "in the work and the results you achieved."
            )
        case RequirementKind.CERTIFICATION:
            return (
                "Not on your CV. If you are working towards it, give the exam date; "
                "if not, say you do not hold it and how you meet the standard it tests."
            )
        case RequirementKind.LANGUAGE:
            return (
                "Your CV does not state this language. If you speak it, add it with your "
                "level (e.g. C1); if not, say so."
            )
        case RequirementKind.LOCATION:
            return "Confirm this with the recruiter or in your application; a CV rarely says it."
        case RequirementKind.SOFT_SKILL:
            return (
                "Prepare a short story that shows this (situation, what you did, the "
                "result) from work your CV already lists."
            )
    return None


def _skill_not_shown(req: Requirement, index: CvIndex) -> str:
    """A skill the CV does not show: the nearest one it does, or how to get up to speed."""
    nearest = _nearest(req, index)
    if nearest:
        return (
            f"Your CV does not show {', '.join(req.skills) or 'this'}. The closest "
            f"thing it shows is {nearest}: mention it, say you have not used "
            f"the tool itself, and how you would learn it in your first weeks."
        )
    return (
        "Your CV does not show this. If you have not used it, say so, then say "
        "how you would get up to speed (a small project, a course, pairing with "
        "the team) and by when."
    )


def _nearest(req: Requirement, index: CvIndex) -> str | None:
    """The CV skill closest to a missing one in the taxonomy's tree (a cousin: Kafka and
    RabbitMQ both under messaging), with how long the CV shows it; None when nothing on
    the CV shares an ancestor with it."""
    best: tuple[int, str] | None = None
    for wanted in req.skills:
        # Nearest ancestor first: the CV skills filed under it are the closest kin.
        for depth, ancestor in enumerate(index.taxonomy.ancestors(wanted)):
            uses = [u for u in index.by_lineage.get(ancestor, ()) if u.canonical != ancestor]
            if uses and (best is None or depth < best[0]):
                use = max(uses, key=lambda u: u.months)
                months = f" ({fmt_months(use.months)})" if use.months else ""
                best = (depth, f"{use.canonical}{months}")
                break
    return best[1] if best else None
