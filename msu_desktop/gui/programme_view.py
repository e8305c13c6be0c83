"""The decree and the Programme (Annex 1) as readable text, in the chosen language; printable
and savable as PDF for a council meeting or a training day."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain.programme import programme_blocks
from msu_desktop.errors import UserError
from msu_desktop.services.workspace import Workspace
from msu_exchange.documents import load_programme

_TAGS = {
    "title": ('<h2 align="center">', "</h2>"),
    "heading": ("<h3>", "</h3>"),
    "subheading": ("<h4>", "</h4>"),
    "paragraph": ("<p>", "</p>"),
    "item": ('<p style="margin-left:24px; margin-top:0px; margin-bottom:3px">', "</p>"),
    "signature": ('<p align="right"><i>', "</i></p>"),
}


def programme_html(doc: dict[str, Any], lang: str) -> str:
    parts = []
    for block in programme_blocks(doc, lang):
        start, end = _TAGS[block.kind]
        parts.append(f"{start}{html.escape(block.text)}{end}")
    return "\n".join(parts)


class ProgrammeView(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.doc: dict[str, Any] | None = None
        self.setObjectName("programmeView")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("programmeText")
        self.browser.setOpenLinks(False)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser)
        try:
            doc = load_programme(ws.plan())
        except UserError as exc:
            doc = None
            self.message.setText(str(exc))
        self.doc = doc
        if doc is None:
            self.browser.setPlainText(
                self.tr("The text of the programme is not available for this plan.")
            )
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
        else:
            self.browser.setHtml(programme_html(doc, lang))

    def write_pdf(self, path: Path, **progress: Any) -> Path:
        """The decree and the Programme as an A4 PDF (services/export/text_pdf.py)."""
        return self.pdf_writer()(path, **progress)

    def pdf_writer(self) -> Callable[..., Path]:
        """``write(path, progress=, cancelled=)``: no Qt inside, it runs off the GUI thread."""
        from msu_desktop.services.export.text_pdf import write_programme_pdf

        doc, lang = self.doc, self.lang
        if doc is None:
            raise UserError("The text of the programme is not available for this plan.")

        def write(path: Path, **progress: Any) -> Path:
            return write_programme_pdf(doc, lang, Path(path), **progress)

        return write

    def choose_pdf(self) -> None:
        from msu_desktop.gui.printing import save_pdf_in_background

        save_pdf_in_background(
            self,
            self.ws,
            self.tr("Save the programme as PDF"),
            self.tr("Programme.pdf"),
            self.pdf_writer(),
        )

    def print_preview(self) -> None:
        from msu_desktop.gui.printing import PrintJob, print_document

        def ready(job: PrintJob) -> None:
            self.print_job = job

        print_document(
            self,
            QCoreApplication.translate("Pages", "Programme text"),
            "programme.pdf",
            self.pdf_writer(),
            on_ready=ready,
        )
