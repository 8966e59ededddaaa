"""Fixtures for the CLI tests."""

from tests.cli_env import runner as runner  # tests/cli_env.py
