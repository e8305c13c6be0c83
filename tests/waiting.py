"""Waiting for another thread without a fixed delay: poll a condition until a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable


def until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Return as soon as ``condition()`` is true; fail the test if it never is by ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never came"
        time.sleep(0.005)
