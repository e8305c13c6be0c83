"""Bugs end up here: a log file in the data directory and a dialog, instead of a vanished window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from msu_desktop import __version__, clock
from msu_desktop.services.failures import user_error
from msu_desktop.storage.db import DB_FILENAME

log = logging.getLogger("msu_desktop.crash")


def write_crash_log(logs_dir: Path, text: str) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / f"crash-{clock.now():%Y%m%d-%H%M%S}.log"
    path.write_text(f"MSU Desktop {__version__}\n{text}", encoding="utf-8")
    return path


_logs_dir: Path | None = None


def database_of(widget: QWidget | None) -> Path:
    """The database an action of ``widget`` worked on (its window's workspace), for
    services/failures.py to name when an exception names no file."""
    w: object = widget if widget is not None else QApplication.activeWindow()
    while w is not None:
        ws = getattr(w, "ws", None)
        if ws is not None and hasattr(ws, "data_dir"):
            return Path(ws.data_dir) / DB_FILENAME
        w = w.parent() if isinstance(w, QWidget) else None
    return (_logs_dir.parent if _logs_dir is not None else Path()) / DB_FILENAME


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """What happens to an exception nobody caught: the user's message when it is one
    (services/failures.py: a UserError, a full disk, a locked database...), or a bug's crash
    log and the crash dialog. Called by ``sys.excepthook`` and by gui/workers.py for a
    background job's failure (its exception arrives here on the GUI thread)."""
    user = user_error(exc, database_of(None))
    if user is not None:
        log.warning("user error: %r", exc)
        QMessageBox.warning(QApplication.activeWindow(), "MSU Desktop", str(user))
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception\n%s", text)
    if _logs_dir is None:  # not installed (a test, a tool): Python's own report
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = write_crash_log(_logs_dir, text)
    if QApplication.instance() is not None:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside the program. Your saved data is safe. "
                "A report was written to:",
            )
            + f"\n{path}"
        )
        box.setDetailedText(text)
        box.exec()


def report(exc: BaseException) -> None:
    """Hand an exception caught elsewhere (a worker thread's) to the crash handler."""
    handle(type(exc), exc, exc.__traceback__)


def install(logs_dir: Path) -> None:
    global _logs_dir
    _logs_dir = logs_dir
    sys.excepthook = handle

    def qt_messages(mode: QtMsgType, _context: object, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(mode, logging.ERROR)
        logging.getLogger("qt").log(level, message)

    qInstallMessageHandler(qt_messages)
