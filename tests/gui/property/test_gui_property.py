"""The property page: add an object, a lease that expires, write-off with a decision, history,
filters and totals — driven offscreen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableWidget

from msu_desktop.domain.property import LeaseDraft
from msu_desktop.services import property_service as ps
from tests.conftest import type_text


def test_add_lease_write_off_history_and_filters(qtbot, ws_with_municipality, monkeypatch) -> None:
    from msu_desktop.gui.property import (
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
    assert "1 250 000,00" in page.totals.text()
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
    lease.start.set_date(ws.today() - dt.timedelta(days=200))
    lease.end.set_date(ws.today() + dt.timedelta(days=20))
    lease.rent.setValue(4000)
    lease.protocol.setText("5")
    ps.add_lease(ws, oid, LeaseDraft(**lease.values()))
    page.refresh()
    assert (
        "within 60 days" in page.leases_label.text()
        and dlg.inventory.placeholderText() in page.leases_label.text()
    )
    # write off with a decision
    decision = DecisionDialog(page)
    decision.number.setText("22")
    decision.date.setText("01.03.2024")
    decision.text.setPlainText("Списать в связи с аварийным состоянием")
    ps.dispose(ws, oid, decision.draft())
    page.refresh()
    assert page.proxy.rowCount() == 1
    page.disposed_check.setChecked(True)
    assert page.proxy.rowCount() == 2
    # history of the object
    page.table.selectRow(
        next(r for r in range(page.proxy.rowCount()) if "культур" in page.proxy.index(r, 1).data())
    )
    page.show_history()
    # the one history view (gui/history.py) lists the newest change first: read it oldest first
    model = page.history_dialog.table.model()
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in reversed(range(model.rowCount()))
    ]
    fields = [row[2] for row in rows]
    # in the user's words (the field registry's, in the page's language), not the database's
    # column names
    assert "Status" in fields and "Использование" in fields and "use" not in fields
    uses = [row[4] for row in rows if row[2] == "Использование"]
    assert uses == ["В аренде", "Списано"]  # the choices' labels, not their ids
    statuses = [(row[3], row[4]) for row in rows if row[2] == "Status"]
    assert statuses == [("в реестре", "списано")]  # not «active → written_off»
    decision = next(row[4] for row in rows if row[2] == "Council decision")
    assert decision.startswith("списание № 22 от ") and "write_off" not in decision


def test_category_fields_gps_photos_and_the_column_mapping(
    qtbot, ws_with_municipality, tmp_path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from msu_desktop.gui.property import FilesDialog, MappingDialog, ObjectDialog
    from msu_desktop.services import property_import
    from tests.services.property.test_property import messy_register

    ws = ws_with_municipality
    dlg = ObjectDialog(ws, "ru", None)
    qtbot.addWidget(dlg)
    dlg.category.setCurrentIndex(dlg.category.findData("land"))
    kind = dlg.extra_widgets["land_kind"]
    kind.setCurrentIndex(kind.findData("pasture"))
    dlg.name_ru.setText("Пастбище Ак-Жайлоо")
    dlg.latitude.setText("41,9")
    dlg.longitude.setText("75.8")
    dlg.save()
    assert dlg.object_id is not None, dlg.error.text()
    details = ps.object_details(ws, dlg.object_id)
    assert details["extra"] == {"land_kind": "pasture"} and details["latitude"] == 41.9
    bad = ObjectDialog(ws, "ru", dlg.object_id)
    qtbot.addWidget(bad)
    assert bad.extra_widgets["land_kind"].currentData() == "pasture"
    bad.latitude.setText("10")
    bad.save()
    assert "outside Kyrgyzstan" in bad.error.text()
    # a photo: stored content-addressed, shown as a thumbnail
    photo = tmp_path / "pasture.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    assert image.save(str(photo))
    files = FilesDialog(ws, dlg.object_id)
    qtbot.addWidget(files)
    files.add(str(photo))
    assert files.list.count() == 1 and not files.list.item(0).icon().isNull()
    files.add(str(tmp_path / "missing.jpg"))
    assert "not found" in files.error.text()
    # the column mapping is guessed and can be corrected
    sheet = property_import.read_workbook(messy_register(tmp_path / "r.xlsx", fix=True))
    mapping = property_import.guess_mapping(sheet)
    editor = MappingDialog(sheet, mapping)
    qtbot.addWidget(editor)
    assert editor.mapping().columns == mapping.columns
    editor.combos["village"].setCurrentIndex(0)  # "not in the file"
    assert "village" not in editor.mapping().columns


def test_leases_list_and_revaluation(qtbot, ws_with_municipality, monkeypatch) -> None:
    import datetime as dt

    from msu_desktop.gui.property import PropertyPage, RevaluationDialog

    ws = ws_with_municipality
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Склад", "book_value": 100000.0})
    today = dt.date.today()
    ps.add_lease(
        ws,
        oid,
        LeaseDraft(
            lessee="ОсОО Дан",
            start=today - dt.timedelta(days=400),
            end=today - dt.timedelta(days=5),
            rent=1000,
            awarded_by="direct",
            direct_reason="единственный участник",
        ),
    )
    page = PropertyPage(ws, "ru")
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.show_leases()
    table = page.leases_dialog.findChild(QTableWidget, "leaseTable")
    assert table.rowCount() == 1 and table.item(0, 2).text() == "ОсОО Дан"
    assert table.item(0, 6).text() == "expired"

    def fake_exec(dlg: RevaluationDialog) -> bool:
        dlg.book.setValue(250000)
        dlg.basis.setText("Акт переоценки № 3")
        return True

    monkeypatch.setattr(RevaluationDialog, "exec", fake_exec)
    page.revalue()
    assert next(r for r in ps.list_rows(ws) if r.id == oid).book_value == 250000
    assert any(
        h.field == "book_value" and h.reason == "Акт переоценки № 3" for h in ps.history(ws, oid)
    )


def test_every_field_of_the_object_form_is_on_screen_and_follows_the_category(
    qtbot, ws_with_municipality
) -> None:
    """The form shows every field of the register, the category's own fields change with the
    category, and a problem is shown under the field it concerns."""
    from msu_desktop.gui.property import ObjectDialog

    ws = ws_with_municipality
    dlg = ObjectDialog(ws, "ru", None)
    qtbot.addWidget(dlg)
    dlg.show()
    for widget in (
        dlg.latitude,
        dlg.longitude,
        dlg.unit,
        dlg.basis_document,
        dlg.basis_date,
        dlg.initial_value,
        dlg.residual_value,
        dlg.use,
        dlg.registration_number,
        dlg.registration_date,
    ):
        assert widget.isVisibleTo(dlg), widget
    # the category's own fields are in the form, and change with the category
    dlg.category.setCurrentIndex(dlg.category.findData("land"))
    qtbot.waitUntil(lambda: dlg.extra_widgets["land_kind"].isVisibleTo(dlg))
    assert dlg.unit.currentData() == "ha"
    dlg.category.setCurrentIndex(dlg.category.findData("building"))
    assert set(dlg.extra_widgets) == {"floors", "wall_material"}
    qtbot.waitUntil(lambda: all(w.isVisibleTo(dlg) for w in dlg.extra_widgets.values()))
    assert dlg.unit.currentData() == "m2"
    # problems under their fields; nothing written
    dlg.eni.setText("12345")
    dlg.basis_date.setText("31.02.2019")
    dlg.extra_widgets["floors"].setText("два")
    dlg.save()
    assert dlg.object_id is None
    assert dlg.field_errors["name_ru"].isVisibleTo(dlg)
    assert "ЕНИ" in dlg.field_errors["cadastral_code"].text()
    assert "31.02.2019" in dlg.field_errors["basis_date"].text()
    assert "два" in dlg.error.text()
    # corrected, everything is stored
    dlg.name_ru.setText("Клуб")
    dlg.eni.setText("")
    dlg.basis_document.setText("Решение айылного кенеша")
    dlg.basis_number.setText("12")
    dlg.basis_date.setText("1.3.2019")
    dlg.extra_widgets["floors"].setText("2")
    dlg.initial_value.setValue(900_000)
    dlg.residual_value.setValue(450_000)
    dlg.use.setCurrentIndex(dlg.use.findData("free_use"))
    dlg.registration_number.setText("Б-1234")
    dlg.registration_date.setText("15.04.2019")
    dlg.save()
    assert dlg.object_id is not None, dlg.error.text()
    d = ps.object_details(ws, dlg.object_id)
    assert d["basis_date"].isoformat() == "2019-03-01" and d["unit"] == "m2"
    assert d["initial_value"] == 900_000 and d["use"] == "free_use"
    assert d["registration_date"].isoformat() == "2019-04-15" and d["extra"] == {"floors": "2"}
    # opened again, the form shows what was stored
    again = ObjectDialog(ws, "ru", dlg.object_id)
    qtbot.addWidget(again)
    assert again.basis_date.text() == "01.03.2019" and again.registration_number.text() == "Б-1234"
    assert again.extra_widgets["floors"].text() == "2"


def test_the_register_opens_in_inventory_order_and_sorts_on_a_click(
    qtbot, ws_with_municipality
) -> None:
    from PySide6.QtCore import Qt

    from msu_desktop.gui.property import PropertyPage

    ws = ws_with_municipality
    for number, name, value in (("0003", "Баня", 10), ("0001", "Клуб", 30), ("0002", "Мост", 20)):
        ps.add_object(
            ws,
            {
                "inventory_number": number,
                "name_ru": name,
                "category": "building",
                "book_value": value,
            },
        )
    page = PropertyPage(ws, "ru")
    qtbot.addWidget(page)

    def column(c: int) -> list[str]:
        return [page.proxy.index(r, c).data() for r in range(page.proxy.rowCount())]

    assert column(0) == ["0001", "0002", "0003"]
    assert page.table.horizontalHeader().sortIndicatorSection() == 0
    page.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["Клуб", "Мост", "Баня"]  # by book value, largest first
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["0001", "0002", "0003"]
    # a click on a heading sorts by it, as in any table
    page.show()
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == 1
    assert column(1) in (["Баня", "Клуб", "Мост"], ["Мост", "Клуб", "Баня"])
