"""Shaping views for the eye: the role timeline, highlighted evidence, status labels.

Presentation only: the numbers come from the workspace, this decides where bars go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from shortlist.workspace import RoleView

__all__ = ["STATUS_LABELS", "Bar", "Timeline", "highlight", "status_label", "timeline"]

#: The pipeline statuses in order, with how a page names them.
STATUS_LABELS = {
    "saved": "Saved",
    "applied": "Applied",
    "interviewing": "Interviewing",
    "offer": "Offer",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
}


def status_label(status: str, round_number: int | None = None) -> str:
    """'interviewing', 2 -> 'Interviewing (round 2)'."""
    label = STATUS_LABELS.get(status, status.capitalize())
    if status == "interviewing" and round_number:
        return f"{label} (round {round_number})"
    return label


@dataclass(frozen=True)
class Bar:
    """A role and where its bar sits on the timeline, in percent of the whole width."""

    role: RoleView
    left: float | None
    width: float | None


@dataclass(frozen=True)
class Timeline:
    bars: list[Bar]
    first: str | None
    last: str | None


def _month(label: str) -> int:
    year, month = label.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def timeline(roles: Sequence[RoleView]) -> Timeline:
    """Bars for dated roles on one shared axis from the earliest start to the latest end."""
    dated = [(r, _month(r.start), _month(r.end or r.start)) for r in roles if r.start]
    if not dated:
        return Timeline([Bar(r, None, None) for r in roles], None, None)
    low = min(start for _, start, _ in dated)
    high = max(end for _, _, end in dated)
    span = high - low + 1
    bars = []
    for role in roles:
        if not role.start:
            bars.append(Bar(role, None, None))
            continue
        start, end = _month(role.start), _month(role.end or role.start)
        left = round(100 * (start - low) / span, 2)
        # A one-month role still gets a visible sliver.
        width = max(round(100 * (end - start + 1) / span, 2), 1.0)
        bars.append(Bar(role, left, round(min(width, 100 - left), 2)))
    first = next(r.start for r, s, _ in dated if s == low)
    last_role = next(r for r, _, e in dated if e == high)
    return Timeline(bars, first, "now" if last_role.current else last_role.end or last_role.start)


def highlight(evidence: str | None, terms: Iterable[str]) -> Markup:
    """The evidence line, escaped, with each term it names wrapped in <mark>.

    When none of the terms appears verbatim (an alias matched), the whole line is marked.
    """
    if not evidence:
        return Markup("")
    words = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
    pattern = (
        re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words), re.IGNORECASE)
        if words
        else None
    )
    if pattern is None or not pattern.search(evidence):
        return Markup("<mark>{}</mark>").format(evidence)
    parts: list[str] = []
    position = 0
    for found in pattern.finditer(evidence):
        parts.append(escape(evidence[position : found.start()]))
        parts.append(Markup("<mark>{}</mark>").format(found.group(0)))
        position = found.end()
    parts.append(escape(evidence[position:]))
    return Markup("").join(parts)
