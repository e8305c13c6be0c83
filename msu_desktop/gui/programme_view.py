"""The decree and the Programme (Annex 1) as readable text, in the chosen language."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from msu_desktop.domain.programme import programme_blocks
from msu_desktop.services.plan_files import load_programme
from msu_desktop.services.workspace import Workspace

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
        self.setObjectName("programmeView")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("programmeText")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        doc = load_programme(ws.plan())
        if doc is None:
            self.browser.setPlainText(
                self.tr("The text of the programme is not available for this plan.")
            )
        else:
            self.browser.setHtml(programme_html(doc, lang))
