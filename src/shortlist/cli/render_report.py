"""The match report for a terminal (Rich). Presentation only: no scoring here."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from shortlist.core.models import NEED_LABELS, MatchReport, Status

_STATUS_STYLE = {Status.MET: "green", Status.PARTIAL: "yellow", Status.MISSING: "red"}
_STATUS_MARK = {Status.MET: "✔ met", Status.PARTIAL: "◐ partial", Status.MISSING: "✘ missing"}
_BAND_STYLE = {
    "Strong match": "bold green",
    "Good match": "bold cyan",
    "Partial match": "bold yellow",
    "Weak match": "bold red",
}


def render_report(report: MatchReport, console: Console, title: str | None = None) -> None:
    """Print the score, every requirement row with its CV evidence, strengths and gaps."""
    head = Text.assemble(
        (f"{report.score}/100  ", "bold"),
        (report.band, _BAND_STYLE.get(report.band, "bold")),
    )
    lines: list[Text] = [head]
    for note in report.notes:
        lines.append(Text(note, style="dim"))
    console.print(Panel(Group(*lines), title=title or "Match", expand=False))

    table = Table(show_lines=False, expand=True, title="Requirements", title_justify="left")
    table.add_column("Status", no_wrap=True)
    table.add_column("Need", no_wrap=True, max_width=12)
    table.add_column("Requirement", ratio=3)
    table.add_column("Evidence from your CV", ratio=3)
    for row in report.rows:
        req = row.requirement
        need = NEED_LABELS[req.need]
        if row.weight == 0:
            need += "\n(not scored)"
        # A wrapped CV line is quoted as one line; the JSON keeps it byte for byte.
        quoted = " ".join(row.evidence.split()) if row.evidence else None
        evidence = Text(f"“{quoted}”", style="italic") if quoted else Text("—")
        if row.note:
            evidence.append(f"\n{row.note}", style="dim")
        table.add_row(
            Text(_STATUS_MARK[row.status], style=_STATUS_STYLE[row.status]),
            need,
            Text(req.text),
            evidence,
        )
    console.print(table)

    if report.strengths:
        console.print(Text("Strengths", style="bold green"))
        for strength in report.strengths:
            console.print(f"  • {strength}", highlight=False, markup=False)
    if report.gaps:
        console.print(Text("Gaps, and an honest way to address each", style="bold yellow"))
        for gap in report.gaps:
            tag = "must-have" if gap.must_have else "nice-to-have"
            console.print(f"  • [{tag}] {gap.requirement}", highlight=False, markup=False)
            console.print(f"    {gap.advice}", style="dim", highlight=False, markup=False)
