"""Reporting periods (``YYYY-H1`` / ``YYYY-H2``) and their due dates.

The rule (half-yearly, due on the Nth of the following month) comes from the plan data; this
module only computes with it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from msu_desktop.domain.plan import PeriodSpec, Plan

PERIOD_RE = re.compile(r"^(\d{4})-H([12])$")
DUE_SOON_DAYS = 30


def parse_period_id(period_id: str) -> tuple[int, int]:
    m = PERIOD_RE.match(period_id)
    if not m:
        raise ValueError(f"not a period id: {period_id!r}")
    return int(m.group(1)), int(m.group(2))


def half_year_bounds(year: int, half: int) -> tuple[dt.date, dt.date]:
    if half == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def due_date(end: dt.date, due_day: int) -> dt.date:
    """The ``due_day`` of the month after ``end``."""
    year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
    return dt.date(year, month, due_day)


def periods_from_rule(valid_from: dt.date, valid_to: dt.date, due_day: int) -> list[PeriodSpec]:
    """Every half-year that overlaps [valid_from, valid_to]."""
    out: list[PeriodSpec] = []
    for year in range(valid_from.year, valid_to.year + 1):
        for half in (1, 2):
            start, end = half_year_bounds(year, half)
            if end < valid_from or start > valid_to:
                continue
            out.append(PeriodSpec(f"{year}-H{half}", start, end, due_date(end, due_day)))
    return out


def plan_periods(plan: Plan) -> list[PeriodSpec]:
    """Every reporting period of the plan, in order, with its due date.

    Generated from the programme's years (``valid_from``..``valid_to``) and the reporting rule
    (the Nth of the following month), so a plan whose end date was extended gets its new
    periods; a period the plan writes out keeps its own dates (older plans list them all); a
    per-period exception (``deadline_overrides``) moves that one period's due date.
    """
    by_id = {
        p.id: p for p in periods_from_rule(plan.valid_from, plan.valid_to, plan.reporting.due_day)
    }
    for p in plan.reporting.periods:
        by_id[p.id] = p
    for period_id, due in plan.reporting.deadline_overrides:
        if period_id in by_id:
            spec = by_id[period_id]
            by_id[period_id] = PeriodSpec(spec.id, spec.start, spec.end, due)
    return sorted(by_id.values(), key=lambda p: p.start)


ARCHIVE = "archive"


@dataclass(frozen=True)
class PeriodState:
    period: PeriodSpec
    state: str  # future | current | due_soon | overdue | archive | closed
    days_left: int


def programme_ended(programme_end: dt.date | None, today: dt.date) -> bool:
    """The programme's last day (its ``valid_to``) is behind us."""
    return programme_end is not None and today > programme_end


def period_state(
    spec: PeriodSpec,
    today: dt.date,
    submitted: bool = False,
    programme_end: dt.date | None = None,
    installed: dt.date | None = None,
) -> PeriodState:
    """Where a period stands on ``today``.

    ``current``: the half-year is running; ``due_soon``: it has ended and the due date is within
    :data:`DUE_SOON_DAYS`; ``overdue``: the due date has passed and nothing was submitted;
    ``archive``: as overdue, but the programme itself has ended (``programme_end`` passed), so
    the period is an archive that can still be completed and raises no alarm; so is a period
    that ended before the plan was ``installed`` in this office (nobody could report on it);
    ``closed``: submitted (approved); ``future``: not started.
    """
    days_left = (spec.due - today).days
    if submitted:
        return PeriodState(spec, "closed", days_left)
    if today < spec.start:
        return PeriodState(spec, "future", days_left)
    if today > spec.due:  # a deadline the plan moved before the half-year's end counts too
        if programme_ended(programme_end, today) or (
            installed is not None and spec.end < installed
        ):
            return PeriodState(spec, ARCHIVE, days_left)
        return PeriodState(spec, "overdue", days_left)
    if today <= spec.end:
        return PeriodState(spec, "current", days_left)
    return PeriodState(spec, "due_soon", days_left)


def current_period(periods: list[PeriodSpec], today: dt.date) -> PeriodSpec | None:
    """The period to report on now: the one whose due date is next, else the last one."""
    upcoming = [p for p in periods if p.due >= today and p.start <= today]
    if upcoming:
        return min(upcoming, key=lambda p: p.due)
    past = [p for p in periods if p.end < today]
    return past[-1] if past else (periods[0] if periods else None)
