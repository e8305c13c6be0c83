"""Signed report packages: built from a real demo municipality, checked by the app, by Debian's
minisign, by openpyxl and pdftotext, and broken one byte at a time."""

from __future__ import annotations

import errno
import json
import re
import shutil
import subprocess
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_desktop.errors import StorageFull, UserError
from msu_desktop.services import report_service as rs
from msu_desktop.services.package.build import build_package
from msu_desktop.services.package.verify import PackageInvalid, verify_package
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli

MINISIGN = shutil.which("minisign")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):
    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy)
    workspace = Workspace.open(copy)
    yield workspace
    workspace.close()


@pytest.fixture
def package(ws, tmp_path) -> Path:
    return build_package(ws, "2021-H2", tmp_path / "usb", "ky")


def test_package_verifies_and_holds_what_the_agency_needs(ws, package: Path) -> None:
    muni = ws.municipality()
    assert package.name == f"{muni.soate}_2021-H2_0001.msupkg"
    pkg = verify_package(package)
    assert pkg.soate == muni.soate and pkg.period == "2021-H2"
    assert pkg.data["summary"]["measures"] == len(pkg.data["measures"]) > 0
    with zipfile.ZipFile(package) as zf:
        names = set(zf.namelist())
    assert {"manifest.json", "manifest.json.minisig", "data.json"} <= names
    assert any(n.endswith(".xlsx") for n in names) and any(n.endswith(".pdf") for n in names)


def test_sequence_grows_with_each_export(ws, tmp_path) -> None:
    a = build_package(ws, "2021-H1", tmp_path / "a", "ru")
    b = build_package(ws, "2021-H1", tmp_path / "b", "ru")
    assert verify_package(b).sequence == verify_package(a).sequence + 1


@pytest.mark.skipif(MINISIGN is None, reason="Debian's minisign tool is not installed")
def test_minisign_tool_verifies_the_manifest(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        zf.extract("manifest.json", tmp_path)
        zf.extract("manifest.json.minisig", tmp_path)
    key = json.loads((tmp_path / "manifest.json").read_text("utf-8"))["public_key"]
    ok = subprocess.run(
        [
            MINISIGN,
            "-V",
            "-P",
            key,
            "-m",
            str(tmp_path / "manifest.json"),
            "-x",
            str(tmp_path / "manifest.json.minisig"),
        ],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "period=2021-H2" in ok.stdout


def test_excel_is_read_back_and_user_text_never_becomes_a_formula(ws, tmp_path) -> None:
    period = "2022-H1"
    code = rs.measures_for(ws, period)[0].code
    rs.set_value(ws, period, code, "status", "in_progress")
    rs.set_value(ws, period, code, "done", '=HYPERLINK("http://evil","click")')
    rs.set_value(ws, period, code, "problems", "@SUM(A1:A9)")
    pkg = build_package(ws, period, tmp_path / "out", "ru")
    with zipfile.ZipFile(pkg) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".xlsx"))
        zf.extract(name, tmp_path)
    wb = load_workbook(tmp_path / name)
    sheet = wb.active
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    for text in ('=HYPERLINK("http://evil","click")', "@SUM(A1:A9)"):
        assert text in cells and cells[text].data_type == "s"
    assert code in cells
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows and sheet.freeze_panes


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_has_kyrgyz_text_page_numbers_and_the_fingerprint(
    package: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".pdf"))
        zf.extract(name, tmp_path)
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(tmp_path / name), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert any(ch in text for ch in "өүңӨҮҢ")
    assert re.search(r"\d+ беттин 1-бети", text)  # "page 1 of N" in Kyrgyz
    fingerprint = verify_package(package).public_key.fingerprint()
    assert fingerprint.split()[0] in text.replace("\n", " ")


def _rewrite(src: Path, dst: Path, member: str, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == member:
                data = change(data)
                if data is None:
                    continue
            zout.writestr(info.filename, data)
    return dst


def test_a_single_flipped_byte_in_any_member_fails(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        members = zf.namelist()
    assert len(members) >= 5
    for member in members:

        def flip(data: bytes) -> bytes:
            b = bytearray(data)
            b[len(b) // 2] ^= 0x01
            return bytes(b)

        bad = _rewrite(package, tmp_path / "bad.msupkg", member, flip)
        with pytest.raises(PackageInvalid):
            verify_package(bad)
        result = run_cli("verify", str(bad))
        assert result.returncode == 1 and len(result.stdout.strip().splitlines()) == 1, member


def test_raw_byte_flips_in_the_file_fail(package: Path, tmp_path: Path) -> None:
    raw = package.read_bytes()
    for pos in range(40, len(raw), max(1, len(raw) // 25)):
        b = bytearray(raw)
        b[pos] ^= 0xFF
        bad = tmp_path / "raw.msupkg"
        bad.write_bytes(bytes(b))
        try:
            verify_package(bad)
        except PackageInvalid:
            continue
        # a flip in padding or an unused header field may be harmless; the content must be intact
        with zipfile.ZipFile(bad) as zf, zipfile.ZipFile(package) as good:
            for n in good.namelist():
                assert zf.read(n) == good.read(n)


def test_missing_file_unknown_version_and_not_a_package(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        pdf = next(n for n in zf.namelist() if n.endswith(".pdf"))
    missing = _rewrite(package, tmp_path / "m.msupkg", pdf, lambda d: None)
    with pytest.raises(PackageInvalid, match="Missing file"):
        verify_package(missing)
    future = _rewrite(
        package,
        tmp_path / "f.msupkg",
        "manifest.json",
        lambda d: d.replace(b'"format_version": 1', b'"format_version": 7'),
    )
    with pytest.raises(PackageInvalid, match="Unknown package format version"):
        verify_package(future)
    unsigned = _rewrite(package, tmp_path / "u.msupkg", "manifest.json.minisig", lambda d: None)
    with pytest.raises(PackageInvalid, match="not signed"):
        verify_package(unsigned)
    text = tmp_path / "x.msupkg"
    text.write_text("not a zip")
    result = run_cli("verify", str(text))
    assert result.returncode == 1 and "INVALID" in result.stdout


def _failing_writer(fail_after: int, err: int):
    import msu_exchange.files as files_mod

    original = files_mod.atomic_writer

    class Failing:
        def __init__(self, fh):
            self.fh, self.n = fh, 0

        def write(self, data):
            self.n += len(data)
            if self.n > fail_after:
                raise OSError(err, "simulated")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    @contextmanager
    def writer(path):
        with original(path) as fh:
            yield Failing(fh)

    return writer


@pytest.mark.parametrize(("err", "exc"), [(errno.EIO, UserError), (errno.ENOSPC, StorageFull)])
def test_pulled_stick_or_full_disk_leaves_nothing_and_export_can_be_repeated(
    ws, tmp_path, monkeypatch, err, exc
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr("msu_exchange.safe_zip.atomic_writer", _failing_writer(30_000, err))
    with pytest.raises(exc):
        build_package(ws, "2021-H2", usb, "ru")
    assert list(usb.iterdir()) == []
    monkeypatch.undo()
    again = build_package(ws, "2021-H2", usb, "ru")
    assert verify_package(again).period == "2021-H2"


def test_cli_export_prints_the_path(ws, tmp_path) -> None:
    data_dir = ws.data_dir
    ws.close()
    result = run_cli(
        "--data-dir",
        str(data_dir),
        "--lang",
        "ky",
        "export",
        "--period",
        "2021-H1",
        "--out",
        str(tmp_path / "o"),
    )
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.exists() and run_cli("verify", str(path)).returncode == 0
