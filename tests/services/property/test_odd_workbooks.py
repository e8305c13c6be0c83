"""Registers from outside (issue 24): workbooks made by other tools, or edited by hand, are
dry-run or refused in words ("this file cannot be read: ...", ky/ru), never with a reader's
traceback. Each is made here: LibreOffice's own conversion of a CSV, an empty shared-strings
part, a cell with an empty style attribute, a minimal package, a workbook with only a chart
sheet, and pivot-table parts that do not parse."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from msu_desktop.errors import UserError
from msu_desktop.services import property_import as pi
from msu_desktop.services.workspace import Workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HEADER = ["Инвентарный номер", "Наименование", "Категория", "Балансовая стоимость"]
ROWS = [["000101", "Здание айыл окмоту", "Здания и помещения", "1250000,50"]]


def _register(path: Path) -> Path:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    wb.save(path)
    return path


def _edit(src: Path, out: Path, change: dict[str, bytes | None]) -> Path:
    """``src`` with some parts replaced (``None``: removed) or added: a hand-edited package."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in change:
                data = change[item.filename]
                if data is not None:
                    zout.writestr(item.filename, data)
                continue
            zout.writestr(item, zin.read(item.filename))
        names = set(zin.namelist())
        for name, data in change.items():
            if name not in names and data is not None:
                zout.writestr(name, data)
    return out


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def _dry_run(ws: Workspace, path: Path) -> pi.ImportCheck:
    sheet = pi.read_workbook(path)
    return pi.dry_run(ws, sheet, pi.guess_mapping(sheet))


def _refused_in_words(ws: Workspace, path: Path, lang: str) -> str:
    with pytest.raises(UserError) as info:
        _dry_run(ws, path)
    message = info.value.message(lang)
    assert path.name in message
    assert "Traceback" not in message and "Error" not in message
    return message


def _libreoffice_register(tmp_path: Path) -> Path:
    """The register as LibreOffice converts a CSV (its own writer: shared strings, its styles)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is missing")
    csv = tmp_path / "register.csv"
    csv.write_text("\n".join(";".join(r) for r in [HEADER, *ROWS]) + "\n", encoding="utf-8")
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').resolve().as_uri()}",
            "--headless",
            "--infilter=CSV:59,34,76",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(csv),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return tmp_path / "register.xlsx"


def test_libreoffice_conversion_of_a_csv_is_dry_run(ws, tmp_path: Path) -> None:
    check = _dry_run(ws, _libreoffice_register(tmp_path))
    assert check.accepted == 1


def test_an_empty_shared_strings_part_is_refused_in_words(ws, tmp_path: Path) -> None:
    src = _libreoffice_register(tmp_path)
    assert 't="s"' in _part(src, "xl/worksheets/sheet1.xml")  # its texts are shared strings
    empty = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" '
        b'uniqueCount="0"/>'
    )
    bad = _edit(src, tmp_path / "empty-strings.xlsx", {"xl/sharedStrings.xml": empty})
    ru = _refused_in_words(ws, bad, "ru")
    assert "не удаётся прочитать" in ru and "текст, которого нет в книге" in ru
    assert "окулбайт" in _refused_in_words(ws, bad, "ky")


def test_an_empty_style_attribute_is_refused_in_words(ws, tmp_path: Path) -> None:
    src = _register(tmp_path / "src.xlsx")
    sheet = _part(src, "xl/worksheets/sheet1.xml")
    sheet = re.sub(r'<c r="A1"( s="\d+")?', '<c r="A1" s=""', sheet, count=1)
    bad = _edit(src, tmp_path / "empty-s.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()})
    ru = _refused_in_words(ws, bad, "ru")
    assert "не удаётся прочитать" in ru and "значение" in ru
    ky = _refused_in_words(ws, bad, "ky")
    assert "окулбайт" in ky


def test_a_minimal_package_is_dry_run_or_refused_in_words(ws, tmp_path: Path) -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    minimal = tmp_path / "minimal.xlsx"
    with zipfile.ZipFile(minimal, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet xmlns="{ns}"><sheetData><row r="1">'
            '<c r="A1" t="inlineStr"><is><t>Инвентарный номер</t></is></c></row></sheetData>'
            "</worksheet>",
        )
    try:
        _dry_run(ws, minimal)
    except UserError as exc:
        assert minimal.name in exc.message("ru")


def test_a_workbook_with_only_a_chart_sheet_is_refused_in_words(ws, tmp_path: Path) -> None:
    wb = Workbook()
    data = wb.active
    assert data is not None
    data.append(["a", 1])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=1))
    wb.create_chartsheet("Диаграмма").add_chart(chart)
    data.sheet_state = "hidden"
    path = tmp_path / "chart-only.xlsx"
    wb.save(path)
    _refused_in_words(ws, path, "ru")


def test_pivot_table_parts_that_do_not_parse_are_refused_in_words(ws, tmp_path: Path) -> None:
    src = _register(tmp_path / "src.xlsx")
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/>'
        "</Relationships>"
    )
    pivot = (
        '<?xml version="1.0"?><pivotTableDefinition xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" name="Сводная" cacheId="7" dataCaption="Значения">'
        '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
        "</pivotTableDefinition>"
    )
    bad = _edit(
        src,
        tmp_path / "pivot.xlsx",
        {
            "xl/worksheets/_rels/sheet1.xml.rels": rels.encode(),
            "xl/pivotTables/pivotTable1.xml": pivot.encode(),
        },
    )
    try:
        check = _dry_run(ws, bad)
    except UserError as exc:
        assert bad.name in exc.message("ru")
    else:
        assert check.accepted == 1
