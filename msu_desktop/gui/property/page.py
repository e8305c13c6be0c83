"""The property register page: the table, its filters and totals, and the buttons that open the
dialogs of gui/property/ (each passed what it needs; they report back by signals or by
their result, never through the page)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import property as prop
from msu_desktop.domain.numbers import amount
from msu_desktop.errors import Cancelled, UserError
from msu_desktop.gui.fit import flow_bar
from msu_desktop.gui.property.decision_dialog import DecisionDialog
from msu_desktop.gui.property.files_dialog import FilesDialog
from msu_desktop.gui.property.lease_dialogs import AllLeasesDialog, ObjectLeasesDialog
from msu_desktop.gui.property.models import PropertyFilter, PropertyTableModel
from msu_desktop.gui.property.object_dialog import ObjectDialog
from msu_desktop.gui.property.object_history import object_history_dialog
from msu_desktop.gui.property.revaluation_dialog import RevaluationDialog
from msu_desktop.gui.property.widgets import date_of, wait_for_task
from msu_desktop.i18n import pick
from msu_desktop.services import property_service as ps
from msu_desktop.services.property import transfer
from msu_desktop.services.workspace import Workspace


class PropertyPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("propertyPage")
        data = ps.categories()
        self._default_units = {c["id"]: c.get("unit", "") for c in data["categories"]}
        self._unit_labels = {u["id"]: pick(u["label"], lang) for u in data["units"]}
        self._make_table()
        self.totals = QLabel(self)
        self.totals.setObjectName("propertyTotals")
        self.totals.setWordWrap(True)
        self.leases_label = QLabel(self)
        self.leases_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("propertyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #2e7d32;")
        self.empty_hint = QLabel(
            self.tr(
                "The register is empty. Press “Add object…” to enter a building, a plot of land "
                "or other property, or “Import from Excel…” to bring in the register you keep "
                "in Excel."
            ),
            self,
        )
        self.empty_hint.setObjectName("propertyEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; padding: 12px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self._make_filters())
        layout.addWidget(self.leases_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        layout.addWidget(self._make_buttons())
        self.refresh()

    def _make_table(self) -> None:
        self.model = PropertyTableModel(self.lang, self)
        self.proxy = PropertyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("propertyTable")
        self.table.setModel(self.proxy)
        # The register comes from the database in inventory-number order, which is how it opens
        # (the arrow on that column says so); the proxy sorts only when a heading is clicked,
        # which spares sorting 10,000 rows through Python every time the page is filled.
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self._size_columns()
        self.table.doubleClicked.connect(self._double_clicked)

    def _make_filters(self) -> QWidget:
        """The search and the filters, on lines that wrap rather than widen the window."""
        self.search = QLineEdit(self)
        self.search.setObjectName("propertySearch")
        self.search.setPlaceholderText(self.tr("Search: number, name, address, ЕНИ…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        data = ps.categories()
        self.category_filter = self._combo(self.tr("All categories"), data["categories"])
        self.use_filter = self._combo(self.tr("Any use"), data["uses"])
        self.condition_filter = self._combo(self.tr("Any condition"), data["conditions"])
        self.village_filter = QComboBox(self)
        # objects brought in from one predecessor after a merger (issue 25): shown only when
        # some were brought in
        self.predecessor_filter = QComboBox(self)
        self.predecessor_filter.setObjectName("predecessorFilter")
        self.origins: dict[str, frozenset[int]] = {}
        self.disposed_check = QCheckBox(self.tr("Show written off and sold"), self)
        self.search.textChanged.connect(lambda t: self._filter(text=t))
        for box, key in (
            (self.category_filter, "category"),
            (self.use_filter, "use"),
            (self.condition_filter, "condition"),
            (self.village_filter, "village"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, box=box, key=key: self._filter(**{key: box.currentData() or ""})
            )
        self.disposed_check.toggled.connect(lambda on: self._filter(show_disposed=on))
        self.predecessor_filter.currentIndexChanged.connect(
            lambda _i: self._filter(
                object_ids=self.origins.get(self.predecessor_filter.currentData())
            )
        )
        return flow_bar(
            self,
            [
                self.search,
                self.category_filter,
                self.use_filter,
                self.condition_filter,
                self.village_filter,
                self.predecessor_filter,
                self.disposed_check,
            ],
            "propertyFilters",
        )

    def _make_buttons(self) -> QWidget:
        """The buttons, on lines that wrap; Export… opens its menu."""
        buttons: list[QWidget] = []
        for text, slot in (
            (self.tr("&Add object…"), self.add_object),
            (self.tr("&Edit…"), self.edit_object),
            (self.tr("&Lease…"), self.add_lease),
            (self.tr("All lea&ses"), self.show_leases),
            (self.tr("&Revalue…"), self.revalue),
            (self.tr("Council &decision…"), self.record_decision),
            (self.tr("&Write off…"), self.write_off),
            (self.tr("&History"), self.show_history),
            (self.tr("&Photos and documents…"), self.show_files),
            (self.tr("&Import from Excel…"), self.import_excel),
            (self.tr("From a pre&decessor…"), self.bring_in),
            (self.tr("E&xport…"), self.export_excel),
        ):
            b = QPushButton(text, self)
            b.setObjectName(f"{slot.__name__}Button")
            if slot == self.export_excel:
                b.setMenu(self._export_menu())  # what to export: the menu below
            else:
                b.clicked.connect(lambda _checked=False, slot=slot: self._act(slot))
            buttons.append(b)
        return flow_bar(self, buttons, "propertyButtons")

    def _size_columns(self) -> None:
        """Each column as wide as the field registry says, and never narrower than its heading
        (the sort arrow included); the name takes what is left, not half the table."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        name = PropertyTableModel.COLUMNS.index("name")
        for i, (_key, label, chars) in enumerate(ps.table_columns(self.lang)):
            header.resizeSection(
                i, max(metrics.horizontalAdvance(label) + 32, metrics.averageCharWidth() * chars)
            )
            if i != name:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(name, QHeaderView.ResizeMode.Stretch)

    def _export_menu(self) -> QMenu:
        """Export…: the register, its public version and the blank register to fill in, each
        to Excel. :meth:`add_export_action` adds another way (the register as a PDF)."""
        self.export_menu = QMenu(self)
        self.export_menu.setObjectName("propertyExportMenu")
        for name, text, kind in (
            ("exportFullAction", self.tr("The register (Excel)…"), "full"),
            ("exportPublicAction", self.tr("The public version (Excel)…"), "public"),
            ("exportBlankAction", self.tr("A blank register to fill in (Excel)…"), "blank"),
        ):
            self.add_export_action(text, lambda kind=kind: self.export_excel(kind), name)
        self.export_menu.addSeparator()
        for name, text, public in (
            ("exportPdfAction", self.tr("The register (PDF, to print)…"), False),
            ("exportPublicPdfAction", self.tr("The public version (PDF, to print)…"), True),
        ):
            self.add_export_action(text, lambda public=public: self.export_pdf(public), name)
        return self.export_menu

    def export_pdf(self, public: bool = False) -> None:
        """The register as a PDF to print and sign: as of the work date, totals per unit
        (``public``: private lessees hidden), written in the background with progress."""
        from msu_desktop.gui.printing import save_register_pdf

        def saved(path: Path) -> None:
            self.say(self.tr("Saved: {path}").format(path=path))

        save_register_pdf(self, self.ws, self.lang, public=public, on_saved=saved)

    def add_export_action(self, text: str, slot: Any, name: str = "") -> QAction:
        """One more entry of the Export… menu; ``slot()`` runs when it is chosen (the status
        line is cleared first, as for every button)."""
        action = self.export_menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._act(slot))
        return action

    def _act(self, slot: Any) -> None:
        """A button's action: the status line says only what this action did."""
        self.say("")
        slot()

    def _combo(self, all_label: str, items: list[dict[str, Any]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(all_label, "")
        for item in items:
            box.addItem(pick(item["label"], self.lang), item["id"])
        return box

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.proxy.sortColumn() < 0 and column == 0 and order == Qt.SortOrder.AscendingOrder:
            return  # the database's own order
        self.proxy.sort(column, order)

    def refresh(self) -> None:
        """Read the register again; the selected object stays selected (after any dialog)."""
        selected = self.selected_id()
        self.model.load(ps.list_rows(self.ws))
        if selected is not None:
            self._reselect(selected)
        self.empty_hint.setVisible(not self.model.rows)
        villages = sorted({r.village for r in self.model.rows if r.village})
        current = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        for v in villages:
            self.village_filter.addItem(v, v)
        self.village_filter.setCurrentIndex(max(0, self.village_filter.findData(current)))
        self.village_filter.blockSignals(False)
        self._load_origins()
        leases = ps.leases(self.ws)
        soon = [le for le in leases if le.state == "ending_soon"]
        expired = [
            le for le in leases if le.state == "expired" and le.end.year >= self.ws.today().year - 1
        ]
        self.leases_label.setText(
            self.tr("Leases ending within 60 days: {soon}; expired: {expired}.").format(
                soon=", ".join(f"{le.inventory_number} ({le.end:%d.%m.%Y})" for le in soon) or "—",
                expired=", ".join(f"{le.inventory_number} ({le.end:%d.%m.%Y})" for le in expired)
                or "—",
            )
        )
        self._update_totals()

    def _load_origins(self) -> None:
        """The predecessor filter: one entry per predecessor whose objects were brought in;
        the button that brings one in is shown where the directory names predecessors."""
        names = {r.soate: r.label(self.lang) for r in transfer.predecessor_records(self.ws)}
        self.origins = {
            code: frozenset(ids) for code, ids in transfer.transferred_from(self.ws).items()
        }
        current = self.predecessor_filter.currentData()
        box = self.predecessor_filter
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Any origin"), "")
        for code in self.origins:
            box.addItem(
                self.tr("From {predecessor}").format(predecessor=names.get(code, code)), code
            )
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        box.setVisible(bool(self.origins))
        self.proxy.set_filter(object_ids=self.origins.get(box.currentData()))
        bring_in = self.findChild(QPushButton, "bring_inButton")
        if bring_in is not None:
            bring_in.setVisible(bool(names))

    def bring_in(self) -> None:
        """A predecessor's register (its backup, data folder or Excel file), with a dry run."""
        from msu_desktop.gui.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.ws, self.lang, self)
        dialog.exec()
        if dialog.done_any:
            self.refresh()
            self.say(self.tr("The predecessor's register was brought in."))

    def _filter(self, **kw: Any) -> None:
        self.proxy.set_filter(**kw)
        self._update_totals()

    def _update_totals(self) -> None:
        shown = self.proxy.accepted()  # the proxy's rows, without one index per row
        default_unit = self._default_units
        value = math.fsum(row.book_value for row in shown if row.book_value)
        by_unit = prop.totals_by_unit(
            (row.unit or default_unit.get(row.category, ""), row.area) for row in shown
        )
        labels = self._unit_labels
        areas = " + ".join(
            f"{amount(total)} {labels.get(unit, unit)}".strip()
            for unit, total in sorted(by_unit.items())
        )
        self.totals.setText(
            self.tr(
                "Shown: %n object(s) · area {area} · book value {value} som", "", len(shown)
            ).format(area=areas or "—", value=amount(value))
        )

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(idx).row()].id

    def add_object(self) -> None:
        dlg = ObjectDialog(self.ws, self.lang, None, self)
        if dlg.exec() and dlg.object_id is not None:
            self.refresh()
            self.select_object(dlg.object_id)
            row = next((r for r in self.model.rows if r.id == dlg.object_id), None)
            self.say(
                self.tr("Object added: {number} {name}").format(
                    number=row.inventory_number if row else "",
                    name=self.model._name(row) if row else "",
                )
            )

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _reselect(self, object_id: int) -> bool:
        """Select the object's row again if the filters show it (they are left as they are)."""
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if self.model.rows[self.proxy.mapToSource(idx).row()].id == object_id:
                self.table.selectRow(r)
                self.table.scrollTo(idx)
                return True
        return False

    def select_object(self, object_id: int) -> bool:
        """Select the object's row and scroll to it; filters that hide it are cleared."""
        for attempt in range(2):
            if self._reselect(object_id):
                self.table.scrollTo(
                    self.table.currentIndex(), QTableView.ScrollHint.PositionAtCenter
                )
                return True
            if attempt == 0:
                self.search.clear()
                for box in (
                    self.category_filter,
                    self.use_filter,
                    self.condition_filter,
                    self.village_filter,
                ):
                    box.setCurrentIndex(0)
        return False

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_object()

    def edit_object(self) -> None:
        oid = self.selected_id()
        if oid is not None and ObjectDialog(self.ws, self.lang, oid, self).exec():
            self.refresh()
            row = next((r for r in self.model.rows if r.id == oid), None)
            if row is not None:
                self.say(
                    self.tr("Object saved: {number} {name}").format(
                        number=row.inventory_number, name=self.model._name(row)
                    )
                )

    def add_lease(self) -> None:
        """The selected object's leases: the list, with Add and Edit."""
        oid = self.selected_id()
        if oid is None:
            self.say(self.tr("Select an object first."))
            return
        dlg = ObjectLeasesDialog(self.ws, oid, self)
        dlg.changed.connect(self.refresh)
        self.object_leases_dialog = dlg
        dlg.show()

    def write_off(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = DecisionDialog(self)
        if not dlg.exec():
            return
        draft = dlg.draft()
        row = next(r for r in self.model.rows if r.id == oid)
        what = f"{row.inventory_number} «{self.model._name(row)}»"
        question = (
            self.tr(
                "Write off {object} by the council decision No. {number} of {date}?\n\n"
                "The object stays in the register as written off, with the decision; its "
                "leases end. This cannot be undone."
            )
            if draft.kind == "write_off"
            else self.tr(
                "Sell {object} by the council decision No. {number} of {date}?\n\n"
                "The object stays in the register as sold, with the decision; its leases "
                "end. This cannot be undone."
            )
        ).format(object=what, number=draft.number.strip(), date=f"{draft.date:%d.%m.%Y}")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Write off"), question, parent=self)
        box.setObjectName("confirmWriteOff")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            self.say(self.tr("Nothing was written off."))
            return
        try:
            ps.dispose(self.ws, oid, draft)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Write off"), str(exc))
            return
        self.refresh()
        self.say(
            (
                self.tr("Written off: {object}")
                if draft.kind == "write_off"
                else self.tr("Sold: {object}")
            ).format(object=what)
        )

    def show_history(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        self.history_dialog = object_history_dialog(self.ws, oid, self.lang, self)
        self.history_dialog.show()

    def show_leases(self) -> None:
        self.leases_dialog = AllLeasesDialog(self.ws, self)
        self.leases_dialog.show()

    def record_decision(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = DecisionDialog(self, kinds=True)
        if dlg.exec():
            try:
                ps.add_decision(self.ws, dlg.draft(), [oid])
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Council decision"), str(exc))
            self.refresh()

    def revalue(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        dlg = RevaluationDialog(self)
        if dlg.exec():
            try:
                ps.add_revaluation(
                    self.ws,
                    oid,
                    date_of(dlg.date),
                    dlg.book.value(),
                    dlg.residual.value() or None,
                    dlg.basis.text(),
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Revaluation"), str(exc))
            self.refresh()

    def show_files(self) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        self.files_dialog = FilesDialog(self.ws, oid, self)
        self.files_dialog.show()

    def import_excel(self) -> None:
        """The register from Excel: the file, its columns, the dry run, then the apply."""
        # the Excel reader (openpyxl) is loaded when it is first used, not with the page
        from msu_desktop.gui.property.mapping_dialog import RegisterImport

        self.register_import = RegisterImport(self.ws, self)
        self.register_import.imported.connect(self.refresh)
        self.register_import.start()

    def export_excel(self, kind: str = "full") -> None:
        """The register to Excel: ``full`` (every field), ``public`` (private lessees hidden,
        internal notes left out) or ``blank`` (the register's columns, to be filled in)."""
        from msu_desktop.gui.save_dialogs import confirm_saved, save_file_name

        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""
        if kind == "blank":
            default = self.tr("Blank property register.xlsx")
        elif kind == "public":
            default = self.tr("Property register, public version — {name}.xlsx").format(name=name)
        else:
            default = (
                self.tr("Property register — {name}.xlsx").format(name=name)
                if name
                else self.tr("Property register.xlsx")
            )
        path = save_file_name(
            self, self.ws, self.tr("Export the register"), default, self.tr("Excel (*.xlsx)")
        )
        if path is None:
            return
        from msu_desktop.services.export import register_xlsx  # openpyxl: loaded when used

        try:
            wait_for_task(
                self,
                self.tr("Writing the register…"),
                register_xlsx.write_register,
                self.ws,
                path,
                self.lang,
                public=kind == "public",
                template=kind == "blank",
            )
        except Cancelled:
            return  # nothing was written
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        confirm_saved(self, self.tr("Export the register"), path)
        self.say(self.tr("Saved: {path}").format(path=path))
