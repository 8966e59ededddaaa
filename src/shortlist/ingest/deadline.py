"""A cooperative time budget for parsing one input.

Cooperative means the readers call :meth:`Deadline.check` between pages, parts and
blocks; a single call into a parser (one PDF page, one HTML extraction) is not
interrupted, so a budget can be overrun by at most one such step.
"""

from __future__ import annotations

import time

from shortlist.ingest.errors import ParseTimeout


class Deadline:
    """Raises :class:`ParseTimeout` once ``seconds`` have passed since it was made."""

    def __init__(self, seconds: float, name: str | None) -> None:
        self._seconds = seconds
        self._name = name
        self._ends = time.monotonic() + seconds

    def check(self) -> None:
        """Raise ParseTimeout if the budget is spent."""
        if time.monotonic() >= self._ends:
            raise ParseTimeout(self._name, self._seconds)
