"""How the busiest routes call the workspace: in the event loop when the answer is already
computed, in a worker thread when it has to be.

A plain ``def`` route always runs in the thread pool, and the hop there and back (with
the lock handoffs that come with it) cost more than the whole answer once it is cached.
An ``async def`` route that computed in the loop would stall every other request of its
worker. :func:`fresh` takes the fast path only while the workspace can answer from views
already computed (cost: the one query that reads the data version).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from starlette.concurrency import run_in_threadpool

from shortlist.workspace import NotCached, cached_only

__all__ = ["fresh"]

P = ParamSpec("P")
T = TypeVar("T")


async def fresh(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``function(*args, **kwargs)``: inline if answered from the cache, else in a thread."""
    try:
        with cached_only():
            return function(*args, **kwargs)
    except NotCached:
        return await run_in_threadpool(function, *args, **kwargs)
