"""A revaluation of an object: the new book and residual values, with the act."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from msu_desktop.gui.property.widgets import date_edit


class RevaluationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revaluation"))
        form = QFormLayout(self)
        self.date = date_edit(QDate.currentDate(), self)
        self.book, self.residual = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for box in (self.book, self.residual):
            box.setRange(0, 1e12)
            box.setDecimals(2)
        self.basis = QLineEdit(self)
        for label, w in (
            (self.tr("Date:"), self.date),
            (self.tr("New book value, som:"), self.book),
            (self.tr("Residual value, som:"), self.residual),
            (self.tr("Basis (act, order):"), self.basis),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
