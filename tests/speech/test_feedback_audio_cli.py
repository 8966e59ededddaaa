"""`shortlist feedback --audio-file`: the same JSON as typed feedback, plus transcript,
timed words and delivery, from audio made with flite at test time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.speech.conftest import Speak
from typer.testing import CliRunner

from shortlist.cli import app

QUESTION = "Tell me about a time you made a slow report faster."


def test_spoken_feedback_has_the_typed_keys_and_the_spoken_ones(
    runner: CliRunner, speak: Speak
) -> None:
    wav, pauses = speak(
        "The payments report was slow.", 2.5, "I rewrote the queries and the report got faster."
    )
    args = ["feedback", "--question", QUESTION, "--audio-file", str(wav), "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"overall", "star", "measurable_result", "fillers", "hedges", "follow_up"} <= set(data)
    assert data["transcript"] == " ".join(w["text"] for w in data["words"])
    assert "report" in data["transcript"]
    assert all(w["start"] <= w["end"] for w in data["words"])
    longest = data["delivery"]["longest_pause"]
    assert longest["start"] == pytest.approx(pauses[0], abs=0.4)
    assert data["dimensions"]["delivery"]["score"] == data["delivery"]["score"]


def test_feedback_takes_one_answer_typed_or_spoken(runner: CliRunner, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("I did it.", encoding="utf-8")
    both = ["feedback", "--question", QUESTION, "--answer-file", str(text)]
    result = runner.invoke(app, [*both, "--audio-file", str(text)])
    assert result.exit_code == 2
    assert "--answer-file or as --audio-file (one of them)" in result.stderr
    result = runner.invoke(app, ["feedback", "--question", QUESTION])
    assert result.exit_code == 2


def test_audio_that_is_not_audio_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "answer.webm"
    bad.write_bytes(b"not audio " * 100)
    result = runner.invoke(app, ["feedback", "--question", QUESTION, "--audio-file", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("shortlist: error: answer.webm is not audio FFmpeg can read")
