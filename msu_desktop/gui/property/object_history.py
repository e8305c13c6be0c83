"""The history of one object, in the user's words: the register's field labels (the form's
own) and its stored values as the form shows them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from msu_desktop.domain.numbers import amount
from msu_desktop.gui.history import HistoryDialog
from msu_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, pick, tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace

ALL_LANGUAGES = (*LANGUAGES, SOURCE_LANGUAGE)
_LEASE_DATES = ("start", "end", "protocol_date")


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
        # a lease's fields as the register names them (data/property/fields.json)
        **{f"lease.{key}": lease + ": " + label for key, label in ps.field_labels("lease").items()},
    }


def object_history_dialog(
    ws: Workspace, object_id: int, lang: str, parent: QWidget
) -> HistoryDialog:
    """The one history view (gui/history.py) over the object's change log, newest first: who
    changed what and when, with the basis of each change (a council decision, an import)."""

    labels = history_labels()
    return HistoryDialog(
        QCoreApplication.translate("ObjectHistoryDialog", "History of the object"),
        ps.history(ws, object_id),
        field_label=lambda field: labels.get(field, field),
        value_text=lambda field, value: history_value(field, value, lang),
        note_header=QCoreApplication.translate("ObjectHistoryDialog", "Basis"),
        parent=parent,
        object_name="objectHistoryDialog",
        table_name="objectHistory",
    )


def history_value(field: str, value: str | None, lang: str) -> str:
    """A stored value as the form shows it: amounts, dates and choices in words."""
    if value is None or value == "":
        return ""
    if field == "*" and value in {tr("Property", "object added", x) for x in ALL_LANGUAGES}:
        # written in the language of that day (a demo made in Russian, read in Kyrgyz)
        return tr("Property", "object added", lang)
    cats = ps.categories()
    choices = {
        "category": cats["categories"],
        "condition": cats["conditions"],
        "use": cats["uses"],
        "unit": cats["units"],
    }
    if field in choices:
        label = next((c["label"] for c in choices[field] if c["id"] == value), None)
        return pick(label, lang) if label else value
    if field in ("area", "initial_value", "book_value", "residual_value"):
        try:
            return amount(float(value))
        except ValueError:
            return value
    if field in ("basis_date", "registration_date") or (
        field.startswith("lease.") and field[len("lease.") :] in _LEASE_DATES
    ):
        try:
            return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return value
