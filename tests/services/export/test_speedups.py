"""reportlab works in C where it can (rl-accel): without it a register PDF took four times as
long (issue 26), and reportlab falls back to Python silently."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import rl_accel
from reportlab.pdfbase.pdfmetrics import stringWidth

from msu_desktop.services.export.pdf_layout import FONT, register_fonts
from tests.paper import PDFTOPPM


def test_reportlab_measures_text_with_its_c_accelerator() -> None:
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
    register_fonts()
    # the C code measures a Kyrgyz word as the Python code did
    assert 0 < stringWidth("Өкмөт үйү", FONT, 10) == stringWidth("Өкмөт үйү", FONT, 10.0)


def _quadratic_wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """How lines were broken before issue 26: the whole trial line measured for each word
    (no word here is wider than the column, so no hyphenation)."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            trial = f"{line} {word}" if line else word
            if stringWidth(trial, FONT, size) <= width:
                line = trial
                continue
            out.append(line)
            line = word
        if line:
            out.append(line)
    return out


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_line_measured_word_by_word_breaks_where_the_whole_line_did(lang: str) -> None:
    from msu_desktop.services.export.pdf_layout import wrap_words
    from tests.paper import long_text

    register_fonts()
    text = long_text(lang, 4000) + "\n" + long_text(lang, 900, shift=3)
    widest = max(stringWidth(w, FONT, 8) for w in text.split())
    for width in (widest + d for d in (0.0, 3.3, 41.0, 120.0)):
        assert list(wrap_words(text, width, FONT, 8, lang)) == _quadratic_wrap(
            text, width, FONT, 8
        ), width


def _draw_cells(pdf: Path, cells: list[Any]) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table

    from msu_desktop.services.export.pdf_layout import PAGE, table_style

    table = Table([cells], colWidths=[60 * mm] * len(cells))
    table.setStyle(table_style(header_rows=0))
    SimpleDocTemplate(str(pdf), pagesize=PAGE).build([table])


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is missing")
def test_a_cell_of_broken_lines_prints_as_the_paragraph_it_replaced(tmp_path: Path) -> None:
    """The report's cells are set from pdf_layout's own lines (issue 26): the page must look
    as it did when reportlab's Paragraph set the same lines, to the pixel at 100 dpi."""
    from reportlab.platypus import Paragraph

    from msu_desktop.services.export.pdf_layout import cell_lines, lines_cell, styles
    from tests.paper import long_text

    st = styles()
    texts = [
        long_text("ky", 300),
        "Баардыгы: 123\u00a0456\u00a0789,50\nӨкмөт үйү",
        long_text("ru", 500),
    ]
    cells: dict[str, list[Any]] = {"lines": [], "paragraph": []}
    for k, text in enumerate(texts):
        style = st["head"] if k == 1 else st["small"]  # bold and body
        lines = cell_lines(text, style, 60 * 2.8346, "ky")
        assert len(lines) >= (2 if k == 1 else 5)
        cells["lines"].append(lines_cell(lines, style))
        cells["paragraph"].append(Paragraph("<br/>".join(lines), style))
    pngs = {}
    for kind, row in cells.items():
        _draw_cells(tmp_path / f"{kind}.pdf", row)
        subprocess.run(
            [
                PDFTOPPM,
                "-r",
                "100",
                "-gray",
                "-png",
                str(tmp_path / f"{kind}.pdf"),
                str(tmp_path / kind),
            ],
            check=True,
        )
        pngs[kind] = sorted(tmp_path.glob(f"{kind}-*.png"))
    assert len(pngs["lines"]) == len(pngs["paragraph"]) == 1
    assert pngs["lines"][0].read_bytes() == pngs["paragraph"][0].read_bytes()


