"""Schemathesis over /openapi.json: whatever the schema allows (and some of what it does
not), no call may end in a 500.

The app is the real one over a real SQLite workspace holding one row of each kind,
reached in-process (ASGI) as a browser on this machine reaches it: Host 127.0.0.1, the
CSRF cookie and header, so writes are exercised for real and not refused at the door.
Half the cases name those real rows in their path, so bodies and queries reach the code
behind the lookups. The cases are bounded and derived from a fixed seed (conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from tests.fuzz.conftest import FUZZ_PROFILE
from tests.web.conftest import LOCAL_URL, TODAY, local_client, settings_for
from tests.web.rows import one_of_each

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.web.app import create_app
from shortlist.web.security import CSRF_COOKIE
from shortlist.workspace import (
    NotFound,
    Workspace,
    get_cv_version,
    get_job,
    get_practice,
    get_recording,
    get_story,
)

#: Cases per operation: enough to cross each parameter's bounds and types a few times,
#: few enough that the whole run takes seconds.
EXAMPLES = max(10, FUZZ_PROFILE.max_examples // 25)
PARAMETER = re.compile(r"{(\w+)}")


class Rows:
    """One row of each kind, made again whenever a case deleted or replaced one."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.ids = one_of_each(ws)

    def ensure(self) -> None:
        ws, ids = self.ws, self.ids
        try:
            get_cv_version(ws, int(ids["cv_id"]))
            get_job(ws, int(ids["job_id"]))
            get_story(ws, int(ids["story_id"]))
            get_practice(ws, int(ids["session_id"]))
            get_recording(ws, int(ids["recording_id"]))
        except NotFound:
            self.ids = one_of_each(ws)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(settings_for(tmp_path / "data"), clock=FixedClock(TODAY))
    yield ws
    ws.close()


@pytest.fixture
def app(workspace: Workspace) -> FastAPI:
    return create_app(workspace=workspace)


@pytest.fixture
def csrf(app: FastAPI) -> tuple[str, str]:
    """A CSRF token and its cookie, as GET /api/v1/csrf hands them to a page."""
    with local_client(app) as client:
        token = client.get("/api/v1/csrf").json()["token"]
        cookie = client.cookies[CSRF_COOKIE]
    assert isinstance(token, str) and isinstance(cookie, str)
    return token, cookie


def test_no_call_is_a_server_error(
    app: FastAPI, workspace: Workspace, csrf: tuple[str, str]
) -> None:
    token, cookie = csrf
    rows = Rows(workspace)
    # Fetched under the host the app answers to, like every call after it.
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, headers={"Host": "127.0.0.1"})
    loaded = list(schema.get_all_operations())
    operations = [result.ok() for result in loaded if isinstance(result, Ok)]
    assert len(operations) == len(loaded), "parts of the schema do not load"
    assert len(operations) >= 40, "the schema lost operations"
    # Hypothesis runs per operation inside this one test: schemathesis's own pytest entry
    # point for a schema made by a fixture reads Function._nodeid, which pytest 9.2 does
    # not have.
    failures: list[str] = []
    succeeded: set[str] = set()
    for operation in operations:
        try:
            _fuzz(operation, rows, (token, cookie), succeeded)
        except Exception as error:  # every operation's failures, not only the first's
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
    # Not a run refused at the door (a Host or CSRF check): most operations did their work,
    # writes among them.
    assert len(succeeded) >= len(operations) * 2 // 3, sorted(succeeded)
    assert any(label.startswith(("POST", "PUT", "PATCH", "DELETE")) for label in succeeded)


def _fuzz(
    operation: APIOperation[Any, Any, Any, Any],
    rows: Rows,
    csrf: tuple[str, str],
    succeeded: set[str],
) -> None:
    token, cookie = csrf
    names = PARAMETER.findall(operation.path)

    @given(
        case=st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        ),
        real=st.booleans(),
    )
    @settings(FUZZ_PROFILE, max_examples=EXAMPLES)
    def call(case: Case[Any], real: bool) -> None:
        rows.ensure()
        if real and names and isinstance(case.path_parameters, dict):
            case.path_parameters.update({name: rows.ids[name] for name in names})
        response = case.call(
            base_url=LOCAL_URL,
            headers={"X-CSRF-Token": token},
            cookies={CSRF_COOKIE: cookie},
        )
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code < 300:
            succeeded.add(operation.label)

    call()
