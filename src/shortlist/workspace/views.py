"""What the workspace services hand back: frozen dataclasses of plain values, JSON-ready.

Times are timezone-aware UTC datetimes; dates are dates; reports are the dicts of
core.report_json. ``dataclasses.asdict`` turns any of them into JSON-ready data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Comparison",
    "CvUnderstanding",
    "CvVersionView",
    "DoubtToClose",
    "EducationView",
    "JobDetails",
    "JobSummary",
    "JobView",
    "JobsOverview",
    "LanguageView",
    "ReportView",
    "RoleView",
    "RoundView",
    "RowChange",
    "SkillView",
    "StoredFile",
]


@dataclass(frozen=True)
class CvVersionView:
    """One version of the CV. ``number`` counts versions from 1, oldest first."""

    id: int
    number: int
    label: str
    #: "upload", "paste" or "edit".
    source: str
    text: str
    filename: str | None
    document_id: int | None
    parent_id: int | None
    created_at: dt.datetime
    is_current: bool
    #: What reading the file noticed (e.g. an unusual script); only right after adding.
    warnings: list[str]


@dataclass(frozen=True)
class RoleView:
    title: str
    employer: str
    #: "YYYY-MM" labels; None when the role has no dates the parser could read.
    start: str | None
    end: str | None
    current: bool
    months: int
    dates_text: str | None
    #: The role's header line, verbatim: what edit_cv_line replaces to fix a mistake.
    header: str
    lines: list[str]


@dataclass(frozen=True)
class SkillView:
    name: str
    kind: str
    months: int
    years: float
    last_used: str | None
    evidence: list[str]


@dataclass(frozen=True)
class EducationView:
    line: str
    level: str
    field: str | None
    in_progress: bool


@dataclass(frozen=True)
class LanguageView:
    name: str
    level: str | None
    line: str


@dataclass(frozen=True)
class CvUnderstanding:
    """What Shortlist read from one CV version."""

    cv_id: int
    roles: list[RoleView]
    skills: list[SkillView]
    education: list[EducationView]
    certifications: list[str]
    languages: list[LanguageView]
    total_months: int


@dataclass(frozen=True)
class RoundView:
    number: int
    date: dt.date | None
    notes: str


@dataclass(frozen=True)
class JobView:
    id: int
    title: str | None
    company: str | None
    location: str | None
    source_url: str | None
    posting_text: str
    status: str
    rounds: list[RoundView]
    filename: str | None
    document_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    warnings: list[str]


@dataclass(frozen=True)
class JobSummary:
    """A row of the jobs list; score and band are None until there is a CV."""

    id: int
    title: str | None
    company: str | None
    location: str | None
    status: str
    #: The highest interview round recorded, if any.
    round: int | None
    score: int | None
    band: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class DoubtToClose:
    """The one gap to prepare for first, with honest advice."""

    requirement: str
    status: str
    must_have: bool
    advice: str


@dataclass(frozen=True)
class ReportView:
    job_id: int
    cv_id: int
    score: int
    band: str
    engine_version: str
    computed_at: dt.datetime
    #: core.report_json.report_to_dict output.
    report: dict[str, Any]
    doubt: DoubtToClose | None


@dataclass(frozen=True)
class JobsOverview:
    """The jobs list as one screen shows it: the jobs, and whether there is a CV yet."""

    jobs: list[JobSummary]
    has_cv: bool


@dataclass(frozen=True)
class JobDetails:
    """One job as its screen shows it: the job, every CV version (newest first) and the
    report of the chosen one, None while there is no CV."""

    job: JobView
    versions: list[CvVersionView]
    report: ReportView | None
    #: Why there is no report although there is a CV: a saved text over the size limit,
    #: or a match that ran out of time (budget.py).
    report_problem: str | None = None


@dataclass(frozen=True)
class RowChange:
    """One requirement as two CV versions meet it."""

    requirement: str
    kind: str
    must_have: bool
    status_a: str | None
    status_b: str | None
    evidence_a: str | None
    evidence_b: str | None
    changed: bool


@dataclass(frozen=True)
class Comparison:
    job_id: int
    a: ReportView
    b: ReportView
    #: b's score minus a's.
    score_change: int
    rows: list[RowChange]


@dataclass(frozen=True)
class StoredFile:
    """An original upload, as it was received."""

    document_id: int
    filename: str | None
    content_type: str
    data: bytes
