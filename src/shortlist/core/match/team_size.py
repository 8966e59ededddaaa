"""Team sizes: "Experience leading a team of 50+ colleagues" asks for a size.

A CV line shows a size when it leads people and counts them: "Managed a team of 14
nurses", "Line manager to 3 analysts", "Run a superstore with 85 colleagues",
"Supervised 25 care assistants". The largest size any line shows is compared with the
size asked: as large or larger meets the row on that line; smaller, or a leadership line
with no number, is partial and the note gives both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.people import LEAD_VERB, LEADS_SOMEONE, NUMBER, PEOPLE, count
from shortlist.core.match.verdict import Verdict
from shortlist.core.models import Line, Requirement, Status

__all__ = ["asked_size", "shown_size", "with_team_size"]

#: A team smaller than asked, or one with no number: the competence without the size.
SMALLER_CREDIT = 0.5

#: What asks for leading people in a requirement.
_ASKS_TO_LEAD = re.compile(rf"\b{LEAD_VERB}\b", re.IGNORECASE)
#: The minimum size asked, just after that: "a team of 50+", "at least 10 nurses",
#: "5+ staff", "large teams (20+ people)". A bare number is no minimum ("a team of
#: band 5 nurses"); nor is joining a team ("join our team of 8").
_ASKED = re.compile(
    rf"\bteams?\s+of\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?{NUMBER}\b"
    rf"|\b(?:at\s+least|over|more\s+than)\s+{NUMBER}\s+(?:\w+\s+)?{PEOPLE}\b"
    rf"|\b(\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})\s*\+\s*(?:\w+\s+)?{PEOPLE}\b"
    rf"|\bteams?\s*\(\s*{NUMBER}\s*\+?\s*(?:\w+\s+)?{PEOPLE}?\s*\)",
    re.IGNORECASE,
)
#: Numbers that are more likely a year than a head count.
_A_YEAR = (1950, 2049)
#: How far after the verb the size may come: "managing a large, multi-site team of 40".
_ASKED_WITHIN = 60
#: The size a CV line counts: "a team of 14", "85 colleagues", "to 3 analysts".
_SHOWN = re.compile(
    rf"\bteams?\s+of\s+(?:up\s+to\s+|over\s+|around\s+|about\s+)?{NUMBER}"
    rf"|\b{NUMBER}\s+(?:[a-z][\w-]*\s+){{0,2}}{PEOPLE}\b",
    re.IGNORECASE,
)

#: People a line works for, not leads: "Managed payroll for 300 employees", "ran the
#: rota for 45 staff" (but "responsible for 12 nurses" leads them).
_SERVED = re.compile(r"(?<!responsible )\bfor\s+(?:up\s+to\s+|over\s+|around\s+)?$", re.I)


@lru_cache(maxsize=8192)
def asked_size(text: str) -> int | None:
    """The team size a requirement asks for, if it asks one."""
    for verb in _ASKS_TO_LEAD.finditer(text):
        found = _ASKED.search(text, verb.end(), verb.end() + _ASKED_WITHIN)
        if found is not None:
            return count(next(group for group in found.groups() if group is not None))
    return None


@lru_cache(maxsize=8192)
def shown_size(text: str) -> int | None:
    """The largest team a CV line says its writer led, if it says one."""
    if not LEADS_SOMEONE.search(text):
        return None
    sizes = [
        count(next(g for g in m.groups() if g is not None))
        for m in _SHOWN.finditer(text)
        if not _SERVED.search(text, 0, m.start())
    ]
    # "In 2019 hired staff for..." counts a year, not a team.
    return max((n for n in sizes if not _A_YEAR[0] <= n <= _A_YEAR[1]), default=None)


def with_team_size(req: Requirement, index: CvIndex, verdict: Verdict) -> Verdict:
    """``verdict`` for a row that asks for a team size, with the size checked."""
    asked = asked_size(req.text)
    if asked is None:
        return verdict
    best: tuple[Line, int] | None = None
    for line, words in index.line_words:
        # Lines of roles only: a profile's "keen to lead a team of 30" led nobody.
        in_role = words and line in index.role_lines
        size = shown_size(index.affirmed(line)) if in_role else None
        if size is not None and (best is None or size > best[1]):
            best = (line, size)
    if best is not None and best[1] >= asked:
        return Verdict(Status.MET, 1.0, best[0], f"a team of {best[1]} shown (asked: {asked}+)")
    if best is not None:
        return Verdict(
            Status.PARTIAL,
            SMALLER_CREDIT,
            best[0],
            f"a team of {best[1]} shown; asked: {asked}+",
        )
    if verdict.status is Status.MET:
        return Verdict(
            Status.PARTIAL,
            SMALLER_CREDIT,
            verdict.evidence,
            f"{verdict.note}; no team size shown (asked: {asked}+)",
        )
    return verdict
