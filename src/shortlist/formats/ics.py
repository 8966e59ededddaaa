"""Interview dates as an iCalendar file (RFC 5545) any calendar app can import.

A date with no time is an all-day event; a time is kept as floating local time (no time
zone), which is what the user typed and what their calendar shows. DTSTAMP comes from the
caller, in UTC: core reads no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DEFAULT_MINUTES", "PRODID", "CalendarEvent", "escape_text", "fold_line", "to_ics"]

PRODID = "-//Shortlist//Interview preparation//EN"
DEFAULT_MINUTES = 60
#: RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
_MAX_OCTETS = 75
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    summary: str
    description: str
    location: str
    start: dt.date
    #: Local time of day, "HH:MM"; None for an all-day event.
    start_time: str | None = None
    #: Length when ``start_time`` is set; None means DEFAULT_MINUTES.
    duration_minutes: int | None = None


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma, newline."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """One content line folded at 75 octets, never inside a UTF-8 character.

    Each continuation starts with a space, which counts towards its 75 octets.
    """
    if len(line.encode("utf-8")) <= _MAX_OCTETS:
        return line
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, _MAX_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _start_end(event: CalendarEvent) -> tuple[str, str]:
    if event.start_time is None:
        end = event.start + dt.timedelta(days=1)
        return f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"
    match = _TIME.fullmatch(event.start_time)
    if match is None:
        raise ValueError(f"start_time must be 'HH:MM', got {event.start_time!r}")
    minutes = DEFAULT_MINUTES if event.duration_minutes is None else event.duration_minutes
    if minutes <= 0:
        raise ValueError(f"duration_minutes must be positive, got {minutes}")
    start = dt.datetime.combine(event.start, dt.time(int(match.group(1)), int(match.group(2))))
    end = start + dt.timedelta(minutes=minutes)
    return f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"


def _utc(stamp: dt.datetime) -> str:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("stamp must be timezone-aware (it is written as UTC)")
    return f"{stamp.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def to_ics(events: Iterable[CalendarEvent], *, stamp: dt.datetime) -> str:
    """A VCALENDAR with one VEVENT per event, CRLF line endings, lines folded.

    Empty descriptions and locations are left out rather than written empty.
    """
    dtstamp = _utc(stamp)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for event in events:
        start, end = _start_end(event)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{dtstamp}",
            start,
            end,
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
