"""The real clock, and a fixed one for tests and reproducible benchmarks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class SystemClock:
    def today(self) -> dt.date:
        return dt.date.today()


@dataclass(frozen=True)
class FixedClock:
    day: dt.date

    def today(self) -> dt.date:
        return self.day
