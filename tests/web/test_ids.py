"""Ids outside the database's range are a 404 on every route, on SQLite and PostgreSQL.

The routes are read from the app itself, so a route added later is checked too: each
path parameter in turn gets an out-of-range value while the others name real rows, and
the answer must be the app's ordinary 404 (problem+json under /api, the page elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from tests.web.conftest import TestClient, local_client
from tests.web.rows import one_of_each

from shortlist.web.app import create_app
from shortlist.web.ids import MAX_ID
from shortlist.workspace import Workspace

PROBLEM = "application/problem+json"
#: Past the INTEGER columns (PostgreSQL's int4), past SQLite's int64, and far past both.
TOO_BIG = (MAX_ID + 1, 2**63, 2**64, 10**30)
#: Path parameters that are not numbers at all.
NOT_NUMBERS = {"ask_id"}
#: Counted from 0 or 1 rather than row ids: 0 is a value the route itself answers (a
#: chunk index, a line's offset, or a round number the workspace refuses with its own 400).
COUNTS = {"index", "number", "start"}
PARAMETER = re.compile(r"{(\w+)(?::\w+)?}")


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    parameters: tuple[str, ...]


def calls_with_path_parameters(app: FastAPI) -> Iterator[Call]:
    """Every method of every route whose path takes a parameter."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        path = context.path
        if not isinstance(route, APIRoute) or not path or "{" not in path:
            continue
        for method in sorted(context.methods or ()):
            if method != "HEAD":
                yield Call(method, path, tuple(PARAMETER.findall(path)))


@pytest.fixture
def real(ws: Workspace) -> dict[str, int | str]:
    """One real row of each kind, so only the parameter under test names nothing."""
    return one_of_each(ws)


