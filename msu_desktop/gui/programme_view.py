"""The decree and the Programme (Annex 1) as readable text, in the chosen language; printable
and savable as PDF for a council meeting or a training day."""

from __future__ import annotations

import html
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
from msu_desktop.services.plan_files import load_programme
from msu_desktop.services.workspace import Workspace
from msu_exchange.files import os_error_to_user

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
        self.ws = ws
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
        if doc is None:
            self.browser.setPlainText(
                self.tr("The text of the programme is not available for this plan.")
            )
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
        else:
            self.browser.setHtml(programme_html(doc, lang))

    def save_pdf(self, path: Path) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        tmp = path.with_name(path.name + ".part")
        printer.setOutputFileName(str(tmp))
        self.browser.document().print_(printer)
        try:
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise os_error_to_user(exc, path) from exc  # disk full, no rights…: said plainly

    def choose_pdf(self) -> None:
        from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name

        path = save_file_name(
            self,
            self.ws,
            self.tr("Save the programme as PDF"),
            self.tr("Programme.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            self.save_pdf(path)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        confirm_saved(self, self.tr("Save the programme as PDF"), path)

    def print_preview(self) -> None:
        from msu_desktop.gui.printing import open_preview

        self.print_job = open_preview(
            self,
            QCoreApplication.translate("Pages", "Programme text"),
            # a Python function, not the bound C++ method (PySide cannot connect print_ itself)
            lambda printer: self.browser.document().print_(printer),
            file_name="programme.pdf",
        )
