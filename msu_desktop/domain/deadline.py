"""The one deadline rule, for the office and the agency alike.

A period's deadline comes from the plan (:func:`period_deadline`: the reporting rule -- the Nth
of the month after the half-year -- and the plan's per-period exceptions, see
:func:`msu_desktop.domain.period.plan_periods`). Whether a report was on time is judged by
:func:`judge` against the AGENCY's time of receipt -- the inbox's receipt, or the day a stick's
package was received -- never against the office's clock (the ``created`` time a package
carries is whatever the office's computer believed).

The deadline is a day in Bishkek (UTC+6, no daylight saving): a report is on time until
23:59:59 of that day, Bishkek time; one received at 00:00:00 of the next day is late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from msu_desktop.domain.period import due_date, half_year_bounds, parse_period_id, plan_periods
from msu_desktop.domain.plan import PeriodSpec, Plan

BISHKEK = dt.timezone(dt.timedelta(hours=6), "Asia/Bishkek")

ON_TIME = "on_time"
LATE = "late"
MISSING = "missing"  # nothing received, and the deadline has passed
NOT_YET_DUE = "not_yet_due"  # nothing received, the deadline is still ahead
VERDICTS = (ON_TIME, LATE, MISSING, NOT_YET_DUE)


def period_spec(plans: Plan | Iterable[Plan], period_id: str) -> PeriodSpec | None:
    """The period as the plans define it; of several plans, the newest programme that has it."""
    candidates = [plans] if isinstance(plans, Plan) else list(plans)
    for plan in sorted(candidates, key=lambda p: (p.valid_from, p.version), reverse=True):
        for spec in plan_periods(plan):
            if spec.id == period_id:
                return spec
    return None


def period_deadline(plans: Plan | Iterable[Plan], period_id: str) -> dt.date:
    """The last day for the report on ``period_id`` (the plan's rule and its exceptions).

    A period no plan covers (a package for a year outside every programme) is given the rule
    of the newest plan; ``ValueError`` if ``period_id`` is not a period id or there is no plan.
    """
    candidates = [plans] if isinstance(plans, Plan) else list(plans)
    spec = period_spec(candidates, period_id)
    if spec is not None:
        return spec.due
    if not candidates:
        raise ValueError("no plan to take the reporting rule from")
    newest = max(candidates, key=lambda p: (p.valid_from, p.version))
    year, half = parse_period_id(period_id)
    return due_date(half_year_bounds(year, half)[1], newest.reporting.due_day)


def deadline_end(due: dt.date) -> dt.datetime:
    """The first moment that is late: midnight at the end of ``due``, Bishkek time."""
    return dt.datetime.combine(due + dt.timedelta(days=1), dt.time(0, 0), BISHKEK)


def in_bishkek(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Bishkek time; a time without a zone is taken as UTC (as the files store it)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(BISHKEK)


@dataclass(frozen=True)
class Timeliness:
    verdict: str  # one of VERDICTS
    due: dt.date
    received: dt.datetime | dt.date | None = None
    days_late: int = 0

    @property
    def late(self) -> bool:
        """Received late, or not received and the deadline has passed."""
        return self.verdict in (LATE, MISSING)


def judge(due: dt.date, received: dt.datetime | dt.date | None, now: dt.datetime) -> Timeliness:
    """On time, late, missing or not yet due, by the agency's time of receipt.

    ``received``: when the agency received the report -- the inbox's receipt time (a
    datetime), or the day a stick's package was received (a date) -- or None; ``now``: the
    agency's clock, used only to tell "missing" from "not yet due".
    """
    end = deadline_end(due)
    if received is None:
        if in_bishkek(now) >= end:
            return Timeliness(MISSING, due, None, (in_bishkek(now).date() - due).days)
        return Timeliness(NOT_YET_DUE, due)
    if isinstance(received, dt.datetime):
        local = in_bishkek(received)
        if local >= end:
            return Timeliness(LATE, due, local, (local.date() - due).days)
        return Timeliness(ON_TIME, due, local)
    if received > due:
        return Timeliness(LATE, due, received, (received - due).days)
    return Timeliness(ON_TIME, due, received)
