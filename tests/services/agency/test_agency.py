"""The agency's side: collect a USB dump of packages (nested, duplicated, stale, tampered,
re-keyed), consolidate, and the whole exchange end to end."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_agency.collect import (
    DirectoryEntry,
    KeyRegistry,
    collect,
    read_directory_csv,
)
from msu_agency.demo import demo_data, make_demo_packages, synthetic_directory
from msu_agency.report import write_consolidated_xlsx
from msu_desktop.services.package.build import build_package, write_signed_package
from msu_desktop.services.plan_files import check_plan_document, shipped_plan
from msu_desktop.services.plan_package.apply import apply_plan_package
from msu_desktop.services.plan_package.build import build_plan_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import ROOT, run_cli

PERIOD = "2021-H2"


def _signed(out: Path, key: SecretKey, entry: DirectoryEntry, seq: int) -> Path:
    import random

    plan, _ = shipped_plan()
    data = demo_data(plan, entry, PERIOD, random.Random(seq))
    return write_signed_package(
        out,
        f"{entry.soate}_{PERIOD}_{seq:04d}",
        key,
        soate=entry.soate,
        names={"ky": entry.name, "ru": entry.name},
        period_id=PERIOD,
        plan=data["plan"],
        sequence=seq,
        lang="ru",
        members=[("data.json", json.dumps(data).encode())],
    )


def test_collect_keeps_the_latest_sequence_and_flags_duplicates_tampering_and_new_keys(tmp_path):
    usb = tmp_path / "usb"
    (usb / "deep" / "er").mkdir(parents=True)
    plan, _ = shipped_plan()
    entries = synthetic_directory(5)
    make_demo_packages(plan, entries, usb, PERIOD)
    key = SecretKey.generate()  # TEST key of a demo office
    a = DirectoryEntry("41708000000001", "Тест айыл аймагы", "Тест району", "Чуйская область")
    first = _signed(usb / "deep", key, a, 1)
    second = _signed(usb / "deep" / "er", key, a, 2)
    shutil.copy(second, usb / "copy-of-second.msupkg")  # the same file twice
    registry = KeyRegistry(tmp_path / "agency" / "keys.json")
    result = collect(usb, registry)
    registry.save()
    assert len(result.accepted) == 6
    assert result.accepted[(a.soate, PERIOD)].sequence == 2
    assert first in result.superseded
    assert result.rejected == []
    # later: a tampered package and one signed with another key
    tampered = usb / "tampered.msupkg"
    raw = bytearray(second.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    tampered.write_bytes(bytes(raw))
    _signed(usb / "deep", SecretKey.generate(), a, 3)
    again = collect(usb, KeyRegistry(tmp_path / "agency" / "keys.json"))
    reasons = dict((p.name, r) for p, r in again.rejected)
    assert "tampered.msupkg" in reasons
    assert any("new key" in r for r in reasons.values())
    assert again.key_changes and again.key_changes[0][0] == a.soate
    assert again.accepted[(a.soate, PERIOD)].sequence == 2


def test_consolidated_report_sums_figures_and_lists_missing(tmp_path, soate_dir):
    directory = read_directory_csv([soate_dir / "aiyl_aimaks_453_soate.csv"])
    assert len(directory) == 453
    plan, _ = shipped_plan()
    paths = make_demo_packages(plan, directory[:20], tmp_path / "usb", PERIOD)
    result = collect(tmp_path / "usb", KeyRegistry(tmp_path / "reg.json"))
    out = write_consolidated_xlsx(result, tmp_path / "report.xlsx", "ru", PERIOD, directory)
    wb = load_workbook(out, read_only=True)
    sheets = wb.sheetnames
    assert len(sheets) == 5
    rows = list(wb[sheets[0]].iter_rows(values_only=True))
    header = rows[2]
    money_cols = [i for i, h in enumerate(header) if h and str(h).endswith(", som")]
    total_in_report = sum(Decimal(str(r[i] or 0)) for r in rows[3:] for i in money_cols)
    total_in_packages = sum(
        Decimal(p.data["summary"]["money_total"]) for p in result.accepted.values()
    )
    assert abs(total_in_report - total_in_packages) < Decimal("0.05")
    missing_rows = list(wb[sheets[4]].iter_rows(values_only=True))
    from msu_desktop.i18n import tr

    assert sum(1 for r in missing_rows if r[4] == tr("Agency", "no package", "ru")) == 453 - 20
    assert len(paths) == 20


def test_cli_demo_and_collect(tmp_path):
    r = run_cli("demo", "--municipalities", "8", "--out", str(tmp_path / "usb"), tool="agency")
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "--data-dir",
        str(tmp_path / "agency"),
        "collect",
        str(tmp_path / "usb"),
        "--out",
        str(tmp_path / "r.xlsx"),
        "--pdf",
        str(tmp_path / "r.pdf"),
        tool="agency",
    )
    assert r.returncode == 0, r.stderr
    assert "accepted: 8" in r.stdout
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_end_to_end_plan_update_report_export_collect(tmp_path):
    """Agency builds v2 (moved deadline, new measure) → a municipality with reports imports it →
    its reports survive → it exports → the agency collects and sees its figures."""
    from tests.services.plan_package.test_plan_package import plan_v2

    demo = tmp_path / "muni"
    assert run_cli("--data-dir", str(demo), "demo").returncode == 0
    agency_key = SecretKey.from_pem(
        (ROOT / "packaging" / "dev-keys" / "agency-dev.key").read_bytes(),
        b"development-only-not-secret",  # TEST key
    )
    v1 = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    v2 = build_plan_package(plan_v2(v1), [agency_key], tmp_path / "v2.msuplan")
    old = build_plan_package(v1, [agency_key], tmp_path / "v1.msuplan")
    ws = Workspace.open(demo)
    try:
        from msu_desktop.services import report_service as rs

        before = {r.measure_code: (r.status, r.done) for r in rs.report_rows(ws, "2020-H2")}
        apply_plan_package(ws, v2)
        assert ws.plan().version == 2
        after = {r.measure_code: (r.status, r.done) for r in rs.report_rows(ws, "2020-H2")}
        assert {k: after[k] for k in before} == before
        with pytest.raises(Exception, match="already installed"):
            apply_plan_package(ws, old)
        pkg = build_package(ws, "2020-H2", tmp_path / "usb", "ru")
        expected = rs.period_summary(ws, "2020-H2").money_total
        soate = ws.municipality().soate
    finally:
        ws.close()
    # the agency checks the package against the plan it names: it knows v2, which it built
    plans = [shipped_plan()[0], check_plan_document(plan_v2(v1))]
    result = collect(tmp_path / "usb", KeyRegistry(tmp_path / "reg.json"), plans=plans)
    assert result.verdicts == []
    assert (soate, "2020-H2") in result.accepted and pkg.exists()
    got = Decimal(result.accepted[(soate, "2020-H2")].data["summary"]["money_total"])
    assert got == expected
