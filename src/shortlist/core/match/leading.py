"""Leading people in a field: "At least 2 years managing a payroll team", "Experience
managing a sales team", "Supervise a team of care assistants".

The field alone does not show it: a payroll administrator shows payroll, not managing a
payroll team. Such a row is met only when a CV line leads people ("Managed a payroll team
of 4", "Led a team of 6 in B2B sales"); that line is quoted when it also names the field.
Without one, a row the field would meet is partial, and the note says what is missing.
Rows that ask for a size are team_size.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.overlap import content_words
from shortlist.core.match.people import GROUP, LEAD_VERB
from shortlist.core.match.team_size import asked_size
from shortlist.core.match.verdict import Verdict
from shortlist.core.models import Line, Requirement, RequirementKind, Status

__all__ = ["asks_to_lead", "leads_people", "with_leading"]

#: What the field alone earns when leading is asked and no line shows it.
FIELD_ONLY_CREDIT = 0.5
#: A requirement that asks to lead people: the verb, then a team or people within a few
#: words ("managing a payroll team", "supervise a team of care assistants").
_ASKS = re.compile(
    rf"\b{LEAD_VERB}\s+(?:an?\s+|the\s+|our\s+)?"
    # The people are the verb's object: "ran payroll for 900 staff" leads nobody.
    # "supervising or mentoring junior physiotherapists" accepts mentoring alone.
    rf"(?:(?!(?:for|to|of|with|in|on|at|from|by|across|or)\b)[\w&-]+\s+){{0,3}}?{GROUP}\b",
    re.IGNORECASE,
)
#: A CV line that leads people: the same shape, in any tense, or a leader's title
#: over people ("manager of a team of six dispensers", "line manager to 3 analysts").
_LEADS = re.compile(
    rf"{_ASKS.pattern}"
    rf"|\b(?:manager|leader|supervisor|head|in\s+charge)\s+(?:of|to)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w&-]+\s+){{0,3}}?{GROUP}\b"
    # The writer's own title: at the line's start or after "as" ("sent it to the team
    # manager" names someone else's).
    r"|(?:^[\W\d]*|\bas\s+(?:an?\s+)?)(?:team|shift|line)\s+(?:leader|lead|manager|supervisor)\b",
    re.IGNORECASE,
)
#: Words of a requirement that say leading, not the field.
_LEAD_WORDS = content_words(
    "lead leads leading led manage manages managed managing management supervise supervised "
    "supervising supervision head team teams staff people experience coach set objectives "
    "develop line"
)

#: Words of a skill that leading people shows by itself ("People management",
#: "Leadership"): a line that leads people is their proof.
_LEADING = _LEAD_WORDS | content_words("leadership")


#: A form field saying the job leads no one: "Supervisory responsibilities: None".
_LEADS_NO_ONE = re.compile(
    r"\b(?:supervis\w*|manag\w*)(?:\s+\w+){0,2}\s*[:?-]\s*(?:no|none|n/?a|not\s+applicable)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def asks_to_lead(text: str) -> bool:
    return _ASKS.search(text) is not None and _LEADS_NO_ONE.search(text) is None


@lru_cache(maxsize=8192)
def leads_people(text: str) -> bool:
    return _LEADS.search(text) is not None


def with_leading(req: Requirement, index: CvIndex, verdict: Verdict) -> Verdict:
    """``verdict`` for a row that may ask to lead people, with the leading checked."""
    if not asks_to_lead(req.text) or asked_size(req.text) is not None:
        return verdict
    # Lines of roles only: a profile's "so that I can lead a team one day" leads nobody.
    in_roles = index.role_lines
    leading = [
        line
        for line, words in index.line_words
        if words and line in in_roles and leads_people(index.affirmed(line))
    ]
    field = content_words(req.text) - _LEAD_WORDS
    in_field = _in_field(leading, field, index)
    if in_field is not None:
        # Years rows keep their count: the line shows leading, not for how long.
        if verdict.status is Status.MET or req.kind is RequirementKind.YEARS:
            return verdict
        # "Managing a payroll team using SAP": a payroll team led on Sage shows no SAP.
        if any(index.prove(s) is None and content_words(s) - _LEADING for s in req.skills):
            return verdict
        return Verdict(Status.MET, 1.0, in_field, "a line shows leading people in this field")
    if verdict.status is Status.MET and not leading:
        return Verdict(
            Status.PARTIAL,
            FIELD_ONLY_CREDIT,
            verdict.evidence,
            f"{verdict.note}; no line shows leading people",
        )
    return verdict


def _in_field(leading: list[Line], field: frozenset[str], index: CvIndex) -> Line | None:
    """The first line that leads people and says at least half of the field's words."""
    if not field:
        return leading[0] if leading else None
    for line in leading:
        if len(field & index.words_of(line)) * 2 >= len(field):
            return line
    return None
