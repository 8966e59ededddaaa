"""Spoken answers in the JSON API: recordings uploaded in chunks while the user speaks,
or as one file, transcribed in the background; the transcript corrected by hand.

The browser (static/recorder.js) sends each ~1 s chunk of 16 kHz mono 16-bit PCM as it
is recorded and keeps the unsent ones, so a dropped connection loses nothing: a chunk
sent twice is ignored, and one that skips ahead answers 409 with the index the server
``expected``, from which the browser resends.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from shortlist.web.api import PROBLEM
from shortlist.web.deps import WorkspaceDep
from shortlist.web.errors import PROBLEM_TYPE, refusing
from shortlist.web.ids import MAX_INTEGER, Id, Position
from shortlist.web.practice_api import LONG_TEXT
from shortlist.web.security import BodyTooLarge
from shortlist.workspace import (
    ChunkGap,
    ChunkMismatch,
    PracticeView,
    RecordingView,
    Workspace,
    add_chunk,
    correct_transcript,
    finish_recording,
    get_recording,
    start_recording,
    upload_recording,
)

__all__ = ["CHUNK_LIMIT", "read_limited", "router"]

#: Over the workspace's 512 KB per chunk, so its own message is the one seen up to there.
CHUNK_LIMIT = 600 * 1024

RESPONSES: dict[int | str, dict[str, Any]] = {
    **PROBLEM,
    409: {
        "description": "A chunk skipped ahead, or other audio was sent for a chunk already "
        "received: `expected` is the index to send next.",
        "content": {PROBLEM_TYPE: {}},
    },
}

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["recordings"])


class FinishIn(BaseModel):
    seconds_taken: int | None = Field(
        None, ge=0, le=MAX_INTEGER, description="How long the answer took, in seconds."
    )


class TranscriptIn(BaseModel):
    text: str = Field(max_length=LONG_TEXT)


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > limit:
            raise BodyTooLarge(limit)
    return bytes(body)


def chunk_problem(error: ChunkGap | ChunkMismatch) -> JSONResponse:
    """409 with the index to send next (``expected``) as a member of the problem: a
    chunk that skipped ahead, or other audio for a chunk already received."""
    if isinstance(error, ChunkGap):
        kind, title = "urn:shortlist:chunk-gap", "A chunk is missing"
    else:
        kind, title = "urn:shortlist:chunk-mismatch", "That chunk was already received"
    return JSONResponse(
        {
            "type": kind,
            "title": title,
            "status": 409,
            "detail": str(error),
            "expected": error.expected,
        },
        status_code=409,
        media_type=PROBLEM_TYPE,
    )


@router.post("/practice/{session_id}/items/{item_id}/recording", status_code=201)
def post_recording(ws: WorkspaceDep, session_id: Id, item_id: Id) -> RecordingView:
    """Start recording an answer to a question; chunks follow."""
    return refusing(start_recording, ws, session_id, item_id)


@router.put(
    "/recordings/{recording_id}/chunks/{index}",
    response_model=RecordingView,
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "16-bit signed little-endian PCM, 16 kHz, mono; at most 512 KB.",
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        }
    },
)
async def put_chunk(
    request: Request, ws: WorkspaceDep, recording_id: Id, index: Position
) -> RecordingView | JSONResponse:
    """Chunk ``index`` (from 0) of a recording. The same bytes again for one already
    received are a no-op; other bytes for it, or an index past the next expected, are a
    409 with ``expected``."""
    data = await read_limited(request, CHUNK_LIMIT)
    # A write: in a worker thread, never in the event loop.
    return await run_in_threadpool(refusing, _add_chunk, ws, recording_id, index, data)


def _add_chunk(
    ws: Workspace, recording_id: int, index: int, data: bytes
) -> RecordingView | JSONResponse:
    # Caught before refusing() sees it: a gap is a Conflict, itself a ValueError (400).
    try:
        return add_chunk(ws, recording_id, index, data)
    except (ChunkGap, ChunkMismatch) as error:
        return chunk_problem(error)


@router.post("/recordings/{recording_id}/finish", status_code=202)
def post_finish(ws: WorkspaceDep, recording_id: Id, body: FinishIn | None = None) -> RecordingView:
    """No more chunks: transcription and feedback go on in the background; poll
    ``GET /recordings/{id}`` until its status is done or failed."""
    taken = body.seconds_taken if body else None
    return refusing(finish_recording, ws, recording_id, taken)


@router.get("/recordings/{recording_id}")
def get_one(ws: WorkspaceDep, recording_id: Id) -> RecordingView:
    """A recording: status (recording, transcribing, done, failed), chunks received,
    seconds of audio, progress 0..1, and once done the transcript, words and delivery."""
    return get_recording(ws, recording_id)


@router.post("/practice/{session_id}/items/{item_id}/recording/file", status_code=202)
def post_recording_file(
    ws: WorkspaceDep,
    session_id: Id,
    item_id: Id,
    file: Annotated[UploadFile, File(description="WebM, Ogg, WAV, MP3 or M4A")],
) -> RecordingView:
    """A whole recorded answer as one file; transcribed in the background like a finish."""
    data = file.file.read()
    return refusing(upload_recording, ws, session_id, item_id, data, file.filename)


@router.put("/practice/{session_id}/items/{item_id}/transcript")
def put_transcript(
    ws: WorkspaceDep, session_id: Id, item_id: Id, body: TranscriptIn
) -> PracticeView:
    """Correct a spoken answer's transcript: the feedback is computed again, the word
    timings kept."""
    return refusing(correct_transcript, ws, session_id, item_id, body.text)
