"""Who may talk to the app: the Host a request names, and the Origin of a write.

The app holds a person's CV, journals and recordings and has no accounts, so the
browser's same-origin policy is what keeps other web pages out. DNS rebinding gets round
that policy: a page on ``attacker.test`` makes its own name resolve to 127.0.0.1, and the
browser then sends the page's requests to this app, reads the answers as same-origin
and fetches a CSRF token like any page of ours would. What it cannot change is the Host
header, which still says ``attacker.test``. So every request must name a host this app
is known by (loopback names, the address it is bound to, SHORTLIST_ALLOWED_HOSTS), and a
write that says where it comes from (Origin, Sec-Fetch-Site) must come from this app's
own pages; the CSRF token is checked as well.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from shortlist.web.security import SAFE_METHODS, GuardRefusal

__all__ = [
    "ANY_HOST",
    "LOOPBACK_NAMES",
    "ForeignHost",
    "ForeignOrigin",
    "HostGuardMiddleware",
    "allowed_hosts",
    "host_name",
]

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
#: In SHORTLIST_ALLOWED_HOSTS: answer to any Host (only behind a proxy that checks it).
ANY_HOST = "*"
#: Addresses that mean "every interface": not a name anyone reaches the app by.
_WILDCARD_BINDS = frozenset({"0.0.0.0", "::", ""})


class ForeignHost(GuardRefusal):
    """The request names a host this app is not known by (400)."""

    title = "Unknown host"
    kind = "urn:shortlist:foreign-host"

    def __init__(self, host: str | None) -> None:
        named = f"the host '{host}'" if host else "no host"
        super().__init__(
            400,
            f"this request named {named}; Shortlist answers only at the addresses it is "
            "known by (open it at http://127.0.0.1 or http://localhost, or add the name to "
            "SHORTLIST_ALLOWED_HOSTS)",
        )


class ForeignOrigin(GuardRefusal):
    """A write sent by a page of another site (403)."""

    title = "Sent from another site"
    kind = "urn:shortlist:foreign-origin"

    def __init__(self, origin: str) -> None:
        super().__init__(
            403,
            f"this change was sent by a page of {origin}, not by Shortlist itself; "
            "nothing was changed. Make it from Shortlist's own pages.",
        )


def host_name(value: str) -> str | None:
    """The host part of a Host header ('example.org:8000' -> 'example.org',
    '[::1]:8000' -> '::1'), lower case, without a trailing dot; None if malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1 :] if end > 0 else ":x"
        if rest and not (rest.startswith(":") and rest[1:].isdigit()):
            return None
        name = value[1:end]
    else:
        name, _, port = value.partition(":")
        if port and not port.isdigit():
            return None
    name = name.rstrip(".")
    if not name or any(c.isspace() or c in "/\\@?#" for c in name):
        return None
    return name


def allowed_hosts(bind_host: str, extra: Iterable[str]) -> frozenset[str]:
    """Loopback names, the address the app is bound to (unless it is a wildcard), and
    ``extra`` (SHORTLIST_ALLOWED_HOSTS), normalised like :func:`host_name`."""
    names = set(LOOPBACK_NAMES)
    for entry in (bind_host, *extra):
        name = entry.strip()
        if name == ANY_HOST:
            names.add(ANY_HOST)
            continue
        # A bare IPv6 address has several colons; a name or an IPv4 address at most one,
        # before a port, which is dropped like the port of a Host header.
        bare_ipv6 = name.count(":") > 1 and not name.startswith("[")
        normal = host_name(f"[{name}]" if bare_ipv6 else name)
        if normal is not None and normal not in _WILDCARD_BINDS:
            names.add(normal)
    return frozenset(names)


def _is_loopback_address(name: str) -> bool:
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class HostGuardMiddleware:
    """Refuses a request whose Host is not one of ``allowed`` (400), and an unsafe one
    that a browser says comes from another origin (403), before the app sees either."""

    def __init__(
        self,
        app: ASGIApp,
        allowed: frozenset[str],
        refuse: Callable[[Scope, GuardRefusal], Response],
    ) -> None:
        self.app = app
        self.allowed = allowed
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope.get("headers", [])
        }
        host_header = headers.get("host")
        refusal = self._check_host(host_header)
        if refusal is None and scope.get("method", "GET") not in SAFE_METHODS:
            own = f"{scope.get('scheme', 'http')}://{(host_header or '').strip().lower()}"
            refusal = _check_origin(headers, own)
        if refusal is not None and scope["type"] == "websocket":
            # 1008: policy violation, the websocket way of saying 400.
            await send({"type": "websocket.close", "code": 1008})
            return
        if refusal is not None:
            await self.refuse(scope, refusal)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _check_host(self, header: str | None) -> GuardRefusal | None:
        if ANY_HOST in self.allowed:
            return None
        name = host_name(header) if header else None
        if name is not None and (name in self.allowed or _is_loopback_address(name)):
            return None
        return ForeignHost(header)


def _check_origin(headers: dict[str, str], own_origin: str) -> GuardRefusal | None:
    # Browsers send Sec-Fetch-Site on every request and Origin on every POST, PUT and
    # DELETE; a client that sends neither (curl, the CLI) still needs the CSRF token.
    site = headers.get("sec-fetch-site", "").strip().lower()
    origin = (headers.get("origin") or "").strip()
    if site in ("cross-site", "same-site"):
        return ForeignOrigin(origin if origin and origin != "null" else "another site")
    if not origin or origin.lower().rstrip("/") == own_origin:
        return None
    # A form post can say "Origin: null" (after a redirect, or under a no-referrer
    # policy); Sec-Fetch-Site still tells a page of ours from any other.
    if origin.lower() == "null" and site == "same-origin":
        return None
    return ForeignOrigin(origin if origin != "null" else "an unknown site")
