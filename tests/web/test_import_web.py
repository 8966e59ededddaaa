"""Import and download over HTTP: a refused export is a 400 saying why (never a 500),
unfinished recordings are heard after an import, and a stored file name cannot break
the download's headers."""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from fastapi import FastAPI
from sqlalchemy import update
from tests.web.conftest import local_client

from shortlist.storage import DocumentRow
from shortlist.storage.export import MAX_DEPTH
from shortlist.web.app import create_app
from shortlist.workspace import (
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    start_practice,
    start_recording,
)

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROBLEM = "application/problem+json"
DEEP = ("[" * 100_000 + "]" * 100_000).encode()


def other_client(make_workspace: Callable[..., Workspace]) -> tuple[TestClient, str]:
    """A client of a second, empty workspace, with its CSRF token."""
    other = local_client(create_app(workspace=make_workspace()))
    return other, other.get("/api/v1/csrf").json()["token"]


def record(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    """A spoken answer three quarter-seconds in, not finished; its recording id."""
    add_cv(workspace, text=cv_text)
    job = add_job(workspace, text=posting_text)
    practice = start_practice(workspace, job.id, length=1, voice=True)
    assert practice.current_id is not None
    recording = start_recording(workspace, practice.id, practice.current_id)
    for index in range(3):
        add_chunk(workspace, recording.id, index, bytes([index + 1, 0]) * 4000)
    return recording.id


def test_an_unfinished_recording_is_heard_after_an_import_through_the_api(
    client: TestClient,
    workspace: Workspace,
    make_workspace: Callable[..., Workspace],
    cv_text: str,
    posting_text: str,
) -> None:
    recording = record(workspace, cv_text, posting_text)
    heard = client.get(f"/recordings/{recording}/audio.wav")
    assert heard.status_code == 200
    exported = client.get("/api/v1/export").json()
    other, token = other_client(make_workspace)

    imported = other.post("/api/v1/import", json=exported, headers={"X-CSRF-Token": token})

    assert imported.status_code == 204
    again = other.get(f"/recordings/{recording}/audio.wav")
    assert again.status_code == 200
    assert again.content == heard.content
    with wave.open(io.BytesIO(again.content)) as audio:
        assert audio.getnframes() == 12_000


@pytest.fixture
def export_with_a_job(
    client: TestClient, workspace: Workspace, posting_text: str
) -> dict[str, Any]:
    add_job(workspace, text=posting_text)
    data: dict[str, Any] = client.get("/api/v1/export").json()
    return data


def test_an_object_in_a_column_is_a_400_from_the_api(
    export_with_a_job: dict[str, Any], make_workspace: Callable[..., Workspace]
) -> None:
    export_with_a_job["tables"]["jobs"][0]["title"] = {"a": 1}
    other, token = other_client(make_workspace)

    response = other.post("/api/v1/import", json=export_with_a_job, headers={"X-CSRF-Token": token})

    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["detail"] == "jobs row 1: title must be text, not an object"
    assert other.get("/api/v1/jobs").json() == []


def test_an_unknown_schema_is_a_400_from_the_page(
    export_with_a_job: dict[str, Any], make_workspace: Callable[..., Workspace]
) -> None:
    export_with_a_job["schema"] = "9999"
    other, token = other_client(make_workspace)

    response = other.post(
        "/data/import",
        files={"file": ("export.json", json.dumps(export_with_a_job).encode(), "application/json")},
        data={"csrf_token": token},
    )

    assert response.status_code == 400
    assert "the export was written at database migration &#39;9999&#39;" in response.text


def test_json_nested_too_deeply_is_a_400_from_the_api_saying_so(
    make_workspace: Callable[..., Workspace],
) -> None:
    other, token = other_client(make_workspace)

    response = other.post(
        "/api/v1/import",
        content=DEEP,
        headers={"X-CSRF-Token": token, "content-type": "application/json"},
    )

    assert response.status_code == 400
    assert response.json()["detail"] == (
        f"the export nests objects and arrays more than {MAX_DEPTH} levels deep; "
        "Shortlist never writes one like that"
    )


def test_json_nested_too_deeply_is_a_400_from_the_page(
    make_workspace: Callable[..., Workspace],
) -> None:
    other, token = other_client(make_workspace)

    response = other.post(
        "/data/import",
        files={"file": ("export.json", DEEP, "application/json")},
        data={"csrf_token": token},
    )

    assert response.status_code == 400
    assert f"more than {MAX_DEPTH} levels deep" in response.text


def test_an_import_sent_as_a_form_to_the_api_is_a_400(
    make_workspace: Callable[..., Workspace],
) -> None:
    other, token = other_client(make_workspace)

    response = other.post("/api/v1/import", data={"csrf_token": token, "format": "x"})

    assert response.status_code == 400
    assert response.json()["detail"] == (
        "send the export as the JSON body (application/json), not a form"
    )


def test_the_api_documents_the_import_body_as_json(app: FastAPI) -> None:
    body = app.openapi()["paths"]["/api/v1/import"]["post"]["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {"type": "object"}


@pytest.mark.parametrize(
    ("stored", "fallback", "escaped"),
    [
        (
            "cv\r\nSet-Cookie: a=b.txt",
            "cv__Set-Cookie: a=b.txt",
            "cv%0D%0ASet-Cookie%3A%20a%3Db.txt",
        ),
        ('my "cv"\\v2%.txt', "my _cv__v2_.txt", "my%20%22cv%22%5Cv2%25.txt"),
        ("résumé/2025.txt", "r_sum__2025.txt", "r%C3%A9sum%C3%A9%2F2025.txt"),
    ],
)
def test_a_download_header_is_safe_for_any_stored_file_name(
    client: TestClient,
    workspace: Workspace,
    cv_text: str,
    stored: str,
    fallback: str,
    escaped: str,
) -> None:
    cv = add_cv(workspace, data=cv_text.encode(), filename="cv.txt")
    # Stored as an older Shortlist or a hand-edited database might have it.
    with workspace.db.session() as session:
        session.execute(update(DocumentRow).values(filename=stored))

    response = client.get(f"/files/{cv.document_id}")

    assert response.status_code == 200
    assert response.content == cv_text.encode()
    assert response.headers["content-disposition"] == (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{escaped}"
    )
