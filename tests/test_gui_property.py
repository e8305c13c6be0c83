"""The property page: add an object, a lease that expires, write-off with a decision, history,
filters and totals — driven offscreen."""

from __future__ import annotations

from PySide6.QtCore import QDate

from msu_desktop.services import property_service as ps
from tests.conftest import type_text


def test_add_lease_write_off_history_and_filters(qtbot, ws_with_municipality, monkeypatch) -> None:
    from msu_desktop.gui.property_page import (
        DecisionDialog,
        LeaseDialog,
        ObjectDialog,
        PropertyPage,
    )

    ws = ws_with_municipality
    ps.add_object(
        ws,
        {
            "category": "land",
            "name_ru": "Пастбище Кок-Жайык",
            "area": 120.0,
            "unit": "ha",
            "book_value": 50000.0,
            "village": "Баетов",
        },
    )
    page = PropertyPage(ws, "ru")
    qtbot.addWidget(page)
    page.show()
    # add an object through the dialog
    dlg = ObjectDialog(ws, "ru", None, page)
    dlg.name_ru.setText("Здание дома культуры")
    dlg.category.setCurrentIndex(dlg.category.findData("building"))
    dlg.village.setText("Ак-Тал")
    dlg.area.setValue(540)
    dlg.book_value.setValue(1_200_000)
    dlg.eni.setText("bad code")
    dlg.save()
    assert "ЕНИ" in dlg.error.text()
    dlg.eni.setText("4-07-01-0001-0099")
    dlg.save()
    assert dlg.result() and dlg.object_id is not None
    page.refresh()
    assert page.proxy.rowCount() == 2
    assert "1 250 000.00" in page.totals.text()
    # search as you type, then the category filter
    type_text(page.search, "культур")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.category_filter.setCurrentIndex(page.category_filter.findData("land"))
    assert page.proxy.rowCount() == 1 and "120" in page.totals.text()
    page.category_filter.setCurrentIndex(0)
    # a lease that ends within 60 days
    page.table.selectRow(
        next(r for r in range(page.proxy.rowCount()) if "культур" in page.proxy.index(r, 1).data())
    )
    oid = page.selected_id()
    lease = LeaseDialog(page)
    lease.lessee.setText("ИП Токтосунов")
    lease.person.setChecked(True)
    lease.start.setDate(QDate.currentDate().addDays(-200))
    lease.end.setDate(QDate.currentDate().addDays(20))
    lease.rent.setValue(4000)
    lease.protocol.setText("5")
    ps.add_lease(ws, oid, **lease.values())
    page.refresh()
    assert (
        "within 60 days" in page.leases_label.text()
        and dlg.inventory.placeholderText() in page.leases_label.text()
    )
    # write off with a decision
    decision = DecisionDialog(page)
    decision.number.setText("22")
    decision.text.setPlainText("Списать в связи с аварийным состоянием")
    ps.dispose(
        ws,
        oid,
        decision.how.currentData(),
        decision.number.text(),
        decision.date.date().toPython(),
        decision.text.toPlainText(),
    )
    page.refresh()
    assert page.proxy.rowCount() == 1
    page.disposed_check.setChecked(True)
    assert page.proxy.rowCount() == 2
    # history of the object
    page.table.selectRow(
        next(r for r in range(page.proxy.rowCount()) if "культур" in page.proxy.index(r, 1).data())
    )
    page.show_history()
    table = page.history_dialog.findChild(
        __import__("PySide6.QtWidgets", fromlist=["QTableWidget"]).QTableWidget
    )
    fields = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "status" in fields and "use" in fields
