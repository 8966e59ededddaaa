"""Where Shortlist keeps things: SQLAlchemy tables, Alembic migrations, uploaded files."""

# The type of what Database.session() yields, for hints outside storage (which runs no
# SQL of its own and so imports nothing from SQLAlchemy).
from sqlalchemy.orm import Session

from shortlist.storage.correction_tables import (
    MAX_SKILL_CHARS,
    CvMisreadLineRow,
    CvRemovedSkillRow,
)
from shortlist.storage.db import Database, MissingDriver, default_url
from shortlist.storage.files import FileStore, sha256_of
from shortlist.storage.repositories import (
    CvCorrections,
    DataVersionReader,
    JournalFields,
    MarkedLine,
    NewQuestion,
    NewReport,
    PlanChoices,
    Repos,
    StoryFields,
    compact,
    read_data_version,
)
from shortlist.storage.tables import (
    JOB_STATUSES,
    MAX_URL_CHARS,
    Base,
    CvVersionRow,
    DocumentRow,
    InterviewPlanRow,
    InterviewRoundRow,
    JobRow,
    JournalRow,
    MatchReportRow,
    PracticeAnswerRow,
    PracticeSessionRow,
    RecordingRow,
    StoryRow,
)

__all__ = [
    "JOB_STATUSES",
    "MAX_SKILL_CHARS",
    "MAX_URL_CHARS",
    "Base",
    "CvCorrections",
    "CvMisreadLineRow",
    "CvRemovedSkillRow",
    "CvVersionRow",
    "DataVersionReader",
    "Database",
    "DocumentRow",
    "FileStore",
    "InterviewPlanRow",
    "InterviewRoundRow",
    "JobRow",
    "JournalFields",
    "JournalRow",
    "MarkedLine",
    "MatchReportRow",
    "MissingDriver",
    "NewQuestion",
    "NewReport",
    "PlanChoices",
    "PracticeAnswerRow",
    "PracticeSessionRow",
    "RecordingRow",
    "Repos",
    "Session",
    "StoryFields",
    "StoryRow",
    "compact",
    "default_url",
    "read_data_version",
    "sha256_of",
]
