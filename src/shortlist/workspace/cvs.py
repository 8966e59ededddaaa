"""CV services: add a version, list them, see what was understood, fix a line."""

from __future__ import annotations

from shortlist.core.cv.sections import PASTIME_SECTIONS, personal_lines
from shortlist.core.models import CV, Line, month_label
from shortlist.ingest import TextTooLong
from shortlist.storage import CvVersionRow, Repos
from shortlist.workspace.base import NotFound, Workspace, cached, cv_row, utc
from shortlist.workspace.budget import check_saved_text, cv_name
from shortlist.workspace.cv_corrections import carry_corrections
from shortlist.workspace.cv_reading import corrections_view, read_cv, reading_of
from shortlist.workspace.uploads import basename, keep_file, one_source, read_document
from shortlist.workspace.views import (
    CvCorrectionsView,
    CvUnderstanding,
    CvVersionView,
    EducationView,
    LanguageView,
    QuotedLine,
    RoleView,
    SkillView,
)


def add_cv(
    ws: Workspace,
    *,
    data: bytes | None = None,
    filename: str | None = None,
    text: str | None = None,
    label: str | None = None,
) -> CvVersionView:
    """Add a CV version from an upload (bytes + filename) or pasted text; it becomes current."""
    one_source("the CV", data=data, text=text)
    document = read_document(ws, "the CV", data=data, filename=filename, text=text)
    name = basename(filename)
    with ws.db.session() as session:
        repos = ws.repos(session)
        document_id = None
        if data is not None:
            document_id = keep_file(ws, repos, "cv", data, name, document).id
        default = name or f"Pasted {ws.clock.today().isoformat()}"
        row = repos.cvs.add(
            label=_label(label or default),
            text=document.text,
            document_id=document_id,
            parent_id=None,
        )
        return _cv_view(row, _number(repos, row), True, list(document.warnings))


def list_cv_versions(ws: Workspace) -> list[CvVersionView]:
    """Every CV version, newest (current) first."""
    return list(cached(ws, ("cv versions",), cv_views))


def current_cv(ws: Workspace) -> CvVersionView | None:
    """The newest CV version, or None before any CV was given."""
    versions = cached(ws, ("cv versions",), cv_views)
    return versions[0] if versions else None


def get_cv_version(ws: Workspace, cv_id: int) -> CvVersionView:
    """One CV version with its text; NotFound for an id never given."""
    found = next((v for v in cached(ws, ("cv versions",), cv_views) if v.id == cv_id), None)
    if found is None:
        raise NotFound(f"no CV version with id {cv_id}")
    return found


def cv_understanding(ws: Workspace, cv_id: int) -> CvUnderstanding:
    """What was read from CV version ``cv_id``: roles, skills with time, education...,
    with the user's corrections (cv_corrections.py) applied and listed."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = cv_row(repos, cv_id)
        reading, name = reading_of(repos, row), cv_name(row)
    check_saved_text(reading.text, name, ws.settings.max_text_chars)
    cv = read_cv(reading, ws.clock.today())
    return _understanding(cv_id, cv, corrections_view(cv_id, reading))


def edit_cv_line(ws: Workspace, cv_id: int, old_line: str, new_line: str) -> CvVersionView:
    """Replace one line of CV version ``cv_id``, saved as a new (current) version that
    keeps the corrections of the old one (cv_corrections.carry_corrections)."""
    wanted = old_line.strip()
    replacement = new_line.strip()
    if not wanted:
        raise ValueError("say which line to change: the old line is empty")
    if "\n" in replacement or "\r" in replacement:
        raise ValueError("the new line must be one line")
    with ws.db.session() as session:
        repos = ws.repos(session)
        parent = cv_row(repos, cv_id)
        lines = parent.text.split("\n")
        for i, line in enumerate(lines):
            if line.strip() == wanted:
                indent = line[: len(line) - len(line.lstrip())]
                lines[i] = indent + replacement if replacement else ""
                break
        else:
            raise ValueError(f"CV version {cv_id} has no line {wanted!r}")
        if replacement == wanted:
            raise ValueError("the new line is the same as the old one: nothing to change")
        label = parent.label.removesuffix(", edited") + ", edited"
        text = "\n".join(lines)
        if len(text) > ws.settings.max_text_chars:
            # A long enough new line would make a CV no upload or paste could give.
            raise TextTooLong("the edited CV", len(text), ws.settings.max_text_chars)
        row = repos.cvs.add(label=_label(label), text=text, document_id=None, parent_id=parent.id)
        carry_corrections(repos, parent, row)
        return _cv_view(row, _number(repos, row), True)


def cv_views(repos: Repos) -> tuple[CvVersionView, ...]:
    """Every version's view, newest first."""
    rows = repos.cvs.all()
    last = len(rows)
    return tuple(_cv_view(row, i, i == last) for i, row in reversed(list(enumerate(rows, 1))))


