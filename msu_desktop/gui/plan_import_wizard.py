"""The plan-import wizard: choose a package (USB sticks first) → its check and what would change
→ install (in the background, after a backup) → done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.gui.workers import default_failure, run_task
from msu_desktop.services import delivery_paths
from msu_desktop.services.labels import programme_name
from msu_desktop.services.plan_package.apply import (
    PlanImport,
    apply_plan_package,
    check_plan_package,
)
from msu_desktop.services.workspace import Workspace
from msu_exchange.progress import Cancel, Progress


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the plan package"))
        self.setSubTitle(
            self.tr("The agency sends plan updates as .msuplan files, usually on a USB stick.")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("planPackagePath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _browse(self) -> None:
        drives = delivery_paths.removable_drives()
        start = str(drives[0]) if drives else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Plan package"), start, self.tr("Plan packages (*.msuplan)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()


class CheckPage(QWizardPage):
    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check and changes"))
        # installing cannot be taken back: "Install" replaces "Next", and after it there is no
        # Back and no Cancel, only Finish
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Install"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("planImportChanges")
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.ok = False

    def initializePage(self) -> None:
        self.ok = False
        try:
            self.wiz.check = check_plan_package(self.wiz.ws, self.wiz.chosen_path())
        except UserError as exc:
            self.text.setPlainText(self.tr("The package was refused:") + "\n\n" + str(exc))
            self.completeChanged.emit()
            return
        signers = ", ".join(k.fingerprint for k in self.wiz.check.package.signers)
        lines = [self.tr("Signed by the agency key {fp}.").format(fp=signers), ""]
        lines += self.wiz.check.diff.lines(i18n.language())
        lines += [
            "",
            self.tr(
                "A backup is made before the plan is installed. Reports stay with their measures."
            ),
        ]
        self.text.setPlainText("\n".join(lines))
        self.ok = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ok


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Done"))
        self.label = QLabel(self)
        self.label.setObjectName("planImportResult")
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)


class PlanImportWizard(QWizard):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.check: PlanImport | None = None
        self.outcome: PlanImport | None = None
        self.setWindowTitle(self.tr("Import a plan package"))
        self.choose = ChooseFilePage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose, self.check_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.currentIdChanged.connect(self._on_page)

    def chosen_path(self) -> Path:
        return Path(self.choose.path_edit.text().strip())

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self.done_page:
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
            self._task = run_task(
                self,
                self.tr("Installing the plan…"),
                self._apply,
                on_done=self._applied,
                on_failed=self._failed,
            )

    def reject(self) -> None:
        # Escape or the title bar's close on the last page: the plan is installed (or the
        # installation is under way); closing then is finishing, not cancelling
        if self.currentPage() is self.done_page:
            if self.button(QWizard.WizardButton.FinishButton).isEnabled():
                self.accept()
            return
        super().reject()

    def _apply(self, *, progress: Progress, cancelled: Cancel) -> PlanImport:
        progress(10)
        return apply_plan_package(self.ws, self.chosen_path())

    def _applied(self, result: PlanImport) -> None:
        self.outcome = result
        plan = result.package.plan
        self.done_page.label.setText(
            self.tr("Installed: {programme}, version {version}. Backup: {backup}").format(
                programme=programme_name(plan, i18n.language()),
                version=plan.version,
                backup=result.backup,
            )
        )
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.done_page.label.setText(str(exc) if isinstance(exc, UserError) else repr(exc))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, UserError):
            default_failure(self, exc)  # a bug: the crash log and dialog
