"""The JSON API under /api/v1: the same workspace functions as the pages.

Errors are application/problem+json (errors.py). Unsafe calls need the CSRF token from
GET /api/v1/csrf in an X-CSRF-Token header, with the cookie that call set.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import Response

from shortlist.web.api_reports import Comparison, ReportView
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import PROBLEM_TYPE, Refused, refusing
from shortlist.web.ids import MAX_INTEGER, Id, Position
from shortlist.web.security import CSRF_COOKIE, FORM_TYPES, csrf_token
from shortlist.workspace import (
    CvCorrectionsView,
    CvUnderstanding,
    CvVersionView,
    JobSummary,
    JobView,
    add_cv,
    add_job,
    compare_cvs,
    cv_corrections,
    cv_understanding,
    delete_everything,
    delete_job,
    edit_cv_line,
    export_all,
    get_cv_version,
    get_job,
    get_report,
    import_all,
    list_cv_versions,
    list_jobs,
    mark_cv_line_misread,
    remove_cv_skill,
    restore_cv_skill,
    set_job_status,
    unmark_cv_line,
)

__all__ = ["router"]

PROBLEM: dict[int | str, dict[str, Any]] = {
    code: {"description": why, "content": {PROBLEM_TYPE: {}}}
    for code, why in {
        400: "The workspace refused the request; detail says why.",
        403: "CSRF token missing or wrong.",
        404: "No such CV version or job.",
        413: "The body is over the size limit.",
        422: "A file or URL could not be read, or the request was malformed.",
    }.items()
}

router = APIRouter(prefix="/api/v1", responses=PROBLEM)


class CsrfToken(BaseModel):
    token: str = Field(description="Send it back in the X-CSRF-Token header.")
    header: str = "X-CSRF-Token"
    cookie: str = CSRF_COOKIE


class CvText(BaseModel):
    text: str = Field(description="The CV's text.")
    label: str | None = Field(None, max_length=200, description="A name for this version.")


class LineEdit(BaseModel):
    old_line: str = Field(description="The line as it is now, e.g. a role's header line.")
    new_line: str = Field(description="What it should say.")


class SkillName(BaseModel):
    skill: str = Field(max_length=200, description="A skill as the understanding names it.")


class MisreadLine(BaseModel):
    line: str = Field(description="The line as the understanding quotes it.")
    start: int | None = Field(
        None,
        ge=0,
        le=MAX_INTEGER,
        description="Where it starts in the version's text (evidence_lines give it); "
        "without it, every line with this text is marked.",
    )


class NewJob(BaseModel):
    """Exactly one of text and url."""

    text: str | None = Field(None, description="The posting's text.")
    url: str | None = Field(None, description="An http(s) address to fetch the posting from.")


class StatusChange(BaseModel):
    status: str = Field(description="saved, applied, interviewing, offer, rejected or withdrawn.")
    round_number: int | None = Field(
        None, ge=1, le=MAX_INTEGER, description="Interview round (interviewing)."
    )
    round_date: dt.date | None = Field(None, description="Date of that round.")


class CvVersions(BaseModel):
    current: int | None
    versions: list[CvVersionView]


@router.get("/csrf", tags=["security"])
def get_csrf(request: Request) -> CsrfToken:
    """This client's CSRF token (the matching cookie is set on this response if missing)."""
    return CsrfToken(token=csrf_token(request))


# CV


@router.get("/cv", tags=["cv"])
def get_cv_versions(ws: WorkspaceDep) -> CvVersions:
    """Every CV version, newest (current) first."""
    versions = list_cv_versions(ws)
    return CvVersions(current=versions[0].id if versions else None, versions=versions)


@router.post("/cv", status_code=201, tags=["cv"])
def post_cv_text(ws: WorkspaceDep, body: CvText) -> CvVersionView:
    """Add a CV version from its text; it becomes current."""
    return refusing(add_cv, ws, text=body.text, label=body.label)


@router.post("/cv/file", status_code=201, tags=["cv"])
def post_cv_file(
    ws: WorkspaceDep,
    file: Annotated[UploadFile, File(description="PDF, DOCX, TXT, MD or HTML")],
    label: Annotated[str | None, Form(max_length=200)] = None,
) -> CvVersionView:
    """Add a CV version from a file upload; it becomes current."""
    data = file.file.read()
    return refusing(add_cv, ws, data=data, filename=file.filename, label=label)


@router.get("/cv/{cv_id}", tags=["cv"])
def cv_version(ws: WorkspaceDep, cv_id: Id) -> CvVersionView:
    """One CV version with its text."""
    return get_cv_version(ws, cv_id)


@router.get("/cv/{cv_id}/understanding", tags=["cv"])
def get_cv_understanding(ws: WorkspaceDep, cv_id: Id) -> CvUnderstanding:
    """What was read from a CV version: roles, skills with time, education..."""
    return cv_understanding(ws, cv_id)


@router.post("/cv/{cv_id}/edits", status_code=201, tags=["cv"])
def post_cv_edit(ws: WorkspaceDep, cv_id: Id, body: LineEdit) -> CvVersionView:
    """Replace one line of a CV version; the result is a new, current version."""
    return refusing(edit_cv_line, ws, cv_id, body.old_line, body.new_line)


@router.get("/cv/{cv_id}/corrections", tags=["cv"])
def get_cv_corrections(ws: WorkspaceDep, cv_id: Id) -> CvCorrectionsView:
    """The skills removed from a CV version and the lines marked as misread."""
    return cv_corrections(ws, cv_id)


