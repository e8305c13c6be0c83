"""The one progress signature of long work, below the GUI and above it alike.

A long service function takes ``progress`` and ``cancelled`` keyword arguments:
``progress(pct, text="")`` with ``pct`` 0–100 and ``text`` an optional translated line for the
progress dialog (``tr(...)``, never an internal word); ``cancelled()`` is asked between steps
and the function raises :class:`msu_desktop.errors.Cancelled`. gui/workers.py passes both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Cancel = Callable[[], bool]


class Progress(Protocol):
    def __call__(self, pct: int, text: str = "", /) -> None: ...


def no_progress(pct: int, text: str = "", /) -> None:
    """The default where nobody watches (the CLI, a test)."""


def never_cancelled() -> bool:
    return False


def share(progress: Progress, start: int, end: int) -> Progress:
    """``progress`` for a step that covers ``start``–``end`` of the whole: the step reports its
    own 0–100."""

    def part(pct: int, text: str = "", /) -> None:
        progress(start + (end - start) * max(0, min(100, pct)) // 100, text)

    return part
