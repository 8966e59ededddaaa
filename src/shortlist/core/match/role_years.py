"""Years of a role, asked three ways: "in a similar role" (the posting's own job),
"as a head chef or senior sous chef" (the titles, every word of one), and "as a teacher
in a secondary school" (the role's years in that setting)."""

from __future__ import annotations

import re

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.overlap import content_words
from shortlist.core.match.role_fields import (
    ALTERNATIVE,
    field_words,
    names,
    role_words,
    skipped_note,
    title_words,
)
from shortlist.core.match.verdict import (
    LISTED_ONLY_CREDIT,
    RELATED_CREDIT,
    Verdict,
    fmt_months,
    status_of,
)
from shortlist.core.models import Requirement, Status

__all__ = ["AS_ROLE_IN_SETTING", "SIMILAR_ROLE", "TITLE_TAIL", "years_as_title", "years_in_setting"]

#: A row that asks for time in a role, not with a tool: its job titles may show it.
#: "2+ years in a similar role": the posting's own job is the field.
SIMILAR_ROLE = re.compile(
    r"\b(?:similar|same|comparable|equivalent|related)\s+(?:role|position|post|job|capacity)s?\b"
    r"|\bin this (?:role|position|field)\b",
    re.IGNORECASE,
)
#: Where a job title's department, site or grade starts: "Staff Nurse - Acute Medicine",
#: "Payroll Officer (12-month contract)", "Chef, Riverside Hotel".
TITLE_TAIL = re.compile(r"\s+[-–|]\s+|\s*[(,]")


def years_in_setting(
    req: Requirement,
    index: CvIndex,
    needed: int,
    skipped: frozenset[int],
    found: re.Match[str],
) -> Verdict | None:
    """ "5+ years as a teacher in a secondary school": when the CV has the years in the
    role but not all of them in the setting, partial, with both counts; None when the
    setting's years are enough or no role is named (the usual reading says so)."""
    role, setting = found.group("role"), found.group("setting").strip()
    wanted, where = field_words(role), content_words(setting) - _SETTING_WORDS
    if not wanted or not where:
        return None
    roles = index.cv.roles
    named = [i for i, r in enumerate(roles) if names(wanted, role_words(r)) and i not in skipped]
    # Half of the setting's words, and always its first: "secondary" in "secondary
    # school", "commercial" in "commercial new-build projects".
    first_word = content_words(setting.split()[0]) - _SETTING_WORDS
    there = [
        i
        for i in named
        if names(where, role_words(roles[i])) and first_word <= role_words(roles[i])
    ]
    in_setting = index.months_in_roles(set(there))
    if not named or in_setting >= needed:
        return None
    credit = max(RELATED_CREDIT, min(in_setting / needed, 1.0 - LISTED_ONLY_CREDIT))
    first = min(there or named, key=lambda i: roles[i].header.start)
    return Verdict(
        Status.PARTIAL,
        credit,
        roles[first].header,
        f"{fmt_months(index.months_in_roles(set(named)))} as {role.strip()}, "
        f"{fmt_months(in_setting)} {found.group('where')} {setting} (asked: {req.asked})",
    )


def years_as_title(
    req: Requirement, index: CvIndex, needed: int, skipped: frozenset[int]
) -> Verdict | None:
    """ "2+ years as a head chef or senior sous chef": the months of the roles whose
    titles say every word of one of the titles asked (a Chef de Partie is no head chef);
    None when no role's title does (the skill's years and the field then decide)."""
    found = _AS_TITLE.search(req.text)
    if found is None:
        return None
    parts = [w for w in map(field_words, ALTERNATIVE.split(found.group("title"))) if w]
    roles = index.cv.roles
    named = {i for i, role in enumerate(roles) if any(p <= title_words(role) for p in parts)}
    if not parts or not named:
        return None
    months = index.months_in_roles(named - skipped)
    left_out = index.months_in_roles(named) - months
    if months == 0:
        return None
    ratio = months / needed
    credit = 1.0 if ratio >= 1 else max(LISTED_ONLY_CREDIT, ratio)
    first = min(named - skipped, key=lambda i: roles[i].header.start)
    return Verdict(
        status_of(credit),
        credit,
        roles[first].header,
        f"{fmt_months(months)} as {found.group('title').strip()} (asked: {req.asked})"
        + skipped_note(left_out),
    )


#: "as a head chef or senior sous chef", up to what the row says next.
_AS_TITLE = re.compile(
    r"(?<!such )\bas\s+(?:an?\s+)?(?P<title>(?:(?!(?:in|on|at|with|within|for|working|using"
    r"|including|across|and\s+\d)\b)[^,;:()])+)",
    re.IGNORECASE,
)
#: Words that say a setting without saying which ("an acute setting").
_SETTING_WORDS = content_words("setting settings environment environments sector industry")
#: "as a qualified electrician in commercial settings": the role, then where.
AS_ROLE_IN_SETTING = re.compile(
    r"\bas\s+(?:an?\s+)?(?P<role>[^,;()]+?)\s+(?P<where>in|on|within|across)\s+"
    # "as a nurse in charge of a ward": "in charge" is the role, not a setting.
    r"(?!charge\b)(?:an?\s+|the\s+)?(?P<setting>[^,;()]+)",
    re.IGNORECASE,
)
