"""A spoken answer for the terminal: the transcript, then one row per delivery metric."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from shortlist.core.delivery.metrics import Delivery
    from shortlist.core.delivery.speech import Transcript

__all__ = ["render_spoken"]


def render_spoken(transcript: Transcript, delivery: Delivery, console: Console) -> None:
    """The transcript as the engine heard it, and ``delivery``, measured from it."""
    d = delivery
    console.print(f"[bold]Transcript[/] ({transcript.engine}, {transcript.duration:.1f} s)")
    console.print(transcript.text or "[dim](no words heard)[/]")
    console.print()
    lo, hi = d.pace_band
    longest = d.longest_pause
    values = {
        "pace": f"{d.wpm:.0f} wpm ({d.pace_verdict}; target {lo:.0f}-{hi:.0f})",
        "pauses": (
            f"{len(d.pauses)} over 2 s, longest {longest.length:.1f} s at {longest.start:.1f} s"
            if longest
            else "none over 2 s"
        ),
        "fillers": f"{len(d.fillers)} ({d.fillers_per_minute:.1f}/min)"
        + "".join(f" {f.text}@{f.start:.1f}s" for f in d.fillers[:6]),
        "first_word": "-" if d.first_word_s is None else f"after {d.first_word_s:.1f} s",
        "pace_variation": "-" if d.pace_cv is None else f"CV {d.pace_cv:.2f}",
    }
    table = Table(title=f"Delivery {d.score}/100", title_justify="left")
    for column in ("metric", "value", "score", "tip"):
        table.add_column(column)
    for m in d.scores:
        score = str(m.score) if m.checked else "-"
        table.add_row(m.name, values.get(m.name, ""), score, m.tip)
    console.print(table)
    console.print(
        f"Speaking {d.speaking_s:.1f} s, silence {d.silence_s:.1f} s "
        f"({d.speaking_ratio:.0%} speaking)"
    )
