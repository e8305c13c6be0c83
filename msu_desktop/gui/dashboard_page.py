"""The dashboard: where every report stands, drawn with QPainter on the screen.

Paper goes the one paper path (gui/printing.py): Print and Save as PDF both take the PDF of
services/export/dashboard_pdf.py, made from the same numbers off the GUI thread. The screen's
texts wrap in their column (a Kyrgyz direction's name is never cut with "…").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import ARCHIVE
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name, period_name_short
from msu_desktop.services.workspace import Workspace
from msu_exchange.progress import Cancel, Progress

if TYPE_CHECKING:
    from msu_desktop.gui.printing import PrintJob

GREEN = QColor(56, 142, 60)
AMBER = QColor(245, 166, 35)
BLUE = QColor(120, 144, 156)
GREY = QColor(224, 224, 224)
RED = QColor(198, 40, 40)


class DashboardTexts:
    """The chart's words, translated once per paint, in one context whoever paints."""

    def __init__(self) -> None:
        self.title = QCoreApplication.translate("Dashboard", "Progress of the semi-annual reports")
        self.completed = QCoreApplication.translate("Dashboard", "Completed")
        self.in_progress = QCoreApplication.translate("Dashboard", "In progress")
        self.other = QCoreApplication.translate("Dashboard", "Other status")
        self.not_reported = QCoreApplication.translate("Dashboard", "Not reported")
        self.deadline = QCoreApplication.translate("Dashboard", "deadline passed: {n}")
        self.by_direction = QCoreApplication.translate(
            "Dashboard", "Progress by direction, {period}"
        )
        self.next_due = QCoreApplication.translate(
            "Dashboard", "Next report: {period}, due {date} — {days} days left"
        )
        self.next_overdue = QCoreApplication.translate(
            "Dashboard", "Next report: {period}, due {date} — overdue by {days} days"
        )
        self.all_done = QCoreApplication.translate(
            "Dashboard", "Every report that has begun is approved."
        )
        self.approved = QCoreApplication.translate("Dashboard", "approved")
        self.overdue = QCoreApplication.translate("Dashboard", "overdue")
        self.due_soon = QCoreApplication.translate("Dashboard", "due soon")
        self.of = QCoreApplication.translate("Dashboard", "{done} of {total}")
        self.of_legend = QCoreApplication.translate(
            "Dashboard",
            "“3 of 12”: measures completed, of the measures the municipality reports in that "
            "half-year.",
        )
        self.archive = QCoreApplication.translate("Dashboard", "archive")
        self.ended = QCoreApplication.translate(
            "Dashboard",
            "The programme ended on {date}: its reports are an archive and can still be "
            "completed. To report on the current programme, import its plan package from the "
            "agency (File → Import a plan package…).",
        )


