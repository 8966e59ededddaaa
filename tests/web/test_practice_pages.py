"""The mock-interview pages: starting a session, one question at a time with feedback,
the summary with retries beside their originals, the history and the trend charts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from shortlist.workspace import (
    Workspace,
    add_cv,
    add_job,
    get_practice,
    retry_answer,
    skip_question,
    start_practice,
    submit_answer,
)

if TYPE_CHECKING:
    from starlette.testclient import TestClient

FIELD = re.compile(r'<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*>')
ANSWER = (
    "At Brightwell I owned the billing service when month-end reports took nine seconds. "
    "My task was to make them fast before the audit. I rewrote the report queries, added "
    "two indexes and moved the export to a queue. As a result p95 went from 9 s to 700 ms "
    "and support tickets about the report dropped by 80%."
)


@pytest.fixture
def job(workspace: Workspace, cv_text: str, posting_text: str) -> int:
    """A workspace with the sample CV and the sample posting; the job's id."""
    add_cv(workspace, text=cv_text)
    return add_job(workspace, text=posting_text).id


def _finish(workspace: Workspace, session_id: int, text: str = ANSWER) -> None:
    """Answer every planned question, skip every follow-up."""
    view = get_practice(workspace, session_id)
    while view.current_id is not None:
        item = next(i for i in view.items if i.id == view.current_id)
        if item.depth:
            view = skip_question(workspace, session_id, item.id)
        else:
            view = submit_answer(workspace, session_id, item.id, text, 60)


def test_the_practice_page_offers_the_start_form_with_the_job_chosen(
    client: TestClient, job: int
) -> None:
    html = client.get(f"/practice?job={job}").text
    assert "<h1>Practise an interview</h1>" in html
    assert (
        f'<option value="{job}" selected>Senior Backend Engineer at Northwind Health</option>'
        in html
    )
    assert "5 questions is about 15 minutes" in html
    assert 'id="practice-length" name="length" type="number" min="1" max="12"' in html
    assert 'value="5"' in html and 'value="150"' in html
    assert '<input id="practice-persona-peer" type="checkbox" name="personas" value="peer">' in html
    assert "No sessions yet." in html
    assert "Answer a session's questions to see your scores here." in html


def test_the_practice_page_asks_for_a_cv_before_a_session(
    client: TestClient, workspace: Workspace, posting_text: str
) -> None:
    add_job(workspace, text=posting_text)
    html = client.get("/practice").text
    assert 'A session needs <a href="/cv">your CV</a>' in html
    assert 'action="/practice"' not in html


def test_starting_a_session_shows_the_first_question_with_a_timer_and_an_empty_answer(
    client: TestClient, token: str, job: int
) -> None:
    page = client.post(
        "/practice",
        data={"job_id": str(job), "length": "5", "seconds": "120", "csrf_token": token},
    )
    assert page.status_code == 200
    session_id = int(re.findall(r"/practice/(\d+)$", str(page.url))[0])
    html = page.text
    assert '<p class="question-label">Question 1 of 5</p>' in html
    assert (
        '<h2 id="question-heading" class="question-text">Tell me about yourself and what '
        "brings you to this application.</h2>" in html
    )
    assert (
        '<p class="timer" role="timer" data-timer>You have about 2 minutes to answer.</p>' in html
    )
    assert f'data-practice="{session_id}"' in html and 'data-seconds="120"' in html
    assert re.search(
        r'<textarea id="answer-text" name="text" rows="10" data-draft[^>]*></textarea>', html
    )
    assert "data-auto-read" not in html
    assert "Feedback on your answer" not in html


def test_a_refused_start_is_shown_again_with_the_choices_kept(
    client: TestClient, token: str, job: int
) -> None:
    page = client.post(
        "/practice",
        data={
            "job_id": str(job),
            "length": "40",
            "seconds": "150",
            "personas": "peer",
            "csrf_token": token,
        },
    )
    assert page.status_code == 400
    assert "a session has 1 to 12 questions, not 40" in page.text
    assert 'value="40"' in page.text
    assert 'value="peer" checked' in page.text


def test_starting_needs_the_csrf_token(client: TestClient, job: int) -> None:
    page = client.post("/practice", data={"job_id": str(job)})
    assert page.status_code == 403


