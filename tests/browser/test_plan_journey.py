"""Preparing an interview in a real browser, on a phone and on a desktop: the plan, the
round-one journal, a story, a starred question to ask, and the plan following up on the
journal.

Each page is checked by watch.WatchedTab, as in test_journey.py: a screenshot under
artifacts/screenshots/plan-<run>/, no console errors or uncaught exceptions, no sideways
scroll, and no serious or critical axe-core violations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from tests.browser.watch import WatchedTab, paste_cv_and_job

ANSWER = "I would shard the ledger table by customer and replay the queue nightly."


RUNS = [
    pytest.param("plan-phone", 390, 844, id="phone"),
    pytest.param("plan-desktop", 1280, 800, id="desktop"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("run", "width", "height"), RUNS)
def test_a_job_seeker_plans_an_interview_writes_the_journal_and_sees_it_followed_up(
    new_page: Callable[..., Page],
    shortlist_url: str,
    axe_source: str,
    run: str,
    width: int,
    height: int,
) -> None:
    tab = WatchedTab(new_page(width, height, dark=run.endswith("phone")), run, axe_source)
    page = tab.page

    # The CV and the job, pasted.
    job_url = paste_cv_and_job(page, shortlist_url)

    # The plan: what to prepare first, then 12 to 20 likely questions.
    page.get_by_role("link", name="Plan the interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plan for the first round")
    expect(page.get_by_role("heading", name="Prepare this first")).to_be_visible()
    expect(page.locator("ol.prepare-first > li").first).to_contain_text("The doubt to close")
    count = page.locator("li.question").count()
    assert 12 <= count <= 20, count
    expect(page.get_by_role("button", name="Copy the email")).to_be_visible()
    tab.check("01-plan")

    # Choices: the second round, with a peer on the panel.
    page.get_by_label("Round", exact=True).select_option("second")
    page.get_by_label("Peer").check()
    page.get_by_label("Date").fill("2025-11-20")
    page.get_by_role("button", name="Add an interviewer").click()
    page.locator("#plan-interviewer-0-name").fill("Priya Shah")
    page.locator("#plan-interviewer-0-role").fill("Head of Engineering")
    page.get_by_role("button", name="Save and update the plan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plan for the second round")
    expect(page.get_by_text("The plan's choices were saved")).to_be_visible()
    expect(page.locator("#plan-interviewer-0-name")).to_have_value("Priya Shah")
    count = page.locator("li.question").count()
    assert 12 <= count <= 20, count
    expect(page.get_by_role("link", name="Add to my calendar (.ics)")).to_be_visible()
    tab.check("02-plan-second-round")

    # The round-one journal: one question and answer, a row added by the script.
    page.goto(f"{job_url}/rounds/1/journal")
    expect(page.get_by_role("heading", level=1)).to_have_text("Round 1 journal")
    page.get_by_role("button", name="Add a question").click()
    expect(page.locator(".qa-row")).to_have_count(4)
    page.get_by_label("Date of the round").fill("2025-10-30")
    page.get_by_label("Question 1", exact=True).fill("Why Northwind Health?")
    page.locator("#journal-q-0-answer").fill("The mission and the team.")
    page.get_by_label("Question 2", exact=True).fill("How would you scale the ledger?")
    page.locator("#journal-q-1-answer").fill(ANSWER)
    page.locator("#journal-q-0-worst").check()
    page.get_by_label("What I forgot to mention").fill("The on-call rota I ran")
    tab.check("03-journal-filled")
    page.get_by_role("button", name="Save the journal").click()
    expect(page.get_by_text("The journal was saved.")).to_be_visible()
    expect(page.locator("#journal-q-1-answer")).to_have_value(ANSWER)
    tab.check("04-journal-saved")

    # A story for the bank.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My stories")
    page.get_by_label("Title").fill("The ledger rewrite")
    page.get_by_label("Situation").fill("The month-end ledger report took 9 s to load.")
    page.get_by_label("Action").fill("I rewrote the report queries and added two indexes.")
    page.get_by_label("Result").fill("p95 went from 9 s to 700 ms.")
    page.get_by_label("Initiative").check()
    page.get_by_role("button", name="Add the story").click()
    expect(page.get_by_text("The story was added to your bank.")).to_be_visible()
    expect(page.get_by_role("heading", name="The ledger rewrite")).to_be_visible()
    tab.check("05-story-added")

    # Back to the plan: star a question to ask; the round-one answer is quoted back.
    page.goto(f"{job_url}/plan")
    star = page.locator(
        'form[action*="/plan/asks/"]:not([action*="/asks/posting-"]) button[value="star"]'
    ).first
    asked = star.locator("xpath=ancestor::li[1]/p[1]").inner_text()
    star.click()
    expect(page).to_have_url(re.compile(r"/plan\?done=asked#to-ask$"))
    first_ask = page.locator("ol.to-ask > li").first
    expect(first_ask).to_contain_text("Starred")
    expect(first_ask).to_contain_text(asked)
    said = page.locator("figure.source", has=page.get_by_text("From your round-one notes"))
    expect(said.filter(has_text="I would shard the ledger table").first).to_be_visible()
    expect(page.locator("ol.prepare-first")).to_contain_text("Why Northwind Health?")
    expect(page.get_by_role("link", name="The ledger rewrite").first).to_be_visible()
    tab.check("06-plan-follows-up")
