"""Degree levels and fields of study, as CVs and postings name them.

API: :func:`find_degrees` lists every degree named in a text with its level and
offsets; :func:`degree_field` reads the field written after one ("BSc (Hons) in Computer
Science" -> "Computer Science"); :func:`read_degree` gives the highest level in a text
and its field; :func:`degree_in_progress` tells one still being studied for. A posting
wanting the lowest acceptable level ("BS/MS in CS") takes ``min`` over
:func:`find_degrees` instead.

Short forms that are also ordinary words or places (MA = Massachusetts, MS = Microsoft,
BS, AS, "Associate" as a job title) only count with ``lenient=True`` (an education
section) or when a field follows ("MA in History", "BS Computer Science").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.core.models import DegreeLevel

__all__ = [
    "DegreeMention",
    "degree_field",
    "degree_in_progress",
    "find_degrees",
    "may_name_a_degree",
    "read_degree",
]

_D = r"\.?\s?"  # "B.Sc", "B. Sc", "BSc"

_STRONG: tuple[tuple[DegreeLevel, str], ...] = (
    (
        DegreeLevel.DOCTORATE,
        rf"Ph{_D}D\.?|D{_D}Phil|Doctorate|Doctoral degree|Doctor of|Ed{_D}D\.?|M\.D\.|Eng\.?D",
    ),
    (
        DegreeLevel.MASTER,
        rf"M{_D}Sc|M{_D}Eng|M{_D}Phil|M{_D}Res|M\.B\.A\.?|LL{_D}M|M\.Ed|M\.Arch|M\.A\.|M\.S\."
        r"|Master'?s(?: degree)?|Masters|Master (?:of|in|degree)|Postgraduate degree"
        r"|Graduate degree|PGDip|Postgraduate Diploma|Mestrado|Máster|Diplom-Ingenieur"
        # UK integrated masters (four-year first degrees at master's level).
        r"|MPharm|MPhys|MChem|MMath|MBiol|MOptom",
    ),
    (
        DegreeLevel.BACHELOR,
        rf"B{_D}Sc|B{_D}Eng|B\.B\.A\.?|B{_D}Com|LL{_D}B|B\.Ed|B\.A\.|B\.S\."
        r"|Bachelor'?s?(?: degree)?|Undergraduate degree|Honours degree|Honors degree"
        r"|University degree|College degree|Degree in|Licenciatura|Grado en",
    ),
    (
        DegreeLevel.ASSOCIATE,
        r"Associate'?s? degree|Associate of (?:Arts|Science|Applied Science)|A\.A\.S?\."
        r"|Higher National Diploma|Foundation degree",
    ),
    (
        DegreeLevel.SECONDARY,
        r"High school(?: diploma)?|Secondary school|International Baccalaureate|IB Diploma"
        r"|Abitur|Baccalauréat|Leaving Certificate|Scottish Highers",
    ),
)
# Acronyms that are only degrees in capitals ("a level" is everyday English).
_STRONG_CAPITALS: tuple[tuple[DegreeLevel, str], ...] = (
    # "MArch" here, not above: case-blind it would read every "March".
    (DegreeLevel.MASTER, r"MBA|MPH|MFA|MEd|MArch"),
    (DegreeLevel.BACHELOR, r"BBA|BFA|BSN|BEd|BA \(Hons\)|BA Hons"),
    (DegreeLevel.ASSOCIATE, r"AAS|ADN|HND"),
    (DegreeLevel.SECONDARY, r"A[- ][Ll]evels?|AS[- ][Ll]evels?|GCSEs?|GED|BTEC"),
)
_MS_PRODUCTS = (
    "Office|Excel|Word|Project|SQL|Teams|Access|PowerPoint|Outlook|Dynamics|Azure|Windows"
    "|Visio|Exchange|SharePoint|Server|DOS|Paint|Publisher|365"
)
# Short forms that are also places, products or job titles (MA = Massachusetts,
# "MS Excel", "Associate Director"): a degree only when "in"/"of" and a field follow
# ("MA in History"), or, in an education section, any field ("MA History").
_WEAK: tuple[tuple[DegreeLevel, str], ...] = (
    (DegreeLevel.MASTER, rf"MA|MS(?!\s+(?:{_MS_PRODUCTS})\b)"),
    (DegreeLevel.BACHELOR, r"BA|BS|AB"),
    (DegreeLevel.ASSOCIATE, r"AA|AS|Associate"),
)


def _compile(table: tuple[tuple[DegreeLevel, str], ...], flags: int) -> re.Pattern[str]:
    groups = "|".join(f"(?P<{level.name}>{pattern})" for level, pattern in table)
    return re.compile(rf"(?<![\w.])(?:{groups})(?![\w'])", flags)


_STRONG_RE = _compile(_STRONG, re.IGNORECASE)
_CAPITALS_RE = _compile(_STRONG_CAPITALS, 0)
_WEAK_RE = _compile(_WEAK, 0)
_CONNECTOR = re.compile(r"\s*(?:in|of)\s+[A-Z]")
# "CIPD Level 5 Associate Diploma", "Associate Member": a qualification or a grade of
# membership, not an associate degree.
_FIELD_NEXT = re.compile(
    r"\s*(?:\(Hons\)\s*)?(?!(?:Diploma|Certificate|Award|Member|Membership|Fellow)\b)[A-Z][a-z]"
)
# "(Hons)", "of Science in", "in": words between a degree and its field.
_FIELD_LEAD = re.compile(
    r"^[\s:\-–—]*(?:\((?:Hons?|Honours|Honors)\)\s*|(?:Hons?|Honours|Honors)\.?\s+)?"
    r"(?:(?:(?:of|in)\s+)?(?:Science|Arts|Engineering|Education|Laws?|Philosophy|Business)"
    r"\s+(?:in|\()\s*|in\s+|of\s+|\()?",
    re.IGNORECASE,
)
_FIELD_END = re.compile(
    r"\s*(?:[,|;(\[/–—]|\s-\s|\s(?:at|from|with|and minor|minor)\s|\d|$)", re.IGNORECASE
)
_NOT_A_FIELD = re.compile(
    r"\b(?:university|college|school|institute|academy|hons|honours|degree|diploma)\b",
    re.IGNORECASE,
)


# Words (lower case, dots dropped) of which every degree name holds at least one; a
# line without any skips the patterns.
_TRIGGER_WORDS_TEXT = """
    phd dphil doctor doctorate doctoral edd md engd msc meng mphil mres mba llm med
    mpharm mphys mchem mmath mbiol moptom
    march ma ms master masters postgraduate graduate pgdip bsc beng bba bcom llb bed bfa
    bsn ba bs ab bachelor bachelors undergraduate honours honors university college degree
    associate associates aa aas adn hnd higher foundation level levels gcse gcses ged btec
    high secondary baccalaureate baccalauréat ib abitur leaving highers sc eng phil mfa
    mph licenciatura grado mestrado máster diplom ph com ll res ed"""
_TRIGGER_WORDS = frozenset(_TRIGGER_WORDS_TEXT.split())
_WORD = re.compile(r"\w+")


def may_name_a_degree(text: str) -> bool:
    """Cheap pre-check: could ``text`` name a degree at all? ("Ph. D" counts as "ph", "d".)"""
    return not _TRIGGER_WORDS.isdisjoint(_WORD.findall(text.casefold().replace(".", "")))


@dataclass(frozen=True, slots=True)
class DegreeMention:
    """A degree named in a text: its level, the words as written, and offsets."""

    level: DegreeLevel
    text: str
    start: int
    end: int


def _level(m: re.Match[str]) -> DegreeLevel:
    return next(DegreeLevel[name] for name, value in m.groupdict().items() if value)


def find_degrees(text: str, *, lenient: bool = False) -> list[DegreeMention]:
    """Every degree named in ``text``, left to right (see the module note on short forms)."""
    found: list[DegreeMention] = []
    if not may_name_a_degree(text):
        return found
    for pattern in (_STRONG_RE, _CAPITALS_RE, _WEAK_RE):
        for m in pattern.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in found):
                continue
            if pattern is _WEAK_RE and not (
                _CONNECTOR.match(text, m.end()) or (lenient and _FIELD_NEXT.match(text, m.end()))
            ):
                continue
            found.append(DegreeMention(_level(m), m.group(0), m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def degree_field(text: str, after: int) -> str | None:
    """The field of study written from ``after`` on ('in Nursing, 2015' -> 'Nursing')."""
    rest = text[after:]
    lead = _FIELD_LEAD.match(rest)
    if lead is not None:
        rest = rest[lead.end() :]
    end = _FIELD_END.search(rest)
    field = rest[: end.start() if end else len(rest)].strip(" .)'’")
    words = field.split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return None
    if _NOT_A_FIELD.search(field):
        return None
    return field


def read_degree(text: str, *, lenient: bool = False) -> tuple[DegreeLevel, str | None]:
    """The highest degree level ``text`` names and its field; (NONE, None) if none."""
    found = find_degrees(text, lenient=lenient)
    if not found:
        return DegreeLevel.NONE, None
    best = max(found, key=lambda d: d.level)
    if best.level <= DegreeLevel.SECONDARY:
        return best.level, None
    return best.level, degree_field(text, best.end)


# "studying", "expected 2027", "final year", "(in progress)", "2023 - present".
_IN_PROGRESS = re.compile(
    r"\b(?:studying|in progress|ongoing|currently (?:studying|enrolled|reading|pursuing)"
    r"|(?:expected|anticipated|predicted)(?: graduation| completion)?:?\s*(?:in\s+)?"
    r"(?:\w+\s+)?(?:19|20)\d\d|final[- ]year|(?:first|second|third|1st|2nd|3rd)[- ]year"
    r"|(?:due|to) (?:to )?(?:finish|complete|graduate)|completing|undertaking|pursuing"
    r"|(?:19|20)\d\d\s*[-–—]\s*(?:present|current|now|ongoing|date))\b",
    re.IGNORECASE,
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def degree_in_progress(text: str, *, today: int | None = None) -> bool:
    """Whether the degree on this line is still being studied for, not yet held.

    Read from its words ("studying", "expected 2027", "final year") and, given ``today``
    (a month index), from a year after this one ("BSc Nursing, 2024 - 2027").
    """
    if _IN_PROGRESS.search(text):
        return True
    if today is None:
        return False
    return any(int(year) > today // 12 for year in _YEAR_IN_TEXT.findall(text))
