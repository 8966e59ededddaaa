"""What each JSON column of the tables holds, as a check an import runs on its values
(tables.py declares the columns as JSON; this says what shape their JSON has), so a page
never meets a value it cannot show."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["SHAPES", "Shape"]


@dataclass(frozen=True)
class Shape:
    fits: Callable[[Any], bool]
    description: str


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_int(value: object) -> bool:
    return type(value) is int


def _is_number(value: object) -> bool:
    return type(value) in (int, float)


def _is_sha256(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) is not None


def _list_of(item: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, list) and all(item(v) for v in value)


def _record(required: set[str], optional: set[str]) -> Callable[[Any], bool]:
    def fits(value: object) -> bool:
        return (
            isinstance(value, dict)
            and required <= value.keys() <= required | optional
            and all(isinstance(v, str) for v in value.values())
        )

    return fits


def _word(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 3
        and _is_str(value[0])
        and _is_number(value[1])
        and _is_number(value[2])
    )


_STRINGS = Shape(_list_of(_is_str), "a list of strings")
_PEOPLE = Shape(
    _list_of(_record({"name"}, {"role"})), 'a list of {"name", "role"} objects of strings'
)
_OBJECT = Shape(lambda v: isinstance(v, dict), "an object")
#: What each JSON column holds (tables.py), so a page never meets a value it cannot show.
SHAPES: dict[str, Shape] = {
    "match_reports.report_json": _OBJECT,
    "journal_entries.interviewers": _PEOPLE,
    "journal_entries.answers": Shape(
        _list_of(_record({"question"}, {"answer"})),
        'a list of {"question", "answer"} objects of strings',
    ),
    "journal_entries.stories_used": Shape(_list_of(_is_int), "a list of story ids"),
    "stories.tags": _STRINGS,
    "interview_plans.personas": _STRINGS,
    "interview_plans.interviewers": _PEOPLE,
    "interview_plans.starred_asks": _STRINGS,
    "practice_sessions.personas": _STRINGS,
    "practice_answers.feedback": _OBJECT,
    "recordings.words": Shape(_list_of(_word), "a list of [text, start, end] words"),
    "recordings.chunk_digests": Shape(_list_of(_is_sha256), "a list of sha256 digests"),
}
