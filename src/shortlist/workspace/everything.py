"""The whole workspace at once: export, import, delete everything."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

from shortlist.config import Settings
from shortlist.speech import audio_limits
from shortlist.storage import compact
from shortlist.storage.export import ImportLimits, TextLimit, check, dump, load, parse
from shortlist.workspace import interview_choices, journals, practice_answers, stories
from shortlist.workspace.base import Conflict, Workspace
from shortlist.workspace.recording_store import BYTES_PER_SECOND, RECORDINGS_DIR, pcm_path, read_pcm
from shortlist.workspace.transcribing import resume_recordings


def export_all(ws: Workspace) -> dict[str, Any]:
    """The whole workspace as one JSON-ready dict, uploads and recordings included (base64)."""

    def pcm(recording_id: int, byte_count: int) -> bytes | None:
        # Only the first byte_count bytes are the recording's (recording_store.py).
        if not pcm_path(ws, recording_id).exists():
            return None
        return read_pcm(ws, recording_id, byte_count)

    schema = ws.db.revision()
    # A snapshot: consistent, and no write lock held while files are read and encoded.
    return ws.db.in_snapshot(lambda session: dump(session, ws.files, schema, pcm))


def import_all(ws: Workspace, data: bytes | dict[str, Any]) -> None:
    """Load an :func:`export_all` dict (or the JSON file of one) into this workspace,
    which must be empty; ValueError saying what is wrong with it, and then nothing of it
    is kept."""
    if isinstance(data, bytes):
        data = parse(data)
    # Checked before the transaction opens: on SQLite it holds the write lock throughout.
    checked = check(data, import_limits(ws.settings))
    written: list[str] = []
    placed: list[Path] = []
    try:
        with ws.db.session() as session:
            repos = ws.repos(session)
            # Two imports at once (a form sent twice) would both find the tables empty.
            repos.data.lock_for_import()
            if not repos.data.is_empty():
                raise Conflict(
                    "this workspace already holds data; import only into an empty one "
                    "(export it first, then delete everything)"
                )
            loaded = load(session, ws.files, checked)
            written = loaded.written
            for recording_id, audio in loaded.pcm.items():
                path = pcm_path(ws, recording_id)
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                placed.append(path)
                path.write_bytes(audio)
    except BaseException:
        # The rows rolled back (or never committed): their files go too.
        for path in placed:
            # Not there (the write never started) or not a file: nothing of ours to remove.
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        for name in written:
            ws.files.delete(name)
        raise
    # Answers the export caught mid-transcription are finished here, as after a restart.
    resume_recordings(ws)


def import_limits(settings: Settings) -> ImportLimits:
    """The limits an import is held to: those of pasting, uploading, recording and the
    forms, so an export carries in nothing they would refuse."""
    limits = settings.limits()
    pasted = TextLimit(
        limits.max_text_chars, "a pasted or uploaded text", "SHORTLIST_MAX_TEXT_CHARS"
    )
    story_part = TextLimit(stories.MAX_STORY_PART, "a part of a story")
    return ImportLimits(
        file_bytes=limits.max_bytes,
        audio_bytes=int(audio_limits(settings).max_seconds * BYTES_PER_SECOND),
        text_bytes=limits.max_bytes,
        text_chars={
            "documents.extracted_text": pasted,
            "cv_versions.text": pasted,
            "cv_misread_lines.line_text": pasted,
            "jobs.posting_text": pasted,
            "interview_plans.location": TextLimit(
                interview_choices.MAX_TEXT, "the place of an interview"
            ),
            "interview_plans.task_brief": TextLimit(interview_choices.MAX_BRIEF, "a task brief"),
            "interview_plans.task_notes": TextLimit(interview_choices.MAX_BRIEF, "task notes"),
            "journal_entries.forgot": TextLimit(journals.MAX_FIELD, "a journal note"),
            "journal_entries.unsatisfied": TextLimit(journals.MAX_FIELD, "a journal note"),
            "practice_answers.draft": TextLimit(practice_answers.MAX_DRAFT, "a draft answer"),
            "stories.situation": story_part,
            "stories.task": story_part,
            "stories.action": story_part,
            "stories.result": story_part,
        },
    )


def delete_everything(ws: Workspace) -> None:
    """Delete every row and every kept file, and compact the database so nothing lingers."""
    with ws.db.session() as session:
        ws.repos(session).data.delete_all_rows()
    ws.files.delete_all()
    # Answers being recorded live outside the file store until they are finished.
    shutil.rmtree(ws.settings.data_path() / RECORDINGS_DIR, ignore_errors=True)
    compact(ws.db)
