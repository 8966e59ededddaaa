"""The CV page's corrections in a real browser (issue #12): a role's line and a language
line are marked as misread with their own buttons, then read again from Your
corrections; a skill is removed and restored."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect
from tests.corrected_cvs import PHYSIO_CV

PRECEPTOR = "- Preceptor to five newly qualified physiotherapists."


def _misread_form(page: Page, line: str) -> Locator:
    """The form that marks ``line`` as misread, wherever the page has it (shown or in a
    closed details)."""
    return page.locator("form", has=page.locator(f'input[name="line"][value="{line}"]'))


def _misread_button(page: Page, line: str) -> Locator:
    return _misread_form(page, line).get_by_role("button", name="The CV was misread here")


def test_a_role_line_is_marked_misread_and_read_again(
    new_page: Callable[..., Page], shortlist_url: str
) -> None:
    page = new_page(390, 844)
    page.goto(f"{shortlist_url}/cv")
    page.get_by_label("CV text").fill(PHYSIO_CV)
    page.locator("form", has=page.locator("#cv-text")).get_by_role(
        "button", name="Read my CV"
    ).click()
    expect(page).to_have_url(re.compile(r"/cv/\d+$"))

    role = page.locator("ol.timeline > li").first
    role.locator("summary", has_text="lines read").click()
    role.locator("form", has=page.locator(f'input[value="{PRECEPTOR}"]')).get_by_role(
        "button"
    ).click()

    expect(page.get_by_text("The line was marked as misread")).to_be_visible()
    corrections = page.locator("section", has=page.locator("#corrections-heading"))
    expect(corrections.get_by_text(PRECEPTOR, exact=True)).to_be_visible()
    expect(_misread_form(page, PRECEPTOR)).to_have_count(0)

    languages = page.locator("section", has=page.locator("#languages-heading"))
    _misread_button(page, "Polish (fluent)").click()
    expect(languages.get_by_text("Polish")).to_have_count(0)

    corrections.get_by_role("button", name=f"Restore the line: {PRECEPTOR}").click()
    expect(page.get_by_text("The line is read again.")).to_be_visible()
    expect(_misread_form(page, PRECEPTOR)).to_have_count(1)

    skills = page.locator("section", has=page.locator("#skills-heading"))
    skills.locator("form", has=page.locator('input[name="skill"][value="Ukrainian"]')).get_by_role(
        "button"
    ).click()
    expect(page.get_by_text("The skill was removed")).to_be_visible()
    page.get_by_role("button", name="Restore the skill Ukrainian").click()
    expect(page.get_by_text("The skill was restored")).to_be_visible()
