"""negated_spans: what a CV line denies or only hopes for, and what it does not."""

from __future__ import annotations

import pytest

from shortlist.core.text.negation import blank_negated, negated_spans


def _denied(text: str) -> list[str]:
    return [text[a:b] for a, b in negated_spans(text)]


@pytest.mark.parametrize(
    ("line", "denied", "kept"),
    [
        ("I have never used Salesforce.", "Salesforce", ""),
        ("Never worked with Xero or QuickBooks", "QuickBooks", ""),
        ("No exposure to Terraform yet; strong on Ansible.", "Terraform", "Ansible"),
        ("No hands-on experience of phlebotomy", "phlebotomy", ""),
        ("Python, SQL, no experience with Java", "Java", "Python, SQL"),
        ("I haven't used Jira, but I ran Trello boards for 3 teams", "Jira", "Trello"),
        ("I don't hold a CSCS card at present", "CSCS", ""),
        ("Not yet signed off for catheterisation", "catheterisation", ""),
        ("Currently learning Spanish at evening classes", "Spanish", ""),
        ("Keen to learn AutoCAD", "AutoCAD", ""),
        ("I'd like to gain experience with Figma", "Figma", ""),
        ("Working towards my CIPD Level 5 qualification", "CIPD", ""),
        ("Working toward PMP certification, exam in May", "PMP", ""),
        ("Limited awareness of GDPR", "GDPR", ""),
        ("Unfamiliar with Epic; used Cerner daily", "Epic", "Cerner"),
        ("Yet to sit the ACCA P papers", "ACCA", ""),
        ("Power BI (course only), Excel (advanced)", "Power BI", "Excel (advanced)"),
        ("Kubernetes - basic awareness", "Kubernetes", ""),
        ("Keen to do the Paediatric Bobath course; I have not attended", "Bobath", ""),
        ("Hoping to attend the ALS course next spring", "ALS", ""),
        # Memberships and registrations not held (written before the rule).
        ("Not a member of the APCP yet (student member of the CSP until 2024).", "APCP", ""),
        ("Not yet a chartered member of the CIPD", "CIPD", ""),
        ("I am not a member of the RICS", "RICS", ""),
        ("Not an ACCA member; AAT Level 4 qualified", "ACCA", "AAT Level 4"),
        ("Not a registered nurse: healthcare assistant", "registered nurse", ""),
        ("Not a licence holder for the forklift", "forklift", ""),
    ],
)
def test_a_denied_or_hoped_for_thing_is_found_and_the_rest_kept(
    line: str, denied: str, kept: str
) -> None:
    spans = _denied(line)
    assert any(denied in span for span in spans), spans
    if kept:
        assert kept in blank_negated(line)


@pytest.mark.parametrize(
    "line",
    [
        # Boasts dressed as denials.
        "Never missed a delivery deadline in 4 years of SAP rollouts",
        "Monitored expenses so that they did not exceed the budget",
        "I have not just led projects; I built the Tableau dashboards too",
        # The system, not the person.
        "The old platform was not scalable, so I moved it to Kubernetes",
        "The report does not have bar-coding, so I added it in Crystal Reports",
        "Answered questions that do not require a pharmacist",
        # Some knowledge, said modestly, is still knowledge.
        "Basic knowledge of Linux and Git",
        # Wanting to use experience one has.
        "Keen to use my cardiac experience in a catheter lab",
        "Working towards the same goals as the sales team",
        "Not-for-profit fundraising with Raiser's Edge",
        "Not only managed the budget but also hired 4 analysts",
        "Not a single upheld complaint in 3 years on a 28-bed ward",
    ],
)
def test_a_line_that_denies_nothing_about_the_person_is_left_alone(line: str) -> None:
    assert negated_spans(line) == []
    assert blank_negated(line) == line


def test_blanking_keeps_every_offset() -> None:
    text = "Excel daily.\nNever used SAP.\nSage 200 for 3 years."
    blanked = blank_negated(text)
    assert len(blanked) == len(text)
    assert "SAP" not in blanked
    assert blanked.index("Sage 200") == text.index("Sage 200")


def test_a_column_gap_from_a_pdf_ends_the_clause() -> None:
    line = "Limited understanding of French      Research in employment law using Westlaw"
    assert "Westlaw" in blank_negated(line)


def test_a_label_answered_no_on_the_next_line_is_denied() -> None:
    text = "Independent prescribing\nNot yet eligible: I plan to start in 2028.\nSkills\nBNF"
    assert "Independent prescribing" in _denied(text)
    # An entry with a date is a credential held, whatever the next line denies.
    held = "PASMA Towers for Users (2025)\nNot yet 2391 qualified, exam booked"
    assert "PASMA" in blank_negated(held)


def test_blanking_spans_keeps_line_breaks_and_clips_to_the_text() -> None:
    from shortlist.core.text.negation import blank_spans

    assert blank_spans("ab\ncd", [(1, 4)]) == "a \n d"
    # Offsets counted from 10: only the part of (8, 12) inside "wxyz" is blanked.
    assert blank_spans("wxyz", [(8, 12)], offset=10) == "  yz"
    assert blank_spans("wxyz", []) == "wxyz"
