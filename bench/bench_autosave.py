"""Autosave: SQL statements and time per saved field (what the report form does on every edit).

A typical field: the entry exists, the secretary types into a text field of a measure that has
values already. The statements are counted with a SQLAlchemy ``before_cursor_execute`` event;
the floor is the one UPDATE a bare SQLite program would run for the same change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import median_seconds

PERIOD = "2019-H2"
CODE = "1.1.3"


def count_statements(ws: Any, fn: Callable[[], Any]) -> list[str]:
    """The SQL statements ``fn`` sends through the workspace's engine."""
    from sqlalchemy import event

    seen: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(ws.engine, "before_cursor_execute", listen)
    try:
        fn()
    finally:
        event.remove(ws.engine, "before_cursor_execute", listen)
    return seen


def bench_autosave(tmp: Path) -> list[dict[str, Any]]:
    from msu_desktop.domain.municipality import Municipality
    from msu_desktop.services import report_service as rs
    from msu_desktop.services.workspace import Workspace

    ws = Workspace.open(tmp / "bench-autosave")
    try:
        ws.save_municipality(
            Municipality("41711000000000", "Ала-Бука", "Ала-Бука", secretary_name="Айгүл")
        )
        rs.set_value(ws, PERIOD, CODE, "status", "in_progress")
        rs.set_value(ws, PERIOD, CODE, "done", "Проведено собрание")
        texts = iter(f"Решение кенеша №{i}" for i in range(10_000))
        stmts = count_statements(
            ws, lambda: rs.set_value(ws, PERIOD, CODE, "evidence", next(texts))
        )
        save_s = median_seconds(lambda: rs.set_value(ws, PERIOD, CODE, "evidence", next(texts)))
        con = sqlite3.connect(ws.db_path)

        def bare() -> None:
            with con:
                con.execute(
                    "UPDATE report_value SET value = ? WHERE field = 'evidence'", (next(texts),)
                )

        bare_s = median_seconds(bare)
        con.close()
    finally:
        ws.close()
    return [
        {
            "name": "reports: SQL statements per autosaved field",
            "seconds": float(len(stmts)),
            "floor_name": "one UPDATE",
            "floor_seconds": 1.0,
            "unit": "statements",
            "note": "goal ≤ 4",
        },
        {
            "name": "reports: autosave one field (set_value, with the entry's problems)",
            "seconds": save_s,
            "floor_name": "bare SQLite UPDATE in a transaction",
            "floor_seconds": bare_s,
        },
    ]


BENCHMARKS = [bench_autosave]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for r in bench_autosave(Path(d)):
            print(f"{r['name']}: {r['seconds']:.4g}; {r['floor_name']}: {r['floor_seconds']:.4g}")
