"""The one print path of the window: every document that has a Print button goes through here.

A document is a *paint function* that draws itself on a QPrinter (the report PDF rendered page
by page, the dashboard, the programme text). :class:`PrintJob` owns the QPrinter for as long as
its preview dialog exists: QPrintPreviewDialog keeps only a pointer to the printer, and a printer
that Python collected while the dialog painted on it killed the process (issue 10). The preview
dialog has Qt's own Print button (the system's printer dialog) and a "Save as PDF…" button that
writes the same pages to a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from msu_desktop import APP_NAME
from msu_desktop.errors import UserError

if TYPE_CHECKING:
    from msu_desktop.gui.workers import Task
    from msu_desktop.services.workspace import Workspace

Paint = Callable[[QPrinter], object]

# Jobs whose preview dialog still exists. The dialog is a Qt object owned by its parent widget;
# the printer is a Python object. Holding the job here until the dialog's ``destroyed`` signal
# (emitted after QPrintPreviewDialog's destructor has run) keeps the two lifetimes together.
_alive: set[PrintJob] = set()


class PrintJob:
    """One document to print: its title, its paint function and the printer it paints on."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        paint: Paint,
        *,
        orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
        file_name: str = "document.pdf",
    ) -> None:
        self.parent, self.title, self.paint = parent, title, paint
        self.orientation, self.file_name = orientation, file_name
        self.printer = self._new_printer()
        self.dialog: QPrintPreviewDialog | None = None
        self.save_pdf_action: QAction | None = None

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(self.orientation)
        printer.setDocName(self.title)
        return printer

    # -- the preview ---------------------------------------------------------------------
    def preview(self) -> QPrintPreviewDialog:
        """Open the print preview (window-modal, returns at once); the job lives as long."""
        dialog = QPrintPreviewDialog(self.printer, self.parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.title)
        dialog.paintRequested.connect(self.paint)
        toolbar = dialog.findChild(QToolBar)
        action = QAction(QCoreApplication.translate("Printing", "Save as PDF…"), dialog)
        action.setObjectName("printSavePdf")
        action.triggered.connect(lambda: self.ask_and_save_pdf(dialog))
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(action)
        else:  # pragma: no cover - every Qt 6 preview dialog has its tool bar
            dialog.addAction(action)
        self.save_pdf_action = action
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        _alive.add(self)
        dialog.destroyed.connect(lambda _obj=None: self._closed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
        self.save_pdf_action = None
        _alive.discard(self)

    # -- a PDF file ----------------------------------------------------------------------
    def save_pdf(self, path: Path) -> Path:
        """Print the document to a PDF file (a temporary name, renamed into place)."""
        from msu_exchange.files import os_error_to_user

        path = Path(path)
        tmp = path.with_name(f".{path.name}.part")
        printer = self._new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        try:
            self.paint(printer)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise os_error_to_user(exc, path) from exc
        if not tmp.exists():
            raise UserError("Cannot write {path}.", path=str(path), context="Printing")
        try:
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise os_error_to_user(exc, path) from exc
        return path

    def ask_and_save_pdf(self, parent: QWidget | None = None) -> Path | None:
        """Ask where, write the PDF and say where it went (or why it could not be written)."""
        parent = parent or self.parent
        start = str(Path.home() / self.file_name)
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            start,
            QCoreApplication.translate("Printing", "PDF (*.pdf)"),
        )
        if not name:
            return None
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        try:
            path = self.save_pdf(Path(name))
        except UserError as exc:
            QMessageBox.warning(parent, APP_NAME, str(exc))
            return None
        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate("Printing", "Saved: {path}").format(path=path),
        )
        return path


def open_preview(
    parent: QWidget,
    title: str,
    paint: Paint,
    *,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    file_name: str = "document.pdf",
) -> PrintJob:
    """Make a job for ``paint`` and open its preview; the job lives while its dialog does."""
    job = PrintJob(parent, title, paint, orientation=orientation, file_name=file_name)
    job.preview()
    return job


def save_pdf_in_background(
    parent: QWidget,
    ws: Workspace,
    title: str,
    file_name: str,
    write: Callable[..., Path],
    *,
    on_saved: Callable[[Path], object] | None = None,
) -> Task | None:
    """Ask where to save, then run ``write(path, progress=..., cancelled=...)`` (a service
    that writes a PDF atomically) off the GUI thread with a progress dialog and Cancel; say
    where the file went, or why it could not be written (run_task's failure path). None: the
    user chose no file."""
    from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name
    from msu_desktop.gui.workers import run_task

    path = save_file_name(
        parent, ws, title, file_name, QCoreApplication.translate("Printing", "PDF (*.pdf)")
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    def done(written: Path) -> None:
        confirm_saved(parent, title, written).open()
        if on_saved is not None:
            on_saved(written)

    return run_task(parent, title, write, path, on_done=done)


def save_register_pdf(
    parent: QWidget,
    ws: Workspace,
    lang: str,
    *,
    public: bool = False,
    on_saved: Callable[[Path], object] | None = None,
) -> Task | None:
    """Property → Export → PDF: the register (``public``: its public version) as of the work
    date, with its totals per unit, written in the background."""
    from msu_desktop.services.export.register_pdf import write_register_pdf

    def write(path: Path, **progress: Any) -> Path:
        return write_register_pdf(ws, path, lang, public=public, **progress)

    title = QCoreApplication.translate("Printing", "Register of municipal property (PDF)")
    name = QCoreApplication.translate("Printing", "property register {date}.pdf").format(
        date=ws.today().strftime("%Y-%m-%d")
    )
    return save_pdf_in_background(parent, ws, title, name, write, on_saved=on_saved)
