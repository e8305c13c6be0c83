"""The banner that says "your municipality was merged into …" (or renamed) and offers the
change; and, once this office is a successor, the way to bring in a predecessor's data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from msu_desktop.errors import UserError
from msu_desktop.services import succession
from msu_desktop.services.workspace import Workspace


class SuccessionBanner(QFrame):
    changed = Signal(str)  # what happened, for the status bar

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("successionBanner")
        self.setStyleSheet(
            "#successionBanner { background: #e8f4fd; border-bottom: 1px solid #7aaed6; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("successionText")
        self.text.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept the change"), self)
        self.accept_button.setObjectName("acceptSuccessionButton")
        self.accept_button.clicked.connect(self.accept_offer)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.accept_button)
        self.offer: succession.Offer | None = None
        self.refresh()

    def refresh(self) -> None:
        self.offer = succession.offer(self.ws)
        self.setVisible(self.offer is not None)
        if self.offer is not None:
            self.text.setText(self.offer.text(self.lang))

    def accept_offer(self) -> None:
        if self.offer is None:
            return
        try:
            muni = succession.accept(self.ws, self.offer)
        except UserError as exc:
            self.text.setText(str(exc))
            return
        self.refresh()
        self.changed.emit(
            self.tr("This office is now {name} ({code}).").format(
                name=muni.name(self.lang), code=muni.soate
            )
        )