@router.post("/cv/{cv_id}/removed-skills", tags=["cv"])
def post_removed_skill(ws: WorkspaceDep, cv_id: Id, body: SkillName) -> CvCorrectionsView:
    """Say a skill read from a CV version is not yours: nothing counts it any more."""
    return refusing(remove_cv_skill, ws, cv_id, body.skill)


@router.delete("/cv/{cv_id}/removed-skills", tags=["cv"])
def delete_removed_skill(
    ws: WorkspaceDep,
    cv_id: Id,
    skill: Annotated[str, Query(max_length=200, description="The removed skill.")],
) -> CvCorrectionsView:
    """Count a removed skill again."""
    return refusing(restore_cv_skill, ws, cv_id, skill)


@router.post("/cv/{cv_id}/misread-lines", tags=["cv"])
def post_misread_line(ws: WorkspaceDep, cv_id: Id, body: MisreadLine) -> CvCorrectionsView:
    """Say a line of a CV version was misread: nothing is read from it any more."""
    return refusing(mark_cv_line_misread, ws, cv_id, body.line, body.start)


@router.delete("/cv/{cv_id}/misread-lines/{start}", tags=["cv"])
def delete_misread_line(ws: WorkspaceDep, cv_id: Id, start: Position) -> CvCorrectionsView:
    """Read a line marked as misread again (``start``: where it starts)."""
    return refusing(unmark_cv_line, ws, cv_id, start)


# jobs


@router.get("/jobs", tags=["jobs"])
def get_jobs(
    ws: WorkspaceDep,
    sort: Literal["date", "score"] = "date",
    status: Annotated[str | None, Query(description="Only jobs with this status.")] = None,
) -> list[JobSummary]:
    """Saved jobs with the current CV's score, newest or best first."""
    return refusing(list_jobs, ws, sort=sort, status=status)


@router.post("/jobs", status_code=201, tags=["jobs"])
def post_job(ws: WorkspaceDep, body: NewJob) -> JobView:
    """Save a job from its text or its URL (fetched; private addresses refused)."""
    return refusing(add_job, ws, text=body.text, url=body.url)


@router.post("/jobs/file", status_code=201, tags=["jobs"])
def post_job_file(
    ws: WorkspaceDep, file: Annotated[UploadFile, File(description="PDF, DOCX, TXT, MD or HTML")]
) -> JobView:
    """Save a job from an uploaded posting file."""
    return refusing(add_job, ws, data=file.file.read(), filename=file.filename)


@router.get("/jobs/{job_id}", tags=["jobs"])
def get_one_job(ws: WorkspaceDep, job_id: Id) -> JobView:
    """One job with its posting text and interview rounds."""
    return get_job(ws, job_id)


@router.patch("/jobs/{job_id}", tags=["jobs"])
def patch_job(ws: WorkspaceDep, job_id: Id, body: StatusChange) -> JobView:
    """Change a job's status; 'interviewing' records round N and its date."""
    return refusing(set_job_status, ws, job_id, body.status, body.round_number, body.round_date)


@router.delete("/jobs/{job_id}", status_code=204, tags=["jobs"])
def delete_one_job(ws: WorkspaceDep, job_id: Id) -> Response:
    """Delete a job, its reports and its uploaded file."""
    delete_job(ws, job_id)
    return Response(status_code=204)


@router.get("/jobs/{job_id}/report", tags=["reports"])
def get_job_report(
    ws: WorkspaceDep,
    job_id: Id,
    cv: Annotated[Id | None, Query(description="CV version id; default: current.")] = None,
) -> ReportView:
    """The match report, with the doubt to close; recomputed only when inputs changed."""
    return ReportView.of(get_report(ws, job_id, cv))


@router.get("/jobs/{job_id}/compare", tags=["reports"])
def get_comparison(
    ws: WorkspaceDep,
    job_id: Id,
    a: Annotated[Id, Query(description="The 'before' CV version id.")],
    b: Annotated[Id, Query(description="The 'after' CV version id.")],
) -> Comparison:
    """Two CV versions against one job: both reports and each requirement's change."""
    return Comparison.of(compare_cvs(ws, job_id, a, b))


# everything


@router.get("/export", tags=["data"])
def get_export(ws: WorkspaceDep) -> dict[str, Any]:
    """Everything as one JSON document, uploads included (base64)."""
    return export_all(ws)


async def _export_body(request: Request) -> bytes:
    """The import's body unparsed: the workspace parses it, so an export that is not
    JSON, is nested too deeply or is wrong anywhere is one 400 saying why."""
    if request.headers.get("content-type", "").startswith(FORM_TYPES):
        raise Refused("send the export as the JSON body (application/json), not a form")
    return await request.body()


@router.post(
    "/import",
    status_code=204,
    tags=["data"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "An export, as GET /api/v1/export gives it (docs/storage.md).",
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
)
def post_import(ws: WorkspaceDep, body: Annotated[bytes, Depends(_export_body)]) -> Response:
    """Load an export into this workspace, which must be empty."""
    refusing(import_all, ws, body)
    return Response(status_code=204)


@router.delete("/data", status_code=204, tags=["data"])
def delete_data(ws: WorkspaceDep) -> Response:
    """Delete every CV version, job, report and file."""
    delete_everything(ws)
    return Response(status_code=204)
