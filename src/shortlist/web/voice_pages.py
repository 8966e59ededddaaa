"""Spoken answers on the pages: the recorded audio (with byte ranges, so the player can
seek), a recording's progress while it is transcribed, a whole-file upload that works
without JavaScript, and the corrected transcript.

Recording itself happens in the browser (static/recorder.js) through voice_api.py.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import File, Form, UploadFile
from fastapi.routing import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import refusing
from shortlist.web.ids import Id
from shortlist.web.page_kit import render, see
from shortlist.workspace import (
    correct_transcript,
    get_recording,
    recording_audio,
    upload_recording,
)

__all__ = ["byte_range", "router"]

router = APIRouter(include_in_schema=False)

#: Seconds between reloads of the progress page while an upload is transcribed.
REFRESH_SECONDS = 2
RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The first range of a Range header as (start, end inclusive), None for the whole
    body; ValueError when it cannot be satisfied."""
    match = RANGE.fullmatch((header or "").split(",")[0].strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        start, end = max(0, size - int(last)), size - 1
    else:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    if start > end or start >= size:
        raise ValueError("range not satisfiable")
    return start, end


@router.get("/recordings/{recording_id}/audio.wav")
def audio_wav(request: Request, ws: WorkspaceDep, recording_id: Id) -> Response:
    """The recorded answer as a 16 kHz mono WAV, served in ranges when asked: Chromium
    will not seek in audio whose server ignores them."""
    data = recording_audio(ws, recording_id)
    headers = {"accept-ranges": "bytes", "cache-control": "no-store"}
    try:
        wanted = byte_range(request.headers.get("range"), len(data))
    except ValueError:
        headers["content-range"] = f"bytes */{len(data)}"
        return Response(status_code=416, headers=headers)
    if wanted is None:
        return Response(data, media_type="audio/wav", headers=headers)
    start, end = wanted
    headers["content-range"] = f"bytes {start}-{end}/{len(data)}"
    return Response(data[start : end + 1], status_code=206, media_type="audio/wav", headers=headers)


@router.get("/recordings/{recording_id}")
def recording_page(request: Request, ws: WorkspaceDep, recording_id: Id) -> Response:
    """How far the transcription has come (the page reloads itself every 2 s); once done,
    the feedback on the answer."""
    view = get_recording(ws, recording_id)
    if view.status == "done":
        return see(f"/practice/{view.session_id}?answered={view.item_id}#feedback")
    response = render(request, "recording.html", {"recording": view}, done={})
    if view.status != "failed":
        # An HTTP refresh, not a script: the page works without JavaScript.
        response.headers["refresh"] = str(REFRESH_SECONDS)
    return response


@router.post("/practice/{session_id}/items/{item_id}/recording/file")
def recording_file_post(
    ws: WorkspaceDep,
    session_id: Id,
    item_id: Id,
    file: Annotated[UploadFile, File()],
) -> RedirectResponse:
    """A recorded answer as one file; 303 to its progress page."""
    view = refusing(upload_recording, ws, session_id, item_id, file.file.read(), file.filename)
    return see(f"/recordings/{view.id}")


@router.post("/practice/{session_id}/items/{item_id}/transcript")
def transcript_post(
    ws: WorkspaceDep, session_id: Id, item_id: Id, text: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """The transcript as the user corrected it; the feedback is computed again."""
    refusing(correct_transcript, ws, session_id, item_id, text)
    return see(f"/practice/{session_id}?answered={item_id}&done=corrected#feedback")
