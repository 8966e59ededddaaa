"""The whole journey in a real browser, on a phone, on a desktop, and on a phone in dark mode.

Every page visited is checked the same way: a screenshot kept under
artifacts/screenshots/<run>/<step>.png, no console errors or uncaught exceptions, no
sideways scroll, and no serious or critical axe-core violations (each scan's findings,
minor ones included, are kept under artifacts/axe/<run>/<step>.json).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from playwright.sync_api import FilePayload, Page, expect
from tests.browser.watch import SAMPLES, WatchedTab

ROLE_LINE = "Senior Backend Engineer, Brightcart Ltd (online grocery), Manchester"
FIXED_LINE = "Lead Backend Engineer, Brightcart Ltd (online grocery), Manchester"


def docx_bytes(text: str) -> bytes:
    """A real DOCX with one paragraph per line of ``text``."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RUNS = [
    pytest.param("phone", 390, 844, False, id="phone"),
    pytest.param("desktop", 1280, 800, False, id="desktop"),
    pytest.param("phone-dark", 390, 844, True, id="phone-dark"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("run", "width", "height", "dark"), RUNS)
def test_a_job_seeker_goes_from_a_first_cv_to_deleting_everything(
    new_page: Callable[..., Page],
    shortlist_url: str,
    posting_url: str,
    axe_source: str,
    run: str,
    width: int,
    height: int,
    dark: bool,
) -> None:
    tab = WatchedTab(new_page(width, height, dark=dark), run, axe_source)
    page = tab.page
    cv_text = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
    posting_text = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")

    # First run: the start page asks for a CV.
    page.goto(shortlist_url)
    expect(page).to_have_url(f"{shortlist_url}/cv")
    expect(page.get_by_role("heading", level=1)).to_have_text("Start with your CV")
    tab.check("01-first-run")

    # Upload a DOCX and see what was understood.
    upload = page.locator("form", has=page.locator("#cv-file"))
    cv_file: FilePayload = {
        "name": "alex-morgan.docx",
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "buffer": docx_bytes(cv_text),
    }
    upload.locator("#cv-file").set_input_files(files=cv_file)
    upload.get_by_role("button", name="Read my CV").click()
    expect(page).to_have_url(re.compile(r"/cv/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My CV · version 1")
    # An upload is named after its file, said once.
    expect(page.locator("p > strong", has_text="alex-morgan.docx")).to_be_visible()
    expect(page.get_by_text("from alex-morgan.docx")).to_have_count(0)
    roles = page.locator("ol.timeline > li")
    expect(roles).to_have_count(3)
    expect(roles.first).to_contain_text("Senior Backend Engineer, Brightcart Ltd")
    expect(roles.first.locator("svg.bar rect")).to_have_count(1)
    expect(page.get_by_role("row", name=re.compile(r"^Python\b"))).to_be_visible()
    tab.check("02-cv-understood")

    # Add a posting by pasting it: the report opens.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Add a job").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a job")
    tab.check("03-add-a-job")
    page.get_by_label("Posting text").fill(posting_text)
    page.locator("form", has=page.locator("#job-text")).get_by_role(
        "button", name="Save the job"
    ).click()
    expect(page).to_have_url(re.compile(r"/jobs/\d+$"))
    pasted_job_url = page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Senior Backend Engineer")
    score = page.locator(".score-large .badge")
    expect(score).to_be_visible()
    expect(score).to_have_text("64Partial match")
    expect(page.get_by_role("heading", name="The doubt to close")).to_be_visible()
    met_row = page.locator("tbody tr", has=page.locator(".status-met")).first
    evidence = met_row.locator("blockquote mark").first
    expect(evidence).to_be_visible()
    assert evidence.evaluate("mark => getComputedStyle(mark).backgroundColor") not in (
        "rgba(0, 0, 0, 0)",
        "transparent",
    ), "the evidence in a met row is not highlighted"
    tab.check("04-report-pasted-posting")

    # Add a posting by its address, fetched from a web server.
    page.goto(f"{shortlist_url}/jobs/new")
    page.get_by_label("Web address of the posting").fill(posting_url)
    page.get_by_role("button", name="Fetch and save").click()
    expect(page).to_have_url(re.compile(r"/jobs/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Data Platform Engineer")
    expect(page.get_by_role("link", name="source")).to_have_attribute("href", posting_url)
    expect(page.locator("main > p.muted").first).to_contain_text("Fenwick Freight")
    snowflake = page.get_by_role("row", name=re.compile(r"^Experience with Snowflake"))
    # The CV shows MySQL, a sibling of Snowflake under SQL: partial, never met.
    expect(snowflake.locator(".status")).to_have_text("Partly met")
    expect(page.locator(".score-large .badge .number")).to_have_text(re.compile(r"^\d{1,3}$"))
    tab.check("05-report-posting-from-url")

    # Fix a mistake: the first role's line becomes a new CV version.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My CV").click()
    first_role = page.locator("ol.timeline > li").first
    first_role.get_by_text("Fix this role's line").click()
    line = first_role.get_by_label("Corrected line")
    expect(line).to_have_value(ROLE_LINE)
    tab.check("06-fixing-a-role")
    line.fill(FIXED_LINE)
    first_role.get_by_role("button", name="Save as a new version").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My CV · version 2")
    expect(page.locator("ol.timeline > li").first).to_contain_text(
        "Lead Backend Engineer, Brightcart Ltd"
    )
    tab.check("07-role-fixed")

    # Move the pasted job to its second interview round.
    page.goto(pasted_job_url)
    status = page.get_by_label("Status", exact=True)
    round_number = page.get_by_label("Interview round")
    expect(round_number).to_be_hidden()
    status.select_option("interviewing")
    expect(round_number).to_be_visible()
    round_number.fill("2")
    page.get_by_label("Date of the round").fill("2025-11-20")
    page.get_by_role("button", name="Save status").click()
    expect(page.locator("[data-live]")).to_have_text("Saved.")
    expect(page.locator("[data-job-status]")).to_have_text("Interviewing (round 2)")
    expect(page.get_by_text("Round 2: 20 Nov 2025")).to_be_visible()
    tab.check("08-status-saved")
    page.reload()
    expect(page.locator("[data-job-status]")).to_have_text("Interviewing (round 2)")
    expect(page.get_by_text("Round 2: 20 Nov 2025")).to_be_visible()
    tab.check("09-interview-round")

    # The jobs list: both jobs with score badges; the filter finds the one interviewing.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Jobs").click()
    jobs = page.locator("ul.job-list > li")
    expect(jobs).to_have_count(2)
    expect(jobs.locator(".badge .number")).to_have_count(2)
    page.get_by_label("Status").select_option("interviewing")
    page.get_by_role("button", name="Show").click()
    expect(jobs).to_have_count(1)
    expect(jobs.first).to_contain_text("Interviewing (round 2)")
    tab.check("10-jobs-list")

    # Compare the two CV versions against the pasted job.
    jobs.first.get_by_role("link", name="Senior Backend Engineer").click()
    page.get_by_role("link", name="Compare two CV versions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare CV versions")
    expect(page.get_by_label("Before")).to_have_value(re.compile(r"^\d+$"))
    expect(page.get_by_text("The same score.")).to_be_visible()
    expect(page.locator("table.stack tbody tr").first).to_be_visible()
    tab.check("11-compare")

    # Export: the download arrives, and it is JSON holding the CV.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My data").click()
    tab.check("12-my-data")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download everything (JSON)").click()
    download = download_info.value
    assert download.suggested_filename == "shortlist-export-2025-11-01.json"
    exported = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert "Senior Backend Engineer, Brightcart Ltd" in json.dumps(exported)
    assert FIXED_LINE in json.dumps(exported)

    # Delete everything, through the confirm step.
    page.get_by_role("link", name="Delete everything…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete everything?")
    tab.check("13-delete-confirm")
    page.get_by_label("I understand: delete all my data").check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("status")).to_contain_text("Everything was deleted")
    expect(page.get_by_role("heading", level=1)).to_have_text("Start with your CV")
    tab.check("14-deleted")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Jobs").click()
    expect(page.locator("ul.job-list > li")).to_have_count(0)
    expect(page.get_by_text("No jobs saved yet.")).to_be_visible()
    tab.check("15-jobs-empty")
