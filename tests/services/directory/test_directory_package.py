"""A directory version built at the agency from the Statistical Committee's workbook layout and
a merger sheet, signed as a .msudir, diffed and installed in the office; a cycle of successors
and a forged package refused in words, the installed directory unchanged."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from msu_agency.directory_import import build_directory, read_mergers, read_workbook
from msu_desktop.services import directory, directory_package, trust
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.services.directory.helpers import R_NEW, R_OLD, A, B, C, N, after, before


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _workbook(tmp_path: Path) -> Path:
    return _xlsx(
        tmp_path / "soate-2025.xlsx",
        [
            ["Тестовый классификатор СОАТЕ (test data)"],
            ["Код СОАТЕ", "Наименование", "Аталышы"],
            ["41799000000000", "Тестовая область", "Сыноо облусу"],
            ["41799123000000", "Тестовый район", "Сыноо району"],
            [N, "Тест-Объединённый айылный аймак", "Сыноо-Бириккен айыл аймагы"],
            [R_NEW, "Тест-Новое", ""],
            ["41799123500000", "г. Тест-город", "Сыноо шаары"],
        ],
    )


def _mergers(tmp_path: Path) -> Path:
    return _xlsx(
        tmp_path / "mergers.xlsx",
        [
            ["Старый код", "Новый код", "Дата", "Решение"],
            [A, N, dt.date(2025, 1, 1), "Тестовое постановление № 1"],
            [B, N, "01.01.2025", "Тестовое постановление № 1"],
            [C, N, "2025-01-01", "Тестовое постановление № 1"],
            [R_OLD, R_NEW, "2025-07-01", "Тестовое решение № 2"],
        ],
    )


def test_workbook_and_merger_sheet_become_a_directory_that_knows_time(tmp_path) -> None:
    units = read_workbook(_workbook(tmp_path))
    assert {u.soate for u in units} == {N, R_NEW, "41799123500000"}
    merged = next(u for u in units if u.soate == N)
    assert (merged.rayon, merged.oblast) == ("Тестовый район", "Тестовая область")
    assert merged.name_ky == "Сыноо-Бириккен айыл аймагы"
    city = next(u for u in units if u.soate == "41799123500000")
    assert city.kind == "city" and city.head_title("ru") == "Мэр"
    recs = build_directory(units, read_mergers(_mergers(tmp_path)), before())
    n = next(r for r in recs if r.soate == N)
    assert n.succeeded == (A, B, C) and n.valid_from == dt.date(2025, 1, 1)
    assert n.decision == "Тестовое постановление № 1"
    a = next(r for r in recs if r.soate == A)
    assert a.valid_until == dt.date(2024, 12, 31) and a.name_ru == "Тест-Альфа"


def test_agency_cli_imports_signs_diffs_and_the_office_installs(tmp_path, data_dir) -> None:
    prev = tmp_path / "previous.json"
    prev.write_text(json.dumps(directory.document_of(before()), ensure_ascii=False), "utf-8")
    out = tmp_path / "directory-2025.json"
    r = run_cli(
        "directory",
        "import",
        str(_workbook(tmp_path)),
        "--mergers",
        str(_mergers(tmp_path)),
        "--previous",
        str(prev),
        "--out",
        str(out),
        tool="agency",
    )
    assert r.returncode == 0, r.stderr
    assert f"New: Тест-Объединённый айылный аймак ({N}), from 2025-01-01" in r.stdout
    key = SecretKey.generate()
    pub = key.public_key()
    (tmp_path / "agency.key").write_bytes(key.to_pem(b"test-password-only"))
    (tmp_path / "agency.pub").write_text(pub.to_text(), "utf-8")
    pkg = tmp_path / "dir-2025.msudir"
    r = run_cli(
        "directory",
        "build",
        str(out),
        "--key",
        str(tmp_path / "agency.key"),
        "--version",
        "2025-1",
        "--out",
        str(pkg),
        tool="agency",
        env={"MSU_AGENCY_PASSWORD": "test-password-only"},
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "directory",
        "diff",
        str(prev),
        str(pkg),
        "--pub",
        str(tmp_path / "agency.pub"),
        tool="agency",
    )
    assert f"Ends: Тест-Бета ({B}), valid until 2024-12-31." in r.stdout, r.stderr
    # the agency installs it too
    agency = tmp_path / "agency"
    r = run_cli(
        "--data-dir",
        str(agency),
        "directory",
        "install",
        str(pkg),
        "--pub",
        str(tmp_path / "agency.pub"),
        tool="agency",
    )
    assert r.returncode == 0, r.stderr
    assert json.loads((agency / "directory.json").read_text("utf-8"))["version"] == "2025-1"
    # the office: untrusted key refused, trusted key shown then installed
    r = run_cli("--data-dir", str(data_dir), "directory", "install", str(pkg))
    assert r.returncode != 0 and "not signed by a trusted agency key" in r.stderr
    trust.add_by_fingerprint(data_dir, pub.to_text(), pub.fingerprint())
    r = run_cli("--data-dir", str(data_dir), "directory", "install", str(pkg), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "Dry run" in r.stdout and f"({N})" in r.stdout
    r = run_cli("--data-dir", str(data_dir), "directory", "install", str(pkg))
    assert r.returncode == 0, r.stderr
    from msu_desktop.services.workspace import Workspace

    ws = Workspace.open(data_dir)
    try:
        assert directory.installed_version(ws) == "2025-1"
        got = {(e.soate, e.valid_from) for e in directory.load(ws)}
        assert (N, dt.date(2025, 1, 1)) in got and (R_NEW, dt.date(2025, 7, 1)) in got
    finally:
        ws.close()


def _with_cycle() -> list:
    from dataclasses import replace

    recs = after()
    recs[0] = replace(recs[0], succeeded=(N,))
    return recs


def test_a_package_with_a_cycle_of_successors_is_refused_and_nothing_changes(tmp_path, ws) -> None:
    key = SecretKey.generate()
    trust.add_by_fingerprint(
        ws.data_dir, key.public_key().to_text(), key.public_key().fingerprint()
    )
    with pytest.raises(Exception, match="cycle of successors"):
        directory_package.build(_with_cycle(), [key], tmp_path / "x.msudir", version="bad")
    good = directory_package.build(after(), [key], tmp_path / "good.msudir", version="1")
    # a hostile agency-side tool: a signed manifest over a cyclic directory.json
    bad = tmp_path / "cycle.msudir"
    doc = directory.document_of(_with_cycle(), version="bad")
    content = json.dumps(doc, ensure_ascii=False).encode()
    import hashlib

    manifest = {
        "format": "msu-directory",
        "format_version": 1,
        "version": "bad",
        "issued": "2026-01-01",
        "issuer": "",
        "files": {
            "directory.json": {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
        },
    }
    raw = json.dumps(manifest).encode()
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", raw)
        z.writestr(f"signatures/{key.public_key().key_id_hex}.minisig", key.sign(raw, "t"))
        z.writestr("directory.json", content)
    with ws.transaction() as s:
        directory.store(s, before(), version="0")
    with pytest.raises(directory_package.DirectoryPackageRefused) as exc:
        directory_package.verify_package(bad, trust.trusted_keys(ws.data_dir))
    assert "cycle of successors" in str(exc.value) and A in str(exc.value)
    r = run_cli("--data-dir", str(ws.data_dir), "--lang", "ru", "directory", "install", str(bad))
    assert r.returncode != 0 and "→" in r.stderr
    assert directory.installed_version(ws) == "0" and len(directory.load(ws)) == len(before())
    # a changed directory.json after signing is refused too
    tampered = tmp_path / "tampered.msudir"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "directory.json":
                data = data.replace("Тест-Альфа".encode(), "Тест-Омега".encode())
            dst.writestr(info.filename, data)
    with pytest.raises(directory_package.DirectoryPackageRefused, match="changed or damaged"):
        directory_package.verify_package(tampered, trust.trusted_keys(ws.data_dir))
