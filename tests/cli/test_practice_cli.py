"""`shortlist feedback` and `shortlist practice` as a user runs them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shortlist.bootstrap import open_workspace
from shortlist.cli import app
from shortlist.config import Settings
from shortlist.workspace import add_cv, add_job, practice_history

SAMPLES = resources.files("shortlist").joinpath("samples")
CV_PATH = str(SAMPLES.joinpath("cv.txt"))
POSTING_PATH = str(SAMPLES.joinpath("posting.txt"))
QUESTION = "Tell me about a time you made a slow system faster."
STRONG = (
    "At Brightcart the ledger report was slow: finance waited 9 seconds for every page. "
    "I was asked to fix it before the year-end close. I profiled the queries, I rewrote "
    "the three slowest and I added two indexes, then I tested it against a copy of the "
    "live data. As a result the p95 fell from 9 seconds to 700 ms and finance closed the "
    "year two days early."
)
FILLED = "Um, so, like, we basically made the system, you know, faster. I like SQL."


def write(tmp_path: Path, text: str, name: str = "answer.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_feedback_json_has_the_keys_other_tools_rely_on(runner: CliRunner, tmp_path: Path) -> None:
    args = ["feedback", "--question", QUESTION, "--answer-file", write(tmp_path, STRONG)]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data["overall"], int) and 0 <= data["overall"] <= 100
    assert set(data["star"]) == {"situation", "task", "action", "result"}
    assert all(isinstance(v, bool) for v in data["star"].values())
    assert data["measurable_result"] is True
    assert isinstance(data["follow_up"], str)
    for name, dim in data["dimensions"].items():
        assert isinstance(dim["score"], int), name
        assert all(e in STRONG for e in dim["evidence"]), name
        assert isinstance(dim["tips"], list)


def test_feedback_counts_filler_likes_but_not_i_like_sql(runner: CliRunner, tmp_path: Path) -> None:
    args = ["feedback", "--question", QUESTION, "--answer-file", write(tmp_path, FILLED), "--json"]
    data = json.loads(runner.invoke(app, args).stdout)
    fillers = [f["text"].lower() for f in data["fillers"]]
    assert "um" in fillers and "basically" in fillers
    assert fillers.count("like") == 1
    assert data["overall"] <= 40


def test_a_strong_answer_scores_above_a_one_word_one(runner: CliRunner, tmp_path: Path) -> None:
    def overall(text: str) -> int:
        path = write(tmp_path, text, f"a{len(text)}.txt")
        out = runner.invoke(
            app, ["feedback", "--question", QUESTION, "--answer-file", path, "--json"]
        )
        return int(json.loads(out.stdout)["overall"])

    assert overall("Fine.") <= 20
    assert overall(STRONG) >= 70


def test_feedback_reads_the_answer_from_stdin_and_prints_a_table(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["feedback", "--question", QUESTION, "--answer-file", "-"], input=STRONG
    )
    assert result.exit_code == 0, result.output
    assert "Overall" in result.stdout and "Measurable result" in result.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("x " * 15_000, "more than the 20,000"),
        (
            "Ich habe das Projekt geleitet und wir haben die Kosten um zwanzig Prozent gesenkt, "
            "weil ich die Abläufe mit dem Team neu geplant habe und wir jeden Tag gemessen haben.",
            "does not look like English",
        ),
    ],
)
def test_feedback_refuses_bad_answers_in_one_line(
    runner: CliRunner, tmp_path: Path, text: str, message: str
) -> None:
    args = ["feedback", "--question", QUESTION, "--answer-file", write(tmp_path, text)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("shortlist: error: ")
    assert message in result.stderr


def test_practice_runs_a_session_in_the_terminal_and_keeps_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    ws = open_workspace(Settings(data_dir=tmp_path / "data"))  # type: ignore[call-arg]
    try:
        add_cv(ws, text=Path(CV_PATH).read_text(encoding="utf-8"))
        job = add_job(ws, text=Path(POSTING_PATH).read_text(encoding="utf-8")).id
    finally:
        ws.close()
    # Two answers, each ended by an empty line; the follow-ups are skipped (empty).
    typed = f"{STRONG}\n\n\n\n\nWe did stuff.\n\n\n\n\n"
    result = runner.invoke(app, ["practice", str(job), "--length", "2"], input=typed)
    assert result.exit_code == 0, result.output
    assert "Question 1 of 2" in result.stdout and "Question 2 of 2" in result.stdout
    assert "Overall" in result.stdout
    assert "Three things to work on" in result.stdout
    ws = open_workspace(Settings(data_dir=tmp_path / "data"))  # type: ignore[call-arg]
    try:
        history = practice_history(ws)
    finally:
        ws.close()
    assert [(h.answered, h.total, h.finished) for h in history] == [(2, 2, True)]


def test_practice_for_an_unknown_job_is_one_clear_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["practice", "7"])
    assert result.exit_code == 2
    assert "no job with id 7" in result.stderr
