"""The plan-import wizard and the restore action, driven offscreen."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox, QWizard

from msu_desktop.domain.municipality import Municipality
from msu_desktop.services import backup
from msu_desktop.services.plan_package.build import build_plan_package
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import ROOT
from tests.services.plan_package.test_plan_package import plan_v2


def _agency_key() -> SecretKey:
    return SecretKey.from_pem(
        (ROOT / "packaging" / "dev-keys" / "agency-dev.key").read_bytes(),
        b"development-only-not-secret",  # TEST key
    )


def test_wizard_checks_shows_changes_and_installs(qtbot, ws, tmp_path) -> None:
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard

    v1 = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    pkg = build_plan_package(plan_v2(v1), [_agency_key()], tmp_path / "v2.msuplan")
    wizard = PlanImportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path_edit.setText(str(pkg))
    wizard.next()
    assert "3.3.2" in wizard.check_page.text.toPlainText()
    assert wizard.check_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=30_000)
    assert ws.plan().version == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_wizard_refuses_a_tampered_package(qtbot, ws, tmp_path) -> None:
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard

    bad = tmp_path / "bad.msuplan"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    wizard = PlanImportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path_edit.setText(str(bad))
    wizard.next()
    assert "refused" in wizard.check_page.text.toPlainText()
    assert not wizard.check_page.isComplete()
    assert ws.plan().version == 1


def test_restore_from_the_menu_reloads_the_window(qtbot, ws_with_municipality, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from msu_desktop.gui.main_window import MainWindow

    ws = ws_with_municipality
    saved = backup.create_backup(ws, "manual")
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Жаңы", name_ru="Новое имя"))
    win = MainWindow(ws, "ru")
    qtbot.addWidget(win)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(win.reload_requested):
        win.restore_backup()
    assert ws.municipality().name_ru == "Дарыинский айылный аймак"
