"""`shortlist cv`: see how the saved CV was read and correct it, as on the web app's CV
page: remove a skill that is not yours, mark a line as misread, and undo either. Every
report, plan and practice feedback then reads the CV with the corrections.

Registered on the app in cli/app.py; thin like every command: parse, call one service, print.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from shortlist.cli.common import fail, load_settings, open_workspace_or_fail, print_json

if TYPE_CHECKING:
    from shortlist.workspace import CvCorrectionsView, CvUnderstanding, Workspace

__all__ = ["cv_app"]

T = TypeVar("T")

cv_app = typer.Typer(
    help="See how your saved CV was read, and correct it: remove a skill, mark a line as "
    "misread, undo either.",
    no_args_is_help=True,
)

Version = Annotated[
    int | None,
    typer.Option("--version", help="A CV version's id. Default: the current CV.", min=1),
]


def _run(version: int | None, call: Callable[[Workspace, int], T]) -> T:
    """``call(workspace, cv id)`` on the CV version asked for; one line and exit 2 for a
    workspace without a CV, an unknown version or a correction refused."""
    from shortlist.workspace import NotFound, current_cv

    ws = open_workspace_or_fail(load_settings())
    try:
        if version is None:
            current = current_cv(ws)
            if current is None:
                fail("no CV saved yet: add one in the web app (`shortlist serve`)")
            version = current.id
        return call(ws, version)
    except (NotFound, ValueError) as exc:
        fail(str(exc))
    finally:
        ws.close()


@cv_app.command("show")
def show(
    version: Version = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print it as JSON.")] = False,
) -> None:
    """The skills and lines read from the CV, each line with its offset, and your
    corrections."""
    from dataclasses import asdict

    from shortlist.workspace import cv_understanding

    seen = _run(version, cv_understanding)
    if as_json:
        print_json(asdict(seen))
        return
    typer.echo(f"CV version {seen.cv_id}")
    typer.echo("Skills (`shortlist cv remove-skill NAME`):")
    for skill in seen.skills:
        typer.echo(f"  {skill.name}")
    typer.echo("Lines a report may quote (`shortlist cv misread OFFSET`):")
    for start, text in _lines(seen):
        typer.echo(f"  {start:>6}  {' '.join(text.split())}")
    _print_corrections(seen.corrections)


def _lines(seen: CvUnderstanding) -> list[tuple[int, str]]:
    """Every line the page offers to mark as misread, by offset, once each."""
    found = {line.start: line.text for role in seen.roles for line in role.quoted_lines}
    found |= {role.header_line.start: role.header for role in seen.roles if role.header_line}
    found |= {x.start: x.text for skill in seen.skills for x in skill.evidence_lines}
    found |= {x.start: x.line for x in seen.education}
    found |= {x.start: x.text for x in seen.certification_lines}
    found |= {x.start: x.line for x in seen.languages if x.start is not None}
    found |= {x.start: x.text for x in seen.other_lines}
    return sorted(found.items())


def _print_corrections(corrections: CvCorrectionsView) -> None:
    removed = ", ".join(corrections.removed_skills) or "none"
    typer.echo(f"Skills you removed (`shortlist cv restore-skill NAME`): {removed}")
    typer.echo("Lines marked as misread (`shortlist cv read-again OFFSET`):")
    for line in corrections.misread_lines:
        stale = "" if line.found else "  (no longer in this version)"
        typer.echo(f"  {line.start:>6}  {' '.join(line.text.split())}{stale}")
    if not corrections.misread_lines:
        typer.echo("  none")


@cv_app.command("remove-skill")
def remove_skill(
    skill: Annotated[
        str, typer.Argument(help="The skill's name, as `shortlist cv show` lists it.")
    ],
    version: Version = None,
) -> None:
    """Say a skill is not yours: no report, plan or feedback counts it, by any route."""
    from shortlist.workspace import remove_cv_skill

    _print_corrections(_run(version, lambda ws, cv_id: remove_cv_skill(ws, cv_id, skill)))


@cv_app.command("restore-skill")
def restore_skill(
    skill: Annotated[str, typer.Argument(help="A skill you removed.")],
    version: Version = None,
) -> None:
    """Count a removed skill again."""
    from shortlist.workspace import restore_cv_skill

    _print_corrections(_run(version, lambda ws, cv_id: restore_cv_skill(ws, cv_id, skill)))


@cv_app.command("misread")
def misread(
    offset: Annotated[int, typer.Argument(help="The line's offset, from `shortlist cv show`.")],
    version: Version = None,
) -> None:
    """Mark a line as misread: nothing is read from it any more."""
    from shortlist.workspace import mark_cv_line_misread

    def mark(ws: Workspace, cv_id: int) -> CvCorrectionsView:
        from shortlist.workspace import cv_understanding

        text = dict(_lines(cv_understanding(ws, cv_id))).get(offset)
        if text is None:
            raise ValueError(
                f"CV version {cv_id} has no line at offset {offset} to mark: "
                "`shortlist cv show` lists the offsets"
            )
        return mark_cv_line_misread(ws, cv_id, text, start=offset)

    _print_corrections(_run(version, mark))


@cv_app.command("read-again")
def read_again(
    offset: Annotated[int, typer.Argument(help="The offset of a line marked as misread.")],
    version: Version = None,
) -> None:
    """Read a line marked as misread again."""
    from shortlist.workspace import unmark_cv_line

    _print_corrections(_run(version, lambda ws, cv_id: unmark_cv_line(ws, cv_id, offset)))
