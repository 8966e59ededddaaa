"""Settings: the defaults a user gets are the ones ingestion is written against."""

import os

import pytest

from shortlist.config import Settings, unknown_variables
from shortlist.ingest.limits import Limits


def test_the_default_settings_give_the_default_ingestion_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [n for n in os.environ if n.startswith("SHORTLIST_")]:
        monkeypatch.delenv(name)
    assert Settings().limits() == Limits()


def test_test_suite_variables_are_not_mistaken_for_misspelt_settings() -> None:
    environ = {"SHORTLIST_TEST_POSTGRES_URL": "x", "SHORTLIST_MAX_FILE_MEGS": "5"}
    assert unknown_variables(environ) == ["SHORTLIST_MAX_FILE_MEGS"]
