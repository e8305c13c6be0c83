"""Every other button of every page and every menu action, pressed in the real main window the
way a person presses it, with each dialog that opens answered by the test (tests/gui/user.py).
The half-year itself is tests/gui/test_user_path_halfyear.py; which controls no test pressed
is listed by tests/gui/test_user_path_coverage.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWizard,
)

from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services.package.build import build_package
from tests.conftest import type_text
from tests.gui.dialogs import expect
from tests.gui.user import (
    choose_from_menu,
    click,
    click_row,
    go,
    pdf_text,
    press_box,
    press_std,
    when_modal,
    when_saved,
)

LANGS = ["ky", "ru"]


def trigger(qtbot, action) -> None:
    assert action.isEnabled() and action.isVisible(), action.text()
    action.trigger()


def escape(dialog) -> None:
    """Close a dialog the way a person does without a Close button: the Escape key."""
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def button(page, name: str) -> QPushButton:
    b = page.findChild(QPushButton, name)
    assert b is not None, name
    return b


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_the_file_and_help_menus(app_window, qtbot, tmp_path, monkeypatch) -> None:
    win = app_window
    # About: read and closed
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok))
    trigger(qtbot, win.about_action)
    assert seen and str(win.ws.data_dir) in seen[0]
    # the municipality: opened, looked at, cancelled
    seen = when_modal(lambda d: press_std(d, QDialogButtonBox.StandardButton.Cancel))
    trigger(qtbot, win.municipality_action)
    assert seen
    # a backup to a USB folder, confirmed with its path
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok), timeout_ms=60_000)
    trigger(qtbot, win.backup_action)
    seen.wait()
    backups = list(usb.glob("msu-backup-*.zip"))
    assert len(backups) == 1 and str(usb) in seen[0]
    # restoring it is asked first; "No" leaves everything as it is
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backups[0]), ""))
    seen = when_modal(press_box(QMessageBox.StandardButton.No))
    trigger(qtbot, win.restore_action)
    assert seen and win.isVisible()

    # the plan import wizard: opened, cancelled
    def cancel_wizard(w) -> None:
        assert isinstance(w, QWizard)
        w.button(QWizard.WizardButton.CancelButton).click()

    seen = when_modal(cancel_wizard)
    trigger(qtbot, win.import_plan_action)
    assert seen
    # Quit closes the window
    trigger(qtbot, win.quit_action)
    assert not win.isVisible()


def test_switching_the_language_from_the_menu(qtbot, demo_template, tmp_path) -> None:
    import shutil

    from msu_desktop import i18n
    from msu_desktop.gui.app import Controller, make_application
    from msu_desktop.services.workspace import Workspace

    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    ws = Workspace.open(data)
    i18n.set_language("ru")
    controller = Controller(make_application(), ws, "ru")
    controller.show()
    try:
        for lang in ("ky", "ru"):
            old = controller.window
            qtbot.addWidget(old)
            go(qtbot, old, "property")
            action = old.findChild(type(old.municipality_action), f"lang_{lang}")
            action.trigger()
            assert controller.lang == lang and controller.window is not old
            assert controller.window.current_page_key() == "property"  # where the user was
        qtbot.addWidget(controller.window)
    finally:
        controller.window.close()
        ws.close()


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_the_report_page_buttons(app_window, qtbot, tmp_path, monkeypatch) -> None:
    from tests.gui.test_user_path_halfyear import (
        choose_measure,
        choose_period,
        choose_status,
        type_into,
    )

    win = app_window
    page = go(qtbot, win, "reports")
    choose_period(qtbot, page, "2022-H1")
    code = page.measure_model.snaps[0].measure.code
    choose_measure(qtbot, page, code)
    # check: says what is missing and shows it
    click(qtbot, page.check_btn)
    assert page.message.text()
    # in progress; type into the first text field on screen, undo, redo with the buttons
    choose_status(qtbot, page, "in_progress")
    qtbot.waitUntil(lambda: page.form.rows["status"].editor.isVisible(), timeout=5000)
    field = next(
        (
            f
            for f, r in page.form.rows.items()
            if r.editor.isVisible() and hasattr(r.editor, "toPlainText") and f != "status"
        ),
        {f: (type(r.editor).__name__, r.editor.isVisible()) for f, r in page.form.rows.items()},
    )
    assert isinstance(field, str), field
    type_into(page, field, "Каражат жок")
    page.form.rows[field].editor.clearFocus()
    qtbot.waitUntil(lambda: page.undo_btn.isEnabled(), timeout=5000)
    click(qtbot, page.undo_btn)
    assert page.form.rows[field].value() == ""
    click(qtbot, page.redo_btn)
    assert page.form.rows[field].value() == "Каражат жок"
    assert page.undo_btn.toolTip()  # the icon button says what it undoes
    # a field's history and comments
    click(qtbot, page.form.rows[field].history_btn)
    assert page.dialog is not None and page.dialog.isVisible()
    escape(page.dialog)
    click(qtbot, page.form.rows[field].comment_btn)
    dlg = page.dialog
    dlg.text_edit.setFocus()
    type_text(dlg.text_edit, "Тексерүү / проверить")
    press_std(dlg, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: page.form.rows[field].comment_btn.text() == "1", timeout=5000)

    # attach a photo (the file dialog answered), then remove it again
    photo = tmp_path / "жыйын.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    assert image.save(str(photo))
    choose_measure(qtbot, page, code)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    click(qtbot, page.attach_btn)
    qtbot.waitUntil(lambda: page.attach_list.count() == 1 or page.job is None, timeout=20_000)
    assert page.attach_list.count() == 1, (page.message.text(), page.current_code)
    item = page.attach_list.item(0)
    page.attach_list.scrollToItem(item)
    qtbot.mouseClick(
        page.attach_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.attach_list.visualItemRect(item).center(),
    )
    click(qtbot, page.detach_btn)
    assert page.attach_list.count() == 0

    # another measure from the "Other measures" menu
    def pick_first(menu: QMenu) -> None:
        assert menu.actions()
        menu.actions()[0].trigger()
        menu.close()

    with expect(pick_first, kind=QMenu):
        click(qtbot, page.other_btn)
    qtbot.waitUntil(lambda: page.current_code != code, timeout=5000)


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_the_packages_page_buttons(app_window, qtbot, tmp_path, monkeypatch) -> None:
    from tests.services.test_delivery import Server

    win = app_window
    build_package(win.ws, "2021-H1", win.ws.outbox_dir, win.lang)
    page = go(qtbot, win, "packages")
    page.refresh()
    click_row(qtbot, page.table, 0)
    # no PDF viewer on this PC: the user is told and offered the preview here
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)

    def preview_here(box) -> None:
        assert isinstance(box, QMessageBox)
        b = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
        b.click()

    seen = when_modal(preview_here)
    click(qtbot, page.pdf_button)
    assert seen
    job = page.print_job
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=10_000)
    escape(job.dialog)
    qtbot.waitUntil(lambda: job.dialog is None, timeout=10_000)

    # or the folder is shown
    def show_folder(box) -> None:
        b = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.ActionRole)
        when_modal(press_box(QMessageBox.StandardButton.Ok))  # the folder's path, said
        b.click()

    seen = when_modal(show_folder)
    click(qtbot, page.pdf_button)
    assert seen
    # sending now, to the agency's address typed on the page
    server = Server(fail_first=0)
    try:
        page.url_edit.setFocus()
        type_text(page.url_edit, server.url)
        page.url_edit.editingFinished.emit()
        with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
            click(qtbot, page.send_button)
    finally:
        server.close()
    assert len(server.received) == 1


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_dashboard_programme_and_plan_buttons(app_window, qtbot, tmp_path, monkeypatch) -> None:
    win = app_window
    dashboard = go(qtbot, win, "dashboard")
    target = tmp_path / "dashboard.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = when_saved()
    click(qtbot, dashboard.pdf_btn)
    assert saved and target.stat().st_size > 1000
    programme = go(qtbot, win, "programme")
    target = tmp_path / "programme.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = when_saved()
    click(qtbot, programme.pdf_button)
    assert saved and "Программ" in pdf_text(target)
    plan = go(qtbot, win, "plan")
    shown = plan.tree.model().rowCount()
    click(qtbot, plan.lsg_check)
    click(qtbot, plan.lsg_check)
    assert plan.tree.model().rowCount() == shown


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_the_property_page_buttons(app_window, qtbot, tmp_path, monkeypatch) -> None:
    win = app_window
    page = go(qtbot, win, "property")
    click_row(qtbot, page.table, 0)
    oid = page.selected_id()
    assert oid is not None

    def cancel(d) -> None:
        press_std(d, QDialogButtonBox.StandardButton.Cancel)

    for name in ("edit_objectButton", "revalueButton", "record_decisionButton"):
        seen = when_modal(cancel)
        click(qtbot, button(page, name))
        assert seen, name
    for name in ("add_leaseButton", "show_historyButton", "show_leasesButton", "show_filesButton"):
        # these windows stay open beside the register (not modal); each is closed with Escape
        # ("Lease…" lists the object's leases, with Add and Edit)
        before = set(QApplication.topLevelWidgets())
        click(qtbot, button(page, name))
        opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert opened, name
        escape(opened[0])
        qtbot.waitUntil(lambda w=opened[0]: not w.isVisible(), timeout=5000)
    # the written-off objects shown and hidden again
    shown = page.proxy.rowCount()
    click(qtbot, page.disposed_check)
    assert page.proxy.rowCount() >= shown
    click(qtbot, page.disposed_check)
    # export the register (public version: "Yes"), then import it back, cancelled at the mapping
    target = tmp_path / "реестр.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = when_saved()
    choose_from_menu(qtbot, button(page, "export_excelButton"), "exportPublicAction")
    assert saved and target.stat().st_size > 1000
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    seen = when_modal(lambda d: d.reject())
    click(qtbot, button(page, "import_excelButton"))
    assert seen
    assert len(ps.list_rows(win.ws)) == page.model.rowCount()


def test_approve_and_unlock_can_be_cancelled(qtbot, app_window) -> None:
    from tests.gui.test_user_path_halfyear import choose_period

    win = app_window
    page = go(qtbot, win, "reports")
    choose_period(qtbot, page, "2021-H1")  # complete in the demo
    click(qtbot, page.approve_btn)
    press_std(page.dialog, QDialogButtonBox.StandardButton.Cancel)
    assert rs.period_info(win.ws, "2021-H1").state == "complete"
    choose_period(qtbot, page, "2020-H2")  # approved in the demo
    click(qtbot, page.unlock_btn)
    press_std(page.dialog, QDialogButtonBox.StandardButton.Cancel)
    assert rs.period_info(win.ws, "2020-H2").state == "approved"


def test_a_new_object_can_be_cancelled(qtbot, app_window) -> None:
    win = app_window
    page = go(qtbot, win, "property")
    before = len(ps.list_rows(win.ws))
    seen = when_modal(lambda d: press_std(d, QDialogButtonBox.StandardButton.Cancel))
    click(qtbot, button(page, "add_objectButton"))
    assert seen and len(ps.list_rows(win.ws)) == before
    click_row(qtbot, page.table, 0)
    assert page.selected_id() is not None
    seen = when_modal(lambda d: press_std(d, QDialogButtonBox.StandardButton.Cancel))
    click(qtbot, button(page, "write_offButton"))
    assert seen and len(ps.list_rows(win.ws)) == before
