"""A row's need reads the same on the report page, in the terminal and in the JSON
(issue #12): a duty is "Duty" everywhere, an essential line no skill decides is a
"Must-have" that weighs like its siblings, not a duty."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from typer.testing import CliRunner

from shortlist.cli import app
from shortlist.workspace import Workspace, add_cv, add_job

if TYPE_CHECKING:
    from starlette.testclient import TestClient

CV = (
    "Jo Bright\nExperience\nCharge Nurse, St Anne's Hospital, Jan 2018 - Present\n"
    "- Preceptor to 11 newly qualified nurses\n- Led a shift team of 6 on a medical ward\n"
)
POSTING = (
    "Senior Staff Nurse\n"
    "What you'll do\n"
    "- You will lead a shift team on a busy ward\n"
    "Essential\n"
    "- Proven ability to support junior colleagues on the ward\n"
    "- Clinical skills in wound care\n"
    "Desirable\n"
    "- An interest in quality improvement projects\n"
)
EXPECTED = {
    "You will lead a shift team on a busy ward": "Duty",
    "Proven ability to support junior colleagues on the ward": "Must-have",
    "Clinical skills in wound care": "Must-have",
    "An interest in quality improvement projects": "Nice to have",
}


def test_the_page_the_terminal_and_the_json_label_each_row_alike(
    client: TestClient, workspace: Workspace, tmp_path: Path
) -> None:
    add_cv(workspace, text=CV)
    job = add_job(workspace, text=POSTING).id
    html = client.get(f"/jobs/{job}").text
    page = dict(re.findall(r'<th scope="row">([^<]+?) <span class="pill">([^<]+)</span>', html))
    assert {text: page.get(text) for text in EXPECTED} == EXPECTED

    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    paths = [str(tmp_path / "cv.txt"), str(tmp_path / "posting.txt")]
    shown = CliRunner().invoke(app, ["match", *paths], env={"COLUMNS": "200"}).stdout
    for text, label in EXPECTED.items():
        line = next(line for line in shown.splitlines() if text[:30] in line)
        assert label in line, line

    data = json.loads(CliRunner().invoke(app, ["match", *paths, "--json"]).stdout)
    duty = {row["text"]: row["duty"] for row in data["requirements"]}
    assert duty == {text: label == "Duty" for text, label in EXPECTED.items()}
    weights = {row["text"]: row["weight"] for row in data["requirements"]}
    assert weights["You will lead a shift team on a busy ward"] == 0.5
    assert weights["Proven ability to support junior colleagues on the ward"] == 1.5
