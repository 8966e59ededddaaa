"""The CV page's corrections, through the browser's forms and through the API: remove a
skill, mark a line as misread, restore either; the job's report follows."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import pytest

from shortlist.workspace import Workspace, add_cv, add_job, edit_cv_line, get_report

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROBLEM = "application/problem+json"
REST_ROW = "Experience designing and versioning REST APIs"
REST_LINE = "- Designed the versioned REST API for the partner programme, now used by 60 retailers."


@pytest.fixture
def ids(workspace: Workspace, cv_text: str, posting_text: str) -> dict[str, int]:
    cv = add_cv(workspace, text=cv_text)
    job = add_job(workspace, text=posting_text)
    return {"cv": cv.id, "job": job.id}


def _forms(page: str, action: str) -> list[str]:
    """Every form of ``page`` that posts to ``action``."""
    return re.findall(rf'<form [^>]*action="{re.escape(action)}"[^>]*>.*?</form>', page, re.S)


def _status(workspace: Workspace, job_id: int, text: str) -> str:
    report = get_report(workspace, job_id).report
    return next(row.status.value for row in report.requirements if row.text == text)


def test_each_skill_and_evidence_line_has_its_form_with_a_token(
    client: TestClient, ids: dict[str, int]
) -> None:
    page = client.get("/cv").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None

    removes = _forms(page, f"/cv/{ids['cv']}/skills/remove")
    python = next(form for form in removes if 'name="skill" value="Python"' in form)
    assert f'name="csrf_token" value="{token.group(1)}"' in python
    # A screen reader hears which skill each button removes.
    assert '<span class="visually-hidden">: remove Python</span>' in python

    misread = _forms(page, f"/cv/{ids['cv']}/misread")
    rest = next(form for form in misread if html.escape(REST_LINE) in form)
    assert 'name="csrf_token"' in rest
    assert re.search(r'name="start" value="\d+"', rest)
    assert f'<span class="visually-hidden">: {html.escape(REST_LINE)}</span>' in rest
    # Education and certification lines can be marked too.
    assert any("BSc (Hons) Computer Science" in form for form in misread)
    assert any("CKAD" in form for form in misread)
    assert "corrections-heading" not in page


def test_removing_a_skill_redirects_with_a_message_and_restoring_brings_it_back(
    client: TestClient, token: str, workspace: Workspace, ids: dict[str, int]
) -> None:
    cv_id = ids["cv"]
    assert _status(workspace, ids["job"], "Infrastructure as code with Terraform") == "met"
    form = {"skill": "Terraform", "csrf_token": token}

    response = client.post(f"/cv/{cv_id}/skills/remove", data=form, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/cv?done=skill-removed"
    page = client.get(response.headers["location"]).text
    assert "The skill was removed" in page
    assert '<th scope="row">Terraform</th>' not in page
    assert "Skills you removed" in page
    restore = _forms(page, f"/cv/{cv_id}/skills/restore")
    assert len(restore) == 1 and 'name="skill" value="Terraform"' in restore[0]
    assert '<span class="visually-hidden"> the skill Terraform</span>' in restore[0]
    assert _status(workspace, ids["job"], "Infrastructure as code with Terraform") != "met"

    page = client.post(f"/cv/{cv_id}/skills/restore", data=form).text

    assert "The skill was restored" in page
    assert '<th scope="row">Terraform</th>' in page
    assert "corrections-heading" not in page
    assert _status(workspace, ids["job"], "Infrastructure as code with Terraform") == "met"


def test_marking_a_line_misread_takes_it_out_of_the_report_until_restored(
    client: TestClient, token: str, workspace: Workspace, ids: dict[str, int]
) -> None:
    cv_id = ids["cv"]
    page = client.get("/cv").text
    form = next(f for f in _forms(page, f"/cv/{cv_id}/misread") if html.escape(REST_LINE) in f)
    start = re.search(r'name="start" value="(\d+)"', form)
    assert start is not None
    assert _status(workspace, ids["job"], REST_ROW) == "met"

    page = client.post(
        f"/cv/{cv_id}/misread",
        data={"line": REST_LINE, "start": start.group(1), "csrf_token": token},
    ).text

    assert "The line was marked as misread" in page
    assert "Lines marked as misread" in page
    assert _status(workspace, ids["job"], REST_ROW) == "missing"
    job_page = client.get(f"/jobs/{ids['job']}").text
    assert "now used by 60 retailers" not in job_page

    undo = _forms(page, f"/cv/{cv_id}/misread/undo")
    assert len(undo) == 1 and f'name="start" value="{start.group(1)}"' in undo[0]
    page = client.post(
        f"/cv/{cv_id}/misread/undo", data={"start": start.group(1), "csrf_token": token}
    ).text
    assert "The line is read again." in page
    assert _status(workspace, ids["job"], REST_ROW) == "met"


def test_a_correction_of_an_older_version_returns_to_that_version(
    client: TestClient, token: str, workspace: Workspace, ids: dict[str, int]
) -> None:
    edit_cv_line(workspace, ids["cv"], "ALEX MORGAN", "ALEXANDRA MORGAN")

    response = client.post(
        f"/cv/{ids['cv']}/skills/remove",
        data={"skill": "Accounting", "csrf_token": token},
        follow_redirects=False,
    )

    assert response.headers["location"] == f"/cv/{ids['cv']}?done=skill-removed"


@pytest.mark.parametrize(
    ("path", "form", "message"),
    [
        ("skills/remove", {"skill": "COBOL"}, "CV version 1 shows no skill &#39;COBOL&#39;"),
        ("skills/restore", {"skill": "Python"}, "&#39;Python&#39; is not a skill removed"),
        ("misread", {"line": "Ran a marathon."}, "CV version 1 has no line &#39;Ran a"),
        ("misread", {"line": REST_LINE, "start": "x"}, "the line&#39;s offset is a whole"),
        ("misread/undo", {"start": "4"}, "no line of CV version 1 at offset 4 is marked"),
        ("misread/undo", {"start": ""}, "say which line to read again"),
        ("misread", {"line": ""}, "say which line was misread: the line is empty"),
        ("skills/remove", {"skill": ""}, "say which skill to remove: the name is empty"),
    ],
)
def test_a_refused_correction_is_a_friendly_400(
    client: TestClient,
    token: str,
    ids: dict[str, int],
    path: str,
    form: dict[str, str],
    message: str,
) -> None:
    response = client.post(f"/cv/{ids['cv']}/{path}", data={**form, "csrf_token": token})
    assert response.status_code == 400
    assert message in response.text


def test_a_correction_needs_the_token(client: TestClient, ids: dict[str, int]) -> None:
    response = client.post(f"/cv/{ids['cv']}/skills/remove", data={"skill": "Python"})
    assert response.status_code == 403


def test_an_unknown_version_is_a_404_page(client: TestClient, token: str) -> None:
    response = client.post("/cv/7/skills/remove", data={"skill": "Python", "csrf_token": token})
    assert response.status_code == 404
    assert "no CV version with id 7" in response.text


def test_the_api_removes_and_restores_a_skill_and_a_line(
    client: TestClient, token: str, workspace: Workspace, ids: dict[str, int]
) -> None:
    headers = {"X-CSRF-Token": token}
    base = f"/api/v1/cv/{ids['cv']}"
    empty = {"cv_id": ids["cv"], "removed_skills": [], "misread_lines": []}
    assert client.get(f"{base}/corrections").json() == empty

    removed = client.post(f"{base}/removed-skills", json={"skill": "ci/cd"}, headers=headers)
    assert removed.status_code == 200
    assert removed.json()["removed_skills"] == ["CI/CD"]
    skills = client.get(f"{base}/understanding").json()["skills"]
    assert "CI/CD" not in [skill["name"] for skill in skills]

    marked = client.post(f"{base}/misread-lines", json={"line": REST_LINE}, headers=headers)
    [line] = marked.json()["misread_lines"]
    assert (line["text"], line["found"]) == (REST_LINE, True)
    understanding = client.get(f"{base}/understanding").json()
    assert understanding["corrections"]["misread_lines"] == [line]
    assert _status(workspace, ids["job"], REST_ROW) == "missing"

    restored = client.request(
        "DELETE", f"{base}/removed-skills", params={"skill": "CI/CD"}, headers=headers
    )
    assert restored.json()["removed_skills"] == []
    unmarked = client.delete(f"{base}/misread-lines/{line['start']}", headers=headers)
    assert unmarked.json() == empty
    assert _status(workspace, ids["job"], REST_ROW) == "met"


def test_the_api_says_what_it_refuses_as_problem_json(
    client: TestClient, token: str, ids: dict[str, int]
) -> None:
    headers = {"X-CSRF-Token": token}
    base = f"/api/v1/cv/{ids['cv']}"
    refused = [
        client.post(f"{base}/removed-skills", json={"skill": "COBOL"}, headers=headers),
        client.post(f"{base}/misread-lines", json={"line": "Ran a marathon."}, headers=headers),
        client.delete(f"{base}/misread-lines/5", headers=headers),
        client.request(
            "DELETE", f"{base}/removed-skills", params={"skill": "Python"}, headers=headers
        ),
    ]
    for response in refused:
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == PROBLEM
    assert refused[0].json()["detail"].startswith("CV version 1 shows no skill 'COBOL'")
    missing = client.get("/api/v1/cv/9/corrections")
    assert (missing.status_code, missing.headers["content-type"]) == (404, PROBLEM)
    bad = client.post(f"{base}/misread-lines", json={"line": "x", "start": -1}, headers=headers)
    assert bad.status_code == 422
