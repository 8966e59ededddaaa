"""The interview-preparation API: plans, journals and stories as JSON, errors as problem+json."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from shortlist.workspace import Workspace, add_cv, add_job, get_journal, plan_choices

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROBLEM = "application/problem+json"


@pytest.fixture
def job(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    add_cv(workspace, text=cv_text)
    return add_job(workspace, text=posting_text).id


@pytest.fixture
def headers(token: str) -> dict[str, str]:
    return {"X-CSRF-Token": token}


def test_the_plan_is_made_from_the_saved_choices_or_the_query(
    client: TestClient, headers: dict[str, str], job: int
) -> None:
    plan = client.get(f"/api/v1/jobs/{job}/plan").json()
    assert plan["choices"]["round"] == "first"
    assert plan["choices"]["saved"] is False
    assert plan["plan"]["title"] == "Senior Backend Engineer"
    assert 12 <= len(plan["plan"]["questions"]) <= 20
    assert 1 <= len(plan["plan"]["prepare_first"]) <= 3

    asked = client.get(f"/api/v1/jobs/{job}/plan?round=final&persona=panel&persona=peer&seed=7")
    assert asked.status_code == 200
    data = asked.json()["plan"]
    assert (data["round"], data["personas"], data["seed"]) == ("final", ["panel", "peer"], 7)
    assert data["persona_labels"] == ["Panel", "Peer"]

    saved = client.put(
        f"/api/v1/jobs/{job}/plan",
        json={
            "round": "second",
            "personas": ["hiring_manager"],
            "date": "2025-11-20",
            "time": "09:15",
            "interviewers": [{"name": "Priya Shah", "role": "Head of Engineering"}],
        },
        headers=headers,
    )
    assert saved.status_code == 200
    choices = saved.json()
    assert (choices["round"], choices["round_number"], choices["date"]) == (
        "second",
        2,
        "2025-11-20",
    )
    assert choices["interviewers"] == [{"name": "Priya Shah", "role": "Head of Engineering"}]
    again = client.get(f"/api/v1/jobs/{job}/plan").json()
    assert again["plan"]["round"] == "second"
    assert again["plan"]["logistics"]["time"] == "09:15"


def test_an_unknown_round_is_a_400_problem_and_an_unknown_job_a_404(
    client: TestClient, headers: dict[str, str], job: int
) -> None:
    bad = client.get(f"/api/v1/jobs/{job}/plan?round=fourth")
    assert bad.status_code == 400
    assert bad.headers["content-type"] == PROBLEM
    assert bad.json()["detail"] == "unknown round 'fourth'; use one of first, second, final"
    persona = client.get(f"/api/v1/jobs/{job}/plan?persona=ceo")
    assert persona.status_code == 400
    assert persona.json()["detail"].startswith("unknown interviewer 'ceo'")
    missing = client.get("/api/v1/jobs/999/plan")
    assert missing.status_code == 404
    assert missing.json()["detail"] == "no job with id 999"
    put = client.put(
        f"/api/v1/jobs/{job}/plan", json={"round": "fourth", "personas": ["peer"]}, headers=headers
    )
    assert put.status_code == 422
    assert put.json()["type"] == "urn:shortlist:invalid-request"
    assert "round" in put.json()["detail"]


def test_a_plan_without_a_cv_is_a_404_saying_to_add_one(
    client: TestClient, workspace: Workspace, posting_text: str
) -> None:
    job = add_job(workspace, text=posting_text)
    response = client.get(f"/api/v1/jobs/{job.id}/plan")
    assert response.status_code == 404
    assert response.json()["detail"] == (
        "there is no CV yet: add your CV first, then plan the interview"
    )


def test_the_plan_as_markdown(client: TestClient, job: int) -> None:
    response = client.get(f"/api/v1/jobs/{job}/plan.md")
    assert response.headers["content-type"] == "text/markdown; charset=utf-8"
    assert "Tell me about yourself and what brings you to this application." in response.text


def test_questions_to_ask_are_starred_moved_and_unstarred(
    client: TestClient, headers: dict[str, str], workspace: Workspace, job: int
) -> None:
    asks = client.get(f"/api/v1/jobs/{job}/plan").json()["plan"]["to_ask"]
    bank = [a["id"] for a in asks if not a["id"].startswith("posting-")]
    first, second = bank[0], bank[1]
    url = f"/api/v1/jobs/{job}/plan/asks"
    client.post(f"{url}/{first}", json={"action": "star"}, headers=headers)
    starred = client.post(f"{url}/{second}", json={"action": "star"}, headers=headers).json()
    assert starred["starred_asks"] == [first, second]
    moved = client.post(f"{url}/{first}", json={"action": "down"}, headers=headers).json()
    assert moved["starred_asks"] == [second, first]
    plan = client.get(f"/api/v1/jobs/{job}/plan").json()["plan"]
    assert [a["id"] for a in plan["to_ask"][:2]] == [second, first]
    assert plan["to_ask"][0]["starred"] is True
    client.post(f"{url}/{second}", json={"action": "unstar"}, headers=headers)
    assert plan_choices(workspace, job).starred_asks == (first,)
    wrong = client.post(f"{url}/{first}", json={"action": "sideways"}, headers=headers)
    assert wrong.status_code == 422
    unknown = client.post(f"{url}/nope", json={"action": "star"}, headers=headers)
    assert unknown.status_code == 404


def test_a_journal_is_written_read_and_used_by_the_next_plan(
    client: TestClient, headers: dict[str, str], workspace: Workspace, job: int
) -> None:
    empty = client.get(f"/api/v1/jobs/{job}/rounds/1/journal").json()
    assert (empty["answers"], empty["updated_at"]) == ([], None)
    answer = "I would shard the ledger table by customer and replay the queue nightly."
    saved = client.put(
        f"/api/v1/jobs/{job}/rounds/1/journal",
        json={
            "date": "2025-10-30",
            "interviewers": [{"name": "Sam Lee", "role": "Engineering manager"}],
            "answers": [
                {"question": "Why Northwind?", "answer": "The mission."},
                {"question": "How would you scale it?", "answer": answer},
            ],
            "worst": 0,
            "forgot": "<script>alert(1)</script>",
        },
        headers=headers,
    )
    assert saved.status_code == 200
    assert saved.json()["worst"] == 0
    assert saved.json()["interviewers"] == [{"name": "Sam Lee", "role": "Engineering manager"}]
    assert saved.json()["forgot"] == "<script>alert(1)</script>"
    assert get_journal(workspace, job, 1).date is not None
    plan = client.get(f"/api/v1/jobs/{job}/plan?round=second").json()["plan"]
    # The worst answer comes back as its question; the others are quoted back.
    quoted = [q["quote"] for q in plan["questions"] if q["source"] == "round_one"]
    assert "Why Northwind?" in quoted
    assert any(quote and quote in answer for quote in quoted)


def test_a_journal_the_workspace_refuses_is_a_400_with_its_message(
    client: TestClient, headers: dict[str, str], job: int
) -> None:
    url = f"/api/v1/jobs/{job}/rounds/1/journal"
    worst = client.put(url, json={"answers": [], "worst": 3}, headers=headers)
    assert worst.status_code == 400
    assert worst.json()["detail"] == (
        "the answer marked as the worst is not one of the answers written"
    )
    story = client.put(url, json={"stories_used": [42]}, headers=headers)
    assert story.json()["detail"] == "no story with id 42 in your story bank"
    assert client.get(f"/api/v1/jobs/{job}/rounds/0/journal").status_code == 400


def test_notes_are_split_without_saving_anything(
    client: TestClient, headers: dict[str, str]
) -> None:
    notes = "Why this role?\nI like the domain.\nQ: Tell me about a failure\nA missed deadline."
    split = client.post("/api/v1/journal/split", json={"notes": notes}, headers=headers)
    assert split.status_code == 200
    assert split.json() == {
        "answers": [
            {"question": "Why this role?", "answer": "I like the domain."},
            {"question": "Tell me about a failure", "answer": "A missed deadline."},
        ]
    }
    empty = client.post("/api/v1/journal/split", json={"notes": " "}, headers=headers)
    assert empty.status_code == 400
    assert empty.json()["type"] == "urn:shortlist:refused"


def test_stories_are_added_read_replaced_and_deleted(
    client: TestClient, headers: dict[str, str]
) -> None:
    assert client.get("/api/v1/stories").json()["stories"] == []
    added = client.post(
        "/api/v1/stories",
        json={
            "title": "The ledger rewrite",
            "action": "I rewrote the report queries and indexes.",
            "result": "p95 went from 9 s to 700 ms.",
            "tags": ["Initiative", "sql"],
        },
        headers=headers,
    )
    assert added.status_code == 201
    story = added.json()
    assert story["tags"] == ["initiative", "sql"]
    assert [f["check"] for f in story["findings"]] == ["measurable", "first_person", "length"]
    bank = client.get("/api/v1/stories").json()
    assert bank["coverage"]["initiative"] == [story["id"]]
    assert "initiative" not in bank["uncovered"]

    url = f"/api/v1/stories/{story['id']}"
    assert client.get(url).json()["title"] == "The ledger rewrite"
    replaced = client.put(url, json={"title": "Renamed", "action": "I did it."}, headers=headers)
    assert (replaced.json()["title"], replaced.json()["tags"]) == ("Renamed", [])
    assert client.delete(url, headers=headers).status_code == 204
    assert client.get(url).status_code == 404
    assert client.delete(url, headers=headers).status_code == 404


def test_an_empty_or_overlong_story_is_a_400_with_the_message(
    client: TestClient, headers: dict[str, str]
) -> None:
    empty = client.post("/api/v1/stories", json={"title": "Nothing yet"}, headers=headers)
    assert empty.status_code == 400
    assert empty.json()["detail"] == (
        "write at least one part of the story: situation, task, action or result"
    )
    long = client.post(
        "/api/v1/stories", json={"title": "Long", "result": "x" * 20_000}, headers=headers
    )
    assert long.status_code == 400
    assert long.json()["detail"].startswith(
        "the result is 20,000 characters, more than the 10,000 a part may hold"
    )


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", "/api/v1/jobs/1/plan"),
        ("POST", "/api/v1/jobs/1/plan/asks/hm-90-days"),
        ("PUT", "/api/v1/jobs/1/rounds/1/journal"),
        ("POST", "/api/v1/journal/split"),
        ("POST", "/api/v1/stories"),
        ("PUT", "/api/v1/stories/1"),
        ("DELETE", "/api/v1/stories/1"),
    ],
)
def test_every_write_needs_the_csrf_header(client: TestClient, method: str, path: str) -> None:
    client.get("/api/v1/csrf")
    response = client.request(method, path, json={})
    assert response.status_code == 403
    assert response.json()["type"] == "urn:shortlist:csrf"