def write_pdf(
    data: dash.Dashboard,
    lang: str,
    path: Path,
    municipality: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> Path:
    """The paper dashboard (no Qt: it may run in a worker thread)."""
    from msu_desktop.services.export.dashboard_pdf import write_dashboard_pdf

    return write_dashboard_pdf(data, lang, path, municipality=municipality)


def _date(d: object) -> str:
    return d.strftime("%d.%m.%Y") if hasattr(d, "strftime") else ""


def pt_px(p: QPainter, points: float) -> float:
    """``points`` in the painter's device pixels (screen, printer or PDF)."""
    return points * p.device().logicalDpiY() / 72.0


def rows_needed(d: dash.Dashboard) -> float:
    """The chart's height in text lines ("units"): heading, legend, periods, directions."""
    return 12.0 + 1.9 * len(d.periods) + 2.5 * len(d.directions)


MIN_POINTS = 9.0  # no text on the chart is smaller than this, on screen or on paper
BASE = 0.8  # the body text's size in units


@dataclass
class _Frame:
    """Where the chart's rows are drawn: the painter, the left edge and width, one text line's
    height, the two fonts and the three columns' widths."""

    p: QPainter
    x0: float
    width: float
    unit: float
    base: QFont
    bold: QFont
    label_w: float
    status_w: float
    bar_w: float


WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


def _next_due_text(d: dash.Dashboard, lang: str, tx: DashboardTexts) -> str:
    nd = d.next_due
    if d.ended and nd is None:
        return tx.ended.format(date=_date(d.programme_end))
    if nd is None:
        return tx.all_done
    if nd.days_left >= 0:
        return tx.next_due.format(
            period=period_name(nd.period.id, lang), date=_date(nd.period.due), days=nd.days_left
        )
    return tx.next_overdue.format(
        period=period_name(nd.period.id, lang), date=_date(nd.period.due), days=-nd.days_left
    )


def _period_state(c: Any, tx: DashboardTexts) -> tuple[str, QColor]:
    """A period's state to the right of its bar, and its colour."""
    if c.state == rpt.APPROVED:
        return tx.approved, GREEN
    if c.timeliness == "overdue":
        return tx.overdue, RED
    if c.timeliness == "due_soon":
        return tx.due_soon, AMBER
    if c.timeliness == ARCHIVE:
        return tx.archive, QColor(110, 110, 110)
    return "", QColor("black")


def _segments(p: QPainter, bar: QRectF, counts: Any, total: int) -> None:
    """The bar's coloured parts, left to right: completed, in progress, other, not reported."""
    x = bar.left()
    for n, colour in (
        (counts.completed, GREEN),
        (counts.in_progress, AMBER),
        (counts.reported - counts.completed - counts.in_progress, BLUE),
        (counts.total - counts.reported, GREY),
    ):
        w = bar.width() * n / total
        if w > 0:
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), colour)
        x += w


def _period_rows(f: _Frame, d: dash.Dashboard, lang: str, tx: DashboardTexts, y: float) -> float:
    """One row a period: its name, its bar, the count and the state (wrapped under the count);
    returns where the next thing goes."""
    p, x0, unit, base, bold = f.p, f.x0, f.unit, f.base, f.bold
    label_w, status_w, bar_w = f.label_w, f.status_w, f.bar_w
    wrap = WRAP
    row_h = max(unit * 1.9, QFontMetricsF(base).height() * 2.1)
    for c in d.periods:
        p.setPen(QColor("black"))
        p.setFont(bold if c.period.id == d.selected else base)
        p.drawText(
            QRectF(x0, y, label_w, row_h),
            Qt.AlignmentFlag.AlignVCenter,
            period_name_short(c.period.id, lang),
        )
        total = max(c.total, 1)
        _segments(p, QRectF(x0 + label_w, y + row_h * 0.15, bar_w, row_h * 0.7), c, total)
        p.setPen(QPen(QColor(90, 90, 90), 0.5))
        p.drawRect(QRectF(x0 + label_w, y + row_h * 0.15, bar_w, row_h * 0.7))
        # state to the right
        state, colour = _period_state(c, tx)
        text = tx.of.format(done=c.completed, total=c.total)
        if c.deadline_missed and c.timeliness not in ("future", ARCHIVE):
            state = ", ".join(x for x in (state, tx.deadline.format(n=c.deadline_missed)) if x)
        p.setPen(QColor("black"))
        p.setFont(base)
        tx_x = x0 + label_w + bar_w + unit * 0.5
        p.drawText(QRectF(tx_x, y, status_w, row_h / 2), Qt.AlignmentFlag.AlignLeft, text)
        p.setFont(base)
        p.setPen(colour)
        # the state wraps under the count (never cut with "…"); the row grows for it
        box = p.boundingRect(
            QRectF(tx_x, y + row_h / 2, status_w - unit * 0.5, unit * 10), wrap, state
        )
        p.drawText(QRectF(tx_x, y + row_h / 2, status_w - unit * 0.5, box.height()), wrap, state)
        y += max(row_h, row_h / 2 + box.height())

    return y


