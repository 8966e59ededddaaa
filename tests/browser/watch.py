"""What the browser journeys share: a watched tab whose every page must pass the same
checks, and the sample CV and posting pasted through the forms.

A check keeps a screenshot under artifacts/screenshots/<run>/<step>.png and fails on
console errors or uncaught exceptions, on sideways scroll, and on serious or critical
axe-core violations (each scan's findings, minor ones included, are kept under
artifacts/axe/<run>/<step>.json).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from playwright.sync_api import ConsoleMessage, Error, Page, expect

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
SAMPLES = resources.files("shortlist").joinpath("samples")
#: What Chromium logs for a fetch made while offline: expected once the network drops.
OFFLINE_FETCH = "net::ERR_INTERNET_DISCONNECTED"


def _describe(violation: dict[str, Any]) -> str:
    targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
    return f"{violation['impact']} {violation['id']} ({violation['help']}) at {targets}"


@dataclass
class WatchedTab:
    """One browser tab, watched for errors, and the checks every page it shows must pass.

    A console error containing one of ``ignore`` is not an error: it is counted in
    ``ignored`` under that substring instead (the first one it contains).
    """

    page: Page
    run: str
    axe_source: str
    ignore: frozenset[str] = frozenset()
    errors: list[str] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.page.on("console", self._on_console)
        self.page.on("pageerror", self._on_page_error)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        for expected in sorted(self.ignore):
            if expected in message.text:
                self.ignored[expected] += 1
                return
        self.errors.append(f"console error: {message.text} at {message.location['url']}")

    def _on_page_error(self, error: Error) -> None:
        self.errors.append(f"uncaught exception: {error.message}")

    def check(self, step: str) -> None:
        """Screenshot the page, then fail on errors, sideways scroll or axe violations."""
        page = self.page
        page.wait_for_load_state("load")
        shots = ARTIFACTS / "screenshots" / self.run
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=shots / f"{step}.png", full_page=True)

        assert self.errors == [], f"{step} ({page.url}): {self.errors}"

        scroll_width, window_width = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert scroll_width <= window_width, (
            f"{step} ({page.url}) scrolls sideways: {scroll_width} px wide in {window_width} px"
        )

        violations = self.axe()
        scans = ARTIFACTS / "axe" / self.run
        scans.mkdir(parents=True, exist_ok=True)
        (scans / f"{step}.json").write_text(json.dumps(violations, indent=2) + "\n")
        blocking = [_describe(v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
        assert blocking == [], f"{step} ({page.url}) violates: " + "; ".join(blocking)

    def axe(self) -> list[dict[str, Any]]:
        """axe-core's violations on the page as it is now."""
        # Evaluated over the DevTools protocol, so the page keeps its real CSP (no inline
        # script): an inline script of ours would still show up as a console error.
        if not self.page.evaluate("() => typeof window.axe === 'object'"):
            self.page.evaluate(self.axe_source)
        violations = self.page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        assert isinstance(violations, list)
        return violations


def paste_cv_and_job(page: Page, base: str) -> str:
    """The sample CV and posting, pasted through the forms; the job page's URL."""
    page.goto(f"{base}/cv")
    page.get_by_label("CV text").fill(SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8"))
    page.locator("form", has=page.locator("#cv-text")).get_by_role(
        "button", name="Read my CV"
    ).click()
    expect(page).to_have_url(re.compile(r"/cv/\d+$"))
    page.goto(f"{base}/jobs/new")
    page.get_by_label("Posting text").fill(
        SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
    )
    page.locator("form", has=page.locator("#job-text")).get_by_role(
        "button", name="Save the job"
    ).click()
    expect(page).to_have_url(re.compile(r"/jobs/\d+$"))
    return page.url
