"""The one way the benchmarks time a call: the median of repeated batches."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(fn: Callable[[], object], *, number: int, repeat: int = 9) -> float:
    """Median seconds per call of *fn* over *repeat* timed batches of *number* calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)
