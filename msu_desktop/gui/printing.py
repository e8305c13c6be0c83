"""The one paper path of the window: every document with a Print or a Save as PDF button is a
PDF written below the GUI by services/export (the report of a package, the register, the
dashboard, the Programme text, the user guide), and goes through here.

- **Save as PDF** copies that PDF: the file has its text, its fonts and its vector lines.
- **Print** sends that PDF to the printer (:func:`send_to_printer`): on a system with CUPS the
  PDF itself goes to the spooler (``lp``), which prints it as vectors at the printer's own
  resolution; "print to file" in the printer dialog gets the PDF itself; elsewhere (Windows,
  whose spooler takes no PDF) each page is rendered by PDFium at the printer's resolution
  (not at a screen's 150 dpi), so text prints sharp.
- The **preview** shows the pages rendered for the screen; it never is what is printed.

A :class:`PrintJob` owns its QPrinter for as long as its preview dialog exists (a printer that
Python collected while a dialog painted on it killed the process, issue 10) and removes the
temporary PDF it was given when the dialog is gone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QToolBar, QVBoxLayout, QWidget

from msu_desktop.errors import UserError

if TYPE_CHECKING:
    from msu_desktop.gui.workers import Task
    from msu_desktop.services.workspace import Workspace

Writer = Callable[..., Path]  # write(path, progress=..., cancelled=...) -> path
PREVIEW_DPI = 110
MAX_PRINT_DPI = 600  # a page image for a printer that takes no PDF: sharp, and ~100 MB at most

# Jobs whose preview dialog still exists (see the module's doc).
_alive: set[PrintJob] = set()


# -- what goes to the printer ---------------------------------------------------------------
@dataclass(frozen=True)
class Sent:
    """How a PDF went to a printer: ``"file"`` (the PDF itself, to the file the printer
    dialog named), ``"spool"`` (the PDF itself, to the system's spooler: ``command``) or
    ``"pages"`` (pages rendered at ``dpi``, for a spooler that takes no PDF)."""

    how: str
    command: tuple[str, ...] = ()
    dpi: int = 0


def spool_command(printer: QPrinter, pdf: Path, title: str = "") -> list[str] | None:
    """The command that hands ``pdf`` itself to the system's spooler for ``printer`` (CUPS's
    ``lp``: it takes PDF and prints it as vectors), or None where there is none (Windows)."""
    lp = shutil.which("lp")
    if sys.platform == "win32" or lp is None or not printer.printerName():
        return None
    cmd = [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    if title:
        cmd += ["-t", title]
    if printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape:
        cmd += ["-o", "landscape"]
    return [*cmd, "--", str(pdf)]


def send_to_printer(pdf: Path, printer: QPrinter, title: str = "") -> Sent:
    """Print ``pdf`` on ``printer`` as the user set it up in the printer dialog (see the
    module's doc for the three ways); a failure is a :class:`UserError` in words."""
    from msu_exchange.files import copy_file_atomic, os_error_to_user

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        target = Path(printer.outputFileName())
        try:
            copy_file_atomic(pdf, target)
        except OSError as exc:
            raise os_error_to_user(exc, target) from exc
        return Sent("file")
    cmd = spool_command(printer, pdf, title)
    if cmd is not None:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise UserError(
                "The printer {printer} did not take the document: {reason}",
                printer=printer.printerName(),
                reason=(done.stderr or done.stdout).strip()[:300],
                context="Printing",
            )
        return Sent("spool", tuple(cmd))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    paint_pdf(printer, pdf, dpi)
    return Sent("pages", dpi=dpi)


def paint_pdf(printer: QPrinter, pdf_path: Path, dpi: int = PREVIEW_DPI) -> int:
    """Paint every page of ``pdf_path`` on ``printer`` as an image of ``dpi``; returns the
    number of pages. For the preview, and for a printer that takes no PDF."""
    doc = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        raise UserError("Cannot print {path}.", path=str(pdf_path), context="Printing")
    try:
        n = len(doc)
        for i in range(n):
            if i:
                printer.newPage()
            page = doc[i]
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            qimage = QImage(
                image.tobytes("raw", "RGB"),
                image.width,
                image.height,
                3 * image.width,
                QImage.Format.Format_RGB888,
            ).copy()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            size = qimage.size().toSizeF()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size), qimage)
            page.close()
        return n
    finally:
        painter.end()
        doc.close()


def pdf_orientation(pdf_path: Path) -> QPageLayout.Orientation:
    """Landscape when the PDF's first page is wider than high (the report tables are)."""
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        width, height = doc[0].get_size() if len(doc) else (0.0, 1.0)
    finally:
        doc.close()
    if width > height:
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


