"""Plan packages: the agency signs, the municipality verifies, compares and installs — and every
hostile or stale package is refused with its reason and nothing in the database changes."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from msu_agency.plan_build import build_plan_package
from msu_desktop.services import trust
from msu_desktop.services.plan_package.apply import apply_plan_package, check_plan_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.plan_package import PlanPackageRefused, verify_plan_package
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import ROOT, run_cli

DEV_KEY = ROOT / "packaging" / "dev-keys" / "agency-dev.key"
DEV_PASSWORD = b"development-only-not-secret"  # TEST key (see packaging/dev-keys/README.md)


@pytest.fixture(scope="module")
def agency_key() -> SecretKey:
    return SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)


@pytest.fixture
def plan_v1() -> dict:
    return json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))


def plan_v2(v1: dict) -> dict:
    """Version 2: measure 1.1.1's deadline moves to 30 June 2019 and a measure 3.3.2 is added."""
    doc = copy.deepcopy(v1)
    doc["version"] = 2
    m = doc["directions"][0]["tasks"][0]["measures"][0]
    m["deadline"] = {
        "kind": "date",
        "date": "2019-06-30",
        "text": {"ky": "2019-жылдын 30-июну", "ru": "30 июня 2019 года"},
    }
    task = doc["directions"][2]["tasks"][-1]
    new = copy.deepcopy(task["measures"][0])
    new["code"] = "3.3.2"
    new["title"] = {
        "ky": "Муниципалдык мүлктүн реестрин жарыялоо",
        "ru": "Публикация реестра муниципального имущества",
    }
    task["measures"].append(new)
    return doc


def _dump(db: Path) -> list:
    con = sqlite3.connect(db)
    try:
        return [
            r
            for t in ("plan_version", "measure", "setting")
            for r in con.execute(f"SELECT * FROM {t}")
        ]
    finally:
        con.close()


def test_the_shipped_plan_package_verifies_and_holds_exactly_the_data_plan(data_dir: Path) -> None:
    pkg = ROOT / "resources" / "plans" / "lsg-2018-2023-v1.msuplan"
    assert pkg.exists(), "tools/build.py builds it"
    verified = verify_plan_package(pkg, trust.trusted_keys(data_dir))
    shipped = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    assert verified.plan_doc == shipped
    assert verified.signers[0].source == "shipped"


def test_v2_with_moved_deadline_and_new_measure_is_installed(
    ws, agency_key, plan_v1, tmp_path
) -> None:
    pkg = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan")
    check = check_plan_package(ws, pkg)
    assert check.diff.added == ["3.3.2"]
    assert [c for c, _, _ in check.diff.deadline_changed] == ["1.1.1"]
    assert any("30 июня 2019" in line for line in check.diff.lines("ru"))
    result = apply_plan_package(ws, pkg)
    assert result.applied and result.backup and result.backup.exists()
    plan = ws.plan()
    assert plan.version == 2 and len(plan.measures) == 24
    assert plan.measure("1.1.1").deadline.last_day.isoformat() == "2019-06-30"
    assert ws.setting("forms:lsg-2018-2023:report_rules") == ""  # v2 carried no forms


def test_removed_measure_is_listed_for_export(ws, agency_key, plan_v1, tmp_path) -> None:
    from msu_desktop.services.plan_service import removed_measures

    doc = copy.deepcopy(plan_v1)
    doc["version"] = 2
    doc["directions"][0]["tasks"][0]["measures"].pop()  # 1.1.5
    apply_plan_package(ws, build_plan_package(doc, [agency_key], tmp_path / "p.msuplan"))
    removed = removed_measures(ws.read)
    title = plan_v1["directions"][0]["tasks"][0]["measures"][-1]["title"]
    assert removed == [("1.1.5", {"ky": title["ky"], "ru": title["ru"]})]
    # a third version without 1.1.4 as well: both listed, by code; with the programme named
    doc["version"] = 3
    doc["directions"][0]["tasks"][0]["measures"].pop()  # 1.1.4
    apply_plan_package(ws, build_plan_package(doc, [agency_key], tmp_path / "p3.msuplan"))
    plan_id = ws.plan().plan_id
    assert [c for c, _ in removed_measures(ws.read, plan_id)] == ["1.1.4", "1.1.5"]
    assert removed_measures(ws.read, "no-such-programme") == []


