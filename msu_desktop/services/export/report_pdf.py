"""The semi-annual report as a PDF (reportlab): the same content as the Excel file, with the
signature blocks and, on the last page, the QR code and fingerprint of the electronic package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import pick, tr
from msu_desktop.services.export.pdf_common import (
    PAGE,
    numbered_canvas,
    para,
    signature_block,
    styles,
    table_style,
)
from msu_desktop.services.files import atomic_output


def write_report_pdf(
    ws: Any, period_id: str, lang: str, out: Path, *, fingerprint: str = "", link: str = ""
) -> Path:
    """``fingerprint``/``link``: what ties the paper to the package (printed and QR-coded)."""
    from msu_desktop.services import report_service as rs

    rows = rs.report_rows(ws, period_id)
    source_labels = {src.id: pick(src.label, lang) for src in rs.rules_for(ws.plan()).money_sources}
    summary = rs.period_summary(ws, period_id)
    muni = ws.municipality()
    plan = ws.plan()
    st = styles()
    name = muni.name(lang) if muni else ""
    header = f"{name} · {tr('Export', 'report for {period}', lang, period=period_id)}"
    story: list[Any] = [
        para(
            tr(
                "Export",
                "Report on the implementation of the Action Plan for {period}",
                lang,
                period=period_id,
            ),
            st["title"],
        ),
        para(f"{name} · {pick(plan.title, lang)}", st["subtitle"]),
        para(
            tr(
                "Export",
                "Measures: {total}, reported: {reported}, deadline passed: {missed}. Money spent: {money} som.",
                lang,
                total=summary.total,
                reported=summary.reported,
                missed=summary.deadline_missed,
                money=amount(summary.money_total),
            ),
            st["subtitle"],
        ),
        Spacer(1, 4 * mm),
    ]
    head = [
        tr("Export", "No.", lang),
        tr("Export", "Measure", lang),
        tr("Export", "Deadline", lang),
        tr("Export", "Status", lang),
        tr("Export", "What was done", lang),
        tr("Export", "Indicators", lang),
        tr("Export", "Money, som", lang),
        tr("Export", "Problems and proposals", lang),
    ]
    data: list[list[Any]] = [[para(h, st["head"]) for h in head]]
    for row in rows:
        indicators = "\n".join(
            f"{pick(i.label, lang)}: {i.value}" for i in row.indicators if str(i.value).strip()
        )
        money = "\n".join(
            f"{source_labels.get(src, src)}: {amount(val)}"
            for src, val in row.money.items()
            if val is not None and val != 0
        )
        status = pick(row.status_label, lang) if row.status else tr("Export", "not reported", lang)
        if row.reason:
            status += f" ({row.reason})"
        deadline = pick(row.deadline_text, lang)
        if row.deadline_missed:
            deadline += "\n" + tr("Export", "deadline passed", lang)
        problems = "\n".join(x for x in (row.problems, row.proposals) if x)
        data.append(
            [
                para(row.measure_code, st["small"]),
                para(pick(row.title, lang), st["small"]),
                para(deadline, st["small"]),
                para(status, st["small"]),
                para(row.done, st["small"]),
                para(indicators, st["small"]),
                para(money, st["small"]),
                para(problems, st["small"]),
            ]
        )
    widths = [12, 52, 24, 24, 62, 34, 26, 33]
    table = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(table_style())
    story.append(table)
    story.extend(
        signature_block(
            lang,
            muni.head_name if muni else "",
            muni.secretary_name if muni else "",
            name,
            fingerprint,
            link or fingerprint,
        )
    )
    with atomic_output(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=PAGE,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=15 * mm,
            bottomMargin=14 * mm,
            title=tr("Export", "report for {period}", lang, period=period_id),
            author=name,
        )
        doc.build(story, canvasmaker=numbered_canvas(header, lang))
    return out
