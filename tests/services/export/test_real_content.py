"""Paper from real content (issue 24): 4,000-character texts in the first, a middle and the LAST
measure, a Word paste with Shift+Enter (``\\x0b``), tabs and soft hyphens, and the amounts
123 456 789,50 and 12000.505. The package is built through the service and through the CLI;
the end of every long text is on the PDF (pdftotext) and on the xlsx as LibreOffice prints it;
no xlsx row is taller than Excel's 409 points; data.json, the PDF and the xlsx give the same
amount to the tyiyn."""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import tr
from msu_desktop.services import report_service as rs
from msu_desktop.services.export.xlsx_cells import MAX_ROW_POINTS, text_chunks
from msu_desktop.services.package import outgoing
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli
from tests.paper import (
    ATTACHED,
    EVIDENCE,
    PDFTOTEXT,
    PERIOD,
    SENTENCES,
    SOFFICE,
    broken_words,
    fill_real_content,
    pdf_pages,
    pdf_words,
    soffice_to_pdf,
)

pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (libreoffice-calc-nogui) or pdftotext (poppler-utils) is missing",
)
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n"} | {"\u00ad"}


def _members(package: Path, out: Path) -> dict[str, Path]:
    """The package's report files, unpacked: "pdf", "xlsx", "json"."""
    found: dict[str, Path] = {}
    with zipfile.ZipFile(package) as z:
        for name in z.namelist():
            if name.endswith((".pdf", ".xlsx", "data.json")) and "/" not in name:
                target = out / name
                target.write_bytes(z.read(name))
                found[name.rsplit(".", 1)[1]] = target
    assert set(found) == {"pdf", "xlsx", "json"}, sorted(found)
    return found


def _text(pages: list[str]) -> str:
    return "\n".join(pages)


def _assert_xlsx(xlsx: Path, ends: dict[str, str], tmp_path: Path, lang: str = "ru") -> str:
    """No row over 409 pt, no control character; the end of every long text printed by
    LibreOffice, every word of it whole or broken with a hyphen, on the pages expected.
    Returns the printed text."""
    wb = load_workbook(xlsx)
    sheet = wb.worksheets[0]
    tall = {
        r: d.height
        for r, d in sheet.row_dimensions.items()
        if d.height is not None and d.height > MAX_ROW_POINTS
    }
    assert tall == {}
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(ch in v for v in values for ch in CONTROL)
    for end in ends:
        assert any(end in v for v in values), f"{end} ({ends[end]}) not in the workbook"
    (pdf,) = soffice_to_pdf([xlsx], tmp_path, tmp_path / "profile")
    pages = pdf_pages(pdf)
    printed = _text(pages)
    for end in ends:
        assert end in printed, f"the end of {ends[end]} is not printed from the xlsx"
    # no word cut without a hyphen («административн/о-/территориально/й»): the columns hold
    # their longest words, a longer one is hyphenated as on the PDF
    assert broken_words(SENTENCES[lang], pdf_words(pdf)) == []
    # columns shared by what they hold: 38 pages before (narrow columns of long texts)
    assert len(pages) <= 30, len(pages)
    return printed


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_word_paste_is_cleaned_where_it_is_typed_and_the_field_says_what(
    ws_with_municipality: Workspace, lang: str
) -> None:
    ws = ws_with_municipality
    code = rs.measures_for(ws, PERIOD)[0].code
    saved = rs.set_value(ws, PERIOD, code, "done", "а\x0bб\tв\u00adг\x07д\r\nе", lang=lang)
    assert saved.value == "а\nб вгд\nе"
    assert rs.entry_values(ws, PERIOD, code)["done"].value == "а\nб вгд\nе"
    (note,) = saved.notes
    assert note.field == "done"
    for part in (
        "Word's line breaks became line breaks",
        "tabs became spaces",
        "soft hyphens were removed",
        "invisible control characters were removed",
    ):
        assert tr("Report", part, lang) in note.message
    assert note not in saved.problems  # a note, not a problem of the entry
    again = rs.set_value(ws, PERIOD, code, "done", "просто текст", lang=lang)
    assert again.notes == ()


