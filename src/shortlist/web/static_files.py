"""Static files, the service worker at the site root, and the manifest's media type."""

from __future__ import annotations

import os
from os import PathLike
from pathlib import Path

from fastapi import FastAPI
from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

__all__ = ["install_static"]

MEDIA_TYPES = {
    ".webmanifest": "application/manifest+json",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


class _Static(StaticFiles):
    """StaticFiles with media types that do not depend on the host's mimetypes table."""

    def file_response(
        self,
        full_path: PathLike[str] | str,
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        media_type = MEDIA_TYPES.get(Path(full_path).suffix)
        if media_type is not None and response.status_code == 200:
            response.headers["content-type"] = media_type
        return response


def install_static(app: FastAPI, directory: Path) -> None:
    """Serve ``directory`` at /static and its sw.js at /sw.js (a worker's scope is its path)."""
    app.mount("/static", _Static(directory=directory), name="static")

    @app.get("/sw.js", include_in_schema=False)
    def service_worker() -> FileResponse:
        return FileResponse(
            directory / "sw.js",
            media_type="text/javascript",
            headers={"cache-control": "no-cache"},
        )
