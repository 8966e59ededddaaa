"""Row access, one repository per aggregate; every SQL statement the app runs is here.

``Repos(session, now)`` gives them all over one session; the caller owns the transaction,
and ``now`` (the workspace's Clock.now) dates every row they write.
Methods take typed arguments and return rows (or plain values): the decisions live in
shortlist.workspace.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from shortlist.storage.repositories.base import Now
from shortlist.storage.repositories.cvs import CvCorrections, CvRepository, MarkedLine
from shortlist.storage.repositories.documents import DocumentRepository
from shortlist.storage.repositories.jobs import JobRepository, NewReport
from shortlist.storage.repositories.practice import NewQuestion, PracticeRepository
from shortlist.storage.repositories.prep import (
    JournalFields,
    PlanChoices,
    PrepRepository,
    StoryFields,
)
from shortlist.storage.repositories.recordings import RecordingRepository
from shortlist.storage.repositories.workspace_data import (
    DataVersionReader,
    WorkspaceData,
    compact,
    read_data_version,
)
from shortlist.storage.tables import utc_now

__all__ = [
    "CvCorrections",
    "CvRepository",
    "DataVersionReader",
    "DocumentRepository",
    "JobRepository",
    "JournalFields",
    "MarkedLine",
    "NewQuestion",
    "NewReport",
    "PlanChoices",
    "PracticeRepository",
    "PrepRepository",
    "RecordingRepository",
    "Repos",
    "StoryFields",
    "WorkspaceData",
    "compact",
    "read_data_version",
]


class Repos:
    """Every repository over one session."""

    def __init__(self, session: Session, now: Now = utc_now) -> None:
        self.documents = DocumentRepository(session, now)
        self.cvs = CvRepository(session, now)
        self.jobs = JobRepository(session, now)
        self.prep = PrepRepository(session, now)
        self.practice = PracticeRepository(session, now)
        self.recordings = RecordingRepository(session, now)
        self.data = WorkspaceData(session, now)