def test_an_answer_shows_its_feedback_above_the_follow_up_it_called_for(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job)
    first = view.items[0]
    page = client.post(
        f"/practice/{view.id}/items/{first.id}/answer",
        data={"text": ANSWER, "seconds_taken": "75", "csrf_token": token},
    )
    assert page.status_code == 200
    assert str(page.url).endswith(f"/practice/{view.id}?answered={first.id}#feedback")
    html = page.text
    assert html.index("Feedback on your answer") < html.index('id="question-heading"')
    assert re.search(r"<strong>Overall \d+/100</strong>", html)
    assert '<li class="star-no">Situation: missing</li>' in html or "Situation: there" in html
    assert '<dt>Measurable result <span class="score">100/100</span></dt>' in html
    assert "<q>9 s</q>" in html or "<q>700 ms</q>" in html or "<q>80%</q>" in html
    follow_up = get_practice(workspace, view.id).items[1]
    assert follow_up.depth == 1
    assert '<p class="question-label">Follow-up</p>' in html
    assert f"<strong>Follow-up question:</strong> {follow_up.question}" in html.replace(
        "&#39;", "'"
    )
    assert get_practice(workspace, view.id).items[0].seconds_taken == 75


def test_an_empty_answer_is_refused_and_a_long_one_is_kept_as_the_draft(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job)
    item = view.items[0]
    url = f"/practice/{view.id}/items/{item.id}/answer"
    empty = client.post(url, data={"text": "   ", "csrf_token": token})
    assert empty.status_code == 400
    assert "write your answer first, or skip the question" in empty.text

    long = "I led the migration. " * 1200  # 25,200 characters
    page = client.post(url, data={"text": long, "seconds_taken": "30", "csrf_token": token})
    assert page.status_code == 400
    assert "more than the 20,000 one answer may hold" in page.text
    assert f">{long}</textarea>" in page.text
    assert get_practice(workspace, view.id).items[0].draft == long
    assert not get_practice(workspace, view.id).items[0].answered


def test_an_answer_with_markup_is_shown_as_text_in_the_feedback(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job)
    item = view.items[0]
    hostile = "<script>alert(1)</script> um, I basically led the <b>Kafka</b> migration."
    page = client.post(
        f"/practice/{view.id}/items/{item.id}/answer",
        data={"text": hostile, "csrf_token": token},
    )
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<b>Kafka</b>" not in page.text
    assert page.text.count("<script") == 1


