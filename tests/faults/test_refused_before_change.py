"""Refused means nothing changed (issue 11, classes 5 and 6): a plan package whose key-rotation
document is signed by an untrusted key is refused before its plan is installed, by the dry run
too; a directory file of invalid СОАТЕ codes is refused and the old directory kept. Each test
compares a full dump of the database (and the trust store, the backups) before and after."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from msu_desktop.errors import UserError
from msu_desktop.services import directory, trust
from msu_desktop.services.plan_package.apply import apply_plan_package
from msu_desktop.services.plan_package.build import build_plan_package
from msu_desktop.services.plan_package.verify import PlanPackageRefused
from msu_desktop.services.workspace import Workspace
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import ROOT, run_cli
from tests.services.plan_package.test_plan_package import DEV_KEY, DEV_PASSWORD, plan_v2


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("msu.sqlite") and p.suffix != ".log"
    }


@pytest.fixture
def agency_key() -> SecretKey:
    return SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)


@pytest.fixture
def plan_v1() -> dict:
    return json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))


def _rotation(signer: SecretKey) -> tuple[bytes, str, SecretKey]:
    new = SecretKey.generate()  # TEST key
    doc = json.dumps({"new_key": new.public_key().b64, "comment": "2024 key"}).encode()
    return doc, signer.sign(doc, "rotation"), new


def test_a_rotation_by_an_untrusted_key_refuses_the_whole_package_first(
    data_dir: Path, agency_key, plan_v1, tmp_path: Path
) -> None:
    stranger = SecretKey.generate()  # TEST key, not trusted by the office
    doc, sig, new = _rotation(stranger)
    pkg = build_plan_package(
        plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan", key_rotation=(doc, sig)
    )
    ws = Workspace.open(data_dir)
    try:
        before, files_before = _dump(ws.db_path), _files(data_dir)
        for dry_run in (True, False):
            with pytest.raises(PlanPackageRefused, match="not signed by a trusted"):
                apply_plan_package(ws, pkg, dry_run=dry_run)
            assert _dump(ws.db_path) == before
            assert _files(data_dir) == files_before  # no backup, no trust store written
            assert ws.plan().version == 1
        assert new.public_key() not in [k.key for k in trust.trusted_keys(data_dir)]
    finally:
        ws.close()
    r = run_cli("--data-dir", str(data_dir), "--lang", "ky", "import-plan", str(pkg), "--dry-run")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    ws = Workspace.open(data_dir)
    try:
        assert _dump(ws.db_path) == before and ws.plan().version == 1
    finally:
        ws.close()


def test_a_rotation_without_its_signature_is_refused(
    data_dir: Path, agency_key, plan_v1, tmp_path: Path
) -> None:
    doc, _, _ = _rotation(agency_key)
    pkg = build_plan_package(plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan")
    # the same package, with a rotation document and no .minisig: rebuild it by hand
    pkg2 = build_plan_package(
        plan_v2(plan_v1), [agency_key], tmp_path / "v2b.msuplan", key_rotation=(doc, "")
    )
    stripped = tmp_path / "stripped.msuplan"
    with zipfile.ZipFile(pkg2) as src, zipfile.ZipFile(stripped, "w") as dst:
        for item in src.infolist():
            if item.filename != "key-rotation.json.minisig":
                dst.writestr(item, src.read(item))
    ws = Workspace.open(data_dir)
    try:
        before = _dump(ws.db_path)
        with pytest.raises(PlanPackageRefused, match="without its signature"):
            apply_plan_package(ws, stripped, dry_run=True)
        assert _dump(ws.db_path) == before
        assert apply_plan_package(ws, pkg, dry_run=True).applied is False
    finally:
        ws.close()


def test_a_rotation_by_the_trusted_key_is_installed_with_the_plan(
    data_dir: Path, agency_key, plan_v1, tmp_path: Path
) -> None:
    doc, sig, new = _rotation(agency_key)
    pkg = build_plan_package(
        plan_v2(plan_v1), [agency_key], tmp_path / "v2.msuplan", key_rotation=(doc, sig)
    )
    ws = Workspace.open(data_dir)
    try:
        apply_plan_package(ws, pkg)
        assert ws.plan().version == 2
    finally:
        ws.close()
    assert new.public_key() in [k.key for k in trust.trusted_keys(data_dir)]


# -- directories -----------------------------------------------------------------------------
def _csv(path: Path, codes: list[str]) -> Path:
    lines = ["soate_code,aiyl_aimak_ru,rayon_ru,oblast_ru"]
    lines += [f"{c},Тест айылный аймак {i},Тест район,Чуйская область" for i, c in enumerate(codes)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = [f"41708{i:09d}" for i in range(40)]


@pytest.mark.parametrize(
    ("codes", "reason"),
    [
        (["12345", "4170800000000X", "41708", "abc"] * 5, "no valid СОАТЕ code"),
        (["", "", ""], "no valid СОАТЕ code"),
        (GOOD[:20] + ["417-08-000"] * 10, "10 of the 30"),
    ],
    ids=["every-code-invalid", "codes-empty", "a-third-invalid"],
)
def test_a_directory_of_invalid_codes_is_refused_and_the_old_one_kept(
    data_dir: Path, tmp_path: Path, codes: list[str], reason: str
) -> None:
    assert (
        run_cli(
            "--data-dir",
            str(data_dir),
            "directory",
            "import",
            str(_csv(tmp_path / "good.csv", GOOD)),
        ).returncode
        == 0
    )
    ws = Workspace.open(data_dir)
    before = _dump(ws.db_path)
    ws.close()
    bad = _csv(tmp_path / "bad.csv", codes)
    with pytest.raises(UserError, match=reason):
        directory.parse("bad.csv", bad.read_bytes())
    r = run_cli("--data-dir", str(data_dir), "--lang", "ru", "directory", "import", str(bad))
    assert r.returncode == 2, r.stdout + r.stderr
    assert r.stderr.strip() and "Traceback" not in r.stderr
    assert any("а" <= ch <= "я" for ch in r.stderr)  # in Russian
    ws = Workspace.open(data_dir)
    try:
        assert _dump(ws.db_path) == before
        assert len(directory.load(ws)) == len(GOOD)
    finally:
        ws.close()


def test_a_directory_with_one_stray_line_is_still_imported(tmp_path: Path) -> None:
    path = _csv(tmp_path / "d.csv", [*GOOD, "Итого"])
    assert len(directory.parse("d.csv", path.read_bytes())) == len(GOOD)
