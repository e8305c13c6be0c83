"""Small dialogs of the report page: approve, unlock, comments (the history: gui/history.py).

They are opened with ``open()`` (window-modal, never a nested ``exec()``), so tests and the
keyboard drive them the same way.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name


def _title_width(dialog: QDialog, title: str) -> int:
    """Wide enough for the title bar to show ``title`` whole (with room for its buttons), but
    never wider than a small screen."""
    return min(dialog.fontMetrics().horizontalAdvance(title) + 160, 900)


class ApproveDialog(QDialog):
    """The head of the aiyl okmotu approves the report: name and date."""

    def __init__(self, period_id: str, head_name: str, today: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        title = self.tr("Approve the report for {period}").format(period=period_name(period_id))
        self.setWindowTitle(title)
        form = QFormLayout(self)
        # a window title is cut by the system where it likes: the full title is also here
        heading = QLabel(f"<b>{html.escape(title)}</b>", self)
        heading.setObjectName("approveHeading")
        heading.setWordWrap(True)
        form.addRow(heading)
        note = QLabel(
            self.tr(
                "Once approved, the report is locked. It can be unlocked later only with a "
                "recorded reason."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.head_edit = QLineEdit(head_name, self)
        self.head_edit.setObjectName("approveHead")
        # room for a full name ("Жээнбеков Алмазбек Шаршенович"), not ten letters
        self.head_edit.setMinimumWidth(self.head_edit.fontMetrics().horizontalAdvance("W" * 24))
        form.addRow(self.tr("Head of the aiyl okmotu:"), self.head_edit)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("approveDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        form.addRow(self.tr("Date of approval:"), self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.head_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(max(self.sizeHint().width(), _title_width(self, title)))

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.head_edit.text().strip()))

    def head(self) -> str:
        return self.head_edit.text().strip()

    def date(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())


class UnlockDialog(QDialog):
    """Unlocking an approved report needs a reason, which goes into the history."""

    def __init__(self, period_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        title = self.tr("Unlock the report for {period}").format(period=period_name(period_id))
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(title)}</b>", self)
        heading.setObjectName("unlockHeading")
        heading.setWordWrap(True)
        lay.addWidget(heading)
        lay.addWidget(QLabel(self.tr("Why must the approved report be changed?")))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("unlockReason")
        self.reason_edit.setTabChangesFocus(True)
        lay.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(max(self.sizeHint().width(), _title_width(self, title)))

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class CommentDialog(QDialog):
    """The comments on one value, and a box to add one."""

    def __init__(self, title: str, comments: list[rs.Comment], read_only: bool, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(title)
        self.resize(560, 360)
        lay = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("commentList")
        self.list.setWordWrap(True)
        for c in comments:
            self.list.addItem(f"{c.at:%d.%m.%Y %H:%M} — {c.user}\n{c.text}")
        lay.addWidget(self.list)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("commentText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Write a comment…"))
        self.text_edit.setReadOnly(read_only)
        lay.addWidget(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()) and not self.text_edit.isReadOnly())

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()
