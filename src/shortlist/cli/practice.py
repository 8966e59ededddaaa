"""`shortlist feedback`, `shortlist practice` and `shortlist transcribe`: practising
answers, typed or spoken, from the command line.

Registered on the app in cli/app.py; thin like every command: parse, call one service, print.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from shortlist.cli.common import (
    SOURCE_HELP,
    fail,
    load_settings,
    open_workspace_or_fail,
    print_json,
    progress_bar,
)

if TYPE_CHECKING:
    from shortlist.core.answers.feedback_json import StoredFeedback

__all__ = ["feedback", "practice", "transcribe"]


# Past 60 lines only by its signature (one option a parameter, as Typer declares
# them); the body is 37.
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
    from shortlist.analyses import feedback_on
    from shortlist.bootstrap import make_clock, make_transcriber
    from shortlist.ingest.errors import IngestError

    settings = load_settings()

    def run(progress: Callable[[float], None] | None = None) -> StoredFeedback:
        return feedback_on(
            question,
            answer_file,
            settings,
            make_clock(),
            audio_source=audio_file,
            cv_source=cv,
            posting_source=posting,
            category=category,
            transcriber=make_transcriber(settings) if audio_file is not None else None,
            progress=progress,
        )

    try:
        if audio_file is None:
            data = run()
        else:
            with progress_bar("transcribing") as progress:
                data = run(progress)
    except IngestError as exc:
        fail(str(exc))
    if as_json:
        print_json(data.to_dict())
        return
    from rich.console import Console

    from shortlist.cli.render_feedback import render_feedback

    render_feedback(data, Console())


# Past 60 lines only by its signature (one option a parameter, as Typer declares
# them); the body is 54.
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

    from shortlist.cli.render_feedback import render_feedback, render_summary
    from shortlist.ingest.errors import IngestError
    from shortlist.workspace import (
        NotFound,
        get_practice,
        skip_question,
        start_practice,
        submit_answer,
    )

    console = Console()
    ws = open_workspace_or_fail(load_settings())
    try:
        try:
            view = start_practice(ws, job, round=round_, personas=persona, length=length, seed=seed)
        except (NotFound, ValueError, IngestError) as exc:
            # IngestError: a saved text over the size limit, or a match out of time.
            fail(str(exc))
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
            except (ValueError, IngestError) as exc:
                console.print(f"[red]{exc}[/]")
                continue
            done = next(i for i in view.items if i.id == item.id)
            given = done.read_feedback()
            if given is not None:
                render_feedback(given, console)
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

    from shortlist.analyses import spoken_to_dict, transcribe_audio
    from shortlist.bootstrap import make_transcriber
    from shortlist.speech.errors import AudioError, TranscriberUnavailable

    settings = load_settings()
    try:
        transcriber = make_transcriber(settings, engine)
        with progress_bar("transcribing") as progress:
            result = transcribe_audio(file, settings, transcriber, progress)
    except (AudioError, TranscriberUnavailable) as exc:
        fail(str(exc))
    if as_json:
        print_json(spoken_to_dict(result))
        return
    from shortlist.cli.render_spoken import render_spoken

    render_spoken(result.transcript, result.delivery, Console())
