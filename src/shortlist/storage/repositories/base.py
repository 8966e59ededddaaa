"""What every repository holds: the session, and where the time of a write comes from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from shortlist.storage.tables import Base, utc_now

__all__ = ["Now", "Repository"]

#: Now as naive UTC: the workspace's Clock.now (a fixed day in tests), else the system's.
Now = Callable[[], dt.datetime]
#: The columns that say when a row was made or changed.
_STAMPS = ("created_at", "updated_at", "computed_at")
_Row = TypeVar("_Row", bound=Base)


class Repository:
    def __init__(self, session: Session, now: Now = utc_now) -> None:
        self._session = session
        self._now = now

    def _add(self, row: Base) -> None:
        """Add ``row``, its creation times (left unset) taken from the clock."""
        moment = self._now()
        for name in _STAMPS:
            if hasattr(row, name) and getattr(row, name) is None:
                setattr(row, name, moment)
        self._session.add(row)

    def _added(self, row: _Row) -> _Row:
        """``row`` added (as :meth:`_add`) and flushed, so its id is known."""
        self._add(row)
        self._session.flush()
        return row
