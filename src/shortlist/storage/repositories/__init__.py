"""Row access, one repository per aggregate; every SQL statement the app runs is here.

``Repos(session)`` gives them all over one session; the caller owns the transaction.
Methods take typed arguments and return rows (or plain values): the decisions live in
shortlist.workspace.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from shortlist.storage.repositories.cvs import CvRepository
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
    WorkspaceData,
    compact,
    read_data_version,
)

__all__ = [
    "CvRepository",
    "DocumentRepository",
    "JobRepository",
    "JournalFields",
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

    def __init__(self, session: Session) -> None:
        self.documents = DocumentRepository(session)
        self.cvs = CvRepository(session)
        self.jobs = JobRepository(session)
        self.prep = PrepRepository(session)
        self.practice = PracticeRepository(session)
        self.recordings = RecordingRepository(session)
        self.data = WorkspaceData(session)
