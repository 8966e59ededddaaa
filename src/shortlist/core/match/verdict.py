"""What a check returns, and the small pieces every check shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.core.match.evidence import SkillProof
from shortlist.core.models import Line, Status

#: Words that offer alternatives: "Python or Go", "AWS/GCP", "PRINCE2 or PMP".
ALTERNATIVES = re.compile(r"\b(?:or|either)\b|/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    credit: float
    evidence: Line | None
    note: str
    #: For advice on a gap: the related skill the CV does show, if any.
    adjacent: SkillProof | None = None


def fmt_months(months: int) -> str:
    """38 -> '3 yr 2 mo'."""
    years, rest = divmod(months, 12)
    if years and rest:
        return f"{years} yr {rest} mo"
    return f"{years} yr" if years else f"{rest} mo"


#: Credit for a related skill, and the floor for a skill shown with too few years.
RELATED_CREDIT = 0.5
LISTED_ONLY_CREDIT = 0.25
#: A skill only named in a list, or at a lower level than asked ("basic" for "advanced").
LISTED_CREDIT = 0.5

#: Credit that counts as full: credits are sums and products of fractions (0.5 + 0.5,
#: 1/3 * 3), so a met row may land a rounding error short of 1.0.
FULL_CREDIT = 0.999


def status_of(credit: float) -> Status:
    """Full credit is met, some is partial, none is missing."""
    if credit >= FULL_CREDIT:
        return Status.MET
    return Status.PARTIAL if credit > 0 else Status.MISSING
