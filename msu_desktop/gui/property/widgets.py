"""Small pieces the property dialogs share: a date field typed as documents write dates, and
a background job (gui/workers.py) waited for by the step that needs its result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEventLoop, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from msu_desktop.domain import numbers
from msu_desktop.gui.workers import run_task


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


class DateField(QLineEdit):
    """A date typed as documents write it (15.03.2024; 15.3.2024 and 2024-03-15 are read too),
    or chosen on the calendar behind its button. Nothing is filled in for the user: an empty
    field is no date, allowed only where the date is optional (:attr:`optional`), and a
    required one left empty or a text that is no date is said by :meth:`problem`."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.setMaxLength(20)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose on the calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        for button in self.findChildren(QToolButton):  # the action's button, for the tests
            button.setObjectName("calendarButton")
        self.calendar: QCalendarWidget | None = None

    def date(self) -> dt.date | None:
        """The date typed; None when empty. Raises NotADate for a text that is no date."""
        return numbers.parse_date(self.text().strip())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d.%m.%Y") if value else "")

    def problem(self) -> str | None:
        """What is wrong with the date typed, in words; None when it is fine."""
        try:
            value = self.date()
        except numbers.NotADate:
            return self.tr("Not a date: {value} (use DD.MM.YYYY).").format(value=self.text())
        if value is None and not self.optional:
            return self.tr("Enter the date.")
        return None

    def show_calendar(self) -> None:
        """The calendar below the field, on the date typed (or today); a click fills it in."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("dateFieldCalendar")
        try:
            shown = self.date()
        except numbers.NotADate:
            shown = None
        if shown is not None:
            calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

        def choose(day: QDate) -> None:
            self.set_date(dt.date(day.year(), day.month(), day.day()))
            calendar.close()

        calendar.clicked.connect(choose)  # a click on a day
        calendar.activated.connect(choose)  # or Enter
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()


class FormError(QLabel):
    """The line above a form's buttons that says what keeps OK from closing it."""

    def __init__(self, form: QFormLayout, name: str) -> None:
        super().__init__(form.parentWidget())
        self.setObjectName(name)
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.hide()
        form.insertRow(form.rowCount() - 1, self)  # above the buttons' row

    def refused(self, wrong: tuple[QWidget, str] | None) -> bool:
        """Say the problem and put the cursor in its field; False when there is none."""
        if wrong is None:
            return False
        self.setText(wrong[1])
        self.show()
        wrong[0].setFocus()
        return True


def first_date_problem(fields: list[tuple[QLabel, DateField]]) -> tuple[QWidget, str] | None:
    """The first date field of a form whose date is wrong, with the problem named by its
    label ("End: Enter the date.")."""
    for label, field in fields:
        problem = field.problem()
        if problem:
            return field, f"{label.text().rstrip(':')}: {problem}"
    return None


def wait_for_task(
    parent: QWidget, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any
) -> Any:
    """Run ``fn`` through gui/workers.py's ``run_task`` (on the thread pool, behind its progress
    dialog with Cancel) and wait for it in a local event loop, for a step whose result the
    next one needs (the import's dry run before its question, the apply before the refresh).
    The window keeps repainting meanwhile and the progress dialog (window-modal) keeps the
    register from being changed under the job. Returns ``fn``'s result or raises what it
    raised (a :class:`~msu_desktop.errors.Cancelled` when the user pressed Cancel)."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    run_task(parent, label, fn, *args, on_done=done, on_failed=failed, **kwargs)
    loop.exec()  # the result arrives as a queued signal, so never before the loop runs
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