def _direction_rows(
    f: _Frame, d: dash.Dashboard, selected: str, lang: str, tx: DashboardTexts, y: float
) -> float:
    """The ``selected`` period by direction: each name, its bar and its share completed."""
    p, x0, width, unit, base, bold = f.p, f.x0, f.width, f.unit, f.base, f.bold
    label_w, status_w, bar_w = f.label_w, f.status_w, f.bar_w
    wrap = WRAP
    p.setPen(QColor("black"))
    p.setFont(bold)
    p.drawText(
        QRectF(x0, y, width, unit * 1.2),
        Qt.AlignmentFlag.AlignLeft,
        tx.by_direction.format(period=period_name(selected, lang)),
    )
    y += unit * 1.5
    for dp in d.directions:
        p.setFont(base)
        p.setPen(QColor("black"))
        name = f"{dp.code}. {pick(dp.title, lang)}"
        box = p.boundingRect(QRectF(x0, y, width, unit * 10), wrap, name)
        p.drawText(QRectF(x0, y, width, box.height()), wrap, name)
        y += max(unit * 1.1, box.height())
        total = max(dp.total, 1)
        _segments(p, QRectF(x0 + label_w, y, bar_w, unit * 0.8), dp, total)
        p.setPen(QPen(QColor(90, 90, 90), 0.5))
        p.drawRect(QRectF(x0 + label_w, y, bar_w, unit * 0.8))
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(x0 + label_w + bar_w + unit * 0.5, y - unit * 0.2, status_w, unit * 1.2),
            Qt.AlignmentFlag.AlignLeft,
            f"{round(100 * dp.share_completed)}% · "
            + tx.of.format(done=dp.completed, total=dp.total),
        )
        y += unit * 1.4
    return y


def _draw_chart(
    p: QPainter, rect: QRectF, d: dash.Dashboard, lang: str, tx: DashboardTexts, title: str
) -> None:
    """Bars per period (completed / in progress / other / not reported), then by direction;
    on the screen only (paper: services/export/dashboard_pdf.py)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(rect, QColor("white"))
    unit = max(min(rect.height() / rows_needed(d), rect.width() / 40.0), 6.0)  # one text line
    base = QFont(p.font())
    base.setPixelSize(max(int(unit * BASE), int(pt_px(p, MIN_POINTS))))
    bold = QFont(base)
    bold.setBold(True)
    big = QFont(bold)
    big.setPixelSize(int(base.pixelSize() * 1.35))
    x0, y = rect.left() + unit, rect.top() + unit
    width = rect.width() - 2 * unit
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap

    def para(font: QFont, colour: QColor, text: str, gap: float) -> None:
        """A paragraph that wraps within the page's width (never runs off its right edge)."""
        nonlocal y
        p.setFont(font)
        p.setPen(colour)
        box = p.boundingRect(QRectF(x0, y, width, unit * 20), wrap, text)
        p.drawText(QRectF(x0, y, width, box.height()), wrap, text)
        y += box.height() + gap

    para(big, QColor("black"), tx.title, unit * 0.3)
    para(base, QColor("black"), title, unit * 0.3)
    nd = d.next_due
    msg = _next_due_text(d, lang, tx)
    overdue = nd is not None and nd.days_left < 0
    para(bold, RED if overdue else QColor("black"), msg, unit * 0.5)

    # legend, then what "3 of 12" counts
    p.setFont(base)
    lx = x0
    for colour, label in (
        (GREEN, tx.completed),
        (AMBER, tx.in_progress),
        (BLUE, tx.other),
        (GREY, tx.not_reported),
    ):
        w = p.fontMetrics().horizontalAdvance(label) + unit * 2.2
        if lx + w > x0 + width and lx > x0:
            lx, y = x0, y + unit * 1.3
        p.fillRect(QRectF(lx, y + unit * 0.2, unit * 0.8, unit * 0.8), colour)
        p.setPen(QColor("black"))
        p.drawText(QRectF(lx + unit, y, w, unit * 1.2), Qt.AlignmentFlag.AlignLeft, label)
        lx += w
    y += unit * 1.4
    para(base, QColor(90, 90, 90), tx.of_legend, unit * 0.4)

    label_w = unit * 5
    status_w = unit * 14
    bar_w = width - label_w - status_w
    f = _Frame(p, x0, width, unit, base, bold, label_w, status_w, bar_w)
    y = _period_rows(f, d, lang, tx, y)
    y += unit
    if d.selected:
        y = _direction_rows(f, d, d.selected, lang, tx, y)
    p.restore()


