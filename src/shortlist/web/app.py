"""The FastAPI app factory: pages, the /api/v1 JSON API, static files and the guards.

Nothing is built at import time: ``create_app`` opens the workspace (or takes one) and
wires everything to it, so tests build a fresh app over a temporary workspace, and each
worker process of ``shortlist serve --workers N`` builds its own with ``app_from_env``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI

from shortlist import __version__
from shortlist.bootstrap import open_workspace
from shortlist.config import Settings
from shortlist.ingest.limits import MB
from shortlist.web import (
    api,
    api_docs,
    cv_pages,
    pages,
    practice_api,
    practice_pages,
    prep_api,
    prep_pages,
    story_pages,
    voice_api,
    voice_pages,
)
from shortlist.web.errors import install_error_handlers, refusal_response
from shortlist.web.head import HeadAsGetMiddleware
from shortlist.web.hosts import HostGuardMiddleware, allowed_hosts
from shortlist.web.security import (
    BodyLimitMiddleware,
    CsrfCookieMiddleware,
    CsrfTokens,
    SecurityHeadersMiddleware,
    require_csrf,
)
from shortlist.web.static_files import install_static
from shortlist.web.templating import Fragments, make_templates
from shortlist.workspace import Workspace, resume_recordings, secret_key

__all__ = ["app_from_env", "create_app"]

STATIC_DIR = Path(__file__).parent / "static"
#: Room for the multipart envelope and the other form fields around one upload.
FORM_OVERHEAD = 256 * 1024
#: An export holds every upload, base64-encoded (4/3 larger), so an import may carry many.
IMPORT_FILES = 20
IMPORT_PATHS = frozenset({"/api/v1/import", "/data/import"})
#: The end of both recording upload paths (page and API), limited by max_audio_mb.
AUDIO_UPLOAD_SUFFIX = "/recording/file"


def create_app(settings: Settings | None = None, *, workspace: Workspace | None = None) -> FastAPI:
    """The web app over ``workspace`` (opened from ``settings`` when not given)."""
    if workspace is None:
        workspace = open_workspace(settings or Settings())
    settings = settings or workspace.settings
    upload_limit = int(settings.max_file_mb * MB) + FORM_OVERHEAD
    import_limit = int(settings.max_file_mb * MB * IMPORT_FILES * 4 / 3) + FORM_OVERHEAD
    # A recorded answer may be larger than a CV or a posting (a WAV is 1.9 MB a minute).
    audio_limit = int(settings.max_audio_mb * MB) + FORM_OVERHEAD

    def limit_for(path: str) -> int:
        if path.endswith(AUDIO_UPLOAD_SUFFIX):
            return max(audio_limit, upload_limit)
        return import_limit if path in IMPORT_PATHS else upload_limit

    app = FastAPI(
        title="Shortlist",
        version=__version__,
        summary="An honest match between your CV and the jobs you are chasing.",
        # Our own /docs page (api_docs.py) instead of Swagger UI.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        dependencies=[Depends(require_csrf)],
    )
    app.state.workspace = workspace
    # Answers a stopped server left transcribing are picked up again (in the background).
    resume_recordings(workspace)
    app.state.settings = settings
    app.state.templates = make_templates()
    app.state.fragments = Fragments(app.state.templates.env)
    tokens = CsrfTokens(secret_key(workspace.settings).encode())
    app.state.csrf_tokens = tokens

    install_error_handlers(app)
    install_static(app, STATIC_DIR)
    app.include_router(pages.router)
    app.include_router(cv_pages.router)
    app.include_router(api.router)
    app.include_router(prep_pages.router)
    app.include_router(story_pages.router)
    app.include_router(prep_api.router)
    app.include_router(practice_pages.router)
    app.include_router(practice_api.router)
    app.include_router(voice_pages.router)
    app.include_router(voice_api.router)
    app.include_router(api_docs.router)

    # Added innermost first: headers wrap everything; a foreign Host or Origin is refused
    # before anything else runs (no CSRF cookie is handed to it); the CSRF cookie is set
    # before the body limit can answer, so even its 413 page carries a valid token.
    app.add_middleware(BodyLimitMiddleware, limit_for=limit_for, too_large=refusal_response)
    app.add_middleware(CsrfCookieMiddleware, tokens=tokens)
    hosts = allowed_hosts(settings.host, settings.allowed_host_names())
    app.add_middleware(HostGuardMiddleware, allowed=hosts, refuse=refusal_response)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(HeadAsGetMiddleware)
    return app


def app_from_env() -> FastAPI:
    """The app for the settings in the environment: uvicorn's factory in each worker."""
    return create_app(Settings())
