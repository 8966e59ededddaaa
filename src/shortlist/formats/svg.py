"""A small line chart of scores over time, as SVG text: drawn on the server, so the
trend shows with no script and reads the same in every browser and in print."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

__all__ = ["trend_svg"]

WIDTH, HEIGHT = 320, 120
LEFT, RIGHT, TOP, BOTTOM = 28, 8, 10, 22


def trend_svg(points: Sequence[tuple[str, int]], title: str) -> str:
    """``points`` are (label, score 0-100), oldest first. The chart's accessible name
    is ``title`` and its text alternative lists every point."""
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (inner_w / 2 if len(points) == 1 else inner_w * i / (len(points) - 1))

    def y(score: int) -> float:
        return TOP + inner_h * (1 - max(0, min(100, score)) / 100)

    described = ", ".join(f"{label}: {score}" for label, score in points) or "no answers yet"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'class="trend" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title><desc>{escape(described)}</desc>",
    ]
    for level in (0, 50, 100):
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(level):.1f}" '
            f'y2="{y(level):.1f}"/><text class="axis" x="{LEFT - 4}" y="{y(level) + 3:.1f}" '
            f'text-anchor="end">{level}</text>'
        )
    if points:
        path = " ".join(f"{x(i):.1f},{y(s):.1f}" for i, (_, s) in enumerate(points))
        parts.append(f'<polyline class="line" fill="none" points="{path}"/>')
        for i, (label, score) in enumerate(points):
            parts.append(
                f'<circle class="dot" cx="{x(i):.1f}" cy="{y(score):.1f}" r="3">'
                f"<title>{escape(label)}: {score}</title></circle>"
            )
        parts.append(
            f'<text class="axis" x="{LEFT}" y="{HEIGHT - 6}">{escape(points[0][0])}</text>'
        )
        if len(points) > 1:
            parts.append(
                f'<text class="axis" x="{WIDTH - RIGHT}" y="{HEIGHT - 6}" text-anchor="end">'
                f"{escape(points[-1][0])}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