def test_an_unknown_session_or_question_is_not_found(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    assert client.get("/practice/999").status_code == 404
    assert client.get("/practice/999/summary").status_code == 404
    view = start_practice(workspace, job)
    page = client.post(
        f"/practice/{view.id}/items/999/answer", data={"text": ANSWER, "csrf_token": token}
    )
    assert page.status_code == 404
    assert "no question 999 in practice session" in page.text


def test_skipping_moves_on_to_the_next_question(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job)
    page = client.post(
        f"/practice/{view.id}/items/{view.items[0].id}/skip", data={"csrf_token": token}
    )
    assert "Skipped." in page.text
    assert '<p class="question-label">Question 2 of 5</p>' in page.text


def test_the_summary_shows_each_dimension_the_best_and_weakest_and_what_to_work_on(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    view = start_practice(workspace, job)
    _finish(workspace, view.id)
    page = client.get(f"/practice/{view.id}")
    assert str(page.url).endswith(f"/practice/{view.id}/summary")
    html = page.text
    summary = get_practice(workspace, view.id).summary
    assert summary is not None
    assert f"<strong>Overall {summary.overall}/100</strong> over 5 answers." in html
    assert '<tr><th scope="row">STAR structure</th><td>' in html
    assert '<h2 id="work-on-heading">Three things to work on</h2>' in html
    assert len(re.findall(r"<li><strong>[^<]+</strong> \(\d+/100\): ", html)) == len(
        summary.work_on
    )
    assert re.search(r"<h3>Best: \d+/100</h3>", html)
    assert re.search(r"<h3>Weakest: \d+/100</h3>", html)
    assert f'action="/practice/{view.id}/items/{summary.weakest_id}/retry"' in html
    assert html.count('<article class="card feedback"') == 5


def test_retrying_the_weakest_asks_it_again_then_shows_both_answers_side_by_side(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job, length=2)
    _finish(workspace, view.id, "I think I kind of helped with some of the work, basically.")
    weakest = get_practice(workspace, view.id).summary
    assert weakest is not None and weakest.weakest_id is not None
    page = client.post(
        f"/practice/{view.id}/items/{weakest.weakest_id}/retry", data={"csrf_token": token}
    )
    assert "The question was added again at the end" in page.text
    assert '<p class="question-label">Retry of question 1</p>' in page.text or (
        '<p class="question-label">Retry of question 2</p>' in page.text
    )
    retry = get_practice(workspace, view.id).current_id
    assert retry is not None
    client.post(
        f"/practice/{view.id}/items/{retry}/answer", data={"text": ANSWER, "csrf_token": token}
    )
    _finish(workspace, view.id)
    html = client.get(f"/practice/{view.id}/summary").text
    assert "Retries beside the first answer" in html
    pair = html[html.index('<div class="card retry-pair">') :]
    assert pair.index("First answer:") < pair.index("I think I kind of helped")
    assert pair.index("I think I kind of helped") < pair.index("Retry:")
    assert pair.index("Retry:") < pair.index("At Brightwell I owned the billing service")
    assert re.search(
        r'<tr><th scope="row">Measurable result</th><td>\d+</td><td>100</td><td>\+\d+</td></tr>',
        pair,
    )


def test_an_unfinished_session_has_no_summary_yet(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    view = start_practice(workspace, job)
    html = client.get(f"/practice/{view.id}/summary").text
    assert "This session is not finished: 0 of 5 questions answered." in html


def test_the_history_lists_sessions_and_two_sessions_draw_a_trend_per_dimension(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    for _ in range(2):
        _finish(workspace, start_practice(workspace, job, length=2).id)
    start_practice(workspace, job)
    html = client.get("/practice").text
    assert html.count("2 of 2 answered · overall ") == 2
    assert "0 of 5 answered · not finished" in html
    charts = re.findall(r'<li class="card" id="trend-([a-z_]+)">', html)
    assert charts[:3] == ["overall", "star", "measurable_result"]
    overall = html[html.index('id="trend-overall"') :]
    overall = overall[: overall.index("</svg>")]
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in overall
    assert 'aria-label="Overall over time"' in overall
    assert overall.count('<circle class="dot"') == 2


def test_deleting_a_session_removes_it_from_the_history(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job, length=1)
    skip_question(workspace, view.id, view.items[0].id)
    page = client.post(f"/practice/{view.id}/delete", data={"csrf_token": token})
    assert "The practice session was deleted." in page.text
    assert "No sessions yet." in page.text


def test_deleting_a_session_with_a_follow_up_deletes_it_cleanly(
    client: TestClient, workspace: Workspace, token: str, job: int
) -> None:
    view = start_practice(workspace, job, length=1)
    _finish(workspace, view.id)
    assert len(get_practice(workspace, view.id).items) == 2
    page = client.post(f"/practice/{view.id}/delete", data={"csrf_token": token})
    assert "No sessions yet." in page.text


def test_the_job_and_plan_pages_link_to_practice_and_the_nav_lists_it(
    client: TestClient, job: int
) -> None:
    link = f'href="/practice?job={job}">Practise this interview</a>'
    assert link in client.get(f"/jobs/{job}").text
    assert link in client.get(f"/jobs/{job}/plan").text
    html = client.get("/practice").text
    assert '<a href="/practice" aria-current="page">Practice</a>' in html
    assert html.index(">Stories</a>") < html.index(">Practice</a>") < html.index(">My data</a>")


def test_every_practice_page_labels_its_inputs_and_has_no_inline_code(
    client: TestClient, workspace: Workspace, job: int
) -> None:
    running = start_practice(workspace, job, read_aloud=True)
    submit_answer(workspace, running.id, running.items[0].id, ANSWER)
    done = start_practice(workspace, job, length=1)
    _finish(workspace, done.id)
    retry_answer(workspace, done.id, done.items[0].id)
    _finish(workspace, done.id)
    for path in [
        "/practice",
        f"/practice/{running.id}?answered={running.items[0].id}",
        f"/practice/{done.id}/summary",
    ]:
        html = client.get(path).text
        for field in FIELD.findall(html):
            found = re.search(r'id="([^"]+)"', field)
            assert found is not None, (path, field)
            assert f'<label for="{found.group(1)}"' in html, (path, field)
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>'], path
        assert re.search(r"\son[a-z]+\s*=", html) is None, path
        assert re.search(r"\sstyle\s*=", html) is None, path
        assert html.count('name="csrf_token"') == html.count('method="post"'), path
    assert "data-auto-read" in client.get(f"/practice/{running.id}").text
