"""The Jinja2 environment: autoescape always on, and the few filters the pages share."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple

import jinja2
from markupsafe import Markup
from starlette.requests import Request
from starlette.templating import Jinja2Templates

from shortlist.core.models import NEED_LABELS
from shortlist.web.presenting import highlight, status_label
from shortlist.web.security import csrf_token

__all__ = [
    "BAND_CLASSES",
    "Fragments",
    "NavLink",
    "band_class",
    "duration",
    "make_templates",
    "nav_links",
]

TEMPLATES_DIR = Path(__file__).parent / "templates"

BAND_CLASSES = {
    "Strong match": "band-strong",
    "Good match": "band-good",
    "Partial match": "band-partial",
    "Weak match": "band-weak",
}

#: (path, label) of the main navigation, in order.
NAV = (
    ("/cv", "My CV"),
    ("/jobs", "Jobs"),
    ("/jobs/new", "Add a job"),
    ("/stories", "Stories"),
    ("/practice", "Practice"),
    ("/data", "My data"),
)


def band_class(band: str | None) -> str:
    """The CSS class colouring a score badge; unknown bands are grey."""
    return BAND_CLASSES.get(band or "", "band-none")


def duration(months: int | None) -> str:
    """14 -> '1 yr 2 mos'; None or 0 -> 'less than a month'."""
    if not months or months <= 0:
        return "less than a month"
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} yr" + ("s" if years > 1 else ""))
    if rest:
        parts.append(f"{rest} mo" + ("s" if rest > 1 else ""))
    return " ".join(parts)


def day(value: dt.date | dt.datetime | str | None) -> str:
    """A date as '3 Mar 2025'; ISO strings are accepted; None shows as an empty string."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return f"{value.day} {value:%b %Y}"


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def month(value: str | None) -> str:
    """'2025-06' -> 'Jun 2025'; anything else as it is."""
    if value and len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        index = int(value[5:]) - 1
        if 0 <= index < 12:
            return f"{_MONTHS[index]} {value[:4]}"
    return value or ""


class NavLink(NamedTuple):
    """One link of the main navigation; ``current`` marks the page shown (aria-current)."""

    href: str
    label: str
    current: bool


def nav_links(request: Request) -> list[NavLink]:
    """The navigation with the current page marked (aria-current)."""
    path = request.url.path
    best = max((p for p, _ in NAV if path == p or path.startswith(p + "/")), key=len, default="")
    return [NavLink(p, label, p == best) for p, label in NAV]


def _context(request: Request) -> dict[str, object]:
    # A request refused at the door (a foreign Host) is answered without a token.
    token = csrf_token(request) if "csrf_token" in request.scope.get("state", {}) else ""
    return {"csrf_token": token, "nav": nav_links(request)}


def make_templates() -> Jinja2Templates:
    """A fresh template set; every page's variables are escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates ship with the package and do not change under a running app; checking
        # their files on every render (and every include in a loop) costs a stat each.
        auto_reload=False,
    )
    env.filters["band_class"] = band_class
    env.filters["duration"] = duration
    env.filters["day"] = day
    env.filters["month"] = month
    env.globals["highlight"] = highlight
    env.globals["need_labels"] = NEED_LABELS
    env.globals["status_label"] = status_label
    return Jinja2Templates(env=env, context_processors=[_context])


class Fragments:
    """Parts of pages rendered from one workspace view, kept while that view is current.

    The workspace hands out the very same view object for as long as the data it was
    computed from is unchanged, and a new object once it changes; so HTML rendered from
    a view alone (never a CSRF token, never anything of the client) is kept with the
    object and served again only for that same object.
    """

    def __init__(self, env: jinja2.Environment, size: int = 256) -> None:
        self._env = env
        self._size = size
        self._lock = threading.Lock()
        # (template, id(view)) -> (view, html); holding the view keeps its id unique.
        self._kept: OrderedDict[tuple[str, int], tuple[object, Markup]] = OrderedDict()

    def render(self, name: str, **view: object) -> Markup:
        """Template ``name`` rendered with the one view given, e.g. ``details=...``."""
        ((variable, value),) = view.items()
        key = (name, id(value))
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] is value:
                self._kept.move_to_end(key)
                return kept[1]
        html = Markup(self._env.get_template(name).render({variable: value}))
        with self._lock:
            self._kept[key] = (value, html)
            self._kept.move_to_end(key)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return html