def test_long_text_is_split_into_rows_excel_can_hold() -> None:
    from msu_desktop.services.export.xlsx_print import lines_of, row_height

    text = " ".join(["муниципалдык менчикти башкаруу"] * 300) + "\n\nКОНЕЦ"
    pieces = text_chunks(text, 44)
    assert len(pieces) > 2
    assert all(row_height(lines_of(p, 44)) <= MAX_ROW_POINTS for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_package_is_built_from_real_content_and_every_text_ends_on_paper(
    ws_with_municipality: Workspace, tmp_path: Path, lang: str
) -> None:
    ws = ws_with_municipality
    fx = fill_real_content(ws, lang)
    given = outgoing.make("27-15/04", "10.07.2021", "2")
    package = build_package(ws, PERIOD, tmp_path / "usb", lang, outgoing=given)
    files = _members(package, tmp_path)
    pages = pdf_pages(files["pdf"])
    text = _text(pages)
    for end, where in fx.ends.items():
        assert end in text, f"the end of {where} is not in the PDF"
    assert text.count(tr("Export", "(continued)", lang)) >= 3
    # what the last measure's "done" rests on, its municipality, numbered columns, the total
    flat = " ".join(_text(pdf_pages(files["pdf"], layout=False)).split())
    for words in (EVIDENCE, "01.03.2021", "30.05.2021", ATTACHED, "41705214812000"):
        assert " ".join(words.split()) in flat, words
    if lang == "ky":  # the directory's Russian names, in Kyrgyz on the Kyrgyz paper
        assert "Баткен району" in flat and "Баткен облусу" in flat
        assert "Баткенский" not in flat
    else:
        assert "Баткенский район" in flat and "Баткенская область" in flat
    # the header: the annex, the outgoing number and date, the addressee from the plan
    agency = outgoing.addressee(ws.plan(), lang)
    assert agency and " ".join(agency.split()) in flat
    for words in ("27-15/04", "10.07.2021"):
        assert words in " ".join(pdf_pages(files["pdf"], layout=False)[0].split())
    assert tr("Export", "Annex No. {annex}", lang, annex="2") in flat
    assert re.search(r"^\s*1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s*$", text, re.M)
    seal = tr("Export", "Place for the seal", lang)
    assert sum(seal in p for p in pages) == 1
    assert tr("Export", "page {n} of {total}", lang, n=len(pages), total=len(pages)) in pages[-1]
    assert not any(ch in text for ch in CONTROL - {"\f"})
    printed = _assert_xlsx(files["xlsx"], fx.ends, tmp_path, lang)
    assert "27-15/04" in printed.split("\f")[0] and "10.07.2021" in printed.split("\f")[0]

    # one rounding rule: 12000.505 is 12 000,51 in data.json, the PDF and the xlsx
    data = json.loads(files["json"].read_text("utf-8"))
    last = next(m for m in data["measures"] if m["code"] == fx.codes[-1])
    assert last["money"]["local_budget"] == "12000.51"
    lines = [line for p in pages for line in p.splitlines()]
    assert any("12 000,51" in line for line in lines)
    assert any("123 456 789,50" in line for line in lines)
    assert not any("12 000,50" in line for line in lines)
    sheet = load_workbook(files["xlsx"]).worksheets[0]
    numbers = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, float)]
    assert 12000.51 in numbers and 123456789.5 in numbers
    assert "12 000,51" in printed and "12 000,50" not in printed
    total = Decimal(data["summary"]["money_total"])
    assert amount(total) in text.replace("\u00a0", " ")
    # the totals row, printed bold, holds the amount whole on its own line (it was measured in
    # the body's font and broke as "123 504 802,-" / "01")
    label = tr("Export", "Total", lang)
    totals_rows = [line.replace("\u00a0", " ") for line in lines if label in line.split()]
    assert totals_rows and amount(total) in totals_rows[-1], totals_rows
    assert data["outgoing"] == {"number": "27-15/04", "date": "2021-07-10", "annex": "2"}
    assert outgoing.load(ws, PERIOD) == given  # kept: the next build offers them again


def test_the_cli_exports_real_content(ws_with_municipality: Workspace, tmp_path: Path) -> None:
    ws = ws_with_municipality
    fx = fill_real_content(ws, "ky")
    data_dir = ws.data_dir
    ws.close()
    out = tmp_path / "usb"
    out.mkdir()  # the stick is in: a missing folder is a pulled stick, refused
    r = run_cli(
        "--data-dir",
        str(data_dir),
        "--lang",
        "ky",
        "export",
        "--period",
        PERIOD,
        "--out",
        str(out),
        "--number",
        "№ 45",
        "--date",
        "12.07.2021",
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    (package,) = out.glob("*.msupkg")
    files = _members(package, tmp_path)
    text = _text(pdf_pages(files["pdf"]))
    for end, where in fx.ends.items():
        assert end in text, f"the end of {where} is not in the PDF"
    first = " ".join(pdf_pages(files["pdf"], layout=False)[0].split())
    assert "№ 45" in first and "12.07.2021" in first
    assert json.loads(files["json"].read_text("utf-8"))["outgoing"]["number"] == "№ 45"


def test_the_cli_refuses_an_outgoing_date_that_is_not_one_in_words(
    ws_with_municipality: Workspace, tmp_path: Path
) -> None:
    ws = ws_with_municipality
    data_dir = ws.data_dir
    ws.close()
    out = tmp_path / "usb"
    out.mkdir()
    r = run_cli(
        "--data-dir",
        str(data_dir),
        "--lang",
        "ru",
        "export",
        "--period",
        PERIOD,
        "--out",
        str(out),
        "--date",
        "31.02.2021",
    )
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "31.02.2021" in r.stderr
    assert list(out.iterdir()) == []
    again = Workspace.open(data_dir)
    assert outgoing.load(again, PERIOD) == outgoing.Outgoing()
