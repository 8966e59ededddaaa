"""A five-question mock interview in a real browser, on a phone (dark) and a desktop:
started from the job, feedback after each answer, a reload mid-answer, a network drop
while typing, the summary and a retry of the weakest answer.

Each page is checked by watch.WatchedTab, as in test_plan_journey.py: a screenshot under
artifacts/screenshots/practice-<run>/, no console errors or uncaught exceptions (but for
the draft save that fails while the network is down, which is the point), no sideways
scroll, and no serious or critical axe-core violations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from tests.browser.watch import OFFLINE_FETCH, WatchedTab, paste_cv_and_job

ANSWERS = [
    "I have spent six years building backend services in Python, most recently the "
    "billing platform at Brightwell. What brings me here is the chance to work on health "
    "data pipelines where reliability matters to patients.",
    "At Brightwell the month-end ledger report took nine seconds and the finance team "
    "worked around it. I paired with our analyst, rewrote the report queries together and "
    "added two indexes. As a result p95 went from 9 s to 700 ms.",
    "I owned the MySQL schema of forty tables. The hardest change was splitting the "
    "invoices table without downtime: I wrote a dual-write migration, backfilled in "
    "batches overnight and switched reads once the counts matched. Nothing was lost.",
    "I have not run Kafka in production yet. I have used RabbitMQ for three years for "
    "the export queue, and I built a small Kafka consumer in a side project to learn "
    "partitions and offsets. I would pair with the team on the first on-call weeks.",
    "A team that ships small changes often, reviews code kindly and lets me own a part "
    "of the platform end to end. At Brightwell I stayed four years for exactly that.",
]


def _server_draft(page: Page, base: str, session_id: str) -> str:
    """The draft the server holds for the question being answered."""
    view = page.request.get(f"{base}/api/v1/practice/{session_id}").json()
    item = next(i for i in view["items"] if i["id"] == view["current_id"])
    draft: str = item["draft"]
    return draft


RUNS = [
    pytest.param("practice-phone", 390, 844, id="phone"),
    pytest.param("practice-desktop", 1280, 800, id="desktop"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("run", "width", "height"), RUNS)
def test_a_job_seeker_practises_five_questions_and_loses_nothing_on_reload_or_offline(
    new_page: Callable[..., Page],
    shortlist_url: str,
    axe_source: str,
    run: str,
    width: int,
    height: int,
) -> None:
    tab = WatchedTab(
        new_page(width, height, dark=run.endswith("phone")),
        run,
        axe_source,
        ignore=frozenset({OFFLINE_FETCH}),
    )
    page = tab.page

    # The CV and the job, pasted.
    paste_cv_and_job(page, shortlist_url)

    # Start from the job page: five questions, 150 seconds each, by default.
    page.get_by_role("link", name="Practise this interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Practise an interview")
    expect(page.get_by_label("Job")).to_have_value(re.compile(r"^\d+$"))
    expect(page.get_by_label("Questions")).to_have_value("5")
    expect(page.get_by_text("5 questions is about 15 minutes")).to_be_visible()
    tab.check("01-start")
    page.get_by_role("button", name="Start the session").click()
    expect(page).to_have_url(re.compile(r"/practice/\d+$"))
    session_id = page.url.rsplit("/", 1)[1]
    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^2:[0-5]\d left to answer$"))
    tab.check("02-first-question")

    answer = page.get_by_label("Your answer", exact=True)
    status = page.locator("[data-draft-status]")
    asked = 0
    follow_ups = 0
    summary = page.get_by_role("link", name="See the summary")
    for _ in range(15):
        if summary.count() or page.url.endswith("/summary"):
            break
        label = page.locator(".question-label").inner_text()
        if label.startswith("Follow-up"):
            follow_ups += 1
            # Answer the first follow-up, skip the rest.
            if follow_ups > 1:
                page.get_by_role("button", name="Skip this question").click()
                continue
            text = "The number I watched was p95 latency, measured from the access logs."
        else:
            expect(page.locator(".question-label")).to_have_text(f"Question {asked + 1} of 5")
            text = ANSWERS[asked]
            asked += 1
        if asked == 2 and not label.startswith("Follow-up"):
            # Half an answer, then a reload straight away: the text is still there.
            half = len(text) // 2
            answer.fill(text[:half])
            page.reload()
            expect(answer).to_have_value(text[:half])
            expect(status).to_have_text("Saved")
            assert _server_draft(page, shortlist_url, session_id) == text[:half]
            # The network drops while typing: kept on this device, synced once back.
            page.context.set_offline(True)
            answer.press_sequentially(text[half : half + 20])
            expect(status).to_have_text("Saved on this device; will sync when back online")
            page.context.set_offline(False)
            expect(status).to_have_text("Saved")
            assert _server_draft(page, shortlist_url, session_id) == text[: half + 20]
            page.reload()
            expect(answer).to_have_value(text[: half + 20])
            tab.check("03-draft-after-reload")
            answer.fill(text)
        else:
            answer.fill(text)
        page.get_by_role("button", name="Submit my answer").click()
        expect(page.get_by_role("heading", name="Feedback on your answer")).to_be_visible()
        expect(page.locator("#feedback .overall")).to_have_text(re.compile(r"^Overall \d+/100"))
        if asked == 1 and follow_ups == 0:
            tab.check("04-feedback")
    assert asked == 5
    assert tab.ignored[OFFLINE_FETCH] >= 1

    # The summary: each dimension, best and weakest, three things to work on.
    if summary.count():
        summary.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How the session went")
    expect(page.get_by_role("heading", name="Three things to work on")).to_be_visible()
    expect(page.locator("table.dimension-scores tbody tr").first).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Best: \d+\/100$"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Weakest: \d+\/100$"))).to_be_visible()
    tab.check("05-summary")

    # Retry the weakest: asked again, then shown beside the first answer.
    page.get_by_role("button", name="Retry the weakest").click()
    expect(page.locator(".question-label")).to_have_text(
        re.compile(r"^Retry of (the follow-up to )?question \d$")
    )
    answer.fill(ANSWERS[1] + " The finance team now closes the month a day earlier.")
    page.get_by_role("button", name="Submit my answer").click()
    expect(page.get_by_role("heading", name="Feedback on your answer")).to_be_visible()
    while page.get_by_role("button", name="Skip this question").count():
        page.get_by_role("button", name="Skip this question").click()
    if summary.count():
        summary.click()
    pair = page.locator(".retry-pair")
    expect(
        pair.get_by_role("heading", name=re.compile(r"^First answer: \d+\/100$"))
    ).to_be_visible()
    expect(pair.get_by_role("heading", name=re.compile(r"^Retry: \d+\/100$"))).to_be_visible()
    expect(pair).to_contain_text("a day earlier")
    tab.check("06-retry-beside-original")

    # The history and the trend charts.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Practice").click()
    expect(page.locator("ul.history > li")).to_have_count(1)
    expect(page.locator("#trend-overall svg.trend circle.dot")).to_have_count(1)
    tab.check("07-history")
