"""The consolidated report the agency reads: Excel (and optionally PDF)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font

from msu_agency.collect import (
    AWAITING_KEY,
    STATUSES,
    Collected,
    DirectoryEntry,
    Former,
    by_region,
    consolidate,
    former_text,
    formers,
    missing,
)
from msu_desktop.domain.deadline import BISHKEK as BISHKEK_TZ
from msu_desktop.domain.deadline import in_bishkek
from msu_desktop.i18n import pick, tr
from msu_desktop.services.export import xlsx_cells as cells
from msu_desktop.services.export.report_xlsx import setup_print
from msu_desktop.services.export.xlsx_cells import number_cell
from msu_desktop.services.export.xlsx_print import save as save_workbook
from msu_desktop.services.export.xlsx_print import workbook as print_workbook
from msu_desktop.services.labels import period_name, period_name_short
from msu_exchange.files import atomic_output

MAX_CELL = 2000  # characters; Excel's own limit is 32,767, a reason or a name needs far fewer


def _when(moment: dt.datetime | dt.date | None) -> str:
    """A time of receipt as people read it, in Bishkek time (a stick's day without a time)."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        return in_bishkek(moment).strftime("%d.%m.%Y %H:%M")
    return moment.strftime("%d.%m.%Y")


def _labels(result: Collected, lang: str) -> dict[str, dict[str, str]]:
    """Column words from the agency's newest plan and its report rules: statuses, indicators
    (with their unit), sources of money -- never the internal ids."""
    from msu_agency.collect import default_plans
    from msu_desktop.errors import UserError
    from msu_desktop.services.report.rules import rules_for

    plans = list(result.plans.values()) or default_plans()
    out: dict[str, dict[str, str]] = {"status": {}, "indicator": {}, "money": {}}
    for plan in sorted(plans, key=lambda p: (p.valid_from, p.version)):
        try:
            rules = rules_for(plan)
        except UserError:
            continue
        out["status"].update({st.id: pick(st.label, lang) for st in rules.statuses})
        out["money"].update({m.id: pick(m.label, lang) for m in rules.money_sources})
        indicators = [*rules.common_indicators, *(i for m in plan.measures for i in m.indicators)]
        for ind in indicators:
            unit = pick(ind.unit, lang) if ind.unit else ""
            out["indicator"][ind.id] = pick(ind.label, lang) + (f", {unit}" if unit else "")
    return out


def _numbers(
    sheet: Any,
    row: int,
    values: list[Decimal],
    n_counts: int,
    indicator_ids: list[str],
    counts: list[str],
) -> None:
    """Counts as whole numbers; indicators that are counts too; money with kopecks."""
    for i, value in enumerate(values):
        cell = number_cell(sheet, row, 4 + i - 1, value)
        k = i - n_counts
        whole = i < n_counts or (0 <= k < len(indicator_ids) and indicator_ids[k] in counts)
        if whole:
            cell.number_format = "0"


def _unapproved(n: int, lang: str) -> str:
    return tr("Agency", "not approved by the head: {n}", lang, n=str(n))


def _sign_off(sheet: Any, row: int, result: Collected, lang: str) -> int:
    """The date, the agency and the lines an official signs."""
    lines = _sign_off_lines(result, lang)
    for i, line in enumerate(lines):
        text_cell(sheet, row + i, 2, line)
    return row + len(lines)


def _sign_off_lines(result: Collected, lang: str) -> list[str]:
    today = result.now.astimezone(BISHKEK_TZ).date().strftime("%d.%m.%Y")
    return [
        tr("Agency", "Date: {date}", lang, date=today),
        tr("Agency", "Agency: {name}", lang, name=result.agency or "—"),
        tr("Agency", "Head of the agency: ____________________ (signature, name)", lang),
        tr("Agency", "Prepared by: ____________________ (signature, name)", lang),
    ]


def text_cell(sheet: Any, row: int, col: int, value: object) -> Any:
    return cells.text_cell(sheet, row, col, value, MAX_CELL)


def _header(sheet: Any, row: int, names: list[str], widths: list[int]) -> None:
    from msu_desktop.services.export.xlsx_print import BOLD_FONT, fit_widths, set_widths

    full = [*widths, *[12] * (len(names) - len(widths))][: len(names)]
    set_widths(sheet, fit_widths(full))
    for col, name in enumerate(names, start=1):
        cell = text_cell(sheet, row, col, name)
        cell.font = BOLD_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)
    sheet.print_title_rows = f"{row}:{row}"


