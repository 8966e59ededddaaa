"""Certifications and licences (core/taxonomy/certifications.py)."""

import pytest

from shortlist.core.taxonomy.certifications import find_certifications


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Project Management Professional (PMP), PMI, 2019", ["PMP", "PMP"]),
        ("Certified Public Accountant (CPA), New York", ["CPA", "CPA"]),
        ("CISSP, CISM", ["CISSP", "CISM"]),
        (
            "Registered Nurse (RN), NMC PIN 12A3456E",
            ["Registered Nurse", "Registered Nurse", "NMC registration"],
        ),
        (
            "AWS Certified Solutions Architect – Associate (2021)",
            ["AWS Certified Solutions Architect – Associate"],
        ),
        ("Certified Kubernetes Administrator (CKA)", ["CKA", "CKA"]),
        ("PRINCE2 Practitioner", ["PRINCE2"]),
        ("Lean Six Sigma Green Belt", ["Six Sigma"]),
        ("Qualified Teacher Status (QTS)", ["QTS", "QTS"]),
        ("Counterbalance forklift licence", ["Forklift licence"]),
        ("Full clean UK driving licence", ["Driving licence"]),
        ("Google Analytics Certification", ["Google Analytics Certification"]),
        ("BLS and ACLS certified", ["BLS", "ACLS"]),
    ],
)
def test_it_names_known_certifications(text: str, names: list[str]) -> None:
    assert [c.name for c in find_certifications(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Led the ISO certification project for the plant",
        "Performed CPR on a patient",
        "the rn and cpa in lower case are words",
        "",
    ],
)
def test_mentions_that_are_not_a_held_certification_are_ignored(text: str) -> None:
    assert find_certifications(text) == []


def test_offsets_point_at_the_words_across_lines() -> None:
    text = "Skills\nPython\nCertifications\nPMP, 2019\nCISSP"
    found = find_certifications(text)
    assert [(c.text, text[c.start : c.end]) for c in found] == [
        ("PMP", "PMP"),
        ("CISSP", "CISSP"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SMSTS or SSSTS", ["SMSTS", "SSSTS"]),
        (
            "Valid Driver CPC card and digital tachograph card",
            ["Driver CPC", "Tachograph card"],
        ),
        ("ADR certificate (packages and tanks)", ["ADR certificate"]),
        ("AAT qualification", ["AAT"]),
        ("FACTS or BASIS qualification", ["FACTS", "BASIS"]),
        ("Professional Engineer (PE) license in Oregon", ["PE license"]),
        ("GPhC registration as a pharmacy technician", ["GPhC registration"]),
        ("Level 3 Food Safety", ["Food hygiene certificate"]),
    ],
)
def test_it_names_trade_and_professional_tickets(text: str, names: list[str]) -> None:
    assert [c.name for c in find_certifications(text)] == names


@pytest.mark.parametrize(
    "text",
    ["PE teacher for Years 7-9", "Food safety, HACCP and allergens", "Google Ads CPC bidding"],
)
def test_short_forms_that_mean_something_else_are_not_tickets(text: str) -> None:
    assert find_certifications(text) == []
