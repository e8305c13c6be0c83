"""A council decision about an object: write-off, sale, or another kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from msu_desktop.domain.property import DecisionDraft
from msu_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from msu_desktop.gui.property.widgets import FormError, first_date_problem


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
        # no date is filled in for the user: the decision's date is typed (or chosen)
        self.error = FormError(self.ui.formLayout, "decisionError")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """OK closes the form only with a number and a real date; else it says what is wrong."""
        wrong: tuple[QWidget, str] | None = first_date_problem([(self.ui.dateLabel, self.date)])
        if not self.number.text().strip():
            wrong = (self.number, self.tr("Enter the decision's number."))
        if not self.error.refused(wrong):
            super().accept()

    def draft(self) -> DecisionDraft:
        """The decision as typed (after :meth:`accept` passed)."""
        date = self.date.date()
        assert date is not None  # accept() refused an empty date
        return DecisionDraft(
            number=self.number.text(),
            date=date,
            kind=str(self.how.currentData()),
            text=self.text.toPlainText(),
        )
