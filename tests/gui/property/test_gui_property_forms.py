"""The property dialogs built from Designer forms (ui/object_dialog.ui, ui/lease_dialog.ui,
ui/decision_dialog.ui): every problem the register's rules can name for a field of the form has
its label under that field, and the forms' fields reach the service."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from msu_desktop.domain.property import DecisionDraft, LeaseDraft
from msu_desktop.services import property_service as ps
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def _save(dlg) -> None:
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_every_field_problem_shows_under_its_field_and_nothing_is_saved(
    qtbot, ws_with_municipality
) -> None:
    from msu_desktop.gui.property import ObjectDialog

    ws = ws_with_municipality
    dlg = ObjectDialog(ws, "ru", None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_ru.setText("")
    dlg.eni.setText("12345")
    dlg.latitude.setText("55.75")
    dlg.longitude.setText("долгота")
    dlg.basis_date.setText("31.02.2020")
    dlg.registration_date.setText("32.01.2020")
    dlg.notes.setPlainText("ж" * 20_001)
    _save(dlg)
    wanted = {
        "name_ru",
        "cadastral_code",
        "latitude",
        "longitude",
        "basis_date",
        "registration_date",
        "notes",
    }
    shown = {key for key, label in dlg.field_errors.items() if label.isVisible() and label.text()}
    assert shown == wanted
    # each label is the form's own, the one under its field
    assert dlg.findChild(QLabel, "error_latitude") is dlg.field_errors["latitude"]
    assert ps.list_rows(ws) == [] and not dlg.result()


def test_a_lease_and_a_decision_typed_in_their_forms_are_saved(qtbot, ws_with_municipality) -> None:
    from msu_desktop.gui.property import DecisionDialog, LeaseDialog

    ws = ws_with_municipality
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Баня"})
    lease = LeaseDialog()
    qtbot.addWidget(lease)
    lease.lessee.setText("ИП Асанов")
    lease.rent.setValue(2500)
    lease.awarded.setCurrentIndex(lease.awarded.findData("direct"))
    lease.reason.setText("социальный объект")
    # no term is filled in for her: OK says what is missing and keeps the form open
    lease.show()
    lease.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert lease.isVisible() and lease.error.isVisible() and not lease.result()
    type_text(lease.start, "01.02.2024")
    type_text(lease.end, "31.1.2025")
    values = lease.values()
    assert (values["start"], values["end"]) == (dt.date(2024, 2, 1), dt.date(2025, 1, 31))
    assert values["protocol_date"] is None  # optional, and left empty
    ps.add_lease(ws, oid, LeaseDraft(**values))
    assert [le.lessee for le in ps.leases(ws)] == ["ИП Асанов"]
    decision = DecisionDialog(kinds=False)
    qtbot.addWidget(decision)
    assert [decision.how.itemData(i) for i in range(decision.how.count())] == ["write_off", "sell"]
    assert decision.date.text() == ""  # no date filled in for her
    decision.number.setText("12")
    decision.text.setPlainText("списать")
    ps.dispose(ws, oid, DecisionDraft("12", dt.date(2024, 2, 1), decision.how.currentData(), "акт"))
    assert ps.object_details(ws, oid)["status"] == "written_off"
