"""The JSON API: the same data as the pages, and errors as problem+json."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import FastAPI
from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.workspace import Workspace

if TYPE_CHECKING:
    from starlette.testclient import TestClient

ROLE_HEADER = "Senior Backend Engineer, Brightcart Ltd (online grocery), Manchester"
PROBLEM = "application/problem+json"


def test_the_api_covers_the_journey_with_the_same_data_as_the_pages(
    client: TestClient,
    token: str,
    cv_text: str,
    posting_text: str,
    docx_bytes: Callable[[str], bytes],
    make_workspace: Callable[..., Workspace],
) -> None:
    headers = {"X-CSRF-Token": token}
    assert client.get("/api/v1/cv").json() == {"current": None, "versions": []}

    uploaded = client.post(
        "/api/v1/cv/file",
        files={"file": ("cv.docx", docx_bytes(cv_text), "application/octet-stream")},
        data={"label": "Main CV"},
        headers=headers,
    )
    assert uploaded.status_code == 201
    cv = uploaded.json()
    assert (cv["number"], cv["label"], cv["source"], cv["filename"]) == (
        1,
        "Main CV",
        "upload",
        "cv.docx",
    )

    understanding = client.get(f"/api/v1/cv/{cv['id']}/understanding").json()
    assert [(r["title"], r["start"], r["end"]) for r in understanding["roles"]] == [
        ("Senior Backend Engineer", "2025-06", "2025-11"),
        ("Backend Engineer", "2019-06", "2025-05"),
        ("Software Developer", "2016-09", "2019-05"),
    ]

    job = client.post("/api/v1/jobs", json={"text": posting_text}, headers=headers)
    assert job.status_code == 201
    job_id = job.json()["id"]
    assert job.json()["title"] == "Senior Backend Engineer"

    report = client.get(f"/api/v1/jobs/{job_id}/report").json()
    assert (report["score"], report["band"]) == (64, "Partial match")
    assert report["doubt"]["requirement"] == "Production experience with Apache Kafka"
    assert report["report"]["requirements"][0]["status"] == "met"

    edited = client.post(
        f"/api/v1/cv/{cv['id']}/edits",
        json={"old_line": ROLE_HEADER, "new_line": ROLE_HEADER.replace("Senior", "Lead")},
        headers=headers,
    )
    assert edited.status_code == 201
    compared = client.get(f"/api/v1/jobs/{job_id}/compare?a={cv['id']}&b={edited.json()['id']}")
    assert compared.json()["score_change"] == 0

    moved = client.patch(
        f"/api/v1/jobs/{job_id}",
        json={"status": "interviewing", "round_number": 2, "round_date": "2025-11-20"},
        headers=headers,
    )
    assert moved.json()["rounds"] == [{"number": 2, "date": "2025-11-20", "notes": ""}]
    listed = client.get("/api/v1/jobs?sort=score&status=interviewing").json()
    assert [(j["id"], j["status"], j["round"], j["score"]) for j in listed] == [
        (job_id, "interviewing", 2, 64)
    ]

    exported = client.get("/api/v1/export").json()
    other_app = create_app(workspace=make_workspace())

    other = local_client(other_app)
    other_token = other.get("/api/v1/csrf").json()["token"]
    imported = other.post("/api/v1/import", json=exported, headers={"X-CSRF-Token": other_token})
    assert imported.status_code == 204
    assert other.get("/api/v1/export").json() == exported

    again = other.post("/api/v1/import", json=exported, headers={"X-CSRF-Token": other_token})
    assert again.status_code == 400
    assert again.json()["detail"].startswith("this workspace already holds data")

    assert client.delete(f"/api/v1/jobs/{job_id}", headers=headers).status_code == 204
    assert client.get("/api/v1/jobs").json() == []
    assert client.delete("/api/v1/data", headers=headers).status_code == 204
    assert client.get("/api/v1/cv").json() == {"current": None, "versions": []}


def test_a_missing_job_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/api/v1/jobs/42/report")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert response.json() == {
        "type": "urn:shortlist:not-found",
        "title": "Not found",
        "status": 404,
        "detail": "no job with id 42",
    }


def test_an_unreadable_posting_is_a_422_problem_with_the_ingest_message(
    client: TestClient, token: str
) -> None:
    response = client.post(
        "/api/v1/jobs/file",
        files={"file": ("job.docx", b"PK\x03\x04 not a zip", "application/octet-stream")},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert response.json() == {
        "type": "urn:shortlist:unreadable",
        "title": "Could not read that",
        "status": 422,
        "detail": "job.docx is not a readable DOCX (damaged, or not a Word document)",
    }


def test_a_refused_request_is_a_400_problem_with_the_workspace_message(
    client: TestClient, token: str, posting_text: str
) -> None:
    response = client.post(
        "/api/v1/jobs",
        json={"text": posting_text, "url": "https://example.com/job"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 400
    assert response.json() == {
        "type": "urn:shortlist:refused",
        "title": "Not possible",
        "status": 400,
        "detail": "give the posting one way only, not both text and url",
    }


def test_a_private_url_is_refused_with_the_fetch_message(client: TestClient, token: str) -> None:
    response = client.post(
        "/api/v1/jobs", json={"url": "http://127.0.0.1:9/job"}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 422
    assert response.json()["type"] == "urn:shortlist:unreadable"
    assert "SHORTLIST_ALLOW_PRIVATE_URLS" in response.json()["detail"]


def test_a_malformed_body_is_a_422_problem_naming_the_field(client: TestClient, token: str) -> None:
    response = client.patch(
        "/api/v1/jobs/1", json={"round_number": 0}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 422
    assert response.json() == {
        "type": "urn:shortlist:invalid-request",
        "title": "Invalid request",
        "status": 422,
        "detail": (
            "status: Field required; round_number: Input should be greater than or equal to 1"
        ),
    }


def test_an_unknown_api_path_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/api/v1/nothing")
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 404


def test_the_openapi_document_lists_every_api_route_and_no_page(app: FastAPI) -> None:
    paths = app.openapi()["paths"]
    assert sorted(paths) == [
        "/api/v1/csrf",
        "/api/v1/cv",
        "/api/v1/cv/file",
        "/api/v1/cv/{cv_id}",
        "/api/v1/cv/{cv_id}/corrections",
        "/api/v1/cv/{cv_id}/edits",
        "/api/v1/cv/{cv_id}/misread-lines",
        "/api/v1/cv/{cv_id}/misread-lines/{start}",
        "/api/v1/cv/{cv_id}/removed-skills",
        "/api/v1/cv/{cv_id}/understanding",
        "/api/v1/data",
        "/api/v1/export",
        "/api/v1/import",
        "/api/v1/jobs",
        "/api/v1/jobs/file",
        "/api/v1/jobs/{job_id}",
        "/api/v1/jobs/{job_id}/compare",
        "/api/v1/jobs/{job_id}/plan",
        "/api/v1/jobs/{job_id}/plan.md",
        "/api/v1/jobs/{job_id}/plan/asks/{ask_id}",
        "/api/v1/jobs/{job_id}/report",
        "/api/v1/jobs/{job_id}/rounds/{number}/journal",
        "/api/v1/journal/split",
        "/api/v1/practice",
        "/api/v1/practice/trends",
        "/api/v1/practice/{session_id}",
        "/api/v1/practice/{session_id}/items/{item_id}/answer",
        "/api/v1/practice/{session_id}/items/{item_id}/draft",
        "/api/v1/practice/{session_id}/items/{item_id}/recording",
        "/api/v1/practice/{session_id}/items/{item_id}/recording/file",
        "/api/v1/practice/{session_id}/items/{item_id}/retry",
        "/api/v1/practice/{session_id}/items/{item_id}/skip",
        "/api/v1/practice/{session_id}/items/{item_id}/transcript",
        "/api/v1/recordings/{recording_id}",
        "/api/v1/recordings/{recording_id}/chunks/{index}",
        "/api/v1/recordings/{recording_id}/finish",
        "/api/v1/stories",
        "/api/v1/stories/{story_id}",
    ]
    assert sorted(paths["/api/v1/jobs/{job_id}"]) == ["delete", "get", "patch"]
