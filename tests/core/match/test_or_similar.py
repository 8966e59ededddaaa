""" "Xero or a similar package" accepts a similar package: a sibling the taxonomy knows
(QuickBooks Online under the same parent) meets the row, and the note says which; without
"or similar" a sibling stays partial; an unrelated tool meets nothing (issue #12:
paraphrase that proves). Cases written before the engine was run on them."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.models import RequirementResult, Status

CASES = [
    # (posting asks, CV line, expected)
    (
        "Xero or a similar cloud accounting package",
        "Posted invoices in QuickBooks Online",
        Status.MET,
    ),
    ("Epic or a similar EHR", "Charted every shift in Cerner", Status.MET),
    ("Salesforce or a similar CRM", "Managed the sales pipeline in HubSpot CRM", Status.MET),
    ("Workday or similar HRIS", "Kept staff records in BambooHR", Status.MET),
    ("Jira or an equivalent ticketing tool", "Ran two-week sprints on Trello boards", Status.MET),
    # UK sector systems (scripts/taxonomy/curated_sector_systems.tsv), written before
    # that file existed.
    ("BadgerNet or a similar maternity system", "Documented every birth in Euroking", Status.MET),
    (
        "Cliniko or a similar practice management system",
        "Booked and wrote up patients in TM3",
        Status.MET,
    ),
    (
        "Sage 50 Payroll or a similar payroll system",
        "Ran the monthly payroll in BrightPay",
        Status.MET,
    ),
    (
        "Kitchen CUT or similar stock and recipe-costing software",
        "Costed every dish in Apicbase",
        Status.MET,
    ),
    (
        "Visualfiles or a similar case management system",
        "Ran my conveyancing caseload in Osprey Approach",
        Status.MET,
    ),
    # Controls.
    ("iTrent", "Ran the monthly payroll in Dayforce", Status.PARTIAL),
    (
        "Kitchen CUT or similar stock and recipe-costing software",
        "Did the weekly stock take on paper count sheets",
        Status.MISSING,
    ),
    ("Xero", "Posted invoices in QuickBooks Online", Status.PARTIAL),
    (
        "Xero or a similar cloud accounting package",
        "Retouched product photos in Photoshop",
        Status.MISSING,
    ),
]


def _row(asked: str, line: str) -> RequirementResult:
    header = "Coordinator, Fenwick Group, Jan 2019 - Present"
    cv = cv_text([role(header, line, "Answered the phones")], name="Jo Marsh")
    return row_for(asked, cv, title="Coordinator")


@pytest.mark.parametrize(("asked", "line", "expected"), CASES)
def test_or_similar_accepts_a_similar_tool(asked: str, line: str, expected: Status) -> None:
    row = _row(asked, line)
    assert row.status is expected, (row.status, row.note, row.evidence)
