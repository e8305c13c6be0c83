"""Help → User guide: the short guide in the window's language, printable and savable as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from msu_desktop.gui.printing import PrintJob


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
        self.print_job: PrintJob | None = None
        self.resize(720, 560)

    def pdf_writer(self) -> Callable[..., Path]:
        """``write(path, progress=, cancelled=)``: the guide as an A4 PDF (services/export/
        text_pdf.py), no Qt inside."""
        from msu_desktop.services.export.text_pdf import write_guide_pdf

        text, lang = guide_text(self.lang), self.lang

        def write(path: Path, **progress: Any) -> Path:
            return write_guide_pdf(text, lang, Path(path), **progress)

        return write

    def print_guide(self) -> None:
        from msu_desktop.gui.printing import print_document

        def ready(job: PrintJob) -> None:
            self.print_job = job

        print_document(
            self, self.tr("User guide"), "user_guide.pdf", self.pdf_writer(), on_ready=ready
        )

    def choose_pdf(self) -> None:
        from msu_desktop.gui.printing import save_pdf_in_background

        def saved(path: Path) -> None:
            self.message.setText(self.tr("Saved: {path}").format(path=path))

        save_pdf_in_background(
            self,
            self.ws,
            self.tr("Save the user guide as PDF"),
            self.tr("User guide.pdf"),
            self.pdf_writer(),
            on_saved=saved,
        )
