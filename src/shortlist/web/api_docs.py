"""/docs: the JSON API described from its OpenAPI document, as a plain page.

Swagger UI would need third-party script and inline code, which the CSP forbids and an
offline app could not fetch anyway.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

__all__ = ["operations", "router"]

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """The API described from its OpenAPI document, as a plain page (no script needed)."""
    spec = request.app.openapi()
    templates = request.app.state.templates
    return templates.TemplateResponse(  # type: ignore[no-any-return]
        request,
        "api_docs.html",
        {"operations": operations(spec), "openapi_version": spec.get("openapi", "")},
    )


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of an OpenAPI document, flattened for the docs page."""
    found = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": ", ".join(body),
                }
            )
    return found
