"""The dashboard's counts for every period: one query of the periods' states and one of every
entry with its status, read with the workspace's sqlite3 reader, then the pure computation in
:mod:`msu_desktop.domain.dashboard`."""

from __future__ import annotations

import datetime as dt

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain.period import plan_periods
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.workspace import Workspace

# every entry of the plan, whether it is included, and its status (NULL: none yet); the ORM's
# statement building and row objects took most of the time of the three queries this replaces,
# and SQLAlchemy's connection and result objects two fifths of what was left
_ENTRIES = (
    "SELECT e.period_id, e.measure_code, e.included, v.value FROM report_entry e "
    "LEFT JOIN report_value v ON v.entry_id = e.id AND v.field = 'status' "
    "WHERE e.plan_id = ?"
)
_STATES = "SELECT period_id, state FROM report_period WHERE plan_id = ?"


def dashboard(
    ws: Workspace, today: dt.date | None = None, selected: str | None = None
) -> dash.Dashboard:
    """Counts for every period in two queries, then pure computation."""
    today = today or ws.today()
    plan = ws.plan()
    specs = plan_periods(plan)
    lsg = [m.code for m in plan.measures if m.lsg_participates]
    states = {pid: state for pid, state in ws.read(_STATES, (plan.plan_id,))}
    entries = ws.read(_ENTRIES, (plan.plan_id,))
    extra: dict[str, set[str]] = {}
    statuses: dict[str, dict[str, str]] = {}
    for pid, code, included, value in entries:
        if included:
            extra.setdefault(pid, set()).add(code)
        if value:
            statuses.setdefault(pid, {})[code] = value
    order = {m.code: i for i, m in enumerate(plan.measures)}
    to_report = {
        p.id: sorted(set(lsg) | extra.get(p.id, set()), key=lambda c: order.get(c, 0))
        for p in specs
    }
    rules = rules_for(plan)
    reported = frozenset(st.id for st in rules.statuses if st.counts_as_reported)
    return dash.compute(plan, specs, to_report, statuses, states, today, selected, reported)
