"""Measurable results in a line (core/text/achievements.py)."""

import pytest

from shortlist.core.text.achievements import find_results, has_result


@pytest.mark.parametrize(
    ("line", "figures"),
    [
        ("- Cut p95 latency by 40% across 12 services", ["40%", "12"]),
        ("Grew ARR from £2m to £5.5m", ["£2m", "£5.5m"]),
        ("Managed a $2M annual budget", ["$2M"]),
        ("Delivered 2x throughput", ["2x"]),
        ("Doubled sign-ups in a quarter", ["Doubled"]),
        ("• Managed 12 staff", ["12"]),
        ("Reduced discrepancies from 3.1% to 0.4% in 6 months", ["3.1%", "0.4%", "6"]),
        ("Delivered the platform in 2 years", ["2"]),
    ],
)
def test_it_finds_percentages_money_multiples_and_counts(line: str, figures: list[str]) -> None:
    assert [line[a:b] for a, b in find_results(line)] == figures


@pytest.mark.parametrize(
    "line",
    [
        "Senior Engineer, Acme — Mar 2019 - Present",
        "06/2020 – now",
        "Led Python 3 migration",
        "Band 5 nurse on a 28-bed ward",
        "Taught Year 6 maths",
        "Provided 24/7 support and weekly 1:1s",
        "Used GA4 and Excel",
        "Backend engineer with 9 years of Python",
        "Caring for patients on the ward",
    ],
)
def test_dates_versions_labels_and_tenure_are_not_results(line: str) -> None:
    assert not has_result(line)
