"""The semi-annual report as a print-ready Excel workbook (openpyxl).

One row per measure: number, measure, deadline, status, what was done, indicators, money by
source, problems, proposals. A4 landscape, header rows repeated on every page, fit to width,
frozen header, wrapped text. Text typed by users is always written as text: a value beginning
with ``=``, ``+``, ``-`` or ``@`` never becomes a formula.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from msu_desktop.i18n import pick, tr
from msu_desktop.services.files import atomic_output

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")


def text_cell(ws: Worksheet, row: int, col: int, value: str) -> Any:
    """A cell that holds ``value`` as text, whatever it starts with (no formula injection)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = TYPE_STRING
    return cell


def number_cell(ws: Worksheet, row: int, col: int, value: Decimal | float | None) -> Any:
    cell = ws.cell(row=row, column=col)
    if value is not None:
        cell.value = float(value)
        cell.number_format = "#,##0.00"
    return cell


def setup_print(ws: Worksheet, header_rows: str, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = header_rows
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.center.text = title[:200]
    ws.oddFooter.center.text = "&P / &N"


def write_report_xlsx(ws_: Any, period_id: str, lang: str, out: Path) -> Path:
    """Write the report of ``period_id`` in ``lang`` to ``out`` (atomically)."""
    from msu_desktop.services import report_service as rs

    workspace = ws_
    rows = rs.report_rows(workspace, period_id)
    summary = rs.period_summary(workspace, period_id)
    rules = rs.rules_for(workspace.plan())
    muni = workspace.municipality()
    plan = workspace.plan()
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = tr("Export", "Report", lang)[:31]
    title = tr(
        "Export",
        "Report on the implementation of the Action Plan for {period}",
        lang,
        period=period_id,
    )
    text_cell(sheet, 1, 1, title).font = Font(bold=True, size=13)
    who = muni.name(lang) if muni else ""
    text_cell(sheet, 2, 1, f"{who} · {pick(plan.title, lang)}")
    sources = list(rules.money_sources)
    headers = [
        tr("Export", "No.", lang),
        tr("Export", "Measure", lang),
        tr("Export", "Deadline", lang),
        tr("Export", "Status", lang),
        tr("Export", "What was done", lang),
        tr("Export", "Indicators", lang),
        *[pick(s.label, lang) + ", " + tr("Export", "som", lang) for s in sources],
        tr("Export", "Problems", lang),
        tr("Export", "Proposals", lang),
    ]
    widths = [7, 42, 16, 16, 48, 30, *[13] * len(sources), 30, 30]
    head_row = 4
    for col, (name, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = text_cell(sheet, head_row, col, name)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(col)].width = width
    r = head_row
    for row in rows:
        r += 1
        indicators = "; ".join(
            f"{pick(i.label, lang)}: {i.value}" for i in row.indicators if str(i.value).strip()
        )
        status = pick(row.status_label, lang) if row.status else tr("Export", "not reported", lang)
        if row.reason:
            status += f" ({row.reason})"
        deadline = pick(row.deadline_text, lang)
        if row.deadline_missed:
            deadline += " — " + tr("Export", "deadline passed", lang)
        values: list[Any] = [
            row.measure_code,
            pick(row.title, lang),
            deadline,
            status,
            row.done,
            indicators,
        ]
        for col, value in enumerate(values, start=1):
            text_cell(sheet, r, col, str(value))
        for i, src in enumerate(sources):
            number_cell(sheet, r, 7 + i, row.money.get(src.id))
        text_cell(sheet, r, 7 + len(sources), row.problems)
        text_cell(sheet, r, 8 + len(sources), row.proposals)
        for col in range(1, len(headers) + 1):
            cell = sheet.cell(row=r, column=col)
            cell.alignment = WRAP
            cell.border = BORDER
    r += 1
    text_cell(sheet, r, 2, tr("Export", "Total", lang)).font = Font(bold=True)
    for i, src in enumerate(sources):
        number_cell(sheet, r, 7 + i, summary.money_by_source.get(src.id, Decimal(0))).font = Font(
            bold=True
        )
    r += 2
    head = muni.head_name if muni else ""
    secretary = muni.secretary_name if muni else ""
    text_cell(
        sheet, r, 2, tr("Export", "Head of the aiyl okmotu", lang) + f": {head}  ____________"
    )
    text_cell(
        sheet,
        r + 1,
        2,
        tr("Export", "Responsible secretary", lang) + f": {secretary}  ____________",
    )
    sheet.freeze_panes = sheet.cell(row=head_row + 1, column=3)
    setup_print(sheet, f"{head_row}:{head_row}", title)
    with atomic_output(out) as fh:
        wb.save(fh)
    return out
