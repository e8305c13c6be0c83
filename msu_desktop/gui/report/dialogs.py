"""Small dialogs of the report page: approve, unlock, comments, the period's history (the
history view itself: gui/history.py).

Their static layouts are Designer forms (ui/approve_dialog.ui, ui/unlock_dialog.ui,
ui/comment_dialog.ui); what depends on the period or the value is filled in here. They are
opened with ``open()`` (window-modal, never a nested ``exec()``), so tests and the keyboard
drive them the same way.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.gui.forms.ui_approve_dialog import Ui_ApproveDialog
from msu_desktop.gui.forms.ui_comment_dialog import Ui_CommentDialog
from msu_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from msu_desktop.gui.history import HistoryDialog
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name
from msu_desktop.services.property.transfer import ARCHIVE
from msu_desktop.services.workspace import Workspace


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


class PeriodHistoryDialog(HistoryDialog):
    """The period's own history in the one history view (gui/history.py): each change of its
    state with who, when and the reason (an unlock's reason, the head's approval, the agency's
    return); under it, when this office succeeded others (issue 25), their reports as the
    merger transfer archived them: read-only PDFs, opened in the system's viewer."""

    def __init__(self, ws: Workspace, period: str, lang: str, parent: QWidget) -> None:
        from msu_desktop.gui.report.models import state_text

        state = QCoreApplication.translate("ReportPage", "State")
        super().__init__(
            QCoreApplication.translate("ReportPage", "History of {period}").format(
                period=period_name(period, lang)
            ),
            rs.period_history(ws, period),
            field_label=lambda f: state if f == "state" else f,
            value_text=lambda f, v: state_text(v or "") if f == "state" else (v or ""),
            reason_text=lambda r: rs.reason_text(r, lang),
            parent=parent,
            object_name="periodHistoryDialog",
            table_name="periodHistoryTable",
        )
        self.archive_list = QListWidget(self)
        self.archive_list.setObjectName("archiveList")
        self.open_archive_btn = QPushButton(
            QCoreApplication.translate("ReportPage", "Open the report"), self
        )
        self.open_archive_btn.setObjectName("openArchiveButton")
        archives = sorted((Path(ws.data_dir) / ARCHIVE).glob("*/*.pdf"))
        if not archives:
            self.archive_list.hide()
            self.open_archive_btn.hide()
            return
        box = QGroupBox(
            QCoreApplication.translate("ReportPage", "Predecessors' reports (archive, read-only)"),
            self,
        )
        box.setObjectName("archiveBox")
        inner = QVBoxLayout(box)
        for pdf in archives:
            item = QListWidgetItem(f"{pdf.parent.name} — {period_name(pdf.stem, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, str(pdf))
            self.archive_list.addItem(item)
        self.archive_list.setCurrentRow(0)
        self.archive_list.itemActivated.connect(lambda _i: self.open_archived())
        self.open_archive_btn.clicked.connect(lambda _c=False: self.open_archived())
        inner.addWidget(self.archive_list)
        inner.addWidget(self.open_archive_btn)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, box)

    def archived(self) -> list[Path]:
        return [
            Path(self.archive_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.archive_list.count())
        ]

    def open_archived(self) -> None:
        item = self.archive_list.currentItem()
        if item is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))
