"""Bugs end up here: a log file in the data directory and a dialog, instead of a vanished window."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from msu_desktop import __version__
from msu_desktop.errors import UserError

log = logging.getLogger("msu_desktop.crash")


def write_crash_log(logs_dir: Path, text: str) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(f"MSU Desktop {__version__}\n{text}", encoding="utf-8")
    return path


def install(logs_dir: Path) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(QApplication.activeWindow(), "MSU Desktop", str(exc))
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", text)
        path = write_crash_log(logs_dir, text)
        if QApplication.instance() is not None:
            box = QMessageBox(QApplication.activeWindow())
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

    sys.excepthook = hook

    def qt_messages(mode: QtMsgType, _context: object, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(mode, logging.ERROR)
        logging.getLogger("qt").log(level, message)

    qInstallMessageHandler(qt_messages)
