"""The workspace services, on SQLite and on PostgreSQL, with real files and a real clock fake."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select, update

from shortlist.analyses import NotEnglish
from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.core.match.matching import ENGINE_VERSION
from shortlist.core.match.report_json import StoredReport, StoredRow
from shortlist.core.models import Gap, RequirementKind, Status
from shortlist.ingest import CorruptDocument, FetchError, IngestError, TooLarge
from shortlist.storage import Base, MatchReportRow
from shortlist.workspace import (
    Conflict,
    DoubtToClose,
    NotFound,
    Workspace,
    add_cv,
    add_job,
    add_story,
    compare_cvs,
    current_cv,
    cv_understanding,
    delete_everything,
    delete_job,
    doubt_to_close,
    edit_cv_line,
    export_all,
    get_job,
    get_report,
    import_all,
    list_cv_versions,
    list_jobs,
    mark_cv_line_misread,
    original_file,
    remove_cv_skill,
    save_journal,
    save_plan_choices,
    secret_key,
    set_job_status,
    start_practice,
    submit_answer,
)

TODAY = dt.date(2025, 11, 1)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
FRONTEND_POSTING = """Frontend Developer
Pixel & Co - Leeds, UK

We build booking tools for small hotels and need a frontend developer to join us.

Requirements
- 3+ years of experience with React and TypeScript
- Experience with accessibility testing (WCAG)

