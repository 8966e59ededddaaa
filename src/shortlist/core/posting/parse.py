"""parse_posting(text, taxonomy) -> Posting: header facts and typed, weighted requirements.

How a section is read depends on its heading (see posting_sections):

- requirements ("Requirements", "About you", "Essential"...): every bullet and sentence is a
  requirement, must-have by default, its ``weight_cue`` the heading.
- preferred ("Nice to have", "Desirable", "Bonus points"...): the same, nice-to-have.
- responsibilities ("What you'll do", "The role"...): every bullet, and every sentence that
  speaks to the reader ("you", "your", "responsible"), is a RESPONSIBILITY requirement,
  nice-to-have by default (a duty is context for the match, not a gate; "You will join the
  Referrals team" places the job and is not a duty); lines with years,
  a degree, a certification, a language or a location condition keep that kind.
- the lines before the first heading and unknown sections: a bullet counts when it is typed
  (anything but a bare responsibility: a pasted list of requirements); a sentence only when
  it is plainly a requirement - it states a must/nice cue, or asks for years of a named
  skill, or is typed and worded as an ask ("experience", "knowledge of", "you"...; a soft
  skill needs "you" or "candidate"). Either is then must-have unless its own words say
  otherwise, with ``weight_cue`` None when nothing was said. A sentence that describes the
  job ("You will lead a team of five") or in which the company speaks of itself ("We
  spend $80k a month on ads") asks for nothing, unless it states a hard fact or a cue.
- benefits, about the company, how to apply, equal-opportunity statements: never.

Everywhere, a cue in the line beats the section's default, and a long lead-in line ending
in a colon ("Any of the following would be a real plus:") sets the default for the bullets
under it (a short one is a heading). One requirement per bullet or sentence, except that
"Fluent English; French is a plus" is cut at the semicolon when the parts are weighted
differently. Text is verbatim: bullet marker stripped, wrapped lines joined with one space.
Repeated lines are kept once; a "sentence" over 1,000 characters is skipped as unreadable.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import accumulate

from shortlist.core.models import (
    Line,
    Posting,
    Requirement,
    RequirementKind,
    Section,
    SkillMention,
)
from shortlist.core.posting.boilerplate import is_boilerplate, offers_perks
from shortlist.core.posting.duty_prose import is_duty_prose
from shortlist.core.posting.fields import is_meta_label, read_fields
from shortlist.core.posting.hiring import is_logistics
from shortlist.core.posting.requirements import read_requirement
from shortlist.core.posting.sections import (
    DUTIES,
    HEADER,
    PREFERRED,
    REQUIREMENTS,
    SKIPPED,
    heading_map,
    is_bold,
    section_of_label,
)
from shortlist.core.posting.weights import Weight, line_weight
from shortlist.core.taxonomy.skills import Taxonomy
from shortlist.core.text.lines import is_bullet, split_sections, strip_bullet
from shortlist.core.text.prefilter import fold

__all__ = ["parse_posting"]

# These run on fold(text): lower case, curly apostrophes straightened.
# Requirement wording, for sentences outside requirement sections.
_ASKS = re.compile(
    r"\byou\b|\byour\b|\bcandidates?\b|\bapplicants?\b|experience|knowledge|\babilit|availabilit"
    r"|capabilit|able to"
    r"|proficien|familiar|understanding|\bskill|degree|qualifi|background in|expertise"
    r"|hands-on|track record|proven|fluen|bilingual|right to work|eligib|authori[sz]"
    r"|sponsorship|looking for|seeking"
)
# "You", "your", "you'll", not "young people" or "youth".
_TO_READER = re.compile(r"\byou(?!ng|th)|\bcandidates?\b|\bapplicants?\b")
_ONLY_SEEKING = frozenset({"looking for", "seeking"})
# The candidate as the subject of an ask: "The successful applicant will need ...".
_CANDIDATE_ASKED = re.compile(
    r"^(?:the |our )?(?:successful |ideal |preferred |suitable )?(?:candidates?|applicants?"
    r"|post ?holders?|person)\b.{0,30}?\b(?:will (?:be expected to|need|have|possess|hold"
    r"|be (?:able|required|expected|either))|must|should|needs?|is expected to"
    r"|are expected to|is required to|are required to)\b"
)
# Whom the posting wants, said as prose.
_HIRE = re.compile(
    r"\b(?:looking for|seeking|keen to hear from|(?:an )?opportunit(?:y|ies) (?:has|have)"
    r" arisen for|recruiting (?:an?|for)|we need an?|we want an?|suitable for"
    r"|an (?:exciting |excellent )?opportunity for (?:an? )?(?:band \d|experienced|qualified"
    r"|newly|registered))\b|\brecruiting for(?=\d)"
)
#: Hire descriptions kept, at most, from a posting that asks for nothing else.
_MOST_HIRES = 2
_NAMES_THE_JOB = re.compile(r"(?:looking for|seeking) an? [^,.;]{1,60}? to join\b")
# "You will lead a team of five" describes the job; "You will need / have / be fluent"
# asks. Read on fold(text).
_DESCRIBES_JOB = re.compile(
    r"^(?:(?:as|in) [^,]{1,40}, )?you(?:'ll| will)(?: also)? (?:be (?:responsible|part of"
    r"|\w+ing\b)|(?!have|need|bring|possess|hold|be\b|ideally|already|also\b)\w+)"
)
# Where the job sits, not what it does: "You will join the Referrals team, which owns ...".
_PLACES_JOB = re.compile(
    r"^you(?:'ll| will) (?:join|be joining|be part of|be one of|report|be reporting"
    r"|work alongside|be working alongside|sit (?:in|within|with))\b"
)
# The company speaking of itself ("We spend $80k a month on paid media and want a
# hands-on manager") describes the hire unless it says it is looking.
_COMPANY_VOICE = re.compile(r"^(?:we|we're|we've|we'll|our|us)\b(?!.*\b(?:looking for|seeking)\b)")
_SPEAKS_TO_READER = re.compile(
    r"\byou(?!ng|th)|responsib|\bdut(?:y|ies)\b|\b(?:need|want|looking for|seeking) someone\b"
)
_HARD = frozenset({
    RequirementKind.YEARS, RequirementKind.DEGREE, RequirementKind.CERTIFICATION,
    RequirementKind.LANGUAGE, RequirementKind.LOCATION,
})  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset((
    "e.g.", "i.e.", "etc.", "vs.", "incl.", "approx.", "esp.", "dept.", "no.", "st.", "dr.",
    "mr.", "mrs.", "ms.", "b.sc.", "m.sc.", "ph.d.", "b.a.", "m.a.", "b.s.", "m.s.", "u.s.",
    "u.k.", "e.u.", "yrs.", "yr.", "min.", "max.", "inc.", "ltd.", "co.", "jr.", "sr.", "a.m.",
    "p.m.",
))  # fmt: skip
_INITIAL = re.compile(r"\b[A-Z]\.$")  # "J. Smith", "U. of Leeds"
#: A "sentence" longer than this is a blob the splitter could not cut, not a requirement.
_LONGEST = 1000
#: Words at most in a line listed under a perks lead-in.
_PERK_WORDS = 12
_INLINE_LABEL = re.compile(r"^(?P<label>[^:]{2,40}?)\s*:\s+(?P<value>\S.*)$")

# How a unit is read: kept as it is, as a duty, as a prose sentence in a duties section
# (kept only with a hard fact), or strictly (kept only when plainly a requirement).
_KEEP, _DUTY, _DUTY_PROSE, _STRICT = "keep", "duty", "duty-prose", "strict"
# A bullet outside any known section: kept when typed (a pasted list of requirements).
_LISTED = "listed"
_DUTIES = frozenset({_DUTY, _DUTY_PROSE})


def parse_posting(text: str, taxonomy: Taxonomy) -> Posting:
    """Read a job posting: title, company, place, pay, and typed, weighted requirements."""
    sections = split_sections(text, heading_map(text), default=HEADER)
    # Headings aside, the sections hold every line in order: no need to split again.
    fields = read_fields(text, [line for s in sections for line in s.lines], sections)
    units: list[tuple[str, Weight, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for section in sections:
        for unit, default, mode in _units(section, fields.used):
            key = " ".join(unit.split()).casefold()
            if (key, mode) not in seen:
                seen.add((key, mode))
                units.append((unit, default, mode, key))
    found = _mentions_per_unit(taxonomy, [unit for unit, _, _, _ in units])
    kept: set[str] = set()
    requirements: list[Requirement] = []
    hires: list[Requirement] = []
    for (unit, default, mode, key), mentions in zip(units, found, strict=True):
        if key in kept:
            continue
        req = read_requirement(unit, taxonomy, default, duty=mode in _DUTIES, mentions=mentions)
        if _keeps(req, mode):
            kept.add(key)
            requirements.append(req)
        elif _HIRE.search(fold(unit)):
            hires.append(req)
    # A posting that only describes whom it wants ("An opportunity has arisen for
    # consultant anaesthetists") asks for that much: better than no row at all.
    if not requirements:
        requirements = hires[:_MOST_HIRES]
    return Posting(
        text=text,
        title=fields.title,
        company=fields.company,
        location=fields.location,
        remote=fields.remote,
        salary=fields.salary,
        requirements=tuple(requirements),
        sections=sections,
        logistics=_logistics(sections),
    )


def _logistics(sections: tuple[Section, ...]) -> tuple[str, ...]:
    """Sentences about the process (closing date, interview dates), in every section and
    field line ("Closing date: 14 March 2027"), each once, verbatim."""
    found: dict[str, str] = {}
    for section in sections:
        for line in section.lines:
            bullet = is_bullet(line.text) and not is_bold(line.text)
            text = strip_bullet(line.text).strip() if bullet else line.text.strip()
            for sentence in [text] if bullet else _sentences(text):
                if len(sentence) <= _LONGEST and is_logistics(fold(sentence)):
                    found.setdefault(" ".join(sentence.split()).casefold(), sentence)
    return tuple(found.values())


def _mentions_per_unit(taxonomy: Taxonomy, units: list[str]) -> list[list[SkillMention]]:
    """Skills in each unit, found in one pass over all of them: one call to the matcher
    costs far more than a line's worth of text."""
    joined = "\n".join(units)
    out: list[list[SkillMention]] = [[] for _ in units]
    starts = list(accumulate((len(unit) + 1 for unit in units[:-1]), initial=0))
    for mention in taxonomy.find(joined, phrases=False):
        index = bisect_right(starts, mention.start) - 1
        offset = starts[index]
        if mention.end - offset <= len(units[index]):
            out[index].append(
                replace(mention, start=mention.start - offset, end=mention.end - offset)
            )
    return out


