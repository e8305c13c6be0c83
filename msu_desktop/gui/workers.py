"""Long work off the GUI thread, with progress and a working Cancel.

    task = Task(fn, *args)                 # fn(*args, progress=cb, cancelled=cb) -> result
    task.signals.done.connect(...)         # result, on the GUI thread
    task.signals.failed.connect(...)       # the exception (UserError: show its message)
    run_with_progress(parent, task, title) # QProgressDialog after 600 ms; Cancel sets the flag

The service checks ``cancelled()`` between steps and raises; nothing half-written is left
because every file is written atomically.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class TaskSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(
                *self.args,
                progress=lambda pct, what="": self.signals.progress.emit(int(pct), str(what)),
                cancelled=self.cancelled,
                **self.kwargs,
            )
        except BaseException as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


def run_with_progress(parent: QWidget, task: Task, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 100, parent)
    dialog.setObjectName("taskProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)  # quick jobs don't flicker
    dialog.setAutoClose(True)
    dialog.canceled.connect(task.cancel)
    task.signals.progress.connect(lambda pct, _what: dialog.setValue(pct))
    task.signals.done.connect(lambda _r: dialog.reset())
    task.signals.failed.connect(lambda _e: dialog.reset())
    QThreadPool.globalInstance().start(task)
    return dialog
