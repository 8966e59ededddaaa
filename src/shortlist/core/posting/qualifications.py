"""What one posting line asks for in degrees, human languages and certifications.

The names come from the readers the CV parser uses too (degrees.py, languages.py,
certifications.py), so both sides of a match spell them alike. What is posting-specific
lives here: the *lowest* degree a line accepts, a bare "relevant degree" read as a
bachelor's, a language counting only with a cue ("fluent", "written", "C1"), and a
driving licence read as a practical condition rather than a certification.

Each function takes the line, its ``fold()``-ed copy and the QUALIFICATION_WORDS families
found in it (one keyword pass, see prefilter.py). The degree and language readers give up
at once when their words are absent: most lines hold none, and the readers behind cost
10-20 microseconds a line. The certification reader cannot ("PMP" holds no certification
word); it relies on the Aho-Corasick pre-check inside ``find_certifications`` instead.
"""

from __future__ import annotations

import re

from shortlist.core.models import DegreeLevel
from shortlist.core.taxonomy.certifications import find_certifications
from shortlist.core.taxonomy.degrees import (
    DegreeMention,
    degree_field,
    find_degrees,
    may_name_a_degree,
)
from shortlist.core.taxonomy.languages import LANGUAGES, find_languages

__all__ = ["QUALIFICATION_WORDS", "certification_in", "degree_in", "language_in"]

#: Words without which a family's reader cannot find anything (see prefilter.py).
QUALIFICATION_WORDS: dict[str, tuple[str, ...]] = {
    # Every way degrees.py can start a degree, lower-cased (a superset is fine).
    "degree": (
        "degree", "bachelor", "master", "phd", "ph.d", "ph. d", "dphil", "d.phil", "doctor",
        "edd", "ed.d", "engd", "eng.d", "m.d.", "msc", "m.sc", "m. sc", "meng", "m.eng",
        "mphil", "m.phil", "mres", "m.res", "mba", "m.b.a", "llm", "ll.m", "ll. m", "m.ed",
        "march", "m.a.", "m.s.", "graduate", "pgdip", "bsc", "b.sc", "b. sc", "beng", "b.eng",
        "bba", "b.b.a", "bcom", "b.com", "llb", "ll.b", "ll. b", "b.ed", "b.a.", "b.s.",
        "honours", "honors", "university", "college", "associate", "a.a.", "higher national",
        "high school", "secondary school", "baccalaur", "ib diploma", "abitur",
        "leaving certificate", "highers", "mfa", "mph", "bfa", "ba (hons", "ba hons",
        "a level", "a-level", "as level", "as-level", "gcse", "btec", "2:1", "2:2",
        "licenciatura", "grado en", "mestrado", "máster", "diplom-ingenieur",
    ),
    "language": tuple(
        name.casefold() for canonical, others in LANGUAGES.items() for name in (canonical, *others)
    ),
    "certification": ("certifi", "licen", "accredit", "chartered", "registration",
                      "registered with"),
}  # fmt: skip

