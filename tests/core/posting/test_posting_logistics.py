"""What a posting says about the process (closing date, interview dates and place) goes
to the plan's logistics, verbatim, and never becomes a requirement (issue #12)."""

from __future__ import annotations

import datetime as dt

from shortlist.analyses import analyse_cv, analyse_posting
from shortlist.core.match.matching import match_cv
from shortlist.core.prep.interview import InterviewDetails
from shortlist.core.prep.plan import build_plan
from shortlist.data import load_taxonomy
from shortlist.data.banks import load_ask_bank, load_question_bank
from shortlist.formats.markdown import Pack, pack_markdown

POSTING = (
    "Occupational Therapist\nLarkhill NHS Trust\n\n"
    "Essential\n- HCPC registration as an occupational therapist\n"
    "- Experience of home assessments\n\n"
    "Closing date: 14 March 2027.\n"
    "Interviews will be held on 28 March 2027 at Larkhill House, Room 4.\n"
    "How to apply\nApply online. Applications close at midnight on the closing date.\n"
)


def test_the_process_dates_are_logistics_not_requirements() -> None:
    posting = analyse_posting(POSTING)
    assert posting.logistics == (
        "Closing date: 14 March 2027.",
        "Interviews will be held on 28 March 2027 at Larkhill House, Room 4.",
        "Applications close at midnight on the closing date.",
    )
    rows = [r.text for r in posting.requirements]
    assert not any("2027" in row or "close" in row.lower() for row in rows), rows


def test_the_plan_and_the_prep_pack_quote_them() -> None:
    posting = analyse_posting(POSTING)
    cv = analyse_cv("Sam Lee\nExperience\nOT, Brook Trust, 2019 - Present\n", dt.date(2026, 11, 1))
    plan = build_plan(
        posting=posting,
        cv=cv,
        report=match_cv(cv, posting, load_taxonomy()),
        round="second",
        personas=["hiring_manager"],
        bank=load_question_bank(),
        ask_bank=load_ask_bank(),
        details=InterviewDetails(),
    )
    assert plan.logistics.from_posting == posting.logistics
    markdown = pack_markdown(Pack(plan))
    assert "### What the posting says" in markdown
    assert "- Interviews will be held on 28 March 2027 at Larkhill House, Room 4." in markdown
