"""Complexity checks that a loaded machine cannot fail.

A unit test never holds one run to a wall-clock limit: another process on the machine
makes it late, not the code (absolute times belong in `make bench`). Instead it does the
same work on two sizes of input in one run and compares their CPU times: work that grows
linearly takes about 4 times as long on 4 times the input, quadratic work about 16 times.
"""

import gc
import time
from collections.abc import Callable

#: How many times the CPU time 4x the input may take: linear gives about 4, quadratic about
#: 16. A quadratic part fails it once it costs about twice the linear part at the larger
#: size (a wall-clock limit only caught one many times larger).
LINEAR_AT_4X = 8.0


def growth(small: Callable[[], object], large: Callable[[], object], runs: int = 3) -> float:
    """How many times more CPU time ``large()`` takes than ``small()``.

    Each is timed ``runs`` times, in turn, and the fastest of each is kept, so a moment of
    contention (or a first run filling caches) touches neither; process CPU time, not the
    wall clock, so time spent waiting for a core does not count; the garbage collector is
    held off while timing so its passes, which grow with everything the process holds,
    land on neither side.
    """
    best_small = best_large = float("inf")
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            best_small = min(best_small, _cpu_seconds(small))
            best_large = min(best_large, _cpu_seconds(large))
    finally:
        if was_enabled:
            gc.enable()
    return best_large / max(best_small, 1e-6)


def _cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started
