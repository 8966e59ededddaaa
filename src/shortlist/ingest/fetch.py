"""Fetch one job posting URL, refusing anything that could reach inside the network.

Each hop (the first request and every redirect) is checked: http or https only, and
the host must resolve to public addresses unless ``Limits.allow_private_urls``. The
request then goes to the address that was checked (the Host header and TLS name stay
the original host), so a DNS answer that changes between check and connect cannot
send it somewhere else. Proxies from the environment are not used, for the same
reason. The body is streamed and abandoned as soon as it passes the size limit.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx

from shortlist.ingest.detect import DOCX, HTML, PDF, TEXT, detect
from shortlist.ingest.document import Document
from shortlist.ingest.errors import FetchError, TooLarge, UnsupportedType
from shortlist.ingest.limits import Limits
from shortlist.ingest.read import DEFAULT_LIMITS, read_as

MAX_REDIRECTS = 5
_USER_AGENT = "Shortlist/0.1 (reads one job posting at a user's request)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CONTENT_TYPES = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "text/plain": TEXT,
    "text/markdown": TEXT,
    "text/x-markdown": TEXT,
    "application/pdf": PDF,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCX,
}
#: Labels that say nothing about the content, so the bytes decide.
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_SIZE_SETTING = "SHORTLIST_FETCH_MAX_MB"


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every check, with its content type and charset."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def read_url(url: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Text of the page, PDF or DOCX at ``url`` (http/https only, public hosts only)."""
    fetched = fetch(url, limits)
    kind = _CONTENT_TYPES.get(fetched.content_type)
    if kind is None:
        if fetched.content_type not in _GENERIC_TYPES:
            raise UnsupportedType.content_type(fetched.content_type, url)
        # By the bytes alone: a page's address ends in .php or .aspx as often as .html.
        kind = detect(fetched.data, None)
    return read_as(kind, fetched.data, url, limits, fetched.charset)


def fetch(url: str, limits: Limits) -> Fetched:
    """GET ``url`` following up to MAX_REDIRECTS checked redirects; raise FetchError or TooLarge."""
    ends = time.monotonic() + limits.fetch_timeout_s
    current = _parse_url(url)
    headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": "identity"}
    try:
        client = httpx.Client(timeout=limits.fetch_timeout_s, trust_env=False, headers=headers)
        with client:
            for _ in range(MAX_REDIRECTS + 1):
                if time.monotonic() > ends:
                    raise _timed_out(url, limits)
                request = _pinned_request(client, current, limits)
                response = client.send(request, stream=True)
                try:
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECTS and location:
                        absolute = "://" in location.split("?")[0]
                        current = _parse_url(location if absolute else str(current.join(location)))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"{url} answered {response.status_code} {response.reason_phrase}; "
                            "check the link, or save the page and upload the file"
                        )
                    data = _read_body(response, url, limits, ends)
                finally:
                    response.close()
                content_type = response.headers.get("content-type", "").split(";")[0]
                return Fetched(
                    str(current), data, content_type.strip().lower(), response.charset_encoding
                )
    except httpx.TimeoutException as error:
        raise _timed_out(url, limits) from error
    except httpx.HTTPError as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise FetchError(f"could not fetch {url}: {reason}") from error
    raise FetchError(f"{url} redirected more than {MAX_REDIRECTS} times; open it in a browser")


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise FetchError(f"'{url}' is not a valid link") from error
    if not parsed.scheme:
        raise FetchError(f"'{url}' is not a full link; start it with https://")
    if parsed.scheme not in ("http", "https"):
        raise FetchError(
            f"only http and https links can be fetched, not '{parsed.scheme}://': {url}"
        )
    if not parsed.raw_host:
        raise FetchError(f"'{url}' has no host name")
    return parsed


def _pinned_request(client: httpx.Client, url: httpx.URL, limits: Limits) -> httpx.Request:
    """A request to the checked address of ``url``'s host, still naming the host itself."""
    host = url.raw_host.decode("ascii")
    address = _checked_address(host, url.port or (443 if url.scheme == "https" else 80), limits)
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    return client.build_request(
        "GET",
        url.copy_with(host=address),
        headers={"Host": url.netloc.decode("ascii")},
        extensions=extensions,
    )


def _checked_address(host: str, port: int, limits: Limits) -> str:
    """The first address ``host`` resolves to, if every address it resolves to is allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"could not find the host '{host}'; check the link") from error
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"could not find the host '{host}'; check the link")
    if not limits.allow_private_urls and not all(_is_public(ip) for ip in addresses):
        raise FetchError(
            f"refused to fetch from '{host}': it is a private or local address "
            "(set SHORTLIST_ALLOW_PRIVATE_URLS=true to allow it)"
        )
    return str(addresses[0])


#: NAT64's well-known prefix (RFC 6052): the last 32 bits are the IPv4 host reached.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
#: Transition prefixes refused whatever IPv4 address they carry: IPv4-compatible
#: (deprecated by RFC 4291), local-use NAT64 (RFC 8215: a translator inside the local
#: network, with the IPv4 address at a prefix-dependent place), 6to4 (deprecated by RFC
#: 7526) and Teredo (its client address is obfuscated and sits behind a NAT). No job
#: site is served from one, and newer Pythons already count 2002::/16 and 2001::/23 as
#: not global, so refusing them keeps the guard the same on every Python we support.
_TUNNELS = (
    ipaddress.IPv6Network("::/96"),
    ipaddress.IPv6Network("64:ff9b:1::/48"),
    ipaddress.IPv6Network("2002::/16"),
    ipaddress.IPv6Network("2001::/32"),
)


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether packets to ``ip`` end up on the public internet, judged by the IPv4
    address an IPv6 one carries when it carries one (docs/ingestion.md)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return _is_public(ip.ipv4_mapped)
        if ip in _NAT64:
            # DNS64 networks answer with these for every IPv4-only site, so they are
            # allowed, but only as far as the IPv4 address behind them is.
            return _is_public(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if any(ip in network for network in _TUNNELS):
            return False
    # is_global leaves out reserved space on some Pythons (3.11: all of ::/8).
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def _read_body(response: httpx.Response, url: str, limits: Limits, ends: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.fetch_max_bytes:
        raise TooLarge(url, int(declared), limits.fetch_max_bytes, _SIZE_SETTING)
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > limits.fetch_max_bytes:
            raise TooLarge(url, None, limits.fetch_max_bytes, _SIZE_SETTING)
        if time.monotonic() > ends:
            raise _timed_out(url, limits)
        chunks.append(chunk)
    return b"".join(chunks)


def _timed_out(url: str, limits: Limits) -> FetchError:
    return FetchError(
        f"fetching {url} took longer than {limits.fetch_timeout_s:g} s "
        "(SHORTLIST_FETCH_TIMEOUT_S); try again, or save the page and upload the file"
    )
