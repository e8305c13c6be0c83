"""``msu-desktop demo`` and ``msu-desktop report ...`` as real subprocesses."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from msu_desktop.services import attachments as at
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli


def test_demo_fills_a_fresh_folder_with_reports_in_every_state(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    r = run_cli("demo", "--data-dir", str(d), "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert "Ак-Тал" in r.stdout
    ws = Workspace.open(d)
    try:
        m = ws.municipality()
        assert m is not None and m.head_name and m.secretary_name
        infos = {p.id: p for p in rs.periods(ws)}
        wanted = ["2019-H1", "2019-H2", "2020-H1", "2020-H2", "2021-H1", "2021-H2"]
        states = {pid: infos[pid].state for pid in wanted}
        assert states["2019-H1"] == "approved" and infos["2019-H1"].approved_by == m.head_name
        assert states["2021-H1"] == "complete" and states["2021-H2"] == "draft"
        # as of the demo's date, 2021-H1 is overdue (complete, not approved) and 2021-H2 due soon
        assert infos["2021-H1"].timeliness == "overdue"
        assert infos["2021-H2"].timeliness == "due_soon" and infos["2021-H2"].days_left > 0
        # approved periods pass validation; the period in progress shows problems to fix
        for pid in wanted[:5]:
            assert rs.validate_period(ws, pid) == {}, pid
        assert rs.validate_period(ws, "2021-H2")
        # one approved period was unlocked with a reason and approved again
        h = rs.period_history(ws, "2020-H1")
        assert [x.new for x in h].count("approved") == 2
        assert any(x.old == "approved" and x.new == "draft" and x.reason for x in h)
        # texts in both languages, indicators, money, attachments whose hashes check out
        rows = [r for pid in wanted for r in rs.report_rows(ws, pid)]
        texts = " ".join(r.done for r in rows)
        assert "ө" in texts and "ы" in texts  # Kyrgyz and Russian
        assert any(i.value for r in rows for i in r.indicators)
        assert any(v for r in rows for v in r.money.values())
        files = [a for r in rows for a in r.attachments]
        assert {a.mime for a in files} == {"image/png", "application/pdf"}
        assert all(at.verify(ws, a) for a in files)
        assert any(r.carried_fields for r in rows)
        assert len(rs.history(ws, "2020-H1", "3.2.2")) > 5
    finally:
        ws.close()
    png = next(a for r in rs_rows(d) for a in r.attachments if a.mime == "image/png")
    assert png.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the demo refuses a folder that already has data
    again = run_cli("demo", "--data-dir", str(d), "--lang", "ru")
    assert again.returncode == 2 and str(d) in again.stderr


def rs_rows(d: Path) -> list[rs.ReportRow]:
    with Workspace.open(d) as ws:
        return [r for p in ("2019-H1", "2020-H1") for r in rs.report_rows(ws, p)]


def test_report_commands(tmp_path: Path) -> None:
    d = tmp_path / "data"
    ws = Workspace.open(d)
    rs.set_value(ws, "2019-H1", "1.1.3", "status", "completed")
    rs.set_value(ws, "2019-H1", "1.1.3", "money:donors", "10,005")
    ws.close()
    r = run_cli("report", "periods", "--json", "--data-dir", str(d))
    assert r.returncode == 0, r.stderr
    periods = json.loads(r.stdout)
    assert periods[1]["period"] == "2019-H1" and periods[1]["due"] == "2019-07-15"
    assert periods[1]["reported"] == 1
    r = run_cli("report", "check", "--period", "2019-H1", "--data-dir", str(d), "--lang", "ru")
    assert r.returncode == 1
    assert "1.1.3  Что сделано" in r.stdout
    assert "Доноры" not in r.stdout  # 10,005 was rounded where it was typed: no error to decode
    r = run_cli("report", "status", "--period", "2019-H1", "--json", "--data-dir", str(d))
    rows = json.loads(r.stdout)
    # the one rounding rule: half up to the tyiyn, as data.json, the PDF and the xlsx show it
    assert rows[0]["measure_code"] == "1.1.3" and rows[0]["money"]["donors"] == "10.01"
    r = run_cli(
        "report",
        "history",
        "--period",
        "2019-H1",
        "--measure",
        "1.1.3",
        "--data-dir",
        str(d),
        "--lang",
        "ru",
    )
    assert "Статус: «» → «Выполнено»" in r.stdout
    r = run_cli("report", "status", "--period", "2099-H1", "--data-dir", str(d))
    assert r.returncode == 2 and "2099-H1" in r.stderr
    con = sqlite3.connect(d / "msu.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
