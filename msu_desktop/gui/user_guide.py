"""Help → User guide: the short guide in the window's language, printable and savable as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.services.guide import guide_text
from msu_desktop.services.workspace import Workspace


def document_to_pdf(doc: QTextDocument, path: Path) -> None:
    """Lay ``doc`` out on A4 pages and write them to ``path`` (one small function, so that the
    guide can move to the app's shared print path without changing anything else)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    doc.print_(printer)


class UserGuideDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(lang))
        self.message = QLabel(self)
        self.message.setObjectName("userGuideMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setObjectName("closeButton")
        self.print_btn = QPushButton(self.tr("&Print…"), self)
        self.print_btn.setObjectName("printButton")
        self.print_btn.clicked.connect(self.print_guide)
        self.pdf_btn = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_btn.setObjectName("pdfButton")
        self.pdf_btn.clicked.connect(self.choose_pdf)
        buttons.addButton(self.print_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_btn, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.printer: QPrinter | None = None  # kept alive as long as its dialog uses it
        self.resize(720, 560)

    def print_guide(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(self.printer, self)
        dlg.setObjectName("guidePrintDialog")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(self.printer)

    def choose_pdf(self) -> None:
        from msu_desktop.gui.save_dialogs import save_file_name

        path = save_file_name(
            self,
            self.ws,
            self.tr("Save the user guide as PDF"),
            self.tr("User guide.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        document_to_pdf(self.browser.document(), path)
        self.message.setText(self.tr("Saved: {path}").format(path=path))
