"""One requirement line of a posting, typed and weighted.

The kind is chosen by priority, first match wins: YEARS ("5+ years", "at least 3 years",
"2-4 years", "three years' experience"), DEGREE, CERTIFICATION, LANGUAGE (a human
language with a cue such as "fluent" or "written"), LOCATION (right to work, visa,
relocation, commuting, travel, clearance or background checks, and a driving licence,
which a CV rarely states), SKILL (a knowledge skill from the taxonomy), SOFT_SKILL
(competence skills only, or phrases like "team player"), else RESPONSIBILITY. Every fact
found is kept whatever the kind: a YEARS line that also names a degree carries both.

In a duties section (``duty=True``) a line whose kind would be SKILL, SOFT_SKILL or
RESPONSIBILITY is a RESPONSIBILITY (its skills kept); the harder kinds stay as they are,
because "3+ years in retail" is a requirement wherever it is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shortlist.core.models import Requirement, RequirementKind, SkillMention
from shortlist.core.posting.qualifications import (
    QUALIFICATION_WORDS,
    certification_in,
    degree_in,
    language_in,
)
from shortlist.core.posting.weights import CUE_WORDS, Weight, weight_in
from shortlist.core.taxonomy.languages import required_level
from shortlist.core.taxonomy.skills import Taxonomy
from shortlist.core.text.prefilter import Prefilter, fold

__all__ = ["read_requirement", "years_in"]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20,
}  # fmt: skip
# All patterns below run on fold(text): lower case, curly apostrophes straightened.
_NUM = r"(\d{1,2}|" + "|".join(_WORD_NUMBERS) + r")"
_YRS = r"(?:years?|yrs?)\b(?!\s*(?:of age|old|or older))"
_YEARS = re.compile(
    r"\b(?:"
    rf"{_NUM}\s*(?:-|–|—|to)\s*{_NUM}\s*\+?\s*{_YRS}"
    rf"|{_NUM}\s*\+\s*{_YRS}"
    rf"|(?:at least|a minimum of|minimum(?: of)?|min\.?)\s+{_NUM}"
    rf"\s*\+?\s*(?:full[- ]time\s+)?{_YRS}"
    rf"|{_NUM}\s*(?:or more|plus)\s+{_YRS}"
    rf"|{_NUM}\s*{_YRS}'?\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}?(?:experience|exp\b)"
    rf"|{_NUM}\s*{_YRS}'?\s+(?:in|as|working|leading|managing|with)\b"
    r")"
)
_LOCATION = re.compile(
    r"right to work|eligib(?:le|ility) to work|work(?:ing)? (?:authori[sz]ation|permit|visa)"
    r"|authori[sz](?:ed|ation) to work|(?:legally )?(?:able|permitted) to work in"
    r"|\bvisas?\b|sponsorship|\bbased (?:in|within|near)\b"
    r"|\blocated (?:in|within|near)\b|\blive (?:in|within|near)\b|\breside\b|relocat"
    r"|commut|(?:willing(?:ness)?|able|ability) to travel|travel (?:up to|is required|required)"
    r"|\bcitizen|clearance|\bdbs\b|background checks?|\b(?:on[- ]?site|in (?:the )?office)"
    r" (?:\d|one|two|three|four|five)"
)
_SOFT_WORDS = (
    "communicat",
    "team player",
    "teamwork",
    "attention to detail",
    "detail-oriented",
    "detail oriented",
    "eye for detail",
    "interpersonal",
    "problem-solv",
    "problem solv",
    "self-starter",
    "self starter",
    "self-motivated",
    "self motivated",
    "self-driven",
    "organisational",
    "organizational",
    "well-organised",
    "well organised",
    "well-organized",
    "well organized",
    "time management",
    "work independently",
    "working independently",
    "own initiative",
    "customer service",
    "customer-focused",
    "customer focused",
    "leadership",
    "collaborat",
    "adaptab",
    "flexib",
    "positive attitude",
    "can-do",
    "enthusias",
    "proactive",
    "empath",
    "compassion",
    "multitask",
    "multi-task",
    "prioritis",
    "prioritiz",
    "under pressure",
    "presentation skills",
    "negotiat",
    "critical thinking",
    "creativ",
    "resilien",
    "reliab",
    "punctual",
    "friendly",
    "approachable",
    "professional manner",
    "initiative",
    "patience",
    "work ethic",
    "people skills",
    "calm ",
)
_WORDS = Prefilter({
    **QUALIFICATION_WORDS,
    **CUE_WORDS,
    "years": ("year", "yr"),
    "location": ("right to work", "eligib", "authori", "permit", "visa", "sponsor", "based ",
                 "located ", "live ", "reside", "relocat", "commut", "travel", "citizen",
                 "clearance", "dbs", "background check", "site ", "office "),
    "soft": _SOFT_WORDS,
})  # fmt: skip
_LOOSE = {RequirementKind.SKILL, RequirementKind.SOFT_SKILL, RequirementKind.RESPONSIBILITY}


#: Experience asked in months: "at least 18 months' experience", "6 months previous care
#: experience", "6-12 months post registration experience" (the lower bound).
_MONTHS = re.compile(
    rf"\b{_NUM}\s*(?:(?:-|–|to)\s*{_NUM}\s*)?months?'?\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?:experience|post[- ]?registration|post[- ]?qualification)"
)


def months_in(folded: str) -> int | None:
    """The minimum months of experience a folded line asks for, if it asks in months."""
    match = _MONTHS.search(folded)
    if match is None:
        return None
    number = match.group(1)
    return _WORD_NUMBERS.get(number) or int(number)


def years_in(text: str) -> int | None:
    """The minimum years of experience ``text`` asks for ('3-5 years' -> 3), if any."""
    folded = fold(text)
    return _years(folded) if "year" in folded or "yr" in folded else None


def _years(folded: str) -> int | None:
    match = _YEARS.search(folded)
    if match is None:
        return None
    number = next(group for group in match.groups() if group is not None)
    return _WORD_NUMBERS.get(number) or int(number)


def read_requirement(
    text: str,
    taxonomy: Taxonomy,
    default: Weight,
    *,
    duty: bool = False,
    mentions: Sequence[SkillMention] | None = None,
) -> Requirement:
    """Type and weight one requirement line; a cue in the line beats ``default``.

    ``mentions`` are the line's skills when the caller has found them already.
    """
    folded = fold(text)
    words = _WORDS(folded)
    years = _years(folded) if "years" in words else None
    months = months_in(folded) if years is None and "month" in folded else None
    degree = degree_in(text, folded, words)
    certification, driving = certification_in(text, folded, words)
    language = language_in(text, folded, words)
    if mentions is None:
        mentions = taxonomy.find(text, phrases=False)
    skills = tuple(dict.fromkeys(m.canonical for m in mentions if m.canonical))
    if years is not None or months is not None:
        kind = RequirementKind.YEARS
    elif degree is not None:
        kind = RequirementKind.DEGREE
    elif certification is not None:
        kind = RequirementKind.CERTIFICATION
    elif language is not None:
        kind = RequirementKind.LANGUAGE
    elif driving or ("location" in words and _LOCATION.search(folded)):
        kind = RequirementKind.LOCATION
    elif any(m.kind == "knowledge" for m in mentions):
        kind = RequirementKind.SKILL
    elif skills or "soft" in words:
        kind = RequirementKind.SOFT_SKILL
    else:
        kind = RequirementKind.RESPONSIBILITY
    if duty and kind in _LOOSE:
        kind = RequirementKind.RESPONSIBILITY
    weight = weight_in(text, folded, words) or default
    return Requirement(
        text=text,
        kind=kind,
        must_have=weight.must_have,
        skills=skills,
        years=years,
        months=months,
        degree=degree[0] if degree else None,
        field_of_study=degree[1] if degree else None,
        language=language,
        language_level=required_level(text, language) if language else None,
        certification=certification or None,
        weight_cue=weight.cue,
        mentions=tuple(m for m in mentions if m.canonical),
        duty=duty and kind is RequirementKind.RESPONSIBILITY,
    )
