"""Long work off the GUI thread, with progress and a working Cancel: the one way to run a job.

    run_task(parent, self.tr("Building the package…"), build_package, ws, out,
             on_done=self.built)   # -> Task

runs ``fn(*args, progress=..., cancelled=..., **kwargs)`` on the thread pool behind a
QProgressDialog (shown after 600 ms, so quick jobs don't flicker; its Cancel sets the flag).
``on_done(result)`` arrives on the GUI thread. Without ``on_failed`` the default applies: a
:class:`~msu_desktop.errors.UserError` shows its message, a
:class:`~msu_desktop.errors.Cancelled` is silent (the user asked for it), anything else is a bug
and goes to the crash handler (gui/crash.py: a crash log and the crash dialog).

One progress signature everywhere, in the services too: ``progress(pct: int, text: str = "")``
with ``pct`` 0–100; ``text``, when given, replaces the dialog's label. The service checks
``cancelled()`` between steps and raises ``Cancelled``; nothing half-written is left because
every file is written atomically.

The lower level stays for callers that wire signals themselves:

    task = Task(fn, *args)                 # fn(*args, progress=cb, cancelled=cb) -> result
    task.signals.done.connect(...)         # result, on the GUI thread
    task.signals.failed.connect(...)       # the exception
    run_with_progress(parent, task, label) # the dialog, then starts the task
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from msu_desktop.errors import Cancelled
from msu_desktop.services.failures import user_error

Progress = Callable[..., None]  # progress(pct: int, text: str = "")


class TaskSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)
    handled = Signal()  # on the GUI thread, after on_done / on_failed ran (see wait())


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.dialog: QProgressDialog | None = None
        self.finished = False  # set on the GUI thread once the outcome was handled
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, pct: int, text: str = "") -> None:
        self.signals.progress.emit(max(0, min(100, int(pct))), str(text))

    def run(self) -> None:
        try:
            result = self.fn(
                *self.args, progress=self._progress, cancelled=self.cancelled, **self.kwargs
            )
        except BaseException as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


def _progress_dialog(parent: QWidget | None, task: Task, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 100, parent)
    dialog.setObjectName("taskProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)  # quick jobs don't flicker
    dialog.setAutoClose(True)
    dialog.canceled.connect(task.cancel)

    def step(pct: int, text: str) -> None:
        if not shiboken6.isValid(dialog):
            return
        if text:
            dialog.setLabelText(text)
        dialog.setValue(min(pct, 99))  # 100 would close it before the result is handled

    task.signals.progress.connect(step)

    def close(_outcome: object) -> None:
        if shiboken6.isValid(dialog):  # its parent may have gone meanwhile
            dialog.reset()

    task.signals.done.connect(close)
    task.signals.failed.connect(close)
    task.dialog = dialog
    return dialog


def run_with_progress(parent: QWidget, task: Task, label: str) -> QProgressDialog:
    dialog = _progress_dialog(parent, task, label)
    QThreadPool.globalInstance().start(task)
    return dialog


_running: set[Task] = set()  # a job outlives the function that started it


def default_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The user's message in a box (a UserError, a full disk, a locked database...: one
    classification with the command line, services/failures.py); a cancel, nothing; a bug,
    the crash handler."""
    if isinstance(exc, Cancelled):
        return
    from msu_desktop.gui import crash

    alive = parent if parent is not None and shiboken6.isValid(parent) else None
    user = user_error(exc, crash.database_of(alive))
    if user is not None:
        QMessageBox.warning(alive, "MSU Desktop", str(user))
        return
    crash.report(exc)


def _start(
    task: Task,
    parent: QWidget | None,
    on_done: Callable[[Any], object] | None,
    on_failed: Callable[[BaseException], object] | None,
) -> Task:
    def finish() -> None:
        _running.discard(task)
        task.finished = True
        task.signals.handled.emit()

    def done(result: object) -> None:
        try:
            if on_done is not None and (parent is None or shiboken6.isValid(parent)):
                on_done(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            if on_failed is not None:
                on_failed(exc)
            else:
                default_failure(parent, exc)
        finally:
            finish()

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_failed: Callable[[BaseException], object] | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, progress=..., cancelled=..., **kwargs)`` in the background (see above)."""
    task = Task(fn, *args, **kwargs)
    _progress_dialog(parent, task, label)
    return _start(task, parent, on_done, on_failed)


def run_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_failed: Callable[[BaseException], object] | None = None,
    **kwargs: Any,
) -> Task:
    """``run_task`` without a dialog, for work nobody waits for (the day's backup, the outbox's
    retry). The same default on failure; pass ``on_failed`` to keep a UserError quiet, and
    hand anything else to :func:`default_failure` so a bug is never dropped."""
    return _start(Task(fn, *args, **kwargs), None, on_done, on_failed)


def wait(task: Task) -> None:
    """Return once ``task``'s outcome was handled, the window staying alive meanwhile (for a
    caller that needs the result, as a dialog's exec() does). Until the progress dialog shows,
    the user's clicks wait; once it shows, it is modal and its Cancel works."""
    if task.finished:
        return
    loop = QEventLoop()
    task.signals.handled.connect(loop.quit)
    dialog = task.dialog
    if dialog is not None and not dialog.isVisible():
        QTimer.singleShot(dialog.minimumDuration() + 50, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    while not task.finished:
        loop.exec()
