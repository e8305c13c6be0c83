"""The register as the secretary uses it, through the real window in both languages at
1366×768 (issue 23, "2. Property"): the import's column dialog fits and speaks in words, the
history in words, a write-off asked first, date fields typed, the status line and the
selection kept, the blank register, and a predecessor's objects (issue 25)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
)

from msu_desktop import i18n
from msu_desktop.domain.property import LeaseDraft
from msu_desktop.services import property_service as ps
from tests.conftest import type_text
from tests.gui.dialogs import expect
from tests.gui.user import (
    MAX_MIN_H,
    MAX_MIN_W,
    choose_from_menu,
    click,
    click_row,
    go,
    press_box,
    press_std,
    when_modal,
    when_saved,
)
from tests.services.property.test_property_messy import office_register

NOT_IMPORTED = (
    "Columns not imported (to keep them in the objects' notes, press No, import again and tick "
    "them under the columns): {columns}"
)
BOTH = pytest.mark.parametrize("app_window", ["ky", "ru"], indirect=True)


def button(page, name: str) -> QPushButton:
    b = page.findChild(QPushButton, name)
    assert b is not None, name
    return b


@BOTH
def test_the_column_dialog_fits_and_the_dry_run_speaks_in_words(
    app_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from msu_desktop.gui.property import MappingDialog

    win = app_window
    lang = i18n.language()
    page = go(qtbot, win, "property")
    path = office_register(tmp_path / "r.xlsx", bad_date=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    sizes: list[tuple[int, int]] = []

    def look_and_ok(dlg: MappingDialog) -> None:
        hint = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
        sizes.append((hint.width(), hint.height()))
        labels = [dlg.layout().itemAt(0).layout().itemAtPosition(0, 0).widget().text()]
        inventory = ps.field_labels("object", lang)["inventory_number"]
        assert labels == [inventory + ":"]  # the registry's label, in the window's language
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    mapping = expect(look_and_ok, kind=MappingDialog)
    question = expect(press_box(QMessageBox.StandardButton.No))
    click(qtbot, button(page, "import_excelButton"))
    mapping.wait()
    question.wait()
    width, height = sizes[0]
    assert width <= MAX_MIN_W and height <= MAX_MIN_H, sizes
    assert "--keep-in-notes" not in question.text
    assert "G «Дата ввода»" in question.text
    said = i18n.tr("PropertyImport", NOT_IMPORTED, lang, columns="G «Дата ввода»")
    assert said.split(":")[0] in question.text


def _row_of(page, object_id: int) -> int:
    return next(
        r
        for r in range(page.proxy.rowCount())
        if page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()].id == object_id
    )


def _decide(number: str):
    def answer(dlg) -> None:
        dlg.number.setFocus()
        type_text(dlg.number, number)
        dlg.date.setFocus()
        type_text(dlg.date, "05.02.2024")
        dlg.text.setFocus()
        type_text(dlg.text, "акт обследования")
        press_std(dlg, QDialogButtonBox.StandardButton.Ok)

    return answer


@BOTH
def test_a_write_off_is_asked_first_and_its_lease_stops_warning_history_in_words(
    app_window, qtbot
) -> None:
    from msu_desktop.gui.history import HistoryDialog

    win = app_window
    lang = i18n.language()
    page = go(qtbot, win, "property")
    hall = next(r for r in ps.list_rows(win.ws) if r.name_ru == "Дом культуры")
    today = win.ws.today()
    ps.add_lease(
        win.ws,
        hall.id,
        LeaseDraft(
            lessee="ИП Асанов",
            start=today - dt.timedelta(days=300),
            end=today + dt.timedelta(days=20),
            rent=3000,
            protocol_number="4",
        ),
    )
    page.refresh()
    soon = next(le for le in ps.leases(win.ws) if le.state == "ending_soon")
    assert soon.inventory_number in page.leases_label.text()
    click_row(qtbot, page.table, _row_of(page, soon.object_id))
    # No: nothing is written off, and the status line says so
    decided = when_modal(_decide("15-1"))
    asked = when_modal(press_box(QMessageBox.StandardButton.No), name="confirmWriteOff")
    click(qtbot, button(page, "write_offButton"))
    assert decided and asked and soon.inventory_number in asked.text
    assert ps.object_details(win.ws, soon.object_id)["status"] == "active"
    assert page.message.text() and page.selected_id() == soon.object_id
    # Yes: written off; its lease no longer "ends within 60 days"
    decided = when_modal(_decide("15-1"))
    asked = when_modal(press_box(QMessageBox.StandardButton.Yes), name="confirmWriteOff")
    click(qtbot, button(page, "write_offButton"))
    assert decided and asked
    assert ps.object_details(win.ws, soon.object_id)["status"] == "written_off"
    warning = page.leases_label.text().split(";")[0]
    assert soon.inventory_number not in warning
    assert soon.inventory_number in page.message.text()
    # its history in words, in the window's language: no stored codes
    click(qtbot, page.disposed_check)
    click_row(qtbot, page.table, _row_of(page, soon.object_id))
    click(qtbot, button(page, "show_historyButton"))
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible()
    )
    model = dialog.table.model()
    cells = [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    text = " ".join(cells)
    for code in ("written_off", "write_off", "active", "leased", " No. "):
        assert code not in text, (code, text)
    assert i18n.tr("Property", "written off", lang) in cells
    kind = ps.choice_labels(lang)["kind"]["write_off"]
    assert any(c.startswith(f"{kind} № 15-1") for c in cells), cells
    dialog.close()


@BOTH
def test_headings_whole_the_status_line_and_the_selection_kept(app_window, qtbot) -> None:
    win = app_window
    page = go(qtbot, win, "property")
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    name = page.model.COLUMNS.index("name")
    for i, heading in enumerate(page.model.headings):
        assert header.sectionSize(i) >= metrics.horizontalAdvance(heading) + 20, heading
    assert header.sectionSize(name) < page.table.viewport().width() * 0.45

    # add an object: the status line says so, and the new object is selected
    def fill(dlg) -> None:
        dlg.name_ru.setFocus()
        type_text(dlg.name_ru, "Спортзал")
        press_std(dlg, QDialogButtonBox.StandardButton.Save)

    added = when_modal(fill)
    click(qtbot, button(page, "add_objectButton"))
    assert added and "Спортзал" in page.message.text()
    new = page.selected_id()
    # another object, edited and saved: still selected after the dialog, and said
    click_row(qtbot, page.table, 2)
    chosen = page.selected_id()
    assert chosen != new
    saved = when_modal(lambda d: press_std(d, QDialogButtonBox.StandardButton.Save))
    click(qtbot, button(page, "edit_objectButton"))
    assert saved and page.selected_id() == chosen
    assert "Спортзал" not in page.message.text()
    # a cancelled dialog: the selection stays, the status line no longer speaks of earlier work
    seen = when_modal(lambda d: press_std(d, QDialogButtonBox.StandardButton.Cancel))
    click(qtbot, button(page, "revalueButton"))
    assert seen and page.selected_id() == chosen and page.message.text() == ""


@BOTH
def test_dates_are_typed_and_never_filled_in(app_window, qtbot) -> None:
    """The lease's and the decision's dates: a click and typing sets them; an empty required
    date or a date that does not exist is said in words and the form stays open; the optional
    protocol date may stay empty; nothing is filled in silently."""
    win = app_window
    page = go(qtbot, win, "property")
    hall = next(r for r in ps.list_rows(win.ws) if r.name_ru == "Дом культуры")
    click_row(qtbot, page.table, _row_of(page, hall.id))
    click(qtbot, button(page, "add_leaseButton"))
    leases = page.object_leases_dialog
    said: list[str] = []

    def fill(dlg) -> None:
        assert (dlg.start.text(), dlg.end.text(), dlg.protocol_date.text()) == ("", "", "")
        qtbot.mouseClick(dlg.lessee, Qt.MouseButton.LeftButton)
        type_text(dlg.lessee, "ОсОО Нур")
        qtbot.mouseClick(dlg.start, Qt.MouseButton.LeftButton)
        type_text(dlg.start, "01.03.2024")
        qtbot.mouseClick(dlg.end, Qt.MouseButton.LeftButton)
        type_text(dlg.end, "31.02.2025")  # no such day
        qtbot.mouseClick(dlg.protocol, Qt.MouseButton.LeftButton)
        type_text(dlg.protocol, "3")
        # the protocol date's calendar: Enter takes the day it shows; cleared again (optional)
        click(qtbot, dlg.protocol_date.findChild(QToolButton, "calendarButton"))
        calendar = dlg.protocol_date.calendar
        assert calendar is not None and calendar.isVisible()
        QTest.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)
        assert dlg.protocol_date.date() == QDate.currentDate().toPython()
        dlg.protocol_date.clear()
        press_std(dlg, QDialogButtonBox.StandardButton.Ok)
        assert dlg.isVisible() and "31.02.2025" in dlg.error.text()
        said.append(dlg.error.text())
        dlg.end.clear()
        type_text(dlg.end, "28.02.2025")
        press_std(dlg, QDialogButtonBox.StandardButton.Ok)

    filled = when_modal(fill, name="leaseDialog")
    click(qtbot, leases.add_btn)
    assert filled and said
    (lease,) = [le for le in ps.leases(win.ws) if le.lessee == "ОсОО Нур"]
    assert (lease.start, lease.end) == (dt.date(2024, 3, 1), dt.date(2025, 2, 28))
    details = ps.lease_details(win.ws, lease.id)
    assert details["protocol_date"] is None
    leases.close()

    # the decision: without a date OK says so; typed, it is the decision's date
    def decide(dlg) -> None:
        assert dlg.date.text() == ""
        type_text(dlg.number, "9")
        press_std(dlg, QDialogButtonBox.StandardButton.Ok)
        assert dlg.isVisible() and dlg.error.text()
        # the calendar's button: Enter takes the day it shows (today), as a click on it does
        click(qtbot, dlg.date.findChild(QToolButton, "calendarButton"))
        calendar = dlg.date.calendar
        assert calendar is not None and calendar.isVisible()
        QTest.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)  # its days
        assert dlg.date.date() == QDate.currentDate().toPython()
        # typed over, the decision's own date
        dlg.date.selectAll()
        qtbot.mouseClick(dlg.date, Qt.MouseButton.LeftButton)
        dlg.date.clear()
        type_text(dlg.date, "12.4.2024")
        press_std(dlg, QDialogButtonBox.StandardButton.Ok)

    decided = when_modal(decide)
    click(qtbot, button(page, "record_decisionButton"))
    assert decided
    assert any(d.number == "9" and d.date == dt.date(2024, 4, 12) for d in ps.decisions(win.ws))


@BOTH
def test_a_blank_register_from_the_export_menu(app_window, qtbot, tmp_path, monkeypatch) -> None:
    """Export… → A blank register to fill in: the register's headings, in the window's
    language, and no object; the guide's promise kept."""
    from openpyxl import load_workbook

    win = app_window
    lang = i18n.language()
    page = go(qtbot, win, "property")
    target = tmp_path / "бланк.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = when_saved()
    choose_from_menu(qtbot, button(page, "export_excelButton"), "exportBlankAction")
    assert saved and str(target) in page.message.text()
    sheet = load_workbook(target).worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert ps.field_labels("object", lang)["inventory_number"] in cells
    names = {r.name_ru for r in ps.list_rows(win.ws)} | {r.name_ky for r in ps.list_rows(win.ws)}
    assert not names & set(cells)  # no object of the register in it
    # the menu is one the paper helper can extend (Property → Export → PDF)
    entries = [a.objectName() for a in page.export_menu.actions()]
    assert entries[:3] == ["exportFullAction", "exportPublicAction", "exportBlankAction"]
    assert "exportPdfAction" in entries and "exportPublicPdfAction" in entries


@BOTH
def test_the_register_as_a_pdf_from_the_export_menu(
    app_window, qtbot, tmp_path, monkeypatch
) -> None:
    """Property → Export… → The register (PDF): written in the background, as of the work date,
    every object's name in the text, the cadastral codes whole, the status line says where."""
    import subprocess

    win = app_window
    page = go(qtbot, win, "property")
    target = tmp_path / "реестр.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = when_saved()
    choose_from_menu(qtbot, button(page, "export_excelButton"), "exportPdfAction")
    assert saved and str(target) in page.message.text()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert win.ws.today().strftime("%d.%m.%Y") in flat  # "as of" the work date
    rows = ps.list_rows(win.ws)
    assert rows
    codes = [r.cadastral_code for r in rows if r.cadastral_code]
    for code in codes[:10]:
        assert code in text, code  # never split over two lines
