"""Every page renders with a real workspace; errors are friendly pages, never tracebacks."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.web.conftest import local_client

from shortlist.workspace import Workspace, add_cv, add_job, edit_cv_line, list_cv_versions

if TYPE_CHECKING:
    from starlette.testclient import TestClient

ROLE_HEADER = "Senior Backend Engineer, Brightcart Ltd (online grocery), Manchester"


@pytest.fixture
def filled(workspace: Workspace, cv_text: str, posting_text: str) -> dict[str, int]:
    """A workspace with two CV versions and one job, through the workspace functions."""
    first = add_cv(workspace, text=cv_text)
    second = edit_cv_line(workspace, first.id, ROLE_HEADER, ROLE_HEADER.replace("Senior", "Lead"))
    job = add_job(workspace, text=posting_text)
    return {"cv_a": first.id, "cv_b": second.id, "job": job.id}


def test_every_page_renders_with_data(client: TestClient, filled: dict[str, int]) -> None:
    job, a, b = filled["job"], filled["cv_a"], filled["cv_b"]
    pages = {
        "/cv": "My CV",
        f"/cv/{a}": "version 1",
        "/jobs": "Senior Backend Engineer",
        "/jobs?sort=score&status=saved": "Senior Backend Engineer",
        "/jobs/new": "Add a job",
        f"/jobs/{job}": "The doubt to close",
        f"/jobs/{job}?cv={a}": "The doubt to close",
        f"/jobs/{job}/compare": "Compare CV versions",
        f"/jobs/{job}/compare?a={a}&b={b}": "The same score.",
        "/data": "My data",
        "/data/delete": "Delete everything?",
        "/docs": "GET /api/v1/jobs/{job_id}/report",
    }
    for path, expected in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"] == "text/html; charset=utf-8", path
        assert expected in response.text, path


def test_every_page_renders_on_an_empty_workspace(client: TestClient) -> None:
    for path in ["/cv", "/jobs", "/jobs/new", "/data", "/data/delete", "/docs"]:
        assert client.get(path).status_code == 200, path
    assert 'Add <a href="/cv">your CV</a>' in client.get("/jobs").text


def test_the_start_page_sends_a_first_visit_to_the_cv_and_a_return_visit_to_the_jobs(
    client: TestClient, workspace: Workspace, cv_text: str
) -> None:
    assert client.get("/", follow_redirects=False).headers["location"] == "/cv"
    add_cv(workspace, text=cv_text)
    assert client.get("/", follow_redirects=False).headers["location"] == "/jobs"


def test_the_cv_page_shows_what_was_understood(client: TestClient, filled: dict[str, int]) -> None:
    page = client.get(f"/cv/{filled['cv_a']}").text
    assert "<strong>Senior Backend Engineer</strong>, Brightcart Ltd (online grocery)" in page
    assert "Sep 2016 to May 2019 · 2 yrs 9 mos" in page
    assert '<rect class="" x="0.0%" y="0" width="29.73%" height="100%" rx="3">' in page
    assert '<th scope="row">Python</th>' in page
    assert "BSc (Hons) Computer Science, University of Sheffield" in page
    assert f'<input type="hidden" name="old_line" value="{ROLE_HEADER}">' in page


def test_the_job_list_sorts_by_score_and_filters_by_status(
    client: TestClient, workspace: Workspace, token: str, filled: dict[str, int]
) -> None:
    weak = add_job(workspace, text="Nurse\n\nRequirements\n- Registered nurse (NMC)\n- Phlebotomy")
    client.post(f"/jobs/{weak.id}/status", data={"status": "applied", "csrf_token": token})
    strong_link, weak_link = f'href="/jobs/{filled["job"]}"', f'href="/jobs/{weak.id}"'
    by_date = client.get("/jobs?sort=date").text
    by_score = client.get("/jobs?sort=score").text
    assert by_date.index(weak_link) < by_date.index(strong_link)
    assert by_score.index(strong_link) < by_score.index(weak_link)
    applied = client.get("/jobs?status=applied").text
    assert f'href="/jobs/{weak.id}"' in applied
    assert f'href="/jobs/{filled["job"]}"' not in applied


def test_an_unknown_status_filter_is_a_friendly_400(client: TestClient) -> None:
    response = client.get("/jobs?status=hired")
    assert response.status_code == 400
    assert "unknown status &#39;hired&#39;; use one of saved, applied" in response.text


def test_a_bad_file_gives_a_friendly_page_with_the_one_line_ingest_message(
    client: TestClient, token: str, workspace: Workspace
) -> None:
    response = client.post(
        "/cv",
        files={"file": ("cv.pdf", b"%PDF-1.7 this is not really a PDF", "application/pdf")},
        data={"csrf_token": token},
    )
    assert response.status_code == 422
    assert "<h1>Could not read that</h1>" in response.text
    assert "<p>cv.pdf is not a readable PDF (damaged or truncated)</p>" in response.text
    assert "Traceback" not in response.text
    assert list_cv_versions(workspace) == []


def test_an_empty_form_says_what_to_give(client: TestClient, token: str) -> None:
    response = client.post("/jobs", data={"text": "  ", "url": "", "csrf_token": token})
    assert response.status_code == 400
    assert "paste the posting, choose its file, or give its address" in response.text


def test_a_missing_job_is_a_friendly_404(client: TestClient) -> None:
    response = client.get("/jobs/999")
    assert response.status_code == 404
    assert "<p>no job with id 999</p>" in response.text
    unknown = client.get("/nowhere")
    assert unknown.status_code == 404
    assert "There is nothing at this address." in unknown.text


def test_an_unexpected_error_is_a_500_page_without_details(
    app: FastAPI, workspace: Workspace
) -> None:

    with workspace.db.engine.begin() as connection:
        connection.execute(text("DROP TABLE jobs"))
    client = local_client(app, raise_server_exceptions=False)
    page = client.get("/jobs")
    assert page.status_code == 500
    assert "Something went wrong on our side." in page.text
    assert "no such table" not in page.text
    assert page.headers["x-frame-options"] == "DENY"
    api = client.get("/api/v1/jobs")
    assert api.json() == {
        "type": "about:blank",
        "title": "Internal error",
        "status": 500,
        "detail": "Something went wrong on our side. Your data is unchanged; try again.",
    }


def test_the_pwa_files_are_served_with_their_types(client: TestClient) -> None:
    manifest = client.get("/static/manifest.webmanifest")
    assert manifest.headers["content-type"] == "application/manifest+json"
    data = json.loads(manifest.text)
    assert (data["start_url"], data["display"]) == ("/", "standalone")
    assert [i["src"] for i in data["icons"]] == ["/static/icon.svg", "/static/icon.svg"]
    icon = client.get("/static/icon.svg")
    assert icon.headers["content-type"] == "image/svg+xml"
    assert icon.text.startswith("<svg ")
    worker = client.get("/sw.js")
    assert worker.headers["content-type"].startswith("text/javascript")
    assert "shortlist-shell-v1" in worker.text
    script = client.get("/static/app.js").text
    assert 'navigator.serviceWorker.register("/sw.js"' in script
    assert '"X-CSRF-Token": csrfToken()' in script


def test_every_input_has_a_label(
    client: TestClient, filled: dict[str, int], docx_bytes: Callable[[str], bytes]
) -> None:
    for path in ["/cv", "/jobs", "/jobs/new", f"/jobs/{filled['job']}", "/data", "/data/delete"]:
        html = client.get(path).text
        fields = re.findall(r'<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*>', html)
        assert fields, path
        for field in fields:
            found = re.search(r'id="([^"]+)"', field)
            assert found is not None, (path, field)
            assert f'<label for="{found.group(1)}"' in html, (path, field)


def test_importing_a_file_that_is_not_an_export_says_so(client: TestClient, token: str) -> None:
    response = client.post(
        "/data/import",
        files={"file": ("notes.json", b"my notes, not JSON", "application/json")},
        data={"csrf_token": token},
    )
    assert response.status_code == 400
    assert "that file is not a Shortlist export (it is not JSON)" in response.text


def test_importing_into_a_workspace_with_data_is_refused(
    client: TestClient, token: str, filled: dict[str, int]
) -> None:
    export = client.get("/data/export").content
    response = client.post(
        "/data/import",
        files={"file": ("export.json", export, "application/json")},
        data={"csrf_token": token},
    )
    assert response.status_code == 400
    assert "this workspace already holds data; import only into an empty one" in response.text
