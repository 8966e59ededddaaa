"""The fuzz pass's Hypothesis settings: bounded and reproducible.

A thousand cases per parser and forty per API operation (half a minute on an idle
two-core machine, about a minute on a busy one), the same ones on every run:
derandomize derives each test's seed from the test itself, and no failing example is
saved to be replayed (database=None), so CI and a laptop see the same inputs. What
Hypothesis caches (the constants it reads from our source, Unicode tables) goes under
.pytest_cache, not into the work tree. No deadline: a slow machine is not a failure.

For a longer hunt, run with SHORTLIST_FUZZ=long (ten times the cases, fresh ones each
run; a failure prints the blob to replay it with @reproduce_failure).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

settings.register_profile(
    "shortlist-fuzz",
    max_examples=1_000,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "shortlist-fuzz-long",
    settings.get_profile("shortlist-fuzz"),
    max_examples=10_000,
    derandomize=False,
)

#: What every fuzz test runs under (tests pass it as the parent of their own settings).
FUZZ_PROFILE = settings.get_profile(
    "shortlist-fuzz-long" if os.environ.get("SHORTLIST_FUZZ") == "long" else "shortlist-fuzz"
)


def pytest_configure(config: pytest.Config) -> None:
    cache = getattr(config, "cache", None)  # absent under -p no:cacheprovider
    if cache is not None:
        set_hypothesis_home_dir(cache.mkdir("hypothesis"))
