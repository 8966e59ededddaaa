"""Errors as problem+json for /api and as a friendly page everywhere else.

Only known failures say what went wrong: an unreadable upload (422, the ingest message),
something not found (404), a request the workspace refused (400, its ValueError message),
a bad CSRF token (403), a body over the limit (413), text over the size limit (413 as
sent, 422 as saved), a match past its time limit (503). Anything else is a bug: a 500 that
shows no detail, and the traceback goes to the server log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, ParamSpec, TypeVar

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from shortlist.ingest.errors import IngestError, TextTooLong
from shortlist.web.security import SECURITY_HEADERS, GuardRefusal
from shortlist.workspace import MatchTooSlow, NotFound

__all__ = ["Refused", "install_error_handlers", "problem", "refusal_response", "refusing"]

log = logging.getLogger("shortlist.web")

P = ParamSpec("P")
T = TypeVar("T")

PROBLEM_TYPE = "application/problem+json"


class Refused(Exception):
    """The workspace said no (its ValueError): 400 with its message."""


def refusing(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Call a workspace function; a ValueError it raises becomes :class:`Refused` (400).

    Only there: a ValueError anywhere else is a bug and stays a 500.
    """
    try:
        return function(*args, **kwargs)
    except IngestError:
        raise
    except ValueError as error:
        raise Refused(str(error)) from error


def wants_json(path: str) -> bool:
    """API paths answer in problem+json; pages get the friendly HTML."""
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


def problem(status: int, title: str, detail: str, kind: str = "about:blank") -> JSONResponse:
    """An RFC 9457 problem document."""
    return JSONResponse(
        {"type": kind, "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type=PROBLEM_TYPE,
    )


def _page(request: Request, status: int, title: str, detail: str) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(  # type: ignore[no-any-return]
        request,
        "error.html",
        {"title": title, "detail": detail, "status": status},
        status_code=status,
    )


def _respond(request: Request, status: int, title: str, detail: str, kind: str) -> Response:
    if wants_json(request.url.path):
        return problem(status, title, detail, kind)
    return _page(request, status, title, detail)


FRIENDLY = {
    404: ("Not found", "There is nothing at this address. It may have been deleted."),
    405: ("Not allowed", "This address does not accept that kind of request."),
}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    if isinstance(exc, GuardRefusal):
        return _respond(request, status, exc.title, str(exc.detail), exc.kind)
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    title, detail = FRIENDLY.get(status, (phrase, str(exc.detail)))
    response = _respond(request, status, title, detail, "about:blank")
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error["msg"])
    detail = "; ".join(problems) or "the request was not understood"
    return _respond(request, 422, "Invalid request", detail, "urn:shortlist:invalid-request")


async def _ingest_error(request: Request, exc: Exception) -> Response:
    return _respond(request, 422, "Could not read that", str(exc), "urn:shortlist:unreadable")


async def _text_too_long(request: Request, exc: Exception) -> Response:
    # 413 for text the request sent; a saved text over the limit is no fault of the request.
    assert isinstance(exc, TextTooLong)
    status = 422 if exc.stored else 413
    return _respond(request, status, "Too much text", str(exc), "urn:shortlist:text-too-long")


async def _match_too_slow(request: Request, exc: Exception) -> Response:
    return _respond(request, 503, "Took too long", str(exc), "urn:shortlist:match-too-slow")


async def _not_found(request: Request, exc: Exception) -> Response:
    return _respond(request, 404, "Not found", str(exc), "urn:shortlist:not-found")


async def _refused(request: Request, exc: Exception) -> Response:
    return _respond(request, 400, "Not possible", str(exc), "urn:shortlist:refused")


async def _server_error(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    detail = "Something went wrong on our side. Your data is unchanged; try again."
    try:
        response = _respond(request, 500, "Internal error", detail, "about:blank")
    except Exception:  # the error page itself failed: fall back to plain text
        log.exception("the error page failed to render")
        response = Response(detail, status_code=500, media_type="text/plain")
    # This handler runs outside our middleware, so it adds the headers itself.
    response.headers.update(SECURITY_HEADERS)
    return response


def refusal_response(scope: Scope, error: GuardRefusal) -> Response:
    """What a guard middleware sends when it refuses a request before the app reads it
    (a body over the limit, a foreign Host or Origin)."""
    request = Request(scope)
    return _respond(request, error.status_code, error.title, error.detail, error.kind)


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler above on ``app``."""
    handlers: dict[type[Exception], Any] = {
        HTTPException: _http_error,
        RequestValidationError: _validation_error,
        IngestError: _ingest_error,
        TextTooLong: _text_too_long,
        MatchTooSlow: _match_too_slow,
        NotFound: _not_found,
        Refused: _refused,
        Exception: _server_error,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
