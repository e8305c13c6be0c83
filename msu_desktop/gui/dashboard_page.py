"""The dashboard: where every report stands, drawn with QPainter so it also prints.

One paint routine (:func:`paint_dashboard`) draws on the screen widget, on a printer
(QPrintPreviewDialog) and into a PDF (QPdfWriter), so what is printed is what is seen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

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


def _date(d: object) -> str:
    return d.strftime("%d.%m.%Y") if hasattr(d, "strftime") else ""


def paint_dashboard(
    p: QPainter, rect: QRectF, d: dash.Dashboard, lang: str, tx: DashboardTexts, title: str
) -> None:
    """Bars per period (completed / in progress / other / not reported), then by direction."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(rect, QColor("white"))
    unit = max(rect.height() / 48.0, 6.0)  # one text line
    base = QFont(p.font())
    base.setPixelSize(int(unit * 0.8))
    bold = QFont(base)
    bold.setBold(True)
    big = QFont(bold)
    big.setPixelSize(int(unit * 1.1))
    x0, y = rect.left() + unit, rect.top() + unit
    width = rect.width() - 2 * unit
    p.setPen(QColor("black"))
    p.setFont(big)
    p.drawText(QRectF(x0, y, width, unit * 1.5), Qt.AlignmentFlag.AlignLeft, tx.title)
    y += unit * 1.5
    p.setFont(base)
    p.drawText(QRectF(x0, y, width, unit * 1.2), Qt.AlignmentFlag.AlignLeft, title)
    y += unit * 1.4
    nd = d.next_due
    if nd is None:
        msg = tx.all_done
    elif nd.days_left >= 0:
        msg = tx.next_due.format(period=nd.period.id, date=_date(nd.period.due), days=nd.days_left)
    else:
        msg = tx.next_overdue.format(
            period=nd.period.id, date=_date(nd.period.due), days=-nd.days_left
        )
    p.setFont(bold)
    p.setPen(RED if nd is not None and nd.days_left < 0 else QColor("black"))
    p.drawText(QRectF(x0, y, width, unit * 1.2), Qt.AlignmentFlag.AlignLeft, msg)
    y += unit * 1.8

    # legend
    p.setFont(base)
    lx = x0
    for colour, label in (
        (GREEN, tx.completed),
        (AMBER, tx.in_progress),
        (BLUE, tx.other),
        (GREY, tx.not_reported),
    ):
        p.fillRect(QRectF(lx, y + unit * 0.2, unit * 0.8, unit * 0.8), colour)
        p.setPen(QColor("black"))
        w = p.fontMetrics().horizontalAdvance(label) + unit * 2.2
        p.drawText(QRectF(lx + unit, y, w, unit * 1.2), Qt.AlignmentFlag.AlignLeft, label)
        lx += w
    y += unit * 1.6

    label_w = unit * 5
    status_w = unit * 14
    bar_w = width - label_w - status_w
    row_h = unit * 1.9
    for c in d.periods:
        p.setPen(QColor("black"))
        p.setFont(bold if c.period.id == d.selected else base)
        p.drawText(QRectF(x0, y, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, c.period.id)
        total = max(c.total, 1)
        x = x0 + label_w
        other = c.reported - c.completed - c.in_progress
        for n, colour in (
            (c.completed, GREEN),
            (c.in_progress, AMBER),
            (other, BLUE),
            (c.total - c.reported, GREY),
        ):
            w = bar_w * n / total
            if w > 0:
                p.fillRect(QRectF(x, y + row_h * 0.15, w, row_h * 0.7), colour)
            x += w
        p.setPen(QPen(QColor(90, 90, 90), 0.5))
        p.drawRect(QRectF(x0 + label_w, y + row_h * 0.15, bar_w, row_h * 0.7))
        # state to the right
        if c.state == rpt.APPROVED:
            state, colour = tx.approved, GREEN
        elif c.timeliness == "overdue":
            state, colour = tx.overdue, RED
        elif c.timeliness == "due_soon":
            state, colour = tx.due_soon, AMBER
        else:
            state, colour = "", QColor("black")
        text = tx.of.format(done=c.completed, total=c.total)
        if c.deadline_missed and c.timeliness != "future":
            state = ", ".join(x for x in (state, tx.deadline.format(n=c.deadline_missed)) if x)
        p.setPen(QColor("black"))
        p.setFont(base)
        tx_x = x0 + label_w + bar_w + unit * 0.5
        p.drawText(QRectF(tx_x, y, status_w, row_h / 2), Qt.AlignmentFlag.AlignLeft, text)
        small = QFont(base)
        small.setPixelSize(max(int(unit * 0.65), 5))
        p.setFont(small)
        p.setPen(colour)
        p.drawText(
            QRectF(tx_x, y + row_h / 2, status_w - unit * 0.5, row_h / 2),
            Qt.AlignmentFlag.AlignLeft,
            p.fontMetrics().elidedText(state, Qt.TextElideMode.ElideRight, int(status_w - unit)),
        )
        y += row_h

    y += unit
    if d.selected:
        p.setPen(QColor("black"))
        p.setFont(bold)
        p.drawText(
            QRectF(x0, y, width, unit * 1.2),
            Qt.AlignmentFlag.AlignLeft,
            tx.by_direction.format(period=d.selected),
        )
        y += unit * 1.5
        for dp in d.directions:
            p.setFont(base)
            p.setPen(QColor("black"))
            name = f"{dp.code}. {pick(dp.title, lang)}"
            p.drawText(
                QRectF(x0, y, width, unit * 1.1),
                Qt.AlignmentFlag.AlignLeft,
                p.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(width)),
            )
            y += unit * 1.1
            total = max(dp.total, 1)
            x = x0 + label_w
            for n, colour in (
                (dp.completed, GREEN),
                (dp.in_progress, AMBER),
                (dp.reported - dp.completed - dp.in_progress, BLUE),
                (dp.total - dp.reported, GREY),
            ):
                w = bar_w * n / total
                if w > 0:
                    p.fillRect(QRectF(x, y, w, unit * 0.8), colour)
                x += w
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
    p.restore()


