"""The interview plan for a terminal (Rich)."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from shortlist.core.prep.interview import InterviewPlan
from shortlist.formats.markdown import CATEGORY_LABELS, SOURCE_LABELS

__all__ = ["render_plan"]


def render_plan(plan: InterviewPlan, titles: Mapping[int, str], console: Console) -> None:
    """Prepare-first items, the likely questions with their sources, questions to ask
    and the numbers to know; ``titles`` name the stories the plan maps (by id)."""
    personas = ", ".join(p.replace("_", " ") for p in plan.personas)
    console.print(Text(f"Interview plan: {plan.role or 'Your interview'}", style="bold"))
    console.print(Text(f"{plan.round_label} · with {personas} · seed {plan.seed}", style="dim"))

    if plan.prepare_first:
        console.print(Text("\nPrepare this first", style="bold yellow"))
        for item in plan.prepare_first:
            console.print(f"  • {item.title}")
            console.print(Text(f"    {item.detail}", style="dim"))

    table = Table(
        expand=True,
        title=f"\nLikely questions ({len(plan.questions)})",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("#", no_wrap=True)
    table.add_column("Question", ratio=3)
    table.add_column("Kind · who", ratio=1)
    table.add_column("Where it comes from", ratio=2)
    for number, q in enumerate(plan.questions, start=1):
        kind = f"{CATEGORY_LABELS.get(q.category, q.category)}\n{q.persona.replace('_', ' ')}"
        source = Text(SOURCE_LABELS.get(q.source_kind, q.source_kind), style="dim")
        if q.source_quote:
            source.append(f"\n“{' '.join(q.source_quote.split())}”", style="italic")
        question = Text(q.text)
        if q.story_id is not None:
            question.append(f"\nStory: {titles.get(q.story_id)}", style="cyan")
        table.add_row(str(number), question, kind, source)
    console.print(table)

    if plan.stories.warnings:
        console.print(Text("Story warnings", style="bold red"))
        for warning in plan.stories.warnings:
            console.print(f"  • {warning.message}")
    if plan.stories.grid.uncovered:
        console.print(
            Text("No story yet for: " + ", ".join(plan.stories.grid.uncovered), style="yellow")
        )

    console.print(Text("\nQuestions to ask them", style="bold"))
    for ask in plan.to_ask:
        console.print(f"  {'★' if ask.starred else '•'} {ask.text}")

    console.print(Text("\nKnow your numbers", style="bold"))
    for label, value in plan.logistics.know_your_numbers:
        console.print(f"  • {label}: {value}")
    if plan.logistics.from_posting:
        console.print(Text("\nWhat the posting says", style="bold"))
        for line in plan.logistics.from_posting:
            console.print(f"  • {line}")
    if plan.logistics.follow_up_date:
        day = plan.logistics.follow_up_date.isoformat()
        console.print(f"\nFollow up on {day} if you hear nothing.")
