"""Long work (transcription) off the request: one background thread per workspace, so
jobs run one at a time, in the order they were asked for, in this process.

State that a page shows (a recording's progress) lives in the database, not here, so any
web process can report on a job another one runs. Jobs that fail log their error and
record it where the page reads it (the job's own code does that).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["JobRunner"]

log = logging.getLogger(__name__)


class JobRunner:
    """Runs callables in one background thread; ``close`` waits for what is queued."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, job: Callable[[], None]) -> Future[None]:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shortlist-job")
            future = self._pool.submit(job)
        future.add_done_callback(_log_failure)
        return future

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


def _log_failure(future: Future[None]) -> None:
    error = future.exception()
    if error is not None:
        log.error("background job failed", exc_info=error)
