"""The work budget of matching: how much text, and how much time, one request may spend.

Text enters through ingestion, which refuses anything over SHORTLIST_MAX_TEXT_CHARS
before it is parsed; text that is already saved (an import, or saved under a higher
limit) is checked here before it is parsed again. The time limit is cooperative, like
ingestion's parse timeout: checked between the steps of a match (parse the CV, parse a
posting, match them), so it can be overrun by at most one step. Under the size limit
the slowest step measured takes well under a second (docs/benchmarks.md), and the
request runs in a worker thread, so other requests are answered meanwhile.
"""

from __future__ import annotations

import time

from shortlist.ingest import IngestError, TextTooLong
from shortlist.storage import CvVersionRow, JobRow

__all__ = ["MatchDeadline", "MatchTooSlow", "check_saved_text", "cv_name", "posting_name"]


class MatchTooSlow(IngestError):
    """A match ran past SHORTLIST_MATCH_TIMEOUT_S. An IngestError, so every surface that
    shows ingestion's one-line messages shows this one too."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"matching your CV against this posting took longer than {seconds:g} s "
            "(SHORTLIST_MATCH_TIMEOUT_S) and was stopped; try again when the computer is "
            "less busy, keep only the part of the CV or posting that matters, or raise "
            "the setting"
        )


class MatchDeadline:
    """The time one request may spend matching, from when this is made."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() >= self._ends

    def check(self) -> None:
        """MatchTooSlow once the time is spent."""
        if self.expired():
            raise MatchTooSlow(self.seconds)


def cv_name(row: CvVersionRow) -> str:
    """How a message names a saved CV: by the label the user sees."""
    return f'the saved CV "{row.label}"'


def posting_name(job: JobRow) -> str:
    """How a message names a saved posting: by its job's title and company."""
    title = " at ".join(filter(None, [job.title, job.company])) or "Untitled job"
    return f'the saved posting "{title}"'


def check_saved_text(text: str, what: str, limit: int) -> None:
    """TextTooLong (marked as saved text) if ``text`` is longer than ``limit``."""
    if len(text) > limit:
        raise TextTooLong(what, len(text), limit, stored=True)
