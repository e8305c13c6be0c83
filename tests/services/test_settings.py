"""The settings registry (each key declared once, with its type and default) and the one clock."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from msu_desktop.domain.property import LeaseDraft
from msu_desktop.services import backup, clock, settings
from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

PKG = Path(__file__).resolve().parents[2] / "msu_desktop"


def _sources(*exclude: str) -> dict[str, str]:
    return {
        str(p.relative_to(PKG)): p.read_text("utf-8")
        for p in PKG.rglob("*.py")
        if str(p.relative_to(PKG)) not in exclude
    }


def test_only_the_registry_touches_the_setting_table() -> None:
    allowed = ("services/settings.py", "storage/models/core.py")
    for name, text in _sources(*allowed).items():
        assert not re.search(r"models\.core import[^\n]*\bSetting\b", text), name
        assert not re.search(r"\bFROM setting\b|\bINTO setting\b", text, re.I), name


RAW_CLOCK = re.compile(r"\bdate\.today\(\)|\bdatetime\.now\(|\bdatetime\.utcnow\(")


def test_no_raw_clock_call_anywhere_but_in_the_clock() -> None:
    """The system's time is asked in msu_desktop/clock.py only (the user's work date is
    Workspace.today()), the GUI included."""
    offenders = [
        f"{name}:{n}"
        for name, text in _sources("clock.py").items()
        for n, line in enumerate(text.splitlines(), 1)
        if RAW_CLOCK.search(line)
    ]
    assert offenders == []
    assert RAW_CLOCK.search("x = dt.datetime.now(dt.UTC)")  # the pattern catches the forms
    assert RAW_CLOCK.search("from datetime import date; date.today()")


def test_the_work_date_is_read_once_and_follows_a_new_as_of_date(ws: Workspace) -> None:
    from sqlalchemy import event

    assert ws.today() == clock.real_today()
    queries: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        queries.append(statement)

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        days = {ws.today() for _ in range(100)}
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)
    assert days == {clock.real_today()} and queries == []
    settings.AS_OF.set(ws, dt.date(2023, 11, 20))
    assert ws.today() == dt.date(2023, 11, 20)
    ws.set_setting(settings.AS_OF.key, "2022-05-01")
    assert ws.today() == dt.date(2022, 5, 1)
    ws.set_setting(settings.AS_OF.key, "")
    assert ws.today() == clock.real_today()


def test_a_typed_setting_round_trips_and_a_bad_stored_value_reads_as_its_default(
    ws: Workspace,
) -> None:
    assert settings.BACKUP_KEEP.get(ws) == 10
    settings.BACKUP_KEEP.set(ws, 3)
    assert settings.BACKUP_KEEP.get(ws) == 3
    assert ws.setting("backup_keep") == "3"
    assert settings.BACKUP_KEEP.read_file(ws.db_path) == 3  # without the workspace (backups)
    with sqlite3.connect(ws.db_path) as con:  # a hand-edited database
        con.execute("UPDATE setting SET value = 'lots' WHERE key = 'backup_keep'")
    assert settings.BACKUP_KEEP.get(ws) == 10
    assert settings.BACKUP_KEEP.read_file(ws.db_path) == 10
    assert settings.BACKUP_KEEP.read_file(ws.data_dir / "missing.sqlite") == 10


def test_every_key_is_declared_once_and_an_undeclared_one_is_a_bug(ws: Workspace) -> None:
    keys = list(settings.REGISTRY)
    assert len(keys) == len(set(keys))
    assert {"language", "upload_url", "report.today", "backup_keep"} <= set(keys)
    with pytest.raises(KeyError, match="undeclared setting"):
        ws.setting("langauge")
    with pytest.raises(ValueError):
        ws.set_setting("backup_keep", "ten")
    assert settings.BACKUP_KEEP.get(ws) == 10  # the refused value was not stored


def test_the_demo_as_of_date_reaches_reports_leases_and_approvals(ws: Workspace) -> None:
    assert ws.today() == clock.real_today()
    settings.AS_OF.set(ws, dt.date(2023, 11, 20))
    assert ws.today() == dt.date(2023, 11, 20)
    assert ws.setting(settings.AS_OF.key) == "2023-11-20"
    oid = ps.add_object(ws, {"category": "vehicle", "name_ru": "Трактор", "area": 3, "unit": "pcs"})
    ps.add_lease(
        ws,
        oid,
        LeaseDraft(
            lessee="ОсОО Береке",
            start=dt.date(2023, 1, 1),
            end=dt.date(2023, 12, 31),
            rent=1000,
            protocol_number="7",
            protocol_date=dt.date(2022, 12, 20),
        ),
    )
    (lease,) = ps.leases(ws)
    assert lease.state == "ending_soon"  # 41 days before its end, as of the demo's date
    assert ps.object_details(ws, oid)["use"] == "leased"
    info = rs.period_info(ws, "2023-H2")
    assert info.timeliness == "current"  # on the real date it would be an overdue archive
    assert info.days_left == (info.spec.due - dt.date(2023, 11, 20)).days


def test_the_backup_keeps_as_many_as_the_setting_says(ws: Workspace) -> None:
    settings.BACKUP_KEEP.set(ws, 2)
    assert backup._keep_setting(ws.data_dir) == 2
