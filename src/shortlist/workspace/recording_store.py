"""Where a recording lives: its row, and its audio while it is being recorded; and
forgetting both once the answers they belong to are deleted.

While recording, the audio is appended to ``<data dir>/recordings/<id>.pcm`` (16-bit
PCM, 16 kHz, mono). The file counts only up to the row's ``byte_count``: bytes past it
are what a write left before its transaction failed or the process died, never read,
and overwritten by the next chunk. Once finished, the audio is a WAV in the FileStore.
"""

from __future__ import annotations

import io
import os
import wave
from collections.abc import Sequence
from pathlib import Path

from shortlist.core.answers.models import TimedWord
from shortlist.core.ports import SAMPLE_RATE
from shortlist.storage import PracticeAnswerRow, RecordingRow, Repos
from shortlist.storage.repositories.recordings import StoredWord
from shortlist.storage.tables import RECORDING_BYTES_PER_SECOND
from shortlist.workspace.base import NotFound, Workspace

__all__ = [
    "BYTES_PER_SECOND",
    "RECORDINGS_DIR",
    "TranscribingLock",
    "forget_files",
    "forget_recordings",
    "pcm_path",
    "read_pcm",
    "recording_row",
    "timed_words",
    "wav_of",
    "write_at",
]

# The recordings table's unit, which is the transcribers' audio (SAMPLE_RATE, 16-bit).
BYTES_PER_SECOND = RECORDING_BYTES_PER_SECOND
RECORDINGS_DIR = "recordings"


def pcm_path(ws: Workspace, recording_id: int) -> Path:
    return ws.settings.data_path() / RECORDINGS_DIR / f"{recording_id}.pcm"


def forget_files(ws: Workspace, recording_id: int) -> None:
    """The audio in progress and the lock file of a recording, gone."""
    pcm_path(ws, recording_id).unlink(missing_ok=True)
    _lock_path(ws, recording_id).unlink(missing_ok=True)


def _lock_path(ws: Workspace, recording_id: int) -> Path:
    return pcm_path(ws, recording_id).with_suffix(".lock")


def read_pcm(ws: Workspace, recording_id: int, byte_count: int) -> bytes:
    """The audio received so far: the file's first ``byte_count`` bytes (the row's)."""
    path = pcm_path(ws, recording_id)
    if not path.exists():
        return b""
    with path.open("rb") as stream:
        return stream.read(byte_count)


def write_at(path: Path, offset: int, data: bytes) -> None:
    """``data`` written at ``offset``, over whatever an uncommitted write left there."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.ftruncate(descriptor, offset)
        os.pwrite(descriptor, data, offset)
        # On disk before the row says so: a power cut cannot leave a committed count
        # over bytes that are not there.
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class TranscribingLock:
    """The right to finish transcribing one recording, held by one process at a time.

    A lock on a file beside its audio (flock): held while the process lives and let go
    by the kernel when it dies, even by kill -9, so a recording left transcribing is
    known to be orphaned exactly when nobody holds it. Two holders in one process
    exclude each other too. Where there is no flock (Windows), one process is assumed
    and every acquire succeeds.
    """

    def __init__(self, ws: Workspace, recording_id: int) -> None:
        self._path = _lock_path(ws, recording_id)
        self._descriptor: int | None = None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; whether this holder now has it."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return False
        self._descriptor = descriptor
        return True

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


def recording_row(
    repos: Repos, recording_id: int, *, lock: bool = False
) -> tuple[RecordingRow, PracticeAnswerRow]:
    """The recording and the practice answer it belongs to, or NotFound. ``lock`` holds
    the row until the transaction ends (PostgreSQL: FOR UPDATE; SQLite's transactions
    hold the write lock from their start)."""
    row = repos.recordings.get(recording_id, lock=lock)
    if row is None:
        raise NotFound(f"no recording with id {recording_id}")
    item = repos.practice.answer(row.answer_id)
    assert item is not None  # the foreign key cascades
    return row, item


def forget_recordings(ws: Workspace, gone: list[tuple[int, str | None]]) -> None:
    """After their rows were deleted (with a job or a practice session): the audio of
    ``gone`` recordings, in progress or kept, unless another row still keeps the same
    file."""
    for recording_id, _ in gone:
        forget_files(ws, recording_id)
    kept = {sha for _, sha in gone if sha is not None}
    if not kept:
        return
    with ws.db.session() as session:
        repos = ws.repos(session)
        unused = [sha for sha in kept if not repos.data.file_in_use(sha)]
    for sha in unused:
        ws.files.delete(sha)


def timed_words(stored: Sequence[StoredWord]) -> tuple[TimedWord, ...]:
    """The words a recording's row keeps ([text, start, end] each) as TimedWords."""
    return tuple(TimedWord(str(t), float(s), float(e)) for t, s, e in stored)


def wav_of(pcm: bytes) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    return buffer.getvalue()
