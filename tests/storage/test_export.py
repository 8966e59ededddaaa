"""Export and import through the workspace, on SQLite and PostgreSQL: every recording's
audio goes along, finished or not; an import refuses, with one message each, anything
the paste, upload, recording and form paths would refuse, and leaves nothing behind."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import io
import itertools
import json
import wave
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, update

from shortlist.bootstrap import open_workspace
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.ingest.limits import MB
from shortlist.storage import Base, Database, RecordingRow
from shortlist.storage.export import MAX_DEPTH, NO_AUDIO, ROW_CHANGES, migrations
from shortlist.storage.files import sha256_of
from shortlist.workspace import (
    NotFound,
    Workspace,
    add_chunk,
    add_cv,
    add_job,
    add_story,
    export_all,
    get_recording,
    import_all,
    mark_cv_line_misread,
    recording_audio,
    remove_cv_skill,
    start_practice,
    start_recording,
    wait_for_recording,
)
from shortlist.workspace.recording_store import pcm_path

SAMPLES = resources.files("shortlist").joinpath("samples")
DAY = dt.date(2025, 11, 6)


def chunk(index: int) -> bytes:
    """A quarter of a second of 16-bit audio, different for every index."""
    return bytes([index + 1, 0]) * 4000


def samples_of(wav: bytes) -> bytes:
    with wave.open(io.BytesIO(wav)) as reader:
        frames: bytes = reader.readframes(reader.getnframes())
    return frames


def open_at(url: str, data_dir: Path, **settings: object) -> Workspace:
    config = Settings(database_url=url, data_dir=data_dir, **settings)  # type: ignore[arg-type]
    return open_workspace(config, clock=FixedClock(DAY))


def fill(ws: Workspace) -> int:
    """An uploaded CV with a skill removed and a line marked as misread, a job, a story
    and a spoken answer still being recorded (three chunks in); the recording's id."""
    cv = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
    version = add_cv(ws, data=cv.encode(), filename="cv.txt")
    remove_cv_skill(ws, version.id, "Accounting")
    mark_cv_line_misread(ws, version.id, "ALEX MORGAN")
    job = add_job(ws, text=SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8"))
    add_story(ws, title="Halved incidents", action="I wrote contract tests.", tags=["quality"])
    practice = start_practice(ws, job.id, length=1, voice=True)
    assert practice.current_id is not None
    recording = start_recording(ws, practice.id, practice.current_id)
    for index in range(3):
        add_chunk(ws, recording.id, index, chunk(index))
    return recording.id


@pytest.fixture
def open_fresh(
    new_database_url: Callable[[], str], tmp_path: Path
) -> Iterator[Callable[..., Workspace]]:
    """Opens empty workspaces on the database kind under test, with any settings."""
    opened: list[Workspace] = []

    def make(**settings: object) -> Workspace:
        workspace = open_at(new_database_url(), tmp_path / f"fresh-{len(opened)}", **settings)
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An export of a filled workspace (made once, on SQLite), as JSON gives it back."""
    folder = tmp_path_factory.mktemp("source")
    ws = open_at(f"sqlite:///{folder / 'source.db'}", folder / "data")
    try:
        fill(ws)
        data: dict[str, Any] = json.loads(json.dumps(export_all(ws)))
        return data
    finally:
        ws.close()


def row_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as session:
        return {
            table.name: len(session.execute(table.select()).all())
            for table in Base.metadata.sorted_tables
        }


def assert_untouched(ws: Workspace) -> None:
    """Nothing of a refused import is left: no row, no file, no recording audio."""
    assert set(row_counts(ws).values()) == {0}
    assert ws.files.names() == []
    recordings = ws.settings.data_path() / "recordings"
    assert not recordings.exists() or list(recordings.iterdir()) == []


# every recording's audio


@pytest.mark.parametrize("status", ["recording", "transcribing", "failed"])
def test_an_unfinished_recordings_audio_goes_along_and_is_served_after_import(
    ws: Workspace, open_fresh: Callable[..., Workspace], status: str
) -> None:
    recording = fill(ws)
    with ws.db.session() as session:
        session.execute(
            update(RecordingRow).where(RecordingRow.id == recording).values(status=status)
        )
    # Bytes past the row's byte_count are a write that never committed: not the audio.
    with pcm_path(ws, recording).open("ab") as stream:
        stream.write(b"\x7f\x7f" * 500)
    audio = chunk(0) + chunk(1) + chunk(2)

    data = json.loads(json.dumps(export_all(ws)))
    assert base64.b64decode(data["recording_pcm"][str(recording)]) == audio

    fresh = open_fresh()
    import_all(fresh, data)
    if status == "transcribing":
        # Caught mid-transcription: the import resumes it, as a restart would.
        assert wait_for_recording(fresh, recording).status in ("done", "failed")
    assert samples_of(recording_audio(fresh, recording)) == audio
    if status != "transcribing":
        assert export_all(fresh) == data


def test_a_recording_resumes_after_export_and_import(
    ws: Workspace, open_fresh: Callable[..., Workspace]
) -> None:
    recording = fill(ws)
    fresh = open_fresh()
    import_all(fresh, json.loads(json.dumps(export_all(ws))))

    resumed = add_chunk(fresh, recording, 3, chunk(3))

    assert resumed.chunks == 4
    assert samples_of(recording_audio(fresh, recording)) == b"".join(map(chunk, range(4)))
    # A resend of a chunk that came before the export is still recognised.
    assert add_chunk(fresh, recording, 2, chunk(2)).chunks == 4


def test_a_version_1_export_without_recording_audio_still_imports(
    exported: dict[str, Any], open_fresh: Callable[..., Workspace]
) -> None:
    old = copy.deepcopy(exported)
    old["version"] = 1
    del old["recording_pcm"]
    fresh = open_fresh()

    import_all(fresh, old)

    (recording,) = old["tables"]["recordings"]
    # What version 1 left out cannot come back: the recording says so and takes no
    # more chunks (they would follow missing audio); the rest is all there.
    view = get_recording(fresh, recording["id"])
    assert (view.status, view.error, view.chunks, view.has_audio) == (
        "failed",
        NO_AUDIO,
        0,
        False,
    )
    with pytest.raises(NotFound):
        recording_audio(fresh, recording["id"])
    assert row_counts(fresh) == {name: len(rows) for name, rows in old["tables"].items()}


def test_an_export_missing_a_recordings_audio_imports_it_as_failed_and_again(
    exported: dict[str, Any], open_fresh: Callable[..., Workspace]
) -> None:
    # A .pcm file gone when the export was made: the recording fails, nothing else.
    data = copy.deepcopy(exported)
    data["recording_pcm"] = {}
    fresh = open_fresh()
    import_all(fresh, data)
    (recording,) = data["tables"]["recordings"]
    assert get_recording(fresh, recording["id"]).status == "failed"
    again = json.loads(json.dumps(export_all(fresh)))
    assert again["recording_pcm"] == {}
    other = open_fresh()
    import_all(other, again)
    assert export_all(other) == again


# older migrations


def columns_by_migration(folder: Path) -> dict[str, dict[str, set[str]]]:
    """For each migration, the columns of each of our tables once a database is at it."""
    db = Database(f"sqlite:///{folder / 'steps.db'}")
    found: dict[str, dict[str, set[str]]] = {}
    try:
        for revision in migrations():
            db.upgrade(revision)
            schema = inspect(db.engine)
            found[revision] = {
                name: {column["name"] for column in schema.get_columns(name)}
                for name in schema.get_table_names()
                if name in Base.metadata.tables
            }
    finally:
        db.dispose()
    return found


def test_every_column_a_migration_adds_or_drops_has_its_row_change(tmp_path: Path) -> None:
    steps = columns_by_migration(tmp_path)
    revisions = migrations()
    assert set(ROW_CHANGES) <= set(revisions)
    for before, after in itertools.pairwise(revisions):
        for table, columns in steps[after].items():
            old = steps[before].get(table)
            if old is None:
                continue  # a new table: older exports simply lack it
            assert old - columns == set(), f"{after} drops columns of {table}"
            assert columns - old == set(ROW_CHANGES.get(after, {}).get(table, {})), (
                f"migration {after} adds columns to {table}: add them to ROW_CHANGES"
            )


def test_an_export_from_every_older_migration_imports(
    exported: dict[str, Any], open_fresh: Callable[..., Workspace], tmp_path: Path
) -> None:
    steps = columns_by_migration(tmp_path)
    for revision in migrations()[:-1]:
        columns = steps[revision]
        old = {
            **exported,
            "schema": revision,
            "tables": {
                name: [{c: v for c, v in row.items() if c in columns[name]} for row in rows]
                for name, rows in exported["tables"].items()
                if name in columns
            },
        }
        if "recordings" not in columns:
            old["recording_pcm"] = {}
        fresh = open_fresh()

        import_all(fresh, old)

        again = export_all(fresh)
        assert again["schema"] == migrations()[-1]
        for name, rows in old["tables"].items():
            kept = [
                {c: v for c, v in row.items() if c in columns[name]}
                for row in again["tables"][name]
            ]
            assert kept == rows, (revision, name)
        added = {
            table: values
            for later in migrations()[migrations().index(revision) + 1 :]
            for table, values in ROW_CHANGES.get(later, {}).items()
        }
        for name, values in added.items():
            for row in again["tables"][name]:
                assert {c: row[c] for c in values} == values, (revision, name)


# what an import refuses


def edit(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Sets ``table.column`` of the first row (or a top-level member) to ``value``."""

    def change(data: dict[str, Any]) -> None:
        if "." in path:
            table, column = path.split(".")
            data["tables"][table][0][column] = value
        else:
            data[path] = value

    return change


def nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def pcm_of(data: dict[str, Any], value: bytes | None) -> None:
    (recording,) = data["tables"]["recordings"]
    if value is None:
        del data["recording_pcm"][str(recording["id"])]
    else:
        data["recording_pcm"][str(recording["id"])] = base64.b64encode(value).decode()


def with_file(data: dict[str, Any], blob: bytes) -> None:
    data["files"][sha256_of(blob)] = base64.b64encode(blob).decode()


def bigger_upload(data: dict[str, Any]) -> None:
    (document,) = data["tables"]["documents"]
    del data["files"][document["sha256"]]
    blob = b"x" * (MB + 1)
    with_file(data, blob)
    document["sha256"], document["size"] = sha256_of(blob), len(blob)


def twice(table: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["tables"][table].append(dict(data["tables"][table][0]))

    return change


def same_round_twice(data: dict[str, Any]) -> None:
    (job,) = data["tables"]["jobs"]
    rounds = [
        {"id": i, "job_id": job["id"], "number": 1, "date": None, "notes": ""} for i in (1, 2)
    ]
    data["tables"]["interview_rounds"] = rounds


REFUSED = [
    pytest.param(
        edit("jobs.title", {"a": 1}),
        r"^jobs row 1: title must be text, not an object$",
        id="an object in a text column",
    ),
    pytest.param(
        edit("documents.size", [1]),
        r"^documents row 1: size must be a whole number, not a list$",
        id="a list in a number column",
    ),
    pytest.param(
        edit("documents.size", "big"),
        r"^documents row 1: size must be a whole number, not 'big'$",
        id="text in a number column",
    ),
    pytest.param(
        edit("documents.size", True),
        r"^documents row 1: size must be a whole number, not true$",
        id="true in a number column",
    ),
    pytest.param(
        edit("documents.size", 1.5),
        r"^documents row 1: size must be a whole number, not 1.5$",
        id="a fraction in a number column",
    ),
    pytest.param(
        edit("practice_sessions.voice", 1),
        r"^practice_sessions row 1: voice must be true or false, not 1$",
        id="a number in a true/false column",
    ),
    pytest.param(
        edit("practice_sessions.seed", 2**31),
        r"^practice_sessions row 1: seed 2147483648 is out of range \(a 32-bit number\)$",
        id="a number too large for its column",
    ),
    pytest.param(
        edit("recordings.progress", float("nan")),
        r"^recordings row 1: progress must be a number, not nan$",
        id="a number that is not finite",
    ),
    pytest.param(
        edit("jobs.posting_text", None),
        r"^jobs row 1: posting_text is null, but it must have a value$",
        id="null where a value is needed",
    ),
    pytest.param(
        edit("jobs.company", "x" * 301),
        r"^jobs row 1: company is 301 characters; it holds at most 300$",
        id="text longer than its column",
    ),
    pytest.param(
        edit("schema", "9999"),
        (
            r"^the export was written at database migration '9999', which this Shortlist"
            r" does not know \(it knows 0001 to \d{4}\); "
        ),
        id="a schema this Shortlist does not know",
    ),
    pytest.param(
        edit("schema", 6),
        (
            r"^the export was written at database migration 6, which this Shortlist does"
            r" not know"
        ),
        id="a schema that is not a name",
    ),
    pytest.param(
        edit("schema", None),
        r"^the export was written at database migration None, which",
        id="no schema",
    ),
    pytest.param(
        edit("version", 3),
        r"^unsupported export version 3; this Shortlist reads versions 1 and 2$",
        id="a version it cannot read",
    ),
    pytest.param(
        edit("version", True),
        r"^unsupported export version True; ",
        id="true as the version",
    ),
    pytest.param(
        edit("jobs.created_at", "2025-11-01T09:30:00.1234567"),
        (
            r"^jobs row 1: created_at is more precise than a microsecond: "
            r"'2025-11-01T09:30:00.1234567'$"
        ),
        id="a time more precise than a microsecond",
    ),
    pytest.param(
        edit("jobs.created_at", "yesterday"),
        r"^jobs row 1: created_at is not an ISO 8601 time: 'yesterday'$",
        id="a time that is not one",
    ),
    pytest.param(
        edit("jobs.created_at", "0001-01-01T01:00:00+05:00"),
        r"^jobs row 1: created_at is out of range once moved to UTC: ",
        id="a time before year 1 in UTC",
    ),
    pytest.param(
        edit("jobs.created_at", 1700000000),
        r"^jobs row 1: created_at must be an ISO 8601 time, not 1700000000$",
        id="a number as a time",
    ),
    pytest.param(
        edit("interview_rounds.date", "2025-13-01"),
        r"^interview_rounds row 1: date is not a date: '2025-13-01'$",
        id="a date that is not one",
    ),
    pytest.param(
        edit("documents.filename", "cv\r\nSet-Cookie: a=b.txt"),
        (
            r"^documents row 1: filename 'cv\\r\\nSet-Cookie: a=b.txt' holds a control"
            r" character$"
        ),
        id="CR/LF in a file name",
    ),
    pytest.param(
        edit("documents.filename", "cv\t.txt"),
        r"^documents row 1: filename 'cv\\t.txt' holds a control character$",
        id="a tab in a file name",
    ),
    pytest.param(
        edit("documents.filename", "../../cv.txt"),
        r"^documents row 1: filename '../../cv.txt' holds a folder \(/ or \\\)$",
        id="a folder in a file name",
    ),
    pytest.param(
        edit("documents.filename", "C:\\Users\\cv.txt"),
        r"holds a folder \(/ or \\\)$",
        id="a Windows folder in a file name",
    ),
    pytest.param(
        edit("documents.filename", ".."),
        r"^documents row 1: filename '..' is not a file name$",
        id="a file name of dots",
    ),
    pytest.param(
        edit("documents.content_type", "text/plain\r\nX-A: b"),
        (
            r"^documents row 1: content_type 'text/plain\\r\\nX-A: b' is not a MIME type"
            r" \(type/subtype\)$"
        ),
        id="a header in a content type",
    ),
    pytest.param(
        edit("documents.content_type", "plain"),
        r"^documents row 1: content_type 'plain' is not a MIME type",
        id="a content type without a subtype",
    ),
    pytest.param(
        edit("jobs.source_url", "javascript:alert(1)"),
        r"^jobs row 1: source_url must be an http or https link, not 'javascript:alert\(1\)'$",
        id="a script as the posting's link",
    ),
    pytest.param(
        edit("jobs.posting_text", "Python\x00SQL"),
        r"^jobs row 1: posting_text holds a NUL character$",
        id="a NUL in text",
    ),
    pytest.param(
        edit("jobs.posting_text", "Python \ud800"),
        r"^jobs row 1: posting_text holds an unpaired UTF-16 surrogate$",
        id="half a surrogate pair in text",
    ),
    pytest.param(
        edit("stories.tags", ["\udfff"]),
        r"^stories row 1: tags holds an unpaired UTF-16 surrogate$",
        id="half a surrogate pair in JSON",
    ),
    pytest.param(
        edit("stories.tags", nested(MAX_DEPTH)),
        rf"^the export nests objects and arrays more than {MAX_DEPTH} levels deep; ",
        id="nesting past the limit",
    ),
    pytest.param(
        edit("stories.tags", "quality"),
        r"^stories row 1: tags must be a list of strings, not 'quality'$",
        id="a JSON column of the wrong shape",
    ),
    pytest.param(
        edit("recordings.words", [["so", "0.1", 0.4]]),
        (
            r"^recordings row 1: words must be a list of \[text, start, end\] words,"
            r" not a list$"
        ),
        id="words of the wrong shape",
    ),
    pytest.param(
        edit("jobs.status", "lost"),
        (
            r"^jobs row 1: status must be one of saved, applied, interviewing, offer,"
            r" rejected, withdrawn, not 'lost'$"
        ),
        id="a value outside a CHECK list",
    ),
    pytest.param(
        edit("cv_versions.document_id", 99),
        r"^cv_versions row 1: document_id 99 names no documents row in the export$",
        id="a link to a row not in the export",
    ),
    pytest.param(
        edit("cv_misread_lines.line_text", "Speaks Klingon."),
        r"^cv_misread_lines row 1: CV version 1 does not have that line at line_start 0$",
        id="a misread line not in its CV",
    ),
    pytest.param(
        edit("cv_misread_lines.line_text", "ALEX MORGAN\n"),
        r"^cv_misread_lines row 1: line_text must be a line, without space around it$",
        id="a misread line that is not a line",
    ),
    pytest.param(
        edit("cv_misread_lines.line_start", -1),
        r"^cv_misread_lines row 1: line_start must be at least 0, not -1$",
        id="a misread line before its CV",
    ),
    pytest.param(
        edit("cv_removed_skills.skill", " "),
        r"^cv_removed_skills row 1: skill is empty$",
        id="a removed skill with no name",
    ),
    pytest.param(
        edit("cv_removed_skills.cv_version_id", 9),
        r"^cv_removed_skills row 1: cv_version_id 9 names no cv_versions row in the export$",
        id="a removed skill of no CV version",
    ),
    pytest.param(
        twice("jobs"),
        r"^jobs row 1: the id 1 is used by two rows$",
        id="two rows with one id",
    ),
    pytest.param(
        same_round_twice,
        r"^the export's rows do not fit together: ",
        id="rows a unique constraint refuses",
    ),
    pytest.param(
        edit("stories.action", "x" * 10_001),
        (
            r"^stories row 1: action is 10,001 characters; a part of a story holds at"
            r" most 10,000$"
        ),
        id="a story part longer than the form allows",
    ),
    pytest.param(
        lambda d: with_file(d, b"stray"),
        rf"^file {sha256_of(b'stray')} in the export belongs to no document or recording$",
        id="a file no row keeps",
    ),
    pytest.param(
        edit("documents.size", 5),
        r"^documents row 1: size 5 is not the size of its file \([\d,]+ bytes\)$",
        id="a size that is not the file's",
    ),
    pytest.param(
        lambda d: pcm_of(d, chunk(0)),
        r"^the audio of recording 1 in the export is 8,000 bytes; its row says 24,000$",
        id="recording audio shorter than its row",
    ),
    pytest.param(
        lambda d: pcm_of(d, b"\x00" * 23_999),
        (
            r"^the audio of recording 1 in the export is not 16-bit samples: its length"
            r" is odd$"
        ),
        id="recording audio of odd length",
    ),
    pytest.param(
        edit("recording_pcm", {"99": "AAA="}),
        (
            r'^"recording_pcm" in the export has audio for 99, which is no unfinished'
            r" recording in it$"
        ),
        id="audio of no recording",
    ),
    pytest.param(
        edit("recording_pcm", {"1": "not base64!"}),
        r"^the audio of recording 1 in the export is not valid base64$",
        id="audio that is not base64",
    ),
]


@pytest.mark.parametrize(("change", "message"), REFUSED)
def test_an_import_refuses_what_it_should_and_keeps_nothing_of_it(
    exported: dict[str, Any],
    open_fresh: Callable[..., Workspace],
    change: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    data = copy.deepcopy(exported)
    data["tables"]["interview_rounds"] = [
        {"id": 1, "job_id": 1, "number": 1, "date": "2025-11-20", "notes": ""}
    ]
    change(data)
    fresh = open_fresh()

    with pytest.raises(ValueError, match=message):
        import_all(fresh, data)

    assert_untouched(fresh)


@pytest.mark.parametrize(
    ("settings", "change", "message"),
    [
        (
            {"max_file_mb": 1.0, "max_text_chars": 2 * MB},
            edit("jobs.posting_text", "x" * (MB + 1)),
            r"^jobs row 1: posting_text is 1.000001 MB; a pasted or uploaded text holds at "
            r"most 1 MB \(SHORTLIST_MAX_FILE_MB\)$",
        ),
        (
            {"max_text_chars": 1000},
            lambda data: None,
            r"^documents row 1: extracted_text is [\d,]+ characters; a pasted or uploaded text "
            r"holds at most 1,000 \(SHORTLIST_MAX_TEXT_CHARS\)$",
        ),
        (
            {"max_file_mb": 1.0},
            bigger_upload,
            r"^the file of document 1 is 1.000001 MB; an upload holds at most 1 MB "
            r"\(SHORTLIST_MAX_FILE_MB\)$",
        ),
        (
            {"max_audio_minutes": 0.005},
            lambda data: None,
            r"^the audio of recording 1 in the export is longer than 0.005 minutes "
            r"\(SHORTLIST_MAX_AUDIO_MINUTES\)$",
        ),
    ],
    ids=["a posting over the paste limit", "a text over the text limit", "an upload over the "
         "file limit", "a recording over the audio limit"],
)  # fmt: skip
def test_an_import_is_held_to_the_limits_of_pasting_uploading_and_recording(
    exported: dict[str, Any],
    open_fresh: Callable[..., Workspace],
    settings: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    data = copy.deepcopy(exported)
    change(data)
    fresh = open_fresh(**settings)

    with pytest.raises(ValueError, match=message):
        import_all(fresh, data)

    assert_untouched(fresh)


def test_a_failure_after_the_rows_leaves_no_row_no_file_and_no_audio(
    exported: dict[str, Any], open_fresh: Callable[..., Workspace]
) -> None:
    fresh = open_fresh()
    (recording,) = exported["tables"]["recordings"]
    # The recording's audio cannot be written: a folder is in its place.
    pcm_path(fresh, recording["id"]).mkdir(parents=True)

    with pytest.raises(IsADirectoryError):
        import_all(fresh, exported)

    assert set(row_counts(fresh).values()) == {0}
    assert fresh.files.names() == []


# times


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2025-11-01T12:00:00+05:00", "2025-11-01T07:00:00"),
        ("2025-11-01T02:00:00.000001-03:30", "2025-11-01T05:30:00.000001"),
        ("2025-11-01T12:00:00.123456Z", "2025-11-01T12:00:00.123456"),
        ("2025-11-01T12:00:00.5", "2025-11-01T12:00:00.500000"),
        ("2025-11-01T12:00:00", "2025-11-01T12:00:00"),
    ],
)
def test_a_time_with_an_offset_is_stored_as_utc_and_none_loses_a_digit(
    exported: dict[str, Any], open_fresh: Callable[..., Workspace], given: str, stored: str
) -> None:
    data = copy.deepcopy(exported)
    data["tables"]["jobs"][0]["created_at"] = given
    fresh = open_fresh()

    import_all(fresh, data)

    assert export_all(fresh)["tables"]["jobs"][0]["created_at"] == stored