def _keeps(req: Requirement, mode: str) -> bool:
    if mode in (_KEEP, _DUTY):
        return True
    if mode == _DUTY_PROSE:
        return req.kind in _HARD
    if req.kind is RequirementKind.RESPONSIBILITY:
        # "The successful candidate will be expected to work shifts" asks, in prose.
        return bool(_CANDIDATE_ASKED.match(fold(req.text)))
    if mode == _LISTED:
        return True
    # In these sections the default cue is None: a cue here was written in the line.
    if req.weight_cue is not None:
        return True
    # "5+ years of Python" asks; "15+ years of trading" boasts.
    if req.kind is RequirementKind.YEARS and req.skills:
        return True
    folded = fold(req.text)
    if _COMPANY_VOICE.match(folded) and not _TO_READER.search(folded):
        return False
    # "We're looking for a friendly receptionist" describes the hire, not a requirement;
    # "We are looking for a Payroll Officer to join our team" names the job, nothing more.
    asks = _TO_READER if req.kind is RequirementKind.SOFT_SKILL else _ASKS
    said = {m.group(0) for m in asks.finditer(folded)}
    return bool(said) and not (said <= _ONLY_SEEKING and _NAMES_THE_JOB.search(folded))


def _mode_of(name: str, cue: str | None) -> tuple[Weight, str] | None:
    if name in SKIPPED:
        return None
    if name == REQUIREMENTS:
        return Weight(True, cue), _KEEP
    if name == PREFERRED:
        return Weight(False, cue), _KEEP
    if name == DUTIES:
        return Weight(False, cue), _DUTY
    return Weight(True, None), _STRICT


