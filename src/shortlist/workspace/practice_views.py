"""What the practice services hand back: frozen dataclasses of plain values, read-only
all the way down (frozen.py).

Feedback is the dict of core.feedback_json, the same the CLI prints with --json and the
API returns; code that reads it takes ``PracticeItem.read_feedback()``, its typed reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shortlist.core.answers.feedback_json import StoredFeedback, feedback_from_dict
from shortlist.workspace.frozen import View

__all__ = [
    "PracticeItem",
    "PracticeSummary",
    "PracticeView",
    "SessionSummary",
    "TrendPoint",
    "Trends",
]


@dataclass(frozen=True)
class PracticeItem(View):
    """One question of a session, in the order it is asked, and its answer once given."""

    id: int
    #: 1-based among the session's main questions; follow-ups share their question's.
    number: int
    question: str
    question_id: str
    category: str | None
    competency: str | None
    #: 0 for a planned question, 1 and 2 for the follow-ups that dig into it.
    depth: int
    follows_id: int | None
    retry_of_id: int | None
    draft: str
    text: str
    skipped: bool
    answered: bool
    seconds_taken: int | None
    overall: int | None
    feedback: Mapping[str, Any] | None
    #: The answer's latest recording, when it was (or is being) given aloud.
    recording_id: int | None = None

    def read_feedback(self) -> StoredFeedback | None:
        """The feedback as typed objects; None before an answer (or for a skipped one)."""
        return feedback_from_dict(self.feedback) if self.feedback is not None else None


@dataclass(frozen=True)
class PracticeSummary(View):
    """The end of a session: how each dimension went, the best and weakest answers, and
    the three things to work on."""

    dimensions: Mapping[str, int]
    overall: int | None
    best_id: int | None
    weakest_id: int | None
    #: (dimension, its mean score, one tip from the weakest answer on it).
    work_on: Sequence[tuple[str, int, str]]


@dataclass(frozen=True)
class PracticeView(View):
    id: int
    job_id: int
    job_title: str | None
    company: str | None
    round: str
    personas: Sequence[str]
    seconds_per_question: int
    read_aloud: bool
    #: Answers are spoken and recorded (typing stays possible).
    voice: bool
    created_at: dt.datetime
    finished_at: dt.datetime | None
    items: Sequence[PracticeItem]
    #: The item to answer next; None once every one is answered or skipped.
    current_id: int | None
    #: Main questions answered so far, and in all.
    answered: int
    total: int
    summary: PracticeSummary | None


@dataclass(frozen=True)
class SessionSummary(View):
    """A past session in the history list."""

    id: int
    job_id: int
    job_title: str | None
    company: str | None
    round: str
    created_at: dt.datetime
    answered: int
    total: int
    overall: int | None
    finished: bool


@dataclass(frozen=True)
class TrendPoint(View):
    session_id: int
    day: dt.date
    score: int


@dataclass(frozen=True)
class Trends(View):
    """Per dimension, each session's mean score, oldest first."""

    series: Mapping[str, Sequence[TrendPoint]]
