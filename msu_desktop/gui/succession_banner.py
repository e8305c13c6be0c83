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
        self.transfer_button = QPushButton(self.tr("Bring in a predecessor's data…"), self)
        self.transfer_button.setObjectName("transferPredecessorButton")
        self.transfer_button.clicked.connect(self.open_transfer)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.transfer_button)
        self.offer: succession.Offer | None = None
        self.refresh()

    def refresh(self) -> None:
        self.offer = succession.offer(self.ws)
        waiting = [] if self.offer else succession.predecessors_not_brought_in(self.ws)
        self.setVisible(self.offer is not None or bool(waiting))
        self.accept_button.setVisible(self.offer is not None)
        self.transfer_button.setVisible(bool(waiting))
        if self.offer is not None:
            self.text.setText(self.offer.text(self.lang))
        elif waiting:
            self.text.setText(
                self.tr(
                    "Merged into this municipality: {names}. Their property registers can be "
                    "brought in from their backups or data folders."
                ).format(names=", ".join(r.label(self.lang) for r in waiting))
            )

    def open_transfer(self) -> None:
        from msu_desktop.gui.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.ws, self.lang, self)
        self.transfer_dialog = dialog
        dialog.finished.connect(lambda _r: self._transfer_closed(dialog))
        dialog.open()

    def _transfer_closed(self, dialog: object) -> None:
        self.refresh()
        if getattr(dialog, "done_any", False):
            self.changed.emit(self.tr("The predecessor's register was brought in."))

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
