"""The report page and the dashboard, driven offscreen with pytest-qt, in Russian."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from msu_desktop.domain import report as rpt
from msu_desktop.services import report_service as rs
from tests.conftest import type_text

P = "2019-H2"


@pytest.fixture
def window(qtbot, ws_with_municipality):
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.main_window import MainWindow

    app = make_application()
    install_translators(app, "ru")
    win = MainWindow(ws_with_municipality, "ru")
    qtbot.addWidget(win)
    win.show()
    return win


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, row: int) -> None:
    idx = view.model().index(row, 0)
    view.scrollTo(idx)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())


def choose_period(qtbot, page, period_id: str) -> None:
    rows = [p.id for p, _r, _t in page.period_model.rows]
    click_row(qtbot, page.period_view, rows.index(period_id))
    assert page.current_period == period_id


def choose_measure(qtbot, page, code: str) -> None:
    proxy = page.measure_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == code)
    click_row(qtbot, page.measure_view, row)
    assert page.current_code == code


def choose_status(qtbot, page, status: str) -> None:
    """Pick a status with the keyboard: focus the combo box, arrow down to it."""
    combo = page.form.rows["status"].editor
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != status:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, status


def type_into(qtbot, page, field: str, text: str) -> None:
    editor = page.form.rows[field].editor
    editor.setFocus()
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    type_text(editor, text)


def stored(page, code: str, field: str) -> str:
    v = rs.entry_values(page.ws, page.current_period, code).get(field)
    return v.value if v else ""


def test_fill_validate_approve_lock_and_unlock_a_period(window, qtbot) -> None:
    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    codes = [s.measure.code for s in page.measure_model.snaps]
    assert codes == [m.code for m in window.ws.plan().lsg_measures()]

    # first measure: completed, typed in Russian; the autosave timer commits what is typed
    choose_measure(qtbot, page, codes[0])
    choose_status(qtbot, page, rpt.COMPLETED)
    assert stored(page, codes[0], "status") == rpt.COMPLETED  # a choice is saved at once
    type_into(qtbot, page, "done", "Проведены 2 собрания жителей, принято положение")
    qtbot.waitUntil(lambda: stored(page, codes[0], "done").startswith("Проведены"), timeout=5000)
    # errors are shown next to the fields: the end date and the evidence are still missing
    assert page.form.rows["end_date"].error.isVisible()
    assert page.form.rows["evidence"].error.isVisible()
    type_into(qtbot, page, "end_date", "20.12.2019")
    type_into(qtbot, page, "evidence", "Решение айылного кенеша №14")
    type_into(qtbot, page, "money:local_budget", "15 000,50")
    page.form.rows["money:local_budget"].editor.clearFocus()
    qtbot.waitUntil(
        lambda: stored(page, codes[0], "money:local_budget") == "15000.50", timeout=5000
    )
    assert not page.form.rows["end_date"].error.isVisible()
    assert not page.form.rows["evidence"].error.isVisible()

    # marking complete is refused while other measures are not reported
    click(qtbot, page.complete_btn)
    assert rs.period_info(page.ws, P).state == rpt.DRAFT
    assert page.message.text()
    assert page.current_code == codes[1]  # the first measure with a problem is shown

    for code in codes[1:]:
        choose_measure(qtbot, page, code)
        choose_status(qtbot, page, rpt.NOT_APPLICABLE)
        assert page.form.rows["reason"].isVisible()
        type_into(qtbot, page, "reason", "Функция не относится к айыл окмоту")
    # choosing another measure saved the last one's typing (no Save button)
    choose_measure(qtbot, page, codes[0])
    assert stored(page, codes[-1], "reason") == "Функция не относится к айыл окмоту"

    click(qtbot, page.complete_btn)
    assert rs.period_info(page.ws, P).state == rpt.COMPLETE
    assert page.approve_btn.isEnabled()

    click(qtbot, page.approve_btn)
    dlg = page.dialog
    assert dlg is not None and dlg.objectName() == "approveDialog"
    assert dlg.head_edit.text() == "Асанов Бакыт"  # from the municipality profile
    click(qtbot, dlg.buttons.button(QDialogButtonBox.StandardButton.Ok))
    info = rs.period_info(page.ws, P)
    assert info.state == rpt.APPROVED and info.approved_by == "Асанов Бакыт"
    # locked: the editors are read-only; unlock is offered
    assert page.form.rows["done"].editor.isReadOnly()
    assert not page.form.rows["status"].editor.isEnabled()
    assert page.unlock_btn.isEnabled() and not page.attach_btn.isEnabled()
    assert "Асанов Бакыт" in page.state_label.text()

    click(qtbot, page.unlock_btn)
    dlg = page.dialog
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dlg.reason_edit.setFocus()
    type_text(dlg.reason_edit, "Исправить сумму по письму ГАМСУМО")
    assert ok.isEnabled()
    click(qtbot, ok)
    assert rs.period_info(page.ws, P).state == rpt.DRAFT
    assert rs.period_history(page.ws, P)[-1].reason == "Исправить сумму по письму ГАМСУМО"
    assert not page.form.rows["done"].editor.isReadOnly()


def test_undo_redo_history_and_comments(window, qtbot) -> None:
    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    code = page.current_code
    type_into(qtbot, page, "problems", "Нет средств")
    page.form.flush()
    type_into(qtbot, page, "problems", "Нет средств в бюджете")
    page.form.flush()
    assert stored(page, code, "problems") == "Нет средств в бюджете"
    # Ctrl+Z takes back the whole burst of typing in the field
    qtbot.keyClick(
        page.form.rows["problems"].editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert stored(page, code, "problems") == ""
    assert page.form.rows["problems"].value() == ""
    qtbot.keyClick(page.measure_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(page, code, "problems") == "Нет средств в бюджете"
    assert page.form.rows["problems"].value() == "Нет средств в бюджете"

    click(qtbot, page.form.rows["problems"].history_btn)
    dlg = page.dialog
    assert dlg.objectName() == "historyDialog"
    rows = dlg.model.rows
    assert rows and rows[0][4] == "Нет средств в бюджете" and rows[0][1] == "Токтогулова Айгүл"
    dlg.reject()

    click(qtbot, page.form.rows["money:donors"].comment_btn)
    dlg = page.dialog
    dlg.text_edit.setFocus()
    type_text(dlg.text_edit, "Грант ПРООН")
    click(qtbot, dlg.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert [c.text for c in rs.comments(page.ws, P, code, "money:donors")] == ["Грант ПРООН"]
    assert page.form.rows["money:donors"].comment_btn.text() == "1"


def test_attach_a_photo_with_a_thumbnail(window, qtbot, tmp_path: Path) -> None:
    from msu_desktop.services.demo import make_photo

    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    photo = tmp_path / "usb" / "собрание.png"
    photo.parent.mkdir()
    photo.write_bytes(make_photo("Собрание", 1))
    with qtbot.waitSignal(page.attachments_changed, timeout=10000):
        page.attach_files([photo])
    assert page.attach_list.count() == 1
    item = page.attach_list.item(0)
    assert item.text() == "собрание.png" and not item.icon().isNull()
    (a,) = rs.attachments_of(page.ws, P, page.current_code)
    assert a.path.read_bytes() == photo.read_bytes()
    page.attach_list.setCurrentRow(0)
    click(qtbot, page.detach_btn)
    assert page.attach_list.count() == 0


def test_dashboard_shows_and_prints_the_periods(window, qtbot, tmp_path: Path) -> None:
    ws = window.ws
    rs.set_value(ws, P, "1.1.3", "status", "completed")
    rs.set_value(ws, P, "3.2.1", "status", "in_progress")
    page = window.show_page("dashboard")
    assert page.data is not None
    c = page.data.period(P)
    assert c is not None and c.completed == 1 and c.in_progress == 1
    assert page.chart.grab().width() > 0
    out = tmp_path / "dashboard.pdf"
    page.write_pdf(out)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the periods in words (issue 12: no period id such as "2021-H1" on paper)
    from msu_desktop.services.labels import period_name

    assert period_name(P, page.lang) in text and period_name("2023-H2", page.lang) in text
    assert P not in text
    assert "Дарыинский айылный аймак" in text


def test_report_on_another_measure_and_start_from_the_previous_period(window, qtbot) -> None:
    ws = window.ws
    rs.set_value(ws, "2019-H1", "1.1.3", "status", "in_progress")
    rs.set_value(ws, "2019-H1", "1.1.3", "done", "Начата работа")
    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    page._fill_other_menu()
    act = next(a for a in page.other_menu.actions() if a.data() == "2.1.3")
    act.trigger()
    assert "2.1.3" in [s.measure.code for s in page.measure_model.snaps]
    assert page.current_code == "2.1.3"
    # its own indicator from the plan, with the target, is on the form
    assert "indicator:training_topics" in page.form.rows
    click(qtbot, page.carry_btn)
    choose_measure(qtbot, page, "1.1.3")
    row = page.form.rows["done"]
    assert row.value() == "Начата работа" and row.editor.toolTip()  # marked as carried
    assert page.form.rows["status"].value() == "in_progress"


def test_text_typed_just_before_the_window_closes_is_saved(window, qtbot) -> None:
    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    code = page.current_code
    type_into(qtbot, page, "proposals", "Провести обучение")
    assert page.form.rows["proposals"].pending()  # still inside the autosave delay
    window.close()
    assert stored(page, code, "proposals") == "Провести обучение"


def test_dates_and_sums_are_shown_the_local_way_and_stored_canonically(window, qtbot) -> None:
    page = window.show_page("reports")
    choose_period(qtbot, page, P)
    code = page.current_code
    type_into(qtbot, page, "start_date", "1.7.2019")
    type_into(qtbot, page, "money:local_budget", "125000,5")
    page.measure_view.setFocus()  # leave the field
    page.form.flush()
    assert stored(page, code, "start_date") == "2019-07-01"
    assert stored(page, code, "money:local_budget") == "125000.50"
    assert page.form.rows["start_date"].value() == "01.07.2019"
    assert page.form.rows["money:local_budget"].value() == "125 000,50"
    # the same date spelt another way is no change: no new line in the value's history
    lines = len(rs.history(page.ws, P, code, "start_date"))
    type_into(qtbot, page, "start_date", "2019-07-01")
    page.form.flush()
    assert len(rs.history(page.ws, P, code, "start_date")) == lines
    # and reopening the measure shows the stored values the local way again
    choose_measure(qtbot, page, page.measure_proxy.index(1, 0).data())
    choose_measure(qtbot, page, code)
    assert page.form.rows["start_date"].value() == "01.07.2019"
