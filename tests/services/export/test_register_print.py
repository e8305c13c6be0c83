"""The register prints as wide as the page in Excel and LibreOffice (issue 24): each sheet
carries the flag Excel needs to fit it to the width (``fitToPage`` in the sheet properties,
which a write-only sheet writes with its first row), fitToWidth with fitToHeight=0, the print
area and the repeated header rows; LibreOffice prints the demo register on the pages the issue
measured with the flag; the signature lines are printed once, outside the repeated columns."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_desktop.i18n import tr
from msu_desktop.services.export.register_xlsx import write_register
from msu_desktop.services.workspace import Workspace
from tests.paper import PDFTOTEXT, SOFFICE, pdf_pages, soffice_to_pdf

pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (libreoffice-calc-nogui) or pdftotext (poppler-utils) is missing",
)


def _sheet_xml(path: Path) -> list[str]:
    """Each worksheet's XML, as Excel reads it (no openpyxl in between)."""
    with zipfile.ZipFile(path) as z:
        names = sorted(
            (n for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
            key=lambda n: int(re.findall(r"\d+", n)[0]),
        )
        return [z.read(n).decode("utf-8") for n in names]


# the demo register (61 objects) as LibreOffice prints it with the flag (issue 24's table:
# 28, 13 and 6 pages without it, at 100 %)
EXPECTED_PAGES = {"full": 16, "public": 9, "template": 4}


@pytest.fixture
def demo_ws(demo_dir: Path, tmp_path: Path):
    copy = tmp_path / "demo"
    shutil.copytree(demo_dir, copy)
    ws = Workspace.open(copy)
    yield ws
    ws.close()


@pytest.mark.parametrize("kind", ["full", "public", "template"])
def test_every_register_sheet_fits_the_width_and_prints_the_pages_expected(
    demo_ws: Workspace, tmp_path: Path, kind: str
) -> None:
    out = write_register(
        demo_ws,
        tmp_path / f"{kind}.xlsx",
        "ru",
        public=kind == "public",
        template=kind == "template",
    )
    for xml in _sheet_xml(out):
        assert re.search(r'<pageSetUpPr fitToPage="1"\s*/>', xml)
        setup = re.search(r"<pageSetup [^>]*>", xml)
        assert setup and 'fitToHeight="0"' in setup.group(0)
        assert re.search(r'fitToWidth="\d"', setup.group(0))
    with zipfile.ZipFile(out) as z:
        names = z.read("xl/workbook.xml").decode("utf-8")
    assert "_xlnm.Print_Titles" in names
    assert re.search(r'_xlnm.Print_Area" localSheetId="0">[^<]*\$A\$1:\$[A-Z]+\$\d+<', names)
    (pdf,) = soffice_to_pdf([out], tmp_path, tmp_path / "profile")
    pages = pdf_pages(pdf)
    assert len(pages) == EXPECTED_PAGES[kind]
    seal = tr("Export", "Responsible secretary", "ru")
    # the signature lines once, whole (the blank template has none)
    assert sum(seal in p for p in pages) == (kind != "template")
    assert all(p.count("Подпись") <= 2 for p in pages)


def test_the_signature_lines_are_outside_the_repeated_columns(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    out = write_register(demo_ws, tmp_path / "full.xlsx", "ru")
    sheet = load_workbook(out).worksheets[0]
    assert sheet.print_title_cols == "$A:$B"
    signed = [
        c
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and tr("Export", "Responsible secretary", "ru") in c.value
    ]
    assert [c.column for c in signed] == [3]


def test_the_totals_sheet_and_data_json_keep_areas_per_unit(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from msu_desktop.services import property_service as ps

    rows = [r for r in ps.list_rows(demo_ws) if r.status == "active" and r.area is not None]
    units = {r.unit for r in rows}
    assert len(units) > 1  # the demo has m², ha, ... : nothing may add them up
    package = ps.summary_for_package(demo_ws)
    for bucket in package["by_category"].values():
        assert "area" not in bucket
        assert set(bucket["area_by_unit"]) <= units
    total = {u: sum(r.area for r in rows if r.unit == u) for u in units}
    got: dict[str, float] = {}
    for bucket in package["by_use"].values():
        for u, v in bucket["area_by_unit"].items():
            got[u] = got.get(u, 0.0) + v
    assert {u: round(v, 2) for u, v in got.items()} == {u: round(v, 2) for u, v in total.items()}
    out = write_register(demo_ws, tmp_path / "full.xlsx", "ru")
    sheet = load_workbook(out)["Итоги"]
    areas = [r[2] for r in sheet.iter_rows(values_only=True) if isinstance(r[2], str)]
    assert any("\n" in a for a in areas)  # one category holding two units shows both
    assert all(not isinstance(r[2], float) for r in sheet.iter_rows(min_row=2, values_only=True))
