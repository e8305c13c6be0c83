"""Add or edit one object of the register. The rules it shows under each field are the
register's own (domain/property.py), the ones property_service enforces on saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import property as prop
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace


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
