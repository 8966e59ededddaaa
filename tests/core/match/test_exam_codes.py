"""A certification named by its exam code ("AZ-104", "SAA-C03", "SY0-701", "200-301")
is the same credential as its title, and a different code is a different credential
(issue #12: credentials compared by what they are). Cases written before the engine was
run on them; the last three were kept back while the rule was written."""

from __future__ import annotations

import pytest
from tests.core.match.one_row import cv_text, role, row_for

from shortlist.core.models import RequirementResult, Status

CASES = [
    # (posting asks, CV line, expected)
    (
        "Microsoft Certified: Azure Administrator Associate (AZ-104)",
        "AZ-104 certified (2024)",
        Status.MET,
    ),
    (
        "Microsoft Certified: Azure Administrator Associate (AZ-104)",
        "Microsoft Certified: Azure Administrator Associate, 2023",
        Status.MET,
    ),
    (
        "Microsoft Certified: Azure Administrator Associate (AZ-104)",
        "AZ-900 Azure Fundamentals, 2022",
        Status.MISSING,
    ),
    ("MS-900 Microsoft 365 Fundamentals certification", "Passed MS-900 in 2023", Status.MET),
    ("AWS Certified Solutions Architect – Associate (SAA-C03)", "AWS SAA-C03, 2024", Status.MET),
    (
        "AWS Certified Solutions Architect – Associate (SAA-C03)",
        "AWS Certified Cloud Practitioner (CLF-C02), 2023",
        Status.MISSING,
    ),
    (
        "PL-300 Power BI Data Analyst certification",
        "Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2024",
        Status.MET,
    ),
    # Kept back while the rule was written.
    ("DP-203 or DP-700 certification", "Microsoft DP-700 Fabric Data Engineer, 2025", Status.MET),
    ("Cisco CCNA (200-301) certification", "CCNA 200-301, 2022", Status.MET),
    (
        "CompTIA Security+ (SY0-701) certification",
        "CompTIA Network+ (N10-009), 2024",
        Status.MISSING,
    ),
    # Written after the rule, to test it from the other side.
    ("CompTIA Security+ (SY0-701) certification", "CompTIA Security+ certified, 2023", Status.MET),
    ("AZ-104 or AZ-305 certification", "Microsoft AZ-305 (Solutions Architect Expert)", Status.MET),
    (
        "AWS Certified Solutions Architect – Associate (SAA-C03)",
        "AWS Certified Solutions Architect – Professional (SAP-C02), 2025",
        Status.MISSING,
    ),
]


def _row(asked: str, line: str) -> RequirementResult:
    cv = cv_text(
        [
            role(
                "Cloud Engineer, Northwind Ltd, Jan 2019 - Present",
                "Ran the company's cloud estate",
            )
        ],
        name="Robin Okafor",
        after=f"\nCertifications\n{line}\n",
    )
    return row_for(asked, cv, title="Cloud Engineer", other="Experience running cloud platforms")


@pytest.mark.parametrize(("asked", "line", "expected"), CASES)
def test_an_exam_code_is_the_credential_it_names(asked: str, line: str, expected: Status) -> None:
    row = _row(asked, line)
    assert row.status is expected, (row.status, row.note)
    if expected is Status.MET:
        assert row.evidence and row.evidence[0] in line


def test_a_code_still_being_worked_towards_is_not_held() -> None:
    row = _row("AZ-104 certification", "Working towards AZ-104 (exam booked for March)")
    assert row.status is not Status.MET
