"""Progress and Cancel for the register import's long loops, in the app's one progress
signature: ``progress(pct: int, text: str = "")`` with ``pct`` 0–100, and ``cancelled()``
asked between rows (a cancel raises :class:`msu_desktop.errors.Cancelled`, which the
background-task API does not show)."""

from __future__ import annotations

from collections.abc import Callable

from msu_desktop import errors
from msu_desktop.i18n import tr

Progress = Callable[..., None]  # progress(pct: int, text: str = "")
Cancelled = Callable[[], bool]
EVERY = 200  # rows between two progress reports (a report is a signal to the GUI thread)


class RowSteps:
    """``step(i)`` before row ``i`` of ``total``: stops on Cancel, reports every few rows."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
        *,
        start: int = 0,
        end: int = 100,
    ) -> None:
        self.total = max(total, 1)
        self.progress, self.cancelled = progress, cancelled
        self.start, self.end = start, end

    def step(self, i: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise errors.Cancelled("The import was cancelled; nothing was imported.")
        if self.progress is not None and i % EVERY == 0:
            pct = self.start + (self.end - self.start) * min(i, self.total) // self.total
            self.progress(
                pct, tr("PropertyImport", "Row {row} of {total}", row=i, total=self.total)
            )

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.end, "")
