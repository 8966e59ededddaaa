"""The web app: server-rendered pages and the /api/v1 JSON API over the workspace.

Build it with :func:`shortlist.web.app.create_app`; nothing is created at import time.
"""
