"""The `shortlist` command as a user runs it: real files, real exit codes."""

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shortlist.cli import app
from shortlist.ingest import read_path

SAMPLES = resources.files("shortlist").joinpath("samples")
CV_PATH = str(SAMPLES.joinpath("cv.txt"))
POSTING_PATH = str(SAMPLES.joinpath("posting.txt"))
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
CV_READ = read_path(CV_PATH).text


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in [k for k in os.environ if k.startswith("SHORTLIST_")]:
        monkeypatch.delenv(name)
    return CliRunner()


def test_match_json_has_the_keys_other_tools_rely_on(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", CV_PATH, POSTING_PATH, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["band"] in {"Strong match", "Good match", "Partial match", "Weak match"}
    assert data["requirements"]
    for row in data["requirements"]:
        assert set(row) >= {"text", "kind", "must_have", "status", "evidence"}
        assert row["status"] in {"met", "partial", "missing"}
        assert isinstance(row["must_have"], bool)
        # Verbatim from the CV as read (ingestion normalises whitespace, nothing else).
        assert row["evidence"] is None or row["evidence"] in CV_READ
    assert all(isinstance(s, str) for s in data["strengths"])
    assert all(isinstance(g, str) for g in data["gaps"])


def test_sample_flag_gives_the_same_report_as_the_sample_files(runner: CliRunner) -> None:
    by_flag = runner.invoke(app, ["match", "--sample", "--json"])
    by_path = runner.invoke(app, ["match", CV_PATH, POSTING_PATH, "--json"])
    assert json.loads(by_flag.stdout) == json.loads(by_path.stdout)


def test_the_readable_report_shows_score_band_rows_and_gaps(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--sample"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    data = json.loads(runner.invoke(app, ["match", "--sample", "--json"]).stdout)
    assert f"{data['score']}/100" in result.stdout
    assert data["band"] in result.stdout
    assert "Requirements" in result.stdout
    assert "Gaps, and an honest way to address each" in result.stdout


def test_the_cv_can_come_from_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "-", POSTING_PATH, "--json"], input=CV_TEXT)
    assert result.exit_code == 0, result.output
    by_path = runner.invoke(app, ["match", CV_PATH, POSTING_PATH, "--json"])
    assert json.loads(result.stdout)["score"] == json.loads(by_path.stdout)["score"]


