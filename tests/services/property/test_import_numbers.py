"""A number the import gives never collides with one in the file or the register, so a
corrected file comes back without overwriting one object with another; the unit in the area's
header is read ("Площадь, м²": square metres, not pieces)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps

HEAD = ["Инв. №", "Наименование", "Площадь, м²", "ЕНИ"]


def _register(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def _import(ws, path: Path) -> property_import.ImportCheck:
    sheet = property_import.read_workbook(path)
    check = property_import.dry_run(ws, sheet, property_import.guess_mapping(sheet))
    property_import.apply(ws, check)
    return check


def test_a_given_number_is_none_of_the_files_nor_the_registers(ws, tmp_path) -> None:
    ps.add_object(ws, {"category": "building", "name_ru": "Контора", "inventory_number": "0001"})
    first = _register(
        tmp_path / "a.xlsx",
        [
            ["0002", "Котельная", "сорок", ""],  # rejected: the area is no number
            ["", "Склад", "900", "1-02-03-0004-0005"],  # no number: gets one
        ],
    )
    check = _import(ws, first)
    assert [r.row for r in check.rejected] == [2]
    given = check.new[0].draft.inventory_number
    assert given not in ("0001", "0002") and given == "0003"
    assert any("row 3: 0003" in n for n in check.notices)
    # the corrected file: the boiler house keeps its 0002, the store is found by its ЕНИ
    second = _register(
        tmp_path / "b.xlsx",
        [["0002", "Котельная", "40", ""], ["", "Склад", "900", "1-02-03-0004-0005"]],
    )
    check = _import(ws, second)
    assert check.rejected == []
    names = {r.inventory_number: r.name_ru for r in ps.list_rows(ws)}
    assert names == {"0001": "Контора", "0002": "Котельная", "0003": "Склад"}


def test_a_number_and_a_code_of_two_objects_are_refused(ws, tmp_path) -> None:
    ps.add_object(ws, {"category": "building", "name_ru": "Склад", "inventory_number": "0003"})
    ps.add_object(
        ws,
        {"category": "building", "name_ru": "Баня", "cadastral_code": "1-02-03-0004-0009"},
    )
    check = _import(
        ws, _register(tmp_path / "c.xlsx", [["0003", "Котельная", "40", "1-02-03-0004-0009"]])
    )
    assert len(check.rejected) == 1 and "two different objects" in check.rejected[0].reason
    assert sorted(r.name_ru for r in ps.list_rows(ws)) == ["Баня", "Склад"]


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Площадь, м²", "m2"),
        ("Площадь (кв. м)", "m2"),
        ("Площадь, га", "ha"),
        ("Протяжённость, м", "m"),
        ("Площадь", None),
    ],
)
def test_the_unit_is_read_from_the_area_header(ws, tmp_path, header, unit) -> None:
    path = _register(
        tmp_path / "u.xlsx", [["7", "Участок", "900"]], ["Инв. №", "Наименование", header]
    )
    _import(ws, path)
    row = ps.list_rows(ws)[0]
    assert row.area == 900
    if unit is not None:
        assert row.unit == unit
    else:
        assert row.unit != "m2"  # nothing said: the category's unit, not a guess


def test_a_unit_column_wins_over_the_header(ws, tmp_path) -> None:
    path = _register(
        tmp_path / "w.xlsx",
        [["8", "Пастбище", "12", "га"]],
        ["Инв. №", "Наименование", "Площадь, м²", "Ед. изм."],
    )
    _import(ws, path)
    assert ps.list_rows(ws)[0].unit == "ha"
