"""One change-log writer for the report's value history and the property object history."""

from __future__ import annotations

import re
from pathlib import Path

from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

PKG = Path(__file__).resolve().parents[2] / "msu_desktop"


def test_only_the_change_log_writer_creates_history_rows() -> None:
    writers = sorted(
        str(p.relative_to(PKG))
        for p in PKG.rglob("*.py")
        if re.search(r"(?<!class )\bChangeLog\(", p.read_text("utf-8"))
    )
    assert writers == ["services/change_log.py"], writers


def test_a_report_value_and_a_property_field_read_back_from_one_log(ws: Workspace) -> None:
    rs.set_value(ws, "2019-H2", "1.1.3", "done", "Собрание жителей", user="Айгүл")
    (item,) = rs.history(ws, "2019-H2", "1.1.3", "done")
    assert (item.field, item.old, item.new, item.user) == ("done", "", "Собрание жителей", "Айгүл")
    oid = ps.add_object(ws, {"category": "vehicle", "name_ru": "Трактор", "area": 3, "unit": "pcs"})
    ps.update_object(ws, oid, {"notes": "на ремонте"}, reason="осмотр")
    changes = [h for h in ps.history(ws, oid) if h.field == "notes"]
    assert [(h.new, h.reason) for h in changes] == [("на ремонте", "осмотр")]
    assert changes[0].at >= item.at
