"""`shortlist plan` and `shortlist jobs` as a user runs them: real files, a real
workspace in a temporary data folder."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shortlist.bootstrap import open_workspace
from shortlist.cli import app
from shortlist.config import Settings
from shortlist.workspace import add_cv, add_job, save_journal

SAMPLES = resources.files("shortlist").joinpath("samples")
CV_PATH = str(SAMPLES.joinpath("cv.txt"))
POSTING_PATH = str(SAMPLES.joinpath("posting.txt"))
ANSWER = "I moved our payouts to a new ledger and cut failed payments by 30%."


@pytest.fixture
def saved_job(runner: CliRunner, tmp_path: Path) -> int:
    ws = open_workspace(Settings(data_dir=tmp_path / "data"))  # type: ignore[call-arg]
    try:
        add_cv(ws, text=Path(CV_PATH).read_text(encoding="utf-8"))
        job = add_job(ws, text=Path(POSTING_PATH).read_text(encoding="utf-8"))
        save_journal(ws, job.id, 1, date=dt.date(2025, 11, 4), answers=[("Biggest win?", ANSWER)])
        return job.id
    finally:
        ws.close()


def test_plan_json_from_files_has_the_keys_other_tools_rely_on(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["plan", "--cv", CV_PATH, "--posting", POSTING_PATH, "--round", "second", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["round"] == "second"
    assert 12 <= len(data["questions"]) <= 20
    for q in data["questions"]:
        assert set(q) >= {"id", "text", "category", "persona", "source", "quote", "why", "covers"}
    assert set(data) >= {"prepare_first", "stories", "to_ask", "logistics"}


def test_plan_for_a_persona_asks_only_as_that_persona(runner: CliRunner) -> None:
    result = runner.invoke(app, ["plan", "--sample", "--persona", "peer", "--json"])
    assert result.exit_code == 0, result.output
    assert {q["persona"] for q in json.loads(result.stdout)["questions"]} == {"peer"}


def test_plan_seeds_vary_the_questions_and_repeat_themselves(runner: CliRunner) -> None:
    def texts(seed: str) -> list[str]:
        out = runner.invoke(app, ["plan", "--sample", "--seed", seed, "--json"]).stdout
        return [q["text"] for q in json.loads(out)["questions"]]

    assert texts("4") == texts("4")
    assert texts("4") != texts("5")


def test_plan_of_a_saved_job_quotes_the_round_one_answer(runner: CliRunner, saved_job: int) -> None:
    result = runner.invoke(app, ["plan", str(saved_job), "--round", "second", "--json"])
    assert result.exit_code == 0, result.output
    quotes = [
        q["quote"] for q in json.loads(result.stdout)["questions"] if q["source"] == "round_one"
    ]
    assert quotes and all(quote in ANSWER for quote in quotes)


def test_plan_writes_the_prep_pack_as_markdown_and_pdf(
    runner: CliRunner, saved_job: int, tmp_path: Path
) -> None:
    markdown, pdf = tmp_path / "pack.md", tmp_path / "pack.pdf"
    assert runner.invoke(app, ["plan", str(saved_job), "--out", str(markdown)]).exit_code == 0
    assert runner.invoke(app, ["plan", str(saved_job), "--out", str(pdf)]).exit_code == 0
    assert markdown.read_text(encoding="utf-8").startswith("# Prep pack: Senior Backend Engineer")
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_readable_plan_shows_the_questions_and_what_to_prepare_first(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["plan", "--sample"], env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.output
    assert "Prepare this first" in result.stdout
    assert "Likely questions (" in result.stdout
    assert "Questions to ask them" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan"], "give a saved job's id"),
        (["plan", "--sample", "--round", "fourth"], "unknown round 'fourth'"),
        (["plan", "--sample", "--persona", "ceo"], "unknown interviewer 'ceo'"),
        (["plan", "7", "--cv", CV_PATH], "not both"),
        (["plan", "99"], "no job with id 99"),
        (["plan", "--sample", "--out", "x.md"], "--out writes a saved job's prep pack"),
    ],
)
def test_plan_errors_are_one_clear_line(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("shortlist: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_saved_job_over_the_work_budget_is_one_clear_line(
    runner: CliRunner, saved_job: int
) -> None:
    too_long = runner.invoke(
        app, ["plan", str(saved_job)], env={"SHORTLIST_MAX_TEXT_CHARS": "2000"}
    )
    assert too_long.exit_code == 2
    assert too_long.stderr.startswith('shortlist: error: the saved CV "Pasted ')
    assert "(SHORTLIST_MAX_TEXT_CHARS); add it again with only the part" in too_long.stderr
    too_slow = runner.invoke(
        app, ["plan", str(saved_job)], env={"SHORTLIST_MATCH_TIMEOUT_S": "1e-9"}
    )
    assert too_slow.exit_code == 2
    assert too_slow.stderr.startswith(
        "shortlist: error: matching your CV against this posting took longer than 1e-09 s"
    )
    # The list is not refused: the jobs it cannot score show no score.
    listed = runner.invoke(app, ["jobs"], env={"SHORTLIST_MAX_TEXT_CHARS": "2000"})
    assert listed.exit_code == 0
    assert f"{saved_job:>4}    -  saved" in listed.stdout


def test_plan_refuses_an_out_file_that_is_not_markdown_or_pdf(
    runner: CliRunner, saved_job: int
) -> None:
    result = runner.invoke(app, ["plan", str(saved_job), "--out", "pack.docx"])
    assert result.exit_code == 2
    assert "--out takes a file ending in .md or .pdf" in result.stderr


def test_jobs_lists_the_saved_jobs_with_their_ids(runner: CliRunner, saved_job: int) -> None:
    result = runner.invoke(app, ["jobs"])
    assert result.exit_code == 0, result.output
    assert f"{saved_job:>4}" in result.stdout
    assert "Senior Backend Engineer at Northwind Health" in result.stdout
    listed = json.loads(runner.invoke(app, ["jobs", "--json"]).stdout)
    assert [j["id"] for j in listed] == [saved_job]
