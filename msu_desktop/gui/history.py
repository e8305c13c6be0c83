"""The one history view: who changed which field, when, from what to what, and why.

Both areas show their change log (``services/change_log.read``, wrapped by each area's service
as items with ``at``, ``user``, ``field``, ``old``, ``new``, ``reason``) through this model and
dialog. What a field is called and how a stored value reads are the caller's: they are passed
in, so the view knows nothing of reports or property objects.

    dlg = HistoryDialog(title, items, field_label=..., value_text=..., parent=page)
    dlg.open()

The newest change comes first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Change(Protocol):
    """One line of a change log, as the services hand it out."""

    @property
    def at(self) -> dt.datetime: ...
    @property
    def user(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def old(self) -> str | None: ...
    @property
    def new(self) -> str | None: ...
    @property
    def reason(self) -> str: ...


FieldLabel = Callable[[str], str]
"""A field's id → what the user calls it."""
ValueText = Callable[[str, str | None], str]
"""(field id, stored value) → the value as the form shows it."""


def _plain_value(_field: str, value: str | None) -> str:
    return value or ""


def _plain_reason(reason: str) -> str:
    return reason


def history_rows(
    changes: Sequence[Change],
    field_label: FieldLabel,
    value_text: ValueText = _plain_value,
    reason_text: Callable[[str], str] = _plain_reason,
) -> list[list[str]]:
    """The table's text, newest first: when, who, field, old value, new value, note."""
    return [
        [
            c.at.strftime("%d.%m.%Y %H:%M"),
            c.user,
            field_label(c.field),
            value_text(c.field, c.old),
            value_text(c.field, c.new),
            reason_text(c.reason),
        ]
        for c in reversed(changes)
    ]


class HistoryModel(QAbstractTableModel):
    """Rows of text (see :func:`history_rows`) under the given column headers."""

    def __init__(self, rows: list[list[str]], headers: list[str], parent: QObject) -> None:
        super().__init__(parent)
        self.rows, self.headers = rows, headers

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class HistoryDialog(QDialog):
    """Who changed a value, when, from what to what.

    ``note_header`` names the last column (the report's "Note", the register's "Basis");
    ``object_name`` / ``table_name`` let each area keep the names its tests and users know.
    """

    def __init__(
        self,
        title: str,
        changes: Sequence[Change],
        field_label: FieldLabel,
        parent: QWidget,
        value_text: ValueText = _plain_value,
        reason_text: Callable[[str], str] = _plain_reason,
        note_header: str | None = None,
        object_name: str = "historyDialog",
        table_name: str = "historyTable",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.resize(980, 380)
        lay = QVBoxLayout(self)
        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            note_header if note_header is not None else self.tr("Note"),
        ]
        rows = history_rows(changes, field_label, value_text, reason_text)
        self.model = HistoryModel(rows, headers, self)
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()  # when, who, field: as wide as they need
        for column in (3, 4):  # the old and new values share what is left with the note
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        lay.addWidget(self.table)
        if not rows:
            lay.addWidget(QLabel(self.tr("No changes yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
