"""What every `shortlist` command shares: settings read once and checked, one-line
errors, warnings on stderr, JSON output, progress bars, opening the workspace."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    # Types only: the modules themselves load inside the commands, so --help stays quick.
    from shortlist.config import Settings
    from shortlist.workspace import Workspace

__all__ = [
    "SOURCE_HELP",
    "fail",
    "load_settings",
    "open_workspace_or_fail",
    "print_json",
    "progress_bar",
    "warn",
]

SOURCE_HELP = "A PDF, DOCX, TXT, MD or HTML file, an http(s) URL, or '-' for stdin."


def fail(message: str) -> NoReturn:
    """One line on stderr, no traceback, exit status 2."""
    typer.echo(f"shortlist: error: {message}", err=True)
    raise typer.Exit(2)


def load_settings() -> Settings:
    """The settings from the environment, or one line naming what is wrong and exit 2."""
    import os

    from pydantic import ValidationError

    from shortlist.config import Settings, unknown_variables

    unknown = unknown_variables(os.environ)
    if unknown:
        fail(f"unknown setting {', '.join(unknown)} (see docs/settings.md)")
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"SHORTLIST_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        )
        fail(f"bad setting: {problems}")


def warn(warnings: Iterable[str]) -> None:
    """What ingestion noticed but could work around, on stderr so --json stays clean."""
    for warning in warnings:
        typer.echo(f"shortlist: warning: {warning}", err=True)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[float], None]]:
    """A progress bar on stderr while long work runs (only on a terminal: a pipe or a log
    gets nothing), fed with the share done, 0.0 to 1.0."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda done: None
        return
    columns = (TextColumn(label), BarColumn(), TaskProgressColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=1.0)
        yield lambda done: bar.update(task, completed=done)


def print_json(data: object) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_iso))


def _iso(value: object) -> str:
    """Dates and times in JSON as ISO 8601."""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def open_workspace_or_fail(settings: Settings) -> Workspace:
    """The workspace the settings describe (migrated), or one line and exit status 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from shortlist.bootstrap import open_workspace

    try:
        return open_workspace(settings)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        fail(f"cannot open the database: {str(exc).splitlines()[0]}")
