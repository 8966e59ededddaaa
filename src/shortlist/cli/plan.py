"""`shortlist plan` and `shortlist jobs`: the interview plan from the command line.

Registered on the app in cli/app.py; thin like every command: parse, call one service, print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from shortlist.cli.common import (
    SOURCE_HELP,
    fail,
    load_settings,
    open_workspace_or_fail,
    print_json,
    warn,
)

if TYPE_CHECKING:
    from shortlist.config import Settings
    from shortlist.workspace import PlanView

__all__ = ["jobs", "plan"]


# Past 60 lines only by its signature (one option a parameter, as Typer declares
# them); the body is 48.
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
    from shortlist.bootstrap import make_clock
    from shortlist.ingest.errors import IngestError

    if sample:
        from shortlist.analyses import sample_sources

        if cv or posting or job is not None:
            fail("--sample takes no job, --cv or --posting")
        cv, posting = sample_sources()
    if job is not None and (cv or posting):
        fail("give a saved job's id or --cv and --posting, not both")
    if job is None and not (cv and posting):
        fail(
            "give a saved job's id (`shortlist plan 3`) or both --cv and --posting "
            "(or --sample to try the bundled ones)"
        )
    settings = load_settings()
    if job is None:
        from shortlist.analyses import plan_sources

        if out is not None:
            fail("--out writes a saved job's prep pack; save the job in the web app first")
        assert cv is not None and posting is not None
        try:
            result, found = plan_sources(
                cv,
                posting,
                settings,
                make_clock(),
                round=round_ or "second",
                personas=persona,
                seed=seed or 0,
            )
        except (IngestError, ValueError) as exc:
            fail(str(exc))
        warn([*result.cv_document.warnings, *result.posting_document.warnings])
        from shortlist.core.prep.plan_json import plan_to_dict

        plan, titles = found, {}
        data: dict[str, Any] | None = plan_to_dict(found) if as_json else None
    else:
        view = _saved_plan(settings, job, round_, persona, seed, out)
        plan, titles = view.plan, dict(view.story_titles)
        data = view.plan_dict() if as_json else None
    if data is not None:
        print_json(data)
        return
    from rich.console import Console

    from shortlist.cli.render_plan import render_plan

    render_plan(plan, titles, Console())


def _saved_plan(
    settings: Settings,
    job: int,
    round_: str | None,
    persona: list[str] | None,
    seed: int | None,
    out: str | None,
) -> PlanView:
    """The plan of saved job ``job``, and its prep pack written to ``out`` if given."""
    from pathlib import Path

    from shortlist.ingest.errors import IngestError
    from shortlist.workspace import (
        NotFound,
        interview_plan,
        prep_pack_markdown,
        prep_pack_pdf,
    )

    if out is not None and not out.lower().endswith((".md", ".pdf")):
        fail("--out takes a file ending in .md or .pdf")
    ws = open_workspace_or_fail(settings)
    try:
        view = interview_plan(ws, job, round=round_, personas=persona, seed=seed)
        if out is not None:
            target = Path(out)
            if out.lower().endswith(".pdf"):
                target.write_bytes(prep_pack_pdf(ws, job))
            else:
                target.write_text(prep_pack_markdown(ws, job), encoding="utf-8")
            typer.echo(f"shortlist: wrote the prep pack to {target}", err=True)
    except (NotFound, ValueError, IngestError) as exc:
        # IngestError: a saved text over the size limit, or a match out of time.
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}")
    finally:
        ws.close()
    return view


def jobs(
    as_json: Annotated[bool, typer.Option("--json", help="Print the jobs as JSON.")] = False,
) -> None:
    """List the saved jobs with their ids, status and score."""
    from dataclasses import asdict

    from shortlist.workspace import list_jobs

    ws = open_workspace_or_fail(load_settings())
    try:
        found = list_jobs(ws)
    finally:
        ws.close()
    if as_json:
        print_json([asdict(j) for j in found])
        return
    if not found:
        typer.echo("No saved jobs yet: add one in the web app (`shortlist serve`).")
    for j in found:
        score = f"{j.score:>3}" if j.score is not None else "  -"
        name = " at ".join(filter(None, [j.title, j.company])) or "Untitled job"
        typer.echo(f"{j.id:>4}  {score}  {j.status:<12} {name}")
