"""Correcting how a CV version was read: remove a skill that is not the user's, mark a
line the reading got wrong as misread, and undo either.

A correction belongs to one CV version and applies wherever that version is read
(cv_reading.py): the CV page, the match report of every saved job, interview plans and
practice feedback. Fixing a line (cvs.edit_cv_line) carries the version's corrections
over to the version it makes; a new upload or paste starts without any.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from shortlist.core.text.lines import split_lines
from shortlist.storage import CvVersionRow, MarkedLine, Repos
from shortlist.workspace.base import Workspace, cv_row
from shortlist.workspace.budget import check_saved_text, cv_name
from shortlist.workspace.cv_reading import CvReading, corrections_view, read_cv, reading_of
from shortlist.workspace.views import CvCorrectionsView

__all__ = [
    "carry_corrections",
    "cv_corrections",
    "mark_cv_line_misread",
    "remove_cv_skill",
    "restore_cv_skill",
    "unmark_cv_line",
]


def cv_corrections(ws: Workspace, cv_id: int) -> CvCorrectionsView:
    """The skills removed from CV version ``cv_id`` and the lines marked as misread."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        return corrections_view(cv_id, reading_of(repos, cv_row(repos, cv_id)))


def remove_cv_skill(ws: Workspace, cv_id: int, skill: str) -> CvCorrectionsView:
    """Say a skill read from CV version ``cv_id`` is not the user's: no report, plan or
    feedback uses it any more. ValueError for a skill the version does not show."""
    wanted = skill.strip()
    if not wanted:
        raise ValueError("say which skill to remove: the name is empty")
    reading = _reading(ws, cv_id)
    if _named(wanted, reading.corrections.removed_skills) is None:
        # Parsed outside the write transaction: nobody waits on it meanwhile.
        every = dataclasses.replace(reading.corrections, removed_skills=())
        shown = read_cv(CvReading(reading.text, every), ws.clock.today())
        found = _named(wanted, [use.canonical for use in shown.skills])
        if found is None:
            raise ValueError(
                f"CV version {cv_id} shows no skill {wanted!r}: only a skill listed on its "
                "CV page can be removed"
            )
        with ws.db.session() as session:
            ws.repos(session).cvs.remove_skills(cv_id, [found])
    return cv_corrections(ws, cv_id)


def restore_cv_skill(ws: Workspace, cv_id: int, skill: str) -> CvCorrectionsView:
    """Undo :func:`remove_cv_skill`. ValueError for a skill that was not removed."""
    wanted = skill.strip()
    if not wanted:
        raise ValueError("say which skill to restore: the name is empty")
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = cv_row(repos, cv_id)
        found = _named(wanted, repos.cvs.corrections(cv_id).removed_skills)
        if found is None:
            raise ValueError(f"{wanted!r} is not a skill removed from CV version {cv_id}")
        repos.cvs.restore_skill(cv_id, found)
        return corrections_view(cv_id, reading_of(repos, row))


def mark_cv_line_misread(
    ws: Workspace, cv_id: int, line: str, start: int | None = None
) -> CvCorrectionsView:
    """Say a line of CV version ``cv_id`` was misread: nothing is read from it any more
    (no role, skill, degree, credential or evidence). ``line`` as the CV page shows it
    (spacing and line breaks aside); ``start``, its offset, picks one line of several
    alike, else every line with that text is marked. ValueError for a line the version
    does not have."""
    wanted = _squeezed(line)
    if not wanted:
        raise ValueError("say which line was misread: the line is empty")
    reading = _reading(ws, cv_id)

    def same(text: str, at: int) -> bool:
        return _squeezed(text) == wanted and (start is None or at == start)

    # Lines as the page shows them: read from the text with the marks already made.
    lines = split_lines(reading.corrected_text, join_wrapped=True)
    found = [
        MarkedLine(x.start, reading.text[x.start : x.end]) for x in lines if same(x.text, x.start)
    ]
    if not found:
        if any(same(x.text, x.start) for x in reading.corrections.misread_lines):
            return corrections_view(cv_id, reading)  # marked already
        at = f" at offset {start}" if start is not None else ""
        raise ValueError(f"CV version {cv_id} has no line {wanted!r}{at}")
    with ws.db.session() as session:
        ws.repos(session).cvs.mark_misread(cv_id, found)
    return cv_corrections(ws, cv_id)


def unmark_cv_line(ws: Workspace, cv_id: int, start: int) -> CvCorrectionsView:
    """Undo :func:`mark_cv_line_misread` for the line at ``start``. ValueError for a
    line not marked."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = cv_row(repos, cv_id)
        if not repos.cvs.unmark_misread(cv_id, start):
            raise ValueError(
                f"no line of CV version {cv_id} at offset {start} is marked as misread"
            )
        return corrections_view(cv_id, reading_of(repos, row))


def carry_corrections(repos: Repos, parent: CvVersionRow, child: CvVersionRow) -> None:
    """The corrections of ``parent`` made to ``child``, a version edited from it: every
    removed skill, and each misread line still in it (the one nearest its old place)."""
    corrections = repos.cvs.corrections(parent.id)
    repos.cvs.remove_skills(child.id, corrections.removed_skills)
    lines = split_lines(child.text, join_wrapped=True)
    moved = []
    for mark in corrections.misread_lines:
        alike = [x for x in lines if x.text == mark.text]
        if alike:
            nearest = min(alike, key=lambda x: abs(x.start - mark.start))
            moved.append(MarkedLine(nearest.start, nearest.text))
    repos.cvs.mark_misread(child.id, moved)


def _reading(ws: Workspace, cv_id: int) -> CvReading:
    """CV version ``cv_id`` with its corrections; NotFound, or TextTooLong for a saved
    text over the size limit (it is parsed next)."""
    with ws.db.session() as session:
        repos = ws.repos(session)
        row = cv_row(repos, cv_id)
        reading, name = reading_of(repos, row), cv_name(row)
    check_saved_text(reading.text, name, ws.settings.max_text_chars)
    return reading


def _named(wanted: str, names: Iterable[str]) -> str | None:
    """The name among ``names`` that ``wanted`` is, whatever its case."""
    key = wanted.casefold()
    return next((name for name in names if name.casefold() == key), None)


def _squeezed(text: str) -> str:
    """``text`` with each run of spaces and line breaks one space: a line as sent by a
    form (CR LF for LF) or typed is the same line."""
    return " ".join(text.split())
