"""Reporting periods: which exist (the plan's reporting rule), their state, due date and
timeliness, and the period row every edit goes through (created on first edit, refused while
the period is approved and locked)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import period_state, plan_periods
from msu_desktop.domain.plan import PeriodSpec, Plan
from msu_desktop.errors import UserError
from msu_desktop.services.labels import period_name
from msu_desktop.services.plan_service import first_installed
from msu_desktop.services.report.history import ENTITY_PERIOD, log_change
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.report import ReportPeriod


class PeriodLocked(UserError):
    pass


@dataclass(frozen=True)
class PeriodInfo:
    spec: PeriodSpec
    state: str  # draft | complete | approved
    timeliness: str  # future | current | due_soon | overdue | archive | closed
    days_left: int
    approved_by: str = ""
    approved_on: dt.date | None = None
    carried_from: str = ""

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def locked(self) -> bool:
        return self.state == rpt.APPROVED


def spec_of(plan: Plan, period_id: str) -> PeriodSpec:
    for p in plan_periods(plan):
        if p.id == period_id:
            return p
    raise UserError(
        "The plan has no reporting period {period}.", period=period_id, context="Report"
    )


def previous_period_id(plan: Plan, period_id: str) -> str | None:
    ids = [p.id for p in plan_periods(plan)]
    i = ids.index(period_id) if period_id in ids else -1
    return ids[i - 1] if i > 0 else None


def period_rows(s: Session, plan_id: str) -> dict[str, ReportPeriod]:
    rows = s.scalars(select(ReportPeriod).where(ReportPeriod.plan_id == plan_id))
    return {r.period_id: r for r in rows}


def installed_before(s: Session, plan_id: str, today: dt.date) -> dt.date | None:
    """The day the plan was first installed here, if it is not after ``today`` (the work
    date): periods that ended before it are an archive, not "overdue by 874 days"."""
    return _not_after(first_installed(s, plan_id), today)


def _not_after(day: dt.date | None, today: dt.date) -> dt.date | None:
    return day if day is not None and day <= today else None


def _info(
    spec: PeriodSpec,
    row: ReportPeriod | _StoredPeriod | None,
    today: dt.date,
    programme_end: dt.date | None,
    installed: dt.date | None = None,
) -> PeriodInfo:
    state = row.state if row else rpt.DRAFT
    ps = period_state(spec, today, state == rpt.APPROVED, programme_end, installed)
    return PeriodInfo(
        spec,
        state,
        ps.state,
        ps.days_left,
        row.approved_by if row else "",
        row.approved_on if row else None,
        row.carried_from if row else "",
    )


def periods(ws: Workspace, today: dt.date | None = None) -> list[PeriodInfo]:
    today = today or ws.today()
    plan = ws.plan()
    with ws.session() as s:
        rows = period_rows(s, plan.plan_id)
        installed = installed_before(s, plan.plan_id, today)
    return [_info(p, rows.get(p.id), today, plan.valid_to, installed) for p in plan_periods(plan)]


@dataclass(frozen=True)
class _StoredPeriod:
    """What :func:`_info` reads of a ``report_period`` row."""

    state: str
    approved_by: str
    approved_on: dt.date | None
    carried_from: str


# The period's row and the day the plan was first installed, in one statement read with sqlite3
# (the ORM's two statements cost more than the period's validation): the same as period_row and
# plan_service.first_installed say
_PERIOD_INFO = (
    "SELECT p.state, p.approved_by, p.approved_on, p.carried_from, "
    "(SELECT min(installed_at) FROM plan_version WHERE plan_id = ?) "
    "FROM (SELECT 1) LEFT JOIN report_period p ON p.plan_id = ? AND p.period_id = ? "
    "ORDER BY p.id LIMIT 1"
)


def _day(stored: object) -> dt.date | None:
    """A Date or DateTime column's text as SQLAlchemy writes it in SQLite -> its day."""
    return None if stored is None else dt.date.fromisoformat(str(stored)[:10])


def period_info(ws: Workspace, period_id: str, today: dt.date | None = None) -> PeriodInfo:
    plan = ws.plan()
    spec = spec_of(plan, period_id)
    today = today or ws.today()
    rows = ws.read(_PERIOD_INFO, (plan.plan_id, plan.plan_id, period_id))
    state, by, on, carried, first = rows[0]  # one row: the LEFT JOIN on (SELECT 1)
    row = None if state is None else _StoredPeriod(state, by or "", _day(on), carried or "")
    return _info(spec, row, today, plan.valid_to, _not_after(_day(first), today))


def period_row(s: Session, plan_id: str, period_id: str) -> ReportPeriod | None:
    return s.scalars(
        select(ReportPeriod).where(
            ReportPeriod.plan_id == plan_id, ReportPeriod.period_id == period_id
        )
    ).first()


def ensure_period(s: Session, plan_id: str, period_id: str) -> ReportPeriod:
    row = period_row(s, plan_id, period_id)
    if row is None:
        row = ReportPeriod(plan_id=plan_id, period_id=period_id, state=rpt.DRAFT, carried_from="")
        s.add(row)
        s.flush()
    return row


def check_unlocked(row: ReportPeriod) -> None:
    if row.state == rpt.APPROVED:
        raise PeriodLocked(
            "The report for {period} is approved and locked. Unlock it (with a reason) to change it.",
            period=period_name(row.period_id),
            context="Report",
        )


def back_to_draft(s: Session, row: ReportPeriod, user: str) -> None:
    if row.state == rpt.COMPLETE:
        log_change(
            s,
            ENTITY_PERIOD,
            rpt.period_key(row.plan_id, row.period_id),
            "state",
            rpt.COMPLETE,
            rpt.DRAFT,
            user,
            "auto:edited",
        )
        row.state = rpt.DRAFT
        row.completed_at = None
