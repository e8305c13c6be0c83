"""The consolidated report the agency reads: Excel (and optionally PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import pick, tr
from msu_desktop.services.agency.collect import (
    STATUSES,
    Collected,
    DirectoryEntry,
    by_region,
    consolidate,
    missing,
    period_due,
)
from msu_desktop.services.export.report_xlsx import number_cell, setup_print, text_cell
from msu_desktop.services.files import atomic_output


def _header(sheet: Any, row: int, names: list[str], widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for col, (name, width) in enumerate(zip(names, widths, strict=False), start=1):
        cell = text_cell(sheet, row, col, name)
        cell.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)
    setup_print(sheet, f"{row}:{row}", sheet.title)


def write_consolidated_xlsx(
    result: Collected,
    out: Path,
    lang: str,
    period: str,
    directory: list[DirectoryEntry] | None = None,
) -> Path:
    packages = [p for (_, per), p in result.accepted.items() if per == period]
    totals = consolidate(packages)
    wb = Workbook()
    s1 = wb.active
    assert s1 is not None
    s1.title = tr("Agency", "By measure", lang)[:31]
    text_cell(
        s1,
        1,
        1,
        tr(
            "Agency",
            "Consolidated report for {period}: {n} municipalities",
            lang,
            period=period,
            n=len(packages),
        ),
    ).font = Font(bold=True, size=12)
    indicator_ids = sorted({i for t in totals.values() for i in t.indicators})
    money_ids = sorted({m for t in totals.values() for m in t.money})
    names = [
        tr("Agency", "No.", lang),
        tr("Agency", "Measure", lang),
        tr("Agency", "Reported", lang),
        *STATUSES,
        *indicator_ids,
        *[f"{m}, som" for m in money_ids],
    ]
    _header(s1, 3, names, [8, 50, 10, *[12] * (len(names) - 3)])
    r = 3
    for t in totals.values():
        r += 1
        text_cell(s1, r, 1, t.code)
        text_cell(s1, r, 2, pick(t.title, lang))
        number_cell(s1, r, 3, t.reported).number_format = "0"
        for i, st in enumerate(STATUSES):
            number_cell(s1, r, 4 + i, t.by_status.get(st, 0)).number_format = "0"
        base = 4 + len(STATUSES)
        for i, ind in enumerate(indicator_ids):
            number_cell(s1, r, base + i, t.indicators.get(ind, 0))
        base += len(indicator_ids)
        for i, m in enumerate(money_ids):
            number_cell(s1, r, base + i, t.money.get(m, 0))

    s2 = wb.create_sheet(tr("Agency", "By oblast and rayon", lang)[:31])
    _header(
        s2,
        1,
        [
            tr("Agency", "Oblast", lang),
            tr("Agency", "Rayon", lang),
            tr("Agency", "Municipalities", lang),
            tr("Agency", "Measures reported", lang),
            tr("Agency", "Measures completed", lang),
            tr("Agency", "Money, som", lang),
        ],
        [30, 30, 14, 14, 14, 16],
    )
    for r, ((oblast, rayon), row) in enumerate(by_region(packages).items(), start=2):
        text_cell(s2, r, 1, oblast)
        text_cell(s2, r, 2, rayon)
        number_cell(s2, r, 3, row["municipalities"]).number_format = "0"
        number_cell(s2, r, 4, row["reported"]).number_format = "0"
        number_cell(s2, r, 5, row["completed"]).number_format = "0"
        number_cell(s2, r, 6, row["money"])

    s3 = wb.create_sheet(tr("Agency", "Municipalities", lang)[:31])
    _header(
        s3,
        1,
        [
            "СОАТЕ",
            tr("Agency", "Municipality", lang),
            tr("Agency", "Rayon", lang),
            tr("Agency", "Oblast", lang),
            tr("Agency", "Sequence", lang),
            tr("Agency", "Created", lang),
            tr("Agency", "Late", lang),
            tr("Agency", "Key fingerprint", lang),
        ],
        [16, 34, 24, 24, 10, 20, 8, 44],
    )
    late = {(s, p) for s, p, _, _ in result.late()}
    for r, pkg in enumerate(sorted(packages, key=lambda p: p.soate), start=2):
        muni = pkg.data["municipality"]
        for col, value in enumerate(
            [
                pkg.soate,
                pick(muni["name"], lang),
                muni.get("rayon", ""),
                muni.get("oblast", ""),
                str(pkg.sequence),
                pkg.manifest["created"],
                tr("Agency", "yes", lang) if (pkg.soate, period) in late else "",
                pkg.public_key.fingerprint(),
            ],
            start=1,
        ):
            text_cell(s3, r, col, value)

    s4 = wb.create_sheet(tr("Agency", "Rejected", lang)[:31])
    _header(s4, 1, [tr("Agency", "File", lang), tr("Agency", "Reason", lang)], [50, 100])
    for r, (path, reason) in enumerate(result.rejected, start=2):
        text_cell(s4, r, 1, str(path))
        text_cell(s4, r, 2, reason)

    s5 = wb.create_sheet(tr("Agency", "Missing and late", lang)[:31])
    due = period_due(period)
    text_cell(
        s5,
        1,
        1,
        tr(
            "Agency",
            "Due date: {date}. Late = package created after the due date "
            "(Bishkek time), as signed by the municipality.",
            lang,
            date=due.strftime("%d.%m.%Y"),
        ),
    )
    _header(
        s5,
        2,
        [
            "СОАТЕ",
            tr("Agency", "Municipality", lang),
            tr("Agency", "Rayon", lang),
            tr("Agency", "Oblast", lang),
            tr("Agency", "Problem", lang),
        ],
        [16, 34, 24, 24, 30],
    )
    r = 2
    for entry in missing(directory or [], result, period):
        r += 1
        for col, value in enumerate(
            [entry.soate, entry.name, entry.rayon, entry.oblast, tr("Agency", "no package", lang)],
            start=1,
        ):
            text_cell(s5, r, col, value)
    for soate, per, created, _ in result.late():
        if per != period:
            continue
        r += 1
        text_cell(s5, r, 1, soate)
        text_cell(
            s5,
            r,
            5,
            tr("Agency", "late: created {date}", lang, date=created.strftime("%d.%m.%Y %H:%M")),
        )
    with atomic_output(out) as fh:
        wb.save(fh)
    return out


def write_consolidated_pdf(result: Collected, out: Path, lang: str, period: str) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from msu_desktop.services.export.pdf_common import (
        PAGE,
        numbered_canvas,
        para,
        styles,
        table_style,
    )

    packages = [p for (_, per), p in result.accepted.items() if per == period]
    totals = consolidate(packages)
    st = styles()
    title = tr(
        "Agency",
        "Consolidated report for {period}: {n} municipalities",
        lang,
        period=period,
        n=len(packages),
    )
    head = [
        tr("Agency", "No.", lang),
        tr("Agency", "Measure", lang),
        tr("Agency", "Reported", lang),
        tr("Agency", "Completed", lang),
        tr("Agency", "In progress", lang),
        tr("Agency", "Money, som", lang),
    ]
    rows: list[list[Any]] = [[para(h, st["head"]) for h in head]]
    for t in totals.values():
        rows.append(
            [
                para(t.code, st["small"]),
                para(pick(t.title, lang), st["small"]),
                para(str(t.reported), st["small"]),
                para(str(t.by_status.get("completed", 0)), st["small"]),
                para(str(t.by_status.get("in_progress", 0)), st["small"]),
                para(amount(sum(t.money.values())), st["small"]),
            ]
        )
    table = LongTable(rows, colWidths=[w * mm for w in (14, 150, 22, 22, 22, 30)], repeatRows=1)
    table.setStyle(table_style())
    with atomic_output(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=PAGE,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=15 * mm,
            bottomMargin=14 * mm,
            title=title,
        )
        doc.build([para(title, st["title"]), table], canvasmaker=numbered_canvas(title, lang))
    return out
