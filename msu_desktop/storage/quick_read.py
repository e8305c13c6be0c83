"""Reads for the first page, with the standard library's sqlite3 (no SQLAlchemy).

An everyday start shows its window before SQLAlchemy's engine and ORM are imported (a third of
a second on a fast PC, seconds on an old one with a spinning disk): the programme and the
municipality the first page and the window's title need are read here (the settings in
services/settings.py, the only code that touches their table) through the workspace's one
sqlite3 :class:`Reader`, and the ORM is loaded when a page or an action first needs it. The
queries say the same as the ORM's (services/plan_service.py); a test keeps them equal.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

Query = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]


class Reader:
    """One sqlite3 connection kept for these reads (a few microseconds each; opening a
    connection per read costs a millisecond or more), shared by the threads under a lock and
    closed with the workspace. Each read is its own statement: it never holds a transaction
    open, so it sees what the ORM's sessions have committed."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def __call__(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._con is None:
                self._con = sqlite3.connect(str(self.db_path), timeout=5.0, check_same_thread=False)
            return self._con.execute(sql, params).fetchall()

    def close(self) -> None:
        """Let the file go (a restore replaces it); the next read connects again."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def has_active_plan(query: Query) -> bool:
    return bool(query("SELECT 1 FROM plan_version WHERE active LIMIT 1", ()))


def active_plan_count(query: Query) -> int:
    """How many active plan versions (one per installed programme) there are."""
    return int(query("SELECT count(*) FROM plan_version WHERE active", ())[0][0])


def active_plan_document(query: Query, plan_id: str | None = None) -> str | None:
    """The plan JSON of the active version of ``plan_id`` (else of the one installed last)."""
    sql = "SELECT document FROM plan_version WHERE active"
    params: tuple[Any, ...] = ()
    if plan_id:
        sql += " AND plan_id = ?"
        params = (plan_id,)
    sql += " ORDER BY installed_at DESC, id DESC LIMIT 1"
    rows = query(sql, params)
    return str(rows[0][0]) if rows else None


MUNICIPALITY_FIELDS = (
    "soate",
    "name_ky",
    "name_ru",
    "rayon",
    "oblast",
    "kind",
    "head_name",
    "secretary_name",
)


def municipality(query: Query) -> dict[str, str] | None:
    """The municipality's row (the first, as the ORM's ``.first()`` reads it), or None."""
    rows = query(f"SELECT {', '.join(MUNICIPALITY_FIELDS)} FROM municipality LIMIT 1", ())
    if not rows:
        return None
    row = rows[0]
    return {
        name: "" if value is None else str(value)
        for name, value in zip(MUNICIPALITY_FIELDS, row, strict=True)
    }
