"""The real clock, and a fixed one for tests and reproducible benchmarks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class SystemClock:
    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class FixedClock:
    """A day that never changes. Its moments fall on that day at the real time of day,
    so rows written one after another still sort in the order they were written."""

    day: dt.date

    def today(self) -> dt.date:
        return self.day

    def now(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.datetime.now(dt.UTC).time())
