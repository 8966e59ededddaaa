"""Keyboard use in a real browser: the skip link comes first, and focus is always visible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots" / "keyboard"

# What the focused element is, and whether an outline or a box shadow shows it.
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== "none";
  // A select's text is all its options: its id names it well enough.
  const name = el.tagName === "SELECT" ? "#" + el.id : (el.textContent || "").trim();
  return {
    what: el.tagName.toLowerCase() + " " + name,
    visible: outline || shadow,
  };
}"""

TAB_ORDER_OF_AN_EMPTY_JOBS_PAGE = [
    "a Skip to content",
    "a Shortlist",
    "a My CV",
    "a Jobs",
    "a Add a job",
    "a Stories",
    "a Practice",
    "a My data",
    "a your CV",
    "select #sort",
    "select #status",
    "button Show",
    "a Add the first one",
    "a Add a job",
    "a API",
]


def test_tabbing_from_the_top_of_the_jobs_page_shows_the_skip_link_then_every_focus(
    new_page: Callable[..., Page], shortlist_url: str
) -> None:
    page = new_page(1280, 800)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(e.message))
    page.goto(f"{shortlist_url}/jobs")
    skip_link = page.get_by_role("link", name="Skip to content")
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "01-skip-link-focused.png")

    seen = [page.evaluate(FOCUSED)]
    for _ in TAB_ORDER_OF_AN_EMPTY_JOBS_PAGE[1:]:
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
    page.screenshot(path=SHOTS / "02-last-focus.png")

    assert [s["what"] for s in seen] == TAB_ORDER_OF_AN_EMPTY_JOBS_PAGE
    assert [s["what"] for s in seen if not s["visible"]] == []
    assert errors == []


def test_the_skip_link_moves_focus_to_the_main_content(
    new_page: Callable[..., Page], shortlist_url: str
) -> None:
    page = new_page(390, 844)
    page.goto(f"{shortlist_url}/jobs")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="your CV")).to_be_focused()
