"""Small pieces the property dialogs share: a date field written as documents write dates, and
a background job (gui/workers.py) waited for by the step that needs its result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEventLoop
from PySide6.QtWidgets import QDateEdit, QWidget

from msu_desktop.gui.workers import run_task


def date_edit(date: QDate, parent: QWidget) -> QDateEdit:
    """A date field written as the documents write dates (25.11.2026), with a calendar."""
    edit = QDateEdit(date, parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    """The date a QDateEdit shows, as a Python date."""
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def wait_for_task(
    parent: QWidget, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any
) -> Any:
    """Run ``fn`` through gui/workers.py's ``run_task`` (on the thread pool, behind its progress
    dialog with Cancel) and wait for it in a local event loop, for a step whose result the
    next one needs (the import's dry run before its question, the apply before the refresh).
    The window keeps repainting meanwhile and the progress dialog (window-modal) keeps the
    register from being changed under the job. Returns ``fn``'s result or raises what it
    raised (a :class:`~msu_desktop.errors.Cancelled` when the user pressed Cancel)."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_task(parent, label, fn, *args, on_done=done, on_failed=failed, **kwargs)
    loop.exec()  # the result arrives as a queued signal, so never before the loop runs
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
