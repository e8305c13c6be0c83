"""Shared helpers for benchmarks: medians of repeated runs, child-process timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_seconds(fn: Callable[[], Any], repeats: int = 7, warmup: bool = True) -> float:
    if warmup:
        fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def result(
    name: str, seconds: float, floor_name: str, floor_seconds: float, note: str = ""
) -> dict[str, Any]:
    return {
        "name": name,
        "seconds": seconds,
        "floor_name": floor_name,
        "floor_seconds": floor_seconds,
        "note": note,
    }
