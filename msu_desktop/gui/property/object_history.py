"""The history of one object, in the user's words: the register's field labels (the form's
own) and its stored values as the form shows them."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from msu_desktop.domain.numbers import amount
from msu_desktop.gui.history import HistoryDialog
from msu_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, pick, tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace

ALL_LANGUAGES = (*LANGUAGES, SOURCE_LANGUAGE)
_LEASE_DATES = ("start", "end", "protocol_date")


def history_labels(lang: str | None = None) -> dict[str, str]:
    """The register's field names in the user's words, for the history of an object: the field
    registry's labels (data/property/fields.json), a lease's as "Lease: <field>"."""
    lease = QCoreApplication.translate("ObjectLeasesDialog", "Lease")
    return {
        "*": QCoreApplication.translate("ObjectDialog", "Object"),
        **ps.field_labels("object", lang),
        "extra": QCoreApplication.translate("ObjectDialog", "Fields of the category"),
        "decision": QCoreApplication.translate("ObjectDialog", "Council decision"),
        "file": QCoreApplication.translate("ObjectDialog", "Photos and documents"),
        "status": QCoreApplication.translate("ObjectDialog", "Status"),
        **{
            f"lease.{key}": f"{lease}: {label}"
            for key, label in ps.field_labels("lease", lang).items()
        },
    }


def object_history_dialog(
    ws: Workspace, object_id: int, lang: str, parent: QWidget
) -> HistoryDialog:
    """The one history view (gui/history.py) over the object's change log, newest first: who
    changed what and when, with the basis of each change (a council decision, an import)."""

    labels = history_labels(lang)
    return HistoryDialog(
        QCoreApplication.translate("ObjectHistoryDialog", "History of the object"),
        ps.history(ws, object_id),
        field_label=lambda field: labels.get(field, field),
        value_text=lambda field, value: history_value(field, value, lang),
        reason_text=lambda reason: history_reason(reason, lang),
        note_header=QCoreApplication.translate("ObjectHistoryDialog", "Basis"),
        parent=parent,
        object_name="objectHistoryDialog",
        table_name="objectHistory",
    )


# how the change log stores a decision about an object (services/property/decisions.py):
# "write_off No. 15-1 01.03.2024: the text" — a code and English, shown in words
_DECISION = re.compile(
    r"^(acquire|lease|sell|write_off|other) No\. (.*?) (\d\d\.\d\d\.\d{4}): ?(.*)$", re.S
)


def _status_words(value: str, lang: str) -> str:
    words = {
        "active": tr("Property", "in the register", lang),
        "written_off": tr("Property", "written off", lang),
        "sold": tr("Property", "sold", lang),
    }
    return words.get(value, value)


def _decision_words(value: str, lang: str) -> str:
    m = _DECISION.match(value)
    if m is None:
        return value
    kind, number, date, text = m.groups()
    said = tr(
        "Property",
        "{kind} No. {number} of {date}",
        lang,
        kind=ps.choice_labels(lang)["kind"].get(kind, kind),
        number=number,
        date=date,
    )
    return f"{said}: {text}" if text else said


def history_reason(reason: str, lang: str) -> str:
    """The basis of a change in the reader's language where the app wrote it (an import)."""
    if reason in {tr("Property", "import", x) for x in ALL_LANGUAGES}:
        return tr("Property", "import", lang)
    return reason


def history_value(field: str, value: str | None, lang: str) -> str:
    """A stored value as the form shows it: amounts, dates and choices in words; a status and a
    council decision stored as codes (old rows too) in words."""
    if value is None or value == "":
        return ""
    if field == "*" and value in {tr("Property", "object added", x) for x in ALL_LANGUAGES}:
        # written in the language of that day (a demo made in Russian, read in Kyrgyz)
        return tr("Property", "object added", lang)
    if field == "status":
        return _status_words(value, lang)
    if field == "decision":
        return _decision_words(value, lang)
    if field.startswith("lease."):
        return _lease_value(field[len("lease.") :], value, lang)
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
    if field in ("basis_date", "registration_date"):
        return _date_text(value)
    return value


def _date_text(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _lease_value(key: str, value: str, lang: str) -> str:
    """A lease's stored value: dates as dates, its choices and yes/no in words."""
    if key in _LEASE_DATES:
        return _date_text(value)
    words = ps.choice_labels(lang)
    if key in ("rent_period", "awarded_by"):
        return words[key].get(value, value)
    if key in ("is_person", "terminated") and value in ("True", "False"):
        return words["yes_no"]["yes" if value == "True" else "no"]
    if key == "rent":
        try:
            return amount(float(value))
        except ValueError:
            return value
    return value