def test_replayed_older_or_same_version_is_refused_and_nothing_changes(
    ws, agency_key, plan_v1, tmp_path
):
    v2 = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan")
    apply_plan_package(ws, v2)
    before = _dump(ws.db_path)
    for pkg in (v2, build_plan_package(plan_v1, [agency_key], tmp_path / "v1.msuplan")):
        with pytest.raises(PlanPackageRefused, match="already installed"):
            apply_plan_package(ws, pkg)
    assert _dump(ws.db_path) == before


def _tamper(src: Path, dst: Path, name: str, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == name:
                data = change(data)
            zout.writestr(info.filename, data)
    return dst


@pytest.mark.parametrize(
    ("member", "change", "reason"),
    [
        ("plan.json", lambda d: d.replace(b"2019-06-30", b"2029-06-30"), "changed or damaged"),
        (
            "manifest.json",
            lambda d: d.replace(b'"version": 2', b'"version": 9'),
            "changed after it was signed",
        ),
    ],
)
def test_tampered_package_is_refused(ws, agency_key, plan_v1, tmp_path, member, change, reason):
    good = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "good.msuplan")
    bad = _tamper(good, tmp_path / "bad.msuplan", member, change)
    before = _dump(ws.db_path)
    with pytest.raises(PlanPackageRefused, match=reason):
        apply_plan_package(ws, bad)
    assert _dump(ws.db_path) == before


def test_unknown_key_and_unsigned_are_refused(ws, plan_v1, tmp_path):
    stranger = SecretKey.generate()  # TEST key
    pkg = build_plan_package(plan_v2(plan_v1), [stranger], tmp_path / "s.msuplan")
    with pytest.raises(PlanPackageRefused, match="not signed by a trusted agency key"):
        apply_plan_package(ws, pkg)
    with zipfile.ZipFile(pkg) as zin, zipfile.ZipFile(tmp_path / "u.msuplan", "w") as zout:
        for info in zin.infolist():
            if not info.filename.startswith("signatures/"):
                zout.writestr(info.filename, zin.read(info))
    with pytest.raises(PlanPackageRefused, match="not signed"):
        apply_plan_package(ws, tmp_path / "u.msuplan")


def test_truncated_and_not_a_package(ws, agency_key, plan_v1, tmp_path):
    good = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "good.msuplan")
    cut = tmp_path / "cut.msuplan"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(PlanPackageRefused, match="truncated or damaged"):
        apply_plan_package(ws, cut)
    txt = tmp_path / "notes.msuplan"
    txt.write_text("привет")
    with pytest.raises(PlanPackageRefused):
        apply_plan_package(ws, txt)


def _hostile(tmp_path: Path, name: str, data: bytes, mode: int | None = None) -> Path:
    path = tmp_path / f"hostile-{hashlib.md5(name.encode()).hexdigest()[:6]}.msuplan"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if mode is not None:
            info.external_attr = mode << 16
        zf.writestr(info, data)
        zf.writestr("manifest.json", b"{}")
    return path


@pytest.mark.parametrize(
    ("name", "data", "mode", "reason"),
    [
        ("../../evil.json", b"{}", None, "escapes its folder"),
        ("plan.json", b"\0" * (40 * 1024 * 1024), None, "zip bomb"),
        ("plan.json", b"/etc/passwd", stat.S_IFLNK | 0o777, "symbolic link"),
    ],
)
def test_hostile_archives_are_refused(ws, tmp_path, name, data, mode, reason):
    before = _dump(ws.db_path)
    with pytest.raises(PlanPackageRefused, match=reason):
        apply_plan_package(ws, _hostile(tmp_path, name, data, mode))
    assert _dump(ws.db_path) == before


