"""The buttons inside the dialogs the pages open (issue 23: the UI-coverage test lists them),
pressed through the real window as a user does, in Kyrgyz and Russian: a value's history and
its comments, an object's files, a revaluation, a lease, the import's column editor and the
plan wizard's Browse and Back. Choosing a file in the system's file dialog is the one step
given (``QFileDialog.getOpenFileName`` answers with the file, as other GUI tests do)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWizard,
)

from msu_desktop.services import property_service as ps
from tests.conftest import ROOT
from tests.gui.dialogs import expect
from tests.gui.user import click, click_row, go

pytestmark = pytest.mark.parametrize("app_window", ["ky", "ru"], indirect=True)


def std(dialog: QDialog, role: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(role)
    assert button is not None
    return button


def test_a_values_history_and_comments_close_and_cancel(app_window, qtbot) -> None:
    from msu_desktop.services import report_service as rs

    page = go(qtbot, app_window, "reports")
    row = page.form.rows["done"]
    page.form.fields_scroll.ensureWidgetVisible(row.history_btn)
    click(qtbot, row.history_btn)
    history = page.dialog
    assert history is not None and history.objectName() == "historyDialog"
    click(qtbot, std(history, QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: not history.isVisible())
    before = rs.comments(page.ws, page.current_period, page.current_code, "done")
    click(qtbot, row.comment_btn)
    comments = page.dialog
    assert comments is not None and comments.objectName() != "historyDialog"
    comments.text_edit.setPlainText("не сохранять")
    click(qtbot, std(comments, QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not comments.isVisible())
    assert rs.comments(page.ws, page.current_period, page.current_code, "done") == before


def test_an_objects_files_revaluation_and_lease(app_window, qtbot, tmp_path, monkeypatch) -> None:
    page = go(qtbot, app_window, "property")
    click_row(qtbot, page.table, 0)
    oid = page.selected_id()
    assert oid is not None
    # Files → Add…: the photo chosen in the file dialog is stored
    photo = tmp_path / "фото.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    assert image.save(str(photo))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )
    click(qtbot, page.findChild(QPushButton, "show_filesButton"))
    files = page.files_dialog
    add = next(b for b in files.findChildren(QPushButton) if b.text().endswith("…"))
    count = files.list.count()
    click(qtbot, add)
    assert files.list.count() == count + 1
    files.close()
    # Revaluation → OK: the new book value is kept with its date and basis
    history_before = len(ps.history(app_window.ws, oid))

    def revalue(dlg) -> None:
        dlg.book.setValue(123456.0)
        dlg.basis.setText("Акт оценки №5")
        std(dlg, QDialogButtonBox.StandardButton.Ok).click()

    with expect(revalue, kind=QDialog):
        click(qtbot, page.findChild(QPushButton, "revalueButton"))
    assert len(ps.history(app_window.ws, oid)) > history_before
    # Leases → Add lease…: "a private person" ticked, then Cancel: nothing is added
    click_row(qtbot, page.table, 0)  # (the register is read anew after a revaluation)
    click(qtbot, page.findChild(QPushButton, "add_leaseButton"))
    leases = page.object_leases_dialog
    before = leases.table.model().rowCount()

    def cancel_lease(dlg) -> None:
        person = dlg.findChild(QCheckBox, "person")
        person.click()
        assert person.isChecked()
        std(dlg, QDialogButtonBox.StandardButton.Cancel).click()

    with expect(cancel_lease, name="leaseDialog"):
        click(qtbot, leases.add_btn)
    assert leases.table.model().rowCount() == before
    leases.close()


def test_the_column_editor_cancel_imports_nothing(app_window, qtbot, tmp_path, monkeypatch):
    from tests.services.property.test_property import messy_register

    page = go(qtbot, app_window, "property")
    before = len(ps.list_rows(app_window.ws))
    register = messy_register(tmp_path / "r.xlsx", fix=True)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(register), ""))
    )
    with expect(lambda d: std(d, QDialogButtonBox.StandardButton.Cancel).click(), kind=QDialog):
        click(qtbot, page.findChild(QPushButton, "import_excelButton"))
    assert len(ps.list_rows(app_window.ws)) == before


def test_the_plan_wizard_browse_and_back(app_window, qtbot, tmp_path, monkeypatch) -> None:
    from msu_agency.plan_build import build_plan_package
    from tests.gui.test_gui_plan_import import _agency_key
    from tests.services.plan_package.test_plan_package import plan_v2

    v1 = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    pkg = build_plan_package(plan_v2(v1), [_agency_key()], tmp_path / "v2.msuplan")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pkg), ""))
    )
    seen: list[str] = []

    def browse_next_back_cancel(wizard) -> None:
        assert isinstance(wizard, QWizard)
        browse = next(b for b in wizard.choose.findChildren(QPushButton))
        browse.click()
        seen.append(wizard.choose.path_edit.text())
        wizard.button(QWizard.WizardButton.NextButton).click()
        seen.append(wizard.check_page.text.toPlainText())
        wizard.button(QWizard.WizardButton.BackButton).click()
        seen.append(str(wizard.currentPage() is wizard.choose))
        wizard.button(QWizard.WizardButton.CancelButton).click()

    version = app_window.ws.plan().version
    with expect(browse_next_back_cancel, kind=QWizard):
        app_window.import_plan_action.trigger()
    assert seen[0] == str(pkg) and "3.3.2" in seen[1] and seen[2] == "True"
    assert app_window.ws.plan().version == version  # cancelled: nothing installed
