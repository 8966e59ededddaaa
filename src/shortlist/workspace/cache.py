"""Views computed from the database, kept for as long as the data they came from is current.

Every committed write raises the database's data version (triggers, migration 0002), so a
view computed at version ``v`` is current exactly while the version still reads ``v``.
Each process keeps its own cache; processes sharing a database agree through the version.

The version is read before the data a view is computed from, so the view is at least
as new as the version it is kept under, never older (a write committed in between makes
it newer, which the next read of the version notices).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from shortlist.workspace.frozen import FrozenDict

__all__ = [
    "DataKey",
    "NotCached",
    "ViewCache",
    "cached_only",
    "left_unfinished",
    "mark_unfinished",
    "only_cached_allowed",
]

#: What a view depends on besides its own arguments: (data version, month, engine
#: version). Months count because a report's months of experience run up to today.
DataKey = tuple[int, str, str]

_CACHED_ONLY: ContextVar[bool] = ContextVar("shortlist_cached_only", default=False)


class NotCached(Exception):
    """Raised inside :func:`cached_only` where a view would have to be computed."""


@contextmanager
def cached_only() -> Iterator[None]:
    """Within the block, services answer from views already computed, or raise NotCached
    before computing anything: an event loop may then call them without blocking on
    more than the one query that reads the data version."""
    reset = _CACHED_ONLY.set(True)
    try:
        yield
    finally:
        _CACHED_ONLY.reset(reset)


def only_cached_allowed() -> bool:
    """Whether the caller is inside :func:`cached_only`."""
    return _CACHED_ONLY.get()


class _Finished:
    """Whether the view being computed is whole (see :func:`left_unfinished`)."""

    def __init__(self) -> None:
        self.whole = True


_COMPUTING: ContextVar[_Finished | None] = ContextVar("shortlist_computing", default=None)


@contextmanager
def left_unfinished() -> Iterator[Callable[[], bool]]:
    """Around computing a view: yields a function that says, afterwards, whether the
    computation called :func:`mark_unfinished`. Such a view is shown but not kept, since
    the work it left (reports past the time limit) would otherwise wait for the next
    write. A view computed inside another's computation passes the mark outwards."""
    finished = _Finished()
    reset = _COMPUTING.set(finished)
    try:
        yield lambda: not finished.whole
    finally:
        _COMPUTING.reset(reset)
        outer = _COMPUTING.get()
        if outer is not None and not finished.whole:
            outer.whole = False


def mark_unfinished() -> None:
    """Say that the view being computed left work for later (a no-op outside one)."""
    finished = _COMPUTING.get()
    if finished is not None:
        finished.whole = False


#: Enough for every report of a few hundred jobs; a bound, not a tuning knob.
DEFAULT_SIZE = 512


class ViewCache:
    """Views by key, all computed at one :data:`DataKey`; a newer key empties it.

    Callers share what they get: views are read-only all the way down (frozen.py), so a
    caller that tries to change one gets TypeError or AttributeError, never a change that
    later callers would see. What is kept is a view, or a tuple of views, never a list,
    dict or set (refused by :meth:`put`).
    """

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._data_key: DataKey | None = None
        self._views: OrderedDict[Hashable, object] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, data_key: DataKey, key: Hashable) -> object | None:
        """The view stored under ``key`` at ``data_key``, or None."""
        with self._lock:
            if data_key != self._data_key:
                return None
            view = self._views.get(key)
            if view is not None:
                self._views.move_to_end(key)
            return view

    @contextmanager
    def computing(self, key: Hashable) -> Iterator[None]:
        """Held while view ``key`` is computed: requests arriving together for a view
        nobody has yet (a fresh worker, the first reads after a write) compute it once
        and the rest wait for it, instead of all computing it at once."""
        with self._lock:
            lock = self._computing.setdefault(key, threading.Lock())
        with lock:
            yield

    def put(self, data_key: DataKey, key: Hashable, view: object) -> None:
        """Keep ``view`` (computed from data read at ``data_key``)."""
        if isinstance(view, (list, dict, set)) and not isinstance(view, FrozenDict):
            # Handed to every later caller: one of them could change it for the rest.
            raise TypeError(f"a cached view must be read-only, not a {type(view).__name__}")
        with self._lock:
            if data_key != self._data_key:
                if self._data_key is not None and _older(data_key, self._data_key):
                    # A slow request finishing after a write: its view is already stale.
                    return
                self._data_key = data_key
                self._views.clear()
                # Stale keys' locks; one still held only risks computing a view twice.
                self._computing.clear()
            self._views[key] = view
            self._views.move_to_end(key)
            while len(self._views) > self._size:
                self._views.popitem(last=False)


def _older(key: DataKey, than: DataKey) -> bool:
    # Only comparable within one month and engine; otherwise the newest caller wins.
    return key[1:] == than[1:] and key[0] < than[0]