def test_a_report_row_is_styled_as_if_each_cell_were_given_its_style(tmp_path: Path) -> None:
    """cell_styler looks each style up once; the cells read back as cell.font = … gives them."""
    from openpyxl import Workbook, load_workbook

    from msu_desktop.services.export.report_xlsx import BORDER, HEAD_FILL, WRAP
    from msu_desktop.services.export.xlsx_cells import cell_styler, number_cell
    from msu_desktop.services.export.xlsx_print import BOLD_FONT, TEXT_FONT

    for way in ("each", "styler"):
        wb = Workbook()
        sheet = wb.active
        assert sheet is not None
        style = cell_styler(sheet, font=TEXT_FONT, border=BORDER, alignment=WRAP)
        head = cell_styler(sheet, font=BOLD_FONT, fill=HEAD_FILL)
        for r in range(1, 4):
            number_cell(sheet, r, 2, 23579.5)  # its number format stays
            for col in (1, 2):
                cell = sheet.cell(row=r, column=col, value=f"{r}.{col}")
                if way == "each":
                    cell.font, cell.border, cell.alignment = TEXT_FONT, BORDER, WRAP
                else:
                    style(cell)
        first = sheet.cell(row=5, column=1, value="№")
        if way == "each":
            first.font, first.fill = BOLD_FONT, HEAD_FILL
        else:
            head(first)
        wb.save(tmp_path / f"{way}.xlsx")
    read = {w: load_workbook(tmp_path / f"{w}.xlsx").active for w in ("each", "styler")}
    for coord in ("A1", "B1", "A3", "B3", "A5"):
        a, b = read["each"][coord], read["styler"][coord]
        for attr in ("font", "border", "alignment", "fill", "number_format"):
            assert repr(getattr(a, attr)) == repr(getattr(b, attr)), (coord, attr)
    assert read["styler"]["B2"].number_format == read["each"]["B2"].number_format != "General"
    assert read["styler"]["A1"].font.name == TEXT_FONT.name
    assert read["styler"]["A5"].fill.fgColor.rgb == read["each"]["A5"].fill.fgColor.rgb


