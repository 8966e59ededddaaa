"""Properties the match must keep whatever the texts: the ones a user's trust rests on."""

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

from shortlist import match
from shortlist.core.models import MatchReport, Status

TODAY = dt.date(2026, 11, 1)
SAMPLES = resources.files("shortlist").joinpath("samples")
CV = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
PAIRS = sorted((Path(__file__).parent.parent / "benchmarks" / "match_pairs").glob("*/"))


def _row(report: MatchReport, contains: str) -> Status:
    (status,) = [r.status for r in report.rows if contains in r.requirement.text]
    return status


def test_the_same_input_gives_the_same_report() -> None:
    assert match(CV, POSTING, today=TODAY) == match(CV, POSTING, today=TODAY)


def test_removing_a_must_have_from_the_cv_lowers_the_score_and_turns_its_row_missing() -> None:
    before = match(CV, POSTING, today=TODAY)
    assert _row(before, "on Kubernetes") is Status.MET
    pattern = re.compile(r"k8s|kubernetes|\bEKS\b|\bGKE\b", re.IGNORECASE)
    stripped = "\n".join(line for line in CV.splitlines() if not pattern.search(line))
    after = match(stripped, POSTING, today=TODAY)
    assert _row(after, "on Kubernetes") is Status.MISSING
    assert after.score < before.score


def test_an_alias_gives_the_same_rows_as_the_canonical_name() -> None:
    assert "k8s" in CV
    spelled_out = CV.replace("k8s", "Kubernetes")
    before, after = match(CV, POSTING, today=TODAY), match(spelled_out, POSTING, today=TODAY)
    assert [r.status for r in after.rows] == [r.status for r in before.rows]
    assert after.score == before.score


def _sections(text: str) -> list[str]:
    """Cut the sample CV at its ALL-CAPS headings (the first block is the contact header)."""
    return re.split(r"\n(?=[A-Z][A-Z &]+\n)", text)


def test_reordering_cv_sections_does_not_change_the_score() -> None:
    head, *sections = _sections(CV)
    assert len(sections) >= 4
    shuffled = "\n".join([head, *reversed(sections)])
    before, after = match(CV, POSTING, today=TODAY), match(shuffled, POSTING, today=TODAY)
    assert after.score == before.score
    assert [r.status for r in after.rows] == [r.status for r in before.rows]


@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_every_evidence_string_occurs_verbatim_in_the_cv(pair: Path) -> None:
    cv = (pair / "cv.txt").read_text(encoding="utf-8")
    report = match(cv, (pair / "posting.txt").read_text(encoding="utf-8"), today=TODAY)
    quoted = [r.evidence for r in report.rows if r.evidence is not None]
    assert [e for e in quoted if e not in cv] == []


def test_a_missing_must_have_caps_the_sample_report() -> None:
    report = match(CV, POSTING, today=TODAY)
    assert _row(report, "Kafka") is Status.MISSING
    assert report.cap == 64
    assert report.score <= 64