# Degree wording degrees.py leaves to context: "a relevant degree", "degree-educated", "2:1".
_ANY_DEGREE = re.compile(
    r"(?<!high )(?<!360 )(?<!360-)(?<!great )(?<!certain )\bdegree\b(?! of)"
    r"|\bdegree[- ]educated\b|(?<![\d/])\b2:[12]\b(?!\d)"
)
_FIELD_BEFORE = re.compile(r"\b(?P<field>(?:[A-Z][a-z]+\s){1,3})degree\b")
_NOT_FIELDS = frozenset((
    "a", "an", "the", "any", "relevant", "related", "bachelor", "bachelor's", "bachelors",
    "master", "master's", "masters", "university", "college", "honours", "undergraduate",
    "postgraduate", "graduate", "associate", "foundation", "good", "strong", "first",
))  # fmt: skip
# A posting's field runs on into how it is asked: "Computer Science or a related field".
_FIELD_TAIL = re.compile(
    r"\s+(?:or|and)\s+(?:an?\s+|another\s+)?(?:related|equivalent|similar|relevant)\b.*"
    r"|\s+(?:preferred|required|is|are|desirable|essential|ideally|or equivalent)\b.*"
    r"|[\s.]+$",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(r"\s+or\s+|[,;(]")
_TEACH = re.compile(r"\bteach|\b(?:results|grades|outcomes|pass rates?|attainment)\b")
# "Beechwood High School is committed to ...": a school's name, not a qualification.
_NAMED_SCHOOL = re.compile(r"[A-Z][\w'’.-]+\s+$")
_SCHOOL_WORDS = frozenset(("high school", "secondary school"))
_NOT_NAMES = frozenset(("a", "an", "the", "your", "any", "our", "completed", "finished"))
_IMPLIED_FIELD = {
    "BSN": "Nursing", "MBA": "Business Administration", "LLB": "Law", "LLM": "Law",
    "BEd": "Education", "MEd": "Education", "BEng": "Engineering", "MEng": "Engineering",
}  # fmt: skip


def degree_in(text: str, folded: str, words: set[str]) -> tuple[DegreeLevel, str | None] | None:
    """The lowest degree level ``text`` accepts and the field of study, if it asks for one."""
    if "degree" not in words and not may_name_a_degree(text):
        return None
    mentions = find_degrees(text)
    if not mentions:
        if not _ANY_DEGREE.search(folded):
            return None
        return DegreeLevel.BACHELOR, _field_before(text)
    mentions = [m for m in mentions if not _school_name(text, m)]
    if not mentions:
        return None
    if max(m.level for m in mentions) == DegreeLevel.SECONDARY and _TEACH.search(folded):
        # "Experience teaching GCSE Maths" names a syllabus, "a record of GCSE results"
        # pupils' grades: neither is the candidate's own qualification.
        return None
    lowest = min(mentions, key=lambda m: m.level)
    field = None
    for mention in sorted(mentions, key=lambda m: m.level):
        # Read the field only up to the first alternative: "in Nursing or Diploma in ...".
        stop = _FIELD_STOP.search(text, mention.end + 1)
        written = degree_field(text[: stop.start() if stop else len(text)], mention.end)
        field = _FIELD_TAIL.sub("", written) if written else None
        if field:
            break
    implied = _IMPLIED_FIELD.get(lowest.text.replace(".", ""))
    return lowest.level, field or _field_before(text) or implied


def _school_name(text: str, mention: DegreeMention) -> bool:
    """'Beechwood High School', not 'a High School diploma'."""
    if mention.text.casefold() not in _SCHOOL_WORDS:
        return False
    name = _NAMED_SCHOOL.search(text, 0, mention.start)
    return name is not None and name.group().strip().casefold() not in _NOT_NAMES


def _field_before(text: str) -> str | None:
    """'a Nursing degree' -> 'Nursing'."""
    found = _FIELD_BEFORE.search(text)
    if found is None:
        return None
    words = found.group("field").split()
    while words and words[0].casefold() in _NOT_FIELDS:
        words.pop(0)
    return " ".join(words) if words and words[-1].casefold() not in _NOT_FIELDS else None


# A language name alone ("English teacher", "French cuisine") is not a language requirement.
_LANGUAGE_CUE = re.compile(
    r"fluen|native|bilingual|proficien|speak|spoken|written|verbal|oral\b|language"
    r"|mother tongue|command of|business[- ]level|conversational|\b[abc][12]\b"
)


def language_in(text: str, folded: str, words: set[str]) -> str | None:
    """The first human language ``text`` asks for ('Fluent German' -> 'German')."""
    if "language" not in words:
        return None
    cue = bool(_LANGUAGE_CUE.search(folded))
    for mention in find_languages(text):
        # Lower case is a verb or an adjective more often than a language ("polish").
        if text[mention.start].isupper() and (cue or mention.level):
            return mention.name
    return None


_DRIVING = "Driving licence"
_CERT_CUE = re.compile(
    r"\b(?:certifi(?:ed|cations?|cates?)|licen[cs](?:e|ed|es)|accredit(?:ed|ation)"
    r"|chartered|registration|registered with)\b"
)
_DRIVING_WORDS = re.compile(r"\bdriv(?:ing|er'?s?) licen[cs]e\b")
_GENERIC_CERT_WORDS = frozenset((
    "relevant", "any", "a", "an", "the", "valid", "current", "professional", "industry",
    "appropriate", "recognised", "recognized", "full", "clean", "active", "formal",
    "related", "certification", "certificate",
))  # fmt: skip
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]+(?:[-+][A-Z0-9]*)?(?![\w-])")
_NOT_CERTS = frozenset(("UK", "US", "USA", "EU", "HR", "IT", "CV", "NHS", "IV", "PC", "UI"))


def certification_in(text: str, folded: str, words: set[str]) -> tuple[str | None, bool]:
    """(the certification named, '' if unnamed, None if none; is a driving licence asked)."""
    mentions = find_certifications(text)
    driving = any(m.name == _DRIVING for m in mentions)
    others = [m.name for m in mentions if m.name != _DRIVING]
    for name in others:
        if any(word.casefold() not in _GENERIC_CERT_WORDS for word in name.split()):
            return name, driving
    if others:
        return "", driving
    if "certification" not in words or not _CERT_CUE.search(_DRIVING_WORDS.sub(" ", folded)):
        return None, driving
    # "SHRM-CP or PHR certification": an acronym in the line is most likely its name.
    acronym = next((a for a in _ACRONYM.findall(text) if a not in _NOT_CERTS), None)
    return acronym or "", driving
