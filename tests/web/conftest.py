"""A real app over a real workspace (SQLite in tmp_path), driven through TestClient."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import docx
import pytest
from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.web.app import create_app
from shortlist.workspace import Workspace

with warnings.catch_warnings():
    # Starlette 1.x nudges TestClient users towards httpx2; httpx still works and is
    # what the project depends on.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

TODAY = dt.date(2025, 11, 1)
SAMPLES = resources.files("shortlist").joinpath("samples")


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def cv_text() -> str:
    """The bundled sample CV (an invented person)."""
    return SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")


@pytest.fixture
def posting_text() -> str:
    """The bundled sample posting (an invented company)."""
    return SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")


@pytest.fixture
def docx_bytes() -> Callable[[str], bytes]:
    """Makes a real DOCX with one paragraph per line of a text."""
    return _docx_bytes


def settings_for(data_dir: Path, database_url: str | None = None, **extra: object) -> Settings:
    url = database_url or f"sqlite:///{data_dir / 'shortlist.db'}"
    return Settings(data_dir=data_dir, database_url=url, **extra)  # type: ignore[arg-type]


@pytest.fixture
def make_workspace(tmp_path: Path) -> Iterator[Callable[..., Workspace]]:
    """Opens workspaces in fresh folders under tmp_path; closes them after the test."""
    opened: list[Workspace] = []
    count = iter(range(1, 100))

    def make(database_url: str | None = None, **extra: object) -> Workspace:
        data_dir = tmp_path / f"data-{next(count)}"
        workspace = open_workspace(
            settings_for(data_dir, database_url, **extra), clock=FixedClock(TODAY)
        )
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace()


@pytest.fixture
def app(workspace: Workspace) -> FastAPI:
    return create_app(workspace=workspace)


#: The app answers only to loopback host names (and SHORTLIST_ALLOWED_HOSTS), as a
#: browser on the same machine names it; TestClient's own default, "testserver", is refused.
LOCAL_URL = "http://127.0.0.1:8000"


def local_client(app: FastAPI, **options: Any) -> TestClient:
    """A TestClient that reaches the app as a browser on this machine does."""
    return TestClient(app, base_url=LOCAL_URL, **options)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with local_client(app, follow_redirects=True) as test_client:
        yield test_client


@pytest.fixture
def token(client: TestClient) -> str:
    """The client's CSRF token; the client keeps the matching cookie."""
    value = client.get("/api/v1/csrf").json()["token"]
    assert isinstance(value, str)
    return value
