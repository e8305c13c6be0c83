"""Reads for the first page, with the standard library's sqlite3 (no SQLAlchemy).

An everyday start shows its window before SQLAlchemy's engine and ORM are imported (a third of
a second on a fast PC, seconds on an old one with a spinning disk): the programme and the
municipality the first page and the window's title need are read here (the settings in
services/settings.py, the only code that touches their table), each with its own short
connection, and the ORM is loaded when a page or an action first needs it. The queries say
the same as the ORM's (services/plan_service.py); a test keeps the two readings equal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def connect(db_path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(str(db_path), timeout=5.0)
    try:
        yield con
    finally:
        con.close()


def has_active_plan(db_path: Path) -> bool:
    with connect(db_path) as con:
        return con.execute("SELECT 1 FROM plan_version WHERE active LIMIT 1").fetchone() is not None


def active_plan_count(db_path: Path) -> int:
    """How many active plan versions (one per installed programme) there are."""
    with connect(db_path) as con:
        return int(con.execute("SELECT count(*) FROM plan_version WHERE active").fetchone()[0])


def active_plan_document(db_path: Path, plan_id: str | None = None) -> str | None:
    """The plan JSON of the active version of ``plan_id`` (else of the one installed last)."""
    sql = "SELECT document FROM plan_version WHERE active"
    params: tuple[Any, ...] = ()
    if plan_id:
        sql += " AND plan_id = ?"
        params = (plan_id,)
    sql += " ORDER BY installed_at DESC, id DESC LIMIT 1"
    with connect(db_path) as con:
        row = con.execute(sql, params).fetchone()
    return None if row is None else str(row[0])


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


def municipality(db_path: Path) -> dict[str, str] | None:
    """The municipality's row (the first, as the ORM's ``.first()`` reads it), or None."""
    with connect(db_path) as con:
        row = con.execute(
            f"SELECT {', '.join(MUNICIPALITY_FIELDS)} FROM municipality LIMIT 1"
        ).fetchone()
    if row is None:
        return None
    return {
        name: "" if value is None else str(value)
        for name, value in zip(MUNICIPALITY_FIELDS, row, strict=True)
    }
