"""Reports: dashboard recompute and opening a period, against a bare SQLite query on the same data.

Every measure of the plan (23) is reported in every period of its reporting rule, with every
field filled (status, texts, dates, indicators, money), so the numbers are for a full database.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPEATS = 7


def _median(fn: Callable[[], Any], repeats: int = REPEATS) -> float:
    """The median time of a call, counted on this thread's CPU clock (``time.thread_time``):
    on a shared two-core machine at load 10, a call of 1.5 ms is preempted mid-way and waits
    10-20 ms for its turn, while a 0.3 ms floor seldom is, so wall-clock medians of the same
    code swung between 5x and 60x. The CPU clock counts the work of both alike (the database
    is in the page cache here, so there is no disk wait to miss); on a quiet machine the two
    clocks agree within a few per cent."""
    fn()  # warm up (plan parsed, rules loaded, statements prepared)
    times = []
    for _ in range(repeats):
        t = time.thread_time()
        fn()
        times.append(time.thread_time() - t)
    return statistics.median(times)


def _full_workspace(tmp: Path) -> Any:
    from msu_desktop.domain.period import plan_periods
    from msu_desktop.services import report_service as rs
    from msu_desktop.services.workspace import Workspace
    from msu_desktop.storage.models.report import ReportEntry, ReportPeriod, ReportValue

    ws = Workspace.open(tmp / "bench-reports")
    plan = ws.plan()
    rules = rs.rules_for(plan)
    statuses = ["completed", "in_progress", "not_started", "not_completed", "not_applicable"]
    with ws.transaction() as s:
        for pi, spec in enumerate(plan_periods(plan)):
            s.add(ReportPeriod(plan_id=plan.plan_id, period_id=spec.id, state="draft"))
            for mi, m in enumerate(plan.measures):
                e = ReportEntry(
                    plan_id=plan.plan_id, period_id=spec.id, measure_code=m.code, included=True
                )
                s.add(e)
                s.flush()
                values = {
                    "status": statuses[(pi + mi) % len(statuses)],
                    "reason": "Причина",
                    "done": "Проведено собрание жителей, принято решение кенеша. " * 4,
                    "start_date": spec.start.isoformat(),
                    "end_date": spec.end.isoformat(),
                    "evidence": "Решение №12",
                    "problems": "Нет средств",
                    "proposals": "Увеличить финансирование",
                }
                for ind in rules.indicators_for(m):
                    values[f"indicator:{ind.id}"] = str(pi + mi)
                for src in rules.money_sources:
                    values[f"money:{src.id}"] = f"{1000 * (pi + 1)}.50"
                for f, v in values.items():
                    s.add(ReportValue(entry_id=e.id, field=f, value=v, carried=False))
    return ws


def bench_dashboard_and_open_period(tmp: Path) -> list[dict[str, Any]]:
    from msu_desktop.domain.period import plan_periods
    from msu_desktop.services import report_service as rs

    ws = _full_workspace(tmp)
    try:
        plan = ws.plan()
        n_periods = len(plan_periods(plan))
        n_measures = len(plan.measures)
        period = plan_periods(plan)[len(plan_periods(plan)) // 2].id
        con = sqlite3.connect(ws.db_path)

        def bare_dashboard() -> None:
            con.execute(
                "SELECT e.period_id, e.measure_code, v.value FROM report_entry e "
                "JOIN report_value v ON v.entry_id = e.id "
                "WHERE e.plan_id = ? AND v.field = 'status'",
                (plan.plan_id,),
            ).fetchall()

        def bare_open() -> None:
            con.execute(
                "SELECT e.measure_code, v.field, v.value, v.carried FROM report_entry e "
                "JOIN report_value v ON v.entry_id = e.id "
                "WHERE e.plan_id = ? AND e.period_id = ?",
                (plan.plan_id, period),
            ).fetchall()

        def open_period() -> None:
            # what the report page does when a period is chosen
            rs.period_info(ws, period)
            rs.validate_period(ws, period)

        dash_s = _median(lambda: rs.dashboard(ws))
        dash_floor = _median(bare_dashboard)
        open_s = _median(open_period)
        open_floor = _median(bare_open)
        rows_s = _median(lambda: rs.report_rows(ws, period), repeats=5)
        con.close()
    finally:
        ws.close()
    size = f"{n_measures} measures x {n_periods} periods"
    return [
        {
            "name": f"reports: dashboard recompute ({size})",
            "seconds": dash_s,
            "floor_name": "bare SQLite query of every status",
            "floor_seconds": dash_floor,
        },
        {
            "name": f"reports: open a period and validate it ({n_measures} measures)",
            "seconds": open_s,
            "floor_name": "bare SQLite query of the period's values",
            "floor_seconds": open_floor,
        },
        {
            "name": f"reports: report_rows for export ({n_measures} measures)",
            "seconds": rows_s,
            "floor_name": "bare SQLite query of the period's values",
            "floor_seconds": open_floor,
        },
    ]


BENCHMARKS = [bench_dashboard_and_open_period]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for r in bench_dashboard_and_open_period(Path(d)):
            print(
                f"{r['name']}: {r['seconds'] * 1000:.2f} ms; {r['floor_name']}: "
                f"{r['floor_seconds'] * 1000:.3f} ms; ratio {r['seconds'] / r['floor_seconds']:.0f}x"
            )
