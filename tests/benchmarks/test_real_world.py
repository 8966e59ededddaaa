"""benchmarks/real_world.py on a few real documents when the shared data is present: the
report has its parts, and the evidence it quotes is verbatim."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_benchmark() -> ModuleType:
    # pytest runs with --import-mode=importlib, so the repo root is not on sys.path.
    name = "real_world_under_test"
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "real_world.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


real_world = _load_benchmark()


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
