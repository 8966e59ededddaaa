"""Dates and date spans as CVs write them, read into month indexes (see models.month_index).

Pure: "today" is never read from a clock. An open-ended span ("Present", "now",
"current", "to date", "today", "ongoing", "heute", "since 2019", or a dangling
"2019 -") ends at the ``today`` month the caller passes in; without one it ends at its
own start month, and the caller decides what is better (parse_cv uses
:func:`latest_month`).

Conventions, chosen so that "2016-2019" means four years, as a reader would take it:

- a year on its own starts in January and ends in December ("2016-2019" = 48 months);
- spans are inclusive of both end months ("Mar 2019 - Feb 2021" = 24 months);
- seasons map to a month (spring = March, summer = June, autumn/fall = September,
  winter = December);
- a two-digit year ("Mar '19") is 20xx below 50 and 19xx from 50; a two-digit end year
  ("2016-19") takes the century of the start;
- "Mar - Dec 2019" takes the year of the end (the year before when the start month is
  later than the end month).

Month names are English. Numeric day-month-year dates ("12/03/2019") are not read: the
order is ambiguous.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from shortlist.core.models import DateSpan, month_index

__all__ = ["SpanMatch", "find_spans", "first_span", "latest_month", "parse_span"]

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}  # fmt: skip

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|spring|summer|autumn|fall|winter"
)
_YEAR = r"(?:19|20)\d\d(?!\d)"


def _date(tag: str) -> str:
    """One date, its groups suffixed with ``tag`` so two can sit in one pattern."""
    return (
        rf"(?:(?P<mon{tag}>{_MONTH})\.?,?[ \t]*(?:(?P<my{tag}>{_YEAR})|['’](?P<myy{tag}>\d\d))"
        rf"|(?P<nm{tag}>0?[1-9]|1[0-2])[ \t]*[/.][ \t]*(?P<ny{tag}>{_YEAR})"
        rf"|(?P<iy{tag}>(?:19|20)\d\d)[/.-](?P<im{tag}>0[1-9]|1[0-2])(?!\d)"
        rf"|(?P<y{tag}>{_YEAR}))"
    )


_SEP = r"(?:[ \t]*[-–—~‐‑−]+[ \t]*|[ \t]+(?:to|until|till|through|thru)[ \t]+)"
# English, then the same word in a few other languages ("2019 - heute").
_OPEN = (
    r"present|current(?:ly)?|now|today|ongoing|to[ \t]+date|date"
    r"|heute|jetzt|aktuell|aujourd'hui|présent|actuel|presente|actualidad|actual|hoy|oggi|atual"
)

_SPAN = re.compile(
    rf"(?<![\w/.])(?:"
    rf"(?:{_date('a')}|(?P<mononly>{_MONTH})\.?)"
    rf"{_SEP}"
    rf"(?:{_date('b')}|(?P<open>{_OPEN})|(?P<yyb>\d\d)|(?P<dangling>(?=\n|\Z)))"
    rf"|(?P<since>since)[ \t]+{_date('s')}"
    rf")(?![\w/])",
    re.IGNORECASE,
)
_TOKEN = re.compile(rf"(?<![\w/.]){_date('t')}(?![\w/])", re.IGNORECASE)
_NEWLINE = re.compile(r"[\r\n]")
# Every date form holds a four-digit year or an apostrophe year; lines without one are
# skipped before the (much slower) full patterns run.
_YEARISH = re.compile(r"(?:19|20)\d\d|['’]\d\d")
# A bare year next to another group of digits is more likely part of a phone number.
_NEAR_DIGITS_BEFORE = re.compile(r"\d[ \t.]?$")
_NEAR_DIGITS_AFTER = re.compile(r"[ \t.]?\d")


@dataclass(frozen=True, slots=True)
class SpanMatch:
    """A date span found in a text, with its character offsets in that text."""

    span: DateSpan
    start: int
    end: int


def _two_digit_year(yy: str) -> int:
    value = int(yy)
    return 2000 + value if value < 50 else 1900 + value


def _month_number(word: str) -> int:
    key = word.casefold()
    return _MONTH_NUMBERS.get(key) or _MONTH_NUMBERS[key[:3]]


def _group_names(tag: str) -> tuple[str, ...]:
    return tuple(f"{name}{tag}" for name in ("mon", "my", "myy", "nm", "ny", "iy", "im", "y"))


_GROUPS = {tag: _group_names(tag) for tag in "abst"}


def _read(m: re.Match[str], tag: str) -> tuple[int, int] | None:
    """(first month, last month) of the date with groups ``tag``; None if absent."""
    mon, my, myy, nm, ny, iy, im, y = m.group(*_GROUPS[tag])
    if mon:
        year = int(my) if my else _two_digit_year(myy)
        index = month_index(year, _month_number(mon))
        return index, index
    if nm:
        index = month_index(int(ny), int(nm))
        return index, index
    if iy:
        index = month_index(int(iy), int(im))
        return index, index
    if y:
        year = int(y)
        return month_index(year, 1), month_index(year, 12)
    return None


def _span(m: re.Match[str], today: int | None) -> DateSpan | None:
    text = m.group(0)
    if m.group("since"):
        first = _read(m, "s")
        assert first is not None
        return DateSpan(first[0], first[0] if today is None else today, True, text)
    start = _read(m, "a")
    end = _read(m, "b")
    if start is None:
        # "Mar - Dec 2019": the start borrows the end's year.
        if end is None:
            return None
        month = _month_number(m.group("mononly"))
        year = end[0] // 12 - (1 if month - 1 > end[0] % 12 else 0)
        return DateSpan(month_index(year, month), end[1], False, text)
    if end is not None:
        return DateSpan(start[0], end[1], False, text)
    if m.group("yyb"):
        century = start[0] // 12 // 100 * 100
        year = century + int(m.group("yyb"))
        if year < start[0] // 12:
            year += 100
        if year - start[0] // 12 > 30:
            return None
        return DateSpan(start[0], month_index(year, 12), False, text)
    # "Present", "now", a dangling dash: open-ended.
    return DateSpan(start[0], start[0] if today is None else today, True, text.rstrip(" \t"))


def find_spans(text: str, *, today: int | None = None) -> list[SpanMatch]:
    """Every date span in one line of text, left to right.

    Open-ended spans end at ``today`` (a month index), or at their start when it is None.
    """
    if not _YEARISH.search(text):
        return []
    out: list[SpanMatch] = []
    for m in _SPAN.finditer(text):
        span = _span(m, today)
        if span is not None:
            out.append(SpanMatch(span, m.start(), m.start() + len(span.text)))
    return out


def first_span(text: str, *, today: int | None = None) -> SpanMatch | None:
    """The first date span in one line of text, or None (the rest is not read)."""
    if not _YEARISH.search(text):
        return None
    for m in _SPAN.finditer(text):
        span = _span(m, today)
        if span is not None:
            return SpanMatch(span, m.start(), m.start() + len(span.text))
    return None


def parse_span(text: str, *, today: int | None = None) -> DateSpan | None:
    """The first date span in ``text``: 'Mar 2019 - Present' -> DateSpan(...)."""
    found = first_span(text, today=today)
    return found.span if found else None


def latest_month(text: str) -> int | None:
    """The latest month any date in ``text`` names (a bare year counts as its December).

    "Present" and its kin name no month. A bare year next to other digits with only a
    space or a dot between (a phone number) is ignored. A two-digit end year ("2016-19")
    is not read here.
    """
    by_year: dict[int, list[re.Match[str]]] = {}
    for found in _YEARISH.finditer(text):
        by_year.setdefault(_year_of(found.group(0)), []).append(found)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    # The latest year with a real date in it settles it: look no further down.
    for year in sorted(by_year, reverse=True):
        latest: int | None = None
        for found in by_year[year]:
            for month in _months_near(text, found, breaks):
                if month // 12 == year:
                    latest = month if latest is None else max(latest, month)
            if latest == month_index(year, 12):
                return latest
        if latest is not None:
            return latest
    return None


def _year_of(found: str) -> int:
    return int(found) if found[0].isdigit() else _two_digit_year(found[1:])


def _months_near(text: str, year: re.Match[str], breaks: list[int]) -> list[int]:
    """Last months of the dates around one year (a date never crosses a line break)."""
    at = bisect_right(breaks, year.start())
    line_start = breaks[at - 1] + 1 if at else 0
    line_end = breaks[at] if at < len(breaks) else len(text)
    window = (max(line_start, year.start() - 12), min(line_end, year.end() + 4))
    out: list[int] = []
    for m in _TOKEN.finditer(text, *window):
        if m.group("yt") and (
            _NEAR_DIGITS_BEFORE.search(text, max(line_start, m.start() - 2), m.start())
            or _NEAR_DIGITS_AFTER.match(text, m.end(), line_end)
        ):
            continue
        read = _read(m, "t")
        if read is not None:
            out.append(read[1])
    return out
