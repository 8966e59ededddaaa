"""DNS rebinding in a real browser: Chromium is told that attacker.test is 127.0.0.1, as
a rebinding attacker's DNS would tell it, and still gets nothing from the app."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Playwright
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _require

CV = "Ada Example\nSoftware engineer, Acme Ltd, 2019 - 2024\nPython, PostgreSQL, Kubernetes"


@pytest.fixture(scope="module")
def rebound_browser(playwright: Playwright) -> Iterator[Browser]:
    _require(CHROMIUM, "install Debian's chromium package (`.ci/run` does)")
    args = [*CHROMIUM_ARGS, "--host-resolver-rules=MAP attacker.test 127.0.0.1"]
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
    yield chromium
    chromium.close()


def test_a_rebound_name_reads_nothing_while_the_real_address_works(
    rebound_browser: Browser, shortlist_url: str
) -> None:
    port = urlsplit(shortlist_url).port
    context = rebound_browser.new_context()
    try:
        page = context.new_page()
        # The user's own tab: adds a CV through the API, as the app's pages do.
        page.goto(f"{shortlist_url}/cv")
        status = page.evaluate(
            """async (cv) => {
                const token = (await (await fetch("/api/v1/csrf")).json()).token;
                const answer = await fetch("/api/v1/cv", {
                    method: "POST",
                    headers: {"Content-Type": "application/json", "X-CSRF-Token": token},
                    body: JSON.stringify({text: cv}),
                });
                return answer.status;
            }""",
            CV,
        )
        assert status == 201

        # The same server under the attacker's name: every answer is the refusal.
        for path in ("/api/v1/export", "/api/v1/csrf", "/cv"):
            answer = page.goto(f"http://attacker.test:{port}{path}")
            assert answer is not None
            assert answer.status == 400, path
            assert "Ada Example" not in page.content()
            assert "attacker.test" in page.content()
        assert "shortlist_csrf" not in {c["name"] for c in context.cookies("http://attacker.test")}
    finally:
        context.close()
