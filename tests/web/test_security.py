"""CSRF, the body size limit, escaping and security headers, against the real app."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from fastapi import FastAPI
from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.workspace import Workspace, list_cv_versions, list_jobs

if TYPE_CHECKING:
    from starlette.testclient import TestClient

CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'"
)
MB = 1024 * 1024


# CSRF


def test_a_form_post_without_a_token_is_refused_with_403(
    client: TestClient, workspace: Workspace, cv_text: str
) -> None:
    client.get("/cv")  # the browser has its cookie, the attacker's form has no field
    response = client.post("/cv", data={"text": cv_text})
    assert response.status_code == 403
    assert "reload the page and try again" in response.text
    assert list_cv_versions(workspace) == []


def test_a_form_post_with_a_wrong_token_is_refused_with_403(
    client: TestClient, token: str, workspace: Workspace, cv_text: str
) -> None:
    response = client.post("/cv", data={"text": cv_text, "csrf_token": token[:-2] + "xx"})
    assert response.status_code == 403
    assert list_cv_versions(workspace) == []


def test_a_token_without_its_cookie_is_refused(
    app: FastAPI, token: str, workspace: Workspace, cv_text: str
) -> None:

    stranger = local_client(app)
    response = stranger.post("/cv", data={"text": cv_text, "csrf_token": token})
    assert response.status_code == 403
    assert list_cv_versions(workspace) == []


def test_a_cookie_with_a_forged_signature_is_refused(
    client: TestClient, workspace: Workspace, cv_text: str
) -> None:
    client.cookies.set("shortlist_csrf", "attacker-token." + "0" * 64)
    response = client.post("/cv", data={"text": cv_text, "csrf_token": "attacker-token"})
    assert response.status_code == 403
    assert list_cv_versions(workspace) == []


def test_a_form_post_with_the_token_from_the_page_is_accepted(
    client: TestClient, token: str, workspace: Workspace, cv_text: str
) -> None:
    response = client.post("/cv", data={"text": cv_text, "csrf_token": token})
    assert response.status_code == 200
    assert len(list_cv_versions(workspace)) == 1


def test_an_api_call_without_the_header_is_refused_as_problem_json(
    client: TestClient, token: str, workspace: Workspace, cv_text: str
) -> None:
    response = client.post("/api/v1/cv", json={"text": cv_text})
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Form expired"
    with_header = client.post("/api/v1/cv", json={"text": cv_text}, headers={"X-CSRF-Token": token})
    assert with_header.status_code == 201
    assert len(list_cv_versions(workspace)) == 1


UNSAFE_ROUTES = [
    ("POST", "/cv"),
    ("POST", "/cv/1/lines"),
    ("POST", "/jobs"),
    ("POST", "/jobs/1/status"),
    ("POST", "/jobs/1/delete"),
    ("POST", "/data/import"),
    ("POST", "/data/delete"),
    ("POST", "/api/v1/cv"),
    ("POST", "/api/v1/cv/file"),
    ("POST", "/api/v1/cv/1/edits"),
    ("POST", "/api/v1/jobs"),
    ("POST", "/api/v1/jobs/file"),
    ("PATCH", "/api/v1/jobs/1"),
    ("DELETE", "/api/v1/jobs/1"),
    ("POST", "/api/v1/import"),
    ("DELETE", "/api/v1/data"),
]


@pytest.mark.parametrize(("method", "path"), UNSAFE_ROUTES)
def test_every_unsafe_route_refuses_a_request_without_a_token(
    client: TestClient, method: str, path: str
) -> None:
    client.get("/cv")
    assert client.request(method, path).status_code == 403


def test_the_csrf_cookie_is_http_only_and_same_site_strict(client: TestClient) -> None:
    cookie = client.get("/cv").headers["set-cookie"]
    assert cookie.startswith("shortlist_csrf=")
    assert "; HttpOnly; SameSite=Strict" in cookie
    assert client.get("/cv").headers.get("set-cookie") is None  # kept, not reissued


# body size limit


@pytest.fixture
def small_app(make_workspace: Callable[..., Workspace]) -> Iterator[tuple[FastAPI, Workspace]]:
    workspace = make_workspace(max_file_mb=1.0)
    yield create_app(workspace=workspace), workspace


def test_an_oversize_upload_is_refused_by_content_length_before_a_byte_is_read(
    small_app: tuple[FastAPI, Workspace],
) -> None:
    app, workspace = small_app
    read: list[Any] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        read.append("body")
        return {"type": "http.request", "body": b"x" * 1024, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/cv",
        "raw_path": b"/cv",
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"content-type", b"multipart/form-data; boundary=x"),
            (b"content-length", str(2 * MB).encode()),
        ],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, receive, send))
    assert read == []
    assert sent[0]["status"] == 413
    body = b"".join(m.get("body", b"") for m in sent[1:]).decode()
    assert "the upload is larger than the limit of 1.2 MB" in body
    assert list_cv_versions(workspace) == []


def test_an_oversize_upload_without_a_length_is_stopped_while_streaming(
    small_app: tuple[FastAPI, Workspace],
) -> None:

    app, workspace = small_app
    client = local_client(app)
    token = client.get("/api/v1/csrf").json()["token"]

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"a" * 64 * 1024

    response = client.post(
        "/api/v1/jobs",
        content=chunks(),
        headers={"content-type": "application/json", "X-CSRF-Token": token},
    )
    assert response.status_code == 413
    assert response.json() == {
        "type": "urn:shortlist:too-large",
        "title": "Upload too large",
        "status": 413,
        "detail": "the upload is larger than the limit of 1.2 MB",
    }
    assert list_jobs(workspace) == []


def test_an_upload_over_the_file_limit_but_within_the_body_limit_gets_the_ingest_message(
    small_app: tuple[FastAPI, Workspace],
) -> None:

    app, _ = small_app
    client = local_client(app)
    token = client.get("/api/v1/csrf").json()["token"]
    response = client.post(
        "/cv",
        files={"file": ("big.txt", b"Python developer\n" * 66_000, "text/plain")},
        data={"csrf_token": token},
    )
    assert response.status_code == 422
    assert "big.txt is 1.1 MB; the limit is 1 MB (SHORTLIST_MAX_FILE_MB)" in response.text


# escaping and headers


def test_a_posting_with_a_script_tag_is_shown_escaped(
    client: TestClient, token: str, posting_text: str
) -> None:
    hostile = "<script>alert(1)</script> Senior Backend Engineer\n" + posting_text
    page = client.post("/jobs", data={"text": hostile, "csrf_token": token})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert page.text.count("<script") == 1  # ours: <script src="/static/app.js" defer>
    listed = client.get("/jobs")
    assert "<script>alert(1)" not in listed.text


@pytest.mark.parametrize("path", ["/cv", "/jobs", "/data", "/static/app.css", "/no/such/page"])
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script_or_event_handler(
    client: TestClient, token: str, cv_text: str, posting_text: str
) -> None:
    import re

    client.post("/cv", data={"text": cv_text, "csrf_token": token})
    job = client.post("/jobs", data={"text": posting_text, "csrf_token": token})
    for path in ["/cv", "/jobs", "/jobs/new", job.url.path, "/data", "/data/delete", "/docs"]:
        html = client.get(path).text
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>'], path
        assert re.search(r"\son[a-z]+\s*=", html) is None, path
        assert re.search(r"\sstyle\s*=", html) is None, path


def test_an_uploaded_original_is_served_only_as_a_download(client: TestClient, token: str) -> None:
    html = b"<html><body><h1>Engineer</h1><script>alert(1)</script><p>Python</p></body></html>"
    added = client.post(
        "/jobs", files={"file": ("post.html", html, "text/html")}, data={"csrf_token": token}
    )
    assert added.status_code == 200
    link = added.text.split('href="/files/', 1)[1].split('"', 1)[0]
    original = client.get(f"/files/{link}")
    assert original.content == html
    assert original.headers["content-disposition"] == (
        "attachment; filename=\"post.html\"; filename*=UTF-8''post.html"
    )


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    get = client.get("/jobs")
    head = client.head("/jobs")
    assert (head.status_code, get.status_code) == (200, 200)
    assert head.content == b""
    assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
