"""The property page's import and totals, clicked as a user would: the mapping editor names the
columns that are not imported and keeps the ticked ones in the notes; the dry run's message
lists them and what a register file cannot carry; the area total is per unit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from msu_desktop.services import property_service as ps
from tests.conftest import type_text
from tests.gui.dialogs import expect
from tests.gui.user import press_box
from tests.services.property.test_property_messy import office_register


def _button(page, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_mapping_editor_keeps_a_ticked_column_in_the_notes(
    qtbot, ws_with_municipality, monkeypatch, tmp_path: Path
) -> None:
    from msu_desktop.gui.property import MappingDialog, PropertyPage

    ws = ws_with_municipality
    path = office_register(tmp_path / "r.xlsx", bad_date=False)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    page = PropertyPage(ws, "ru")
    qtbot.addWidget(page)
    page.show()

    def tick_the_date_column(dlg: MappingDialog) -> None:
        items = [dlg.keep_list.item(i) for i in range(dlg.keep_list.count())]
        assert [i.text() for i in items] == ["A «№ п/п»", "G «Дата ввода»"]
        items[1].setCheckState(Qt.CheckState.Checked)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    # the mapping editor, then the dry run's question (a progress dialog may come between)
    mapping = expect(tick_the_date_column, kind=MappingDialog)
    question = expect(press_box(QMessageBox.StandardButton.Yes))
    _button(page, "&Import from Excel…").click()
    mapping.wait()
    text = question.text
    assert "A «№ п/п»" in text and "G «Дата ввода»" in text
    assert "history of changes" in text
    notes = {r.inventory_number: r.notes for r in ps.list_rows(ws)}
    assert len(notes) == 30 and notes["INV-002"] == "Дата ввода: 02.03.1971"


def test_area_total_is_per_unit(qtbot, ws_with_municipality) -> None:
    from msu_desktop.gui.property import PropertyPage

    ws = ws_with_municipality
    ps.add_object(ws, {"category": "building", "name_ru": "Спортзал", "area": 320.5, "unit": "m2"})
    for i in range(3):
        ps.add_object(
            ws, {"category": "land", "name_ru": f"Спортплощадка {i}", "area": 0.6, "unit": "ha"}
        )
    ps.add_object(ws, {"category": "equipment", "name_ru": "Компьютер", "area": 3})
    page = PropertyPage(ws, "ru")
    qtbot.addWidget(page)
    page.show()
    type_text(page.search, "спорт")
    text = page.totals.text()
    assert page.proxy.rowCount() == 4
    assert "320,50 м²" in text and "1,80 га" in text and "322,30" not in text
    page.search.clear()
    assert "3,00 шт." in page.totals.text()  # pieces by the category's own unit


def test_object_form_shows_the_services_rule_under_its_field(qtbot, ws_with_municipality) -> None:
    """A name longer than the field registry keeps (300 characters) is shown under the field;
    nothing is saved."""
    from msu_desktop.gui.property import ObjectDialog

    ws = ws_with_municipality
    dlg = ObjectDialog(ws, "ru", None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_ru.setText("Ж" * 301)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    label = dlg.field_errors["name_ru"]
    assert label.isVisible() and "300" in label.text()
    assert ps.list_rows(ws) == [] and not dlg.result()