Nice to have
- Figma
"""
CONTRACT_LINE = (
    "- Introduced contract tests between six services; integration incidents halved in a year."
)
KAFKA_LINE = (
    "- Moved six services to events on Apache Kafka; integration incidents halved in a year."
)
ROLE_HEADER = "Senior Backend Engineer, Brightcart Ltd (online grocery), Manchester"
MENTOR_LINE = "- Mentor two junior engineers and run the fortnightly design review."


def open_at(url: str, data_dir: Path, day: dt.date = TODAY, **settings: object) -> Workspace:
    config = Settings(database_url=url, data_dir=data_dir, **settings)  # type: ignore[arg-type]
    return open_workspace(config, clock=FixedClock(day))


@pytest.fixture
def ws(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_at(database_url, tmp_path / "data")
    yield workspace
    workspace.close()


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def row_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


# CV versions


def test_opening_a_workspace_creates_its_folder_and_migrates_to_head(
    database_url: str, tmp_path: Path
) -> None:
    workspace = open_at(database_url, tmp_path / "new" / "data")
    try:
        assert (tmp_path / "new" / "data").is_dir()
        assert workspace.db.revision() == "0008"
        assert current_cv(workspace) is None
    finally:
        workspace.close()


def test_a_pasted_cv_becomes_the_current_version(ws: Workspace) -> None:
    added = add_cv(ws, text=CV_TEXT)
    current = current_cv(ws)
    assert current is not None
    assert (current.id, current.number, current.label, current.source) == (
        added.id,
        1,
        "Pasted 2025-11-01",
        "paste",
    )
    assert current.text.startswith("ALEX MORGAN\nSenior Backend Engineer\n")


def test_a_new_upload_adds_a_version_and_keeps_the_old_one(ws: Workspace) -> None:
    first = add_cv(ws, text=CV_TEXT, label="Before")
    second = add_cv(
        ws, data=docx_bytes(CV_TEXT.replace("Brightcart", "Shopwise")), filename="cv.docx"
    )
    versions = list_cv_versions(ws)
    assert [(v.id, v.label, v.is_current) for v in versions] == [
        (second.id, "cv.docx", True),
        (first.id, "Before", False),
    ]
    assert "Brightcart Ltd" in versions[1].text
    assert "Shopwise Ltd" in versions[0].text


def test_an_upload_keeps_the_original_bytes_under_their_sha256(ws: Workspace) -> None:
    data = docx_bytes(CV_TEXT)
    added = add_cv(ws, data=data, filename="C:\\fakepath\\Alex Morgan.docx")
    assert added.document_id is not None
    kept = original_file(ws, added.document_id)
    assert (kept.filename, kept.data) == ("Alex Morgan.docx", data)
    assert kept.content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert ws.files.names() == [hashlib.sha256(data).hexdigest()]


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ({}, "give the CV as data or text"),
        ({"text": "  \n "}, "the CV is empty: paste its text"),
        ({"text": CV_TEXT, "data": b"x"}, "give the CV one way only, not both data and text"),
    ],
)
def test_it_refuses_a_cv_with_no_source_an_empty_paste_or_two_sources(
    ws: Workspace, sources: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError) as error:
        add_cv(ws, **sources)  # type: ignore[arg-type]
    assert str(error.value) == message
    assert list_cv_versions(ws) == []


def test_a_file_that_cannot_be_read_raises_the_ingest_error(ws: Workspace) -> None:
    with pytest.raises(CorruptDocument):
        add_cv(ws, data=b"%PDF-1.7\nnot really a pdf", filename="cv.pdf")
    assert ws.files.names() == []


def test_a_cv_not_in_english_is_refused(ws: Workspace) -> None:
    german = (
        "Ich bin Softwareentwicklerin und arbeite seit zehn Jahren mit Python. "
        "Davor habe ich bei einer Bank die Datenbanken betreut und die Berichte geschrieben, "
        "die der Vorstand jede Woche gelesen hat. Ich spreche Deutsch und Englisch."
    )
    with pytest.raises(NotEnglish, match=r"^the pasted CV does not look like English"):
        add_cv(ws, text=german)


def test_it_shows_what_it_understood_from_the_cv(ws: Workspace) -> None:
    cv = add_cv(ws, text=CV_TEXT)
    understood = cv_understanding(ws, cv.id)
    assert [
        (r.title, r.employer, r.start, r.end, r.current, r.months) for r in understood.roles
    ] == [
        (
            "Senior Backend Engineer",
            "Brightcart Ltd (online grocery)",
            "2025-06",
            "2025-11",
            True,
            6,
        ),
        ("Backend Engineer", "Ledgerly (fintech)", "2019-06", "2025-05", False, 72),
        ("Software Developer", "Datapoint Analytics", "2016-09", "2019-05", False, 33),
    ]
    assert understood.roles[0].header == ROLE_HEADER
    python = understood.skills[0]
    assert (python.name, python.months, python.years, python.last_used) == (
        "Python",
        111,
        9.2,
        "2025-11",
    )
    assert understood.certifications == (
        "AWS Certified Developer - Associate (2025)",
        "Certified Kubernetes Application Developer (CKAD), 2023",
    )
    assert [(x.name, x.level) for x in understood.languages] == [
        ("English", "native"),
        ("Spanish", "conversational"),
    ]
    assert [(e.level, e.field) for e in understood.education] == [("bachelor", "Computer Science")]


def test_editing_a_line_saves_a_new_version_and_leaves_the_old_one_alone(ws: Workspace) -> None:
    cv = add_cv(ws, text=CV_TEXT, label="Original")
    edited = edit_cv_line(ws, cv.id, ROLE_HEADER, "Staff Engineer, Brightcart Ltd, Manchester")
    assert (edited.parent_id, edited.label, edited.source, edited.is_current) == (
        cv.id,
        "Original, edited",
        "edit",
        True,
    )
    roles = cv_understanding(ws, edited.id).roles
    assert (roles[0].title, roles[0].employer, roles[0].start) == (
        "Staff Engineer",
        "Brightcart Ltd",
        "2025-06",
    )
    assert cv_understanding(ws, cv.id).roles[0].title == "Senior Backend Engineer"


def test_editing_a_line_the_cv_does_not_have_is_refused(ws: Workspace) -> None:
    cv = add_cv(ws, text=CV_TEXT)
    with pytest.raises(ValueError, match=r"^CV version 1 has no line 'Astronaut, NASA'$"):
        edit_cv_line(ws, cv.id, "Astronaut, NASA", "Engineer, NASA")
    with pytest.raises(NotFound, match=r"^no CV version with id 99$"):
        edit_cv_line(ws, 99, ROLE_HEADER, "Engineer")


# jobs


def test_a_pasted_posting_is_saved_with_its_title_company_and_place(ws: Workspace) -> None:
    job = add_job(ws, text=POSTING_TEXT)
    stored = get_job(ws, job.id)
    assert (stored.title, stored.company, stored.location, stored.status, stored.rounds) == (
        "Senior Backend Engineer",
        "Northwind Health",
        "Manchester, UK",
        "saved",
        (),
    )
    assert stored.posting_text.startswith("Senior Backend Engineer\n")


class PostingHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (
            "<html><body><main>"
            + "".join(f"<p>{line}</p>" for line in FRONTEND_POSTING.splitlines() if line)
            + "</main></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def posting_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PostingHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/jobs/42"
    server.shutdown()
    server.server_close()


def test_a_posting_is_fetched_from_its_url(
    database_url: str, tmp_path: Path, posting_url: str
) -> None:
    workspace = open_at(database_url, tmp_path, allow_private_urls=True)
    try:
        job = add_job(workspace, url=posting_url)
        assert (job.title, job.source_url, job.document_id) == (
            "Frontend Developer",
            posting_url,
            None,
        )
    finally:
        workspace.close()


def test_a_url_on_this_machine_is_refused_unless_allowed(ws: Workspace, posting_url: str) -> None:
    with pytest.raises(FetchError):
        add_job(ws, url=posting_url)
    assert list_jobs(ws) == []


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ({}, "give the posting as data or text or url"),
        ({"text": ""}, "the posting is empty: paste its text"),
        (
            {"text": POSTING_TEXT, "url": "https://example.com/job"},
            "give the posting one way only, not both text and url",
        ),
    ],
)
def test_it_refuses_a_posting_with_no_source_an_empty_paste_or_two_sources(
    ws: Workspace, sources: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError) as error:
        add_job(ws, **sources)  # type: ignore[arg-type]
    assert str(error.value) == message


def test_jobs_list_newest_first_or_best_score_first(ws: Workspace) -> None:
    backend = add_job(ws, text=POSTING_TEXT)
    frontend = add_job(ws, text=FRONTEND_POSTING)
    assert [(j.id, j.score) for j in list_jobs(ws)] == [(frontend.id, None), (backend.id, None)]
    add_cv(ws, text=CV_TEXT)
    by_score = list_jobs(ws, sort="score")
    assert [(j.title, j.score, j.band) for j in by_score] == [
        ("Senior Backend Engineer", 64, "Partial match"),
        ("Frontend Developer", 11, "Weak match"),
    ]


def test_jobs_filter_by_status(ws: Workspace) -> None:
    backend = add_job(ws, text=POSTING_TEXT)
    add_job(ws, text=FRONTEND_POSTING)
    set_job_status(ws, backend.id, "applied")
    assert [j.id for j in list_jobs(ws, status="applied")] == [backend.id]
    assert list_jobs(ws, status="offer") == []
    with pytest.raises(ValueError, match=r"^unknown status 'ghosted'; use one of saved, applied"):
        list_jobs(ws, status="ghosted")


def test_interviewing_records_the_round_and_its_date(ws: Workspace) -> None:
    job = add_job(ws, text=POSTING_TEXT)
    first = set_job_status(ws, job.id, "interviewing")
    assert [(r.number, r.date) for r in first.rounds] == [(1, None)]
    second = set_job_status(ws, job.id, "interviewing", 2, dt.date(2025, 11, 14))
    assert [(r.number, r.date) for r in second.rounds] == [(1, None), (2, dt.date(2025, 11, 14))]
    offer = set_job_status(ws, job.id, "offer")
    assert (offer.status, len(offer.rounds)) == ("offer", 2)
    assert list_jobs(ws)[0].round == 2


def test_a_bad_status_or_round_is_refused_with_a_clear_message(ws: Workspace) -> None:
    job = add_job(ws, text=POSTING_TEXT)
    with pytest.raises(ValueError, match=r"^unknown status 'hired'; use one of saved, applied, "):
        set_job_status(ws, job.id, "hired")
    with pytest.raises(ValueError, match=r"^an interview round and its date go with the status"):
        set_job_status(ws, job.id, "applied", 1)
    with pytest.raises(ValueError, match=r"^interview rounds count from 1, not 0$"):
        set_job_status(ws, job.id, "interviewing", 0)
    assert get_job(ws, job.id).status == "saved"


def test_unknown_ids_raise_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match=r"^no job with id 7$"):
        get_job(ws, 7)
    with pytest.raises(NotFound, match=r"^no job with id 7$"):
        delete_job(ws, 7)
    with pytest.raises(NotFound, match=r"^no uploaded file with id 3$"):
        original_file(ws, 3)


def test_deleting_a_job_deletes_its_rounds_reports_and_file(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, data=POSTING_TEXT.encode(), filename="posting.txt")
    set_job_status(ws, job.id, "interviewing")
    get_report(ws, job.id)
    delete_job(ws, job.id)
    counts = row_counts(ws)
    assert (counts["jobs"], counts["interview_rounds"], counts["match_reports"]) == (0, 0, 0)
    assert (counts["documents"], ws.files.names()) == (0, [])


# reports


def test_the_report_names_the_doubt_to_close(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    report = get_report(ws, job.id)
    assert (report.score, report.band, report.engine_version) == (
        64,
        "Partial match",
        ENGINE_VERSION,
    )
    assert report.doubt is not None
    assert (report.doubt.requirement, report.doubt.status, report.doubt.must_have) == (
        "Production experience with Apache Kafka",
        "missing",
        True,
    )
    assert report.doubt.advice.startswith("Your CV does not show Apache Kafka.")


def test_a_report_is_read_back_from_storage_when_nothing_changed(
    ws: Workspace, database_url: str, tmp_path: Path
) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    first = get_report(ws, job.id)
    # A stored score no computation would give: seeing it again proves nothing was recomputed.
    with ws.db.session() as session:
        session.execute(update(MatchReportRow).values(score=7))
    # Read by a second process on the same database: nothing of it is in that one's cache.
    other = open_at(database_url, tmp_path / "data")
    try:
        again = get_report(other, job.id)
        assert (again.score, again.computed_at) == (7, first.computed_at)
        assert list_jobs(other)[0].score == 7
    finally:
        other.close()


def test_a_report_from_an_older_engine_is_computed_again(ws: Workspace) -> None:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    get_report(ws, job.id)
    with ws.db.session() as session:
        session.execute(
            update(MatchReportRow).values(engine_version="0.9.0", input_hash="0" * 64, score=7)
        )
    assert [j.score for j in list_jobs(ws)] == [64]
    report = get_report(ws, job.id)
    assert (report.score, report.engine_version) == (64, ENGINE_VERSION)


def test_a_report_is_computed_again_in_a_new_month(database_url: str, tmp_path: Path) -> None:
    workspace = open_at(database_url, tmp_path)
    add_cv(workspace, text=CV_TEXT)
    job = add_job(workspace, text=POSTING_TEXT)
    get_report(workspace, job.id)
    with workspace.db.session() as session:
        session.execute(update(MatchReportRow).values(score=7))
    workspace.close()
    later = open_at(database_url, tmp_path, day=dt.date(2025, 12, 3))
    try:
        assert get_report(later, job.id).score == 64
    finally:
        later.close()


def test_a_new_cv_version_gets_its_own_report(ws: Workspace) -> None:
    cv = add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    assert get_report(ws, job.id).score == 64
    edit_cv_line(ws, cv.id, CONTRACT_LINE, KAFKA_LINE)
    assert get_report(ws, job.id).score == 78
    assert get_report(ws, job.id, cv.id).score == 64
    assert row_counts(ws)["match_reports"] == 2


def test_there_is_no_report_before_a_cv(ws: Workspace) -> None:
    job = add_job(ws, text=POSTING_TEXT)
    with pytest.raises(NotFound, match=r"^there is no CV yet: add your CV first$"):
        get_report(ws, job.id)


def test_comparing_two_cv_versions_shows_the_rows_that_moved(ws: Workspace) -> None:
    cv = add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT)
    edited = edit_cv_line(ws, cv.id, CONTRACT_LINE, KAFKA_LINE)
    comparison = compare_cvs(ws, job.id, cv.id, edited.id)
    assert (comparison.a.score, comparison.b.score, comparison.score_change) == (64, 78, 14)
    moved = [
        (r.requirement, r.status_a, r.status_b, r.evidence_b) for r in comparison.rows if r.changed
    ]
    assert moved == [("Production experience with Apache Kafka", "missing", "met", KAFKA_LINE)]
    assert len(comparison.rows) == 16


def report_of(rows: list[tuple[str, bool, str]], advice: list[str]) -> StoredReport:
    def row(text: str, must: bool, status: str) -> StoredRow:
        return StoredRow(
            text=text,
            kind=RequirementKind.SKILL,
            must_have=must,
            status=Status(status),
            evidence=None,
            note=f"note on {text}",
            weight=1.0,
            credit=0.0,
            skills=(),
            years=None,
            weight_cue=None,
        )

    gaps = tuple(
        Gap(text, any(t == text and m for t, m, _ in rows), f"advice on {text}") for text in advice
    )
    return StoredReport(
        score=50,
        band="Partial match",
        requirements=tuple(row(*r) for r in rows),
        strengths=(),
        gaps=tuple(advice),
        advice=gaps,
        raw_score=50.0,
        cap=None,
        notes=(),
        engine_version=ENGINE_VERSION,
    )


def test_the_doubt_is_a_missing_must_have_before_a_partial_one() -> None:
    report = report_of(
        [("Go", True, "partial"), ("Figma", False, "missing"), ("Kafka", True, "missing")],
        ["Go", "Kafka", "Figma"],
    )
    assert doubt_to_close(report) == DoubtToClose("Kafka", "missing", True, "advice on Kafka")


def test_the_doubt_is_a_partial_must_have_when_none_is_missing() -> None:
    report = report_of([("Figma", False, "missing"), ("Go", True, "partial")], ["Go", "Figma"])
    assert doubt_to_close(report) == DoubtToClose("Go", "partial", True, "advice on Go")


def test_the_doubt_is_the_first_gap_when_every_must_have_is_met() -> None:
    report = report_of([("Go", True, "met"), ("Figma", False, "missing")], ["Figma"])
    assert doubt_to_close(report) == DoubtToClose("Figma", "missing", False, "advice on Figma")
    assert doubt_to_close(report_of([("Go", True, "met")], [])) is None


# everything


def fill(ws: Workspace) -> None:
    cv = add_cv(ws, data=docx_bytes(CV_TEXT), filename="cv.docx")
    # Corrections, which the edit carries over to the new version.
    remove_cv_skill(ws, cv.id, "Accounting")
    mark_cv_line_misread(ws, cv.id, MENTOR_LINE)
    edit_cv_line(ws, cv.id, CONTRACT_LINE, KAFKA_LINE)
    job = add_job(ws, data=POSTING_TEXT.encode(), filename="posting.txt")
    add_job(ws, text=FRONTEND_POSTING)
    set_job_status(ws, job.id, "interviewing", 1, dt.date(2025, 11, 4))
    get_report(ws, job.id)
    get_report(ws, job.id, cv.id)
    story = add_story(ws, title="Halved incidents", action="I wrote contract tests.", tags=["x"])
    save_journal(
        ws,
        job.id,
        1,
        interviewers=[("Ada", "CTO")],
        answers=[("Why us?", "Payments.")],
        worst=0,
        stories_used=[story.id],
    )
    save_plan_choices(ws, job.id, round="second", personas=["peer"], task_expected=True)
    practice = start_practice(ws, job.id, length=1)
    assert practice.current_id is not None
    submit_answer(ws, practice.id, practice.current_id, "We did some stuff and it was fine.")


def test_an_export_imports_into_an_empty_workspace_losslessly(
    ws: Workspace, new_database_url: Callable[[], str], tmp_path: Path
) -> None:
    fill(ws)
    exported = json.loads(json.dumps(export_all(ws)))
    assert (exported["format"], exported["version"], exported["schema"]) == (
        "shortlist-export",
        2,
        "0008",
    )
    assert {name: len(rows) for name, rows in exported["tables"].items()} == {
        "documents": 2,
        "cv_versions": 2,
        "cv_removed_skills": 2,
        "cv_misread_lines": 2,
        "jobs": 2,
        "interview_rounds": 1,
        "match_reports": 2,
        "stories": 1,
        "journal_entries": 1,
        "interview_plans": 1,
        "practice_sessions": 1,
        "practice_answers": 2,
        "recordings": 0,
    }
    fresh = open_at(new_database_url(), tmp_path / "fresh")
    try:
        import_all(fresh, exported)
        assert export_all(fresh) == exported
        cv = exported["tables"]["documents"][0]
        assert original_file(fresh, cv["id"]).data == base64.b64decode(
            exported["files"][cv["sha256"]]
        )
        # New rows get new ids after the imported ones (PostgreSQL sequences moved on).
        assert add_job(fresh, text=FRONTEND_POSTING).id == 3
    finally:
        fresh.close()


def test_importing_into_a_workspace_with_data_is_refused(ws: Workspace) -> None:
    add_job(ws, text=POSTING_TEXT)
    exported = export_all(ws)
    with pytest.raises(Conflict, match=r"^this workspace already holds data; import only into"):
        import_all(ws, exported)
    assert row_counts(ws)["jobs"] == 1


def test_importing_something_that_is_not_an_export_is_refused(ws: Workspace) -> None:
    with pytest.raises(ValueError, match=r'^not a Shortlist export: expected "format"'):
        import_all(ws, {"jobs": []})
    with pytest.raises(ValueError, match=r"^unsupported export version 3; this Shortlist reads"):
        import_all(ws, {"format": "shortlist-export", "version": 3, "tables": {}})
    bad_file = {"format": "shortlist-export", "version": 1, "tables": {}, "files": {"ab": "aGk="}}
    with pytest.raises(ValueError, match=r"^file ab in the export does not match its sha256$"):
        import_all(ws, bad_file)
    assert ws.files.names() == []


def test_delete_everything_removes_every_row_and_every_file(ws: Workspace, tmp_path: Path) -> None:
    fill(ws)
    assert ws.files.names() != []
    delete_everything(ws)
    assert set(row_counts(ws).values()) == {0}
    assert list((tmp_path / "data" / "files").iterdir()) == []
    assert list_jobs(ws) == []
    assert current_cv(ws) is None


def test_deleted_text_is_gone_from_the_sqlite_file(tmp_path: Path) -> None:
    workspace = open_at(f"sqlite:///{tmp_path / 'shortlist.db'}", tmp_path)
    try:
        add_cv(workspace, text=CV_TEXT.replace("Brightcart", "Zorblaxian"))
        delete_everything(workspace)
    finally:
        workspace.close()
    leftovers = [p.name for p in tmp_path.glob("shortlist.db*") if b"Zorblaxian" in p.read_bytes()]
    assert leftovers == []


def test_the_secret_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    key = secret_key(settings)
    assert len(key) == 43
    assert secret_key(settings) == key
    assert (tmp_path / "data" / "secret_key").stat().st_mode & 0o777 == 0o600
    chosen = Settings(data_dir=tmp_path / "data", secret_key="from-the-environment")
    assert secret_key(chosen) == "from-the-environment"


def test_an_unsupported_upload_passes_its_ingest_error_through(ws: Workspace) -> None:
    with pytest.raises(IngestError) as error:
        add_cv(ws, data=b"MZ\x90\x00\x03binary", filename="cv.exe")
    assert str(error.value) == "unsupported file type '.exe': use PDF, DOCX, TXT, MD or HTML"
    assert list_cv_versions(ws) == []


def test_a_paste_over_the_file_size_limit_is_refused_like_an_upload(
    database_url: str, tmp_path: Path
) -> None:
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data", max_file_mb=0.01)
    ws = open_workspace(settings, clock=FixedClock(TODAY))
    try:
        with pytest.raises(TooLarge, match=r"^the pasted CV is 0\.0\d+ MB; the limit is 0\.01 MB"):
            add_cv(ws, text=CV_TEXT * 10)
        assert list_cv_versions(ws) == []
    finally:
        ws.close()


def test_a_job_link_longer_than_the_database_keeps_is_refused_before_fetching(
    ws: Workspace,
) -> None:
    with pytest.raises(ValueError, match=r"^the link is longer than 2048 characters"):
        add_job(ws, url="https://jobs.example.com/" + "a" * 2100)
    assert list_jobs(ws) == []


def test_an_upload_whose_file_went_missing_is_not_found_not_a_crash(ws: Workspace) -> None:
    cv = add_cv(ws, data=CV_TEXT.encode("utf-8"), filename="cv.txt")
    assert cv.document_id is not None
    for stored in (ws.files.root).iterdir():
        stored.unlink()
    with pytest.raises(NotFound, match=r"^the file of upload \d+ is missing from the data folder$"):
        original_file(ws, cv.document_id)


def test_an_empty_secret_key_file_is_reported_not_used(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "secret_key").write_text("")
    with pytest.raises(RuntimeError, match=r"secret_key is empty; delete it"):
        secret_key(settings)


def test_the_secret_key_is_made_once_private_and_kept(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    first = secret_key(settings)
    assert len(first) >= 40
    assert secret_key(settings) == first
    assert ((tmp_path / "data" / "secret_key").stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["secret_key"]
