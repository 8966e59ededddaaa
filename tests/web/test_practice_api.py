"""The mock-interview JSON API: start, drafts, answers with feedback, skips, retries,
history, trends and deletion, with problem+json errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from shortlist.workspace import Workspace, add_cv, add_job, get_practice

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROBLEM = "application/problem+json"
ANSWER = (
    "At Brightwell I owned the billing service when month-end reports took nine seconds. "
    "My task was to make them fast before the audit. I rewrote the report queries, added "
    "two indexes and moved the export to a queue. As a result p95 went from 9 s to 700 ms "
    "and support tickets about the report dropped by 80%."
)


@pytest.fixture
def job(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    add_cv(workspace, text=cv_text)
    return add_job(workspace, text=posting_text).id


def _start(client: TestClient, token: str, job: int, **body: object) -> dict[str, object]:
    response = client.post(
        "/api/v1/practice", json={"job_id": job, **body}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def _finish(client: TestClient, token: str, session_id: object) -> dict[str, object]:
    """Answer each planned question through the API; skip the follow-ups."""
    headers = {"X-CSRF-Token": token}
    view = client.get(f"/api/v1/practice/{session_id}").json()
    while view["current_id"] is not None:
        item = next(i for i in view["items"] if i["id"] == view["current_id"])
        base = f"/api/v1/practice/{session_id}/items/{item['id']}"
        if item["depth"]:
            view = client.post(f"{base}/skip", headers=headers).json()
        else:
            view = client.post(f"{base}/answer", json={"text": ANSWER}, headers=headers).json()
    assert isinstance(view, dict)
    return view


def test_a_session_is_started_answered_with_feedback_and_summed_up(
    client: TestClient, token: str, job: int
) -> None:
    view = _start(client, token, job, length=3, seconds=120, read_aloud=True)
    assert view["total"] == 3 and view["answered"] == 0
    assert view["seconds_per_question"] == 120 and view["read_aloud"] is True
    assert view["summary"] is None
    items = view["items"]
    assert isinstance(items, list)
    first = items[0]
    answered = client.post(
        f"/api/v1/practice/{view['id']}/items/{first['id']}/answer",
        json={"text": ANSWER, "seconds_taken": 80},
        headers={"X-CSRF-Token": token},
    )
    assert answered.status_code == 200
    after = answered.json()
    given = after["items"][0]
    assert given["answered"] is True and given["seconds_taken"] == 80
    feedback = given["feedback"]
    assert set(feedback) >= {"overall", "star", "measurable_result", "dimensions", "follow_up"}
    assert feedback["measurable_result"] is True
    assert feedback["dimensions"]["measurable_result"]["score"] == 100
    if feedback["follow_up"]:
        assert after["items"][1]["depth"] == 1
        assert after["items"][1]["question"] == feedback["follow_up"]
    done = _finish(client, token, view["id"])
    summary = done["summary"]
    assert isinstance(summary, dict)
    assert set(summary) == {"dimensions", "overall", "best_id", "weakest_id", "work_on"}
    assert summary["dimensions"]["measurable_result"] == 100
    assert len(summary["work_on"]) <= 3


def test_a_draft_is_saved_and_comes_back_with_the_session(
    client: TestClient, token: str, job: int
) -> None:
    view = _start(client, token, job)
    item = view["items"][0]  # type: ignore[index]
    url = f"/api/v1/practice/{view['id']}/items/{item['id']}/draft"
    saved = client.put(url, json={"text": "At Brightwell I"}, headers={"X-CSRF-Token": token})
    assert saved.status_code == 204
    again = client.get(f"/api/v1/practice/{view['id']}").json()
    assert again["items"][0]["draft"] == "At Brightwell I"


def test_writes_need_the_csrf_header(client: TestClient, token: str, job: int) -> None:
    view = _start(client, token, job)
    item = view["items"][0]  # type: ignore[index]
    base = f"/api/v1/practice/{view['id']}/items/{item['id']}"
    for response in [
        client.post("/api/v1/practice", json={"job_id": job}),
        client.put(f"{base}/draft", json={"text": "lost?"}),
        client.post(f"{base}/answer", json={"text": ANSWER}),
        client.delete(f"/api/v1/practice/{view['id']}"),
    ]:
        assert response.status_code == 403
        assert response.json()["type"] == "urn:shortlist:csrf"


def test_an_empty_or_over_long_answer_is_a_400_and_the_long_one_is_kept_as_the_draft(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = _start(client, token, job)
    item = view["items"][0]  # type: ignore[index]
    url = f"/api/v1/practice/{view['id']}/items/{item['id']}/answer"
    empty = client.post(url, json={"text": " "}, headers={"X-CSRF-Token": token})
    assert empty.status_code == 400
    assert empty.headers["content-type"] == PROBLEM
    assert empty.json()["detail"] == "write your answer first, or skip the question"
    long = "x" * 25_000
    refused = client.post(url, json={"text": long}, headers={"X-CSRF-Token": token})
    assert refused.status_code == 400
    assert refused.json()["type"] == "urn:shortlist:refused"
    assert "Your text is kept as a draft." in refused.json()["detail"]
    assert get_practice(workspace, int(str(view["id"]))).items[0].draft == long


def test_bad_lengths_and_unknown_ids_are_refused_or_not_found(
    client: TestClient, token: str, job: int
) -> None:
    headers = {"X-CSRF-Token": token}
    too_long = client.post("/api/v1/practice", json={"job_id": job, "length": 13}, headers=headers)
    assert too_long.status_code == 400
    assert too_long.json()["detail"] == "a session has 1 to 12 questions, not 13"
    assert client.get("/api/v1/practice/999").status_code == 404
    assert client.get("/api/v1/practice/999").json()["type"] == "urn:shortlist:not-found"
    view = _start(client, token, job)
    missing = client.put(
        f"/api/v1/practice/{view['id']}/items/999/draft", json={"text": "x"}, headers=headers
    )
    assert missing.status_code == 404
    assert missing.json()["detail"] == f"no question 999 in practice session {view['id']}"
    unknown_job = client.post("/api/v1/practice", json={"job_id": 999}, headers=headers)
    assert unknown_job.status_code == 404


def test_a_session_needs_a_cv(
    client: TestClient, workspace: Workspace, token: str, posting_text: str
) -> None:
    job = add_job(workspace, text=posting_text).id
    response = client.post(
        "/api/v1/practice", json={"job_id": job}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 404
    assert "add your CV first" in response.json()["detail"]


def test_a_retry_is_asked_at_the_end_and_only_of_an_answer_given(
    client: TestClient, token: str, job: int
) -> None:
    headers = {"X-CSRF-Token": token}
    view = _start(client, token, job, length=1)
    item = view["items"][0]  # type: ignore[index]
    base = f"/api/v1/practice/{view['id']}/items/{item['id']}"
    early = client.post(f"{base}/retry", headers=headers)
    assert early.status_code == 400
    assert early.json()["detail"] == "answer the question first; a retry is for an answer you gave"
    _finish(client, token, view["id"])
    retried = client.post(f"{base}/retry", headers=headers).json()
    last = retried["items"][-1]
    assert last["retry_of_id"] == item["id"] and last["question"] == item["question"]
    assert retried["current_id"] == last["id"] and retried["summary"] is None


def test_history_and_trends_list_past_sessions_and_deleting_one_removes_it(
    client: TestClient, token: str, job: int
) -> None:
    for _ in range(2):
        view = _start(client, token, job, length=1)
        item = view["items"][0]  # type: ignore[index]
        client.post(
            f"/api/v1/practice/{view['id']}/items/{item['id']}/skip",
            headers={"X-CSRF-Token": token},
        )
    answered = _start(client, token, job, length=1)
    _finish(client, token, answered["id"])
    history = client.get("/api/v1/practice").json()
    assert [s["id"] for s in history] == [answered["id"], view["id"], view["id"] - 1]  # type: ignore[operator]
    assert history[0]["answered"] == 1 and history[0]["finished"] is True
    assert client.get(f"/api/v1/practice?job={job + 1}").json() == []
    trends = client.get("/api/v1/practice/trends").json()["series"]
    assert [p["session_id"] for p in trends["overall"]] == [answered["id"]]
    assert "star" in trends
    deleted = client.delete(f"/api/v1/practice/{view['id']}", headers={"X-CSRF-Token": token})
    assert deleted.status_code == 204
    assert client.get(f"/api/v1/practice/{view['id']}").status_code == 404


def test_a_voice_mode_session_can_be_started_through_the_api(
    client: TestClient, token: str, job: int
) -> None:
    assert _start(client, token, job, length=1, voice=True)["voice"] is True
    assert _start(client, token, job, length=1)["voice"] is False