def test_huge_manifest_is_refused(ws, tmp_path):
    path = tmp_path / "huge.msuplan"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "manifest.json", b'{"format": "msu-plan-package", "pad": "' + b"x" * 900_000 + b'"}'
        )
    with pytest.raises(PlanPackageRefused, match="manifest is too large"):
        apply_plan_package(ws, path)


def test_trust_add_needs_the_matching_fingerprint(data_dir: Path) -> None:
    key = SecretKey.generate().public_key()  # TEST key
    with pytest.raises(Exception, match="does not match"):
        trust.add_by_fingerprint(data_dir, key.to_text(), "0000 1111 2222 3333 4444 5555 6666 7777")
    added = trust.add_by_fingerprint(data_dir, key.to_text(), key.fingerprint().lower())
    assert added.key == key
    assert key in [k.key for k in trust.trusted_keys(data_dir)]


def test_key_rotation_signed_by_a_trusted_key(data_dir: Path, agency_key) -> None:
    new = SecretKey.generate()  # TEST key
    doc = json.dumps({"new_key": new.public_key().b64, "comment": "2024 key"}).encode()
    stranger = SecretKey.generate()
    with pytest.raises(Exception, match="not signed by a trusted"):
        trust.apply_rotation(data_dir, doc, stranger.sign(doc, "rotation"))
    trust.apply_rotation(data_dir, doc, agency_key.sign(doc, "rotation"))
    assert new.public_key() in [k.key for k in trust.trusted_keys(data_dir)]


def test_cli_import_plan_dry_run_then_apply(data_dir: Path, agency_key, plan_v1, tmp_path) -> None:
    pkg = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan")
    Workspace.open(data_dir).close()
    dry = run_cli("--data-dir", str(data_dir), "--lang", "ru", "import-plan", str(pkg), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "3.3.2" in dry.stdout
    ws = Workspace.open(data_dir)
    assert ws.plan().version == 1
    ws.close()
    real = run_cli("--data-dir", str(data_dir), "import-plan", str(pkg))
    assert real.returncode == 0, real.stderr
    again = run_cli("--data-dir", str(data_dir), "import-plan", str(pkg))
    assert again.returncode == 2 and "already installed" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


def test_agency_keygen_and_build_plan(tmp_path: Path, plan_v1) -> None:
    env = {"MSU_AGENCY_PASSWORD": "correct horse battery"}
    keys = tmp_path / "keys"
    r = run_cli("keygen", "--out", str(keys), tool="agency", env=env)
    assert r.returncode == 0, r.stderr
    assert (keys / "agency.key").read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan_v1, ensure_ascii=False), "utf-8")
    out = tmp_path / "v1.msuplan"
    r = run_cli(
        "build-plan",
        str(plan_file),
        "--key",
        str(keys / "agency.key"),
        "--out",
        str(out),
        tool="agency",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    data = tmp_path / "muni"
    add = run_cli(
        "--data-dir",
        str(data),
        "trust",
        "add",
        str(keys / "agency.pub"),
        "--fingerprint",
        SecretKey.from_pem((keys / "agency.key").read_bytes(), b"correct horse battery")
        .public_key()
        .fingerprint(),
    )
    assert add.returncode == 0, add.stderr
    plan_file.write_text(json.dumps(plan_v2(plan_v1), ensure_ascii=False), "utf-8")
    out2 = tmp_path / "v2.msuplan"
    r = run_cli(
        "build-plan",
        str(plan_file),
        "--key",
        str(keys / "agency.key"),
        "--previous",
        str(out),
        "--out",
        str(out2),
        tool="agency",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    ok = run_cli("--data-dir", str(data), "import-plan", str(out2))
    assert ok.returncode == 0, ok.stderr
    no_pw = run_cli(
        "build-plan",
        str(plan_file),
        "--key",
        str(keys / "agency.key"),
        "--out",
        str(tmp_path / "x.msuplan"),
        tool="agency",
        env={"MSU_AGENCY_PASSWORD": ""},
    )
    assert no_pw.returncode == 2 and "password" in no_pw.stderr.lower()