def _units(section: Section, used: frozenset[int]) -> Iterator[tuple[str, Weight, str]]:
    """(text, default weight, mode) for each bullet or sentence of ``section``."""
    read = _mode_of(section.name, section.heading.strip("#*_ :：") or None)
    if read is None:
        return
    default, mode = read
    # After "we also have a range of benefits such as", short lines list the perks.
    perks_listed = False
    for text, bullet in _paragraphs(section.lines, used):
        if perks_listed and _listed_perk(text):
            continue
        perks_listed = False
        own_default, own_mode = default, mode
        label = _INLINE_LABEL.match(text) if ":" in text[:42] else None
        if label and (named := section_of_label(label.group("label"))):
            inline = _mode_of(named, label.group("label").strip("*_ "))
            if inline is None:
                continue
            (own_default, own_mode), text = inline, label.group("value")
        elif text.endswith((":", "：")):
            # A lead-in ("Any of these would be a real plus:") sets the default below it;
            # "we also offer a range of benefits such as:" heads a list of perks.
            perks_listed = offers_perks(fold(text))
            cue = line_weight(text)
            default = cue or default
            continue
        elif not bullet:
            # A prose line resets any lead-in default.
            default = read[0]
            own_default = default
        pieces = _clauses(text) if bullet else [c for s in _sentences(text) for c in _clauses(s)]
        for piece in pieces:
            if len(piece) > _LONGEST or not any(ch.isalpha() for ch in piece):
                continue
            folded = fold(piece)
            if is_boilerplate(folded):
                perks_listed = offers_perks(folded)
                continue
            if own_mode in (_STRICT, _DUTY) and is_duty_prose(folded):
                # "Performs culture set-up ...": a duty wherever it is written.
                yield piece, Weight(False, own_default.cue), _DUTY
            elif _describes_job(folded, own_mode, bullet):
                yield piece, own_default, _DUTY_PROSE
            elif own_mode == _STRICT and bullet:
                yield piece, own_default, _LISTED
            else:
                yield piece, own_default, own_mode


