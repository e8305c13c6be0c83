"""Registers as offices keep them, and hostile register files (issue 11, class 6): a title row,
a two-level merged header, numbers typed as text, condition words and abbreviations in Russian
and Kyrgyz, a column the mapping does not use (named, kept in the notes on request, its
impossible date named), a hidden first sheet; .xls, .csv, password-protected, inflating and
entity-bomb files are refused with what to do, and the database is left as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from msu_desktop.domain import numbers
from msu_desktop.domain import property as prop
from msu_desktop.domain.property import DecisionDraft
from msu_desktop.errors import UserError
from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps
from tests.conftest import run_cli

CONDITIONS = [
    "ветхое",
    "удовл.",
    "аварийное",
    "хор.",
    "неудовлетворительное",
    "эскирген",
    "канаат.",
    "авариялык",
]
EXPECTED = [
    "poor",
    "satisfactory",
    "emergency",
    "good",
    "poor",
    "poor",
    "satisfactory",
    "emergency",
]


def office_register(path: Path, *, bad_date: bool = True, hidden_first: bool = False) -> Path:
    wb = Workbook()
    if hidden_first:
        old = wb.active
        old.title = "Старый"
        old.append(["Наименование", "Площадь"])
        old.append(["Старая запись", 1])
        old.sheet_state = "hidden"
        ws = wb.create_sheet("Реестр")
    else:
        ws = wb.active
    ws["A1"] = "Реестр муниципального имущества Дарыинского АА на 01.01.2024"
    ws.merge_cells("A1:H1")
    heads = [
        "№ п/п",
        "Наименование объекта",
        "Площадь, кв.м",
        "Стоимость, сом",
        None,
        "Состояние",
        "Дата ввода",
        "Инв. №",
    ]
    for c, h in enumerate(heads, start=1):
        ws.cell(3, c, h)
    for col in "ABCFGH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws["D4"], ws["E4"] = "балансовая", "остаточная"
    for i in range(30):
        r = 5 + i
        date = "31.02.1982" if bad_date and i == 7 else f"0{1 + i % 9}.03.19{70 + i}"
        ws.append(
            [
                i + 1,
                f"Объект {i + 1}",
                f"1 2{i:02d},5",
                "1 250 000,50",
                f"{100 + i} 000",
                CONDITIONS[i % len(CONDITIONS)],
                date,
                f"INV-{i + 1:03d}",
            ]
        )
        assert ws.max_row == r
    wb.save(path)
    return path


def dump(data_dir: Path) -> list[str]:
    con = sqlite3.connect(data_dir / "msu.sqlite")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_title_row_and_merged_two_level_header(ws, tmp_path) -> None:
    sheet = property_import.read_workbook(office_register(tmp_path / "r.xlsx", bad_date=False))
    mapping = property_import.guess_mapping(sheet)
    assert mapping.header_row == 3  # the sub-header row is header, not data
    assert mapping.columns["book_value"] == 3 and mapping.columns["residual_value"] == 4
    assert mapping.columns["area"] == 2 and mapping.columns["inventory_number"] == 7
    check = property_import.dry_run(ws, sheet, mapping)
    assert check.rejected == [] and len(check.new) == 30
    first = check.new[0].draft
    assert first.area == 1200.5 and first.residual_value == 100_000.0
    conditions = [r.draft.condition for r in check.new[: len(CONDITIONS)]]
    assert conditions == EXPECTED
    # the column no field takes is named, never dropped without a word
    assert any("Дата ввода" in c for c in check.not_imported)


def test_unmapped_column_kept_in_notes_and_its_impossible_date_named(ws, tmp_path) -> None:
    sheet = property_import.read_workbook(office_register(tmp_path / "r.xlsx"))
    mapping = property_import.guess_mapping(sheet)
    assert 6 in mapping.unmapped(sheet)
    mapping.keep = [6]  # G «Дата ввода»
    check = property_import.dry_run(ws, sheet, mapping)
    assert [r.row for r in check.rejected] == [12]
    assert "G «Дата ввода»" in check.rejected[0].reason and "31.02.1982" in check.rejected[0].reason
    assert check.not_imported == ["A «№ п/п»"] and check.kept_in_notes == ["G «Дата ввода»"]
    property_import.apply(ws, check)
    notes = {r.inventory_number: r.notes for r in ps.list_rows(ws)}
    assert notes["INV-001"] == "Дата ввода: 01.03.1970"


def test_cli_names_unimported_columns_and_keeps_them_on_request(data_dir, tmp_path) -> None:
    path = office_register(tmp_path / "r.xlsx", bad_date=False)
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(path), "--dry-run")
    assert r.returncode == 0 and "Дата ввода" in r.stdout and "--keep-in-notes" in r.stdout
    r = run_cli(
        "--data-dir", str(data_dir), "inventory", "import", str(path), "--keep-in-notes", "G"
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Kept in the notes" in r.stdout


def test_hidden_first_sheet_is_skipped_for_the_visible_register(ws, tmp_path) -> None:
    sheet = property_import.read_workbook(
        office_register(tmp_path / "r.xlsx", bad_date=False, hidden_first=True)
    )
    check = property_import.dry_run(ws, sheet, property_import.guess_mapping(sheet))
    assert len(check.new) == 30 and any("Старый" in n for n in check.notices)


def _bomb_xlsx(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["Наименование"])
    wb.active.append(["x"])
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" count="1" uniqueCount="1"><si><t>'
        + b"A" * (40 * 1024 * 1024)
        + b"</t></si></sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


def _laughs_xlsx(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["Наименование"])
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    ents = "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10 if i else "lol"}">' for i in range(10)
    )
    body = parts["xl/worksheets/sheet1.xml"]
    body = body.split(b"?>", 1)[-1]
    parts["xl/worksheets/sheet1.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]>'.encode() + body
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


HOSTILE = {
    "inflating.xlsx": (_bomb_xlsx, "MB once unpacked"),
    "laughs.xlsx": (_laughs_xlsx, "entity"),
    "old.xls": (
        lambda p: p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600) or p,
        ".xlsx",
    ),
    "register.csv": (lambda p: p.write_text("Наименование;Площадь\nШкола;120\n") or p, "CSV"),
    "empty.xlsx": (lambda p: p.write_bytes(b"") or p, "is not an Excel workbook"),
    "truncated.xlsx": (
        lambda p: office_register(p, bad_date=False).write_bytes(p.read_bytes()[:3000]) or p,
        "is not an Excel workbook",
    ),
    "register.xlsx": (
        lambda p: p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\1" * 900) or p,
        "password",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_register_files_are_refused_and_nothing_changes(data_dir, tmp_path, name) -> None:
    make, words = HOSTILE[name]
    path = tmp_path / name
    make(path)
    r = run_cli("--data-dir", str(data_dir), "plan", "show")
    assert r.returncode == 0
    before = dump(data_dir)
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(path))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and words in (r.stdout + r.stderr)
    assert dump(data_dir) == before


@pytest.mark.parametrize(
    "text", ["12.5.", "1e400", "1E5", "inf", "NaN", "1..5", "1,2,3", "10" * 10]
)
def test_numbers_a_careless_parser_would_misread_are_refused(text) -> None:
    with pytest.raises(ValueError):
        prop.parse_number(text)
    # the report forms use the same parser
    assert numbers.parse_number(text, units=False, strict=False) is None


def test_bad_numbers_in_a_register_are_named_with_row_and_column(ws, tmp_path) -> None:
    wb = Workbook()
    wb.active.append(["Наименование", "Площадь", "Балансовая стоимость"])
    wb.active.append(["Школа", "12.5.", "1e400"])
    wb.save(tmp_path / "r.xlsx")
    sheet = property_import.read_workbook(tmp_path / "r.xlsx")
    check = property_import.dry_run(ws, sheet, property_import.guess_mapping(sheet))
    reason = check.rejected[0].reason
    assert check.rejected[0].row == 2 and "B «Площадь»" in reason and "12.5." in reason
    assert "C «Балансовая стоимость»" in reason and "1e400" in reason


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2))
def test_number_parser_reads_what_amount_writes(value: Decimal) -> None:
    assert numbers.parse_number(numbers.amount(value)) == value
    assert numbers.parse_number(f"{value:,.2f}") == value  # 1,234.50
    assert numbers.parse_number(f"{value:,.2f}".replace(",", " ").replace(".", ",")) == value


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_date_parser_round_trips_and_refuses_impossible_days(day: dt.date) -> None:
    assert numbers.parse_date(day.strftime("%d.%m.%Y")) == day
    assert numbers.parse_date(day.isoformat(), loose=False) == day
    impossible = f"{31 if day.month in (2, 4, 6, 9, 11) else 32}.{day.month:02d}.{day.year}"
    with pytest.raises(ValueError):
        numbers.parse_date(impossible)


def test_rules_are_the_services_so_cli_import_and_form_obey_them(ws) -> None:
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Клуб"})
    with pytest.raises(ps.ObjectProblems) as exc:
        ps.update_object(ws, oid, {"latitude": 55.75, "use": "written_off"})
    assert set(exc.value.problems) == {"latitude", "use"}
    with pytest.raises(UserError, match="outside Kyrgyzstan"):
        ps.add_object(ws, {"category": "land", "name_ru": "Участок", "longitude": 37.6})
    ps.dispose(ws, oid, DecisionDraft("7", dt.date(2024, 1, 5), "write_off", "акт"))
    with pytest.raises(ps.ObjectProblems, match="keeps its use"):
        ps.update_object(ws, oid, {"use": "own_use"})


def test_area_totals_are_per_unit() -> None:
    totals = prop.totals_by_unit([("m2", 320.5), ("ha", 0.6), ("ha", 0.6), ("ha", 0.6)])
    assert totals == {"m2": Decimal("320.5"), "ha": Decimal("1.8")}


def test_area_totals_are_exact_in_decimals_for_a_big_register() -> None:
    """Summed as a secretary adds them up (0.1 + 0.2 = 0.3), not as floats drift, also over
    10,000 objects and big areas."""
    assert prop.totals_by_unit([("ha", 0.1), ("ha", 0.2), ("pcs", None)]) == {"ha": Decimal("0.3")}
    many = [("m2", 0.01)] * 10_000 + [("m2", 123_456_789.25)]
    assert prop.totals_by_unit(many) == {"m2": Decimal("123456889.25")}
    assert str(prop.totals_by_unit([("m", 2.5), ("m", 2.5)])["m"]) == "5.0"
