"""`shortlist cv` as a user runs it (issue #12): see how the saved CV was read, remove a
skill, mark a line as misread, undo either; the saved job's report follows. A real
workspace in a temporary data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.corrected_cvs import MARKETER_CV, MARKETER_POSTING
from typer.testing import CliRunner

from shortlist.bootstrap import open_workspace
from shortlist.cli import app
from shortlist.config import Settings
from shortlist.workspace import add_cv, add_job, get_report

COACHED = "- Coached two junior marketers through their first campaigns."


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]


@pytest.fixture
def job_id(runner: CliRunner, tmp_path: Path) -> int:
    ws = open_workspace(_settings(tmp_path))
    try:
        add_cv(ws, text=MARKETER_CV)
        return add_job(ws, text=MARKETER_POSTING).id
    finally:
        ws.close()


def _row(tmp_path: Path, job: int, text: str) -> tuple[str, str | None, str]:
    ws = open_workspace(_settings(tmp_path))
    try:
        row = next(r for r in get_report(ws, job).report.requirements if r.text == text)
        return row.status.value, row.evidence, row.note
    finally:
        ws.close()


def test_a_skill_removed_and_restored_from_the_command_line(
    runner: CliRunner, job_id: int, tmp_path: Path
) -> None:
    shown = runner.invoke(app, ["cv", "show"])
    assert shown.exit_code == 0, shown.output
    assert "\n  CRM\n" in shown.stdout

    removed = runner.invoke(app, ["cv", "remove-skill", "crm"])

    assert removed.exit_code == 0, removed.output
    assert "Skills you removed (`shortlist cv restore-skill NAME`): CRM" in removed.stdout
    row = _row(tmp_path, job_id, "Hands-on experience with a CRM platform")
    assert row == ("missing", None, "CRM: you removed it from your CV")

    assert runner.invoke(app, ["cv", "restore-skill", "CRM"]).exit_code == 0
    assert _row(tmp_path, job_id, "Hands-on experience with a CRM platform")[0] == "met"


def test_a_line_marked_misread_by_its_offset_and_read_again(
    runner: CliRunner, job_id: int, tmp_path: Path
) -> None:
    offset = MARKETER_CV.index(COACHED)
    listed = json.loads(runner.invoke(app, ["cv", "show", "--json"]).stdout)
    lines = {x["start"]: x["text"] for role in listed["roles"] for x in role["quoted_lines"]}
    assert lines[offset] == COACHED
    assert f"{offset:>6}  {COACHED}" in runner.invoke(app, ["cv", "show"]).stdout

    marked = runner.invoke(app, ["cv", "misread", str(offset)])

    assert marked.exit_code == 0, marked.output
    assert f"{offset:>6}  {COACHED}" in marked.stdout
    row = _row(tmp_path, job_id, "Experience mentoring junior marketers")
    assert row[1] != COACHED and row[0] != "met"

    assert runner.invoke(app, ["cv", "read-again", str(offset)]).exit_code == 0
    assert _row(tmp_path, job_id, "Experience mentoring junior marketers")[:2] == ("met", COACHED)


def test_what_the_cv_does_not_have_is_one_line_and_status_2(runner: CliRunner, job_id: int) -> None:
    for args, said in [
        (["cv", "remove-skill", "Kubernetes"], "shows no skill 'Kubernetes'"),
        (["cv", "misread", "3"], "has no line at offset 3 to mark"),
        (["cv", "read-again", "3"], "at offset 3 is marked"),
        (["cv", "show", "--version", "99"], "no CV version with id 99"),
    ]:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("shortlist: error: ") and said in result.stderr
        assert result.stdout == ""


def test_without_a_saved_cv_it_says_how_to_add_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["cv", "show"])
    assert result.exit_code == 2
    assert "no CV saved yet" in result.stderr
