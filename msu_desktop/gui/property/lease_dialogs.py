"""Leases: the lease form, one object's leases (add, correct), and all leases with their state
and the rent income by year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain.numbers import amount
from msu_desktop.domain.property import LeaseDraft
from msu_desktop.errors import UserError
from msu_desktop.gui.forms.ui_lease_dialog import Ui_LeaseDialog
from msu_desktop.gui.property.widgets import FormError, first_date_problem
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace


class LeaseDialog(QDialog):
    """A lease of an object: who, the contract, the term, the rent, and how it was awarded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_LeaseDialog()  # the form: ui/lease_dialog.ui
        ui.setupUi(self)
        self.lessee, self.person, self.contract = ui.lessee, ui.person, ui.contract
        self.start, self.end, self.rent = ui.start, ui.end, ui.rent
        self.period, self.awarded = ui.period, ui.awarded
        self.protocol, self.reason = ui.protocol, ui.reason
        self.protocol_date = ui.protocolDate
        self.protocol_date.optional = True
        # no dates are filled in for the user: the term is typed (or chosen on the calendar)
        self.error = FormError(ui.formLayout, "leaseError")
        for label, key in (
            (self.tr("per month"), "month"),
            (self.tr("per quarter"), "quarter"),
            (self.tr("per year"), "year"),
        ):
            self.period.addItem(label, key)
        self.awarded.addItem(self.tr("by auction"), "auction")
        self.awarded.addItem(self.tr("directly"), "direct")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def load(self, v: dict[str, Any]) -> None:
        self.lessee.setText(v["lessee"])
        self.person.setChecked(bool(v["is_person"]))
        self.contract.setText(v["contract_number"])
        self.start.set_date(v["start"])
        self.end.set_date(v["end"])
        self.protocol_date.set_date(v.get("protocol_date"))
        self.rent.setValue(float(v["rent"]))
        self.period.setCurrentIndex(max(0, self.period.findData(v["rent_period"])))
        self.awarded.setCurrentIndex(max(0, self.awarded.findData(v["awarded_by"])))
        self.protocol.setText(v["protocol_number"])
        self.reason.setText(v["direct_reason"])

    def accept(self) -> None:
        """OK closes the form only with the lessee and real dates; else it says what is wrong
        under the fields and puts the cursor there."""
        ui = self.ui
        wrong: tuple[QWidget, str] | None = first_date_problem(
            [
                (ui.startLabel, self.start),
                (ui.endLabel, self.end),
                (ui.protocolDateLabel, self.protocol_date),
            ]
        )
        if not self.lessee.text().strip():
            wrong = (self.lessee, self.tr("Enter the lessee."))
        if not self.error.refused(wrong):
            super().accept()

    def values(self) -> dict[str, Any]:
        """The lease as typed (after :meth:`accept` passed: the dates are dates)."""
        return {
            "lessee": self.lessee.text(),
            "is_person": self.person.isChecked(),
            "contract_number": self.contract.text(),
            "start": self.start.date(),
            "end": self.end.date(),
            "protocol_date": self.protocol_date.date(),
            "rent": self.rent.value(),
            "rent_period": self.period.currentData(),
            "awarded_by": self.awarded.currentData(),
            "protocol_number": self.protocol.text(),
            "direct_reason": self.reason.text(),
        }


class ObjectLeasesDialog(QDialog):
    """One object's leases: what "Lease…" opens. Add a lease, or correct the one selected."""

    changed = Signal()

    def __init__(self, ws: Workspace, object_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.object_id = ws, object_id
        self.setObjectName("objectLeases")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("objectLeaseTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Lessee"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Rent, som"),
                self.tr("State"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_lease())
        self.empty = QLabel(self.tr("No leases yet. Press “Add lease…” to record one."), self)
        self.empty.setObjectName("objectLeasesEmpty")
        self.add_btn = QPushButton(self.tr("&Add lease…"), self)
        self.add_btn.setObjectName("addLeaseButton")
        self.add_btn.clicked.connect(lambda _c=False: self.add_lease())
        self.edit_btn = QPushButton(self.tr("&Edit…"), self)
        self.edit_btn.setObjectName("editLeaseButton")
        self.edit_btn.clicked.connect(lambda _c=False: self.edit_lease())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.addButton(self.add_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.edit_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(760, 360)
        self.lease_dialog: LeaseDialog | None = None
        self.reload()

    def reload(self) -> None:
        labels = {
            "active": self.tr("active"),
            "ending_soon": self.tr("ends within 60 days"),
            "expired": self.tr("expired"),
            "terminated": self.tr("terminated"),
        }
        rows = [le for le in ps.leases(self.ws) if le.object_id == self.object_id]
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, le in enumerate(rows):
            values = (
                le.lessee,
                f"{le.start:%d.%m.%Y}",
                f"{le.end:%d.%m.%Y}",
                amount(le.rent),
                labels.get(le.state, le.state),
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.edit_btn.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(len(rows) - 1)
        names = [o for o in ps.list_rows(self.ws) if o.id == self.object_id]
        title = names[0].inventory_number if names else ""
        self.setWindowTitle(self.tr("Leases of {object}").format(object=title))

    def add_lease(self) -> None:
        self._edit(None)

    def edit_lease(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self._edit(self.rows[r].id)

    def _edit(self, lease_id: int | None) -> None:
        dlg = LeaseDialog(self)
        dlg.setObjectName("leaseDialog")
        if lease_id is not None:
            dlg.load(ps.lease_details(self.ws, lease_id))
        self.lease_dialog = dlg
        while dlg.exec():
            try:
                if lease_id is None:
                    ps.add_lease(self.ws, self.object_id, LeaseDraft(**dlg.values()))
                else:
                    ps.update_lease(self.ws, lease_id, **dlg.values())
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Lease"), str(exc))
                continue  # what was typed stays in the form, to be corrected
            self.reload()
            self.changed.emit()
            break


class AllLeasesDialog(QDialog):
    """Every lease of the register with its state, and the rent income by year."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "active": self.tr("active"),
            "ending_soon": self.tr("ends within 60 days"),
            "expired": self.tr("expired"),
            "terminated": self.tr("terminated"),
        }
        rows = ps.leases(ws)
        dlg = self
        dlg.setWindowTitle(self.tr("Leases"))
        table = QTableWidget(len(rows), 7, dlg)
        table.setObjectName("leaseTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Inv. No."),
                self.tr("Object"),
                self.tr("Lessee"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Rent, som"),
                self.tr("State"),
            ]
        )
        for r, le in enumerate(rows):
            values = (
                le.inventory_number,
                le.object_name,
                le.lessee,
                f"{le.start:%d.%m.%Y}",
                f"{le.end:%d.%m.%Y}",
                amount(le.rent),
                labels[le.state],
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                if c == 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        income = ps.rent_income_by_year(ws)
        text = "  ".join(f"{y}: {amount(v)}" for y, v in income.items())
        layout = QVBoxLayout(dlg)
        layout.addWidget(table)
        layout.addWidget(
            QLabel(self.tr("Rent income by year, som: {text}").format(text=text or "—"), dlg)
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        close.rejected.connect(dlg.reject)
        layout.addWidget(close)
        dlg.resize(1000, 420)
