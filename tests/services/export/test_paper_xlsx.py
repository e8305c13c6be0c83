"""Every workbook the app makes, printed through LibreOffice headless (many offices use it,
and it does not size rows itself): every cell's full text is on the paper (rows too short or
overlapping lose it), words whole, amounts as "23 579,00", printed at 8 pt or more, header and
footer with the period in words and "page N of M"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import tr
from msu_desktop.services.export.register_xlsx import pages_wide, write_register
from msu_desktop.services.export.report_xlsx import write_report_xlsx
from msu_desktop.services.export.xlsx_print import MIN_SCALE, MONEY_FORMAT, print_scale
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace
from tests.paper import (
    PDFTOTEXT,
    PERIOD,
    PERIOD_ID,
    SOFFICE,
    amounts_not_whole,
    fill_long_period,
    pdf_pages,
    pdf_words,
    soffice_to_pdf,
)

pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (libreoffice-calc-nogui) or pdftotext (poppler-utils) is missing",
)
FINGERPRINT = "41705214812000 · 9F3A0C11D2E4B7A8 · RWQ7 2F1C 99AB 0D3E"
# the box poppler gives a word of Liberation Sans is 1.149 times its size: 8 pt -> 9.19
MIN_WORD_BOX = 8.0 * 1.14
PUNCT = "«»\"“”„'.,;:!?()[]…"


def _cells(path: Path) -> tuple[list[str], list[str]]:
    """Every text cell's value and every amount (as "23 579,00") of every sheet."""
    texts, amounts = [], []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    texts.append(cell.value)
                elif (
                    isinstance(cell.value, (int, float))
                    and not isinstance(cell.value, bool)
                    and cell.number_format == MONEY_FORMAT
                ):
                    amounts.append(amount(cell.value))
    return texts, amounts


def _missing_words(texts: list[str], pdf: Path) -> list[str]:
    """Words not printed whole (an office program may break a word after its own hyphen:
    "Административдик-" + "аймактык" is whole)."""
    tokens = {w.text.strip(PUNCT) for w in pdf_words(pdf)}
    missing = []
    for text in texts:
        for raw in text.split():
            word = raw.strip(PUNCT)
            if not word or word in tokens:
                continue
            parts = word.split("-")
            pieces = [p + "-" for p in parts[:-1]] + [parts[-1]]
            if len(parts) > 1 and all(
                p in tokens or any(t.endswith(p) or t.startswith(p) for t in tokens if "-" in t)
                for p in pieces
                if p not in ("", "-")
            ):
                continue
            missing.append(word)
    return missing


def _smallest_word(pdf: Path) -> float:
    return min(w.y1 - w.y0 for w in pdf_words(pdf) if w.text.strip(PUNCT))


def test_report_with_long_texts_prints_whole_through_libreoffice(
    ws_with_municipality, tmp_path: Path
) -> None:
    ws = ws_with_municipality
    made: dict[str, Path] = {}
    for lang in ("ky", "ru"):
        fill_long_period(ws, lang)
        made[lang] = write_report_xlsx(
            ws, PERIOD, lang, tmp_path / f"report_{lang}.xlsx", fingerprint=FINGERPRINT
        )
        texts, amounts = _cells(made[lang])
        assert any("9F3A0C11D2E4B7A8" in t for t in texts)
        assert any(tr("Export", "Place for the seal", lang) in t for t in texts)
        assert amount(23579) in amounts and amount(1250000.5) in amounts
        sheet = load_workbook(made[lang]).active
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert print_scale(sheet, sheet.max_column) >= MIN_SCALE
        assert "&P" in sheet.oddFooter.right.text and "&N" in sheet.oddFooter.right.text
        assert period_name(PERIOD, lang) in sheet.oddHeader.center.text
        assert tr("Export", "not approved", lang).upper() in sheet.oddHeader.right.text
        tall = [r for r in range(5, sheet.max_row) if (sheet.row_dimensions[r].height or 0) > 60]
        assert tall, "rows with long texts were left one line high"
    pdfs = soffice_to_pdf(list(made.values()), tmp_path, tmp_path / "lo-profile")
    for lang, pdf in zip(made, pdfs, strict=True):
        texts, amounts = _cells(made[lang])
        assert _missing_words(texts, pdf) == []
        pages = pdf_pages(pdf)
        assert amounts_not_whole(amounts, pages) == []
        assert _smallest_word(pdf) >= MIN_WORD_BOX
        assert not PERIOD_ID.search("\n".join(pages))
        mark = tr("Export", "not approved", lang).upper()
        for n, page in enumerate(pages, start=1):
            assert mark in page
            assert tr("Export", "page {n} of {total}", lang, n=n, total=len(pages)) in page


def test_register_prints_whole_through_libreoffice(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo"
    shutil.copytree(demo_dir, copy)
    ws = Workspace.open(copy)
    try:
        made = {
            lang: write_register(ws, tmp_path / f"register_{lang}.xlsx", lang)
            for lang in ("ky", "ru")
        }
    finally:
        ws.close()
    for path in made.values():
        sheet = load_workbook(path).worksheets[0]
        assert (
            print_scale(sheet, sheet.max_column, pages_wide(sheet.max_column), (0, 1)) >= MIN_SCALE
        )
        assert sheet.page_setup.fitToHeight == 0
    pdfs = soffice_to_pdf(list(made.values()), tmp_path, tmp_path / "lo-profile")
    for lang, pdf in zip(made, pdfs, strict=True):
        texts, amounts = _cells(made[lang])
        assert _missing_words(texts, pdf) == []
        assert amounts_not_whole(amounts, pdf_pages(pdf)) == []
        assert _smallest_word(pdf) >= MIN_WORD_BOX
        assert tr("Export", "Place for the seal", lang) in "\n".join(pdf_pages(pdf))


def test_consolidated_workbook_prints_whole_through_libreoffice(tmp_path: Path) -> None:
    from msu_agency.collect import KeyRegistry, collect
    from msu_agency.demo import make_demo_packages, synthetic_directory
    from msu_agency.report import write_consolidated_xlsx
    from msu_exchange.documents import shipped_plan

    plan, _ = shipped_plan()
    make_demo_packages(plan, synthetic_directory(6), tmp_path / "usb", "2021-H2")
    result = collect(tmp_path / "usb", KeyRegistry(tmp_path / "keys.json"))
    made = {
        lang: write_consolidated_xlsx(result, tmp_path / f"c_{lang}.xlsx", lang, "2021-H2")
        for lang in ("ky", "ru")
    }
    pdfs = soffice_to_pdf(list(made.values()), tmp_path, tmp_path / "lo-profile")
    for lang, pdf in zip(made, pdfs, strict=True):
        for sheet in load_workbook(made[lang]).worksheets:
            pages = sheet.page_setup.fitToWidth
            assert print_scale(sheet, sheet.max_column, pages, (0, 1)) >= MIN_SCALE
        texts, amounts = _cells(made[lang])
        assert _missing_words(texts, pdf) == []
        assert amounts_not_whole(amounts, pdf_pages(pdf)) == []
        assert _smallest_word(pdf) >= MIN_WORD_BOX