def _finish_for_print(wb: Any, lang: str, title: str) -> None:
    """Every sheet: the text font, wrapped text, columns wide enough for their widest word
    (ids and dates included), one page wide at 80 % or more, else two pages wide with the
    first two columns repeated; row heights from the text; print setup."""
    from openpyxl.utils import get_column_letter

    from msu_desktop.services.export.xlsx_print import (
        BOLD_FONT,
        MIN_SCALE,
        TEXT_FONT,
        column_points,
        fit_rows,
        fit_widths,
        printable_width,
        set_widths,
        width_for,
    )

    for sheet in wb.worksheets:
        cols = sheet.max_column
        need = [6.0] * cols
        head = int(str(sheet.print_title_rows or "1:1").split(":")[0].strip("$") or 1)
        for row in sheet.iter_rows():
            for cell in row:
                cell.font = BOLD_FONT if cell.font and cell.font.b else TEXT_FONT
                # a title above the table runs over the empty cells beside it
                cell.alignment = Alignment(wrap_text=cell.row >= head, vertical="top")
                if isinstance(cell.value, str) and cell.row >= head:
                    bold = bool(cell.font.b)
                    for word in cell.value.split():
                        k = cell.column - 1
                        need[k] = max(need[k], width_for(word, bold))
        widths = [
            max(sheet.column_dimensions[get_column_letter(c + 1)].width or 8.43, need[c])
            for c in range(cols)
        ]
        fits = sum(column_points(w) for w in need) <= printable_width() / MIN_SCALE
        pages = 1 if fits else 2
        widths = fit_widths(widths, minimums=need, pages=pages, repeated=(0, 1)[: min(2, cols)])
        set_widths(sheet, widths)
        fit_rows(sheet, 1, sheet.max_row, cols)
        setup_print(
            sheet,
            f"{head}:{head}",
            f"{title} · {sheet.title}",
            lang,
            pages_wide=pages,
            title_cols="A:B" if pages > 1 else None,
        )


def _title_text(period: str, n: int, lang: str) -> str:
    return tr(
        "Agency",
        "Consolidated report for {period}: {n} municipalities",
        lang,
        period=period_name(period, lang),
        n=n,
    )


def write_consolidated_xlsx(
    result: Collected,
    out: Path,
    lang: str,
    period: str,
    directory: list[DirectoryEntry] | None = None,
) -> Path:
    """The consolidated workbook of ``period``; with ``directory``, who is missing is judged by
    the directory valid for the period, and a predecessor's reports stand under its successor
    ("former X", issue 25)."""
    packages = [p for (_, per), p in result.accepted.items() if per == period]
    wb = print_workbook()
    s1 = wb.active
    assert s1 is not None
    _sheet_measures(s1, result, packages, lang, period)
    dirs = directory or []
    regions = wb.create_sheet(tr("Agency", "By oblast and rayon", lang)[:31])
    _sheet_regions(regions, packages, lang)
    munis = wb.create_sheet(tr("Agency", "Municipalities", lang)[:31])
    _sheet_municipalities(munis, result, packages, lang, period, dirs)
    _sheet_rejected(wb.create_sheet(tr("Agency", "Rejected", lang)[:31]), result, lang)
    gaps = wb.create_sheet(tr("Agency", "Missing and late", lang)[:31])
    _sheet_missing(gaps, result, lang, period, dirs)
    _finish_for_print(wb, lang, _title_text(period, len(packages), lang))
    with atomic_output(out) as fh:
        save_workbook(wb, fh)
    return out