# -- the preview ----------------------------------------------------------------------------
class PrintJob:
    """One PDF to preview, print and save as a copy."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        pdf: Path,
        *,
        file_name: str = "",
        temporary: bool = False,
    ) -> None:
        """``temporary``: ``pdf`` was written for this job and goes when its dialog does."""
        self.parent, self.title, self.pdf = parent, title, Path(pdf)
        self.file_name = file_name or self.pdf.name
        self.temporary = temporary
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(pdf_orientation(self.pdf))
        self.printer.setDocName(title)
        self.dialog: QDialog | None = None
        self.print_action: QAction | None = None
        self.save_pdf_action: QAction | None = None
        self.last_sent: Sent | None = None

    def preview(self) -> QDialog:
        """Open the preview (window-modal, returns at once); the job lives as long."""
        dialog = QDialog(self.parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        view = QPrintPreviewWidget(self.printer, dialog)
        view.setObjectName("printPreviewPages")
        view.paintRequested.connect(lambda printer: paint_pdf(printer, self.pdf))
        bar = QToolBar(dialog)
        for name, text, slot in (
            ("printZoomIn", QCoreApplication.translate("Printing", "Zoom in"), view.zoomIn),
            ("printZoomOut", QCoreApplication.translate("Printing", "Zoom out"), view.zoomOut),
            (
                "printFitWidth",
                QCoreApplication.translate("Printing", "Fit the width"),
                view.fitToWidth,
            ),
        ):
            zoom = bar.addAction(text)
            zoom.setObjectName(name)
            zoom.triggered.connect(lambda _c=False, f=slot: f())
        bar.addSeparator()
        self.print_action = bar.addAction(QCoreApplication.translate("Printing", "Print…"))
        self.print_action.setObjectName("printPrint")
        self.print_action.triggered.connect(lambda: self.ask_and_print(dialog))
        self.save_pdf_action = bar.addAction(QCoreApplication.translate("Printing", "Save as PDF…"))
        self.save_pdf_action.setObjectName("printSavePdf")
        self.save_pdf_action.triggered.connect(lambda: self.ask_and_save_pdf(dialog))
        lay = QVBoxLayout(dialog)
        lay.addWidget(bar)
        lay.addWidget(view, 1)
        dialog.resize(900, 700)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        _alive.add(self)
        dialog.destroyed.connect(lambda _obj=None: self._closed())
        self.dialog = dialog
        dialog.open()
        view.fitToWidth()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
        self.print_action = self.save_pdf_action = None
        _alive.discard(self)
        if self.temporary:
            shutil.rmtree(self.pdf.parent, ignore_errors=True)

    def ask_and_print(self, parent: QWidget | None = None) -> None:
        """The system's printer dialog, then the PDF to the printer chosen."""
        dlg = QPrintDialog(self.printer, parent or self.parent)
        dlg.setObjectName("printDialog")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._print(parent or self.parent)

    def _print(self, parent: QWidget) -> None:
        from msu_desktop.gui.workers import default_failure

        try:
            self.last_sent = send_to_printer(self.pdf, self.printer, self.title)
        except UserError as exc:
            default_failure(parent, exc)

    def ask_and_save_pdf(self, parent: QWidget | None = None) -> Path | None:
        """Ask where, copy the PDF there and say where it went (or why it could not)."""
        from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name
        from msu_desktop.gui.workers import default_failure
        from msu_exchange.files import copy_file_atomic, os_error_to_user

        parent = parent or self.parent
        ws = _workspace(self.parent)
        title = QCoreApplication.translate("Printing", "Save as PDF")
        pdf_filter = QCoreApplication.translate("Printing", "PDF (*.pdf)")
        if ws is not None:  # the last folder used, else Documents
            path = save_file_name(parent, ws, title, self.file_name, pdf_filter)
        else:
            name, _ = QFileDialog.getSaveFileName(
                parent, title, str(Path.home() / self.file_name), pdf_filter
            )
            path = Path(name) if name else None
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            try:
                copy_file_atomic(self.pdf, path)
            except OSError as exc:
                raise os_error_to_user(exc, path) from exc
        except UserError as exc:
            default_failure(parent, exc)
            return None
        confirm_saved(parent, QCoreApplication.translate("Printing", "Save as PDF"), path)
        return path


def _workspace(widget: QWidget) -> Any:
    """The workspace of the page a job belongs to (for the last folder used)."""
    w: Any = widget
    while w is not None and getattr(w, "ws", None) is None:
        w = w.parent()
    return getattr(w, "ws", None)


def preview_pdf(pdf: Path, parent: QWidget, title: str | None = None) -> PrintJob:
    """The print path for a PDF the app wrote already (a package's report)."""
    job = PrintJob(parent, title or pdf.name, pdf)
    job.preview()
    return job


def print_document(
    parent: QWidget,
    title: str,
    file_name: str,
    write: Writer,
    *,
    on_ready: Callable[[PrintJob], object] | None = None,
) -> Task:
    """Print: ``write(path, progress=, cancelled=)`` makes the PDF off the GUI thread (with a
    progress dialog), then its preview opens, from which it is printed or saved."""
    from msu_desktop.gui.workers import run_task, wait

    folder = Path(tempfile.mkdtemp(prefix="msu-print-"))
    target = folder / file_name

    def ready(pdf: Path) -> None:
        job = PrintJob(parent, title, pdf, file_name=file_name, temporary=True)
        job.preview()
        if on_ready is not None:
            on_ready(job)

    def failed(exc: BaseException) -> None:
        from msu_desktop.gui.workers import default_failure

        shutil.rmtree(folder, ignore_errors=True)
        default_failure(parent, exc)

    task = run_task(parent, title, write, target, on_done=ready, on_failed=failed)
    wait(task)  # the window stays alive; the preview is open when this returns
    return task


def save_pdf_in_background(
    parent: QWidget,
    ws: Workspace,
    title: str,
    file_name: str,
    write: Writer,
    *,
    on_saved: Callable[[Path], object] | None = None,
) -> Task | None:
    """Save as PDF: ask where, then run ``write(path, progress=..., cancelled=...)`` (a
    service that writes a PDF atomically) off the GUI thread with a progress dialog and
    Cancel; say where the file went, or why it could not be written (run_task's failure
    path). None: the user chose no file."""
    from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name
    from msu_desktop.gui.workers import run_task, wait

    path = save_file_name(
        parent, ws, title, file_name, QCoreApplication.translate("Printing", "PDF (*.pdf)")
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    def done(written: Path) -> None:
        confirm_saved(parent, title, written)
        if on_saved is not None:
            on_saved(written)

    task = run_task(parent, title, write, path, on_done=done)
    wait(task)  # the window stays alive and Cancel works; saved (or said why not) on return
    return task


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