def _label(value: str) -> str:
    return value.strip()[:200] or "CV"


def _number(repos: Repos, row: CvVersionRow) -> int:
    return [r.id for r in repos.cvs.all()].index(row.id) + 1


def _cv_view(
    row: CvVersionRow, number: int, is_current: bool, warnings: list[str] | None = None
) -> CvVersionView:
    source = "edit" if row.parent_id is not None else "upload" if row.document_id else "paste"
    return CvVersionView(
        id=row.id,
        number=number,
        label=row.label,
        source=source,
        text=row.text,
        filename=row.document.filename if row.document is not None else None,
        document_id=row.document_id,
        parent_id=row.parent_id,
        created_at=utc(row.created_at),
        is_current=is_current,
        warnings=warnings or [],
    )


def _understanding(cv_id: int, cv: CV, corrections: CvCorrectionsView) -> CvUnderstanding:
    roles = [
        RoleView(
            title=role.title,
            employer=role.employer,
            start=month_label(role.span.start) if role.span else None,
            end=month_label(role.span.end) if role.span else None,
            current=role.span.current if role.span else False,
            months=role.span.months if role.span else 0,
            dates_text=role.span.text if role.span else None,
            header=role.header.text,
            lines=[line.text for line in role.lines],
            header_line=_quoted(role.header),
            quoted_lines=[_quoted(line) for line in role.lines],
        )
        for role in cv.roles
    ]
    skills = [
        SkillView(
            name=use.canonical,
            kind=use.kind,
            months=use.months,
            years=round(use.months / 12, 1),
            last_used=month_label(use.last_used) if use.last_used is not None else None,
            evidence=[line.text for line in use.evidence],
            evidence_lines=[QuotedLine(line.text, line.start) for line in use.evidence],
        )
        for use in cv.skills
    ]
    return CvUnderstanding(
        cv_id=cv_id,
        roles=roles,
        skills=skills,
        education=[
            EducationView(e.line.text, e.level.name.lower(), e.field, e.in_progress, e.line.start)
            for e in cv.education
        ],
        certifications=[line.text for line in cv.certifications],
        languages=[LanguageView(x.name, x.level, x.line.text, x.line.start) for x in cv.languages],
        total_months=cv.total_months,
        certification_lines=[_quoted(line) for line in cv.certifications],
        corrections=corrections,
        other_lines=_other_lines(cv),
    )


def _quoted(line: Line) -> QuotedLine:
    return QuotedLine(line.text, line.start)


def _other_lines(cv: CV) -> list[QuotedLine]:
    """The lines a report may quote (core/match/evidence.py: every section's lines but
    hobbies, the name and contact details) that no role, skill, education, certification
    or language shows."""
    shown = {line.start for role in cv.roles for line in (role.header, *role.lines)}
    shown |= {line.start for use in cv.skills for line in use.evidence}
    shown |= {line.start for line in cv.certifications}
    shown |= {x.line.start for x in cv.education} | {x.line.start for x in cv.languages}
    shown |= personal_lines(cv.sections)
    return [
        _quoted(line)
        for section in cv.sections
        if section.name not in PASTIME_SECTIONS
        for line in section.lines
        if line.start not in shown and line.text.strip()
    ]
