"""benchmarks/real_world.py on a few real documents when the shared data is present: the
report has its parts, and the evidence it quotes is verbatim."""

from __future__ import annotations

import pytest
from tests.benchmarks.loading import load_benchmark

real_world = load_benchmark("real_world")


def test_the_boilerplate_list_knows_perks_from_asks() -> None:
    assert real_world.BOILERPLATE.search("25 days annual leave plus bank holidays")
    assert real_world.BOILERPLATE.search("Closing date: 12 January 2027")
    assert not real_world.BOILERPLATE.search("Experience with Kubernetes in production")


def test_a_small_run_reports_each_source(monkeypatch: pytest.MonkeyPatch) -> None:
    if not real_world.REAL.exists():
        pytest.skip(f"{real_world.REAL} not found")
    monkeypatch.setattr(real_world, "CVS_PER_SOURCE", 2)
    monkeypatch.setattr(real_world, "POSTING_SAMPLE", 4)
    report = real_world.metamorphic_report()
    assert set(report["by_cv_source"]) == set(real_world.CV_SOURCES)
    assert report["evidence_not_verbatim"] == 0
    assert all(c["pairs"] == 2 for c in report["by_cv_source"].values())
