"""Issue 25 in the register, by click in both languages through the real window: a merged
office brings in a predecessor's backup from the property page (with its dry run), filters the
register by that predecessor, finds an object by its old inventory number, and checks a
predecessor's Excel register before bringing it in."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from msu_desktop.services import backup
from msu_desktop.services import property_service as ps
from tests.conftest import type_text
from tests.gui.directory.test_gui_succession import merged_window  # noqa: F401  (the fixture)
from tests.gui.user import click, go, when_modal
from tests.services.directory.predecessors import make_predecessor

ALPHA = "41799123101000"


def _button(page, name: str) -> QPushButton:
    b = page.findChild(QPushButton, name)
    assert b is not None, name
    return b


def test_a_predecessors_backup_its_filter_and_its_old_number(qtbot, merged_window, tmp_path):  # noqa: F811
    win, _lang = merged_window
    click(qtbot, win.succession_banner.accept_button)
    ps.add_object(win.ws, {"inventory_number": "0001", "category": "land", "name_ru": "Своё"})
    page = go(qtbot, win, "property")
    page.refresh()
    assert _button(page, "bring_inButton").isVisible()
    assert not page.predecessor_filter.isVisible()  # nothing brought in yet
    backup_file = backup.create_backup(
        make_predecessor(tmp_path / "alpha", ALPHA), "manual", tmp_path / "stick"
    )
    seen: dict[str, str] = {}

    def bring_in(dialog) -> None:
        type_text(dialog.path_edit, str(backup_file))
        assert not dialog.predecessor.isVisible()  # a backup says whose it is
        click(qtbot, dialog.check_button)
        seen["dry"] = dialog.output.toPlainText()
        assert ps.list_rows(win.ws) and not page.predecessor_filter.isVisible()
        click(qtbot, dialog.run_button)
        seen["done"] = dialog.output.toPlainText()
        click(qtbot, dialog.close_button)

    answered = when_modal(bring_in, name="transferDialog")
    click(qtbot, _button(page, "bring_inButton"))
    assert answered
    assert ALPHA in seen["dry"] and "101-0001" in seen["dry"]  # the renumbering, said first
    assert ALPHA in seen["done"]
    # the predecessor filter: one entry per predecessor brought in
    assert page.predecessor_filter.isVisible() and page.predecessor_filter.count() == 2
    type_text(page.search, "0001")
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert {"0001", "101-0001"} <= shown  # her own 0001 and the predecessor's old one
    page.predecessor_filter.setFocus()
    qtbot.keyClick(page.predecessor_filter, Qt.Key.Key_Down)  # "From Тест-Альфа (…)"
    assert ALPHA in page.predecessor_filter.currentText()
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["101-0001"]
    row = next(r for r in page.model.rows if r.inventory_number == "101-0001")
    assert row.name_ru == "Школа (Тест-Альфа)" and "0001" in row.notes
    # the filter alone: that predecessor's objects still in the register
    page.search.clear()
    names = sorted(page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount()))
    assert names == sorted(
        r.name_ru
        for r in ps.list_rows(win.ws)
        if r.id in page.origins[ALPHA] and r.status == "active"
    )
    assert "Своё" not in names


def test_a_predecessors_excel_register_is_checked_from_the_window(qtbot, merged_window, tmp_path):  # noqa: F811
    win, _lang = merged_window
    click(qtbot, win.succession_banner.accept_button)
    page = go(qtbot, win, "property")
    page.refresh()
    path = tmp_path / "alpha.xlsx"
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Инв. №", "Наименование", "Площадь, м²"])
    sheet.append(["A-1", "Клуб (Тест-Альфа)", "250"])
    sheet.append(["A-2", "Котельная (Тест-Альфа)", "40"])
    wb.save(path)
    before = len(ps.list_rows(win.ws))
    seen: dict[str, str] = {}

    def check_only(dialog) -> None:
        type_text(dialog.path_edit, str(path))
        assert dialog.predecessor.isVisible() and dialog.predecessor.count() >= 1
        index = dialog.predecessor.findData(ALPHA)
        dialog.predecessor.setCurrentIndex(index)
        click(qtbot, dialog.check_button)
        seen["dry"] = dialog.output.toPlainText()
        assert dialog.run_button.isEnabled()
        click(qtbot, dialog.close_button)  # checked, not brought in

    answered = when_modal(check_only, name="transferDialog")
    click(qtbot, _button(page, "bring_inButton"))
    assert answered and ALPHA in seen["dry"]
    assert len(ps.list_rows(win.ws)) == before  # a dry run changes nothing
