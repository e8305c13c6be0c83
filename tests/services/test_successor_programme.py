"""A successor programme (2024–2028 after 2018–2023) arrives as data, in a plan package: the
office works on it from then on, and the earlier programme stays installed with its reports,
one menu choice (or ``plan use``) away."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from msu_desktop.services import plan_service
from msu_desktop.services import report_service as rs
from msu_desktop.services.plan_files import shipped_plan
from msu_desktop.services.plan_package.apply import apply_plan_package
from msu_desktop.services.plan_package.build import build_plan_package
from msu_desktop.services.plan_package.verify import PlanPackageRefused
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import ROOT, run_cli

DEV_KEY = ROOT / "packaging" / "dev-keys" / "agency-dev.key"
DEV_PASSWORD = b"development-only-not-secret"  # TEST key (see packaging/dev-keys/README.md)
NEW = "lsg-2024-2028"


def successor() -> dict:
    """The 2018–2023 plan renamed and moved to 2024–2028 (the real successor's content is not
    in ../shared; its shape is what matters here)."""
    _, doc = shipped_plan()
    d = copy.deepcopy(doc)
    d["plan_id"], d["version"] = NEW, 1
    d["valid_from"], d["valid_to"] = "2024-01-01", "2028-12-31"
    d["title"] = {"ky": "2024-2028-жылдарга программа", "ru": "Программа на 2024-2028 годы"}
    d["reporting"]["periods"] = [
        {"id": f"{y}-H{h}", "start": s, "end": e, "due": due}
        for y in range(2024, 2029)
        for h, s, e, due in (
            (1, f"{y}-01-01", f"{y}-06-30", f"{y}-07-15"),
            (2, f"{y}-07-01", f"{y}-12-31", f"{y + 1}-01-15"),
        )
    ]
    for direction in d["directions"]:
        for task in direction["tasks"]:
            for m in task["measures"]:
                m["deadline"] = {
                    "kind": "years",
                    "from_year": 2024,
                    "to_year": 2028,
                    "text": {"ky": "2024-2028-жж.", "ru": "2024-2028 гг."},
                }
    return d


def rules_for_successor() -> bytes:
    rules = json.loads((ROOT / "data" / "forms" / "report_rules.json").read_text("utf-8"))
    rules["plan_ids"] = [NEW]
    return json.dumps(rules, ensure_ascii=False).encode()


@pytest.fixture(scope="module")
def key() -> SecretKey:
    return SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)


def test_the_office_moves_to_the_new_programme_and_keeps_the_old_one(ws, key, tmp_path):
    old = ws.plan().plan_id
    rs.set_value(ws, "2019-H2", "1.1.3", "done", "Руководство разработано")
    pkg = build_plan_package(
        successor(), [key], tmp_path / "p.msuplan", forms={"report_rules": rules_for_successor()}
    )
    from msu_desktop.services.plan_package.apply import check_plan_package

    lines = check_plan_package(ws, pkg).diff.lines("ru")
    # what the new programme is, in two sentences, not 23 "measure added" lines
    assert len(lines) == 2, lines
    assert "Программа на 2024-2028 годы" in lines[0] and "мер — 23" in lines[0]
    # periods in words and the programme by its title, not ids (issue 10)
    assert "I полугодие 2024 г. — II полугодие 2028 г." in lines[0]
    assert ws.plan().title["ru"] in lines[1] and old not in "".join(lines)
    apply_plan_package(ws, pkg)
    assert ws.plan().plan_id == NEW
    assert [p.id for p in rs.periods(ws)][:2] == ["2024-H1", "2024-H2"]
    with ws.session() as s:
        assert [p.plan_id for p in plan_service.programmes(s)] == [old, NEW]
    # back to the earlier programme: its reports are all there
    ws.choose_plan(old)
    assert ws.plan().plan_id == old
    assert rs.entry_values(ws, "2019-H2", "1.1.3")["done"].value == "Руководство разработано"
    ws.choose_plan(NEW)
    assert "done" not in rs.entry_values(ws, "2024-H1", "1.1.3")


def test_a_programme_without_a_report_form_is_refused_and_nothing_changes(ws, key, tmp_path):
    with pytest.raises(PlanPackageRefused, match="no report form"):
        build_plan_package(successor(), [key], tmp_path / "p.msuplan")
    # an agency tool that skipped the check: the app refuses it too, before any change
    import zipfile

    good = build_plan_package(
        successor(), [key], tmp_path / "g.msuplan", forms={"report_rules": rules_for_successor()}
    )
    from msu_desktop.services.plan_package.build import canonical

    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members["manifest.json"])
    del manifest["files"]["forms/report_rules.json"]
    del members["forms/report_rules.json"]
    raw = canonical(manifest)
    sig = next(n for n in members if n.startswith("signatures/"))
    members[sig] = key.sign(raw, "test", "test").encode()
    members["manifest.json"] = raw
    bad = tmp_path / "bad.msuplan"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)

    def dump() -> list:
        con = sqlite3.connect(ws.db_path)
        try:
            return list(con.execute("SELECT * FROM plan_version")) + list(
                con.execute("SELECT * FROM setting")
            )
        finally:
            con.close()

    before = dump()
    with pytest.raises(PlanPackageRefused, match="no report form"):
        apply_plan_package(ws, bad)
    assert dump() == before


def test_cli_lists_and_switches_programmes(data_dir: Path, key, tmp_path) -> None:
    pkg = build_plan_package(
        successor(), [key], tmp_path / "p.msuplan", forms={"report_rules": rules_for_successor()}
    )
    assert run_cli("--data-dir", str(data_dir), "import-plan", str(pkg)).returncode == 0
    r = run_cli("--data-dir", str(data_dir), "plan", "list")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("  lsg-2018-2023") and lines[1].startswith(f"* {NEW}")
    assert run_cli("--data-dir", str(data_dir), "plan", "use", "lsg-2018-2023").returncode == 0
    r = run_cli("--data-dir", str(data_dir), "report", "periods")
    assert r.stdout.startswith("2018-H2")
    r = run_cli("--data-dir", str(data_dir), "plan", "use", "no-such-plan")
    assert r.returncode != 0 and "no-such-plan" in r.stderr


def test_the_window_switches_programmes_from_the_file_menu(
    qtbot, ws_with_municipality, key, tmp_path
):
    from msu_desktop.gui.app import Controller, make_application

    ws = ws_with_municipality
    pkg = build_plan_package(
        successor(), [key], tmp_path / "p.msuplan", forms={"report_rules": rules_for_successor()}
    )
    apply_plan_package(ws, pkg)
    ctl = Controller(make_application(), ws, "ru")
    ctl.show()
    qtbot.addWidget(ctl.window)
    assert ctl.window.pages["reports"].period_model.rows[0][0].id == "2024-H1"
    ctl.window.programme_actions["lsg-2018-2023"].trigger()
    qtbot.addWidget(ctl.window)
    assert ws.plan().plan_id == "lsg-2018-2023"
    assert ctl.window.programme_actions["lsg-2018-2023"].isChecked()
    assert ctl.window.pages["reports"].period_model.rows[0][0].id == "2018-H2"
    ctl.window.close()


def test_a_page_that_cannot_read_its_data_says_so_and_the_others_work(
    qtbot, ws_with_municipality, monkeypatch
):
    from msu_desktop.errors import UserError
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow

    def no_rules(plan):
        raise UserError("There are no report rules for the plan {plan}.", plan=plan.plan_id)

    monkeypatch.setattr(rs, "rules_for", no_rules)
    make_application()
    win = MainWindow(ws_with_municipality, "ru")
    qtbot.addWidget(win)
    page = win.show_page("reports")
    assert page.objectName() == "pageUnavailable"
    assert "There are no report rules for the plan lsg-2018-2023" in page.text()
    assert win.show_page("plan").objectName() != "pageUnavailable"


def test_a_report_form_written_for_other_plans_is_refused(key, tmp_path) -> None:
    rules = json.loads((ROOT / "data" / "forms" / "report_rules.json").read_text("utf-8"))
    assert rules["plan_ids"] == ["lsg-2018-2023"]
    with pytest.raises(PlanPackageRefused, match="written for other plans"):
        build_plan_package(
            successor(),
            [key],
            tmp_path / "p.msuplan",
            forms={"report_rules": json.dumps(rules, ensure_ascii=False).encode()},
        )
