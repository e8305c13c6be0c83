"""The property register: a messy real-world Excel register built by the test, imported with a
dry run that names every bad row, fixed, re-imported without duplicates; leases, write-off with a
decision, history; exports read back (public version hides private lessees; no formulas)."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from msu_desktop.domain import property as prop
from msu_desktop.domain.property import DecisionDraft, LeaseDraft
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps
from msu_desktop.services.export import register_xlsx
from tests.conftest import run_cli


def messy_register(path: Path, fix: bool = False) -> Path:
    """A register like the ones in aiyl okmotus: a title, a merged two-row header in Russian,
    numbers as text with spaces and commas, and bad rows."""
    wb = Workbook()
    s = wb.active
    s["A1"] = "Реестр муниципального имущества Ак-Талинского айыл окмоту на 01.01.2022"
    s.merge_cells("A1:J1")
    headers = [
        "№",
        "Инв. №",
        "Наименование объекта",
        "Село",
        "Код ЕНИ",
        "Площадь",
        None,
        "Год постройки",
        "Балансовая стоимость, сом",
        "Состояние",
    ]
    for c, h in enumerate(headers, start=1):
        s.cell(row=3, column=c, value=h)
    s.merge_cells("F3:G3")
    s.cell(row=4, column=6, value="кол-во")
    s.cell(row=4, column=7, value="ед. изм.")
    for c in (1, 2, 3, 4, 5, 8, 9, 10):
        s.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    rows = [
        (
            1,
            "00101",
            "Здание айыл окмоту",
            "Ак-Тал",
            "4-07-01-0001-0012",
            "1 234,50",
            "м2",
            "1975",
            "2 450 000,00",
            "удовл.",
        ),
        (
            2,
            "00102",
            "Здание школы",
            "Ак-Тал",
            "4-07-01-0001-0013",
            "2 100",
            "м2",
            "01.09.1968",
            "5 100 000",
            "хорошее",
        ),
        (3, "00103", "", "Баетов", "", "15", "га", "2001", "100000", "хорошее"),  # no name
        (
            4,
            "00104",
            "Пастбище Жалгыз-Терек",
            "Баетов",
            "4-07-02-0003-0100",
            "-35",
            "га",
            "2010",
            "0",
            "хорошее",
        ),  # negative area
        (
            5,
            "00105",
            "Водопровод с. Ак-Тал",
            "Ак-Тал",
            "",
            "3,2 км" if not fix else "3200",
            "м",
            "1989",
            "много",
            "плохое",
        ),  # not numbers
        (
            6,
            "00101",
            "Клуб",
            "Ак-Тал",
            "",
            "400",
            "м2",
            "1980",
            "300 000",
            "плохое",
        ),  # duplicate inv. no.
        (
            7,
            "00107",
            "Трактор МТЗ-80",
            "Ак-Тал",
            "",
            "1",
            "шт",
            "32.13.2009",
            "450000",
            "удовл.",
        ),  # bad date
        (
            8,
            "00108",
            "Мост через р. Нарын",
            "Ак-Тал",
            "12345",
            "40",
            "м",
            "1999",
            "1 500 000",
            "аварийное",
        ),  # bad ЕНИ
        (
            9,
            "00109",
            "@Ноутбук HP",
            "Ак-Тал",
            "",
            "10",
            "шт",
            "2015",
            "10 000",
            "хорошее",
        ),
    ]
    if fix:
        rows[2] = (3, "00103", "Земельный участок под ФАП", *rows[2][3:])
        rows[3] = (
            4,
            "00104",
            "Пастбище Жалгыз-Терек",
            "Баетов",
            "4-07-02-0003-0100",
            "35",
            "га",
            "2010",
            "0",
            "хорошее",
        )
        rows[4] = (
            5,
            "00105",
            "Водопровод с. Ак-Тал",
            "Ак-Тал",
            "",
            "3200",
            "м",
            "1989",
            "780 000",
            "плохое",
        )
        rows[5] = (6, "00106", "Клуб", "Ак-Тал", "", "400", "м2", "1980", "300 000", "плохое")
        rows[6] = (
            7,
            "00107",
            "Трактор МТЗ-80",
            "Ак-Тал",
            "",
            "1",
            "шт",
            "2009",
            "450000",
            "удовл.",
        )
        rows[7] = (
            8,
            "00108",
            "Мост через р. Нарын",
            "Ак-Тал",
            "4-07-01-0010-0001",
            "40",
            "м",
            "1999",
            "1 500 000",
            "аварийное",
        )
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            s.cell(row=r, column=c, value=v)
    s.cell(row=14, column=1, value=None)  # an empty row at the end
    wb.save(path)
    return path


def test_dry_run_names_every_bad_row_then_fixed_file_imports_once(ws, tmp_path) -> None:
    sheet = property_import.read_workbook(messy_register(tmp_path / "reg.xlsx"))
    mapping = property_import.guess_mapping(sheet)
    assert {
        "inventory_number",
        "name",
        "area",
        "unit",
        "year",
        "book_value",
        "cadastral_code",
    } <= set(mapping.columns)
    check = property_import.dry_run(ws, sheet, mapping)
    reasons = {r.row: r.reason for r in check.rejected}
    assert set(reasons) == {7, 8, 9, 10, 11, 12}
    assert "name" in reasons[7]
    assert "negative" in reasons[8]
    assert "not a number" in reasons[9]
    assert "duplicate inventory number 00101" in reasons[10]
    assert "year" in reasons[11]
    assert "ЕНИ" in reasons[12]
    assert ps.list_rows(ws) == []  # a dry run writes nothing
    fixed = property_import.read_workbook(messy_register(tmp_path / "fixed.xlsx", fix=True))
    check = property_import.dry_run(ws, fixed, property_import.guess_mapping(fixed))
    assert check.rejected == [] and len(check.new) == 9
    assert property_import.apply(ws, check) == (9, 0)
    rows = {r.inventory_number: r for r in ps.list_rows(ws)}
    assert rows["00101"].area == 1234.5 and rows["00101"].book_value == 2_450_000
    assert rows["00102"].year == 1968 and rows["00101"].condition == "satisfactory"
    again = property_import.dry_run(ws, fixed, property_import.guess_mapping(fixed))
    assert len(again.new) == 0 and len(again.matched) == 9
    property_import.apply(ws, again)
    assert len(ps.list_rows(ws)) == 9


def test_cli_import_exit_status_and_lines(data_dir, tmp_path) -> None:
    bad = messy_register(tmp_path / "bad.xlsx")
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(bad), "--dry-run")
    assert r.returncode == 1
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("Row ")]
    assert len(lines) == 6 and lines[0].startswith("Row 7:")
    good = messy_register(tmp_path / "good.xlsx", fix=True)
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(good))
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(tmp_path / "nope.xlsx"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    (tmp_path / "text.xlsx").write_text("not excel")
    r = run_cli("--data-dir", str(data_dir), "inventory", "import", str(tmp_path / "text.xlsx"))
    assert r.returncode == 2 and "Excel" in r.stderr


def test_lease_expiry_write_off_with_decision_and_history(ws) -> None:
    today = dt.date.today()
    oid = ps.add_object(
        ws,
        {
            "category": "building",
            "name_ru": "Здание бывшей конторы",
            "area": 320.0,
            "unit": "m2",
            "book_value": 800000.0,
            "village": "Ак-Тал",
        },
    )
    ps.add_lease(
        ws,
        oid,
        LeaseDraft(
            lessee="Иванов И. И.",
            is_person=True,
            start=today - dt.timedelta(days=300),
            end=today + dt.timedelta(days=30),
            rent=5000,
            awarded_by="auction",
            protocol_number="12",
        ),
    )
    states = {le.lessee: le.state for le in ps.leases(ws)}
    assert states["Иванов И. И."] == "ending_soon"
    with pytest.raises(UserError, match="protocol"):
        ps.add_lease(
            ws,
            oid,
            LeaseDraft(lessee="ОсОО Ак-Суу", start=today, end=today, rent=1, awarded_by="auction"),
        )
    ps.update_object(ws, oid, {"condition": "emergency"})
    ps.dispose(
        ws, oid, DecisionDraft("17", dt.date(2022, 3, 1), "write_off", "Списать как аварийное")
    )
    row = next(r for r in ps.list_rows(ws) if r.id == oid)
    assert row.status == "written_off"
    # its lease ended with it: no longer "ending within 60 days"
    assert {le.lessee: le.state for le in ps.leases(ws)}["Иванов И. И."] == "terminated"
    with pytest.raises(UserError, match="already written off"):
        ps.dispose(ws, oid, DecisionDraft("18", dt.date(2022, 4, 1), "sell"))
    fields = [h.field for h in ps.history(ws, oid)]
    assert fields[0] == "*" and "condition" in fields and "status" in fields


def test_exports_public_hides_private_lessees_and_notes(ws, tmp_path) -> None:
    today = dt.date.today()
    a = ps.add_object(
        ws, {"category": "building", "name_ru": "Магазин", "notes": "ВНУТРЕННЕЕ: долг"}
    )
    b = ps.add_object(
        ws, {"category": "land", "name_ru": "Участок", "cadastral_code": "4-07-01-0001-0020"}
    )
    ps.add_lease(
        ws,
        a,
        LeaseDraft(
            lessee="Асанова Гүлнара",
            is_person=True,
            start=today,
            end=today + dt.timedelta(days=365),
            rent=3000,
            awarded_by="auction",
            protocol_number="3",
        ),
    )
    ps.add_lease(
        ws,
        b,
        LeaseDraft(
            lessee="ОсОО Береке",
            start=today,
            end=today + dt.timedelta(days=365),
            rent=1,
            rent_period="year",
            awarded_by="direct",
            direct_reason="инвестиционный проект",
        ),
    )
    ps.update_object(ws, b, {"name_ru": "=1+1"})
    full = register_xlsx.write_register(ws, tmp_path / "full.xlsx", "ru")
    public = register_xlsx.write_register(ws, tmp_path / "pub.xlsx", "ru", public=True)
    template = register_xlsx.write_register(ws, tmp_path / "tpl.xlsx", "ru", template=True)
    text_full = _all_text(full)
    text_public = _all_text(public)
    assert "Асанова Гүлнара" in text_full and "ВНУТРЕННЕЕ: долг" in text_full
    assert "Асанова Гүлнара" not in text_public and "ВНУТРЕННЕЕ" not in text_public
    assert "ОсОО Береке" in text_public
    # the Kyrgyz public register says "private person" in Kyrgyz, whatever the window's language
    public_ky = _all_text(register_xlsx.write_register(ws, tmp_path / "ky.xlsx", "ky", public=True))
    assert tr("Property", "private person", "ky") in public_ky
    assert tr("Property", "private person", "ru") not in public_ky
    cell = next(
        c for row in load_workbook(full).active.iter_rows() for c in row if c.value == "=1+1"
    )
    assert cell.data_type == "s"
    assert len(list(load_workbook(template).active.iter_rows())) == 3
    income = ps.rent_income_by_year(ws)
    assert income[today.year] > Decimal(0)


def _all_text(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    return " ".join(
        str(v) for s in wb.worksheets for row in s.iter_rows(values_only=True) for v in row if v
    )


def test_inventory_numbers_are_suggested_and_unique(ws) -> None:
    a = ps.add_object(ws, {"category": "equipment", "name_ru": "Компьютер"})
    ps.add_object(ws, {"category": "equipment", "name_ru": "Принтер"})
    numbers = [r.inventory_number for r in ps.list_rows(ws)]
    assert len(set(numbers)) == 2
    with pytest.raises(UserError, match="already used"):
        ps.update_object(ws, a, {"inventory_number": numbers[1]})


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_numbers_typed_with_spaces_and_commas(value: Decimal) -> None:
    ru = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    assert prop.parse_number(ru) == value
    assert prop.parse_number(f"{value:.2f}") == value


@given(st.text(max_size=20))
def test_number_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(ValueError):
        prop.parse_number(text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_in_every_format(day: dt.date) -> None:
    assert prop.parse_date(day.strftime("%d.%m.%Y")) == day
    assert prop.parse_date(day.isoformat()) == day
    assert prop.parse_date(dt.datetime.combine(day, dt.time())) == day


def test_eni_format() -> None:
    assert prop.eni_problem("1-02-03-0004-0005") is None
    assert prop.eni_problem("1-02-03-0004-0005-01-012") is None
    assert prop.eni_problem("12345") is not None
    assert prop.eni_problem("") is None


def test_register_pdf_has_every_object_kyrgyz_text_and_page_numbers(ws, tmp_path) -> None:
    import shutil
    import subprocess

    from msu_desktop.services.export.register_pdf import write_register_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for i in range(120):
        ps.add_object(
            ws,
            {
                "inventory_number": f"R{i:04d}",
                "category": "land",
                "name_ru": f"Участок {i}",
                "name_ky": f"Жер тилкеси {i} (Өзгөн)",
                "area": 1.5,
            },
        )
    out = write_register_pdf(ws, tmp_path / "reg.pdf", "ky", fingerprint="TEST-FP")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(f"R{i:04d}" in text for i in range(120))
    assert "Өзгөн" in text and "Муниципалдык мүлктүн реестри" in text
    assert "беттин 1-бети" in text


def test_council_decisions_are_linked_and_in_the_history(ws) -> None:
    oid = ps.add_object(ws, {"category": "land", "name_ru": "Участок под школу"})
    ps.add_decision(
        ws,
        DecisionDraft("7", dt.date(2021, 5, 4), "acquire", "Принять в муниципальную собственность"),
        [oid],
    )
    rows = ps.decisions(ws)
    assert rows[0].number == "7" and rows[0].objects == [ps.list_rows(ws)[0].inventory_number]
    assert any(h.field == "decision" and "No. 7" in (h.new or "") for h in ps.history(ws, oid))
    with pytest.raises(UserError, match="number"):
        ps.add_decision(ws, DecisionDraft(" ", dt.date(2021, 5, 4), "acquire"), [oid])
