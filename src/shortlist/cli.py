"""The `shortlist` command: parse arguments, call one service, print. Nothing else.

Heavy modules are imported inside commands so `shortlist --help` stays instant.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer

app = typer.Typer(
    help="Shortlist: an honest match between your CV and one job posting, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SOURCE_HELP = "A PDF, DOCX, TXT, MD or HTML file, an http(s) URL, or '-' for stdin."


def _fail(message: str) -> NoReturn:
    """One line on stderr, no traceback, exit status 2."""
    typer.echo(f"shortlist: error: {message}", err=True)
    raise typer.Exit(2)


def _settings() -> Any:
    import os

    from pydantic import ValidationError

    from shortlist.config import Settings, unknown_variables

    unknown = unknown_variables(os.environ)
    if unknown:
        _fail(f"unknown setting {', '.join(unknown)} (see docs/settings.md)")
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"SHORTLIST_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        )
        _fail(f"bad setting: {problems}")


def _warn(warnings: Iterable[str]) -> None:
    """What ingestion noticed but could work around, on stderr so --json stays clean."""
    for warning in warnings:
        typer.echo(f"shortlist: warning: {warning}", err=True)


@contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[float], None]]:
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


def _print_json(data: object) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_iso))


def _iso(value: object) -> str:
    """Dates and times in JSON as ISO 8601."""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


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
    from shortlist.clock import SystemClock
    from shortlist.ingest import IngestError
    from shortlist.services import match_sources, sample_sources

    if sample:
        if cv or posting:
            _fail("--sample takes no CV or posting; drop one or the other")
        cv, posting = sample_sources()
    if not cv or not posting:
        _fail(
            "give a CV and a posting, e.g. `shortlist match cv.pdf posting.txt` "
            "(or --sample to try the bundled ones)"
        )
    try:
        result = match_sources(cv, posting, _settings(), SystemClock())
    except IngestError as exc:
        _fail(str(exc))
    _warn([*result.cv_document.warnings, *result.posting_document.warnings])
    if as_json:
        from shortlist.core.report_json import report_to_dict

        _print_json(report_to_dict(result.report))
        return
    from rich.console import Console

    from shortlist.render import render_report

    title = " vs ".join(filter(None, [result.posting.title, result.posting.company]))
    render_report(result.report, Console(), title=title or None)


@app.command()
def skills(
    source: Annotated[str, typer.Argument(help=SOURCE_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help="Print mentions as JSON.")] = False,
) -> None:
    """List the skills and knowledge Shortlist finds in a document."""
    from dataclasses import asdict

    from shortlist.data import load_taxonomy
    from shortlist.ingest import IngestError
    from shortlist.services import read_source

    try:
        document = read_source(source, _settings())
    except IngestError as exc:
        _fail(str(exc))
    _warn(document.warnings)
    mentions = load_taxonomy().find(document.text)
    if as_json:
        _print_json([asdict(m) for m in mentions])
        return
    for mention in mentions:
        name = mention.canonical or "(competence)"
        typer.echo(
            f"{mention.start:>6}-{mention.end:<6} {mention.kind:<9} {mention.text!r} -> {name}"
        )


@app.command()
def plan(
    job: Annotated[
        int | None,
        typer.Argument(help="A saved job's id (`shortlist jobs` lists them).", show_default=False),
    ] = None,
    cv: Annotated[
        str | None, typer.Option("--cv", help=f"Plan from a CV file instead. {SOURCE_HELP}")
    ] = None,
    posting: Annotated[
        str | None, typer.Option("--posting", help=f"...and a posting. {SOURCE_HELP}")
    ] = None,
    round_: Annotated[
        str | None,
        typer.Option(
            "--round",
            help="first, second or final. Default: the saved job's plan choice, else second.",
        ),
    ] = None,
    persona: Annotated[
        list[str] | None,
        typer.Option(
            "--persona",
            help="Who you expect (repeat it): recruiter, hiring_manager, skip_level, peer, "
            "panel. Default: the usual ones for the round.",
        ),
    ] = None,
    seed: Annotated[
        int | None, typer.Option(min=0, help="Another seed picks other questions.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    out: Annotated[
        str | None,
        typer.Option(
            "--out", help="Also write the whole prep pack to FILE.md or FILE.pdf (saved jobs)."
        ),
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Plan with the bundled sample CV and posting.")
    ] = False,
) -> None:
    """Plan an interview round: likely questions with their sources, what to prepare
    first, questions to ask and logistics."""
    from shortlist.clock import SystemClock
    from shortlist.ingest import IngestError

    if sample:
        from shortlist.services import sample_sources

        if cv or posting or job is not None:
            _fail("--sample takes no job, --cv or --posting")
        cv, posting = sample_sources()
    if job is not None and (cv or posting):
        _fail("give a saved job's id or --cv and --posting, not both")
    if job is None and not (cv and posting):
        _fail(
            "give a saved job's id (`shortlist plan 3`) or both --cv and --posting "
            "(or --sample to try the bundled ones)"
        )
    settings = _settings()
    if job is None:
        from shortlist.services import plan_sources

        if out is not None:
            _fail("--out writes a saved job's prep pack; save the job in the web app first")
        assert cv is not None and posting is not None
        try:
            result, data = plan_sources(
                cv,
                posting,
                settings,
                SystemClock(),
                round=round_ or "second",
                personas=persona,
                seed=seed or 0,
            )
        except (IngestError, ValueError) as exc:
            _fail(str(exc))
        _warn([*result.cv_document.warnings, *result.posting_document.warnings])
    else:
        data = _saved_plan(settings, job, round_, persona, seed, out)
    if as_json:
        _print_json(data)
        return
    from rich.console import Console

    from shortlist.render_plan import render_plan

    render_plan(data, Console())


def _saved_plan(
    settings: Any,
    job: int,
    round_: str | None,
    persona: list[str] | None,
    seed: int | None,
    out: str | None,
) -> Any:
    """The plan of saved job ``job``, and its prep pack written to ``out`` if given."""
    from pathlib import Path

    from shortlist.workspace import (
        NotFound,
        interview_plan,
        open_workspace,
        prep_pack_markdown,
        prep_pack_pdf,
    )

    if out is not None and not out.lower().endswith((".md", ".pdf")):
        _fail("--out takes a file ending in .md or .pdf")
    ws = _open(settings, open_workspace)
    try:
        view = interview_plan(ws, job, round=round_, personas=persona, seed=seed)
        if out is not None:
            target = Path(out)
            if out.lower().endswith(".pdf"):
                target.write_bytes(prep_pack_pdf(ws, job))
            else:
                target.write_text(prep_pack_markdown(ws, job), encoding="utf-8")
            typer.echo(f"shortlist: wrote the prep pack to {target}", err=True)
    except (NotFound, ValueError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}")
    finally:
        ws.close()
    return view.plan


def _open(settings: Any, open_workspace: Any) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return open_workspace(settings)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        _fail(f"cannot open the database: {str(exc).splitlines()[0]}")


@app.command()
def feedback(
    question: Annotated[str, typer.Option("--question", help="The question you answered.")],
    answer_file: Annotated[
        str | None, typer.Option("--answer-file", help=f"Your typed answer. {SOURCE_HELP}")
    ] = None,
    audio_file: Annotated[
        str | None,
        typer.Option(
            "--audio-file",
            help="Your spoken answer (wav, webm, ogg, mp3, m4a): transcribed offline, with "
            "delivery (pace, pauses, fillers) added to the feedback.",
        ),
    ] = None,
    cv: Annotated[
        str | None, typer.Option("--cv", help="Check figures and titles against your CV.")
    ] = None,
    posting: Annotated[
        str | None, typer.Option("--posting", help="Check relevance to the posting.")
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(help="The kind of question: competency, motivation, practical, ..."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the feedback as JSON.")] = False,
) -> None:
    """Instant feedback on one answer, typed or spoken, every point quoting your words."""
    from shortlist.clock import SystemClock
    from shortlist.ingest import IngestError
    from shortlist.services import feedback_on

    def run(progress: Any = None) -> Any:
        return feedback_on(
            question,
            answer_file,
            _settings(),
            SystemClock(),
            audio_source=audio_file,
            cv_source=cv,
            posting_source=posting,
            category=category,
            progress=progress,
        )

    try:
        if audio_file is None:
            data = run()
        else:
            with _progress_bar("transcribing") as progress:
                data = run(progress)
    except IngestError as exc:
        _fail(str(exc))
    if as_json:
        _print_json(data)
        return
    from rich.console import Console

    from shortlist.render_feedback import render_feedback

    render_feedback(data, Console())


@app.command()
def practice(
    job: Annotated[int, typer.Argument(help="A saved job's id (`shortlist jobs` lists them).")],
    round_: Annotated[
        str | None, typer.Option("--round", help="first, second or final (default: planned).")
    ] = None,
    persona: Annotated[
        list[str] | None, typer.Option("--persona", help="Who you expect (repeat it).")
    ] = None,
    length: Annotated[int, typer.Option(min=1, max=12, help="How many questions.")] = 5,
    seed: Annotated[int | None, typer.Option(min=0, help="Another seed, other questions.")] = None,
) -> None:
    """A mock interview in the terminal: one question at a time, feedback after each
    answer, follow-ups, and a summary. Type the answer; an empty line ends it."""
    import time

    from rich.console import Console

    from shortlist.render_feedback import render_feedback, render_summary
    from shortlist.workspace import (
        NotFound,
        get_practice,
        open_workspace,
        skip_question,
        start_practice,
        submit_answer,
    )

    console = Console()
    ws = _open(_settings(), open_workspace)
    try:
        try:
            view = start_practice(ws, job, round=round_, personas=persona, length=length, seed=seed)
        except (NotFound, ValueError) as exc:
            _fail(str(exc))
        minutes = view.seconds_per_question / 60
        console.print(
            f"Practice for {view.job_title or 'the job'}: {view.total} questions, about "
            f"{minutes:g} minutes each. Type your answer; an empty line sends it "
            "(an empty answer skips).",
            style="bold",
        )
        while view.current_id is not None:
            item = next(i for i in view.items if i.id == view.current_id)
            label = "Follow-up" if item.depth else f"Question {item.number} of {view.total}"
            console.print(f"\n[bold cyan]{label}:[/] {item.question}")
            started = time.monotonic()
            answer = _read_answer()
            taken = round(time.monotonic() - started)
            if not answer.strip():
                view = skip_question(ws, view.id, item.id)
                continue
            try:
                view = submit_answer(ws, view.id, item.id, answer, taken)
            except ValueError as exc:
                console.print(f"[red]{exc}[/]")
                continue
            done = next(i for i in view.items if i.id == item.id)
            if done.feedback is not None:
                render_feedback(done.feedback, console)
        view = get_practice(ws, view.id)
        if view.summary is not None:
            render_summary(view.summary, {i.id: i for i in view.items}, console)
    finally:
        ws.close()


def _read_answer() -> str:
    """Lines from stdin up to an empty line or the end of input."""
    lines = []
    for line in sys.stdin:
        if not line.strip():
            break
        lines.append(line.rstrip("\n"))
    return "\n".join(lines)


@app.command()
def jobs(
    as_json: Annotated[bool, typer.Option("--json", help="Print the jobs as JSON.")] = False,
) -> None:
    """List the saved jobs with their ids, status and score."""
    from dataclasses import asdict

    from shortlist.workspace import list_jobs, open_workspace

    ws = _open(_settings(), open_workspace)
    try:
        found = list_jobs(ws)
    finally:
        ws.close()
    if as_json:
        _print_json([asdict(j) for j in found])
        return
    if not found:
        typer.echo("No saved jobs yet: add one in the web app (`shortlist serve`).")
    for j in found:
        score = f"{j.score:>3}" if j.score is not None else "  -"
        name = " at ".join(filter(None, [j.title, j.company])) or "Untitled job"
        typer.echo(f"{j.id:>4}  {score}  {j.status:<12} {name}")


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

    from shortlist.web.app import create_app
    from shortlist.web.serving import APP, can_spread, listen, serve_workers
    from shortlist.workspace import open_workspace, secret_key

    settings = _settings()
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
        _fail(f"cannot open the database: {str(exc).splitlines()[0]}")
    if database_url is not None:
        # Each worker builds its app from the environment (app_from_env).
        os.environ["SHORTLIST_DATABASE_URL"] = database_url
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    sockets = []
    if web_app is None and can_spread():
        try:
            sockets = listen(settings.host, settings.port, workers)
        except OSError as exc:
            _fail(f"cannot listen on {shown}:{settings.port}: {exc.strerror or exc}")
    typer.echo(f"Shortlist is running at http://{shown}:{settings.port}")
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(
            f"shortlist: warning: bound to {settings.host}, so other machines may reach it; "
            "it has no accounts yet",
            err=True,
        )
    options: dict[str, Any] = {"log_level": "warning", "server_header": False}
    if web_app is not None:
        uvicorn.run(web_app, host=settings.host, port=settings.port, **options)
    elif sockets:
        raise typer.Exit(serve_workers(sockets))
    else:
        uvicorn.run(
            APP, factory=True, workers=workers, host=settings.host, port=settings.port, **options
        )


@app.command()
def transcribe(
    file: Annotated[str, typer.Argument(help="A recorded answer: wav, webm, ogg, mp3, m4a...")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print words and delivery as JSON.")
    ] = False,
    engine: Annotated[
        str | None,
        typer.Option(help="sphinx (offline, bundled) or whisper (extra); default: setting."),
    ] = None,
) -> None:
    """Transcribe a spoken answer with word timings, and measure its delivery."""
    from rich.console import Console

    from shortlist.speech import (
        AudioError,
        TranscriberUnavailable,
        audio_limits,
        make_transcriber,
        transcribe_file,
    )
    from shortlist.speech.report import spoken_to_dict

    settings = _settings()
    try:
        transcriber = make_transcriber(engine or settings.speech_engine, settings)
        with _progress_bar("transcribing") as progress:
            result = transcribe_file(file, transcriber, progress, limits=audio_limits(settings))
    except (AudioError, TranscriberUnavailable) as exc:
        _fail(str(exc))
    data = spoken_to_dict(result)
    if as_json:
        _print_json(data)
        return
    from shortlist.speech.render import render_spoken

    render_spoken(data, Console())


@app.command()
def version() -> None:
    """Print the version and the scoring engine's version."""
    from shortlist import __version__
    from shortlist.core.matching import ENGINE_VERSION

    typer.echo(f"shortlist {__version__} (engine {ENGINE_VERSION})")


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
