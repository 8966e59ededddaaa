"""Errors of the speech package, each with a one-line message fit to show a user."""

from __future__ import annotations

__all__ = ["AudioError", "TranscriberUnavailable"]


class AudioError(ValueError):
    """The audio cannot be used: empty, corrupt, silent of any stream, or over a limit."""


class TranscriberUnavailable(RuntimeError):
    """The chosen engine cannot run here (package or model missing); says how to fix it."""
