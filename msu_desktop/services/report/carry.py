"""Carry-forward: start a period from the previous one."""

from __future__ import annotations

from sqlalchemy import select

from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.services.labels import period_name
from msu_desktop.services.report.entries import ensure_entry
from msu_desktop.services.report.history import ENTITY_ENTRY, log_change
from msu_desktop.services.report.periods import (
    back_to_draft,
    check_unlocked,
    ensure_period,
    previous_period_id,
    spec_of,
)
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportEntry, ReportValue


def carry_forward(ws: Workspace, period_id: str, user: str | None = None) -> int:
    """Start ``period_id`` from the previous period: statuses and texts are copied (marked as
    carried) where this period has no value yet; amounts (indicators, money) are per half-year
    and are not copied. Returns how many values were copied."""
    plan = ws.plan()
    spec_of(plan, period_id)
    prev = previous_period_id(plan, period_id)
    if prev is None:
        raise UserError(
            "{period} is the first period of the plan; there is nothing to carry forward.",
            period=period_name(period_id),
            context="Report",
        )
    rules = rules_for(plan)
    carry = set(rules.carry_forward)
    user = user or ws.current_user()
    copied = 0
    with ws.transaction() as s:
        prow = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(prow)
        src_entries = s.scalars(
            select(ReportEntry).where(
                ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == prev
            )
        ).all()
        for src in src_entries:
            dst = ensure_entry(s, plan.plan_id, period_id, src.measure_code)
            if src.included and not dst.included:
                dst.included = True
            have = {
                v.field: v
                for v in s.scalars(select(ReportValue).where(ReportValue.entry_id == dst.id))
            }
            for v in src.values:
                if v.field not in carry or not v.value or (v.field in have and have[v.field].value):
                    continue
                if v.field in have:
                    have[v.field].value = v.value
                    have[v.field].carried = True
                else:
                    s.add(
                        ReportValue(
                            entry_id=dst.id,
                            field=v.field,
                            value=v.value,
                            carried=True,
                            updated_by=user,
                            updated_at=utcnow(),
                        )
                    )
                log_change(
                    s,
                    ENTITY_ENTRY,
                    rpt.entry_key(plan.plan_id, period_id, src.measure_code),
                    v.field,
                    "",
                    v.value,
                    user,
                    f"carried:{prev}",
                )
                copied += 1
        prow.carried_from = prev
        back_to_draft(s, prow, user)
    return copied