def _sheet_measures(
    s1: Any, result: Collected, packages: list[Any], lang: str, period: str
) -> None:
    totals = consolidate(packages, result.plans)
    s1.title = tr("Agency", "By measure", lang)[:31]
    text_cell(s1, 1, 1, _title_text(period, len(packages), lang)).font = Font(bold=True, size=12)
    awaiting = len(result.awaiting)
    text_cell(
        s1,
        2,
        1,
        tr(
            "Agency",
            "Not consolidated: {rejected} rejected, {awaiting} awaiting the confirmation of a "
            "key (see the sheet «{sheet}»).",
            lang,
            rejected=len(result.verdicts) - awaiting,
            awaiting=awaiting,
            sheet=tr("Agency", "Rejected", lang)[:31],
        ),
    )
    indicator_ids = sorted({i for t in totals.values() for i in t.indicators})
    money_ids = sorted({m for t in totals.values() for m in t.money})
    words = _labels(result, lang)
    names = [
        tr("Agency", "No.", lang),
        tr("Agency", "Measure", lang),
        tr("Agency", "Reported", lang),
        *[words["status"].get(st, st) for st in STATUSES],
        *[words["indicator"].get(i, i) for i in indicator_ids],
        *[tr("Agency", "{source}, som", lang, source=words["money"].get(m, m)) for m in money_ids],
        tr("Agency", "Of them not approved by the head", lang),
    ]
    # money columns wide enough for the totals row's sum ("1 520 128,31")
    money_from = 3 + len(STATUSES) + len(indicator_ids)
    widths = [8, 50, 10, *[12] * (len(names) - 3)]
    for k in range(money_from, money_from + len(money_ids)):
        widths[k] = 16
    _header(s1, 3, names, widths)
    counts = [
        i for i in indicator_ids if all(t.indicators.get(i, 0) % 1 == 0 for t in totals.values())
    ]
    sums: list[Decimal] = [Decimal(0)] * (len(names) - 3)
    r = 3
    for t in totals.values():
        r += 1
        text_cell(s1, r, 1, t.code)
        text_cell(s1, r, 2, pick(t.title, lang))
        values: list[Decimal] = [
            Decimal(t.reported),
            *[Decimal(t.by_status.get(st, 0)) for st in STATUSES],
            *[Decimal(t.indicators.get(i, 0)) for i in indicator_ids],
            *[Decimal(t.money.get(m, 0)) for m in money_ids],
        ]
        _numbers(s1, r, values, len(STATUSES) + 1, indicator_ids, counts)
        if t.unapproved:  # marked on the line that counts them
            text_cell(s1, r, len(names), _unapproved(t.unapproved, lang))
        sums = [a + b for a, b in zip(sums, values, strict=True)]
    r += 1
    text_cell(s1, r, 2, tr("Agency", "Total", lang)).font = Font(bold=True)
    _numbers(s1, r, sums, len(STATUSES) + 1, indicator_ids, counts)
    unapproved = sum(t.unapproved for t in totals.values())
    if unapproved:
        text_cell(s1, r, len(names), _unapproved(unapproved, lang))
    for col in range(1, len(names) + 1):
        s1.cell(r, col).font = Font(bold=True)
    _sign_off(s1, r + 2, result, lang)


def _sheet_regions(s2: Any, packages: list[Any], lang: str) -> None:
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


def _sheet_municipalities(
    s3: Any,
    result: Collected,
    packages: list[Any],
    lang: str,
    period: str,
    directory: list[DirectoryEntry],
) -> None:
    """One row per municipality that reported; a predecessor's row stands under its successor
    with "former X, part of Y since …" in the last column."""
    former = formers(directory)
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
            tr("Agency", "Received by the agency", lang),
            tr("Agency", "Late", lang),
            tr("Agency", "Key fingerprint", lang),
            tr("Agency", "Since the merger", lang),
        ],
        [16, 34, 24, 24, 10, 20, 20, 8, 44, 40],
    )
    late = {(s, p) for s, p, _, _ in result.late()}
    for r, pkg in enumerate(sorted(packages, key=lambda p: under_successor(p.soate, former)), 2):
        muni = pkg.data["municipality"]
        was = former.get(pkg.soate)
        for col, value in enumerate(
            [
                pkg.soate,
                pick(muni["name"], lang),
                muni.get("rayon", ""),
                muni.get("oblast", ""),
                str(pkg.sequence),
                pkg.manifest["created"],
                _when(result.received.get(pkg.path)),
                tr("Agency", "yes", lang) if (pkg.soate, period) in late else "",
                pkg.public_key.fingerprint(),
                former_text(was, lang) if was else "",
            ],
            start=1,
        ):
            text_cell(s3, r, col, value)


