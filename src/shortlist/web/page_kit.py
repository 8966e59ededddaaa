"""What every page module shares: rendering a template with its ?done= message,
303 redirects, downloads, and reading typed numbers and dates from forms.

Form fields arrive as typed text; these readers turn them into values or raise Refused
with a message naming the field, so the page can show the form again as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Protocol

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.web.errors import Refused
from shortlist.web.ids import MAX_INTEGER

__all__ = ["attachment", "date_field", "render", "see", "spoken", "whole_field"]


def render(
    request: Request,
    name: str,
    context: Mapping[str, object],
    *,
    done: Mapping[str, str],
    status: int = 200,
) -> Response:
    """Template ``name`` with ``context``, and the fixed message ``done`` holds for the
    request's ?done= key (never the query's own text)."""
    key = request.query_params.get("done")
    full: dict[str, object] = {"done": done.get(key or ""), "error": None, **context}
    templates = request.app.state.templates
    return templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, full, status_code=status
    )


class PageRenderer(Protocol):
    def __call__(
        self, request: Request, name: str, context: Mapping[str, object], status: int = 200
    ) -> Response: ...


def renderer(done: Mapping[str, str]) -> PageRenderer:
    """:func:`render` for the pages of one module, with the messages it may show."""

    def render_page(
        request: Request, name: str, context: Mapping[str, object], status: int = 200
    ) -> Response:
        return render(request, name, context, done=done, status=status)

    return render_page


def see(url: str) -> RedirectResponse:
    """After a form: 303 to the page that shows the result, so a reload repeats nothing."""
    return RedirectResponse(url, status_code=303)


def attachment(content: str | bytes, media_type: str, filename: str) -> Response:
    """A download, never shown inline."""
    return Response(
        content,
        media_type=media_type,
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def date_field(text: str, what: str) -> dt.date | None:
    """A YYYY-MM-DD field; None when left empty."""
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise Refused(f"give the {what} as a date (YYYY-MM-DD), not {text!r}") from error


def whole_field(text: str, what: str) -> int | None:
    """A whole-number field; None when left empty."""
    if not text.strip():
        return None
    try:
        value = int(text.strip())
    except ValueError as error:
        raise Refused(f"the {what} is a whole number, not {text!r}") from error
    # Past what a database column holds, no setting or row can use it.
    if abs(value) > MAX_INTEGER:
        raise Refused(f"the {what} is out of range: {text.strip()}")
    return value


def spoken(seconds: int) -> str:
    """90 -> 'about 1½ minutes'; 45 -> 'about 45 seconds'."""
    if seconds < 60:
        return f"about {seconds} seconds"
    minutes, rest = divmod(seconds, 60)
    half = "½" if rest >= 30 else ""
    unit = "minute" if minutes == 1 and not half else "minutes"
    return f"about {minutes}{half} {unit}"
