"""What core needs from outside, as Protocols. Adapters live outside core; tests use fakes.

Only the clock exists so far; Transcriber and LanguageModel arrive with their issues.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...
