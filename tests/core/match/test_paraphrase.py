"""The same work in other words (issue #12): common ways people describe it match each
other across professions, from the curated data/paraphrases.tsv, and still quote the CV
line. Written before the paraphrase table existed: each case is a requirement the CV line
shows in other words, and controls that share a word but not the work."""

from __future__ import annotations

import datetime as dt

import pytest

from shortlist.analyses import match_texts
from shortlist.core.models import RequirementResult, Status

TODAY = dt.date(2026, 11, 1)

SHOWN = [
    # (profession, requirement, CV line, at least)
    ("nursing", "Proven ability to teach, mentor and assess junior staff",
     "Preceptor to 11 newly qualified nurses", Status.MET),
    ("teaching", "Experience mentoring trainee teachers",
     "Coached three PGCE students through their school placements", Status.MET),
    ("customer service", "Handling customer complaints by phone and email",
     "First point of contact for escalations from unhappy customers by phone", Status.PARTIAL),
    ("social work", "Experience of safeguarding children",
     "Completed child protection investigations under Section 47", Status.PARTIAL),
    ("care", "Accurate record keeping",
     "Wrote daily care notes for 12 residents", Status.PARTIAL),
    ("hr", "Onboarding new starters",
     "Ran the induction for 200 new staff each season", Status.PARTIAL),
    ("retail", "Leading a team of sales assistants",
     "Team leader for 8 colleagues on the shop floor", Status.PARTIAL),
    ("health", "Working within a multidisciplinary team",
     "Worked daily with physiotherapists, OTs and doctors in the MDT", Status.PARTIAL),
    # A second batch (2026-12-07), written before its groups were added.
    ("manufacturing hr", "Experience working with trade unions",
     "Met the Unison branch secretary monthly over pay and rotas", Status.PARTIAL),
    ("local government", "Experience of managing organisational change",
     "Ran the restructure of the finance team, including the staff consultation",
     Status.PARTIAL),
    ("urgent care", "Competent in suturing",
     "Sutured simple lacerations in the minor injuries unit", Status.PARTIAL),
    ("ward care", "Competent in cannulation",
     "Sited IV cannulas for patients on the acute medical ward", Status.PARTIAL),
    ("phlebotomy", "Venepuncture experience",
     "Took bloods from 40 outpatients a day", Status.PARTIAL),
]  # fmt: skip
NOT_SHOWN = [
    ("Handling customer complaints", "Trained in manual handling of heavy loads"),
    ("Mentoring junior staff", "Attended a two-day leadership training course"),
    ("Experience of safeguarding children", "Protected the office network with firewalls"),
    ("Accurate record keeping", "Kept the stockroom tidy and labelled"),
    ("Experience working with trade unions", "Helped unite two sales teams after a merger"),
    ("Competent in suturing", "Stitched the hems of the stage costumes"),
    ("Experience of managing organisational change", "Changed the printer toner weekly"),
]
RANK = {Status.MISSING: 0, Status.PARTIAL: 1, Status.MET: 2}


def _row(requirement: str, cv_line: str) -> RequirementResult:
    cv = f"Alex Kim\nExperience\nAdvisor, Larchfield Group, Jan 2020 - Present\n- {cv_line}\n"
    rows = match_texts(cv, f"Role\nRequirements\n- {requirement}\n", TODAY).rows
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("profession", "requirement", "cv_line", "least"), SHOWN)
def test_the_same_work_in_other_words_counts_and_quotes_the_line(
    profession: str, requirement: str, cv_line: str, least: Status
) -> None:
    row = _row(requirement, cv_line)
    assert RANK[row.status] >= RANK[least], row
    assert row.evidence is not None and row.evidence in f"- {cv_line}"


@pytest.mark.parametrize(("requirement", "cv_line"), NOT_SHOWN)
def test_a_shared_word_is_not_the_same_work(requirement: str, cv_line: str) -> None:
    assert _row(requirement, cv_line).status is Status.MISSING
