"""One build script: tests -> freeze (PyInstaller, one folder) -> smoke-test the frozen app ->
Windows installer (Inno Setup) where the platform allows.

    uv run --group build python packaging/build.py --agency-key PATH/agency.pub
                                                   [--skip-tests] [--no-installer]

``--agency-key``: the agency's public key (``msu-agency init`` wrote it), the only key the
installer trusts for plan packages; the build refuses the development key before any step
(packaging/release_key.py; ``--development-build`` for the project's own test installers).

On Linux it stops after the smoke test and the size report; the Windows installer is built on
Linux by ``packaging/windows/wine_build.py`` (under wine), on Windows by this script with ``iscc``. Fails, with a non-zero exit, on any failing step and on any error output from the
frozen app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # release_key.py beside this script
DIST = ROOT / "build" / "dist"
APP_DIR = DIST / "msu-desktop"
KEEP_QT_TRANSLATIONS = ("qtbase_ru", "qt_ru")


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def run_tests() -> None:
    step("tests")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def write_version_info(ver: str) -> None:
    """The Windows version resource, filled from pyproject.toml."""
    parts = [int(p) for p in ([*ver.split("."), "0", "0", "0"])[:4] if p.isdigit()]
    while len(parts) < 4:
        parts.append(0)
    t = tuple(parts)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('041904B0', [
      StringStruct('CompanyName', 'MSU'),
      StringStruct('FileDescription', 'MSU Desktop'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('ProductName', 'MSU Desktop'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x0419, 1200, 0x0440, 1200])])]
)
"""
    out = ROOT / "build" / "version_info.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    # what the frozen program reports as its version (msu_desktop.__version__, --version)
    (ROOT / "build" / "VERSION").write_text(ver + "\n", encoding="utf-8")


def freeze() -> None:
    step("compile forms and translations")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build.py")], check=True)
    step("freeze (PyInstaller, one folder)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "work"),
            str(ROOT / "packaging" / "msu-desktop.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    prune()


def prune(app_dir: Path = APP_DIR) -> None:
    """Qt ships ~40 translation files; the app needs the Russian ones only."""
    # PySide6/Qt/translations on Linux, PySide6/translations on Windows
    for qm in app_dir.rglob("PySide6/**/translations/*.qm"):
        if not qm.name.startswith(KEEP_QT_TRANSLATIONS):
            qm.unlink()


def smoke_test() -> None:
    step("smoke test of the frozen app")
    exe = APP_DIR / ("msu-desktop-cli.exe" if os.name == "nt" else "msu-desktop-cli")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MSU_LANG="ru")
        result = subprocess.run(
            [str(exe), "--data-dir", str(Path(tmp) / "data"), "--smoke-test"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=180,
        )
        print(result.stdout.strip())
        if result.returncode != 0 or result.stderr.strip():
            print(result.stderr, file=sys.stderr)
            raise SystemExit(f"smoke test failed (exit {result.returncode}, error output above)")
        plan = subprocess.run(
            [str(exe), "--data-dir", str(Path(tmp) / "data"), "plan", "show", "--json"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )
        if plan.returncode != 0 or plan.stderr.strip() or '"3.3.1"' not in plan.stdout:
            print(plan.stderr, file=sys.stderr)
            raise SystemExit("smoke test failed: the frozen app cannot print the plan")
    print("smoke test passed")


def sizes() -> tuple[int, int]:
    step("sizes")
    files = [p for p in sorted(APP_DIR.rglob("*")) if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    archive = DIST / "msu-desktop.zip"  # what a USB stick or a slow link carries
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in files:
            zf.write(p, p.relative_to(DIST).as_posix())
    packed = archive.stat().st_size
    line = f"frozen folder {total / 2**20:.1f} MiB, compressed (zip -9) {packed / 2**20:.1f} MiB"
    print(line)
    (ROOT / "build" / "size.txt").write_text(line + "\n", encoding="utf-8")
    return total, packed


def installer(ver: str) -> None:
    step("installer")
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if os.name != "nt" or not iscc:
        print(
            "skipped: the Windows installer is built on Windows with Inno Setup 6 (iscc), or on"
            " Linux by packaging/windows/wine_build.py; see packaging/README.md"
        )
        return
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={ver}",
            f"/DSourceDir={APP_DIR}",
            f"/O{DIST}",
            str(ROOT / "packaging" / "windows" / "msu-desktop.iss"),
        ],
        check=True,
    )
    setup = DIST / f"msu-desktop-setup-{ver}.exe"
    if not setup.is_file():
        raise SystemExit(f"Inno Setup did not write {setup}")
    print(f"{setup.name}: {setup.stat().st_size / 1e6:.1f} MB (goal 80 MB)")


def main(argv: list[str]) -> int:
    from release_key import check_release_key, stage_keys

    key = check_release_key(argv)  # before anything is built
    ver = version()
    stage_keys(key)
    if "--skip-tests" not in argv:
        run_tests()
    write_version_info(ver)
    freeze()
    smoke_test()
    sizes()
    if "--no-installer" not in argv:
        installer(ver)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