def _listed_perk(text: str) -> bool:
    """A short line under a perks lead-in: "Long Service recognition", not a sentence
    that asks for something."""
    folded = fold(text)
    return (
        len(text.split()) <= _PERK_WORDS
        and not text.rstrip().endswith(".")
        and not _ASKS.search(folded)
    )


def _describes_job(folded: str, mode: str, bullet: bool) -> bool:
    """A sentence about the job, not asking anything: kept only for a hard fact in it."""
    if mode == _DUTY and not bullet:
        return not _SPEAKS_TO_READER.search(folded) or bool(_PLACES_JOB.match(folded))
    return mode == _STRICT and bool(_DESCRIBES_JOB.match(folded))


def _paragraphs(lines: tuple[Line, ...], used: frozenset[int]) -> list[tuple[str, bool]]:
    """Lines as (text, is_bullet), a wrapped line joined to the one it continues."""
    out: list[tuple[str, bool]] = []
    for line in lines:
        if line.start in used or is_meta_label(line.text):
            continue
        bullet = is_bullet(line.text) and not is_bold(line.text)
        text = strip_bullet(line.text).strip() if bullet else line.text
        if out and not bullet and text[:1].islower() and out[-1][0][-1:] not in ".!?:;":
            out[-1] = (out[-1][0] + " " + text, out[-1][1])
        elif text:
            out.append((text, bullet))
    return out


def _clauses(text: str) -> list[str]:
    """'Fluent English; French is a plus' asks for two things, each with its own weight."""
    if "; " not in text:
        return [text]
    parts = [part.strip() for part in text.split("; ")]
    if any(len(part.split()) < 3 for part in parts):
        return [text]
    weights = {(w.must_have if w else None) for w in map(line_weight, parts)}
    return parts if len(weights) > 1 else [text]


def _sentences(text: str) -> list[str]:
    """Split prose at sentence ends, not after 'e.g.' or 'B.Sc.'."""
    parts = _SENTENCE_END.split(text)
    out: list[str] = []
    for part in parts:
        if out and (
            out[-1].rsplit(None, 1)[-1].casefold() in _ABBREVIATIONS or _INITIAL.search(out[-1])
        ):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return [part.strip() for part in out if part.strip()]
