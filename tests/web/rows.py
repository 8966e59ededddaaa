"""One real row of each kind a route can name, for tests that walk every route."""

from __future__ import annotations

from shortlist.workspace import (
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    add_story,
    mark_cv_line_misread,
    save_journal,
    start_practice,
    start_recording,
)


def one_of_each(ws: Workspace) -> dict[str, int | str]:
    """Adds a CV (from a file), a job with round 1's journal, a voice practice session
    with a recording started (one chunk in), a story and the CV's first line marked as
    misread; returns the value of each path
    parameter."""
    cv = add_cv(ws, data=b"Ada Lovelace\nSkills: Python, SQL\n", filename="cv.txt")
    job = add_job(ws, text="Data Engineer at Acme\nPython and SQL required.")
    practice = start_practice(ws, job.id, length=2, voice=True)
    assert practice.current_id is not None and cv.document_id is not None
    recording = start_recording(ws, practice.id, practice.current_id)
    # A tenth of a second of audio, so that finishing it gets as far as its own checks.
    add_chunk(ws, recording.id, 0, b"\0\0" * 1600)
    story = add_story(ws, title="Faster reports", action="Rewrote the queries.")
    save_journal(ws, job.id, 1, forgot="Nothing.")
    # A line marked as misread, at offset 0.
    mark_cv_line_misread(ws, cv.id, "Ada Lovelace")
    return {
        "cv_id": cv.id,
        "job_id": job.id,
        "document_id": cv.document_id,
        "session_id": practice.id,
        "item_id": practice.current_id,
        "recording_id": recording.id,
        "story_id": story.id,
        "number": 1,
        "index": 0,
        "start": 0,
        "ask_id": "no-such-ask",
    }