def under_successor(soate: str, former: dict[str, Former]) -> tuple[str, int, str]:
    """The order that puts a predecessor right under its successor."""
    was = former.get(soate)
    return (was.successor.soate, 1, soate) if was else (soate, 0, soate)


def _sheet_rejected(s4: Any, result: Collected, lang: str) -> None:
    _header(
        s4,
        1,
        [
            tr("Agency", "File", lang),
            "СОАТЕ",
            tr("Agency", "Period", lang),
            tr("Agency", "Verdict", lang),
            tr("Agency", "Reason", lang),
            tr("Agency", "Key that signed the package", lang),
            tr("Agency", "Registered or other key", lang),
        ],
        [40, 16, 10, 22, 80, 44, 44],
    )
    for r, v in enumerate(result.verdicts, start=2):
        verdict = (
            tr("Agency", "awaiting key confirmation", lang)
            if v.kind == AWAITING_KEY
            else tr("Agency", "rejected", lang)
        )
        for col, value in enumerate(
            [
                v.path.name,
                v.soate,
                period_name_short(v.period, lang) if v.period else "",
                verdict,
                v.reason(lang),
                v.fingerprint,
                v.registered,
            ],
            start=1,
        ):
            text_cell(s4, r, col, value)


def _sheet_missing(
    s5: Any, result: Collected, lang: str, period: str, directory: list[DirectoryEntry]
) -> None:
    """Who is missing by the directory valid for the period, and who was late; a predecessor
    (before its merger) with "former X, part of Y" beside it."""
    text_cell(s5, 1, 1, _due_text(result, period, lang))
    _header(
        s5,
        2,
        [
            "СОАТЕ",
            tr("Agency", "Municipality", lang),
            tr("Agency", "Rayon", lang),
            tr("Agency", "Oblast", lang),
            tr("Agency", "Problem", lang),
            tr("Agency", "Since the merger", lang),
        ],
        [16, 34, 24, 24, 30, 40],
    )
    former = formers(directory)
    names = {e.soate: e for e in directory}
    r = 2
    for entry in missing(directory, result, period):
        r += 1
        was = former.get(entry.soate)
        for col, value in enumerate(
            [
                entry.soate,
                entry.name,
                entry.rayon,
                entry.oblast,
                tr("Agency", "no package", lang),
                former_text(was, lang) if was else "",
            ],
            start=1,
        ):
            text_cell(s5, r, col, value)
    for soate, per, received, _ in result.late():
        if per != period:
            continue
        r += 1
        was = former.get(soate)
        text_cell(s5, r, 1, soate)
        if soate in names:
            text_cell(s5, r, 2, names[soate].name)
        text_cell(s5, r, 5, tr("Agency", "late: received {date}", lang, date=_when(received)))
        text_cell(s5, r, 6, former_text(was, lang) if was else "")


def _due_text(result: Collected, period: str, lang: str) -> str:
    return tr(
        "Agency",
        "Due date: {date} (from the plan). Late = received by the agency after the due "
        "date, Bishkek time (inbox receipt, or the day the stick was received); the "
        "office's own clock is not used.",
        lang,
        date=result.deadline(period).strftime("%d.%m.%Y"),
    )


