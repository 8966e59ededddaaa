"""Roles in the experience part of a CV: found by their date spans, with the title and
employer read from the same line or from the one or two lines next to it.

Layouts understood (one role each)::

    Senior Engineer, Acme Corp — Mar 2019 - Present
    Acme Corp | Senior Engineer | 2016-2019
    Jan 2018 to Dec 2020: Analyst at Beta Ltd
    2019 – present  Nurse, St Mary's Hospital
    Senior Engineer          (title, employer, dates on
    Acme Corp, London         two or three lines, in either
    06/2020 – now             order)

A role's header is the first line of its header block; its lines are the rest of the
block and every line after it up to the next role's header block. Bullets are never
headers, so a bullet that mentions dates ("- Led the 2019-2020 migration") stays a line.
A role without any dates is not found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from shortlist.core.models import Line, Role
from shortlist.core.taxonomy.degrees import find_degrees
from shortlist.core.text.dates import SpanMatch, first_span
from shortlist.core.text.lines import is_bullet
from shortlist.core.text.titles import is_organisation, is_title

__all__ = ["anchor_span", "find_roles"]

#: Lines a header may reach above or below the line with its dates.
MAX_HEADER_LINES = 2

_PART_SPLIT = re.compile(
    r"\s*[|•·]\s*|\s+[-–—]\s+|\s*[–—]\s*|\t+|\s{2,}|,\s+|\s+(?:at|@)\s+|:\s+|^\s*:\s*"
)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_PART_STRIP = " \t-–—|,;:•·*"
_LOCATION = re.compile(
    r"^(?:remote|hybrid|on-?site|uk|u\.k\.|usa?|u\.s\.a?\.?|united (?:kingdom|states)|[A-Z]{2})$",
    re.IGNORECASE,
)
# Words before a span that make it part of a sentence ("worked there from 2019 to 2021").
_LEAD_IN = frozenset(
    ["from", "since", "between", "in", "during", "by", "until", "and", "to", "of", "for"]
)
_CONTACT = re.compile(r"@|https?:|www\.|\d{3,}[\s-]?\d{3,}")
_MAX_ANCHOR_WORDS = 14
_MAX_HEADER_WORDS = 10
_MAX_HEADER_CHARS = 80
#: A longer header line must be cut into parts (title, employer, place), one a title.
_MAX_LISTED_CHARS = 120
_MAX_LISTED_WORDS = 16
_MAX_PART_WORDS = 5
#: (first line, last line, title, employer, span) of one role's header.
_Block = tuple[int, int, str, str, SpanMatch]


def anchor_span(text: str, today: int | None) -> SpanMatch | None:
    """The date span that makes a line a role's header line, or None.

    Not a bullet, few words besides the dates, not a sentence that merely mentions
    dates, and not a degree ("BSc Physics, 2012-2015").
    """
    if is_bullet(text) and not text.startswith("**"):  # "**Title**" is bold, not a bullet
        return None
    found = first_span(text, today=today)
    if found is None:
        return None
    before = text[: found.start].rstrip(" \t([").split()
    if before and before[-1].casefold() in _LEAD_IN:
        return None
    rest = _remainder(text, found)
    if len(rest.split()) > _MAX_ANCHOR_WORDS:
        return None
    titled = is_title(rest)
    if text.endswith(".") and not (titled or is_organisation(rest)):
        return None
    # "BSc Physics, 2012-2015" is a degree, not a role; a job title settles it sooner.
    if not titled and find_degrees(text):
        return None
    return found


def _remainder(text: str, found: SpanMatch) -> str:
    rest = f"{text[: found.start]} {text[found.end :]}"
    return _EMPTY_BRACKETS.sub(" ", rest)


def _parts(text: str) -> list[str]:
    parts: list[str] = []
    for raw in _unbracketed_split(text):
        part = raw.strip(_PART_STRIP)
        if part.startswith("(") and part.endswith(")"):
            part = part[1:-1].strip()
        if part.count("(") > part.count(")"):
            part = part.rstrip("( ")
        if any(c.isalpha() for c in part):
            parts.append(part)
    return parts


def _unbracketed_split(text: str) -> list[str]:
    """Split at separators outside brackets: "Barista, Bean Co (café, 60 stores)"."""
    if "(" not in text:
        return _PART_SPLIT.split(text)
    pieces: list[str] = []
    start = 0
    for m in _PART_SPLIT.finditer(text):
        before = text[start : m.start()]
        if before.count("(") > before.count(")"):
            continue  # inside brackets: the separator is part of the text
        pieces.append(before)
        start = m.end()
    pieces.append(text[start:])
    return pieces


def _header_candidate(text: str) -> bool:
    """Could this line be a title or employer line next to a role's dates?"""
    if is_bullet(text):
        return False
    if len(text) > _MAX_HEADER_CHARS or len(text.split()) > _MAX_HEADER_WORDS:
        # "Senior Graphic Designer — Pressmark Creative (branding agency), Manchester" is
        # long, but cut into parts (one a job title, or all short), as a sentence is not.
        if len(text) > _MAX_LISTED_CHARS or len(text.split()) > _MAX_LISTED_WORDS:
            return False
        parts = _parts(text)
        short = len(parts) >= 3 and all(len(p.split()) <= _MAX_PART_WORDS for p in parts)
        if not (short or (len(parts) >= 2 and any(map(is_title, parts)))):
            return False
    if text.endswith((".", ";", ",")) or _CONTACT.search(text):
        return False
    if ":" in text.rstrip(":"):  # "Tech: Python, Docker" is a label, not a header
        return False
    return text[0].isupper() or text[0].isdigit()


