"""The property register page: a table that stays fast with 10,000 objects (one query into a
QAbstractTableModel, a QSortFilterProxyModel for sorting and filtering), filters by category,
use, condition and village, search as you type, totals of what is shown; add and edit objects,
leases, write-off or sale with a council decision, the history of an object, import and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import property as prop
from msu_desktop.domain.numbers import amount, quantity
from msu_desktop.errors import UserError
from msu_desktop.gui.fit import flow_bar
from msu_desktop.i18n import pick
from msu_desktop.services import property_export, property_import
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _date_of(edit: QDateEdit) -> dt.date:
    """The date a QDateEdit shows, as a Python date."""
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class PropertyTableModel(QAbstractTableModel):
    COLUMNS = (
        "inventory_number",
        "name",
        "category",
        "village",
        "area",
        "book_value",
        "condition",
        "use",
    )

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[ps.RegisterRow] = []
        data = ps.categories()
        self.labels = {
            kind: {c["id"]: pick(c["label"], lang) for c in data[kind]}
            for kind in ("categories", "conditions", "uses", "units")
        }

    def load(self, rows: list[ps.RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a heading cut by a narrow column, in full
        ):
            return None
        return [
            self.tr("Inv. No."),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Village"),
            self.tr("Area / qty"),
            self.tr("Book value, som"),
            self.tr("Condition"),
            self.tr("Use"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            value = getattr(row, key, None) if key != "name" else self._name(row)
            return value if value is not None else 0 if key in ("area", "book_value") else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("area", "book_value"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            from PySide6.QtGui import QColor

            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole:  # a cut value, in full
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "name":
            return self._name(row)
        if key == "category":
            return self.labels["categories"].get(row.category, row.category)
        if key == "condition":
            return self.labels["conditions"].get(row.condition, row.condition)
        if key == "use":
            return self.labels["uses"].get(row.use, row.use)
        if key == "area":
            unit = self.labels["units"].get(row.unit, row.unit)
            if row.area is None:
                return ""
            return f"{quantity(row.area)} {unit}"  # "3 шт.", not "3,00 шт."
        if key == "book_value":
            return amount(row.book_value) if row.book_value is not None else ""
        return getattr(row, key)

    def _name(self, row: ps.RegisterRow) -> str:
        return (row.name_ky if self.lang == "ky" else row.name_ru) or row.name_ru or row.name_ky


class PropertyFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.category = self.use = self.condition = self.village = ""
        self.show_disposed = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        for key, value in kw.items():
            setattr(self, key, value.casefold().strip() if key == "text" else value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent: Index) -> bool:
        row = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if not self.show_disposed and row.status != "active":
            return False
        if self.category and row.category != self.category:
            return False
        if self.use and row.use != self.use:
            return False
        if self.condition and row.condition != self.condition:
            return False
        if self.village and row.village != self.village:
            return False
        if self.text:
            hay = f"{row.inventory_number} {row.name_ru} {row.name_ky} {row.address} {row.cadastral_code} {row.village}".casefold()
            return self.text in hay
        return True


def history_labels() -> dict[str, str]:
    """The register's field names in the user's words, for the history of an object (the
    form's own labels, without their colons)."""

    def t(text: str) -> str:
        return text.rstrip(":")

    lease = QCoreApplication.translate("ObjectLeasesDialog", "Lease")
    return {
        "*": QCoreApplication.translate("ObjectDialog", "Object"),
        "inventory_number": t(QCoreApplication.translate("ObjectDialog", "Inventory number:")),
        "category": t(QCoreApplication.translate("ObjectDialog", "Category:")),
        "name_ru": t(QCoreApplication.translate("ObjectDialog", "Name (Russian):")),
        "name_ky": t(QCoreApplication.translate("ObjectDialog", "Name (Kyrgyz):")),
        "village": t(QCoreApplication.translate("ObjectDialog", "Village:")),
        "address": t(QCoreApplication.translate("ObjectDialog", "Address:")),
        "latitude": t(QCoreApplication.translate("ObjectDialog", "GPS latitude:")),
        "longitude": t(QCoreApplication.translate("ObjectDialog", "GPS longitude:")),
        "cadastral_code": t(QCoreApplication.translate("ObjectDialog", "Cadastral code (ЕНИ):")),
        "area": t(QCoreApplication.translate("ObjectDialog", "Area or quantity:")),
        "unit": QCoreApplication.translate("ObjectDialog", "Unit"),
        "year": t(QCoreApplication.translate("ObjectDialog", "Year built or acquired:")),
        "basis_document": t(QCoreApplication.translate("ObjectDialog", "Basis document:")),
        "basis_number": QCoreApplication.translate("ObjectDialog", "Basis document number"),
        "basis_date": QCoreApplication.translate("ObjectDialog", "Basis document date"),
        "initial_value": t(QCoreApplication.translate("ObjectDialog", "Initial value, som:")),
        "book_value": t(QCoreApplication.translate("ObjectDialog", "Book value, som:")),
        "residual_value": t(QCoreApplication.translate("ObjectDialog", "Residual value, som:")),
        "condition": t(QCoreApplication.translate("ObjectDialog", "Condition:")),
        "use": t(QCoreApplication.translate("ObjectDialog", "Use:")),
        "registration_number": t(
            QCoreApplication.translate("ObjectDialog", "State registration certificate:")
        ),
        "registration_date": t(QCoreApplication.translate("ObjectDialog", "Registered on:")),
        "notes": QCoreApplication.translate("ObjectDialog", "Internal notes"),
        "extra": QCoreApplication.translate("ObjectDialog", "Fields of the category"),
        "decision": QCoreApplication.translate("ObjectDialog", "Council decision"),
        "file": QCoreApplication.translate("ObjectDialog", "Photos and documents"),
        "status": QCoreApplication.translate("ObjectDialog", "Status"),
        **{f"lease.{key}": lease + ": " + t(label) for key, label in lease_labels().items()},
    }


def lease_labels() -> dict[str, str]:
    """The lease form's labels by field (the names property_service.add_lease takes)."""
    lease = "LeaseDialog"
    return {
        "lessee": QCoreApplication.translate(lease, "Lessee:"),
        "is_person": QCoreApplication.translate(lease, "The lessee is a private person"),
        "contract_number": QCoreApplication.translate(lease, "Contract No.:"),
        "start": QCoreApplication.translate(lease, "Start:"),
        "end": QCoreApplication.translate(lease, "End:"),
        "rent": QCoreApplication.translate(lease, "Rent, som:"),
        "rent_period": QCoreApplication.translate(lease, "Rent period:"),
        "awarded_by": QCoreApplication.translate(lease, "Awarded:"),
        "protocol_number": QCoreApplication.translate(lease, "Auction protocol No.:"),
        "protocol_date": QCoreApplication.translate(lease, "Auction protocol No.:"),
        "direct_reason": QCoreApplication.translate(lease, "Reason (direct award):"),
    }


def date_edit(date: QDate, parent: QWidget) -> QDateEdit:
    """A date field written as the documents write dates (25.11.2026), with a calendar."""
    edit = QDateEdit(date, parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


class ObjectDialog(QDialog):
    """Add or edit an object: every field of the register in groups, the fields of its
    category (from data/property/categories.json) following the category chosen, and each
    problem shown under the field it concerns."""

    def __init__(
        self, ws: Workspace, lang: str, object_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.object_id, self.lang = ws, object_id, lang
        self.setWindowTitle(self.tr("Property object"))
        # tall, but never taller than the screen's free area (768 less a taskbar); it scrolls
        screen = self.screen() if parent is None else parent.screen()
        free = screen.availableGeometry().height() if screen is not None else 768
        self.resize(620, min(720, free - 60))
        cats = ps.categories()
        self.field_errors: dict[str, QLabel] = {}
        self.current: dict[str, Any] | None = None  # the stored object, for the rules

        self.inventory = QLineEdit(self)
        self.inventory.setPlaceholderText(ps.next_inventory_number(ws))
        self.category = QComboBox(self)
        for c in cats["categories"]:
            self.category.addItem(pick(c["label"], lang), c["id"])
        self.name_ru, self.name_ky = QLineEdit(self), QLineEdit(self)
        self.village, self.address, self.eni = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.eni.setPlaceholderText("4-07-01-0001-0194")
        self.latitude, self.longitude = QLineEdit(self), QLineEdit(self)
        self.latitude.setPlaceholderText("42.123456")
        self.longitude.setPlaceholderText("75.123456")
        self.area = QDoubleSpinBox(self)
        self.area.setRange(0, 1e9)
        self.area.setDecimals(2)
        self.unit = QComboBox(self)
        for u in cats["units"]:
            self.unit.addItem(pick(u["label"], lang), u["id"])
        self.year = QSpinBox(self)
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText("—")
        self.basis_document = QLineEdit(self)
        self.basis_document.setPlaceholderText(self.tr("e.g. a decision of the local council"))
        self.basis_number, self.basis_date = QLineEdit(self), QLineEdit(self)
        self.initial_value, self.book_value, self.residual_value = (
            self._money(),
            self._money(),
            self._money(),
        )
        self.condition = QComboBox(self)
        self.condition.addItem("—", "")
        for c in cats["conditions"]:
            self.condition.addItem(pick(c["label"], lang), c["id"])
        self.use = QComboBox(self)
        for u in cats["uses"]:
            self.use.addItem(pick(u["label"], lang), u["id"])
        self.registration_number, self.registration_date = QLineEdit(self), QLineEdit(self)
        for date in (self.basis_date, self.registration_date):
            date.setPlaceholderText(self.tr("DD.MM.YYYY"))
            date.setMaximumWidth(140)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        self.notes.setPlaceholderText(self.tr("Not published: left out of the public register"))

        inner = QWidget(self)
        groups = QVBoxLayout(inner)
        self._group(
            groups,
            self.tr("The object"),
            [
                (self.tr("Inventory number:"), self.inventory, "inventory_number"),
                (self.tr("Category:"), self.category, "category"),
                (self.tr("Name (Russian):"), self.name_ru, "name_ru"),
                (self.tr("Name (Kyrgyz):"), self.name_ky, "name_ky"),
                (self.tr("Village:"), self.village, "village"),
                (self.tr("Address:"), self.address, "address"),
                (self.tr("GPS latitude:"), self.latitude, "latitude"),
                (self.tr("GPS longitude:"), self.longitude, "longitude"),
                (self.tr("Cadastral code (ЕНИ):"), self.eni, "cadastral_code"),
            ],
        )
        size = QWidget(self)
        size_row = QHBoxLayout(size)
        size_row.setContentsMargins(0, 0, 0, 0)
        size_row.addWidget(self.area, 1)
        size_row.addWidget(self.unit)
        self._group(
            groups,
            self.tr("Size and how it became municipal property"),
            [
                (self.tr("Area or quantity:"), size, "area"),
                (self.tr("Year built or acquired:"), self.year, "year"),
                (self.tr("Basis document:"), self.basis_document, "basis_document"),
                (self.tr("Its number:"), self.basis_number, "basis_number"),
                (self.tr("Its date:"), self.basis_date, "basis_date"),
            ],
        )
        self._group(
            groups,
            self.tr("Value, condition and use"),
            [
                (self.tr("Initial value, som:"), self.initial_value, "initial_value"),
                (self.tr("Book value, som:"), self.book_value, "book_value"),
                (self.tr("Residual value, som:"), self.residual_value, "residual_value"),
                (self.tr("Condition:"), self.condition, "condition"),
                (self.tr("Use:"), self.use, "use"),
                (
                    self.tr("State registration certificate:"),
                    self.registration_number,
                    "registration_number",
                ),
                (self.tr("Registered on:"), self.registration_date, "registration_date"),
            ],
        )
        self.extra_box = QGroupBox(self.tr("Fields of the category"), inner)
        self.extra_form = QFormLayout(self.extra_box)
        self.extra_widgets: dict[str, QWidget] = {}
        self.extra_types: dict[str, str] = {}
        groups.addWidget(self.extra_box)
        self._group(groups, self.tr("Internal notes"), [("", self.notes, "notes")])
        groups.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.error = QLabel(self)
        self.error.setObjectName("objectError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        extra: dict[str, Any] = {}
        if object_id is not None:
            self._load(ps.object_details(ws, object_id))
            extra = ps.object_details(ws, object_id)["extra"]
        else:
            self._default_unit()
        self._build_extra(extra)
        self.category.currentIndexChanged.connect(self._category_changed)

    # -- building ----------------------------------------------------------------------------
    def _money(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 1e12)
        box.setDecimals(2)
        box.setGroupSeparatorShown(True)
        return box

    def _group(self, parent: QVBoxLayout, title: str, rows: list[tuple[str, QWidget, str]]) -> None:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, widget, key in rows:
            cell = QWidget(box)
            col = QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            error = QLabel(cell)
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            col.addWidget(error)
            self.field_errors[key] = error
            if label:
                form.addRow(label, cell)
            else:
                form.addRow(cell)
        parent.addWidget(box)

    def _load(self, d: dict[str, Any]) -> None:
        def text(value: Any) -> str:
            return "" if value is None else str(value)

        def date(value: Any) -> str:
            return value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else ""

        self.inventory.setText(text(d["inventory_number"]))
        self.category.setCurrentIndex(max(0, self.category.findData(d["category"])))
        for edit, key in (
            (self.name_ru, "name_ru"),
            (self.name_ky, "name_ky"),
            (self.village, "village"),
            (self.address, "address"),
            (self.eni, "cadastral_code"),
            (self.latitude, "latitude"),
            (self.longitude, "longitude"),
            (self.basis_document, "basis_document"),
            (self.basis_number, "basis_number"),
            (self.registration_number, "registration_number"),
        ):
            edit.setText(text(d[key]))
        self.basis_date.setText(date(d["basis_date"]))
        self.registration_date.setText(date(d["registration_date"]))
        for box, key in (
            (self.area, "area"),
            (self.initial_value, "initial_value"),
            (self.book_value, "book_value"),
            (self.residual_value, "residual_value"),
        ):
            box.setValue(float(d[key] or 0))
        self.year.setValue(int(d["year"] or 0))
        if d["unit"]:
            self.unit.setCurrentIndex(max(0, self.unit.findData(d["unit"])))
        else:
            self._default_unit()
        self.condition.setCurrentIndex(max(0, self.condition.findData(d["condition"])))
        self.use.setCurrentIndex(max(0, self.use.findData(d["use"])))
        if d["use"] in ("written_off", "sold") or d.get("status") != "active":
            self.use.setEnabled(False)  # changed only by a write-off or sale with its decision
        self.notes.setPlainText(text(d["notes"]))
        self.current = {"use": d["use"], "status": d.get("status", "active")}

    def _category(self) -> dict[str, Any]:
        return next(
            c for c in ps.categories()["categories"] if c["id"] == self.category.currentData()
        )

    def _default_unit(self) -> None:
        unit = self._category().get("unit")
        if unit:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    def _category_changed(self) -> None:
        self._build_extra(self.extra())
        self._default_unit()

    def _build_extra(self, values: dict[str, Any]) -> None:
        """The fields of the chosen category, from data/property/categories.json."""
        while self.extra_form.rowCount():
            self.extra_form.removeRow(0)
        self.extra_widgets, self.extra_types = {}, {}
        fields = self._category()["fields"]
        for f in fields:
            if f["type"] == "choice":
                combo = QComboBox(self.extra_box)
                combo.addItem("—", "")
                for ch in f.get("choices", []):
                    combo.addItem(pick(ch["label"], self.lang), ch["id"])
                combo.setCurrentIndex(max(0, combo.findData(values.get(f["id"], ""))))
                w: QWidget = combo
            else:
                w = QLineEdit(str(values.get(f["id"], "")), self.extra_box)
            w.setObjectName(f"extra_{f['id']}")
            self.extra_widgets[f["id"]] = w
            self.extra_types[f["id"]] = f["type"]
            self.extra_form.addRow(pick(f["label"], self.lang) + ":", w)
        self.extra_box.setVisible(bool(fields))

    # -- reading -----------------------------------------------------------------------------
    def _raw(self) -> dict[str, Any]:
        """The fields as typed (dates and coordinates as text), for the register's rules."""
        fields: dict[str, Any] = {
            "inventory_number": self.inventory.text().strip(),
            "category": self.category.currentData(),
            "name_ru": self.name_ru.text().strip(),
            "name_ky": self.name_ky.text().strip(),
            "village": self.village.text().strip(),
            "address": self.address.text().strip(),
            "cadastral_code": self.eni.text().strip(),
            "area": self.area.value() or None,
            "unit": self.unit.currentData() or "",
            "year": self.year.value() or None,
            "basis_document": self.basis_document.text().strip(),
            "basis_number": self.basis_number.text().strip(),
            "basis_date": self.basis_date.text().strip(),
            "initial_value": self.initial_value.value() or None,
            "book_value": self.book_value.value() or None,
            "residual_value": self.residual_value.value() or None,
            "condition": self.condition.currentData() or "",
            "registration_number": self.registration_number.text().strip(),
            "registration_date": self.registration_date.text().strip(),
            "notes": self.notes.toPlainText(),
            "extra": self.extra(),
            "latitude": self.latitude.text().strip(),
            "longitude": self.longitude.text().strip(),
        }
        if self.use.isEnabled():  # else changed only by a write-off or sale with its decision
            fields["use"] = self.use.currentData() or "own_use"
        return fields

    def extra(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.extra_widgets.items():
            value = w.currentData() if isinstance(w, QComboBox) else w.text().strip()  # type: ignore[attr-defined]
            if value:
                out[key] = value
        return out

    def _problems(self) -> dict[str, str]:
        """What is wrong, by field, before anything is written: the register's own rules
        (domain/property.py), the very ones the service enforces on saving."""
        return prop.object_problems(
            self._raw(), self.current, extra_fields=self._category()["fields"]
        )

    def fields(self) -> dict[str, Any]:
        """The fields to save, as the register keeps them (after :meth:`_problems` passed)."""
        return prop.stored(self._raw())

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.field_errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        extra = problems.get("extra", "")
        self.error.setText(extra or next(iter(problems.values()), ""))

    def save(self) -> None:
        problems = self._problems()
        self._show_problems(problems)
        if problems:
            return
        try:
            fields = self.fields()
            if self.object_id is None:
                self.object_id = ps.add_object(self.ws, fields)
            else:
                ps.update_object(self.ws, self.object_id, fields)
        except ps.ObjectProblems as exc:  # the register's rules, checked by the service
            self._show_problems(exc.problems)
            return
        except UserError as exc:
            message = str(exc)
            key = "inventory_number" if self.inventory.text().strip() in message else ""
            self._show_problems({key: message} if key else {})
            self.error.setText(message)
            return
        self.accept()


class PropertyPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("propertyPage")
        self.model = PropertyTableModel(lang, self)
        self.proxy = PropertyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("propertyTable")
        self.table.setModel(self.proxy)
        # The register comes from the database in inventory-number order, which is how it opens
        # (the arrow on that column says so); the proxy sorts only when a heading is clicked,
        # which spares sorting 10,000 rows through Python every time the page is filled.
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.search = QLineEdit(self)
        self.search.setObjectName("propertySearch")
        self.search.setPlaceholderText(self.tr("Search: number, name, address, ЕНИ…"))
        self.search.setClearButtonEnabled(True)
        data = ps.categories()
        self.category_filter = self._combo(self.tr("All categories"), data["categories"])
        self.use_filter = self._combo(self.tr("Any use"), data["uses"])
        self.condition_filter = self._combo(self.tr("Any condition"), data["conditions"])
        self.village_filter = QComboBox(self)
        self.disposed_check = QCheckBox(self.tr("Show written off and sold"), self)
        self.totals = QLabel(self)
        self.totals.setObjectName("propertyTotals")
        self.leases_label = QLabel(self)
        self.leases_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("propertyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #2e7d32;")
        self.empty_hint = QLabel(
            self.tr(
                "The register is empty. Press “Add object…” to enter a building, a plot of land "
                "or other property, or “Import from Excel…” to bring in the register you keep "
                "in Excel."
            ),
            self,
        )
        self.empty_hint.setObjectName("propertyEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; padding: 12px;")
        self.table.doubleClicked.connect(self._double_clicked)
        buttons: list[QWidget] = []
        for text, slot in (
            (self.tr("&Add object…"), self.add_object),
            (self.tr("&Edit…"), self.edit_object),
            (self.tr("&Lease…"), self.add_lease),
            (self.tr("All lea&ses"), self.show_leases),
            (self.tr("&Revalue…"), self.revalue),
            (self.tr("Council &decision…"), self.record_decision),
            (self.tr("&Write off…"), self.write_off),
            (self.tr("&History"), self.show_history),
            (self.tr("&Photos and documents…"), self.show_files),
            (self.tr("&Import from Excel…"), self.import_excel),
            (self.tr("E&xport…"), self.export_excel),
        ):
            b = QPushButton(text, self)
            b.setObjectName(f"{slot.__name__}Button")
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.append(b)
        self.search.setMinimumWidth(220)
        # Filters and buttons wrap onto more lines rather than widen the window past the screen.
        filters = flow_bar(
            self,
            [
                self.search,
                self.category_filter,
                self.use_filter,
                self.condition_filter,
                self.village_filter,
                self.disposed_check,
            ],
            "propertyFilters",
        )
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.leases_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        layout.addWidget(flow_bar(self, buttons, "propertyButtons"))
        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self._filter(category=self.category_filter.currentData() or "")
        )
        self.use_filter.currentIndexChanged.connect(
            lambda _i: self._filter(use=self.use_filter.currentData() or "")
        )
        self.condition_filter.currentIndexChanged.connect(
            lambda _i: self._filter(condition=self.condition_filter.currentData() or "")
        )
        self.village_filter.currentIndexChanged.connect(
            lambda _i: self._filter(village=self.village_filter.currentData() or "")
        )
        self.disposed_check.toggled.connect(lambda on: self._filter(show_disposed=on))
        self.refresh()

    def _combo(self, all_label: str, items: list[dict[str, Any]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(all_label, "")
        for item in items:
            box.addItem(pick(item["label"], self.lang), item["id"])
        return box

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.proxy.sortColumn() < 0 and column == 0 and order == Qt.SortOrder.AscendingOrder:
            return  # the database's own order
        self.proxy.sort(column, order)

    def refresh(self) -> None:
        self.model.load(ps.list_rows(self.ws))
        self.empty_hint.setVisible(not self.model.rows)
        villages = sorted({r.village for r in self.model.rows if r.village})
        current = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        for v in villages:
            self.village_filter.addItem(v, v)
        self.village_filter.setCurrentIndex(max(0, self.village_filter.findData(current)))
        self.village_filter.blockSignals(False)
        leases = ps.leases(self.ws)
        soon = [le for le in leases if le.state == "ending_soon"]
        expired = [
            le for le in leases if le.state == "expired" and le.end.year >= dt.date.today().year - 1
        ]
        self.leases_label.setText(
            self.tr("Leases ending within 60 days: {soon}; expired: {expired}.").format(
                soon=", ".join(f"{le.inventory_number} ({le.end:%d.%m.%Y})" for le in soon) or "—",
                expired=", ".join(f"{le.inventory_number} ({le.end:%d.%m.%Y})" for le in expired)
                or "—",
            )
        )
        self._update_totals()

    def _filter(self, **kw: Any) -> None:
        self.proxy.set_filter(**kw)
        self._update_totals()

    def _update_totals(self) -> None:
        count = self.proxy.rowCount()
        value = 0.0
        rows = self.model.rows
        default_unit = {c["id"]: c.get("unit", "") for c in ps.categories()["categories"]}
        items: list[tuple[str, float | None]] = []
        for r in range(count):
            row = rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            items.append((row.unit or default_unit.get(row.category, ""), row.area))
            value += row.book_value or 0.0
        labels = {u["id"]: pick(u["label"], self.lang) for u in ps.categories()["units"]}
        areas = " + ".join(
            f"{amount(total)} {labels.get(unit, unit)}".strip()
            for unit, total in sorted(prop.totals_by_unit(items).items())
        )
        self.totals.setText(
            self.tr("Shown: {count} objects · area {area} · book value {value} som").format(
                count=count,
                area=areas or "—",
                value=amount(value),
            )
        )

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(idx).row()].id

    def add_object(self) -> None:
        dlg = ObjectDialog(self.ws, self.lang, None, self)
        if dlg.exec() and dlg.object_id is not None:
            self.refresh()
            self.select_object(dlg.object_id)
            row = next((r for r in self.model.rows if r.id == dlg.object_id), None)
            self.say(
                self.tr("Object added: {number} {name}").format(
                    number=row.inventory_number if row else "",
                    name=self.model._name(row) if row else "",
                )
            )

    def say(self, text: str) -> None:
        self.message.setText(text)

    def select_object(self, object_id: int) -> bool:
        """Select the object's row and scroll to it; filters that hide it are cleared."""
        for attempt in range(2):
            for r in range(self.proxy.rowCount()):
                idx = self.proxy.index(r, 0)
                if self.model.rows[self.proxy.mapToSource(idx).row()].id == object_id:
                    self.table.selectRow(r)
                    self.table.scrollTo(idx, QTableView.ScrollHint.PositionAtCenter)
                    return True
            if attempt == 0:
                self.search.clear()
                for box in (
                    self.category_filter,
                    self.use_filter,
                    self.condition_filter,
                    self.village_filter,
                ):
                    box.setCurrentIndex(0)
        return False

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_object()

    def edit_object(self) -> None:
        oid = self.selected_id()
        if oid is not None and ObjectDialog(self.ws, self.lang, oid, self).exec():
            self.refresh()

    def add_lease(self) -> None:
        """The selected object's leases: the list, with Add and Edit."""
        oid = self.selected_id()
        if oid is None:
            self.say(self.tr("Select an object first."))
            return
        dlg = ObjectLeasesDialog(self.ws, oid, self)
        dlg.changed.connect(self.refresh)
        self.object_leases_dialog = dlg
        dlg.show()

    def write_off(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = DecisionDialog(self)
        if dlg.exec():
            try:
                ps.dispose(
                    self.ws,
                    oid,
                    dlg.how.currentData(),
                    dlg.number.text(),
                    _date_of(dlg.date),
                    dlg.text.toPlainText(),
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Write off"), str(exc))
            self.refresh()

    def show_history(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        entries = ps.history(self.ws, oid)
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("History of the object"))
        table = QTableWidget(len(entries), 6, dlg)
        table.setObjectName("objectHistory")
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Basis"),
            ]
        )
        labels = history_labels()
        for r, e in enumerate(entries):
            for c, v in enumerate(
                (
                    e.at.strftime("%d.%m.%Y %H:%M"),
                    e.user,
                    labels.get(e.field, e.field),
                    self._history_value(e.field, e.old),
                    self._history_value(e.field, e.new),
                    e.reason,
                )
            ):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        for c in (3, 4, 5):
            table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(dlg).addWidget(table)
        dlg.resize(1000, 420)
        self.history_dialog = dlg
        dlg.show()

    def _history_value(self, field: str, value: str | None) -> str:
        """A stored value as the form shows it: amounts, dates and choices in words."""
        if value is None or value == "":
            return ""
        cats = ps.categories()
        choices = {
            "category": cats["categories"],
            "condition": cats["conditions"],
            "use": cats["uses"],
            "unit": cats["units"],
        }
        if field in choices:
            label = next((c["label"] for c in choices[field] if c["id"] == value), None)
            return pick(label, self.lang) if label else value
        if field in ("area", "initial_value", "book_value", "residual_value"):
            try:
                return amount(float(value))
            except ValueError:
                return value
        if field in ("basis_date", "registration_date"):
            try:
                return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
            except ValueError:
                return value
        return value

    def show_leases(self) -> None:
        labels = {
            "active": self.tr("active"),
            "ending_soon": self.tr("ends within 60 days"),
            "expired": self.tr("expired"),
            "terminated": self.tr("terminated"),
        }
        rows = ps.leases(self.ws)
        dlg = QDialog(self)
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
        income = ps.rent_income_by_year(self.ws)
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
        self.leases_dialog = dlg
        dlg.show()

    def record_decision(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = DecisionDialog(self, kinds=True)
        if dlg.exec():
            try:
                ps.add_decision(
                    self.ws,
                    dlg.number.text(),
                    _date_of(dlg.date),
                    dlg.how.currentData(),
                    dlg.text.toPlainText(),
                    [oid],
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Council decision"), str(exc))
            self.refresh()

    def revalue(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = RevaluationDialog(self)
        if dlg.exec():
            try:
                ps.add_revaluation(
                    self.ws,
                    oid,
                    _date_of(dlg.date),
                    dlg.book.value(),
                    dlg.residual.value() or None,
                    dlg.basis.text(),
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Revaluation"), str(exc))
            self.refresh()

    def show_files(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        self.files_dialog = FilesDialog(self.ws, oid, self)
        self.files_dialog.show()

    def import_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a register"), str(Path.home()), self.tr("Excel (*.xlsx)")
        )
        if not path:
            return
        try:
            sheet = property_import.read_workbook(Path(path))
            mapping = property_import.guess_mapping(sheet)
            editor = MappingDialog(sheet, mapping, self)
            if not editor.exec():
                return
            check = property_import.dry_run(self.ws, sheet, editor.mapping())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import"), str(exc))
            return
        lines = property_import.summary_lines(check)
        if len(lines) > 60:
            lines = [*lines[:50], "…", *lines[-(len(lines) - len(check.rejected)) :]]
        text = self.tr(
            "{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected."
        ).format(new=len(check.new), matched=len(check.matched), bad=len(check.rejected))
        answer = QMessageBox.question(
            self,
            self.tr("Import"),
            text
            + ("\n\n" + "\n".join(lines) if lines else "")
            + "\n\n"
            + self.tr("Import the accepted rows?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                property_import.apply(self.ws, check)
            except UserError as exc:  # one transaction: nothing was written
                QMessageBox.warning(self, self.tr("Import"), str(exc))
            self.refresh()

    def export_excel(self) -> None:
        from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name

        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""
        default = (
            self.tr("Property register — {name}.xlsx").format(name=name)
            if name
            else self.tr("Property register.xlsx")
        )
        path = save_file_name(
            self, self.ws, self.tr("Export the register"), default, self.tr("Excel (*.xlsx)")
        )
        if path is None:
            return
        public = (
            QMessageBox.question(
                self,
                self.tr("Export"),
                self.tr(
                    "Export the public version (private lessees hidden, internal notes left out)?"
                ),
            )
            == QMessageBox.StandardButton.Yes
        )
        try:
            property_export.write_register(self.ws, path, self.lang, public=public)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        confirm_saved(self, self.tr("Export the register"), path)


class LeaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lease"))
        form = QFormLayout(self)
        self.lessee = QLineEdit(self)
        self.person = QCheckBox(self.tr("The lessee is a private person"), self)
        self.contract = QLineEdit(self)
        today = QDate.currentDate()
        self.start, self.end = date_edit(today, self), date_edit(today.addYears(1), self)
        self.rent = QDoubleSpinBox(self)
        self.rent.setRange(0, 1e9)
        self.period = QComboBox(self)
        for label, key in (
            (self.tr("per month"), "month"),
            (self.tr("per quarter"), "quarter"),
            (self.tr("per year"), "year"),
        ):
            self.period.addItem(label, key)
        self.awarded = QComboBox(self)
        self.awarded.addItem(self.tr("by auction"), "auction")
        self.awarded.addItem(self.tr("directly"), "direct")
        self.protocol = QLineEdit(self)
        self.reason = QLineEdit(self)
        for label, w in (
            (self.tr("Lessee:"), self.lessee),
            ("", self.person),
            (self.tr("Contract No.:"), self.contract),
            (self.tr("Start:"), self.start),
            (self.tr("End:"), self.end),
            (self.tr("Rent, som:"), self.rent),
            (self.tr("Rent period:"), self.period),
            (self.tr("Awarded:"), self.awarded),
            (self.tr("Auction protocol No.:"), self.protocol),
            (self.tr("Reason (direct award):"), self.reason),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def load(self, v: dict[str, Any]) -> None:
        self.lessee.setText(v["lessee"])
        self.person.setChecked(bool(v["is_person"]))
        self.contract.setText(v["contract_number"])
        self.start.setDate(QDate(v["start"].year, v["start"].month, v["start"].day))
        self.end.setDate(QDate(v["end"].year, v["end"].month, v["end"].day))
        self.rent.setValue(float(v["rent"]))
        self.period.setCurrentIndex(max(0, self.period.findData(v["rent_period"])))
        self.awarded.setCurrentIndex(max(0, self.awarded.findData(v["awarded_by"])))
        self.protocol.setText(v["protocol_number"])
        self.reason.setText(v["direct_reason"])

    def values(self) -> dict[str, Any]:
        return {
            "lessee": self.lessee.text(),
            "is_person": self.person.isChecked(),
            "contract_number": self.contract.text(),
            "start": self.start.date().toPython(),
            "end": self.end.date().toPython(),
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
                    ps.add_lease(self.ws, self.object_id, **dlg.values())
                else:
                    ps.update_lease(self.ws, lease_id, **dlg.values())
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Lease"), str(exc))
                continue  # what was typed stays in the form, to be corrected
            self.reload()
            self.changed.emit()
            break


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


class FilesDialog(QDialog):
    """Photos (as thumbnails) and documents of an object; add from disk or a USB stick."""

    def __init__(self, ws: Workspace, object_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QListWidget

        self.ws, self.object_id = ws, object_id
        self.setWindowTitle(self.tr("Photos and documents"))
        self.list = QListWidget(self)
        self.list.setObjectName("objectFiles")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(128, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemDoubleClicked.connect(self._open)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(lambda: self.add())  # not clicked(bool) as the path
        self.error = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(add)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        from PySide6.QtGui import QIcon, QPixmap
        from PySide6.QtWidgets import QListWidgetItem, QStyle

        self.list.clear()
        for f in ps.object_files(self.ws, self.object_id):
            item = QListWidgetItem(f.name, self.list)
            pix = QPixmap(str(f.path)) if f.kind == "photo" else QPixmap()
            if not pix.isNull():
                item.setIcon(
                    QIcon(
                        pix.scaled(
                            128,
                            96,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                )
            else:
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            item.setData(Qt.ItemDataRole.UserRole, str(f.path))

    def add(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Photos and documents"), str(Path.home())
            )
        if not path:
            return
        try:
            ps.attach_file(self.ws, self.object_id, Path(path))
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.reload()

    def _open(self, item: Any) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))


class MappingDialog(QDialog):
    """Which spreadsheet column is which field: guessed from the headers, correctable, with a
    preview of the first rows."""

    FIELDS = (
        "inventory_number",
        "name",
        "category",
        "village",
        "address",
        "cadastral_code",
        "area",
        "unit",
        "year",
        "basis",
        "initial_value",
        "book_value",
        "residual_value",
        "condition",
        "use",
        "registration",
        "notes",
    )

    def __init__(self, sheet: Any, mapping: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self.base = sheet, mapping
        self.setWindowTitle(self.tr("Columns of the spreadsheet"))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        labels = {
            "inventory_number": self.tr("Inventory number"),
            "name": self.tr("Name"),
            "category": self.tr("Category"),
            "village": self.tr("Village"),
            "address": self.tr("Address"),
            "cadastral_code": self.tr("Cadastral code (ЕНИ)"),
            "area": self.tr("Area or quantity"),
            "unit": self.tr("Unit"),
            "year": self.tr("Year"),
            "basis": self.tr("Basis document"),
            "initial_value": self.tr("Initial value"),
            "book_value": self.tr("Book value"),
            "residual_value": self.tr("Residual value"),
            "condition": self.tr("Condition"),
            "use": self.tr("Use"),
            "registration": self.tr("State registration"),
            "notes": self.tr("Notes"),
        }
        for field in self.FIELDS:
            box = QComboBox(self)
            box.addItem(self.tr("— not in the file —"), -1)
            for c, header in enumerate(mapping.headers):
                box.addItem(f"{chr(65 + c) if c < 26 else c + 1}: {header}"[:60], c)
            box.setCurrentIndex(max(0, box.findData(mapping.columns.get(field, -1))))
            self.combos[field] = box
            form.addRow(labels[field] + ":", box)
        preview = QTableWidget(
            min(5, max(0, len(sheet.rows) - mapping.header_row - 1)), len(mapping.headers), self
        )
        preview.setHorizontalHeaderLabels(mapping.headers)
        for r in range(preview.rowCount()):
            for c in range(preview.columnCount()):
                value = sheet.cell(mapping.header_row + 1 + r, c)
                preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first rows:"), self))
        layout.addWidget(preview)
        # the columns that no field takes: named, and each may be kept in the objects' notes
        self.keep_list = QListWidget(self)
        self.keep_list.setObjectName("keepInNotes")
        for c in mapping.unmapped(sheet):
            item = QListWidgetItem(property_import.column_name(mapping, c), self.keep_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c)
        if self.keep_list.count():
            layout.addWidget(
                QLabel(
                    self.tr("Columns that are not imported (tick to keep them in the notes):"), self
                )
            )
            self.keep_list.setMaximumHeight(110)
            layout.addWidget(self.keep_list)
        layout.addWidget(buttons)

    def mapping(self) -> Any:
        # the fields this form does not list (the app's own export: both names, coordinates…)
        columns = {f: c for f, c in self.base.columns.items() if f not in self.combos}
        columns.update(
            {f: box.currentData() for f, box in self.combos.items() if box.currentData() >= 0}
        )
        keep = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.keep_list.item(i) for i in range(self.keep_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return property_import.Mapping(self.base.header_row, columns, self.base.headers, keep)


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
