"""What a CV role says it was, for years rows: the words of its title and lines, and
whether they name a field (years.py, role_years.py)."""

from __future__ import annotations

import re

from shortlist.core.match.overlap import content_words
from shortlist.core.match.verdict import fmt_months
from shortlist.core.models import Role

__all__ = [
    "ALTERNATIVE",
    "GENERIC_YEARS_WORDS",
    "field_words",
    "names",
    "role_words",
    "skipped_note",
    "title",
    "title_words",
]

#: Words that do not name a field: "5+ years of professional, hands-on experience".
GENERIC_YEARS_WORDS = frozenset(
    content_words(
        "professional industry paid post qualification qualified full time hands "
        "on commercial practical prior previous proven total overall registration "
        "registered qualifying licensed chartered support setting settings service services "
        "front-line frontline similar relevant month months"
    )
)


def title(role: Role) -> str:
    return role.title or role.header.text


def skipped_note(months: int) -> str:
    return f"; {fmt_months(months)} in training or support roles not counted" if months else ""


ALTERNATIVE = re.compile(r",?\s+or\s+|\s*/\s*", re.IGNORECASE)


def names(wanted: frozenset[str], said: frozenset[str]) -> bool:
    """A role says at least half of ``wanted`` (generic words such as "support" and
    "setting" left out: "homelessness support" is not named by "IT Support Analyst")."""
    return bool(wanted) and len(wanted & said) * 2 >= len(wanted)


def field_words(text: str) -> frozenset[str]:
    return content_words(text) - GENERIC_YEARS_WORDS


def title_words(role: Role) -> frozenset[str]:
    return content_words(title(role))


def role_words(role: Role) -> frozenset[str]:
    """What a role says it was: its header and the lines under it."""
    return content_words(" ".join([role.header.text, *(line.text for line in role.lines)]))
