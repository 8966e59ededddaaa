"""The CV page offers "The CV was misread here" on every line a report can quote (a
role's header and lines, languages, a profile), and "Not a skill of mine" reaches every
row: through the page's own forms, on a real app and workspace (issue #12)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markupsafe import escape
from tests.corrected_cvs import BOOKKEEPER_CV, BOOKKEEPER_POSTING, PHYSIO_CV, PHYSIO_POSTING
from tests.web.conftest import TODAY

from shortlist.analyses import index_cv
from shortlist.workspace import Workspace, add_cv, add_job, get_report

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PRECEPTOR = "- Preceptor to five newly qualified physiotherapists."
MENTORING_ROW = "Experience mentoring newly qualified staff"
POLISH_ROW = "Fluent Polish is desirable"


def _escaped(text: str) -> str:
    """``text`` as the page's templates escape it."""
    return str(escape(text))


def _misread_forms(page: str, cv_id: int) -> list[str]:
    action = re.escape(f"/cv/{cv_id}/misread")
    return re.findall(rf'<form [^>]*action="{action}"[^>]*>.*?</form>', page, re.S)


def _form_for(page: str, cv_id: int, line: str, start: int) -> str:
    """The misread form of ``line`` at ``start``; fails when the page has none."""
    wanted = f'name="line" value="{_escaped(line)}"'
    found = [
        form
        for form in _misread_forms(page, cv_id)
        if wanted in form and f'name="start" value="{start}"' in form
    ]
    assert found, f"no misread form for {line!r} at {start}"
    return found[0]


def _row(workspace: Workspace, job_id: int, text: str) -> tuple[str, str | None, str]:
    report = get_report(workspace, job_id).report
    row = next(r for r in report.requirements if r.text == text)
    return row.status.value, row.evidence, row.note


def test_every_line_a_report_can_quote_has_a_misread_button(
    client: TestClient, workspace: Workspace
) -> None:
    cv_id = add_cv(workspace, text=PHYSIO_CV).id
    page = client.get("/cv").text
    index = index_cv(PHYSIO_CV, TODAY)
    quotable = {line for line, _ in index.line_words}
    quotable |= {*index.cv.certifications, *(lang.line for lang in index.cv.languages)}
    assert len(quotable) >= 10

    for line in sorted(quotable, key=lambda x: x.start):
        _form_for(page, cv_id, line.text, line.start)
    # Role lines, languages and the profile, which the page offered no button for.
    for line in (
        PRECEPTOR,
        "Band 5 Physiotherapist, St Aidan's Hospital, York - Aug 2018 - Aug 2020",
        "Polish (fluent)",
        "Physiotherapist with a background in children's community services.",
    ):
        assert any(_escaped(line) in form for form in _misread_forms(page, cv_id)), line
    assert "Other lines read" in page


def test_a_role_line_and_a_language_line_are_marked_and_restored_from_the_page(
    client: TestClient, token: str, workspace: Workspace
) -> None:
    cv_id = add_cv(workspace, text=PHYSIO_CV).id
    job_id = add_job(workspace, text=PHYSIO_POSTING).id
    assert _row(workspace, job_id, MENTORING_ROW)[:2] == ("met", PRECEPTOR)
    assert _row(workspace, job_id, POLISH_ROW)[0] == "met"

    for line in (PRECEPTOR, "Polish (fluent)"):
        start = PHYSIO_CV.index(line)
        _form_for(client.get("/cv").text, cv_id, line, start)
        sent = {"line": line, "start": str(start), "csrf_token": token}
        page = client.post(f"/cv/{cv_id}/misread", data=sent).text
        assert "The line was marked as misread" in page

    assert _row(workspace, job_id, MENTORING_ROW)[0] == "missing"
    assert _row(workspace, job_id, POLISH_ROW)[0] == "missing"
    # Neither line is offered again until restored; both are under Your corrections.
    assert not any(_escaped(PRECEPTOR) in f for f in _misread_forms(page, cv_id))
    undo = re.findall(rf'action="/cv/{cv_id}/misread/undo".*?</form>', page, re.S)
    assert len(undo) == 2

    for line in (PRECEPTOR, "Polish (fluent)"):
        sent = {"start": str(PHYSIO_CV.index(line)), "csrf_token": token}
        assert "The line is read again." in client.post(f"/cv/{cv_id}/misread/undo", data=sent).text
    assert _row(workspace, job_id, MENTORING_ROW)[:2] == ("met", PRECEPTOR)
    assert _row(workspace, job_id, POLISH_ROW)[0] == "met"


def test_a_skill_removed_on_the_page_is_named_as_removed_in_the_report(
    client: TestClient, token: str, workspace: Workspace
) -> None:
    cv_id = add_cv(workspace, text=BOOKKEEPER_CV).id
    job_id = add_job(workspace, text=BOOKKEEPER_POSTING).id

    client.post(f"/cv/{cv_id}/skills/remove", data={"skill": "Accounting", "csrf_token": token})

    assert _row(workspace, job_id, "Strong accounting skills") == (
        "missing",
        None,
        "Accounting: you removed it from your CV",
    )
    job_page = client.get(f"/jobs/{job_id}").text
    assert "Accounting: you removed it from your CV" in job_page
    report = client.get(f"/api/v1/jobs/{job_id}/report").json()
    rows = {row["text"]: row for row in report["report"]["requirements"]}
    assert rows["3+ years of accounting experience"]["status"] == "missing"
    assert rows["Experience with Xero"]["status"] == "met"
