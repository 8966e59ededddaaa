"""Two apps on one database, as `shortlist serve --workers 2` runs them: a write through
one is on the very next page the other serves, though each keeps the views it computed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from starlette.testclient import TestClient
from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.workspace import Workspace

SCORE_64 = '<span class="number">64</span>'


@pytest.fixture
def two_clients(
    make_workspace: Callable[..., Workspace], new_database_url: Callable[[], str]
) -> Iterator[tuple[TestClient, TestClient]]:
    url = new_database_url()
    with (
        local_client(create_app(workspace=make_workspace(url))) as one,
        local_client(create_app(workspace=make_workspace(url))) as two,
    ):
        yield one, two


def headers(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/v1/csrf").json()["token"]}


def test_a_write_through_one_app_is_on_the_next_page_of_the_other(
    two_clients: tuple[TestClient, TestClient], cv_text: str, posting_text: str
) -> None:
    one, two = two_clients
    assert one.post("/api/v1/cv", json={"text": cv_text}, headers=headers(one)).status_code == 201
    job = one.post("/api/v1/jobs", json={"text": posting_text}, headers=headers(one)).json()

    listed = two.get("/jobs").text
    assert (SCORE_64 in listed, "Senior Backend Engineer" in listed) == (True, True)
    assert SCORE_64 in two.get(f"/jobs/{job['id']}").text

    patch = one.patch(f"/api/v1/jobs/{job['id']}", json={"status": "offer"}, headers=headers(one))
    assert patch.status_code == 200
    assert '<span class="pill">Offer</span>' in two.get("/jobs").text
    assert "<strong data-job-status>Offer</strong>" in two.get(f"/jobs/{job['id']}").text

    second_cv = one.post(
        "/api/v1/cv", json={"text": cv_text, "label": "Second"}, headers=headers(one)
    )
    assert second_cv.status_code == 201
    assert "Against CV version 2 (Second)." in two.get(f"/jobs/{job['id']}").text

    assert one.delete(f"/api/v1/jobs/{job['id']}", headers=headers(one)).status_code == 204
    assert two.get(f"/jobs/{job['id']}").status_code == 404
    assert "No jobs saved yet." in two.get("/jobs").text
