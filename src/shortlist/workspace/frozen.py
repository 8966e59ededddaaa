"""Read-only values, so that one view can be shared by every request (cache.py).

A frozen dataclass refuses a new value for a field, not a change to the list or dict a
field holds; a cached view is handed to every request and thread that asks while the
data is unchanged, so one caller's ``view.items.append(...)`` would change what all later
callers see. Every view therefore derives from :class:`View`, which, when the view is
made, turns the lists in its fields into tuples and the dicts into :class:`FrozenDict`,
all the way down (a feedback's dimensions inside its dict included). The fields are
typed as the read-only ``Sequence`` and ``Mapping``: builders may pass lists and dicts,
mypy refuses code that would change them, and at run time a change raises TypeError or
AttributeError.

The containers (FrozenDict, freeze) live in core/frozen.py, which says why a dict
subclass rather than ``types.MappingProxyType``. Freezing copies once, when a view is
computed; handing out a cached view copies nothing. Core objects inside a view (a plan,
a match report) are frozen dataclasses of tuples and FrozenDicts already.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from shortlist.core.frozen import FrozenDict, freeze

__all__ = ["FrozenDict", "View", "freeze"]


@dataclasses.dataclass(frozen=True)
class View:
    """What every view derives from: its fields are frozen (:func:`freeze`) as it is made."""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value: Any = getattr(self, field.name)
            frozen = freeze(value)
            if frozen is not value:
                object.__setattr__(self, field.name, frozen)
