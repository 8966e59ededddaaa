"""What the workspace services hand back: frozen dataclasses of plain values, JSON-ready.

Times are timezone-aware UTC datetimes; dates are dates; a match report is the typed
``StoredReport`` of core.match.report_json, whose JSON is its ``to_dict()``, made at the
edges (the API, the storage column). ``dataclasses.asdict`` turns any other view into
JSON-ready data. Views are shared between requests (cache.py), so they are read-only all
the way down: lists are tuples and dicts FrozenDicts (frozen.py); a StoredReport is a
frozen dataclass of tuples already.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.match.report_json import StoredReport
from shortlist.workspace.frozen import View

__all__ = [
    "Comparison",
    "CvCorrectionsView",
    "CvUnderstanding",
    "CvVersionView",
    "DoubtToClose",
    "EducationView",
    "JobDetails",
    "JobSummary",
    "JobView",
    "JobsOverview",
    "LanguageView",
    "MisreadLineView",
    "QuotedLine",
    "ReportView",
    "RoleView",
    "RoundView",
    "RowChange",
    "SkillView",
    "StoredFile",
]


@dataclass(frozen=True)
class CvVersionView(View):
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
    warnings: Sequence[str]


@dataclass(frozen=True)
class RoleView(View):
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
    lines: Sequence[str]
    #: ``header`` with where it starts, and ``lines`` with theirs: what marks one as
    #: misread (a report quotes a role's header and lines as evidence).
    header_line: QuotedLine | None = None
    quoted_lines: Sequence[QuotedLine] = ()


@dataclass(frozen=True)
class QuotedLine(View):
    """A line of the CV as written, and where it starts in the version's text: what
    marks it as misread (cv_corrections.py)."""

    text: str
    start: int


@dataclass(frozen=True)
class SkillView(View):
    name: str
    kind: str
    months: int
    years: float
    last_used: str | None
    evidence: Sequence[str]
    #: The same lines as ``evidence``, each with where it starts.
    evidence_lines: Sequence[QuotedLine]


@dataclass(frozen=True)
class EducationView(View):
    line: str
    level: str
    field: str | None
    in_progress: bool
    #: Where ``line`` starts in the version's text.
    start: int


@dataclass(frozen=True)
class LanguageView(View):
    name: str
    level: str | None
    line: str
    #: Where ``line`` starts in the version's text.
    start: int | None = None


@dataclass(frozen=True)
class MisreadLineView(View):
    """A line the user marked as misread: nothing is read from it."""

    text: str
    start: int
    #: False when the line is no longer at ``start`` (a stale mark: it applies to nothing).
    found: bool


@dataclass(frozen=True)
class CvCorrectionsView(View):
    """What the user corrected in the reading of one CV version; every reading of it
    (this page, reports, plans, practice feedback) applies them."""

    cv_id: int
    #: Skills the user said are not theirs, by name.
    removed_skills: Sequence[str]
    #: Lines the user said were misread, in the order of the text.
    misread_lines: Sequence[MisreadLineView]


@dataclass(frozen=True)
class CvUnderstanding(View):
    """What Shortlist read from one CV version, the user's corrections applied."""

    cv_id: int
    roles: Sequence[RoleView]
    skills: Sequence[SkillView]
    education: Sequence[EducationView]
    certifications: Sequence[str]
    languages: Sequence[LanguageView]
    total_months: int
    #: The lines of ``certifications``, each with where it starts.
    certification_lines: Sequence[QuotedLine]
    corrections: CvCorrectionsView
    #: The lines a report may quote that no role, skill, education, certification or
    #: language above shows (a profile, a project): each can be marked as misread too.
    other_lines: Sequence[QuotedLine] = ()


@dataclass(frozen=True)
class RoundView(View):
    number: int
    date: dt.date | None
    notes: str


@dataclass(frozen=True)
class JobView(View):
    id: int
    title: str | None
    company: str | None
    location: str | None
    source_url: str | None
    posting_text: str
    status: str
    rounds: Sequence[RoundView]
    filename: str | None
    document_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    warnings: Sequence[str]


@dataclass(frozen=True)
class JobSummary(View):
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
class DoubtToClose(View):
    """The one gap to prepare for first, with honest advice."""

    requirement: str
    status: str
    must_have: bool
    advice: str


@dataclass(frozen=True)
class ReportView(View):
    job_id: int
    cv_id: int
    score: int
    band: str
    engine_version: str
    computed_at: dt.datetime
    #: The stored report, typed; its JSON (the API's "report") is ``report.to_dict()``.
    report: StoredReport
    doubt: DoubtToClose | None


@dataclass(frozen=True)
class JobsOverview(View):
    """The jobs list as one screen shows it: the jobs, and whether there is a CV yet."""

    jobs: Sequence[JobSummary]
    has_cv: bool


@dataclass(frozen=True)
class JobDetails(View):
    """One job as its screen shows it: the job, every CV version (newest first) and the
    report of the chosen one, None while there is no CV."""

    job: JobView
    versions: Sequence[CvVersionView]
    report: ReportView | None
    #: Why there is no report although there is a CV: a saved text over the size limit,
    #: or a match that ran out of time (budget.py).
    report_problem: str | None = None


@dataclass(frozen=True)
class RowChange(View):
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
class Comparison(View):
    job_id: int
    a: ReportView
    b: ReportView
    #: b's score minus a's.
    score_change: int
    rows: Sequence[RowChange]


@dataclass(frozen=True)
class StoredFile(View):
    """An original upload, as it was received."""

    document_id: int
    filename: str | None
    content_type: str
    data: bytes
