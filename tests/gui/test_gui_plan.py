"""The plan browser, driven offscreen with pytest-qt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex

from msu_desktop.domain.municipality import Municipality
from msu_desktop.i18n import pick
from tests.conftest import type_text


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


def test_select_a_measure_and_see_its_deadline_and_executors(window, qtbot) -> None:
    browser = window.show_page("plan")
    plan = window.ws.plan()
    for m in plan.measures:
        assert browser.select_code(m.code), m.code
        text = browser.detail.toPlainText()
        assert pick(m.deadline.text, "ru") in text
        for code in m.executors:
            org = plan.organisation(code)
            assert (pick(org.abbr, "ru") or code) in text


def test_every_measure_is_in_the_tree(window) -> None:
    browser = window.show_page("plan")
    assert len(browser.visible_measure_codes()) == 23


def test_filters(window, qtbot) -> None:
    browser = window.show_page("plan")
    plan = window.ws.plan()
    type_text(browser.search, "муниципальн")
    assert browser.search.text() == "муниципальн"
    shown = browser.visible_measure_codes()
    assert "3.2.2" in shown and len(shown) < 23
    browser.search.clear()
    browser.lsg_check.setChecked(True)
    assert set(browser.visible_measure_codes()) == {m.code for m in plan.lsg_measures()}
    browser.lsg_check.setChecked(False)
    idx = browser.executor_combo.findData("ГАМСУМО")
    assert idx > 0
    browser.executor_combo.setCurrentIndex(idx)
    assert set(browser.visible_measure_codes()) == {
        m.code for m in plan.measures if "ГАМСУМО" in m.executors
    }
    browser.executor_combo.setCurrentIndex(0)
    browser.proxy.today = dt.date(2019, 6, 1)
    browser.deadline_combo.setCurrentIndex(browser.deadline_combo.findData("passed"))
    passed = set(browser.visible_measure_codes())
    assert passed == {
        m.code for m in plan.measures if m.deadline.state(dt.date(2019, 6, 1)) == "passed"
    }
    assert "1.1.2" in passed  # due 15 December 2018


def test_glossary_expands_abbreviations(window) -> None:
    browser = window.show_page("plan")
    browser.select_code("1.1.1")
    assert 'href="org:ГАМСУМО"' in browser.detail.toHtml() or "org:" in browser.detail.toHtml()
    org = window.ws.plan().organisation("ГАМСУМО")
    assert browser.detail.organisation_tooltip("ГАМСУМО") == pick(org.name, "ru")


def test_kyrgyz_interface_shows_kyrgyz_plan_content(qtbot, ws_with_municipality) -> None:
    from msu_desktop.gui.app import Controller, make_application

    app = make_application()
    ctl = Controller(app, ws_with_municipality, "ru")
    ctl.show()
    qtbot.addWidget(ctl.window)
    ctl.change_language("ky")
    qtbot.addWidget(ctl.window)
    browser = ctl.window.show_page("plan")
    m = ws_with_municipality.plan().measure("3.2.2")
    browser.select_code("3.2.2")
    assert pick(m.title, "ky") in browser.detail.toPlainText()
    assert ws_with_municipality.setting("language") == "ky"
    ctl.window.close()


def test_first_start_dialog_validates_soate(qtbot, ws) -> None:
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog

    dlg = MunicipalityDialog(ws)
    qtbot.addWidget(dlg)
    dlg.ui.nameRuEdit.setText("Дарыинский айылный аймак")
    dlg.ui.soateEdit.setText("12345")
    dlg._save()
    assert dlg.ui.errorLabel.text()
    assert ws.municipality() is None
    dlg.ui.soateEdit.setText("41705214812000")
    dlg._save()
    assert ws.municipality() == Municipality(
        soate="41705214812000",
        name_ky="",
        name_ru="Дарыинский айылный аймак",
        rayon="",
        oblast="",
        kind="aiyl_okmotu",
        head_name="",
        secretary_name="",
    )


def test_tree_rows_expand(window) -> None:
    browser = window.show_page("plan")
    assert browser.proxy.rowCount(QModelIndex()) == 3


def test_a_task_and_a_direction_show_what_the_programme_says_of_them(window) -> None:
    browser = window.show_page("plan")
    assert browser.select_code("3.2")
    text = browser.detail.toPlainText()
    assert "Завершить инвентаризацию муниципальной собственности." in text
    assert browser.select_code("1")
    assert "Ожидаемые результаты: члены местных сообществ" in browser.detail.toPlainText()