def test_a_right_aligned_cell_keeps_its_alignment() -> None:
    """Only left-aligned cells are set as plain lines; another style keeps its Paragraph."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from msu_desktop.services.export.pdf_layout import LinesCell, lines_cell, styles

    st = styles()
    assert isinstance(lines_cell(["a", "b"], st["small"]), LinesCell)
    right = ParagraphStyle("right", parent=st["small"], alignment=TA_RIGHT)
    made = lines_cell(["1 000,00", "23,50"], right)
    assert isinstance(made, Paragraph)
    assert made.wrap(100, 100)[1] == 2 * right.leading


def _report_like_table(table_class: Any) -> list[Any]:
    """A report's table as report_pdf lays it out: two bold header rows, rows of 4,000- and
    900-character texts in both languages split over pages into continuation rows, empty
    cells, and a signature block as the last row."""
    from reportlab.platypus import Paragraph

    from msu_desktop.services.export.pdf_layout import (
        PAGE,
        cell,
        frame_height,
        row_height,
        styles,
        table_rows,
        table_style,
        table_with_end,
    )
    from tests.paper import long_text

    st = styles()
    widths = [40.0, 260.0, 90.0, 300.0, 80.0]
    head = [
        cell(h, st["head"], w, "ky")
        for h, w in zip(["№", "Иш-чара", "Мөөнөт", "Аткарылышы", "Эскертүү"], widths, strict=True)
    ]
    numbers = [cell(str(k), st["head"], w, "ky") for k, w in enumerate(widths, start=1)]
    texts = []
    for k, lang in enumerate(("ky", "ru", "ky", "ru")):
        texts.append(
            [
                f"3.2.{k + 1}",
                long_text(lang, 900, shift=k),
                "",
                long_text(lang, 4000 if k % 2 else 1200, shift=k + 1),
                "1 234 567,89\u00a0сом" if k != 2 else "",
            ]
        )
    room = frame_height(PAGE[1], 36, 36)
    head_h = row_height(head, widths) + row_height(numbers, widths)
    rows = table_rows(texts, widths, st["small"], "ky", room - head_h, lambda r: [r[0], "(уланды)"])
    end = [Paragraph("Башчы: ____________", st["base"])]
    return [
        table_with_end(
            [head, numbers, *rows],
            widths,
            table_style(header_rows=2),
            end,
            table_class=table_class,
            room=room,
            header_rows=2,
        )
    ]


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is missing")
def test_a_table_of_line_cells_draws_its_pages_as_reportlabs_table_does(tmp_path: Path) -> None:
    """LinesTable sets all its cells in one text object (issue 26): every page of a long,
    split table must look as reportlab's LongTable draws it, to the pixel at 100 dpi."""
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from msu_desktop.services.export.pdf_layout import PAGE, LinesTable

    register_fonts()
    pages = {}
    for kind, table_class in (("long", LongTable), ("lines", LinesTable)):
        pdf = tmp_path / f"{kind}.pdf"
        doc = SimpleDocTemplate(str(pdf), pagesize=PAGE, topMargin=36, bottomMargin=36, invariant=1)
        doc.build(_report_like_table(table_class))
        subprocess.run(
            [PDFTOPPM, "-r", "100", "-gray", "-png", str(pdf), str(tmp_path / kind)], check=True
        )
        pages[kind] = sorted(tmp_path.glob(f"{kind}-*.png"))
    assert len(pages["long"]) >= 3  # the long rows went on over pages
    assert len(pages["lines"]) == len(pages["long"])
    for a, b in zip(pages["long"], pages["lines"], strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    # and the same text in the same order (-raw: as written), for pdftotext and a screen
    # reader (-layout puts a blank line between text objects a line apart: the lines must be
    # the same, not the gaps)
    for mode in ([], ["-layout"], ["-raw"]):
        text = {}
        for kind in ("long", "lines"):
            out = subprocess.run(
                ["pdftotext", *mode, str(tmp_path / f"{kind}.pdf"), "-"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            text[kind] = [line for line in out.splitlines() if line.strip()]
        assert text["lines"] == text["long"], mode
        joined = "\n".join(text["lines"])
        assert "(уланды)" in joined and "Башчы" in joined


def test_a_row_of_line_cells_is_as_tall_as_reportlab_measures_it() -> None:
    """table_with_end gives reportlab the heights of rows of LinesCells (issue 26): they must
    be the heights reportlab finds when it measures the cells itself."""
    from reportlab.platypus import LongTable

    from msu_desktop.services.export.pdf_layout import known_height, table_style

    register_fonts()
    (table,) = _report_like_table(LongTable)
    rows = table._cellvalues[:-1]
    given = [known_height(r) for r in rows]
    assert all(h is not None for h in given)
    measured = LongTable(rows, colWidths=table._argW)
    measured._longTableOptimize = 0
    measured.setStyle(table_style(header_rows=2))
    measured.wrap(sum(table._argW), 1e9)
    assert measured._rowHeights == pytest.approx(given)
    assert known_height([*rows[0][:-1], "text"]) is None  # anything else: reportlab measures


def test_a_workbook_is_saved_without_a_temporary_file_per_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """xlsx_print.save makes each sheet in memory (issue 26): the workbook reads back as
    openpyxl's own save writes it, with no file left in (or written to) the temporary folder."""
    import io

    import openpyxl.worksheet._writer as sheet_writer
    from openpyxl import load_workbook

    from msu_desktop.services.export.xlsx_print import save, workbook

    def no_temp_file(suffix: str = "") -> str:
        raise AssertionError("a temporary file was written")

    wb = workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Отчет"
    sheet["A1"] = "Айыл өкмөтү"
    sheet["B2"] = 23579.5
    sheet.merge_cells("A3:C3")
    sheet["A3"] = "жыйын " * 500
    second = wb.create_sheet("Ижара")
    second["A1"] = "Тенант"
    ours = io.BytesIO()
    with monkeypatch.context() as m:
        m.setattr(sheet_writer, "create_temporary_file", no_temp_file)
        save(wb, ours)
    theirs = tmp_path / "theirs.xlsx"
    wb.save(theirs)
    a, b = load_workbook(io.BytesIO(ours.getvalue())), load_workbook(theirs)
    assert a.sheetnames == b.sheetnames == ["Отчет", "Ижара"]
    for name in a.sheetnames:
        rows_a = [[c.value for c in r] for r in a[name].iter_rows()]
        rows_b = [[c.value for c in r] for r in b[name].iter_rows()]
        assert rows_a == rows_b
    assert [str(r) for r in a["Отчет"].merged_cells.ranges] == ["A3:C3"]
