"""A council decision about an object: write-off, sale, or another kind."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from msu_desktop.domain.property import DecisionDraft
from msu_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from msu_desktop.gui.property.widgets import date_of


class DecisionDialog(QDialog):
    """A council decision: writing off or selling an object, or (``kinds``) any other decision
    about it — acquiring, leasing, other."""

    def __init__(self, parent: QWidget | None = None, kinds: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()  # the form: ui/decision_dialog.ui
        self.ui.setupUi(self)
        self.how, self.number, self.date, self.text = (
            self.ui.how,
            self.ui.number,
            self.ui.date,
            self.ui.text,
        )
        if kinds:
            self.how.addItem(self.tr("Acquire"), "acquire")
            self.how.addItem(self.tr("Lease"), "lease")
            self.how.addItem(self.tr("Other"), "other")
        else:
            self.how.addItem(self.tr("Write off"), "write_off")
            self.how.addItem(self.tr("Sell"), "sell")
        self.date.setDate(QDate.currentDate())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def draft(self) -> DecisionDraft:
        """The decision as typed."""
        return DecisionDraft(
            number=self.number.text(),
            date=date_of(self.date),
            kind=str(self.how.currentData()),
            text=self.text.toPlainText(),
        )