def write_consolidated_pdf(
    result: Collected,
    out: Path,
    lang: str,
    period: str,
    directory: list[DirectoryEntry] | None = None,
) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from msu_desktop.services.export.pdf_layout import (
        PAGE,
        numbered_canvas,
        para,
        styles,
        table_style,
    )

    packages = [p for (_, per), p in result.accepted.items() if per == period]
    totals = consolidate(packages, result.plans)
    st = styles()
    title = tr(
        "Agency",
        "Consolidated report for {period}: {n} municipalities",
        lang,
        period=period_name(period, lang),
        n=len(packages),
    )
    head = [
        tr("Agency", "No.", lang),
        tr("Agency", "Measure", lang),
        tr("Agency", "Reported", lang),
        tr("Agency", "Completed", lang),
        tr("Agency", "In progress", lang),
        tr("Agency", "Money, som", lang),
        tr("Agency", "Of them not approved by the head", lang),
    ]
    from msu_desktop.services.export.pdf_layout import FONT, FONT_BOLD, cell, column_widths, money

    body, head_style = st["small"], st["head"]
    texts = [
        [
            t.code,
            pick(t.title, lang),
            str(t.reported),
            str(t.by_status.get("completed", 0)),
            str(t.by_status.get("in_progress", 0)),
            money(sum(t.money.values())),
            _unapproved(t.unapproved, lang) if t.unapproved else "",
        ]
        for t in totals.values()
    ]
    unapproved = sum(t.unapproved for t in totals.values())
    texts.append(
        [
            "",
            tr("Agency", "Total", lang),
            str(sum(t.reported for t in totals.values())),
            str(sum(t.by_status.get("completed", 0) for t in totals.values())),
            str(sum(t.by_status.get("in_progress", 0) for t in totals.values())),
            money(sum((sum(t.money.values()) for t in totals.values()), Decimal(0))),
            _unapproved(unapproved, lang) if unapproved else "",
        ]
    )
    widths = column_widths(
        [[row[k] for row in texts] for k in range(len(head))],
        PAGE[0] - 24 * mm,
        FONT,
        body.fontSize,
        header=head,
        header_font=FONT_BOLD,
        header_size=head_style.fontSize,
    )
    rows: list[list[Any]] = [
        [cell(h, head_style, w, lang) for h, w in zip(head, widths, strict=True)]
    ]
    rows += [[cell(x, body, w, lang) for x, w in zip(row, widths, strict=True)] for row in texts]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
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
        doc.build(
            [
                para(title, st["title"]),
                table,
                *[
                    para(line, st["small"])
                    for line in footer_texts(result, period, lang, directory)
                ],
            ],
            canvasmaker=numbered_canvas(title, lang),
        )
    return out


def footer_texts(
    result: Collected, period: str, lang: str, directory: list[DirectoryEntry] | None = None
) -> list[str]:
    """What the PDF prints under its table: the deadline and who was late (judged as on the
    staff page and in the xlsx), the reports of former municipalities under their successor,
    then the date, the agency and the signature lines."""
    former = formers(directory or [])
    return [
        *_late_lines(result, period, lang, former),
        *_former_lines(result, period, lang, former),
        *_sign_off_lines(result, lang),
    ]


def _name_of(result: Collected, soate: str, period: str, lang: str) -> str:
    pkg = result.accepted[(soate, period)]
    return str(pick(pkg.data["municipality"].get("name"), lang))


def _late_lines(
    result: Collected, period: str, lang: str, former: dict[str, Former] | None = None
) -> list[str]:
    former = former or {}
    out = [_due_text(result, period, lang)]
    for soate, per, received, _ in sorted(
        result.late(), key=lambda x: under_successor(x[0], former)
    ):
        if per != period:
            continue
        was = former.get(soate)
        out.append(
            f"{soate} {_name_of(result, soate, per, lang)}: "
            + tr("Agency", "late: received {date}", lang, date=_when(received))
            + (f" ({former_text(was, lang)})" if was else "")
        )
    return out


def _former_lines(
    result: Collected, period: str, lang: str, former: dict[str, Former]
) -> list[str]:
    """The reports of this period from municipalities that have merged since, each under its
    successor's name."""
    rows = sorted(
        (under_successor(soate, former), soate)
        for soate, per in result.accepted
        if per == period and soate in former
    )
    if not rows:
        return []
    out = [tr("Agency", "Reports of former municipalities, under their successor:", lang)]
    for _, soate in rows:
        out.append(
            f"{soate} {_name_of(result, soate, period, lang)}: " + former_text(former[soate], lang)
        )
    return out
