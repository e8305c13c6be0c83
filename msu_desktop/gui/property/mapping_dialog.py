"""Importing a register from Excel: which column is which field (the mapping dialog), the dry
run and its summary, then the apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.errors import Cancelled, UserError
from msu_desktop.gui.property.widgets import wait_for_task
from msu_desktop.services import property_import, property_service
from msu_desktop.services.workspace import Workspace


class MappingDialog(QDialog):
    """Which spreadsheet column is which field: guessed from the headers, correctable, with a
    preview of the first rows."""

    def __init__(self, sheet: Any, mapping: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self.base = sheet, mapping
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Columns of the spreadsheet"))
        self.combos: dict[str, QComboBox] = {}
        # the fields an office's register may hold: the field registry's with import words,
        # labelled as the registry labels them; two pairs a row, so the dialog fits 1366×740
        grid = QGridLayout()
        fields = [f for f in property_service.field_registry()["object"] if f.synonyms]
        for i, field in enumerate(fields):
            box = QComboBox(self)
            box.setObjectName(f"column_{field.id}")
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(18)
            box.addItem(self.tr("— not in the file —"), -1)
            for c, header in enumerate(mapping.headers):
                box.addItem(f"{chr(65 + c) if c < 26 else c + 1}: {header}"[:60], c)
            box.setCurrentIndex(max(0, box.findData(mapping.columns.get(field.id, -1))))
            self.combos[field.id] = box
            label = QLabel(field.text() + ":", self)
            label.setBuddy(box)
            row, pair = divmod(i, 2)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(box, row, pair * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        preview = QTableWidget(
            min(5, max(0, len(sheet.rows) - mapping.header_row - 1)), len(mapping.headers), self
        )
        preview.setHorizontalHeaderLabels(mapping.headers)
        preview.setMinimumHeight(90)
        preview.setMaximumHeight(170)
        for r in range(preview.rowCount()):
            for c in range(preview.columnCount()):
                value = sheet.cell(mapping.header_row + 1 + r, c)
                preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("The first rows:"), self))
        layout.addWidget(preview)
        # the columns that no field takes: named, and each may be kept in the objects' notes
        self.keep_list = QListWidget(self)
        self.keep_list.setObjectName("keepInNotes")
        for c in mapping.unmapped(sheet):
            item = QListWidgetItem(property_import.column_name(mapping, c), self.keep_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c)
        if self.keep_list.count():
            hint = QLabel(
                self.tr("Columns that are not imported (tick to keep them in the notes):"), self
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.keep_list.setMaximumHeight(110)
            layout.addWidget(self.keep_list)
        layout.addWidget(buttons)

    def mapping(self) -> Any:
        # the fields this form does not list (the app's own export: both names, coordinates…)
        columns = {f: c for f, c in self.base.columns.items() if f not in self.combos}
        columns.update(
            {f: box.currentData() for f, box in self.combos.items() if box.currentData() >= 0}
        )
        keep = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.keep_list.item(i) for i in range(self.keep_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return property_import.Mapping(self.base.header_row, columns, self.base.headers, keep)


class RegisterImport(QObject):
    """The import as the user goes through it: the file, its columns (:class:`MappingDialog`),
    the dry run's summary and question, then the apply in one transaction. ``imported`` tells
    the page to refresh; the dialogs it opens are parented to ``parent``."""

    imported = Signal()

    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws, self.parent_widget = ws, parent

    def start(self) -> None:
        parent = self.parent_widget
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import a register"), str(Path.home()), self.tr("Excel (*.xlsx)")
        )
        if not path:
            return
        try:
            sheet = property_import.read_workbook(Path(path))
            mapping = property_import.guess_mapping(sheet)
            editor = MappingDialog(sheet, mapping, parent)
            if not editor.exec():
                return
            check = wait_for_task(
                parent,
                self.tr("Checking the rows of the register…"),
                property_import.dry_run,
                self.ws,
                sheet,
                editor.mapping(),
            )
        except Cancelled:
            return  # the user asked for it; nothing was written
        except UserError as exc:
            QMessageBox.warning(parent, self.tr("Import"), str(exc))
            return
        lines = property_import.summary_lines(check, window=True)
        if len(lines) > 60:
            lines = [*lines[:50], "…", *lines[-(len(lines) - len(check.rejected)) :]]
        text = self.tr(
            "{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected."
        ).format(new=len(check.new), matched=len(check.matched), bad=len(check.rejected))
        answer = QMessageBox.question(
            parent,
            self.tr("Import"),
            text
            + ("\n\n" + "\n".join(lines) if lines else "")
            + "\n\n"
            + self.tr("Import the accepted rows?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                wait_for_task(
                    parent,
                    self.tr("Importing the register…"),
                    property_import.apply,
                    self.ws,
                    check,
                )
            except Cancelled:
                pass  # one transaction, rolled back: nothing was written
            except UserError as exc:  # one transaction: nothing was written
                QMessageBox.warning(parent, self.tr("Import"), str(exc))
            self.imported.emit()
