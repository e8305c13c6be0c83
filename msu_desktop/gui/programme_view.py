"""The decree and the Programme (Annex 1) as readable text, in the chosen language."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from msu_desktop.i18n import pick
from msu_desktop.services.plan_files import load_programme
from msu_desktop.services.workspace import Workspace


def programme_html(doc: dict[str, Any], lang: str) -> str:
    e = html.escape
    decree = doc.get("decree", {})
    parts = [f"<h2>{e(pick(decree.get('title'), lang))}</h2>"]
    if decree.get("preamble"):
        parts.append(f"<p>{e(pick(decree['preamble'], lang))}</p>")
    for point in decree.get("points", []):
        parts.append(f"<p><b>{e(point['number'])}.</b> {e(pick(point['text'], lang))}</p>")
    for section in doc.get("sections", []):
        parts.append(f"<h3>{e(section.get('number', ''))} {e(pick(section['title'], lang))}</h3>")
        for para in section.get("paragraphs", []):
            text = pick(para, lang)
            if text:
                parts.append(f"<p>{e(text)}</p>")
    return "\n".join(parts)


class ProgrammeView(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeView")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("programmeText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        doc = load_programme(ws.plan().plan_id)
        if doc is None:
            self.browser.setPlainText(
                self.tr("The text of the programme is not available for this plan.")
            )
        else:
            self.browser.setHtml(programme_html(doc, lang))
