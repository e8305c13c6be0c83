"""The register PDF (issue 24, 7): reachable from the command line (``inventory export --pdf``)
and the window, with the date it is "as of", totals per unit (m², ha and pieces never added
up), cadastral codes (ЕНИ) never split across lines, and no text under 8 pt."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from msu_desktop.i18n import tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.export.register_pdf import Cancelled, write_register_pdf
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli
from tests.paper import PDFTOPPM, PDFTOTEXT, pdf_pages

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is missing")

CODES = [f"4-07-01-{k:04d}-{k * 7 % 10000:04d}" for k in range(1, 31)]
LONG_NAME = (
    "Здание бывшей машинно-тракторной станции с пристройкой, переоборудованное под "
    "дом культуры айылного аймака Дарыинский"
)


def _fill(ws: Workspace) -> None:
    assert len(LONG_NAME) >= 115
    for k, code in enumerate(CODES):
        category, area, unit = (
            ("building", 120.5, "m2")
            if k % 3 == 0
            else ("land", 2.25, "ha")
            if k % 3 == 1
            else ("equipment", 3, "pcs")
        )
        ps.add_object(
            ws,
            {
                "inventory_number": f"INV-{k:03d}",
                "category": category,
                "name_ru": LONG_NAME if k == 0 else f"Объект {k}",
                "name_ky": LONG_NAME if k == 0 else f"Объект {k}",
                "cadastral_code": code if category != "equipment" else "",
                "area": area,
                "unit": unit,
                "book_value": 1000.5,
            },
        )


def _min_font_height(pdf: Path) -> float:
    """The smallest word box poppler finds: a word's box is about 1.16 × its font size."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights = [
        float(b) - float(a)
        for a, b in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html
        )
    ]
    return min(heights)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_register_pdf_has_its_date_totals_per_unit_and_whole_codes(
    ws: Workspace, tmp_path: Path, lang: str
) -> None:
    _fill(ws)
    out = write_register_pdf(ws, tmp_path / "register.pdf", lang)
    pages = pdf_pages(out)
    text = "\n".join(pages)
    flat = " ".join(text.split())
    for code in CODES[::3] + CODES[1::3]:
        assert code in text, f"{code} is split or missing"
    assert "4-\n" not in text and not re.search(r"\b4-\s*$", text, re.M)
    as_of = tr("PropertyExport", "as of {date}", lang, date=ws.today().strftime("%d.%m.%Y"))
    assert as_of in flat
    # totals on the last page: 30 objects; 10 × 120,50 m², 10 × 2,25 ha, 10 × 3 pieces
    last = " ".join(pages[-1].split())
    assert tr("PropertyExport", "Total: %n object(s)", lang, n=30) in last
    units = {u["id"]: u["label"][lang] for u in ps.categories()["units"]}
    for figure in (f"1 205 {units['m2']}", f"22,50 {units['ha']}", f"30 {units['pcs']}"):
        assert figure in last.replace("\u00a0", " "), figure
    assert "30 015,00" in last.replace("\u00a0", " ")  # 30 × 1 000,50
    assert tr("Export", "Place for the seal", lang) in pages[-1]
    assert _min_font_height(out) >= 8 * 0.95
    if PDFTOPPM:
        subprocess.run([PDFTOPPM, "-r", "40", "-png", str(out), str(tmp_path / "p")], check=True)
        assert len(list(tmp_path.glob("p-*.png"))) == len(pages)


def test_a_cancelled_register_pdf_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    _fill(ws)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_register_pdf(ws, out / "r.pdf", "ru", cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_inventory_export_pdf_from_the_command_line(ws: Workspace, tmp_path: Path) -> None:
    _fill(ws)
    data_dir = ws.data_dir
    ws.close()
    out = tmp_path / "register.pdf"
    r = run_cli(
        "--data-dir", str(data_dir), "--lang", "ky", "inventory", "export", "--pdf", str(out)
    )
    assert r.returncode == 0, r.stderr
    text = "\n".join(pdf_pages(out))
    assert "Муниципалдык мүлктүн реестри" in text and CODES[0] in text
    r = run_cli("--data-dir", str(data_dir), "--lang", "ru", "inventory", "export")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "--pdf" in r.stderr