class ChartWidget(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("dashboardChart")
        self.setMinimumSize(560, 520)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _e: QPaintEvent) -> None:
        if self.page.data is None:
            return
        p = QPainter(self)
        paint_dashboard(
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
        lay.addWidget(self.chart, 1)
        self.refresh()

    def heading(self) -> str:
        m = self.ws.municipality()
        name = m.name(self.lang) if m else ""
        return self.tr("{name} · as of {date}").format(
            name=name, date=rs.today_of(self.ws).strftime("%d.%m.%Y")
        )

    def refresh(self) -> None:
        self.data = rs.dashboard(self.ws)
        d = self.data
        approved = sum(1 for c in d.periods if c.state == rpt.APPROVED)
        overdue = sum(1 for c in d.periods if c.timeliness == "overdue")
        self.summary.setText(
            self.tr("{approved} of {total} reports approved; {overdue} overdue.").format(
                approved=approved, total=len(d.periods), overdue=overdue
            )
        )
        self.chart.update()
        self.refreshed.emit()

    def render(self, painter: QPainter, rect: QRectF) -> None:
        if self.data is not None:
            paint_dashboard(painter, rect, self.data, self.lang, DashboardTexts(), self.heading())

    def save_pdf(self, path: Path) -> None:
        """The dashboard as an A4 PDF, written to a temporary name and renamed into place."""
        from msu_desktop.services.files import os_error_to_user

        path = Path(path)
        tmp = path.with_name(f".{path.name}.part")
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(12, 12, 12, 12),
            )
        )
        writer.setResolution(150)
        writer.setTitle(DashboardTexts().title)
        p = QPainter()
        if not p.begin(writer):
            tmp.unlink(missing_ok=True)
            raise UserError("Cannot write {path}.", path=str(path), context="Dashboard")
        try:
            page = writer.pageLayout().paintRectPixels(writer.resolution())
            self.render(p, QRectF(0, 0, page.width(), page.height()))
        finally:
            p.end()
        try:
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise os_error_to_user(exc, path) from exc

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the dashboard as PDF"), "dashboard.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            try:
                self.save_pdf(Path(name))
            except UserError as exc:
                self.summary.setText(str(exc))

    def print_preview(self) -> None:
        from msu_desktop.gui.printing import open_preview

        self.print_job = open_preview(
            self, DashboardTexts().title, self.paint_on, file_name="dashboard.pdf"
        )

    def paint_on(self, printer: QPrinter) -> None:
        """Draw the dashboard on one printer page (the print path's paint function)."""
        p = QPainter()
        if not p.begin(printer):
            raise UserError("Cannot print the dashboard.", context="Dashboard")
        try:
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            self.render(p, QRectF(0, 0, rect.width(), rect.height()))
        finally:
            p.end()
