"""The CLI as a user's fresh shell runs it: no SHORTLIST_* settings from this machine,
and its own empty data folder. Import ``runner`` where a test module or conftest needs it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    for name in [k for k in os.environ if k.startswith("SHORTLIST_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SHORTLIST_DATA_DIR", str(tmp_path / "data"))
    return CliRunner()
