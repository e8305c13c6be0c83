"""The dashboard as an A4 PDF (reportlab), laid out by the rules of every document the app
prints (pdf_layout): nothing runs past the right edge ("overdue by 2877 days" wraps in its
column), periods are named in words, "page N of M" on every page.

The screen keeps its QPainter chart (gui/dashboard_page.py); the paper is drawn here, below the
GUI, from the same :class:`msu_desktop.domain.dashboard.Dashboard` numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import ARCHIVE
from msu_desktop.i18n import pick, tr
from msu_desktop.services.export.pdf_layout import (
    FONT,
    FONT_BOLD,
    cell,
    cell_style,
    column_widths,
    numbered_canvas,
    para,
    styles,
)
from msu_desktop.services.labels import period_name
from msu_exchange.files import atomic_output

GREEN = colors.Color(56 / 255, 142 / 255, 60 / 255)
AMBER = colors.Color(245 / 255, 166 / 255, 35 / 255)
BLUE = colors.Color(120 / 255, 144 / 255, 156 / 255)
GREY = colors.Color(224 / 255, 224 / 255, 224 / 255)
RED = colors.HexColor("#C62828")
BAR_W = 62 * mm
BAR_H = 3.2 * mm


def _bar(parts: list[tuple[int, Any]], total: int) -> Drawing:
    d = Drawing(BAR_W, BAR_H)
    x = 0.0
    for n, colour in parts:
        w = BAR_W * n / max(total, 1)
        if w > 0:
            d.add(Rect(x, 0, w, BAR_H, fillColor=colour, strokeColor=None))
        x += w
    d.add(Rect(0, 0, BAR_W, BAR_H, fillColor=None, strokeColor=colors.grey, strokeWidth=0.4))
    return d


def _next_report_message(data: dash.Dashboard, lang: str) -> str:
    """The line under the heading: the next report and its days left (or overdue), every
    report approved, or the programme ended."""
    nd = data.next_due
    if data.ended and nd is None:
        return tr(
            "Dashboard",
            "The programme ended on {date}: its reports are an archive and can still be "
            "completed. To report on the current programme, import its plan package from the "
            "agency (File → Import a plan package…).",
            lang,
            date=data.programme_end.strftime("%d.%m.%Y") if data.programme_end else "",
        )
    elif nd is None:
        return tr("Dashboard", "Every report that has begun is approved.", lang)
    else:
        due = nd.period.due.strftime("%d.%m.%Y")
        name = period_name(nd.period.id, lang)
        if nd.days_left >= 0:
            return tr(
                "Dashboard",
                "Next report: {period}, due {date} — {days} days left",
                lang,
                period=name,
                date=due,
                days=nd.days_left,
            )
        else:
            return tr(
                "Dashboard",
                "Next report: {period}, due {date} — overdue by {days} days",
                lang,
                period=name,
                date=due,
                days=-nd.days_left,
            )


def write_dashboard_pdf(
    data: dash.Dashboard, lang: str, out: Path, *, municipality: str = ""
) -> Path:
    st = styles()
    title = tr("Dashboard", "Progress of the semi-annual reports", lang)
    heading = tr(
        "DashboardPage",
        "{name} · as of {date}",
        lang,
        name=municipality,
        date=data.today.strftime("%d.%m.%Y"),
    )
    message = _next_report_message(data, lang)
    body = st["base"]
    small = st["small"]
    legend = " · ".join(
        f'<font color="{c.hexval()}">■</font> {tr("Dashboard", label, lang)}'
        for c, label in (
            (GREEN, "Completed"),
            (AMBER, "In progress"),
            (BLUE, "Other status"),
            (GREY, "Not reported"),
        )
    )
    story: list[Any] = [
        para(title, cell_style(st["title"], lang)),
        para(heading, cell_style(st["subtitle"], lang)),
        para(message, cell_style(st["subtitle"], lang)),
        Spacer(1, 2 * mm),
        _legend(legend, body),
        Spacer(1, 3 * mm),
    ]
    texts: list[list[str]] = []
    bars: list[Drawing] = []
    state_colours: list[Any] = []
    for c in data.periods:
        if c.state == rpt.APPROVED:
            state, colour = tr("Dashboard", "approved", lang), GREEN
        elif c.timeliness == ARCHIVE:
            state, colour = tr("Dashboard", "archive", lang), colors.black
        elif c.timeliness == "overdue":
            state, colour = tr("Dashboard", "overdue", lang), RED
        elif c.timeliness == "due_soon":
            state, colour = tr("Dashboard", "due soon", lang), AMBER
        else:
            state, colour = "", colors.black
        if c.deadline_missed and c.timeliness != "future":
            missed = tr("Dashboard", "deadline passed: {n}", lang, n=c.deadline_missed)
            state = ", ".join(x for x in (state, missed) if x)
        done = tr("Dashboard", "{done} of {total}", lang, done=c.completed, total=c.total)
        texts.append([period_name(c.period.id, lang), done, state])
        other = c.reported - c.completed - c.in_progress
        bars.append(
            _bar(
                [
                    (c.completed, GREEN),
                    (c.in_progress, AMBER),
                    (other, BLUE),
                    (c.total - c.reported, GREY),
                ],
                c.total,
            )
        )
        state_colours.append(colour)
    width = A4[0] - 24 * mm
    text_widths = column_widths(
        [[t[k] for t in texts] for k in range(3)], width - BAR_W - 6, FONT, body.fontSize
    )
    widths = [text_widths[0], BAR_W + 6, text_widths[1], text_widths[2]]
    rows = [
        [
            cell(
                t[0],
                st["head"] if data.periods[i].period.id == data.selected else body,
                widths[0],
                lang,
            ),
            bars[i],
            cell(t[1], body, widths[2], lang),
            cell(
                t[2],
                ParagraphStyle("state", parent=small, textColor=state_colours[i]),
                widths[3],
                lang,
            ),
        ]
        for i, t in enumerate(texts)
    ]
    table = LongTable(rows, colWidths=widths)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.HexColor("#DDDDDD")),
    ]
    table.setStyle(TableStyle(style))
    story.append(table)
    if data.selected and data.directions:
        story += [
            Spacer(1, 5 * mm),
            para(
                tr(
                    "Dashboard",
                    "Progress by direction, {period}",
                    lang,
                    period=period_name(data.selected, lang),
                ),
                cell_style(st["subtitle"], lang),
            ),
            Spacer(1, 2 * mm),
        ]
        names = [f"{dp.code}. {pick(dp.title, lang)}" for dp in data.directions]
        shares = [
            f"{round(100 * dp.share_completed)}% · "
            + tr("Dashboard", "{done} of {total}", lang, done=dp.completed, total=dp.total)
            for dp in data.directions
        ]
        share_w = column_widths([shares], width, FONT, body.fontSize)[0]
        share_w = min(share_w, 40 * mm)
        name_w = width - BAR_W - 6 - share_w
        drows = [
            [
                cell(n, body, name_w, lang),
                _bar(
                    [
                        (dp.completed, GREEN),
                        (dp.in_progress, AMBER),
                        (dp.reported - dp.completed - dp.in_progress, BLUE),
                        (dp.total - dp.reported, GREY),
                    ],
                    dp.total,
                ),
                cell(s, body, share_w, lang),
            ]
            for n, s, dp in zip(names, shares, data.directions, strict=True)
        ]
        dtable = LongTable(drows, colWidths=[name_w, BAR_W + 6, share_w])
        dtable.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(dtable)
    with atomic_output(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=16 * mm,
            bottomMargin=14 * mm,
            title=title,
            author=municipality,
        )
        doc.build(story, canvasmaker=numbered_canvas(f"{municipality} · {title}", lang))
    return out


def _legend(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(text, ParagraphStyle("legend", parent=style, fontName=FONT_BOLD))