@pytest.fixture
def app(ws: Workspace) -> FastAPI:
    return create_app(workspace=ws)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    # A 500 is one more wrong answer to list, not an exception that stops the loop.
    with local_client(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _bad_values(parameter: str) -> tuple[int, ...]:
    if parameter in COUNTS:
        return (*TOO_BIG, -1)
    return (*TOO_BIG, -1, 0)


def _url(path: str, values: dict[str, int | str]) -> str:
    return PARAMETER.sub(lambda match: str(values[match.group(1)]), path)


def test_every_route_answers_404_to_an_id_out_of_range(
    app: FastAPI, client: TestClient, real: dict[str, int | str]
) -> None:
    token = client.get("/api/v1/csrf").json()["token"]
    calls = list(calls_with_path_parameters(app))
    # The enumeration itself must not go quiet (FastAPI once stopped flattening
    # included routers into app.routes, and a loop over nothing passes).
    assert len(calls) >= 50
    seen = {(call.method, call.path) for call in calls}
    assert ("PUT", "/api/v1/recordings/{recording_id}/chunks/{index}") in seen
    assert ("GET", "/files/{document_id}") in seen

    unknown = {p for call in calls for p in call.parameters} - real.keys()
    assert not unknown, f"a new path parameter: add a real value for {unknown} above"

    wrong = []
    for call in calls:
        for parameter in call.parameters:
            if parameter in NOT_NUMBERS:
                continue
            for bad in _bad_values(parameter):
                values = {**real, parameter: bad}
                url = _url(call.path, values)
                response = client.request(call.method, url, headers={"X-CSRF-Token": token})
                api = url.startswith("/api/")
                kind = response.headers.get("content-type", "")
                if response.status_code != 404 or (PROBLEM in kind) != api:
                    wrong.append(f"{call.method} {url}: {response.status_code} {kind}")
    assert not wrong, "\n".join(wrong)


def _integers(node: Any, components: dict[str, Any], seen: set[str]) -> Iterator[dict[str, Any]]:
    """Every integer schema in a part of the OpenAPI document, following $refs."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            if name not in seen:
                seen.add(name)
                yield from _integers(components[name], components, seen)
            return
        if node.get("type") == "integer":
            yield node
        for value in node.values():
            yield from _integers(value, components, seen)
    elif isinstance(node, list):
        for value in node:
            yield from _integers(value, components, seen)


def test_every_integer_the_api_takes_has_the_database_s_bounds(app: FastAPI) -> None:
    spec = app.openapi()
    components = spec["components"]["schemas"]
    unbounded, checked = [], 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            request = [operation.get("parameters", []), operation.get("requestBody", {})]
            for schema in _integers(request, components, set()):
                checked += 1
                if schema.get("maximum") is None or schema["maximum"] > MAX_ID:
                    unbounded.append(f"{method.upper()} {path}: {schema}")
    assert checked >= 40
    assert not unbounded, "\n".join(unbounded)


@pytest.mark.parametrize("bad", [MAX_ID + 1, 2**63, 10**30, 0, -1])
def test_an_id_out_of_range_in_a_query_or_a_body_is_a_404(
    client: TestClient, real: dict[str, int | str], bad: int
) -> None:
    token = client.get("/api/v1/csrf").json()["token"]
    job, session = real["job_id"], real["session_id"]
    calls: list[tuple[str, str, dict[str, Any] | None]] = [
        ("GET", f"/api/v1/jobs/{job}/report?cv={bad}", None),
        ("GET", f"/api/v1/jobs/{job}/compare?a={bad}&b={real['cv_id']}", None),
        ("GET", f"/api/v1/practice?job={bad}", None),
        ("POST", "/api/v1/practice", {"job_id": bad}),
        ("PUT", f"/api/v1/jobs/{job}/rounds/1/journal", {"stories_used": [bad]}),
        ("GET", f"/jobs/{job}?cv={bad}", None),
        ("GET", f"/jobs/{job}/compare?a={real['cv_id']}&b={bad}", None),
        ("GET", f"/practice/{session}?answered={bad}", None),
    ]
    for method, url, body in calls:
        response = client.request(method, url, json=body, headers={"X-CSRF-Token": token})
        assert response.status_code == 404, f"{method} {url} {body}: {response.text[:300]}"
        problem = PROBLEM in response.headers["content-type"]
        assert problem == url.startswith("/api/"), url


@pytest.mark.parametrize("bad", [MAX_ID + 1, 2**63, -(2**63) - 1])
def test_a_whole_number_past_an_integer_column_is_refused_not_a_500(
    client: TestClient, real: dict[str, int | str], bad: int
) -> None:
    token = client.get("/api/v1/csrf").json()["token"]
    headers = {"X-CSRF-Token": token}
    job, session, item = real["job_id"], real["session_id"], real["item_id"]
    plan = {"round": "first", "personas": ["hiring_manager"]}
    api: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", "/api/v1/practice", {"job_id": job, "seed": bad}),
        ("POST", "/api/v1/practice", {"job_id": job, "length": bad}),
        ("PUT", f"/api/v1/jobs/{job}/plan", {**plan, "seed": bad}),
        ("PUT", f"/api/v1/jobs/{job}/plan", {**plan, "duration_minutes": bad}),
        ("PATCH", f"/api/v1/jobs/{job}", {"status": "interviewing", "round_number": bad}),
        ("PUT", f"/api/v1/jobs/{job}/rounds/1/journal", {"worst": bad}),
        (
            "POST",
            f"/api/v1/practice/{session}/items/{item}/answer",
            {"text": "I", "seconds_taken": bad},
        ),
        ("POST", f"/api/v1/recordings/{real['recording_id']}/finish", {"seconds_taken": bad}),
    ]
    for method, url, body in api:
        response = client.request(method, url, json=body, headers=headers)
        assert response.status_code in (400, 422), f"{method} {url} {body}: {response.text[:300]}"
        assert PROBLEM in response.headers["content-type"]
        if bad > 0:
            assert f"less than or equal to {MAX_ID}" in response.json()["detail"], url
    # The pages' forms show the refusal in the form, as they do a number they cannot read.
    text = str(bad)
    forms: list[tuple[str, dict[str, str]]] = [
        ("/practice", {"job_id": text}),
        ("/practice", {"job_id": str(job), "length": text}),
        (f"/jobs/{job}/plan", {"round": "first", "seed": text, "duration_minutes": text}),
        (f"/jobs/{job}/rounds/1/journal", {"worst": text, "story": text}),
        (f"/practice/{session}/items/{item}/answer", {"text": "I did it.", "seconds_taken": text}),
        (f"/jobs/{job}/status", {"status": "interviewing", "round_number": text}),
    ]
    for url, form in forms:
        response = client.post(url, data=form, headers=headers)
        assert response.status_code in (400, 422), f"POST {url} {form}: {response.status_code}"
        assert "text/html" in response.headers["content-type"]
        if bad > 0:
            said = ("is out of range", f"less than or equal to {MAX_ID}")
            assert any(words in response.text for words in said), url
