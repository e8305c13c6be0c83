"""The semi-annual report as a print-ready Excel workbook (openpyxl).

One row per measure: number, measure, deadline, status, what was done, indicators, money by
source, problems, proposals. A4 landscape, header rows repeated on every page, fit to width,
frozen header, wrapped text. Text typed by users is always written as text: a value beginning
with ``=``, ``+``, ``-`` or ``@`` never becomes a formula.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import language, pick, tr
from msu_desktop.services.export.pdf_layout import unapproved_mark
from msu_desktop.services.export.report_cells import (
    basis_text,
    head_title,
    letter_lines,
    municipality_line,
    status_text,
)
from msu_desktop.services.export.xlsx_cells import RowPager, cell_styler, number_cell, text_cell
from msu_desktop.services.export.xlsx_print import (
    A4_LANDSCAPE_HEIGHT,
    BOLD_FONT,
    FONT_NAME,
    LINE,
    TEXT_FONT,
    WRAP_TOP,
    content_widths,
    fit_rows,
    header_text,
    page_setup,
    print_scale,
    save,
    set_widths,
    signatures,
    width_for,
)
from msu_desktop.services.export.xlsx_print import (
    workbook as print_workbook,
)
from msu_desktop.services.labels import period_name
from msu_exchange.files import write_bytes_atomic

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")
FIRST_MONEY = 7  # the first money column (one per money source)


def setup_print(
    ws: Worksheet,
    header_rows: str,
    title: str,
    lang: str | None = None,
    *,
    place: str = "",
    mark: str = "",
    fingerprint: str = "",
    pages_wide: int = 1,
    title_cols: str | None = None,
) -> None:
    """A4 landscape, fit to width, header rows repeated, header and footer: see xlsx_print."""
    page_setup(
        ws,
        header_rows,
        title,
        lang or language(),
        place=place,
        mark=mark,
        fingerprint=fingerprint,
        pages_wide=pages_wide,
        title_cols=title_cols,
    )


def _done(row: Any, lang: str) -> str:
    """What was done, and below it what it rests on (dates, document, files): the PDF has a
    column for these; the workbook has no room for a thirteenth at 8 pt."""
    basis = basis_text(row, lang)
    return "\n\n".join(x for x in (str(row.done), basis) if x)


def _column_texts(rows: list[Any], lang: str, sources: int, rules: Any) -> list[list[str]]:
    """What each column of the sheet will hold, for its width (money columns: nothing)."""
    out: list[list[str]] = [[] for _ in range(8 + sources)]
    for row in rows:
        out[1].append(pick(row.title, lang))
        out[2].append(pick(row.deadline_text, lang))
        out[3].append(status_text(row, lang, rules))
        out[4].append(_done(row, lang))
        out[5].append("; ".join(f"{pick(i.label, lang)}: {i.value}" for i in row.indicators))
        out[-2].append(row.problems or "")
        out[-1].append(row.proposals or "")
    return out


def _pager(
    sheet: Worksheet, head_row: int, ncols: int, repeated: int = 1, lang: str = "ru"
) -> RowPager:
    """Where the pages of ``sheet`` end, from its column widths (the print scale), its title
    rows and its header row (repeated on every page), with two lines to spare."""
    fit_rows(sheet, 1, head_row, ncols)
    scale = print_scale(sheet, ncols)
    paper = (A4_LANDSCAPE_HEIGHT - 2 * 0.6 * 72) / scale - 2 * LINE
    heights = [sheet.row_dimensions[r].height or LINE for r in range(1, head_row + 1)]
    return RowPager(paper - sum(heights[-repeated:]), paper - sum(heights), lang)


def _write_header(
    sheet: Any, head_row: int, headers: list[str], widths: list[float], lang: str
) -> None:
    """The column names in ``head_row`` and their numbers below, as official forms have them
    (both repeated on every printed page)."""
    name_style = cell_styler(
        sheet,
        font=BOLD_FONT,
        fill=HEAD_FILL,
        border=BORDER,
        alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"),
    )
    number_style = cell_styler(
        sheet,
        font=BOLD_FONT,
        fill=HEAD_FILL,
        border=BORDER,
        alignment=Alignment(horizontal="center"),
    )
    for col, name in enumerate(headers, start=1):
        name_style(text_cell(sheet, head_row, col, header_text(name, widths[col - 1], lang)))
        # numbered columns, as official forms have them (repeated with the header)
        number = sheet.cell(row=head_row + 1, column=col, value=col)
        number.number_format = "0"
        number_style(number)


def _write_rows(
    sheet: Any,
    r: int,
    rows: list[Any],
    lang: str,
    rules: Any,
    widths: list[float],
    pager: Any,
    ncols: int,
) -> int:
    """One row a measure after row ``r`` (a text taller than Excel's tallest row goes on in
    continuation rows); returns the last row written."""
    sources = list(rules.money_sources)
    first_money = FIRST_MONEY
    continued = tr("Export", "(continued)", lang)
    style = cell_styler(sheet, font=TEXT_FONT, border=BORDER, alignment=WRAP)
    for row in rows:
        indicators = "; ".join(
            f"{pick(i.label, lang)}: {i.value}" for i in row.indicators if str(i.value).strip()
        )
        status = status_text(row, lang, rules)
        deadline = pick(row.deadline_text, lang)
        if row.deadline_missed:
            deadline += " — " + tr("Export", "deadline passed", lang)
        texts: list[tuple[int, str]] = [
            (1, row.measure_code),
            (2, pick(row.title, lang)),
            (3, deadline),
            (4, status),
            (5, _done(row, lang)),
            (6, indicators),
            (first_money + len(sources), row.problems),
            (first_money + 1 + len(sources), row.proposals),
        ]
        # a text taller than Excel's tallest row goes on in continuation rows (xlsx_cells)
        pieces = pager.split([(text, widths[col - 1]) for col, text in texts])
        for k, piece in enumerate(pieces):
            r += 1
            for (col, _), text in zip(texts, piece, strict=True):
                if k and col == 1:
                    text = row.measure_code
                elif k and col == 2:  # the measure column says the row goes on
                    text = f"{continued} {text}".strip()
                text_cell(sheet, r, col, text)
            if not k:
                for i, src in enumerate(sources):
                    number_cell(sheet, r, first_money + i, row.money.get(src.id))
            for col in range(1, ncols + 1):
                style(sheet.cell(row=r, column=col))
    return r


def write_report_xlsx(ws_: Any, period_id: str, lang: str, out: Path, **kw: Any) -> Path:
    """Write the report of ``period_id`` in ``lang`` to ``out`` (atomically); ``kw``: as
    :func:`report_xlsx_bytes`."""
    write_bytes_atomic(out, report_xlsx_bytes(ws_, period_id, lang, **kw))
    return out


def report_xlsx_bytes(
    ws_: Any,
    period_id: str,
    lang: str,
    *,
    fingerprint: str = "",
    rows: list[Any] | None = None,
    summary: Any = None,
    outgoing: Any = None,
) -> bytes:
    """The report of ``period_id`` in ``lang``, made in memory; ``fingerprint``
    ties the paper to the electronic package, as on the PDF; ``rows``/``summary``: the
    period's report rows and summary when the caller has them already; ``outgoing``: the
    cover letter's number, date and annex (the period's stored ones when not given)."""
    from msu_desktop.services.report.periods import period_info
    from msu_desktop.services.report.rows import period_summary, report_rows
    from msu_desktop.services.report.rules import rules_for

    workspace = ws_
    rows = report_rows(workspace, period_id) if rows is None else rows
    summary = period_summary(workspace, period_id, rows=rows) if summary is None else summary
    mark = unapproved_mark(period_info(workspace, period_id).state, lang)
    rules = rules_for(workspace.plan())
    muni = workspace.municipality()
    plan = workspace.plan()
    period = period_name(period_id, lang)
    wb = print_workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = tr("Export", "Report", lang)[:31]
    title = tr(
        "Export",
        "Report on the implementation of the Action Plan for {period}",
        lang,
        period=period,
    )
    who = muni.name(lang) if muni else ""
    sources = list(rules.money_sources)
    headers = [
        tr("Export", "No.", lang),
        tr("Export", "Measure", lang),
        tr("Export", "Deadline", lang),
        tr("Export", "Status", lang),
        tr("Export", "What was done", lang),  # with its dates, document and files below
        tr("Export", "Indicators", lang),
        *[pick(s.label, lang) + ", " + tr("Export", "som", lang) for s in sources],
        tr("Export", "Problems", lang),
        tr("Export", "Proposals", lang),
    ]
    ncols = len(headers)
    first_money = FIRST_MONEY
    money_w = max(
        [9.5, *(width_for(amount(v)) for row in rows for v in row.money.values() if v is not None)]
    )
    base = [6.0, 30, 14, 22, 44, 24, *[money_w] * len(sources), 22, 22]
    text_cols = [1, 2, 3, 4, 5, ncols - 2, ncols - 1]
    columns = _column_texts(rows, lang, len(sources), rules)
    widths = content_widths(base, text_cols, columns, headers)
    set_widths(sheet, widths)
    if outgoing is None:
        from msu_desktop.services.package import outgoing as letter

        outgoing = letter.load(workspace, period_id)
    # the annex number, the outgoing number and date, the addressee: top right, over the
    # columns from "What was done" on
    block = text_cell(sheet, 1, 5, "\n".join(letter_lines(outgoing, plan, lang)))
    block.font = TEXT_FONT
    block.alignment = WRAP_TOP
    sheet.merge_cells(start_row=1, start_column=5, end_row=1, end_column=ncols)
    for r, (text, font) in enumerate(
        (
            (title, Font(name=FONT_NAME, bold=True, size=13)),
            (f"{municipality_line(muni, lang)}\n{pick(plan.title, lang)}", TEXT_FONT),
        ),
        start=2,
    ):
        cell = text_cell(sheet, r, 1, text)
        cell.font = font
        cell.alignment = WRAP_TOP
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    head_row = 5
    _write_header(sheet, head_row, headers, widths, lang)
    head_row += 1  # the header is two rows: names and numbers
    r = head_row
    pager = _pager(sheet, head_row, ncols, repeated=2, lang=lang)
    r = _write_rows(sheet, r, rows, lang, rules, widths, pager, ncols)
    r += 1
    text_cell(sheet, r, 2, tr("Export", "Total", lang)).font = BOLD_FONT
    for i, src in enumerate(sources):
        number_cell(
            sheet, r, first_money + i, summary.money_by_source.get(src.id, Decimal(0))
        ).font = BOLD_FONT
    end = signatures(
        sheet,
        r + 2,
        2,
        min(ncols, 6),
        lang,
        head=muni.head_name if muni else "",
        secretary=muni.secretary_name if muni else "",
        place=who,
        fingerprint=fingerprint,
        head_title=head_title(muni, lang),
    )
    fit_rows(sheet, 1, end - 1, ncols)
    sheet.freeze_panes = sheet.cell(row=head_row + 1, column=3)
    setup_print(
        sheet,
        f"{head_row - 1}:{head_row}",
        tr("Export", "report for {period}", lang, period=period),
        lang,
        place=who,
        mark=mark,
        fingerprint=fingerprint,
    )
    buf = io.BytesIO()
    save(wb, buf)
    return buf.getvalue()
