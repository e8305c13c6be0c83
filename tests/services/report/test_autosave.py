"""Autosave: one field costs at most four SQL statements, and set_value hands back the entry and
its problems so the page can refresh one row without reading the period again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

P = "2019-H2"


def _statements(ws: Workspace, fn: Any) -> list[str]:
    seen: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(ws.engine, "before_cursor_execute", listen)
    try:
        fn()
    finally:
        event.remove(ws.engine, "before_cursor_execute", listen)
    return seen


def test_a_typical_field_costs_at_most_four_statements(ws_with_municipality: Workspace) -> None:
    ws = ws_with_municipality
    rs.set_value(ws, P, "1.1.3", "status", "in_progress")
    rs.set_value(ws, P, "1.1.3", "done", "Проведено собрание")
    first = _statements(ws, lambda: rs.set_value(ws, P, "1.1.3", "evidence", "Решение №1"))
    assert len(first) <= 4, first
    # typing on in the same field (the history line is merged, not added)
    more = _statements(ws, lambda: rs.set_value(ws, P, "1.1.3", "evidence", "Решение №12"))
    assert len(more) <= 4, more
    (line,) = rs.history(ws, P, "1.1.3", "evidence")
    assert (line.old, line.new) == ("", "Решение №12")
    assert line.user == ws.current_user()


def test_set_value_returns_the_entry_and_its_problems(ws: Workspace) -> None:
    saved = rs.set_value(ws, P, "1.1.3", "status", "completed", lang="en")
    assert saved.value == "completed"
    assert saved.entry.values == {"status": "completed"}
    assert saved.problems == rs.validate_measure(ws, P, "1.1.3", "en")
    assert "end_date" in {p.field for p in saved.problems}
    end = rs.period_info(ws, P).spec.end.strftime("%d.%m.%Y")
    saved = rs.set_value(ws, P, "1.1.3", "end_date", end, lang="en")
    assert saved.entry.values["end_date"] == rs.period_info(ws, P).spec.end.isoformat()
    assert "end_date" not in {p.field for p in saved.problems}
    assert saved.problems == rs.validate_measure(ws, P, "1.1.3", "en")
    # saving the same value again changes nothing and still reports the entry
    again = rs.set_value(ws, P, "1.1.3", "end_date", end, lang="en")
    assert again.entry.values == saved.entry.values and again.problems == saved.problems
    assert len(rs.history(ws, P, "1.1.3", "end_date")) == 1
