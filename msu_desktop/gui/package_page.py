"""Packages: export a period as a signed package (in the background, with progress and cancel),
the packages made so far with their check state, save a copy to a USB stick, open the PDF.
"Send now" asks the outbox (gui/outbox.py, owned by the main window) to send."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.errors import Cancelled, UserError
from msu_desktop.gui.outbox import Outbox
from msu_desktop.gui.workers import Task, default_failure, run_task, wait
from msu_desktop.services import delivery, delivery_paths
from msu_desktop.services.labels import period_name
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.progress import Cancel, Progress
from msu_exchange.report_package import verify_package

Index = QModelIndex | QPersistentModelIndex


@dataclass
class PackageRow:
    path: Path
    period: str
    sequence: int
    created: str
    valid: bool
    problem: str
    delivery: str = ""


def scan_outbox(folder: Path) -> list[PackageRow]:
    states = delivery.load(folder)
    rows = []
    for path in sorted(folder.glob("*.msupkg"), reverse=True) if folder.is_dir() else []:
        try:
            pkg = verify_package(path)
            rows.append(
                PackageRow(
                    path,
                    pkg.period,
                    pkg.sequence,
                    pkg.manifest["created"],
                    True,
                    "",
                    _delivery_text(states.get(path.name)),
                )
            )
        except UserError as exc:
            rows.append(PackageRow(path, "", 0, "", False, str(exc)))
    return rows


def copy_and_check(src: Path, folder: Path, *, progress: Progress, cancelled: Cancel) -> Path:
    """Copy a package to a USB stick and verify the copy (services/delivery_paths.py): a
    pulled stick is said so, never recreated on the local disk."""
    return delivery_paths.save_to_folder(src, folder, progress, cancelled)


def _delivery_text(d: delivery.Delivery | None) -> str:
    return delivery.state_label(d)  # built → saved / sent → received → accepted / returned


class PackageModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PackageRow] = []
        self.lang = lang

    def load(self, folder: Path) -> None:
        self.beginResetModel()
        self.rows = scan_outbox(folder)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Period"),
                self.tr("No."),
                self.tr("Created"),
                self.tr("Check"),
                self.tr("Delivery"),
                self.tr("File"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return period_name(row.period, self.lang) if row.period else ""
        if col == 1:
            return str(row.sequence) if row.sequence else ""
        if col == 2:
            return delivery.bishkek_time(row.created)  # Bishkek time, like the receipt
        if col == 3:
            return self.tr("valid, signed") if row.valid else row.problem
        if col == 4:
            return row.delivery
        return row.path.name


class PackagePage(QWidget):
    def __init__(
        self,
        ws: Workspace,
        lang: str,
        parent: QWidget | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.outbox = outbox if outbox is not None else Outbox(ws, self)
        self.setObjectName("packagePage")
        self._build_widgets(ws, lang)
        self._build_layout()
        self.task: Task | None = None
        self._connect_signals()
        self.refresh()

    def _build_widgets(self, ws: Workspace, lang: str) -> None:
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("exportPeriod")
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("Кыргызча", "ky")
        self.lang_combo.addItem("Русский", "ru")
        self.lang_combo.setCurrentIndex(0 if lang == "ky" else 1)
        self.export_button = QPushButton(self.tr("&Export package"), self)
        # the cover letter the report is an annex to: kept per period, printed in the header
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("outgoingNumber")
        self.number_edit.setPlaceholderText(self.tr("empty: written by hand"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("outgoingDate")
        self.date_edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.annex_edit = QLineEdit(self)
        self.annex_edit.setObjectName("annexNumber")
        self.annex_edit.setMaximumWidth(60)
        self.export_button.setObjectName("exportButton")
        self.save_button = QPushButton(self.tr("&Save a copy to USB…"), self)
        self.pdf_button = QPushButton(self.tr("Open the &PDF"), self)
        self.print_button = QPushButton(self.tr("Print pre&view…"), self)
        self.send_button = QPushButton(self.tr("Se&nd now"), self)
        self.receipt_button = QPushButton(self.tr("&Receipt (PDF)…"), self)
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.clicked.connect(self.save_receipt)
        self.url_edit = QLineEdit(ws.setting("upload_url"), self)
        self.url_edit.setPlaceholderText(
            self.tr("Upload address (leave empty to deliver by USB only)")
        )
        self.url_edit.editingFinished.connect(
            lambda: self.ws.set_setting("upload_url", self.url_edit.text().strip())
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = PackageModel(self, lang)
        self.table = QTableView(self)
        self.table.setObjectName("packageTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_combo)
        top.addWidget(QLabel(self.tr("Language:"), self))
        top.addWidget(self.lang_combo)
        top.addWidget(self.export_button)
        top.addStretch(1)
        letter = QHBoxLayout()
        letter.addWidget(QLabel(self.tr("Outgoing No.:"), self))
        letter.addWidget(self.number_edit, 1)
        letter.addWidget(QLabel(self.tr("of"), self))
        letter.addWidget(self.date_edit)
        letter.addWidget(QLabel(self.tr("Annex No.:"), self))
        letter.addWidget(self.annex_edit)
        letter.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.receipt_button)
        actions.addStretch(1)
        actions.addWidget(self.url_edit, 2)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(letter)
        layout.addWidget(self.status)
        # what the one-time import of the previous version's files could not read (issue 23)
        self.migration_problem = QLabel(self)
        self.migration_problem.setObjectName("migrationProblem")
        self.migration_problem.setWordWrap(True)
        self.migration_problem.setStyleSheet(
            "background: #fff4d6; border: 1px solid #d9b44a; padding: 6px;"
        )
        self.migration_problem.hide()
        layout.addWidget(self.migration_problem)
        self.empty_hint = QLabel(
            self.tr(
                "No package yet. Choose the period and the language above and press "
                "“Export package”: the app builds the Excel and PDF reports, signs them and "
                "keeps the package here, ready for a USB stick or for sending."
            ),
            self,
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; padding: 12px;")
        layout.addWidget(self.empty_hint)
        self.model.modelReset.connect(
            lambda: self.empty_hint.setVisible(self.model.rowCount() == 0)
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.export)
        # clicked(bool) must not arrive as the target folder: the folder is asked for
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.pdf_button.clicked.connect(self.open_pdf)
        self.send_button.clicked.connect(self.send_now)
        self.print_button.clicked.connect(self.print_preview)
        self.period_combo.currentIndexChanged.connect(self.show_letter)
        # the outbox sends on its own every few minutes too: the list follows what it did
        self.outbox.changed.connect(lambda: self.model.load(self.ws.outbox_dir))
        self.outbox.failed.connect(self.status.setText)
        self.outbox.started.connect(lambda: self.send_button.setEnabled(False))
        self.outbox.changed.connect(lambda: self.send_button.setEnabled(True))

    def refresh(self) -> None:
        from msu_desktop.services import report_service as rs

        current = self.period_combo.currentData()
        self.period_combo.clear()
        infos = rs.periods(self.ws)
        for info in infos:
            self.period_combo.addItem(period_name(info.id, self.lang), info.id)
        if not current:
            # what is sent is the latest period made complete or approved; before any, the
            # next one due
            ready = [i.id for i in infos if i.state != rpt.DRAFT]
            due = [i.id for i in infos if i.timeliness in ("current", "due_soon", "overdue")]
            current = ready[-1] if ready else (due[0] if due else None)
        if current:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current)))
        self.model.load(self.ws.outbox_dir)
        problem = delivery.migration_problem(self.ws.outbox_dir, self.lang)
        self.migration_problem.setText(problem)
        self.migration_problem.setVisible(bool(problem))

    def show_letter(self) -> None:
        """The outgoing number, date and annex kept for the chosen period."""
        from msu_desktop.services.package import outgoing

        period = self.period_combo.currentData()
        if not period:
            return
        kept = outgoing.load(self.ws, period)
        self.number_edit.setText(kept.number)
        self.date_edit.setText(kept.date.strftime("%d.%m.%Y") if kept.date else "")
        self.annex_edit.setText(kept.annex)

    # -- export ----------------------------------------------------------------------------
    def export(self) -> None:
        from msu_desktop.services.package import outgoing

        period = self.period_combo.currentData()
        if not period:
            return
        try:
            letter = outgoing.make(
                self.number_edit.text(), self.date_edit.text(), self.annex_edit.text()
            )
        except UserError as exc:
            self.status.setText(exc.message(self.lang))
            self.date_edit.setFocus()
            return
        if not self.confirm_not_approved(period):
            return
        self.export_button.setEnabled(False)
        self.task = run_task(
            self,
            self.tr("Building the package…"),
            build_package,
            self.ws,
            period,
            self.ws.outbox_dir,
            self.lang_combo.currentData(),
            outgoing=letter,
            on_done=self._exported,
            on_failed=self._failed,
        )
        self.progress = self.task.dialog

    def confirm_not_approved(self, period: str) -> bool:
        """A period the head has not approved is built only when the user says so, having read
        why (its state and how many problems the checks still find)."""
        from msu_desktop.services.package.build import readiness, readiness_warning

        warning = readiness_warning(readiness(self.ws, period), self.lang)
        if warning is None:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The report is not approved"),
            warning + "\n\n" + self.tr("Build the package anyway?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("notApprovedQuestion")
        build = box.addButton(self.tr("Build anyway"), QMessageBox.ButtonRole.AcceptRole)
        build.setObjectName("buildAnywayButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is build

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Package ready: {name}").format(name=path.name))
        self.model.load(self.ws.outbox_dir)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, UserError):  # a cancel too: "cancelled; nothing was written"
            self.status.setText(str(exc))
            return
        default_failure(self, exc)  # a bug: the crash log and dialog

    # -- the selected package --------------------------------------------------------------
    def selected(self) -> PackageRow | None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rows:
            return self.model.rows[0]
        return self.model.rows[idx.row()] if idx.isValid() else None

    def save_copy(self, target: Path | None = None) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        if target is None:
            drives = delivery_paths.removable_drives()
            start = str(drives[0]) if drives else str(Path.home())
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the package to…"), start)
            if not chosen:
                return None
            target = Path(chosen)
        dst = target / row.path.name
        saved: list[Path] = []

        def copied(_dst: Path) -> None:
            delivery_paths.record_saved(self.ws.outbox_dir, row.path, target)
            self.model.load(self.ws.outbox_dir)
            self.status.setText(self.tr("Saved and checked: {path}").format(path=dst))
            saved.append(dst)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError) and not isinstance(exc, Cancelled):
                QMessageBox.warning(self, self.tr("Package"), str(exc))
            else:
                default_failure(self, exc)

        task = run_task(
            self,
            self.tr("Saving the package to {folder}…").format(folder=target),
            copy_and_check,
            row.path,
            target,
            on_done=copied,
            on_failed=failed,
        )
        wait(task)  # the caller gets the copy's path
        return saved[0] if saved else None

    def save_receipt(self) -> Path | None:
        from msu_desktop.gui.delivery_status import save_receipt_pdf

        row = self.selected()
        return None if row is None else save_receipt_pdf(self, self.ws, row.path)

    def send_now(self) -> bool:
        """Send what waits in the outbox now (Send now), whatever wait a failure left; False
        if there is nothing to do (no address: the user is told so)."""
        return self.outbox.send_now(self)

    def extract_pdf(self) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        with zipfile.ZipFile(row.path) as zf:
            name = next((n for n in zf.namelist() if n.endswith(".pdf")), None)
            if name is None:
                return None
            folder = Path(tempfile.mkdtemp(prefix="msu-pdf-"))
            zf.extract(name, folder)
        return folder / name

    def open_pdf(self) -> None:
        pdf = self.extract_pdf()
        if pdf is None or QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))):
            return
        # no PDF viewer registered (a fresh Windows without one): say so and offer the rest
        box = QMessageBox(self)
        box.setObjectName("noPdfViewer")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Package"))
        box.setText(
            self.tr(
                "No program to show PDF files is installed on this computer. The report can "
                "be seen and printed here, or its folder opened:\n{path}"
            ).format(path=pdf)
        )
        preview = box.addButton(self.tr("Pre&view here"), QMessageBox.ButtonRole.AcceptRole)
        folder = box.addButton(self.tr("Show the &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is preview:
            self.print_preview()
        elif box.clickedButton() is folder and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(pdf.parent))
        ):
            QMessageBox.information(self, self.tr("Package"), str(pdf.parent))

    def print_preview(self) -> None:
        from msu_desktop.gui.printing import preview_pdf

        pdf = self.extract_pdf()
        if pdf is not None:
            self.print_job = preview_pdf(pdf, self)
