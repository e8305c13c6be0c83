"""The report page's two tables: the periods, and the measures of one period.

Each model is given the workspace, the reporting rules and the language it needs (never the
page). :meth:`MeasureModel.update_entry` refreshes one measure's row after an autosave
(``dataChanged`` on that row only), from what ``rs.set_value`` returned.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import ARCHIVE
from msu_desktop.domain.plan import deadline_text
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_COLOURS = {
    "overdue": QColor(200, 40, 40),
    "due_soon": QColor(200, 120, 0),
    "current": QColor(30, 100, 180),
    "closed": QColor(40, 140, 60),
    "archive": QColor(110, 110, 110),
}


def date_text(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def state_text(state: str) -> str:
    """A report's state in words, as the page's state line and the period table show it."""
    return {
        rpt.DRAFT: QCoreApplication.translate("ReportPage", "Draft"),
        rpt.COMPLETE: QCoreApplication.translate("ReportPage", "Complete"),
        rpt.APPROVED: QCoreApplication.translate("ReportPage", "Approved, locked"),
    }.get(state, state)


def timeliness_text(t: str) -> str:
    return {
        "future": QCoreApplication.translate("ReportPage", "not started yet"),
        "current": QCoreApplication.translate("ReportPage", "current"),
        "due_soon": QCoreApplication.translate("ReportPage", "due soon"),
        "overdue": QCoreApplication.translate("ReportPage", "overdue"),
        ARCHIVE: QCoreApplication.translate("ReportPage", "archive"),
        "closed": QCoreApplication.translate("ReportPage", "submitted"),
    }.get(t, t)


def archive_text() -> str:
    return QCoreApplication.translate(
        "ReportPage",
        "The programme has ended: this report is an archive. It can still be completed; "
        "it is no longer overdue.",
    )


def state_line(p: rs.PeriodInfo, lang: str) -> str:
    """The page's state line: "I полугодие 2019 г.: Draft. Due 10.01.2020 — 12 days left"."""
    text = QCoreApplication.translate("ReportPage", "{period}: {state}. Due {date}").format(
        period=period_name(p.id, lang), state=state_text(p.state), date=date_text(p.spec.due)
    )
    if p.state == rpt.APPROVED:
        more = QCoreApplication.translate("ReportPage", "approved by {name} on {date}").format(
            name=p.approved_by, date=date_text(p.approved_on)
        )
    elif p.days_left >= 0:
        more = QCoreApplication.translate("ReportPage", "%n day(s) left", "", p.days_left)
    elif p.timeliness == ARCHIVE:
        more = QCoreApplication.translate("ReportPage", "archive: the programme has ended")
    else:
        more = QCoreApplication.translate("ReportPage", "overdue by %n day(s)", "", -p.days_left)
    return f"{text} — {more}"


class PeriodModel(QAbstractTableModel):
    """Periods with due date, state and how many measures are reported."""

    def __init__(self, ws: Workspace, lang: str, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.rows: list[tuple[rs.PeriodInfo, int, int]] = []

    def reload(self) -> None:
        self.beginResetModel()
        d = rs.dashboard(self.ws)
        self.rows = []
        for p in rs.periods(self.ws):
            c = d.period(p.id)
            self.rows.append((p, c.reported if c else 0, c.total if c else 0))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Period"), self.tr("Due"), self.tr("State"), self.tr("Reported")][
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        p, reported, total = self.rows[index.row()]
        col = index.column()
        if role == CODE_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return period_name(p.id, self.lang)
            if col == 1:
                return date_text(p.spec.due)
            if col == 2:
                state = state_text(p.state)
                if p.state != rpt.APPROVED:
                    state += " · " + timeliness_text(p.timeliness)
                return state
            return f"{reported}/{total}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            colour = STATE_COLOURS.get(p.timeliness)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole cell, however narrow its column, then what it means
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            if p.approved_by:
                more = self.tr("Approved by {name} on {date}").format(
                    name=p.approved_by, date=date_text(p.approved_on)
                )
            elif p.days_left >= 0:
                more = self.tr("%n day(s) left until {date}", "", p.days_left).format(
                    date=date_text(p.spec.due)
                )
            elif p.timeliness == ARCHIVE:
                more = archive_text()
            else:
                more = self.tr("Overdue by %n day(s)", "", -p.days_left)
            return f"{shown}\n{more}"
        return None


class MeasureModel(QAbstractTableModel):
    """The measures of a period: code, title, status, flags."""

    def __init__(self, ws: Workspace, rules: rpt.ReportRules, lang: str, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.rules, self.lang = ws, rules, lang
        self.snaps: list[rs.EntrySnapshot] = []
        self.problems: dict[str, int] = {}
        self.period: rs.PeriodInfo | None = None

    def reload(self, period_id: str | None) -> None:
        self.beginResetModel()
        if period_id is None:
            self.snaps, self.problems, self.period = [], {}, None
        else:
            self.period = rs.period_info(self.ws, period_id)
            self.snaps = rs.load_period(self.ws, period_id)
            self.problems = {
                s.measure.code: len(rpt.validate_entry(s.data(), self.rules, self.period.spec))
                for s in self.snaps
            }
        self.endResetModel()

    def update_entry(self, snap: rs.EntrySnapshot, problems: int) -> int:
        """One measure's row anew (after an autosave): ``dataChanged`` on that row only.
        Returns the row, or -1 when the measure is not in the table."""
        row = self.row_of(snap.measure.code)
        if row < 0:
            return -1
        self.snaps[row] = snap
        self.problems[snap.measure.code] = problems
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def set_period(self, period: rs.PeriodInfo) -> None:
        """The period's state anew (its lock and dates): the table's rows stay as they are."""
        self.period = period

    def row_of(self, code: str) -> int:
        for i, s in enumerate(self.snaps):
            if s.measure.code == code:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.snaps)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("No."), self.tr("Measure"), self.tr("Status"), self.tr("Check")][
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        s = self.snaps[index.row()]
        col = index.column()
        lang = self.lang
        missed = self.period is not None and rpt.deadline_missed(
            s.measure, s.status, self.period.spec
        )
        if role == CODE_ROLE:
            return s.measure.code
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return s.measure.code
            if col == 1:
                return pick(s.measure.title, lang)
            if col == 2:
                label = rs.status_label(self.ws, s.status, lang) if s.status else ""
                if label and "status" in s.carried:
                    label += " ↻"
                return label or self.tr("— not reported —")
            n = self.problems.get(s.measure.code, 0)
            parts = []
            if n:
                parts.append(self.tr("%n to fix", "", n))
            if missed:
                parts.append(self.tr("deadline passed"))
            return ", ".join(parts) or "✓"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return pick(s.measure.title, lang)
            if col == 2 and "status" in s.carried:
                return self.tr("Carried forward from the previous period")
            if col == 3 and missed:
                return self.tr("The measure's own deadline ({date}) has passed.").format(
                    date=deadline_text(s.measure.deadline, lang)
                )
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # a cut cell, in full
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            if missed or self.problems.get(s.measure.code):
                return QBrush(QColor(200, 40, 40))
            return QBrush(QColor(40, 140, 60))
        return None
