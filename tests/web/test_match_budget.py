"""The work budget of matching on the web (issue #10, item 8): text over the limit is a
413 when sent and a 422 when already saved, a match past the time limit a 503, each
with the one-line message; pages that show a job or a CV still show it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tests.web.conftest import local_client

from shortlist.web.app import create_app
from shortlist.workspace import Workspace, add_cv, add_job, list_cv_versions, list_jobs

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROBLEM = "application/problem+json"
#: Room for the sample CV and posting (2,864 and 2,087 characters) and not much more.
LIMIT = 3_000
MORE = "\n\n" + "- Experience with Kubernetes and Terraform\n" * 30


def client_over(workspace: Workspace) -> tuple[TestClient, str]:
    """A client of a new app over ``workspace``, and its CSRF token."""
    client = local_client(create_app(workspace=workspace), follow_redirects=True)
    token = client.get("/api/v1/csrf").json()["token"]
    assert isinstance(token, str)
    return client, token


def test_a_cv_or_posting_sent_over_the_limit_is_a_413_problem_and_nothing_is_saved(
    make_workspace: Callable[..., Workspace], cv_text: str, posting_text: str
) -> None:
    workspace = make_workspace(max_text_chars=LIMIT)
    client, token = client_over(workspace)
    with client:
        pasted = client.post(
            "/api/v1/cv", json={"text": cv_text + MORE}, headers={"X-CSRF-Token": token}
        )
        uploaded = client.post(
            "/api/v1/jobs/file",
            files={"file": ("posting.txt", (posting_text + MORE).encode(), "text/plain")},
            headers={"X-CSRF-Token": token},
        )
    assert (pasted.status_code, pasted.headers["content-type"]) == (413, PROBLEM)
    assert pasted.json() == {
        "type": "urn:shortlist:text-too-long",
        "title": "Too much text",
        "status": 413,
        "detail": "the pasted CV is 4,155 characters of text, more than the 3,000 Shortlist "
        "will match (SHORTLIST_MAX_TEXT_CHARS); paste or upload only the part that matters, "
        "or raise the setting",
    }
    assert uploaded.status_code == 413
    assert uploaded.json()["detail"].startswith("posting.txt is 3,374 characters of text")
    assert (list_cv_versions(workspace), list_jobs(workspace)) == ([], [])


def test_the_cv_form_over_the_limit_is_a_413_page_with_the_message(
    make_workspace: Callable[..., Workspace], cv_text: str
) -> None:
    workspace = make_workspace(max_text_chars=LIMIT)
    client, token = client_over(workspace)
    with client:
        response = client.post("/cv", data={"text": cv_text + MORE, "csrf_token": token})
    assert response.status_code == 413
    assert "<h1>Too much text</h1>" in response.text
    assert "<p>the pasted CV is 4,155 characters of text, more than the 3,000" in response.text
    assert list_cv_versions(workspace) == []


def test_a_saved_posting_over_the_limit_is_a_422_report_and_a_job_page_that_says_why(
    make_workspace: Callable[..., Workspace], cv_text: str, posting_text: str
) -> None:
    # Saved under the default limit (as an import or an older setting would leave it).
    saved = make_workspace()
    add_cv(saved, text=cv_text)
    short = add_job(saved, text=posting_text).id
    long = add_job(saved, text=posting_text + MORE).id
    workspace = make_workspace(saved.settings.database_url, max_text_chars=LIMIT)
    client, _ = client_over(workspace)
    with client:
        report = client.get(f"/api/v1/jobs/{long}/report")
        page = client.get(f"/jobs/{long}")
        listed = client.get("/api/v1/jobs")
    assert (report.status_code, report.headers["content-type"]) == (422, PROBLEM)
    assert report.json()["type"] == "urn:shortlist:text-too-long"
    assert report.json()["detail"].startswith(
        'the saved posting "Senior Backend Engineer at Northwind Health" is 3,374 characters'
    )
    assert page.status_code == 200
    assert "No match report: the saved posting &#34;Senior Backend Engineer" in page.text
    assert f'action="/jobs/{long}/delete"' in page.text
    scores = {job["id"]: job["score"] for job in listed.json()}
    assert scores[long] is None and isinstance(scores[short], int)


def test_a_saved_cv_over_the_limit_leaves_the_cv_page_usable(
    make_workspace: Callable[..., Workspace], cv_text: str
) -> None:
    saved = make_workspace()
    add_cv(saved, text=cv_text)
    workspace = make_workspace(saved.settings.database_url, max_text_chars=2_000)
    client, _ = client_over(workspace)
    with client:
        page = client.get("/cv")
    assert page.status_code == 200
    assert "is 2,8" in page.text and "(SHORTLIST_MAX_TEXT_CHARS)" in page.text
    assert 'name="text"' in page.text


def test_a_match_past_the_time_limit_is_a_503_problem_and_the_job_page_says_so(
    make_workspace: Callable[..., Workspace], cv_text: str, posting_text: str
) -> None:
    # A limit so small that it is spent before the first step of the match.
    workspace = make_workspace(match_timeout_s=1e-9)
    add_cv(workspace, text=cv_text)
    job = add_job(workspace, text=posting_text).id
    client, _ = client_over(workspace)
    with client:
        report = client.get(f"/api/v1/jobs/{job}/report")
        page = client.get(f"/jobs/{job}")
        plan = client.get(f"/jobs/{job}/plan")
    assert (report.status_code, report.headers["content-type"]) == (503, PROBLEM)
    assert report.json() == {
        "type": "urn:shortlist:match-too-slow",
        "title": "Took too long",
        "status": 503,
        "detail": "matching your CV against this posting took longer than 1e-09 s "
        "(SHORTLIST_MATCH_TIMEOUT_S) and was stopped; try again when the computer is less "
        "busy, keep only the part of the CV or posting that matters, or raise the setting",
    }
    assert page.status_code == 200
    assert "No match report: matching your CV against this posting took longer" in page.text
    assert plan.status_code == 503
    assert "<h1>Took too long</h1>" in plan.text