class ChartWidget(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("dashboardChart")
        self.setMinimumSize(560, 520)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def fit(self, d: dash.Dashboard) -> None:
        """Tall enough that its smallest text is :data:`MIN_POINTS` (the page scrolls)."""
        unit_px = MIN_POINTS * self.logicalDpiY() / 72.0 / BASE
        self.setMinimumHeight(int(rows_needed(d) * unit_px) + 8)

    def paintEvent(self, _e: QPaintEvent) -> None:
        if self.page.data is None:
            return
        p = QPainter(self)
        _draw_chart(
            p,
            QRectF(self.rect()),
            self.page.data,
            self.page.lang,
            DashboardTexts(),
            self.page.heading(),
        )
        p.end()


class DashboardPage(QWidget):
    refreshed = Signal()

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("dashboardPage")
        self.data: dash.Dashboard | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.chart = ChartWidget(self)
        self.chart.setToolTip(DashboardTexts().of_legend)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("dashboardScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart)
        self.print_btn = QPushButton(self.tr("&Print…"), self)
        self.print_btn.setObjectName("printButton")
        self.print_btn.clicked.connect(self.print_preview)
        self.pdf_btn = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_btn.setObjectName("pdfButton")
        self.pdf_btn.clicked.connect(self.choose_pdf)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_btn)
        top.addWidget(self.pdf_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.chart_scroll, 1)
        self.refresh()

    def heading(self) -> str:
        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""
        return self.tr("{name} · as of {date}").format(
            name=name, date=self.ws.today().strftime("%d.%m.%Y")
        )

    def refresh(self) -> None:
        self.data = rs.dashboard(self.ws)
        d = self.data
        approved = sum(1 for c in d.periods if c.state == rpt.APPROVED)
        overdue = sum(1 for c in d.periods if c.timeliness == "overdue")
        if d.ended:
            self.summary.setText(
                self.tr(
                    "The programme ended on {date}. {approved} of {total} reports approved; "
                    "the others are an archive and can still be completed."
                ).format(date=_date(d.programme_end), approved=approved, total=len(d.periods))
            )
        else:
            self.summary.setText(
                self.tr("{approved} of {total} reports approved; {overdue} overdue.").format(
                    approved=approved, total=len(d.periods), overdue=overdue
                )
            )
        self.chart.fit(d)
        self.chart.update()
        self.refreshed.emit()

    def write_pdf(self, path: Path, **progress: Any) -> Path:
        """The dashboard as an A4 PDF (services/export/dashboard_pdf.py), written atomically;
        may run off the GUI thread once :meth:`pdf_writer` took the numbers."""
        return self.pdf_writer()(path, **progress)

    def pdf_writer(self) -> Callable[..., Path]:
        """``write(path, progress=, cancelled=)`` with the numbers shown now (no Qt inside)."""
        if self.data is None:
            self.refresh()
        assert self.data is not None
        data, lang = self.data, self.lang
        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""

        def write(path: Path, **progress: Any) -> Path:
            return write_pdf(data, lang, Path(path), name, **progress)

        return write

    def default_file_name(self) -> str:
        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""
        return (
            self.tr("Dashboard — {name}.pdf").format(name=name)
            if name
            else self.tr("Dashboard.pdf")
        )

    def choose_pdf(self) -> None:
        from msu_desktop.gui.printing import save_pdf_in_background

        save_pdf_in_background(
            self,
            self.ws,
            self.tr("Save the dashboard as PDF"),
            self.default_file_name(),
            self.pdf_writer(),
        )

    def print_preview(self) -> None:
        from msu_desktop.gui.printing import print_document

        def ready(job: PrintJob) -> None:
            self.print_job = job

        print_document(
            self, DashboardTexts().title, "dashboard.pdf", self.pdf_writer(), on_ready=ready
        )
