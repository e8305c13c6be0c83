"""The documents and photos of one measure's report: the list with thumbnails, Attach, Remove.

Files are copied into the store in the background through :mod:`msu_desktop.gui.workers`
(progress and a working Cancel); the database is written on the GUI thread once a file is
stored. The panel says ``changed()`` after a file came or went and ``message(text, error)``
for the page's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.errors import UserError
from msu_desktop.gui.fit import flow_bar
from msu_desktop.gui.workers import Task, default_failure, run_task
from msu_desktop.services import attachments as att
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace
from msu_exchange.progress import Progress, share

Stored = tuple[str, int, str]  # sha256, size, file name


def copy_into_store(
    ws: Workspace,
    paths: list[Path],
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> tuple[list[Stored], list[str]]:
    """Copy each file into the store (no database: it runs off the GUI thread).

    Returns what was stored and the messages of the files that were not; a cancel stops after
    the file being copied is thrown away."""
    total = sum(p.stat().st_size for p in paths if p.is_file()) or 1
    done = 0
    stored: list[Stored] = []
    errors: list[str] = []
    for p in paths:
        if cancelled():
            break
        size_of = p.stat().st_size if p.is_file() else 0
        part = share(progress, 100 * done // total, 100 * (done + size_of) // total)

        def step(pct: int, text: str = "", part: Progress = part, name: str = p.name) -> None:
            part(pct, text or name)

        try:
            sha, size = att.store_file(ws, p, progress=step, cancelled=cancelled)
        except att.Cancelled as exc:
            errors.append(str(exc))
            break
        except UserError as exc:
            errors.append(str(exc))
            continue
        done += size
        stored.append((sha, size, p.name))
    return stored, errors


class AttachmentsPanel(QWidget):
    changed = Signal()  # a file was attached or removed
    message = Signal(str, bool)  # text, is an error

    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period: str | None = None
        self.code: str | None = None
        self.job: Task | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(72, 72))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(130)
        self.list.itemActivated.connect(self._open)
        # the page's words: the user guide names these buttons as the report page shows them
        self.attach_btn = QPushButton(
            QCoreApplication.translate("ReportPage", "&Attach files…"), self
        )
        self.attach_btn.setObjectName("attachButton")
        self.attach_btn.clicked.connect(self.choose_files)
        self.detach_btn = QPushButton(QCoreApplication.translate("ReportPage", "Remove file"), self)
        self.detach_btn.setObjectName("detachButton")
        self.detach_btn.clicked.connect(self.remove_selected)
        heading = QLabel(QCoreApplication.translate("ReportPage", "Documents and photos:"), self)
        # on as many lines as the form's width needs (it scrolls with the fields)
        lay.addWidget(flow_bar(self, [heading, self.attach_btn, self.detach_btn]))
        lay.addWidget(self.list)

    def show_entry(self, period: str | None, code: str | None) -> None:
        self.period, self.code = period, code
        self.load()

    def set_read_only(self, ro: bool) -> None:
        self.attach_btn.setEnabled(not ro)
        self.detach_btn.setEnabled(not ro)

    def load(self) -> None:
        self.list.clear()
        if not (self.period and self.code):
            return
        for a in rs.attachments_of(self.ws, self.period, self.code):
            item = QListWidgetItem(a.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, str(a.path))
            item.setToolTip(
                f"{a.name}\n{a.caption}\n{a.size:,} B · SHA-256 {a.sha256[:16]}…\n{a.added_by}"
            )
            icon = QIcon()
            if a.mime.startswith("image/"):
                pix = QPixmap(str(a.path))
                if not pix.isNull():
                    icon = QIcon(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio))
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            item.setIcon(icon)

    def _open(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole + 1)))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("ReportPage", "Attach documents and photos"),
            "",
            QCoreApplication.translate(
                "ReportPage",
                "Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)",
            ),
        )
        if paths:
            self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Copy the files in the background with a progress dialog (Cancel works)."""
        if not (self.period and self.code) or self.job is not None:
            return
        period, code = self.period, self.code
        missing = [p for p in paths if not p.is_file()]
        if missing:
            self.message.emit(
                QCoreApplication.translate("ReportPage", "The file {path} was not found.").format(
                    path=str(missing[0])
                ),
                True,
            )
            return

        def done(result: tuple[list[Stored], list[str]]) -> None:
            stored, errors = result
            for sha, size, name in stored:
                try:
                    att.record_attachment(self.ws, period, code, sha, size, name)
                except UserError as exc:
                    errors.append(str(exc))
            self._finished(errors)

        def failed(exc: BaseException) -> None:
            self._finished([])
            default_failure(self, exc)  # a bug: the crash handler

        self.job = run_task(
            self,
            QCoreApplication.translate("ReportPage", "Copying files…"),
            copy_into_store,
            self.ws,
            paths,
            on_done=done,
            on_failed=failed,
        )

    def _finished(self, errors: list[str]) -> None:
        self.job = None
        if errors:
            self.message.emit(errors[0], True)
        else:
            self.message.emit(QCoreApplication.translate("ReportPage", "Files attached."), False)
        self.load()
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            att.remove_attachment(self.ws, int(item.data(Qt.ItemDataRole.UserRole)))
        except UserError as exc:
            self.message.emit(str(exc), True)
            return
        self.load()
        self.changed.emit()
