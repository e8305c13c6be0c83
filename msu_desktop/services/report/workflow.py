"""The report's workflow: validation, draft -> complete -> approved (locked) -> unlocked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services.labels import period_name
from msu_desktop.services.report.history import ENTITY_PERIOD, log_change
from msu_desktop.services.report.periods import (
    check_unlocked,
    ensure_period,
    period_row,
    spec_of,
)
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.report.snapshot import load_period
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportPeriod


def validate_period(
    ws: Workspace, period_id: str, lang: str | None = None
) -> dict[str, list[rpt.Problem]]:
    """Problems per measure code (only measures that have problems)."""
    plan = ws.plan()
    spec = spec_of(plan, period_id)
    rules = rules_for(plan)
    out: dict[str, list[rpt.Problem]] = {}
    for snap in load_period(ws, period_id):
        problems = rpt.validate_entry(snap.data(), rules, spec, lang)
        if problems:
            out[snap.measure.code] = problems
    return out


def validate_measure(
    ws: Workspace, period_id: str, code: str, lang: str | None = None
) -> list[rpt.Problem]:
    plan = ws.plan()
    spec = spec_of(plan, period_id)
    for snap in load_period(ws, period_id):
        if snap.measure.code == code:
            return rpt.validate_entry(snap.data(), rules_for(plan), spec, lang)
    return []


def set_state(s: Session, row: ReportPeriod, new: str, user: str, reason: str = "") -> None:
    log_change(
        s,
        ENTITY_PERIOD,
        rpt.period_key(row.plan_id, row.period_id),
        "state",
        row.state,
        new,
        user,
        reason,
    )
    row.state = new


def mark_complete(ws: Workspace, period_id: str, user: str | None = None) -> None:
    """Mark the period's report complete; refused while any measure has a problem."""
    plan = ws.plan()
    problems = validate_period(ws, period_id)
    if problems:
        n = sum(len(p) for p in problems.values())
        raise UserError(
            "The report for {period} cannot be marked complete: {count} in {measures}, first "
            "in measure {first}.",
            period=period_name(period_id),
            count=tr("Report", "%n problem(s)", n=n),
            measures=tr("Report", "%n measure(s)", n=len(problems)),
            first=next(iter(problems)),
            context="Report",
        )
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(row)
        if row.state != rpt.COMPLETE:
            set_state(s, row, rpt.COMPLETE, user)
            row.completed_at = utcnow()


def approve(
    ws: Workspace,
    period_id: str,
    head_name: str,
    on: dt.date | None = None,
    user: str | None = None,
) -> None:
    """The head of the aiyl okmotu approves a complete report; it is then locked."""
    head_name = (head_name or "").strip()
    if not head_name:
        raise UserError("Enter the name of the head who approves the report.", context="Report")
    plan = ws.plan()
    spec_of(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(row)
        if row.state != rpt.COMPLETE:
            raise UserError(
                "Mark the report for {period} complete before it is approved.",
                period=period_name(period_id),
                context="Report",
            )
        on = on or ws.today()
        set_state(s, row, rpt.APPROVED, user, f"approved:{on.isoformat()}:{head_name}")
        row.approved_by = head_name
        row.approved_on = on


def unlock(ws: Workspace, period_id: str, reason: str, user: str | None = None) -> None:
    """Unlock an approved report so it can be corrected; the reason goes into the history."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Give the reason for unlocking the approved report.", context="Report")
    plan = ws.plan()
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = period_row(s, plan.plan_id, period_id)
        if row is None or row.state != rpt.APPROVED:
            raise UserError(
                "The report for {period} is not approved, so it is not locked.",
                period=period_name(period_id),
                context="Report",
            )
        set_state(s, row, rpt.DRAFT, user, reason)
        row.approved_by = ""
        row.approved_on = None
        row.completed_at = None
