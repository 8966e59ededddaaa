"""The one place that picks concrete adapters from Settings.

The application (shortlist.analyses, shortlist.workspace) works through core's ports
and the objects handed to it; the surfaces (cli, web) call the functions here to build
those objects: a workspace over its database and file store, the speech engine the
settings name, the clock. Adding an adapter (a speech engine, later a queue or a
language model) means adding it here and nowhere else.
"""

from __future__ import annotations

import functools
from typing import get_args

from shortlist.clock import SystemClock
from shortlist.config import Settings
from shortlist.core.ports import Clock, Transcriber
from shortlist.storage import Database, FileStore, default_url
from shortlist.workspace.base import FILES_DIR, Workspace

__all__ = ["ENGINES", "make_clock", "make_transcriber", "open_workspace"]

#: The speech engines, by the name SHORTLIST_SPEECH_ENGINE and --engine take (the
#: setting's own list of choices, so the two cannot drift apart).
ENGINES: tuple[str, ...] = get_args(Settings.model_fields["speech_engine"].annotation)


def make_clock() -> Clock:
    """The real clock."""
    return SystemClock()


def make_transcriber(settings: Settings, engine: str | None = None) -> Transcriber:
    """The speech engine ``engine`` names (default: the setting), built but not loaded:
    engines load their model on first use. TranscriberUnavailable for an unknown one."""
    from shortlist.speech import TranscriberUnavailable

    name = engine or settings.speech_engine
    if name == "sphinx":
        from shortlist.speech.sphinx import SphinxTranscriber

        return SphinxTranscriber()
    if name == "whisper":
        from shortlist.speech.whisper import WhisperTranscriber

        return WhisperTranscriber(
            model=settings.whisper_model,
            model_dir=settings.whisper_model_dir,
            download=settings.whisper_download,
        )
    raise TranscriberUnavailable(
        f"unknown speech engine {name!r}: choose one of {', '.join(ENGINES)}"
    )


def open_workspace(
    settings: Settings, *, clock: Clock | None = None, transcriber: Transcriber | None = None
) -> Workspace:
    """The workspace ``settings`` describe: data dir created, database migrated to head.
    ``clock`` and ``transcriber`` replace the real ones (tests, benchmarks)."""
    data_dir = settings.data_path()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = Database(settings.database_url or default_url(data_dir))
    db.upgrade()
    files = FileStore(data_dir / FILES_DIR)
    speech = (lambda: transcriber) if transcriber else functools.partial(make_transcriber, settings)
    return Workspace(db, files, settings, clock or make_clock(), make_transcriber=speech)
