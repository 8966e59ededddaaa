"""The workspace itself, how to open it, and the errors every service may raise."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from shortlist.config import Settings
from shortlist.core.match.matching import ENGINE_VERSION
from shortlist.core.ports import Clock, Transcriber
from shortlist.storage import (
    CvVersionRow,
    Database,
    DataVersionReader,
    FileStore,
    JobRow,
    Repos,
    Session,
)
from shortlist.workspace.background import JobRunner
from shortlist.workspace.cache import (
    DataKey,
    NotCached,
    ViewCache,
    left_unfinished,
    only_cached_allowed,
)

SECRET_KEY_FILE = "secret_key"
FILES_DIR = "files"

T = TypeVar("T")


class NotFound(LookupError):
    """No CV version, job or file with that id."""


class Conflict(ValueError):
    """The action does not fit the workspace's state (e.g. importing into one with data)."""


@dataclass
class Workspace:
    """What every service needs: the database, the file store, the settings, the clock,
    and the views already computed from the database's current data."""

    db: Database
    files: FileStore
    settings: Settings
    clock: Clock
    #: Builds the speech engine, called on first use (bootstrap.py decides which).
    make_transcriber: Callable[[], Transcriber] = field(repr=False)
    views: ViewCache = field(default_factory=ViewCache, repr=False)
    transcriber: Transcriber | None = field(default=None, init=False, repr=False)
    jobs: JobRunner = field(default_factory=JobRunner, repr=False)
    versions: DataVersionReader = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.versions = DataVersionReader(self.db.engine)

    def repos(self, session: Session) -> Repos:
        """The repositories over ``session``, dating what they write by this clock."""
        return Repos(session, self.clock.now)

    def speech(self) -> Transcriber:
        """The transcriber (TranscriberUnavailable if the configured engine is missing)."""
        if self.transcriber is None:
            self.transcriber = self.make_transcriber()
        return self.transcriber

    def close(self) -> None:
        """Finish the queued background jobs and release the database connections."""
        self.jobs.close()
        self.versions.close()
        self.db.dispose()


def secret_key(settings: Settings) -> str:
    """SHORTLIST_SECRET_KEY, else a random key made once and kept in the data dir."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    data_dir = settings.data_path()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / SECRET_KEY_FILE
    if not path.exists():
        # Written whole under another name, then published with a link that fails if a
        # second process got there first: nobody ever reads a half-written key.
        draft = path.with_name(f".{SECRET_KEY_FILE}.{os.getpid()}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as stream:
            stream.write(secrets.token_urlsafe(32))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise RuntimeError(f"{path} is empty; delete it and a new key will be made")
    return key


def month_key(today: dt.date) -> str:
    """'2026-11': the month a report's experience runs to."""
    return f"{today.year:04d}-{today.month:02d}"


def data_key(ws: Workspace) -> DataKey:
    """What every cached view depends on: the data version, this month, the engine."""
    return ws.versions.read(), month_key(ws.clock.today()), ENGINE_VERSION


def cached(ws: Workspace, key: Hashable, compute: Callable[[Repos], T]) -> T:
    """The view ``key`` as computed before from the same data, else ``compute`` run in a
    session of its own (committed) and the view kept (unless it left work unfinished).

    The data version is read before ``compute`` reads anything: the view kept is never
    older than the version it is kept under.
    """
    version = data_key(ws)
    view = ws.views.get(version, key)
    if view is None:
        if only_cached_allowed():
            raise NotCached(key)
        with ws.views.computing(key):
            view = ws.views.get(version, key)
            if view is None:
                # Computing may take a while (a match): in a snapshot, so that nobody
                # waits on the write lock meanwhile (storage/db.py).
                with left_unfinished() as unfinished:
                    view = ws.db.in_snapshot(lambda session: compute(ws.repos(session)))
                if not unfinished():
                    ws.views.put(version, key, view)
    return cast(T, view)


def cv_row(repos: Repos, cv_id: int) -> CvVersionRow:
    """CV version ``cv_id``, or NotFound."""
    row = repos.cvs.get(cv_id)
    if row is None:
        raise NotFound(f"no CV version with id {cv_id}")
    return row


def job_row(repos: Repos, job_id: int) -> JobRow:
    """Job ``job_id``, or NotFound."""
    row = repos.jobs.get(job_id)
    if row is None:
        raise NotFound(f"no job with id {job_id}")
    return row


def utc(value: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as an aware one."""
    return value.replace(tzinfo=dt.UTC)