def _error(runner: CliRunner, args: list[str], env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("shortlist: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_corrupt_pdf_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    assert "cv.pdf is not a readable PDF" in _error(runner, ["match", str(bad), POSTING_PATH])


def test_an_empty_cv_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "cv.txt"
    empty.write_text("   \n\n")
    assert "no text found in cv.txt" in _error(runner, ["match", str(empty), POSTING_PATH])


def test_an_unsupported_type_names_the_types_we_read(runner: CliRunner, tmp_path: Path) -> None:
    odd = tmp_path / "cv.xyz"
    odd.write_text("hello")
    message = _error(runner, ["match", str(odd), POSTING_PATH])
    assert "unsupported file type '.xyz'" in message


def test_a_missing_file_is_named(runner: CliRunner, tmp_path: Path) -> None:
    message = _error(runner, ["match", str(tmp_path / "nope.pdf"), POSTING_PATH])
    assert "nope.pdf" in message


def test_a_file_over_the_size_limit_is_refused_before_parsing(
    runner: CliRunner, tmp_path: Path
) -> None:
    big = tmp_path / "cv.txt"
    big.write_text(CV_TEXT * 40)
    message = _error(
        runner, ["match", str(big), POSTING_PATH], env={"SHORTLIST_MAX_FILE_MB": "0.05"}
    )
    assert "the limit is" in message and "SHORTLIST_MAX_FILE_MB" in message


def test_a_non_english_cv_gets_a_clear_refusal_not_a_score(
    runner: CliRunner, tmp_path: Path
) -> None:
    french = tmp_path / "cv.txt"
    french.write_text(
        "Ingénieure logiciel chez Dupont SA depuis 2018. J'ai conçu les services de "
        "paiement de la société, encadré une équipe de quatre développeurs et migré "
        "l'infrastructure vers le nuage. Auparavant, développeuse chez Martin et Fils, "
        "où j'ai maintenu les applications internes de gestion des stocks pendant trois ans.",
        encoding="utf-8",
    )
    message = _error(runner, ["match", str(french), POSTING_PATH])
    assert "does not look like English" in message


def test_both_inputs_from_stdin_is_refused(runner: CliRunner) -> None:
    assert "only one of the CV and the posting" in _error(runner, ["match", "-", "-"])


def test_a_bad_setting_is_named(runner: CliRunner) -> None:
    message = _error(runner, ["match", "--sample"], env={"SHORTLIST_MAX_PAGES": "lots"})
    assert "SHORTLIST_MAX_PAGES" in message


def test_a_misspelt_setting_is_not_ignored(runner: CliRunner) -> None:
    message = _error(runner, ["match", "--sample"], env={"SHORTLIST_MAX_FILE_MEGS": "5"})
    assert "unknown setting SHORTLIST_MAX_FILE_MEGS" in message


def test_match_without_files_says_how_to_call_it(runner: CliRunner) -> None:
    assert "give a CV and a posting" in _error(runner, ["match"])


def test_skills_lists_canonical_names_with_offsets(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("We run Postgres on k8s.", encoding="utf-8")
    result = runner.invoke(app, ["skills", str(doc), "--json"])
    assert result.exit_code == 0, result.output
    found = {(m["text"], m["canonical"]) for m in json.loads(result.stdout)}
    assert {("Postgres", "PostgreSQL"), ("k8s", "Kubernetes")} <= found


def test_skills_asked_lists_what_a_posting_asks_for_not_every_name(
    runner: CliRunner, tmp_path: Path
) -> None:
    doc = tmp_path / "advert.txt"
    doc.write_text(
        "Our client is a Java house in the healthcare sector.\n"
        "You will need hands-on experience with Terraform and the ability to mentor "
        "junior engineers.\n",
        encoding="utf-8",
    )
    every = runner.invoke(app, ["skills", str(doc), "--json"])
    asked = runner.invoke(app, ["skills", str(doc), "--asked"])
    assert every.exit_code == 0 and asked.exit_code == 0, asked.output
    assert "Java" in {m["text"] for m in json.loads(every.stdout)}
    lines = asked.stdout.splitlines()
    assert any("'Terraform' -> Terraform" in line for line in lines), asked.stdout
    assert any(" skill " in line and "mentor" in line for line in lines), asked.stdout
    assert not any("'Java'" in line for line in lines), asked.stdout


def test_the_installed_console_script_prints_help() -> None:
    exe = Path(sys.executable).with_name("shortlist")
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "match" in result.stdout and "skills" in result.stdout


def test_what_ingestion_worked_around_is_said_on_stderr_and_json_stays_clean(
    runner: CliRunner, tmp_path: Path
) -> None:
    legacy = tmp_path / "cv.txt"
    legacy.write_bytes(CV_TEXT.replace("£", "€").encode("cp1252"))
    result = runner.invoke(app, ["match", str(legacy), POSTING_PATH, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["score"] >= 0
    assert result.stderr.splitlines() == [
        "shortlist: warning: cv.txt is not UTF-8; read it as Windows-1252 (cp1252), "
        "so check accented letters"
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["match", "{long}", POSTING_PATH],
        ["plan", "--cv", "{long}", "--posting", POSTING_PATH],
        ["feedback", "--question", "Why this job?", "--answer-file", "{answer}", "--cv", "{long}"],
    ],
    ids=["match", "plan", "feedback"],
)
def test_a_cv_over_the_text_limit_is_refused_before_parsing(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    long = tmp_path / "cv.txt"
    long.write_text(CV_TEXT)
    answer = tmp_path / "answer.txt"
    answer.write_text("I want to build the payments platform I have read about.")
    args = [part.format(long=long, answer=answer) for part in command]
    message = _error(runner, args, env={"SHORTLIST_MAX_TEXT_CHARS": "2000"})
    assert message == (
        f"shortlist: error: cv.txt is {len(CV_TEXT):,} characters of text, more than the "
        "2,000 Shortlist will match (SHORTLIST_MAX_TEXT_CHARS); paste or upload only the "
        "part that matters, or raise the setting"
    )
