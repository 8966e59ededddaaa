"""The HTML pages: each route reads its input, calls one workspace function, renders.

Forms post back and redirect (303) to the page showing the result, so a reload never
repeats an action. Errors are rendered by errors.py as friendly pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Query, UploadFile
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from shortlist.ingest.errors import TextTooLong
from shortlist.web import cv_pages
from shortlist.web.calls import fresh
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import Refused, refusing
from shortlist.web.ids import MAX_INTEGER, Id
from shortlist.web.page_kit import renderer, see
from shortlist.web.presenting import STATUS_LABELS, status_label, timeline
from shortlist.web.templating import Fragments
from shortlist.workspace import (
    CvVersionView,
    add_cv,
    add_job,
    compare_cvs,
    current_cv,
    cv_understanding,
    delete_everything,
    delete_job,
    edit_cv_line,
    export_all,
    get_cv_version,
    get_job,
    import_all,
    job_details,
    jobs_overview,
    journals_due,
    list_cv_versions,
    original_file,
    set_job_status,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Messages a redirect may ask a page to show (?done=...): fixed text, never echoed input.
DONE = {
    "deleted-job": "The job was deleted.",
    "deleted-all": "Everything was deleted: your CV versions, jobs, reports and files.",
    "imported": "The export was imported.",
    "status": "The status was saved.",
    **cv_pages.DONE,
}

OptionalText = Annotated[str | None, Form()]
OptionalFile = Annotated[UploadFile | None, File()]

_render = renderer(DONE)


def _fragment(request: Request, name: str, **view: object) -> Markup:
    fragments: Fragments = request.app.state.fragments
    return fragments.render(name, **view)


def _given(value: str | None) -> str | None:
    """Form fields left empty arrive as ''; the workspace wants None for 'not given'."""
    return value if value is not None and value.strip() else None


def _upload(file: UploadFile | None) -> tuple[bytes | None, str | None]:
    """The bytes and name of a chosen file; (None, None) when the field was left empty."""
    if file is None or not file.filename:
        return None, None
    # The body limit middleware has already bounded what this can hold.
    return file.file.read(), file.filename


@router.get("/")
def home(ws: WorkspaceDep) -> RedirectResponse:
    """First run goes to the CV page; after that, to the jobs."""
    return see("/jobs" if current_cv(ws) is not None else "/cv")


# CV


def _cv_page(
    request: Request,
    ws: WorkspaceDep,
    versions: Sequence[CvVersionView],
    shown: CvVersionView | None,
    warnings: Sequence[str] | None = None,
) -> Response:
    understanding = None
    if shown is not None:
        try:
            understanding = cv_understanding(ws, shown.id)
        except TextTooLong as error:
            # A saved CV over the size limit: the page still lets the user add a shorter one.
            warnings = [*(warnings or []), str(error)]
    return _render(
        request,
        "cv.html",
        {
            "versions": versions,
            "shown": shown,
            "understanding": understanding,
            "timeline": timeline(understanding.roles) if understanding else None,
            "warnings": warnings or [],
        },
    )


@router.get("/cv")
def cv_page(request: Request, ws: WorkspaceDep) -> Response:
    """The current CV and what was understood from it, or the first-run form."""
    versions = list_cv_versions(ws)
    return _cv_page(request, ws, versions, versions[0] if versions else None)


@router.get("/cv/{cv_id}")
def cv_version_page(request: Request, ws: WorkspaceDep, cv_id: Id) -> Response:
    """One CV version and what was understood from it."""
    shown = get_cv_version(ws, cv_id)
    return _cv_page(request, ws, list_cv_versions(ws), shown)


@router.post("/cv")
def cv_add(
    request: Request,
    ws: WorkspaceDep,
    file: OptionalFile = None,
    text: OptionalText = None,
    label: OptionalText = None,
) -> Response:
    """Add a CV version from an upload or pasted text."""
    data, filename = _upload(file)
    pasted = _given(text)
    if data is None and filename is None and pasted is None:
        raise Refused("choose a file or paste the text of your CV")
    if filename is not None:
        added = refusing(add_cv, ws, data=data, filename=filename, label=_given(label))
    else:
        added = refusing(add_cv, ws, text=pasted, label=_given(label))
    if added.warnings:
        # Shown once, right here: a redirect would lose them.
        return _cv_page(request, ws, list_cv_versions(ws), added, added.warnings)
    return see(f"/cv/{added.id}")


@router.post("/cv/{cv_id}/lines")
def cv_edit_line(
    ws: WorkspaceDep,
    cv_id: Id,
    old_line: Annotated[str, Form()],
    new_line: Annotated[str, Form()],
) -> RedirectResponse:
    """Fix a line the reading got wrong; the fix is saved as a new version."""
    edited = refusing(edit_cv_line, ws, cv_id, old_line, new_line)
    return see(f"/cv/{edited.id}")


# jobs


@router.get("/jobs")
async def jobs_page(
    request: Request,
    ws: WorkspaceDep,
    sort: Literal["date", "score"] = "date",
    status: str | None = None,
) -> Response:
    """Saved jobs with their score badges, sorted and filtered."""
    wanted = _given(status)
    overview = await fresh(refusing, jobs_overview, ws, sort=sort, status=wanted)
    due = await fresh(journals_due, ws)
    return _render(
        request,
        "jobs.html",
        {
            "jobs": overview.jobs,
            "jobs_html": (
                _fragment(request, "_job_list.html", overview=overview) if overview.jobs else None
            ),
            "sort": sort,
            "status": wanted,
            "statuses": STATUS_LABELS,
            "has_cv": overview.has_cv,
            "journals_due": due,
        },
    )


@router.get("/jobs/new")
def job_new_page(request: Request) -> Response:
    """The three ways to add a job: paste, upload, URL."""
    return _render(request, "job_new.html", {})


@router.post("/jobs")
def job_add(
    ws: WorkspaceDep,
    file: OptionalFile = None,
    text: OptionalText = None,
    url: OptionalText = None,
) -> RedirectResponse:
    """Save a job from pasted text, an uploaded file or a URL."""
    data, filename = _upload(file)
    pasted, address = _given(text), _given(url)
    if filename is not None:
        job = refusing(add_job, ws, data=data, filename=filename)
    elif address is not None:
        job = refusing(add_job, ws, url=address, text=pasted)
    elif pasted is not None:
        job = refusing(add_job, ws, text=pasted)
    else:
        raise Refused("paste the posting, choose its file, or give its address")
    return see(f"/jobs/{job.id}")


@router.get("/jobs/{job_id}")
async def job_page(
    request: Request, ws: WorkspaceDep, job_id: Id, cv: Annotated[Id | None, Query()] = None
) -> Response:
    """A job with its match report, status and actions."""
    details = await fresh(job_details, ws, job_id, cv)
    due = await fresh(journals_due, ws)
    job = details.job
    latest_round = job.rounds[-1] if job.rounds else None
    return _render(
        request,
        "job.html",
        {
            "job": job,
            "report": details.report,
            "report_problem": details.report_problem,
            "report_html": (
                _fragment(request, "_report.html", details=details) if details.report else None
            ),
            "statuses": STATUS_LABELS,
            "status_text": status_label(job.status, latest_round.number if latest_round else None),
            "next_round": (latest_round.number + 1) if latest_round else 1,
            "journals_due": [d for d in due if d.job_id == job_id],
        },
    )


@router.post("/jobs/{job_id}/status")
def job_status(
    ws: WorkspaceDep,
    job_id: Id,
    status: Annotated[str, Form()],
    round_number: Annotated[int | None, Form(le=MAX_INTEGER)] = None,
    round_date: Annotated[dt.date | None, Form()] = None,
) -> RedirectResponse:
    """Move the job along the pipeline."""
    if status != "interviewing":
        # The round fields stay in the form (hidden) whatever the status: ignore them.
        round_number = round_date = None
    refusing(set_job_status, ws, job_id, status, round_number, round_date)
    return see(f"/jobs/{job_id}?done=status")


@router.post("/jobs/{job_id}/delete")
def job_delete(ws: WorkspaceDep, job_id: Id) -> RedirectResponse:
    """Delete the job, its reports and its uploaded file."""
    delete_job(ws, job_id)
    return see("/jobs?done=deleted-job")


@router.get("/jobs/{job_id}/compare")
def job_compare(
    request: Request,
    ws: WorkspaceDep,
    job_id: Id,
    a: Annotated[Id | None, Query()] = None,
    b: Annotated[Id | None, Query()] = None,
) -> Response:
    """Two CV versions side by side against one job."""
    job = get_job(ws, job_id)
    versions = list_cv_versions(ws)
    if a is None and b is None and len(versions) >= 2:
        # Newest first: by default, what the last change did.
        a, b = versions[1].id, versions[0].id
    comparison = compare_cvs(ws, job_id, a, b) if a is not None and b is not None else None
    return _render(
        request,
        "compare.html",
        {"job": job, "versions": versions, "a": a, "b": b, "comparison": comparison},
    )


@router.get("/files/{document_id}")
def original(ws: WorkspaceDep, document_id: Id) -> Response:
    """An uploaded file exactly as received, always as a download (never shown inline)."""
    stored = original_file(ws, document_id)
    name = stored.filename or f"upload-{document_id}"
    # The exact name as RFC 5987 filename* (every byte outside its safe set escaped), and
    # a printable-ASCII fallback for old clients: whatever name was stored, nothing in
    # it (CR/LF, quotes, backslashes, folders) can break the header or end the connection.
    fallback = "".join(c if " " <= c <= "~" and c not in '"\\%/' else "_" for c in name)
    escaped = quote(name, safe="", errors="replace")
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{escaped}"
    return Response(
        stored.data,
        media_type=stored.content_type,
        headers={"content-disposition": disposition},
    )


# data


@router.get("/data")
def data_page(request: Request) -> Response:
    """Export, import, delete everything."""
    return _render(request, "data.html", {})


@router.get("/data/export")
def data_export(ws: WorkspaceDep) -> JSONResponse:
    """Everything as one JSON file to download."""
    name = f"shortlist-export-{ws.clock.today().isoformat()}.json"
    return JSONResponse(
        export_all(ws), headers={"content-disposition": f'attachment; filename="{name}"'}
    )


@router.post("/data/import")
def data_import(ws: WorkspaceDep, file: OptionalFile = None) -> RedirectResponse:
    """Load an export into this (empty) workspace."""
    data, _ = _upload(file)
    if data is None:
        raise Refused("choose the export file (a .json file Shortlist saved)")
    # The workspace parses the file: not JSON, nested too deeply or wrong in any value,
    # it is one clear 400.
    refusing(import_all, ws, data)
    return see("/data?done=imported")


@router.get("/data/delete")
def data_delete_page(request: Request) -> Response:
    """The confirm step before deleting everything."""
    return _render(request, "delete.html", {})


@router.post("/data/delete")
def data_delete(ws: WorkspaceDep, confirm: OptionalText = None) -> RedirectResponse:
    """Delete every CV version, job, report and file, once confirmed."""
    if confirm != "yes":
        raise Refused("tick the box to confirm that everything should be deleted")
    delete_everything(ws)
    return see("/cv?done=deleted-all")
