"""Bring in a predecessor's register after a merger: pick its backup, its data folder or the
Excel register it kept (then say whose it is), check (a dry run that lists what would come and
which numbers change), then bring it in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.errors import UserError
from msu_desktop.services.property import transfer
from msu_desktop.services.workspace import Workspace


class TransferDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Bring in a predecessor's data"))
        intro = QLabel(
            self.tr(
                "Choose the backup (.zip) or the data folder of this app from a municipality "
                "that was merged into yours, or the Excel register it kept. Check shows what "
                "would come; nothing is changed until you press Bring in. Its data is only read."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("transferPathEdit")
        self.path_edit.setPlaceholderText(self.tr("Backup file or data folder"))
        self.file_button = QPushButton(self.tr("Backup file…"), self)
        self.file_button.setObjectName("transferFileButton")
        self.folder_button = QPushButton(self.tr("Data folder…"), self)
        self.folder_button.setObjectName("transferFolderButton")
        self.excel_button = QPushButton(self.tr("Excel register…"), self)
        self.excel_button.setObjectName("transferExcelButton")
        self.file_button.clicked.connect(self._pick_file)
        self.folder_button.clicked.connect(self._pick_folder)
        self.excel_button.clicked.connect(self._pick_excel)
        # whose Excel register it is (a backup or a data folder says so itself)
        self.whose_label = QLabel(self.tr("The Excel register of:"), self)
        self.predecessor = QComboBox(self)
        self.predecessor.setObjectName("transferPredecessor")
        for rec in transfer.predecessor_records(ws):
            self.predecessor.addItem(rec.label(lang), rec.soate)
        self.whose_label.setBuddy(self.predecessor)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("transferResult")
        self.output.setReadOnly(True)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("transferCheckButton")
        self.run_button = QPushButton(self.tr("Bring in"), self)
        self.run_button.setObjectName("transferRunButton")
        self.run_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("transferCloseButton")
        self.check_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.bring_in)
        self.close_button.clicked.connect(self.accept)
        self.path_edit.textChanged.connect(self._path_changed)
        pick = QHBoxLayout()
        pick.addWidget(self.path_edit, 1)
        pick.addWidget(self.file_button)
        pick.addWidget(self.folder_button)
        pick.addWidget(self.excel_button)
        whose = QHBoxLayout()
        whose.addWidget(self.whose_label)
        whose.addWidget(self.predecessor, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pick)
        layout.addLayout(whose)
        layout.addWidget(self.output, 1)
        layout.addLayout(buttons)
        self.resize(700, 420)
        self.done_any = False
        self.would_bring = False
        self._path_changed("")

    def _is_excel(self) -> bool:
        return self.path_edit.text().strip().lower().endswith(".xlsx")

    def _path_changed(self, _text: str) -> None:
        self.run_button.setEnabled(False)
        self.whose_label.setVisible(self._is_excel())
        self.predecessor.setVisible(self._is_excel())

    def _pick_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Excel register"), "", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.path_edit.setText(path)

    def _run(self, source: Path, dry_run: bool) -> list[str]:
        """The transfer (or its dry run) of what was chosen: its lines, in the window's words."""
        if self._is_excel():
            code = self.predecessor.currentData()
            if not code:
                raise UserError(
                    "The installed directory names no predecessor of this municipality; "
                    "nothing was changed."
                )
            plan, lines = transfer.transfer_excel(self.ws, source, code, dry_run=dry_run)
            return [*plan.lines(self.lang), *lines]
        plan = transfer.transfer(self.ws, source, dry_run=dry_run)
        self.would_bring = bool(plan.new_objects) or plan.decisions > 0
        return plan.lines(self.lang)

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("Backups (*.zip)")
        )
        if path:
            self.path_edit.setText(path)

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Data folder"))
        if path:
            self.path_edit.setText(path)

    def _source(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self.output.setPlainText(self.tr("Choose a backup file or a data folder first."))
            return None
        return Path(text)

    def check(self) -> None:
        source = self._source()
        if source is None:
            return
        self.would_bring = True
        try:
            lines = self._run(source, dry_run=True)
        except UserError as exc:
            self.output.setPlainText(str(exc))
            self.run_button.setEnabled(False)
            return
        self.output.setPlainText("\n".join(lines))
        self.run_button.setEnabled(self.would_bring)

    def bring_in(self) -> None:
        source = self._source()
        if source is None:
            return
        try:
            lines = self._run(source, dry_run=False)
        except UserError as exc:
            self.output.setPlainText(str(exc))
            return
        self.done_any = True
        self.run_button.setEnabled(False)
        self.output.setPlainText("\n".join([self.tr("Done: brought in as checked."), *lines]))
