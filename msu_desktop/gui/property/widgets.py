"""Small pieces the property dialogs share: a date field written as documents write dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QWidget,
)


def date_edit(date: QDate, parent: QWidget) -> QDateEdit:
    """A date field written as the documents write dates (25.11.2026), with a calendar."""
    edit = QDateEdit(date, parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    """The date a QDateEdit shows, as a Python date."""
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