def _enough(parts: Sequence[str]) -> bool:
    """Do these parts already hold a title and something else (the employer)?"""
    real = [p for p in parts if not _LOCATION.match(p)]
    # "King Salman Specialist Hospital" holds a title word but names the employer.
    return len(real) >= 2 and any(is_title(p) and not is_organisation(p) for p in real)


def _title_employer(groups: Sequence[Sequence[str]]) -> tuple[str, str]:
    """Pick the title and the employer among a header's parts (grouped by line)."""
    flat = [(g, p) for g, parts in enumerate(groups) for p in parts]
    if not flat:
        return "", ""
    real = [(g, p) for g, p in flat if not _LOCATION.match(p)] or flat
    title_at = next(
        (k for k, (_, p) in enumerate(real) if is_title(p) and not is_organisation(p)), None
    )
    if title_at is None:
        title_at = next((k for k, (_, p) in enumerate(real) if is_title(p)), None)
    if title_at is None:
        title_at = next((k for k, (_, p) in enumerate(real) if not is_organisation(p)), None)
    if title_at is None:
        return "", real[0][1]
    title_group, title = real[title_at]
    others = [item for k, item in enumerate(real) if k != title_at]
    employer = next((p for _, p in others if is_organisation(p) and not is_title(p)), None)
    if employer is None:
        same_line = [p for g, p in others if g == title_group]
        other_lines = [p for g, p in others if g != title_group]
        employer = (same_line or other_lines or [""])[0]
    return title, employer


def _absorb(lines: Sequence[Line], order: range, parts: list[list[str]]) -> list[int]:
    """Take up to MAX_HEADER_LINES candidate lines in ``order`` until a title and an
    employer are both there; returns the indexes taken."""
    taken: list[int] = []
    for i in order:
        if len(taken) == MAX_HEADER_LINES or not _header_candidate(lines[i].text):
            break
        taken.append(i)
        parts.append(_parts(lines[i].text))
        if _enough([p for group in parts for p in group]):
            break
    return taken


