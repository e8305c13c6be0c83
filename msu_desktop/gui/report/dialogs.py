"""Small dialogs of the report page: approve, unlock, comments (the history: gui/history.py).

Their static layouts are Designer forms (ui/approve_dialog.ui, ui/unlock_dialog.ui,
ui/comment_dialog.ui); what depends on the period or the value is filled in here. They are
opened with ``open()`` (window-modal, never a nested ``exec()``), so tests and the keyboard
drive them the same way.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from msu_desktop.gui.forms.ui_approve_dialog import Ui_ApproveDialog
from msu_desktop.gui.forms.ui_comment_dialog import Ui_CommentDialog
from msu_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
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
        self.ui = Ui_ApproveDialog()
        self.ui.setupUi(self)
        title = self.tr("Approve the report for {period}").format(period=period_name(period_id))
        self.setWindowTitle(title)
        # a window title is cut by the system where it likes: the full title is also here
        self.ui.approveHeading.setText(f"<b>{html.escape(title)}</b>")
        self.head_edit = self.ui.approveHead
        self.head_edit.setText(head_name)
        # room for a full name ("Жээнбеков Алмазбек Шаршенович"), not ten letters
        self.head_edit.setMinimumWidth(self.head_edit.fontMetrics().horizontalAdvance("W" * 24))
        self.date_edit = self.ui.approveDate
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.buttons = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        title = self.tr("Unlock the report for {period}").format(period=period_name(period_id))
        self.setWindowTitle(title)
        self.ui.unlockHeading.setText(f"<b>{html.escape(title)}</b>")
        self.reason_edit = self.ui.unlockReason
        self.buttons = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
        self.ui = Ui_CommentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.list = self.ui.commentList
        for c in comments:
            self.list.addItem(f"{c.at:%d.%m.%Y %H:%M} — {c.user}\n{c.text}")
        self.text_edit = self.ui.commentText
        self.text_edit.setReadOnly(read_only)
        self.buttons = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()) and not self.text_edit.isReadOnly())

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()
