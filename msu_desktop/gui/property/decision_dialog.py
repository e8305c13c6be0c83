"""A council decision about an object: write-off, sale, or another kind."""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from msu_desktop.gui.property.widgets import date_edit


class DecisionDialog(QDialog):
    """A council decision: writing off or selling an object, or (``kinds``) any other decision
    about it — acquiring, leasing, other."""

    def __init__(self, parent: QWidget | None = None, kinds: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Council decision"))
        form = QFormLayout(self)
        self.how = QComboBox(self)
        if kinds:
            self.how.addItem(self.tr("Acquire"), "acquire")
            self.how.addItem(self.tr("Lease"), "lease")
            self.how.addItem(self.tr("Other"), "other")
        else:
            self.how.addItem(self.tr("Write off"), "write_off")
            self.how.addItem(self.tr("Sell"), "sell")
        self.number = QLineEdit(self)
        self.date = date_edit(QDate.currentDate(), self)
        self.text = QPlainTextEdit(self)
        for label, w in (
            (self.tr("Action:"), self.how),
            (self.tr("Decision No.:"), self.number),
            (self.tr("Date:"), self.date),
            (self.tr("What was decided:"), self.text),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
