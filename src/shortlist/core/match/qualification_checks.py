"""Qualification checks: degrees, certifications and licences, languages.

Each reads what the CV holds, and how: finished or still in progress, current or expired,
at the level or grade the posting asks for.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.overlap import content_words
from shortlist.core.match.verdict import ALTERNATIVES, Verdict, fmt_months
from shortlist.core.models import DegreeLevel, Line, Requirement, Status
from shortlist.core.taxonomy.certifications import (
    CertificationMention,
    find_certifications,
    is_exam_code,
)
from shortlist.core.taxonomy.languages import (
    find_languages,
    level_label,
    level_rank,
    required_level,
)

#: "A degree in Physics or a related subject": the field is a preference, not a test.
_ANY_FIELD = re.compile(
    r"\b(?:or (?:a |another )?(?:closely )?(?:related|relevant|similar|equivalent)|"
    r"any (?:subject|discipline|field))\b",
    re.IGNORECASE,
)
_EQUIVALENT = re.compile(
    r"\bor equivalent\b|\bequivalent (?:experience|qualification)", re.IGNORECASE
)
#: A credential that is not held yet, or no longer: the progress goes in the note.
_PENDING = re.compile(
    r"\b(?:pending|in progress|working towards?|studying(?: for| towards)?|candidate|"
    r"expected|exam (?:booked|due|scheduled)|booked|scheduled|awaiting|applied for|"
    r"application (?:submitted|pending|status)|part[- ]qualified|\d of \d (?:sections|units|exams|"
    r"papers|modules)|sections? passed|due (?:in )?\w+ \d{4}|trainee|completing|"
    r"in the process of|not yet(?: \w+)?|not (?:issued|held|obtained|achieved|awarded))\b",
    re.IGNORECASE,
)
_EXPIRED = re.compile(r"\b(?:expired|lapsed|expires? \w+ \d{4}, not renewed)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\blevel\s+(\d)\b", re.IGNORECASE)
_SENIOR_GRADE = re.compile(r"\b(?:chartered|fellow|full member(?:ship)?|senior)\b", re.IGNORECASE)
_JUNIOR_GRADE = re.compile(r"\b(?:assoc|associate|affiliate|student|foundation)\b", re.IGNORECASE)
#: The posting accepts progress: "or working towards it", "or progress toward one".
_ACCEPTS_PROGRESS = re.compile(
    r"working towards?|progress towards?|studying towards?|or (?:be )?willing to (?:obtain|work)",
    re.IGNORECASE,
)
#: Words of a requirement line that are about asking, not about the credential.
_CUE_WORDS = re.compile(
    r"\b(?:required|essential|desirable|preferred|must|have|hold|holding|valid|current|"
    r"active|a|an|the|or|and|with|certification|certificate|qualification)\b|[()]",
    re.IGNORECASE,
)
#: A credential's name used for something else: "a regional CPA firm", "the PE exam".
#: The code and its brackets, left out of an exam's title.
_CODE_IN_TITLE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]?\s*$")
_NOT_HELD_AFTER = re.compile(
    r"\s*(?:firm|practice|practices|clients?|exams?|examination|course)\b", re.IGNORECASE
)


def degree_check(req: Requirement, index: CvIndex) -> Verdict:
    wanted = req.degree or DegreeLevel.BACHELOR
    # A degree still being studied for is not held yet.
    finished = [e for e in index.cv.education if not e.in_progress]
    held = max(finished, key=lambda e: e.level, default=None)
    equivalent = bool(_EQUIVALENT.search(req.text))
    if held is None or held.level == DegreeLevel.NONE:
        if equivalent and index.cv.total_months >= 36:
            return Verdict(
                Status.PARTIAL,
                0.5,
                None,
                f"no degree shown; the posting accepts equivalent experience "
                f"({fmt_months(index.cv.total_months)} of roles)",
            )
        return Verdict(Status.MISSING, 0.0, None, f"no {wanted.name.lower()} degree shown")
    level = held.level.name.lower()
    high_enough = [e for e in finished if e.level >= wanted]
    if high_enough:
        if not req.field_of_study or _ANY_FIELD.search(req.text):
            return Verdict(Status.MET, 1.0, held.line, f"{level} degree shown")
        # The field may sit anywhere on the degree's line: "Bachelor of Commerce (Finance)".
        asked = content_words(req.field_of_study)
        in_field = [e for e in high_enough if asked & content_words(e.line.text)]
        if in_field:
            best = max(in_field, key=lambda e: e.level)
            return Verdict(
                Status.MET, 1.0, best.line, f"{best.level.name.lower()} in the field asked"
            )
        top = max(high_enough, key=lambda e: e.level)
        return Verdict(
            Status.PARTIAL,
            0.75,
            top.line,
            f"{top.level.name.lower()} in {top.field or 'another field'}; "
            f"asked: {req.field_of_study}",
        )
    # A lower qualification is not the one asked for; the note says what the CV holds.
    return Verdict(Status.MISSING, 0.0, held.line, f"{level} shown; asked: {wanted.name.lower()}")


def certification_check(req: Requirement, index: CvIndex) -> Verdict:
    """Every credential the line names: "PRINCE2 or PMP" needs one, "A and B" both."""
    mentions = find_certifications(req.text)
    # An exam code names the credential exactly; the title beside it is its long name.
    titles = {
        m.name: (_CODE_IN_TITLE.sub("", m.text) if m.text != m.name else None)
        for m in mentions
        if is_exam_code(m.name)
    }
    names = list(titles) or list(dict.fromkeys(m.name for m in mentions))
    if req.certification and req.certification not in names and not titles:
        names.insert(0, req.certification)
    verdicts = [
        _one_certification(req, name, index, titles.get(name)) for name in names or [req.text]
    ]
    if ALTERNATIVES.search(req.text):
        return max(verdicts, key=lambda v: v.credit)
    return min(verdicts, key=lambda v: v.credit)


def _one_certification(
    req: Requirement, name: str, index: CvIndex, title: str | None = None
) -> Verdict:
    """``name`` held by a CV line; for an exam code, also its ``title`` written out on a
    line that names no other exam."""
    credentials = index.credentials
    # By name first ("RTITB Reach Truck licence" is a forklift licence), then by wording:
    # the credential's name inside a line, or every word of the requirement in one line.
    # Of several lines, the one that earns most is quoted (a Level 3 certificate over
    # the Level 2 one before it); the CV's order breaks ties.
    held = dict.fromkeys(
        line for line, end in index.lines_naming(name) if not _NOT_HELD_AFTER.match(line.text, end)
    )
    named = [_credential(req, name, line) for line in held]
    if named:
        return _best(named)
    folded = name.casefold()
    wording = _CUE_WORDS.sub(" ", req.text).casefold()
    worded = [
        _credential(req, name, line)
        for line, held_here in credentials
        if (len(name) > 6 and fuzz.partial_ratio(folded, line.text.casefold()) >= 90)
        or fuzz.token_set_ratio(wording, line.text.casefold()) >= 90
        or (title and _titled(title, line, held_here))
    ]
    if worded:
        return _best(worded)
    return Verdict(Status.MISSING, 0.0, None, f"{name} not shown")


def _titled(title: str, line: Line, held: tuple[CertificationMention, ...]) -> bool:
    """Whether ``line`` writes out an exam's title and names no exam code of its own."""
    if any(is_exam_code(m.name) for m in held):
        return False
    return fuzz.partial_ratio(title.casefold(), line.text.casefold()) >= 90


