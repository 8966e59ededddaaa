"""Answer feedback (its typed reading, core/answers/feedback_json.py) and practice
summaries for a terminal (Rich)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from shortlist.core.answers.feedback_json import StoredFeedback
from shortlist.core.answers.models import DIMENSION_LABELS

if TYPE_CHECKING:
    from shortlist.workspace import PracticeItem, PracticeSummary

__all__ = ["render_feedback", "render_summary"]


def _style(score: int) -> str:
    return "green" if score >= 75 else "yellow" if score >= 50 else "red"


def render_feedback(feedback: StoredFeedback, console: Console) -> None:
    """The overall score, each dimension with the words behind it and a tip, and the
    follow-up question."""
    overall = feedback.overall
    head = Text.assemble(("Overall ", "bold"), (f"{overall}/100", f"bold {_style(overall)}"))
    if feedback.cap_reason:
        head.append(f"  (held at {feedback.cap}: {feedback.cap_reason})", style="dim")
    console.print(head)
    console.print(
        "STAR: "
        + "  ".join(("✔ " if part.present else "✘ ") + part.name for part in feedback.star),
        style="dim",
    )
    table = Table(expand=True, show_lines=True)
    table.add_column("Dimension", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Your words", ratio=2)
    table.add_column("Tip", ratio=2)
    for dim in feedback.checked_dimensions():
        quoted = "\n".join(f"“{e}”" for e in dim.evidence[:3]) or "—"
        table.add_row(
            DIMENSION_LABELS.get(dim.name, dim.name),
            Text(str(dim.score), style=_style(dim.score)),
            Text(quoted, style="italic"),
            " ".join(dim.tips[:1]),
        )
    console.print(table)
    if feedback.follow_up:
        console.print(Text.assemble(("Follow-up: ", "bold cyan"), feedback.follow_up))


def render_summary(
    summary: PracticeSummary, items: Mapping[int, PracticeItem], console: Console
) -> None:
    """A finished session: per-dimension means, best and weakest answers, and the three
    things to work on. ``items`` are the session's questions by id."""
    console.print(Text(f"\nSession: {summary.overall}/100 overall", style="bold"))
    for name, score in summary.dimensions.items():
        console.print(
            Text(f"  {DIMENSION_LABELS.get(name, name):<20} {score:>3}", style=_style(score))
        )
    best = items.get(summary.best_id) if summary.best_id is not None else None
    if best is not None:
        console.print(f"Best answer: {best.question}")
    weakest = items.get(summary.weakest_id) if summary.weakest_id is not None else None
    if weakest is not None:
        console.print(f"Weakest answer: {weakest.question}")
    if summary.work_on:
        console.print(Text("Three things to work on", style="bold"))
        for name, score, tip in summary.work_on:
            console.print(f"  • {DIMENSION_LABELS.get(name, name)} ({score}): {tip}")
