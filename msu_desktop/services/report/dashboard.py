"""The dashboard's counts for every period: two queries, then the pure computation in
:mod:`msu_desktop.domain.dashboard`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain.period import plan_periods
from msu_desktop.services.report.periods import period_rows
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.report import ReportEntry, ReportValue


def dashboard(
    ws: Workspace, today: dt.date | None = None, selected: str | None = None
) -> dash.Dashboard:
    """Counts for every period in two queries, then pure computation."""
    today = today or ws.today()
    plan = ws.plan()
    specs = plan_periods(plan)
    lsg = [m.code for m in plan.measures if m.lsg_participates]
    with ws.session() as s:
        states = {r.period_id: r.state for r in period_rows(s, plan.plan_id).values()}
        included = s.execute(
            select(ReportEntry.period_id, ReportEntry.measure_code).where(
                ReportEntry.plan_id == plan.plan_id, ReportEntry.included.is_(True)
            )
        ).all()
        status_rows = s.execute(
            select(ReportEntry.period_id, ReportEntry.measure_code, ReportValue.value)
            .join(ReportValue, ReportValue.entry_id == ReportEntry.id)
            .where(ReportEntry.plan_id == plan.plan_id, ReportValue.field == "status")
        ).all()
    extra: dict[str, set[str]] = {}
    for pid, code in included:
        extra.setdefault(pid, set()).add(code)
    order = {m.code: i for i, m in enumerate(plan.measures)}
    to_report = {
        p.id: sorted(set(lsg) | extra.get(p.id, set()), key=lambda c: order.get(c, 0))
        for p in specs
    }
    statuses: dict[str, dict[str, str]] = {}
    for pid, code, value in status_rows:
        if value:
            statuses.setdefault(pid, {})[code] = value
    rules = rules_for(plan)
    reported = frozenset(st.id for st in rules.statuses if st.counts_as_reported)
    return dash.compute(plan, specs, to_report, statuses, states, today, selected, reported)
