"""The whole journey through the pages, as a browser without JavaScript would post it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.workspace import Workspace, list_cv_versions, list_jobs

if TYPE_CHECKING:
    from starlette.testclient import TestClient

ROLE_HEADER = "Senior Backend Engineer, Brightcart Ltd (online grocery), Manchester"


def form_token(html: str) -> str:
    """The CSRF token in a page's hidden field, as a browser would send it back."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, "the page has no CSRF field"
    return found.group(1)


def test_the_whole_journey_from_first_cv_to_deleting_everything(
    make_workspace: Callable[..., Workspace],
    new_database_url: Callable[[], str],
    cv_text: str,
    posting_text: str,
    docx_bytes: Callable[[str], bytes],
) -> None:

    workspace = make_workspace(new_database_url())
    client = local_client(create_app(workspace=workspace))

    first = client.get("/")
    assert first.url.path == "/cv"
    assert "Start with your CV" in first.text

    uploaded = client.post(
        "/cv",
        files={"file": ("alex-morgan.docx", docx_bytes(cv_text), "application/octet-stream")},
        data={"csrf_token": form_token(first.text), "label": ""},
    )
    assert uploaded.status_code == 200
    assert re.fullmatch(r"/cv/\d+", uploaded.url.path)
    assert "alex-morgan.docx" in uploaded.text
    assert ROLE_HEADER in uploaded.text
    assert "<rect " in uploaded.text  # the role timeline

    new_job = client.get("/jobs/new")
    added = client.post(
        "/jobs", data={"text": posting_text, "csrf_token": form_token(new_job.text)}
    )
    assert re.fullmatch(r"/jobs/\d+", added.url.path)
    job_id = int(added.url.path.rsplit("/", 1)[1])
    assert "<h1>Senior Backend Engineer</h1>" in added.text
    assert "The doubt to close" in added.text
    assert "Production experience with Apache Kafka" in added.text
    assert '<span class="badge band-partial"><span class="number">64</span>' in added.text
    assert "<mark>Python</mark>" in added.text

    cv_page = client.get("/cv")
    edited = client.post(
        f"/cv/{list_cv_versions(workspace)[0].id}/lines",
        data={
            "old_line": ROLE_HEADER,
            "new_line": "Lead Backend Engineer, Brightcart Ltd (online grocery), Manchester",
            "csrf_token": form_token(cv_page.text),
        },
    )
    assert "version 2" in edited.text
    assert "Lead Backend Engineer" in edited.text
    assert [v.label for v in list_cv_versions(workspace)] == [
        "alex-morgan.docx, edited",
        "alex-morgan.docx",
    ]

    compared = client.get(f"/jobs/{job_id}/compare")
    assert compared.status_code == 200
    assert "The same score." in compared.text

    job_page = client.get(f"/jobs/{job_id}")
    moved = client.post(
        f"/jobs/{job_id}/status",
        data={
            "status": "interviewing",
            "round_number": "2",
            "round_date": "2025-11-20",
            "csrf_token": form_token(job_page.text),
        },
    )
    assert "Interviewing (round 2)" in moved.text
    assert "Round 2: 20 Nov 2025" in moved.text
    assert "The status was saved." in moved.text

    listed = client.get("/jobs?sort=score&status=interviewing")
    assert "Interviewing (round 2)" in listed.text
    assert f'href="/jobs/{job_id}"' in listed.text

    exported = client.get("/data/export")
    assert exported.headers["content-disposition"] == (
        'attachment; filename="shortlist-export-2025-11-01.json"'
    )

    fresh = make_workspace(new_database_url())
    other = local_client(create_app(workspace=fresh))
    data_page = other.get("/data")
    imported = other.post(
        "/data/import",
        files={"file": ("export.json", exported.content, "application/json")},
        data={"csrf_token": form_token(data_page.text)},
    )
    assert "The export was imported." in imported.text
    assert [(j.title, j.status, j.round, j.score) for j in list_jobs(fresh)] == [
        ("Senior Backend Engineer", "interviewing", 2, 64)
    ]
    assert other.get("/data/export").json() == exported.json()

    deleted_job = client.post(
        f"/jobs/{job_id}/delete", data={"csrf_token": form_token(job_page.text)}
    )
    assert "The job was deleted." in deleted_job.text
    assert list_jobs(workspace) == []

    confirm = client.get("/data/delete")
    refused = client.post("/data/delete", data={"csrf_token": form_token(confirm.text)})
    assert refused.status_code == 400
    assert "tick the box" in refused.text
    gone = client.post(
        "/data/delete", data={"csrf_token": form_token(confirm.text), "confirm": "yes"}
    )
    assert "Everything was deleted" in gone.text
    assert "Start with your CV" in gone.text
    assert list_cv_versions(workspace) == []
    assert list(workspace.files.names()) == []


@pytest.mark.parametrize("status", ["applied", "offer"])
def test_round_fields_left_in_the_form_are_ignored_for_other_statuses(
    client: TestClient, token: str, posting_text: str, status: str
) -> None:
    added = client.post("/jobs", data={"text": posting_text, "csrf_token": token})
    moved = client.post(
        f"{added.url.path}/status",
        data={"status": status, "round_number": "3", "round_date": "", "csrf_token": token},
    )
    assert moved.status_code == 200
    assert f"<strong data-job-status>{status.capitalize()}</strong>" in moved.text