def find_roles(lines: Sequence[Line], anchors: Mapping[int, SpanMatch]) -> list[Role]:
    """The roles in one block of lines (one experience section, say).

    ``anchors`` maps a line's start offset to the span that makes it a header line
    (see :func:`anchor_span`), computed once for the whole CV.
    """
    found = [(i, anchors[line.start]) for i, line in enumerate(lines) if line.start in anchors]
    blocks: list[_Block] = []
    reader = _HeaderReader(lines)
    group = ""
    for k, (i, span) in enumerate(found):
        next_anchor = found[k + 1][0] if k + 1 < len(found) else len(lines)
        taken, title, employer, grouped = reader.read(i, span, next_anchor)
        if not employer and title and group and _follows(span, blocks[-1]):
            # "Spotify / PM, 2018-now / ... / Associate PM, 2016-2018": a promotion under
            # the employer named once, on its own line, above the first title.
            employer = group
        else:
            group = employer if grouped else ""
        blocks.append((min([i, *taken]), max([i, *taken]), title, employer, span))
    return _assemble(blocks, lines)


class _HeaderReader:
    """Reads each role's header block, remembering what earlier ones taught it: which
    lines are already taken, and whether this CV puts title lines above or below dates."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.used_until = -1
        self.prefer_back: bool | None = None

    def read(self, i: int, span: SpanMatch, next_anchor: int) -> tuple[list[int], str, str, bool]:
        """(lines taken besides ``i``, title, employer, employer named on its own line)."""
        lines = self.lines
        own = _parts(_remainder(lines[i].text, span))
        taken: list[int] = []
        grouped = False
        if _enough(own):
            title, employer = _title_employer([own])
        else:
            back = range(i - 1, max(self.used_until, i - 1 - MAX_HEADER_LINES), -1)
            ahead = range(i + 1, min(next_anchor, i + 1 + MAX_HEADER_LINES))
            if self.prefer_back is None:
                self.prefer_back = bool(back) and _header_candidate(lines[i - 1].text)
            groups: list[list[str]] = []
            for order in (back, ahead) if self.prefer_back else (ahead, back):
                groups = []
                taken = _absorb(lines, order, groups)
                if taken:
                    break
            # Header lines read top to bottom, whichever way they were collected.
            pairs = sorted(zip(taken, groups, strict=True))
            taken = [t for t, _ in pairs]
            before = [g for t, g in pairs if t < i]
            after = [g for t, g in pairs if t > i]
            title, employer = _title_employer([*before, own, *after])
            grouped = any(employer in g and not any(map(is_title, g)) for g in before)
        self.used_until = max([i, *taken])
        return taken, title, employer, grouped


def _assemble(blocks: Sequence[_Block], lines: Sequence[Line]) -> list[Role]:
    """Roles from header blocks: each owns the lines up to the next block."""
    roles: list[Role] = []
    k = 0
    while k < len(blocks):
        first, last, title, employer, span = blocks[k]
        end = blocks[k + 1][0] if k + 1 < len(blocks) else len(lines)
        if not title and employer and end == last + 1:
            # "Acme Corp 2015-2020" with only dated titles under it: those are the roles,
            # and Acme Corp is their employer.
            children = _children(blocks, k, lines)
            if children:
                roles.extend(replace(child, employer=employer) for child in children)
                k += len(children) + 1
                continue
        roles.append(Role(title, employer, span.span, lines[first], tuple(lines[first + 1 : end])))
        k += 1
    return roles


#: Most months between one role's end and the next (later) role's start for the two to
#: read as a promotion at the same employer.
PROMOTION_GAP = 3


def _follows(span: SpanMatch, later: _Block) -> bool:
    return span.span.end >= later[4].span.start - PROMOTION_GAP


def _children(blocks: Sequence[_Block], k: int, lines: Sequence[Line]) -> list[Role]:
    parent = blocks[k][4].span
    out: list[Role] = []
    for j in range(k + 1, len(blocks)):
        first, _, title, employer, span = blocks[j]
        if employer or not (parent.start <= span.span.start and span.span.end <= parent.end):
            break
        end = blocks[j + 1][0] if j + 1 < len(blocks) else len(lines)
        out.append(Role(title, "", span.span, lines[first], tuple(lines[first + 1 : end])))
    return out
