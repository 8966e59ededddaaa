"""What routes receive from the app: the workspace it was built over."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import Request

from shortlist.workspace import Workspace

__all__ = ["WorkspaceDep"]


# Async although it awaits nothing: a plain def would cost every request a hop to the
# thread pool and back.
async def _workspace(request: Request) -> Workspace:
    workspace = request.app.state.workspace
    assert isinstance(workspace, Workspace)
    return workspace


WorkspaceDep = Annotated[Workspace, Depends(_workspace)]
