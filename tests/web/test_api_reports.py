"""The API sends the report views with the typed report made JSON by StoredReport.to_dict:
the same fields as the workspace's views, and each report exactly the stored JSON."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import select
from starlette.testclient import TestClient

from shortlist.storage import MatchReportRow
from shortlist.web import api_reports
from shortlist.workspace import Workspace, add_cv, add_job, edit_cv_line, views


def _fields(cls: type) -> list[tuple[str, object]]:
    return [(f.name, f.type) for f in dataclasses.fields(cls)]


def test_the_api_shapes_have_the_views_fields() -> None:
    typed = dict(_fields(views.ReportView))
    sent = dict(_fields(api_reports.ReportView))
    assert list(sent) == list(typed)
    assert typed.pop("report") == "StoredReport" and sent.pop("report") == "dict[str, Any]"
    assert sent == typed
    assert [name for name, _ in _fields(api_reports.Comparison)] == [
        name for name, _ in _fields(views.Comparison)
    ]


def test_the_schema_shows_the_report_as_a_json_object(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    report = schemas["ReportView"]
    assert report["properties"]["report"] == {
        "additionalProperties": True,
        "type": "object",
        "title": "Report",
    }
    assert "description" not in report and "description" not in schemas["Comparison"]
    assert not any(name.startswith("Stored") for name in schemas)


def test_a_comparison_sends_both_reports_as_stored(
    client: TestClient, workspace: Workspace, cv_text: str, posting_text: str
) -> None:
    cv = add_cv(workspace, text=cv_text)
    job = add_job(workspace, text=posting_text).id
    line = next(line for line in cv_text.splitlines() if line.startswith("- "))
    edited = edit_cv_line(workspace, cv.id, line, "- Ran Apache Kafka in production.")
    served = client.get(f"/api/v1/jobs/{job}/compare?a={cv.id}&b={edited.id}")
    assert served.status_code == 200
    with workspace.db.session() as session:
        stored = {
            row.cv_version_id: row.report_json
            for row in session.scalars(select(MatchReportRow)).all()
        }
    body = served.json()
    for side, cv_id in (("a", cv.id), ("b", edited.id)):
        assert body[side]["cv_id"] == cv_id
        # Key for key and in the same order.
        assert json.dumps(body[side]["report"]) == json.dumps(stored[cv_id])
