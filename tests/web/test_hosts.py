"""The trust boundary: only requests that name this app's own host get in, and a write
sent by another site's page is refused (DNS rebinding and cross-site requests)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.web.errors import refusal_response
from shortlist.web.hosts import HostGuardMiddleware, allowed_hosts, host_name
from shortlist.workspace import Workspace, add_cv, list_jobs

if TYPE_CHECKING:
    from starlette.testclient import TestClient

REBOUND = "attacker.test:8000"


def _get_routes_without_ids(app: FastAPI) -> list[str]:
    return sorted(
        {
            route.path
            for route in iter_route_contexts(app.router.routes)
            if "GET" in (route.methods or ()) and "{" not in route.path
        }
    )


def test_every_page_and_api_route_refuses_a_rebound_host_name(
    app: FastAPI, client: TestClient
) -> None:
    paths = _get_routes_without_ids(app)
    assert "/api/v1/export" in paths and "/" in paths
    for path in paths:
        response = client.get(path, headers={"host": REBOUND})
        assert response.status_code == 400, path
        assert "attacker.test" in response.text


def test_a_rebound_page_cannot_read_the_export(
    client: TestClient, workspace: Workspace, cv_text: str
) -> None:
    add_cv(workspace, text=cv_text)
    response = client.get("/api/v1/export", headers={"host": REBOUND})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Unknown host"
    assert "shortlist-export" not in response.text
    assert cv_text[:40] not in response.text


def test_a_rebound_page_gets_no_csrf_token_and_cannot_add_a_job(
    client: TestClient, token: str, workspace: Workspace, posting_text: str
) -> None:
    refused = client.get("/api/v1/csrf", headers={"host": REBOUND})
    assert refused.status_code == 400
    assert "token" not in refused.text
    assert "set-cookie" not in refused.headers
    # Even holding a valid token and cookie (say, read before the DNS answer changed).
    response = client.post(
        "/api/v1/jobs",
        json={"text": posting_text},
        headers={"host": REBOUND, "x-csrf-token": token},
    )
    assert response.status_code == 400
    assert list_jobs(workspace) == []


def test_a_rebound_page_gets_a_readable_error_page(client: TestClient) -> None:
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "SHORTLIST_ALLOWED_HOSTS" in response.text
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "localhost.", "[::1]:8000", "127.0.0.2"],
)
def test_loopback_names_and_addresses_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/v1/csrf", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host",
    [
        "",
        "attacker.test",
        "127.0.0.1.attacker.test",
        "localhost.attacker.test",
        "127.0.0.1@attacker.test",
        "[::1]x",
        "10.0.0.1",
        "0.0.0.0:8000",
    ],
)
def test_other_hosts_are_refused(client: TestClient, host: str) -> None:
    assert client.get("/api/v1/csrf", headers={"host": host}).status_code == 400


def test_allowed_hosts_adds_names_and_the_bound_address(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace(host="192.168.1.20", allowed_hosts="shortlist.lan, Box.Local")
    with local_client(create_app(workspace=workspace)) as client:
        for host in ("shortlist.lan", "box.local:8000", "192.168.1.20:8000", "127.0.0.1"):
            assert client.get("/api/v1/csrf", headers={"host": host}).status_code == 200, host
        assert client.get("/api/v1/csrf", headers={"host": "other.lan"}).status_code == 400


def test_a_star_answers_to_any_host(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace(allowed_hosts="*")
    with local_client(create_app(workspace=workspace)) as client:
        assert client.get("/api/v1/csrf", headers={"host": "anything.example"}).status_code == 200


def test_the_allowed_set_leaves_out_wildcard_binds() -> None:
    assert allowed_hosts("0.0.0.0", []) == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("127.0.0.1", ["shortlist.lan:8000", "[fe80::2]:8000"]) >= {
        "shortlist.lan",
        "fe80::2",
    }
    assert allowed_hosts("::", ["fe80::1", "Name."]) == {
        "localhost",
        "127.0.0.1",
        "::1",
        "fe80::1",
        "name",
    }


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Example.org:8000", "example.org"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("localhost.", "localhost"),
        ("a:b", None),
        ("[::1", None),
        ("user@host", None),
        (" ", None),
    ],
)
def test_host_names_are_read_from_the_header(header: str, name: str | None) -> None:
    assert host_name(header) == name


# Origin: a write sent by another site's page


def test_a_write_from_another_origin_is_refused_even_with_a_valid_token(
    client: TestClient, token: str, workspace: Workspace, posting_text: str
) -> None:
    response = client.post(
        "/api/v1/jobs",
        json={"text": posting_text},
        headers={"x-csrf-token": token, "origin": "http://attacker.test"},
    )
    assert response.status_code == 403
    assert response.json()["title"] == "Sent from another site"
    assert list_jobs(workspace) == []


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "null"},
        {"origin": "null", "sec-fetch-site": "cross-site"},
        {"origin": "http://attacker.test", "sec-fetch-site": "same-origin"},
        {"origin": "http://127.0.0.1:9999"},
        {"origin": "https://127.0.0.1:8000"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_a_form_post_from_another_origin_is_refused(
    client: TestClient, token: str, workspace: Workspace, posting_text: str, headers: dict[str, str]
) -> None:
    response = client.post(
        "/jobs", data={"text": posting_text, "csrf_token": token}, headers=headers
    )
    assert response.status_code == 403
    assert "nothing was changed" in response.text
    assert list_jobs(workspace) == []


def test_a_form_post_from_the_app_own_page_under_no_referrer_is_accepted(
    client: TestClient, token: str, workspace: Workspace, posting_text: str
) -> None:
    # What Chromium sends for our own form under a no-referrer policy (or a redirect).
    headers = {"origin": "null", "sec-fetch-site": "same-origin"}
    response = client.post(
        "/jobs", data={"text": posting_text, "csrf_token": token}, headers=headers
    )
    assert response.status_code == 200
    assert len(list_jobs(workspace)) == 1


def test_a_write_from_the_app_own_page_is_accepted(
    client: TestClient, token: str, workspace: Workspace, posting_text: str
) -> None:
    response = client.post(
        "/api/v1/jobs",
        json={"text": posting_text},
        headers={
            "x-csrf-token": token,
            "origin": "http://127.0.0.1:8000",
            "sec-fetch-site": "same-origin",
        },
    )
    assert response.status_code == 201
    assert len(list_jobs(workspace)) == 1


def test_a_read_from_another_origin_is_still_answered(client: TestClient) -> None:
    # The browser keeps a cross-origin answer from the page that asked; reads need no
    # Origin check, and refusing them would break links into the app from elsewhere.
    response = client.get(
        "/", headers={"origin": "http://other.example", "sec-fetch-site": "cross-site"}
    )
    assert response.status_code == 200


def test_a_websocket_from_a_rebound_host_is_closed_before_the_app_sees_it() -> None:
    reached: list[str] = []
    sent: list[dict[str, object]] = []

    async def app(scope: dict[str, object], receive: object, send: object) -> None:
        reached.append(str(scope["type"]))

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def receive() -> dict[str, object]:
        return {"type": "websocket.connect"}

    guard = HostGuardMiddleware(app, allowed_hosts("127.0.0.1", []), refuse=refusal_response)
    scope = {"type": "websocket", "path": "/ws", "headers": [(b"host", b"attacker.test")]}
    asyncio.run(guard(scope, receive, send))
    assert (reached, sent) == ([], [{"type": "websocket.close", "code": 1008}])
    asyncio.run(guard({**scope, "headers": [(b"host", b"127.0.0.1:8000")]}, receive, send))
    assert reached == ["websocket"]
