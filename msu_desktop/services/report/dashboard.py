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
    measures = plan.measures
    lsg = {m.code for m in measures if m.lsg_participates}
    states = {pid: state for pid, state in ws.read(_STATES, (plan.plan_id,))}
    entries = ws.read(_ENTRIES, (plan.plan_id,))
    extra: dict[str, set[str]] = {}
    statuses: dict[str, dict[str, str]] = {}
    for pid, code, included, value in entries:
        if included:
            extra.setdefault(pid, set()).add(code)
        if value:
            statuses.setdefault(pid, {})[code] = value
    # in the plan's order (a code the plan no longer has first), without a sort per period
    codes = [m.code for m in measures]
    known = set(codes)
    to_report: dict[str, list[str]] = {}
    for p in specs:
        chosen = lsg | extra.get(p.id, set())
        to_report[p.id] = [c for c in chosen if c not in known] + [c for c in codes if c in chosen]
    rules = rules_for(plan)
    reported = frozenset(st.id for st in rules.statuses if st.counts_as_reported)
    return dash.compute(plan, specs, to_report, statuses, states, today, selected, reported)
