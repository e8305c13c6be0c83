"""Add or edit one object of the register. The rules it shows under each field are the
register's own (domain/property.py), the ones property_service enforces on saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from msu_desktop.domain import property as prop
from msu_desktop.errors import UserError
from msu_desktop.gui.forms.ui_object_dialog import Ui_ObjectDialog
from msu_desktop.i18n import pick
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace

# the form's labels whose name is not the field's id
_FIELD_OF_LABEL = {
    "inventoryLabel": "inventory_number",
    "eniLabel": "cadastral_code",
    "areaLabel": "area",
}


class ObjectDialog(QDialog):
    """Add or edit an object: every field of the register in groups, the fields of its
    category (from data/property/categories.json) following the category chosen, and each
    problem shown under the field it concerns."""

    def __init__(
        self, ws: Workspace, lang: str, object_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.object_id, self.lang = ws, object_id, lang
        self.ui = Ui_ObjectDialog()  # the groups of fields: ui/object_dialog.ui
        self.ui.setupUi(self)
        ui = self.ui
        # tall, but never taller than the screen's free area (768 less a taskbar); it scrolls
        screen = self.screen() if parent is None else parent.screen()
        free = screen.availableGeometry().height() if screen is not None else 768
        self.resize(620, min(720, free - 60))
        cats = ps.categories()
        self.current: dict[str, Any] | None = None  # the stored object, for the rules
        self.inventory, self.category, self.unit = ui.inventory, ui.category, ui.unit
        self.name_ru, self.name_ky, self.village = ui.name_ru, ui.name_ky, ui.village
        self.address, self.eni, self.area, self.year = ui.address, ui.eni, ui.area, ui.year
        self.latitude, self.longitude = ui.latitude, ui.longitude
        self.basis_document, self.basis_number = ui.basis_document, ui.basis_number
        self.basis_date, self.registration_date = ui.basis_date, ui.registration_date
        self.registration_number, self.notes = ui.registration_number, ui.notes
        self.initial_value, self.book_value = ui.initial_value, ui.book_value
        self.residual_value, self.condition, self.use = ui.residual_value, ui.condition, ui.use
        self.extra_box, self.extra_form = ui.extra_box, ui.extra_form
        self.error = ui.objectError
        # every field's label from the field registry (data/property/fields.json), as the
        # table, the export and the history name it
        labels = ps.field_labels("object", lang)
        for label in self.findChildren(QLabel):
            name = label.objectName()
            if name.endswith("Label") and not name.startswith("error_"):
                field = _FIELD_OF_LABEL.get(name, name.removesuffix("Label"))
                if field in labels:
                    label.setText(labels[field] + ":")
        # each field's problem shows in the label under it, named error_<field>
        self.field_errors: dict[str, QLabel] = {
            label.objectName().removeprefix("error_"): label
            for label in self.findChildren(QLabel)
            if label.objectName().startswith("error_")
        }

        self.inventory.setPlaceholderText(ps.next_inventory_number(ws))
        for c in cats["categories"]:
            self.category.addItem(pick(c["label"], lang), c["id"])
        for u in cats["units"]:
            self.unit.addItem(pick(u["label"], lang), u["id"])
        self.condition.addItem("—", "")
        for c in cats["conditions"]:
            self.condition.addItem(pick(c["label"], lang), c["id"])
        for u in cats["uses"]:
            self.use.addItem(pick(u["label"], lang), u["id"])
        self.extra_widgets: dict[str, QWidget] = {}
        self.extra_types: dict[str, str] = {}
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        extra: dict[str, Any] = {}
        if object_id is not None:
            self._load(ps.object_details(ws, object_id))
            extra = ps.object_details(ws, object_id)["extra"]
        else:
            self._default_unit()
        self._build_extra(extra)
        self.category.currentIndexChanged.connect(self._category_changed)

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
            self._raw(),
            self.current,
            extra_fields=self._category()["fields"],
            limits=ps.field_limits("object"),
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