def _best(verdicts: list[Verdict]) -> Verdict:
    """The verdict that earns most; the first of equals."""
    return max(verdicts, key=lambda v: v.credit)


def _credential(req: Requirement, name: str, line: Line) -> Verdict:
    """A credential the CV names: held, expired, or still in progress."""
    if _EXPIRED.search(line.text):
        return Verdict(Status.PARTIAL, 0.5, line, f"{name} shown, but expired")
    progress = _PENDING.search(line.text)
    if progress:
        if _ACCEPTS_PROGRESS.search(req.text):
            return Verdict(
                Status.MET,
                1.0,
                line,
                f"{name} in progress ('{progress.group(0)}'); the posting accepts that",
            )
        return Verdict(Status.MISSING, 0.0, line, f"{name} not held yet ('{progress.group(0)}')")
    lower = _lower_grade(req.text, line.text)
    if lower:
        return Verdict(Status.PARTIAL, 0.5, line, f"{name} shown, {lower}")
    return Verdict(Status.MET, 1.0, line, f"{name} shown")


def _lower_grade(asked: str, held: str) -> str | None:
    """'Level 2' held for 'Level 3' asked; an associate membership for a chartered one."""
    want = _LEVEL.search(asked)
    have = _LEVEL.search(held)
    if want and have and int(have.group(1)) < int(want.group(1)):
        return f"at level {have.group(1)}; asked: level {want.group(1)}"
    junior = _JUNIOR_GRADE.search(held)
    if junior and _SENIOR_GRADE.search(asked):
        return f"at a lower grade ('{junior.group(0)}')"
    return None


def language_check(req: Requirement, index: CvIndex) -> Verdict:
    """Each language the line names: "French, Spanish or German" needs one."""
    names = list(dict.fromkeys(m.name for m in find_languages(req.text)))
    if req.language and req.language not in names:
        names.insert(0, req.language)
    verdicts = [_one_language(req, name, index) for name in names or [""]]
    if ALTERNATIVES.search(req.text):
        return max(verdicts, key=lambda v: v.credit)
    return min(verdicts, key=lambda v: v.credit)


def _one_language(req: Requirement, language: str, index: CvIndex) -> Verdict:
    name = language.casefold()
    for lang in index.cv.languages:
        if lang.name.casefold() != name:
            continue
        level = f" ({lang.level})" if lang.level else ""
        have = level_rank(lang.level) if lang.level else None
        # The parser stored the level for the language it typed the row by; another
        # language on the line ("Fluent English, conversational French") has its own.
        wanted = (
            req.language_level if language == req.language else required_level(req.text, language)
        )
        if wanted is None or have is None or have >= wanted:
            return Verdict(Status.MET, 1.0, lang.line, f"{lang.name}{level} shown")
        # One CEFR step short is real but partial; two or more is not the level asked.
        if wanted - have == 1:
            return Verdict(
                Status.PARTIAL,
                0.5,
                lang.line,
                f"{lang.name}{level} shown; asked: {level_label(wanted)}",
            )
        return Verdict(
            Status.MISSING,
            0.0,
            lang.line,
            f"{lang.name}{level} is below the level asked ({level_label(wanted)})",
        )
    if name == "english" and index.cv.roles:
        return Verdict(
            Status.PARTIAL, 0.75, None, "the CV is written in English but does not state a level"
        )
    return Verdict(Status.MISSING, 0.0, None, f"{language or 'the language'} not shown")
