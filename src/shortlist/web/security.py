"""The web app's guards: security headers, a request body size limit, and CSRF tokens.

All three are plain ASGI middleware or a FastAPI dependency, built by ``create_app`` from
the settings; nothing here holds state at import time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping

from starlette.exceptions import HTTPException
from starlette.requests import Request, cookie_parser
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SECURITY_HEADERS",
    "BodyLimitMiddleware",
    "BodyTooLarge",
    "CsrfCookieMiddleware",
    "CsrfRejected",
    "CsrfTokens",
    "GuardRefusal",
    "SecurityHeadersMiddleware",
    "csrf_token",
    "require_csrf",
]

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'"
)
SECURITY_HEADERS: Mapping[str, str] = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: nothing reaches other sites either way, and under
    # no-referrer browsers send "Origin: null" on our own form posts (hosts.py checks it).
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}

CSRF_COOKIE = "shortlist_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# A year: the token is not a credential, and a page left open overnight should still post.
CSRF_COOKIE_MAX_AGE = 365 * 24 * 3600


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class GuardRefusal(HTTPException):
    """A request one of the guards refused, with its own title and problem type; the
    error handlers render it as problem+json on the API and as a page elsewhere."""

    title = "Refused"
    kind = "about:blank"


class BodyTooLarge(GuardRefusal):
    """The request body is over the limit (413); the error handlers render it."""

    title = "Upload too large"
    kind = "urn:shortlist:too-large"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        megabytes = f"{limit / (1024 * 1024):.1f}".rstrip("0").rstrip(".")
        super().__init__(413, f"the upload is larger than the limit of {megabytes} MB")


class BodyLimitMiddleware:
    """Refuses a body over the limit: by its Content-Length before reading a byte, and
    while streaming when the length is not declared (or lies).

    ``limit_for(path)`` gives the limit in bytes; ``too_large(scope, limit)`` builds the
    response sent when Content-Length alone condemns the request.
    """

    def __init__(
        self,
        app: ASGIApp,
        limit_for: Callable[[str], int],
        too_large: Callable[[Scope, BodyTooLarge], Response],
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            response = self.too_large(scope, BodyTooLarge(limit))
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException, so FastAPI's body parsing passes it on untouched.
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                # Unparseable: treat as undeclared and let the streaming count decide.
                return None
    return None


class CsrfTokens:
    """Double-submit tokens: the cookie holds ``token.signature``, forms echo ``token``.

    The signature (HMAC-SHA256 with the app's secret key) stops a cookie planted by
    another site or a sibling subdomain from being accepted.
    """

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the CSRF secret key must be at least 16 bytes")
        self._secret = secret

    def _sign(self, token: str) -> str:
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def issue(self) -> tuple[str, str]:
        """A fresh (token, cookie value) pair."""
        token = secrets.token_urlsafe(32)
        return token, f"{token}.{self._sign(token)}"

    def token_of(self, cookie: str | None) -> str | None:
        """The token a cookie carries, or None when the cookie is missing or forged."""
        if not cookie or "." not in cookie:
            return None
        token, _, signature = cookie.rpartition(".")
        if not token or not hmac.compare_digest(signature, self._sign(token)):
            return None
        return token


class CsrfCookieMiddleware:
    """Puts this browser's CSRF token in ``request.state.csrf_token``, setting the cookie
    when it is missing or its signature does not check out."""

    def __init__(self, app: ASGIApp, tokens: CsrfTokens) -> None:
        self.app = app
        self.tokens = tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = self.tokens.token_of(_cookie(scope, CSRF_COOKIE))
        new_cookie: str | None = None
        if token is None:
            token, new_cookie = self.tokens.issue()
        scope.setdefault("state", {})["csrf_token"] = token
        secure = scope.get("scheme") == "https"

        async def send_with_cookie(message: Message) -> None:
            if new_cookie is not None and message["type"] == "http.response.start":
                attributes = f"Path=/; Max-Age={CSRF_COOKIE_MAX_AGE}; HttpOnly; SameSite=Strict"
                if secure:
                    attributes += "; Secure"
                header = f"{CSRF_COOKIE}={new_cookie}; {attributes}"
                message["headers"] = [*message.get("headers", []), (b"set-cookie", header.encode())]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _cookie(scope: Scope, name: str) -> str | None:
    # The same lenient parser as request.cookies, so both always agree.
    for header, value in scope.get("headers", []):
        if header == b"cookie" and name in (jar := cookie_parser(value.decode("latin-1"))):
            return jar[name]
    return None


class CsrfRejected(GuardRefusal):
    """An unsafe request without the matching CSRF token (403)."""

    title = "Form expired"
    kind = "urn:shortlist:csrf"

    def __init__(self) -> None:
        super().__init__(
            403,
            "the form had expired or did not come from this app; reload the page and try again",
        )


def csrf_token(request: Request) -> str:
    """This browser's CSRF token, for a hidden form field or the X-CSRF-Token header."""
    token = request.state.csrf_token
    assert isinstance(token, str), "CsrfCookieMiddleware must run before the routes"
    return token


async def require_csrf(request: Request) -> None:
    """FastAPI dependency: every unsafe request must echo the cookie's token.

    JSON calls send it as the X-CSRF-Token header; HTML forms as the csrf_token field.
    """
    if request.method in SAFE_METHODS:
        return
    tokens: CsrfTokens = request.app.state.csrf_tokens
    expected = tokens.token_of(request.cookies.get(CSRF_COOKIE))
    submitted: object = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if submitted is None and content_type.startswith(FORM_TYPES):
        # FastAPI has already parsed the form for the route; Starlette caches it.
        submitted = (await request.form()).get(CSRF_FIELD)
    if (
        expected is None
        or not isinstance(submitted, str)
        or not hmac.compare_digest(expected.encode(), submitted.encode())
    ):
        raise CsrfRejected()
