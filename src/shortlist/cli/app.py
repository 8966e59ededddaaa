"""The `shortlist` command: parse arguments, call one service, print. Nothing else.

Heavy modules are imported inside commands so `shortlist --help` stays instant.
"""

from __future__ import annotations

import errno
import sys
from typing import Annotated, Any

import typer

from shortlist.cli.common import SOURCE_HELP, fail, load_settings, print_json, warn
from shortlist.cli.cv import cv_app
from shortlist.cli.plan import jobs, plan
from shortlist.cli.practice import feedback, practice, transcribe

app = typer.Typer(
    help="Shortlist: an honest CV-to-posting match, a plan for the interview, and practice "
    "with feedback that quotes you, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def match(
    cv: Annotated[str | None, typer.Argument(help=f"Your CV. {SOURCE_HELP}")] = None,
    posting: Annotated[str | None, typer.Argument(help=f"The job posting. {SOURCE_HELP}")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    sample: Annotated[
        bool, typer.Option("--sample", help="Use the bundled sample CV and posting.")
    ] = False,
) -> None:
    """Score your CV against a job posting, with the CV line behind every row."""
    from shortlist.analyses import match_sources, sample_sources
    from shortlist.bootstrap import make_clock
    from shortlist.ingest.errors import IngestError

    if sample:
        if cv or posting:
            fail("--sample takes no CV or posting; drop one or the other")
        cv, posting = sample_sources()
    if not cv or not posting:
        fail(
            "give a CV and a posting, e.g. `shortlist match cv.pdf posting.txt` "
            "(or --sample to try the bundled ones)"
        )
    try:
        result = match_sources(cv, posting, load_settings(), make_clock())
    except IngestError as exc:
        fail(str(exc))
    warn([*result.cv_document.warnings, *result.posting_document.warnings])
    if as_json:
        from shortlist.core.match.report_json import report_to_dict

        print_json(report_to_dict(result.report))
        return
    from rich.console import Console

    from shortlist.cli.render_report import render_report

    title = " vs ".join(filter(None, [result.posting.title, result.posting.company]))
    render_report(result.report, Console(), title=title or None)


@app.command()
def skills(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help="Print mentions as JSON.")] = False,
    asked: Annotated[
        bool,
        typer.Option(
            "--asked",
            help="Only what a posting asks for, as a tagger trained on annotated job "
            "postings reads it, not every name in the text.",
        ),
    ] = False,
) -> None:
    """List the skills and knowledge Shortlist finds in a document."""
    from dataclasses import asdict

    from shortlist.analyses import find_skills, read_source
    from shortlist.ingest.errors import IngestError

    try:
        document = read_source(source, load_settings())
    except IngestError as exc:
        fail(str(exc))
    warn(document.warnings)
    mentions = find_skills(document.text, asked=asked)
    if as_json:
        print_json([asdict(m) for m in mentions])
        return
    for mention in mentions:
        name = mention.canonical or ("(competence)" if mention.kind == "skill" else "(phrase)")
        typer.echo(
            f"{mention.start:>6}-{mention.end:<6} {mention.kind:<9} {mention.text!r} -> {name}"
        )


# Past 60 lines only by its signature (one option a parameter, as Typer declares
# them); the body is 57.
@app.command()
def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to bind. Default: SHORTLIST_HOST or 127.0.0.1.")
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Port. Default: SHORTLIST_PORT or 8000."),
    ] = None,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            help="SQLAlchemy URL. Default: SHORTLIST_DATABASE_URL or SQLite in the data dir.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes. 1 suits a laptop; one per core serves more requests.",
        ),
    ] = 1,
) -> None:
    """Run the web app on this computer (migrating the database first) and print its URL."""
    import os

    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from shortlist.bootstrap import open_workspace
    from shortlist.web.app import create_app
    from shortlist.web.serving import APP, can_spread, listen, serve_workers
    from shortlist.workspace import secret_key

    settings = load_settings()
    chosen = {"host": host, "port": port, "database_url": database_url}
    settings = settings.model_copy(update={k: v for k, v in chosen.items() if v is not None})
    web_app: Any = None
    try:
        if workers == 1:
            web_app = create_app(settings)
        else:
            # Migrate and make the secret key once, here, before the workers race to.
            open_workspace(settings).close()
            secret_key(settings)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        # ImportError: a PostgreSQL URL without the psycopg extra installed.
        fail(f"cannot open the database: {str(exc).splitlines()[0]}")
    if database_url is not None:
        # Each worker builds its app from the environment (app_from_env).
        os.environ["SHORTLIST_DATABASE_URL"] = database_url
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    sockets = []
    if web_app is not None or can_spread():
        # Bound here, before the URL is printed: a port in use is one clear error.
        try:
            sockets = listen(settings.host, settings.port, workers)
        except OSError as exc:
            fail(_listen_error(shown, settings.port, exc))
    # Every interface: this machine reaches it at loopback, a name the app answers to.
    wildcard = settings.host in ("0.0.0.0", "::")
    address = ("[::1]" if settings.host == "::" else "127.0.0.1") if wildcard else shown
    typer.echo(f"Shortlist is running at http://{address}:{settings.port}")
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        named = "" if wildcard else " and this address"
        typer.echo(
            f"shortlist: warning: bound to {settings.host}, so other machines may reach it; "
            "it has no accounts yet. It answers them only at the names in "
            f"SHORTLIST_ALLOWED_HOSTS{named}.",
            err=True,
        )
    options: dict[str, Any] = {"log_level": "warning", "server_header": False}
    if web_app is not None:
        uvicorn.Server(uvicorn.Config(web_app, **options)).run(sockets=sockets)
    elif sockets:
        raise typer.Exit(serve_workers(sockets))
    else:
        uvicorn.run(
            APP, factory=True, workers=workers, host=settings.host, port=settings.port, **options
        )


def _listen_error(shown: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (
            f"cannot listen on {shown}:{port}: the port is already in use (is Shortlist "
            "already running?); choose another with --port or SHORTLIST_PORT"
        )
    return f"cannot listen on {shown}:{port}: {error.strerror or error}"


@app.command()
def version() -> None:
    """Print the version and the scoring engine's version."""
    from shortlist import __version__
    from shortlist.core.match.matching import ENGINE_VERSION

    typer.echo(f"shortlist {__version__} (engine {ENGINE_VERSION})")


# Commands that live in their own modules, in the order `--help` lists them.
for command in (plan, jobs, feedback, practice, transcribe):
    app.command()(command)
app.add_typer(cv_app, name="cv")


def main() -> None:
    """Console-script entry point."""
    import logging

    # pypdf logs its repairs of damaged files; the user gets our one-line error instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("shortlist: interrupted", err=True)
        sys.exit(130)
