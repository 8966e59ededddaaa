"""Real-browser tests: the app served by uvicorn on loopback, driven by Debian's Chromium.

Playwright drives the system Chromium: Playwright cannot download browsers here, and
must not try. axe-core comes from npm (package.json at the repository root, test-only).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The same day as the web tests, so scores and dates on the pages are known in advance.
TODAY = dt.date(2025, 11, 1)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
JOB_PATH = "/careers/data-platform-engineer"
JOB_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Data Platform Engineer - Fenwick Freight</title></head>
<body>
<header><nav><a href="/">Fenwick Freight careers</a></nav></header>
<main>
<article>
<h1>Data Platform Engineer</h1>
<p>Fenwick Freight - Leeds, UK (hybrid)</p>
<h2>About the role</h2>
<p>Fenwick Freight moves pallets for 900 shops across the north of England. You will build
the pipelines and services that tell our drivers where to go next, and keep them running.</p>
<h2>Requirements</h2>
<ul>
<li>4+ years of professional experience with Python</li>
<li>Experience with SQL and relational databases such as MySQL</li>
<li>Experience running services with Docker</li>
<li>Experience with Snowflake</li>
</ul>
<h2>Nice to have</h2>
<ul>
<li>Experience with Terraform</li>
</ul>
<p>Fenwick Freight is an equal opportunity employer.</p>
</article>
</main>
</body>
</html>
"""


def _require(path: Path, remedy: str) -> None:
    """Missing tools fail under CI and skip elsewhere, saying how to get them."""
    if path.exists():
        return
    reason = f"{path} is missing: {remedy}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


# Module scope, not session: Playwright's sync API keeps an event loop running in the
# main thread while it is started, which would break later tests that call asyncio.run.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright's own browser downloads are never used."""
    _require(CHROMIUM, "install Debian's chromium package (`.ci/run` does)")
    _require(AXE, "run `npm ci` at the repository root (`make test` does)")
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def _listening_socket() -> socket.socket:
    """A socket already bound to a free loopback port, so no other process can take it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture
def shortlist_url(tmp_path: Path) -> Iterator[str]:
    """The real app over a fresh workspace, served by uvicorn on loopback in a thread."""
    data_dir = tmp_path / "data"
    settings = Settings(
        data_dir=data_dir,
        database_url=f"sqlite:///{data_dir / 'shortlist.db'}",
        # The posting server of the URL step listens on loopback.
        allow_private_urls=True,
    )
    workspace = open_workspace(settings, clock=FixedClock(TODAY))
    app = create_app(workspace=workspace)
    sock = _listening_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", server_header=False)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start within 10 s"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        workspace.close()


class _PostingHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != JOB_PATH:
            self.send_error(404)
            return
        body = JOB_PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is for the tests."""


@pytest.fixture(scope="session")
def posting_url() -> Iterator[str]:
    """The address of a job posting page on a local web server."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PostingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{JOB_PATH}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Opens a tab in a fresh browser context (its own cookies, storage, service worker)."""
    contexts: list[BrowserContext] = []

    def open_page(width: int, height: int, *, dark: bool = False) -> Page:
        context = browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme="dark" if dark else "light",
            accept_downloads=True,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def axe_source(browser: Browser) -> str:
    """axe-core's script, to evaluate in a page (the browser fixture checked it exists)."""
    return AXE.read_text(encoding="utf-8")
