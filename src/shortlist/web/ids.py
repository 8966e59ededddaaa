"""Ids, positions and whole numbers as the web takes them: only what the database holds.

Every integer column is an SQL INTEGER, 32 bits on PostgreSQL. Handing either database
a larger number fails deep down (SQLite's driver cannot bind past 64 bits, PostgreSQL
refuses past 32), which used to surface as a 500.

An id or position out of range can only name nothing, so it is answered like an id
that names nothing: NotFound, the app's ordinary 404 (problem+json under /api, the page
elsewhere). Route signatures, query parameters and JSON bodies take their ids as
:data:`Id` or :data:`Position`, so the check lives here once and OpenAPI shows the
bounds. Other whole numbers bound for a column (a seed, a duration) are plain input
errors past MAX_INTEGER: their fields say ``le=MAX_INTEGER``, and the pages' forms read
every number with page_kit.whole_field, which refuses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema

from shortlist.workspace import NotFound

__all__ = ["MAX_ID", "MAX_INTEGER", "Id", "Position"]

#: PostgreSQL's INTEGER. SQLite stores more, but a row past this could not move there.
MAX_INTEGER = 2**31 - 1
MAX_ID = MAX_INTEGER


def _within(low: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if low <= value <= MAX_INTEGER:
            return value
        # Not a ValueError: pydantic would make that a 422, and a number no row can have
        # is as missing as one no row happens to have.
        raise NotFound(
            f"nothing is numbered {value} (numbers here run from {low} to {MAX_INTEGER})"
        )

    return check


def _bounded(low: int) -> WithJsonSchema:
    return WithJsonSchema({"type": "integer", "minimum": low, "maximum": MAX_INTEGER})


#: A row's id (a job, CV version, session, question, recording, story or file): from 1.
Id = Annotated[int, AfterValidator(_within(1)), _bounded(1)]
#: A place in a sequence counted by the client (a round number, a chunk index): from 0,
#: so the route itself answers 0 (a first chunk, or a round the workspace refuses).
Position = Annotated[int, AfterValidator(_within(0)), _bounded(0)]
