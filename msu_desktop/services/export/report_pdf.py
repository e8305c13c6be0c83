"""The semi-annual report as a PDF (reportlab): the same content as the Excel file, with the
signature blocks and, on the last page, the QR code and fingerprint of the electronic package."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from msu_desktop.i18n import pick, tr
from msu_desktop.services.export.pdf_layout import (
    FONT,
    FONT_BOLD,
    PAGE,
    LinesTable,
    cell,
    cell_style,
    column_widths,
    frame_height,
    money,
    numbered_canvas,
    para,
    row_height,
    signature_block,
    styles,
    table_rows,
    table_style,
    table_with_end,
    unapproved_mark,
    unbreakable,
)
from msu_desktop.services.export.report_cells import (
    basis_text,
    head_title,
    letter_lines,
    municipality_line,
    status_text,
)
from msu_desktop.services.labels import period_name
from msu_exchange.files import write_bytes_atomic


def write_report_pdf(ws: Any, period_id: str, lang: str, out: Path, **kw: Any) -> Path:
    """The report PDF of ``period_id`` written to ``out`` (atomically); ``kw``: as
    :func:`report_pdf_bytes`."""
    write_bytes_atomic(out, report_pdf_bytes(ws, period_id, lang, **kw))
    return out


def report_pdf_bytes(
    ws: Any,
    period_id: str,
    lang: str,
    *,
    fingerprint: str = "",
    link: str = "",
    rows: list[Any] | None = None,
    summary: Any = None,
    outgoing: Any = None,
) -> bytes:
    """The report PDF, made in memory (a package holds it without a file on the disk).
    ``fingerprint``/``link``: what ties the paper to the package (printed and QR-coded);
    ``rows``/``summary``: the period's report rows and summary when the caller has them;
    ``outgoing``: the cover letter's number, date and annex (package.outgoing.Outgoing; the
    stored ones of the period when not given)."""
    from msu_desktop.services.report.periods import period_info
    from msu_desktop.services.report.rows import period_summary, report_rows
    from msu_desktop.services.report.rules import rules_for

    rows = report_rows(ws, period_id) if rows is None else rows
    rules = rules_for(ws.plan())
    source_labels = {src.id: pick(src.label, lang) for src in rules.money_sources}
    summary = period_summary(ws, period_id, rows=rows) if summary is None else summary
    mark = unapproved_mark(period_info(ws, period_id).state, lang)
    muni = ws.municipality()
    plan = ws.plan()
    st = styles()
    body = st["small"]
    head_style = st["head"]
    name = muni.name(lang) if muni else ""
    period = period_name(period_id, lang)
    header = f"{name} · {tr('Export', 'report for {period}', lang, period=period)}"
    if outgoing is None:
        from msu_desktop.services.package import outgoing as letter

        outgoing = letter.load(ws, period_id)
    story: list[Any] = [
        letter_block(letter_lines(outgoing, plan, lang), st["base"], lang),
        para(
            tr(
                "Export",
                "Report on the implementation of the Action Plan for {period}",
                lang,
                period=period,
            ),
            cell_style(st["title"], lang),
        ),
        para(municipality_line(muni, lang), cell_style(st["subtitle"], lang)),
        para(pick(plan.title, lang), cell_style(st["subtitle"], lang)),
        para(
            tr(
                "Export",
                "Measures: {total}, reported: {reported}, deadline passed: {missed}. Money spent: {money} som.",
                lang,
                total=summary.total,
                reported=summary.reported,
                missed=summary.deadline_missed,
                money=money(summary.money_total),
            ),
            cell_style(st["subtitle"], lang),
        ),
        Spacer(1, 4 * mm),
    ]
    head = [
        tr("Export", "No.", lang),
        tr("Export", "Measure", lang),
        tr("Export", "Deadline", lang),
        tr("Export", "Status", lang),
        tr("Export", "What was done", lang),
        tr("Export", "Dates, document, files", lang),
        tr("Export", "Indicators", lang),
        tr("Export", "Money, som", lang),
        tr("Export", "Problems and proposals", lang),
    ]
    texts: list[list[str]] = []
    for row in rows:
        indicators = "\n".join(
            f"{pick(i.label, lang)}: {unbreakable(str(i.value))}"
            for i in row.indicators
            if str(i.value).strip()
        )
        amounts = "\n".join(
            f"{source_labels.get(src, src)}: {money(val)}"
            for src, val in row.money.items()
            if val is not None and val != 0
        )
        status = status_text(row, lang, rules)
        deadline = pick(row.deadline_text, lang)
        if row.deadline_missed:
            deadline += "\n" + tr("Export", "deadline passed", lang)
        problems = "\n".join(x for x in (row.problems, row.proposals) if x)
        texts.append(
            [
                unbreakable(row.measure_code),
                pick(row.title, lang),
                deadline,
                status,
                row.done,
                basis_text(row, lang),
                indicators,
                amounts,
                problems,
            ]
        )
    totals = [""] * len(head)  # the last row: the period's money, on the last page
    totals[1] = tr("Export", "Total", lang)
    totals[head.index(tr("Export", "Money, som", lang))] = money(summary.money_total)
    width = PAGE[0] - 24 * mm
    widths = column_widths(
        [[t[k] for t in texts] for k in range(len(head))],
        width,
        FONT,
        body.fontSize,
        header=head,
        header_font=FONT_BOLD,
        header_size=head_style.fontSize,
        footer=totals,  # printed bold: its amount measured bold, never broken
    )
    data: list[list[Any]] = [
        [cell(h, head_style, w, lang) for h, w in zip(head, widths, strict=True)],
        # numbered columns, as official forms have them
        [cell(str(k), head_style, w, lang) for k, w in enumerate(widths, start=1)],
    ]
    top, bottom = 15 * mm, 14 * mm
    room = frame_height(PAGE[1], top, bottom)
    continued = tr("Export", "(continued)", lang)
    # a row taller than a page goes on in continuation rows, under the repeated header
    head_h = row_height(data[0], widths) + row_height(data[1], widths)
    above = sum(f.wrap(width, room)[1] for f in story)
    data += table_rows(
        texts,
        widths,
        body,
        lang,
        room - head_h,
        lambda row: (row[0], continued),
        first_room=room - above - head_h,
    )
    data.append([cell(t, head_style, w, lang) for t, w in zip(totals, widths, strict=True)])
    end = signature_block(
        lang,
        muni.head_name if muni else "",
        muni.secretary_name if muni else "",
        name,
        fingerprint,
        link or fingerprint,
        head_title(muni, lang),
    )
    story.append(
        table_with_end(
            data,
            widths,
            table_style(header_rows=2),
            end,
            table_class=LinesTable,
            room=room,
            header_rows=2,
            keep_rows=2,
        )
    )
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=top,
        bottomMargin=bottom,
        title=tr("Export", "report for {period}", lang, period=period),
        author=name,
    )
    doc.build(story, canvasmaker=numbered_canvas(header, lang, mark))
    return buf.getvalue()


def letter_block(lines: list[str], style: Any, lang: str) -> Table:
    """The annex number, the outgoing number and date, and the addressee, at the top right."""
    width = PAGE[0] - 24 * mm
    right = 105 * mm
    block = Table(
        [["", [para(line, cell_style(style, lang)) for line in lines]]],
        colWidths=[width - right, right],
    )
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return block
