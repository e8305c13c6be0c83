"""The register import reports progress in the app's one signature, ``progress(pct, text)``
with pct 0–100, and stops between rows when ``cancelled()`` says so -- leaving the register as
it was (the dry run writes nothing; a cancelled apply is rolled back whole)."""

from __future__ import annotations

import pytest

from msu_desktop import errors
from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps

ROWS = 1000


def _sheet(rows: int = ROWS) -> property_import.Sheet:
    body = [[f"Склад {i}", f"INV-{i:05d}", f"{i},50"] for i in range(rows)]
    return property_import.Sheet([["Наименование", "Инвентарный номер", "Площадь"], *body])


def test_the_dry_run_and_apply_report_percent_and_text(ws) -> None:
    sheet = _sheet()
    seen: list[tuple[int, str]] = []

    def progress(pct: int, text: str = "") -> None:
        assert isinstance(pct, int) and isinstance(text, str)
        seen.append((pct, text))

    check = property_import.dry_run(
        ws, sheet, property_import.guess_mapping(sheet), progress=progress, cancelled=lambda: False
    )
    assert check.accepted == ROWS and check.rejected == []
    pcts = [p for p, _t in seen]
    assert len(pcts) >= 5 and pcts == sorted(pcts) and pcts[-1] == 100
    assert all(0 <= p <= 100 for p in pcts)
    assert any(str(ROWS + 1) in t for _p, t in seen)  # "Row 200 of 1001"

    seen.clear()
    added, updated = property_import.apply(ws, check, progress=progress, cancelled=lambda: False)
    assert (added, updated) == (ROWS, 0)
    pcts = [p for p, _t in seen]
    assert len(pcts) >= 5 and pcts == sorted(pcts) and pcts[-1] == 100


def _cancel_after(n: int):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > n

    return cancelled, calls


def test_cancel_stops_the_dry_run_between_rows(ws) -> None:
    sheet = _sheet()
    cancelled, calls = _cancel_after(300)
    with pytest.raises(errors.Cancelled):
        property_import.dry_run(
            ws, sheet, property_import.guess_mapping(sheet), cancelled=cancelled
        )
    assert calls["n"] == 301  # asked once per row, stopped at the first "yes"
    assert ps.list_rows(ws) == []


def test_a_cancelled_apply_writes_nothing(ws) -> None:
    ps.add_object(ws, {"category": "equipment", "name_ru": "Компьютер", "inventory_number": "A-1"})
    before = ps.list_rows(ws)
    sheet = _sheet()
    check = property_import.dry_run(ws, sheet, property_import.guess_mapping(sheet))
    cancelled, _calls = _cancel_after(ROWS - 1)  # the very last row
    with pytest.raises(errors.Cancelled) as raised:
        property_import.apply(ws, check, cancelled=cancelled)
    assert "nothing was imported" in str(raised.value)
    assert ps.list_rows(ws) == before
    assert ps.history(ws, before[0].id)[-1].field == "*"  # no change logged for the old object
