"""The API serialises read-only views (tuples, FrozenDicts) exactly as it did plain lists
and dicts, and a caller that tries to change a kept view changes no later response."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from shortlist.storage import MatchReportRow
from shortlist.workspace import Workspace, add_cv, add_job, get_report, interview_plan


@pytest.fixture
def job(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    add_cv(workspace, text=cv_text)
    return add_job(workspace, text=posting_text).id


def test_the_report_is_served_as_the_json_it_is_stored_as(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    served = client.get(f"/api/v1/jobs/{job}/report")
    assert served.status_code == 200
    with workspace.db.session() as session:
        stored = session.scalars(select(MatchReportRow.report_json)).one()
    assert served.json()["report"] == stored
    assert list(served.json()["report"]) == list(stored)
    # And served again from the kept view, byte for byte the same.
    assert client.get(f"/api/v1/jobs/{job}/report").content == served.content


def test_a_caller_that_tried_to_change_a_kept_view_changes_no_response(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    urls = [f"/api/v1/jobs/{job}/report", f"/api/v1/jobs/{job}/plan", f"/api/v1/jobs/{job}"]
    first = [client.get(url) for url in urls]
    assert [r.status_code for r in first] == [200] * len(urls)
    report: Any = get_report(workspace, job).report
    plan: Any = interview_plan(workspace, job)
    with pytest.raises(AttributeError):
        report.score = 0
    with pytest.raises(AttributeError):
        report.requirements.append(report.requirements[0])
    with pytest.raises(AttributeError):
        plan.plan.questions[0].id = "changed"
    with pytest.raises(TypeError, match="read-only"):
        plan.story_titles[1] = "changed"
    with pytest.raises(AttributeError):
        plan.choices.personas.append("peer")
    again = [client.get(url) for url in urls]
    assert [r.content for r in again] == [r.content for r in first]
