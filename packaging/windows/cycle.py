"""The installer cycle under wine + Xvfb, as a test: install, start, use, upgrade, uninstall.

    python3 packaging/windows/cycle.py [SETUP.exe [UPGRADE_SETUP.exe]]

(defaults: the two installers packaging/windows/wine_build.py --upgrade-build writes.)

A fresh wine prefix whose Windows user is "Гүлзат" (so the data folder is
C:\\users\\Гүлзат\\AppData\\Local\\MSU\\MSU Desktop). Every step is judged by its result (files,
marker lines in the output, the program's log), never by wine's exit code; each prints PASS or
FAIL, and the script exits 1 when any step failed. MSU_WIN_CYCLE_NOT_READY="step,step" names
steps whose failure is reported but does not fail the run (steps not ready yet, said so in the
output).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from winetools import ROOT, StepFailed, Timer, Wine, build_stubs, cache_dir, require, xvfb  # noqa: E402

USER = "Гүлзат"
SECOND_USER = "Айбек"
PERIOD = "2021-H2"
# /LANG=ky: Кыргызча chosen in the installer (the program's messages take it until it can read
# its own setting)
SETUP_FLAGS = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LANG=ky"]


def ru(source: str, lang: str = "ru") -> str:
    """The Russian translation of a CLI message (the cycle runs the CLI with --lang ru)."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"msu_{lang}.ts")
    for msg in tree.iter("message"):
        if (msg.findtext("source") or "") == source:
            return msg.findtext("translation") or source
    return source


def marker(template: str) -> str:
    """The longest fixed part of a translated message (the text between its {placeholders})."""
    parts = re.split(r"\{[^}]*\}", template)
    return max((p.strip() for p in parts), key=len)


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file of a folder with its sha256 (the data folder before and after a step)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out[p.relative_to(folder).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class Cycle:
    def __init__(self, wine: Wine, setup: Path, upgrade: Path | None) -> None:
        self.wine, self.setup, self.upgrade = wine, setup, upgrade
        self.work = Path(tempfile.mkdtemp(prefix="msu-cycle-"))
        self.results: list[tuple[str, str]] = []
        self.smoke_out = ""
        self.timer = Timer()

    # -- paths as Windows and Linux see them --------------------------------------------------

    @property
    def app_dir(self) -> Path:
        return self.wine.local_appdata() / "Programs" / "MSU Desktop"

    @property
    def data_dir(self) -> Path:
        return self.wine.local_appdata() / "MSU" / "MSU Desktop"

    def linux(self, winpath: str) -> Path:
        """C:\\… or Z:\\… (as the program prints it) as a Linux path."""
        winpath = winpath.strip()
        drive, rest = winpath[0].lower(), winpath[2:].replace("\\", "/").lstrip("/")
        if drive == "z":
            return Path("/") / rest
        return self.wine.prefix / "dosdevices" / f"{drive}:" / rest

    def win(self, path: Path) -> str:
        """A Linux path inside drive_c as C:\\…, anywhere else as Z:\\…"""
        path = Path(path)
        try:
            rel = path.relative_to(self.wine.drive_c)
            return "C:\\" + str(rel).replace("/", "\\")
        except ValueError:
            return "Z:" + str(path).replace("/", "\\")

    # -- running -------------------------------------------------------------------------------

    def cli(
        self, *args: str, exe: str = "msu-desktop-cli.exe", timeout: float = 600, lang: str = "ru"
    ) -> str:
        """``lang=""``: no --lang, the program's own choice (the installer's language)."""
        chosen = ["--lang", lang] if lang else []
        result = self.wine.run([self.win(self.app_dir / exe), *chosen, *args], timeout=timeout)
        return result.stdout

    def install(
        self, setup: Path, log: str, extra: tuple[str, ...] = (), settle: bool = True
    ) -> str:
        """Setup, silently; ``settle``: then wait for every program of the prefix to end (not
        while the program itself is kept running)."""
        logfile = self.work / log
        # /DIR: the default folder, named because wine's one registry for both users of
        # s_second_user would otherwise send this user's Setup to the other's folder
        here = f"/DIR={self.win(self.app_dir)}"
        self.wine.run(
            [self.win(setup), *SETUP_FLAGS, here, f"/LOG={self.win(logfile)}", *extra],
            timeout=1200,
        )
        if settle:
            self.wine.wait()
        return logfile.read_text("utf-8", errors="replace") if logfile.exists() else ""

    def step(self, name: str, fn: Callable[[], None]) -> None:
        not_ready = {s.strip() for s in os.environ.get("MSU_WIN_CYCLE_NOT_READY", "").split(",")}
        with self.timer.stage(name):
            try:
                fn()
                self.results.append((name, "PASS"))
            except Exception as exc:  # a step that crashes is a failed step, the rest still run
                if not isinstance(exc, StepFailed):
                    print(f"   FAIL  {type(exc).__name__}: {exc}")
                    traceback.print_exc(limit=4, file=sys.stdout)
                self.results.append((name, "NOT READY (marked)" if name in not_ready else "FAIL"))
                self.wine.kill()  # nothing a failed step started runs on into the next one

    # -- the steps -----------------------------------------------------------------------------

    def s_prefix(self) -> None:
        self.wine.create(build_stubs(self.work / "stubs"))
        profile = self.wine.profile()
        require(profile.name == USER, f"the Windows user is {USER} (C:\\users\\{profile.name})")
        self._map_stick()
        build = self.wine.windows_version().split()
        require(
            bool(build) and build[-1].isdigit() and int(build[-1]) >= 17763,
            f"the prefix reports Windows 10 (build {build[-1] if build else '?'})",
        )

    def s_install(self) -> None:
        log = self.install(self.setup, "install.log")
        exe = self.app_dir / "msu-desktop.exe"
        require(exe.is_file(), f"installed per user into {self.win(self.app_dir)}", log)
        require((self.app_dir / "unins000.exe").is_file(), "the uninstaller is there", log)
        for name in ("msu-desktop-cli.exe", "msu-agency.exe"):
            require((self.app_dir / name).is_file(), f"{name} is there")
        program_files = self.wine.drive_c / "Program Files" / "MSU Desktop"
        require(not program_files.exists(), "nothing written to Program Files (no administrator)")
        require("Installation process succeeded." in log, "Setup's log reports success", log)
        require(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" in log,
            "registered for this user only (HKEY_CURRENT_USER), no administrator rights",
            log,
        )
        lang = self.wine.run(
            ["reg", "query", r"HKCU\Software\MSU\MSU Desktop", "/v", "Language"], timeout=120
        ).stdout
        require(
            re.search(r"Language\s+REG_SZ\s+ky\b", lang) is not None,
            "the language chosen in the installer (ky) is kept for the program",
            lang,
        )
        size = folder_size(self.app_dir)
        print(f"   installed size: {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB)")
        self.installed_size = size
        (self.setup.parent / "installed.txt").write_text(
            f"installed program: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)\n", encoding="utf-8"
        )

    def s_smoke(self) -> None:
        # The windowed program: no console, so its result is judged by its log file.
        self.wine.run([self.win(self.app_dir / "msu-desktop.exe"), "--smoke-test"], timeout=600)
        self.wine.wait()
        log = self.data_dir / "logs" / "msu.log"
        text = log.read_text("utf-8", errors="replace") if log.exists() else ""
        require(
            self.data_dir.is_dir() and USER in str(self.data_dir),
            f"the data folder is {self.win(self.data_dir)}",
        )
        require(
            re.search(r"smoke test: main window with \d+ pages", text) is not None,
            "msu-desktop.exe --smoke-test opened the window and showed every page (log)",
            text,
        )
        require("Traceback" not in text, "no error in the log", text)
        # The console twin prints what it found: font, printing, removable drives.
        # in Kyrgyz, so that the printed programme has Kyrgyz letters
        out = self.smoke_out = self.cli(
            "--lang", "ky", "--smoke-test", "--data-dir", self.win(self.work / "smoke-data")
        )
        m = re.search(r"smoke test: main window with (\d+) pages", out)
        require(m is not None, "msu-desktop-cli.exe --smoke-test: every page shown", out)
        require(
            re.search(r"smoke test: font DejaVu Sans\b.*Kyrgyz letters present", out) is not None,
            "the shipped font (DejaVu Sans, every Kyrgyz letter) is the one in use",
            out,
        )
        pdf = re.search(r"printed to PDF through [\w/]+: (.+?\.pdf)", out)
        require(pdf is not None, "printing to PDF (the programme text)", out)
        assert pdf is not None
        path = self.linux(pdf.group(1))
        require(
            path.is_file() and path.read_bytes().startswith(b"%PDF"),
            f"the PDF is there ({path.name})",
        )
        if shutil.which("pdffonts") and shutil.which("pdftotext"):
            fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
            require("DejaVu" in fonts, "the PDF carries the shipped font", fonts)
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True
            ).stdout
            require(any(c in text for c in "өүң"), "the PDF's text has Kyrgyz letters", text[:2000])

    def s_round(self) -> None:
        out = self.cli("demo")
        require((self.data_dir / "msu.sqlite").is_file(), "demo filled the data folder", out)
        outdir = self.work / "stick"
        outdir.mkdir(exist_ok=True)
        out = self.cli("export", "--period", PERIOD, "--out", self.win(outdir))
        pkgs = sorted(outdir.glob("*.msupkg"))
        require(
            len(pkgs) == 1,
            f"export --period {PERIOD} wrote a package ({[p.name for p in pkgs]})",
            out,
        )
        out = self.cli("verify", self.win(pkgs[0]))
        valid = marker(ru("VALID: {soate} {period}, sequence {seq}, signed by key {fingerprint}"))
        require(valid in out and PERIOD in out, f"verify: {out.strip()[:120]}", out)
        report = self.work / "collected.xlsx"
        out = self.cli("collect", self.win(outdir), "--out", self.win(report), exe="msu-agency.exe")
        require(
            report.is_file() and report.stat().st_size > 1000,
            "msu-agency collect wrote the consolidated report",
            out,
        )
        out = self.cli("backup")
        lines = [ln for ln in out.splitlines() if ln.strip()[1:3] == ":\\"]
        require(
            bool(lines) and self.linux(lines[-1]).is_file(),
            "backup in the Cyrillic user's data folder",
            out,
        )
        self.reports = {p.name for p in self.data_dir.rglob("*") if p.is_file()}

    def s_long_path(self) -> None:
        base = self.wine.profile() / "Documents"
        deep = base
        while len(self.win(deep)) < 205:
            deep = deep / "Муниципалитеттин маалыматтары"
        print(f"   data folder of {len(self.win(deep))} characters")
        out = self.cli("--data-dir", self.win(deep), "demo")
        require((deep / "msu.sqlite").is_file(), "demo in a data folder > 200 characters", out)
        out = self.cli("--data-dir", self.win(deep), "backup")
        require(
            any(p.suffix for p in (deep / "backups").glob("*"))
            if (deep / "backups").is_dir()
            else False,
            "backup there",
            out,
        )
        stick = self.work / "long-stick"
        stick.mkdir(exist_ok=True)
        out = self.cli(
            "--data-dir", self.win(deep), "export", "--period", PERIOD, "--out", self.win(stick)
        )
        require(len(list(stick.glob("*.msupkg"))) == 1, "export from there", out)

    def _map_stick(self) -> None:
        """R: as a removable drive: dosdevices/r: and wine's drive type."""
        stick = self.work / "usb-stick"
        stick.mkdir(exist_ok=True)
        link = self.wine.prefix / "dosdevices" / "r:"
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(stick)
        # wine's drive type: "floppy" is what GetDriveTypeW reports as DRIVE_REMOVABLE
        self.wine.run(
            [
                "reg",
                "add",
                r"HKLM\Software\Wine\Drives",
                "/v",
                "r:",
                "/t",
                "REG_SZ",
                "/d",
                "floppy",
                "/f",
                "/reg:64",  # the 64-bit view, where wine's mount manager reads it
            ],
            timeout=120,
        )
        self.wine.kill()  # the mount manager reads the drive types when it starts

    def s_removable(self) -> None:
        # mapped by s_prefix; reported by the console smoke test of s_smoke
        m = re.search(r"smoke test: removable drives: (.*)", self.smoke_out)
        require(
            m is not None and m.group(1).strip().upper().startswith("R:"),
            "the drive mapped as removable (R:) is found by GetDriveTypeW (offered first when saving)",
            self.smoke_out,
        )

    def _start_window(self) -> tuple[subprocess.Popen[str], Path]:
        log = self.data_dir / "logs" / "msu.log"
        before = log.read_text("utf-8", errors="replace") if log.exists() else ""
        proc = self.wine.start([self.win(self.app_dir / "msu-desktop.exe")])
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            text = log.read_text("utf-8", errors="replace") if log.exists() else ""
            if text[len(before) :].count("main window shown"):
                return proc, log
            time.sleep(2)
        raise StepFailed("the window did not open within 240 s")

    def _close_window(self, proc: subprocess.Popen[str]) -> None:
        self.wine.run(["taskkill", "/im", "msu-desktop.exe"], timeout=120)
        try:
            proc.wait(timeout=60)
            return
        except subprocess.TimeoutExpired:
            pass
        # wine's taskkill does not always reach the window: end every program of the prefix
        print("   (the window did not close on taskkill under wine: ended with wineserver -k)")
        self.wine.kill()
        proc.kill()
        proc.wait(timeout=60)

    def s_single_instance(self) -> None:
        proc, log = self._start_window()
        try:
            before = log.read_text("utf-8", errors="replace")
            t0 = time.monotonic()
            self.wine.run([self.win(self.app_dir / "msu-desktop.exe")], timeout=120)
            took = time.monotonic() - t0
            time.sleep(3)
            after = log.read_text("utf-8", errors="replace")[len(before) :]
            require(
                "a second start asked this window to come to the front" in after,
                f"a second start ({took:.0f} s) brought the first window to the front and ended",
                after,
            )
            require(
                after.count("main window shown") == 0,
                "the second start opened no second window",
                after,
            )
            if self.upgrade is not None:
                self._upgrade_while_running()
        finally:
            self._close_window(proc)

    def _upgrade_while_running(self) -> None:
        data = tree_digest(self.data_dir / "keys") if (self.data_dir / "keys").is_dir() else {}
        db_before = (self.data_dir / "msu.sqlite").stat().st_size
        log = self.install(self.upgrade, "upgrade-running.log", settle=False)  # type: ignore[arg-type]
        version = self.cli("--version")
        require(
            # Setup's AppMutex message box (answered "Cancel" by /SUPPRESSMSGBOXES)
            "suppressed message box (ok/cancel)" in log.lower() and "Got EAbort exception" in log,
            "an upgrade while the program runs is refused and asks to close it (AppMutex)",
            log,
        )
        require(
            self.version in version and self.upgrade_version not in version,
            f"the old program is still in place and works ({version.strip()})",
            version,
        )
        require(
            (self.data_dir / "msu.sqlite").stat().st_size == db_before
            and (not data or tree_digest(self.data_dir / "keys") == data),
            "the data is untouched",
        )

    def s_db_held_open(self) -> None:
        """An antivirus holds the database open (no sharing): a clear message in the user's
        language, nothing lost or changed, and once it lets go the program works again."""
        python = cache_dir() / "cpython-3.11-win64" / "python.exe"
        require(python.is_file(), "a Windows Python to hold the file (from the build)")
        db = self.data_dir / "msu.sqlite"
        kept = {f: h for f, h in tree_digest(self.data_dir).items() if not f.startswith("logs/")}
        holder = self.work / "hold.py"
        # CreateFileW with share mode 0, as an antivirus scan opens a file; held until killed
        holder.write_text(
            "import ctypes, sys, time\n"
            "k = ctypes.WinDLL('kernel32', use_last_error=True)\n"
            "k.CreateFileW.restype = ctypes.c_void_p\n"
            "k.CreateFileW.argtypes = [ctypes.c_wchar_p, ctypes.c_uint32, ctypes.c_uint32,\n"
            "    ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p]\n"
            "h = k.CreateFileW(sys.argv[1], 0x80000000, 0, None, 3, 0, None)\n"
            "ok = h not in (None, ctypes.c_void_p(-1).value)\n"
            "print('holding' if ok else f'cannot hold: {ctypes.get_last_error()}', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n",
            encoding="utf-8",
        )
        proc = self.wine.start([self.win(python), self.win(holder), self.win(db), "300"])
        assert proc.stdout is not None
        first = proc.stdout.readline()
        held_source = (
            "The database {path} is in use by another program (often an antivirus scan or a "
            "backup tool). Nothing was changed. Wait a minute or close that program, then "
            "start MSU Desktop again."
        )
        held = ru(held_source)
        readonly = ru(
            "The database {path} cannot be written: the folder, the drive or the file is "
            "read-only. It is not damaged. Allow writing there (or copy the data folder to a "
            "place where you can write) and start again; nothing was changed."
        )
        try:
            require("holding" in first, "another process holds the database with no sharing", first)
            for args in (("report", "status", "--period", PERIOD), ("backup",)):
                out = self.cli(*args, timeout=300)
                require(
                    "Traceback" not in out
                    and marker(held) in out
                    and marker(readonly) not in out
                    and self.win(db).lower() in out.lower(),
                    f"{args[0]}: the clear message, in Russian, naming the file: "
                    f"{out.strip()[:160]}",
                    out,
                )
            # the user's language without --lang: the installer's (Кыргызча), the database's
            # own setting being out of reach
            out = self.cli("report", "status", "--period", PERIOD, lang="", timeout=300)
            require(
                "Traceback" not in out and marker(ru(held_source, "ky")) in out,
                f"in Kyrgyz, the installer's language: {out.strip()[:160]}",
                out,
            )
            now = {f: h for f, h in tree_digest(self.data_dir).items() if not f.startswith("logs/")}
            require(now == kept, "while held, nothing in the data folder was changed or added")
        finally:
            proc.kill()
            self.wine.run(["taskkill", "/f", "/im", "python.exe"], timeout=60)
            proc.wait(timeout=60)
        time.sleep(2)
        out = self.cli("check")
        require(marker(ru("The database is sound.")) in out, "released: the database is sound", out)
        out = self.cli("plan", "show", "--json")
        require('"3.3.1"' in out, "released: the program reads the data", out)
        before = set((self.data_dir / "backups").glob("*"))
        out = self.cli("backup")
        require(
            len(set((self.data_dir / "backups").glob("*")) - before) == 1,
            "released: the program writes again (a backup)",
            out,
        )

    def s_upgrade(self) -> None:
        require(
            self.upgrade is not None and self.upgrade.is_file(), "an installer of a higher version"
        )
        assert self.upgrade is not None
        before = tree_digest(self.data_dir)
        old = self.cli("--version")
        log = self.install(self.upgrade, "upgrade.log")
        new = self.cli("--version")
        require(
            self.upgrade_version in new,
            f"upgraded in place: {old.strip()} -> {new.strip()}",
            log + new,
        )
        after = tree_digest(self.data_dir)
        lost = [
            f
            for f in before
            if f not in after or (before[f] != after[f] and not f.startswith("logs/"))
        ]
        require(not lost, f"the data folder and its {len(before)} files are kept", "\n".join(lost))
        out = self.cli("plan", "show", "--json")
        require('"3.3.1"' in out, "the upgraded program reads the data", out)

    def s_second_user(self) -> None:
        """Another Windows user of the same PC installs and works: each keeps their own data.

        wine keeps one registry per prefix (one HKEY_CURRENT_USER for both users), so Setup sees
        the first user's install record: the second user's install is given its folder with /DIR.
        What wine cannot show: two real accounts with separate registries and file rights."""
        mine = tree_digest(self.data_dir)
        other = Wine(prefix=self.wine.prefix, display=self.wine.display, user=SECOND_USER)
        other.run(["cmd", "/c", "echo", "profile"], timeout=120)  # wine creates the profile
        their_app = other.local_appdata() / "Programs" / "MSU Desktop"
        their_data = other.local_appdata() / "MSU" / "MSU Desktop"
        require(other.profile().name == SECOND_USER, f"a second user, {SECOND_USER}")
        other.run(
            [self.win(self.upgrade or self.setup), *SETUP_FLAGS, f"/DIR={self.win(their_app)}"],
            timeout=1200,
        )
        other.wait()
        require(
            (their_app / "msu-desktop-cli.exe").is_file(), f"installed into {self.win(their_app)}"
        )
        out = other.run(
            [self.win(their_app / "msu-desktop-cli.exe"), "--lang", "ru", "backup"], timeout=600
        ).stdout
        require(
            (their_data / "msu.sqlite").is_file(),
            f"{SECOND_USER}'s data in {self.win(their_data)}",
            out,
        )
        after = tree_digest(self.data_dir)
        changed = [f for f in mine if after.get(f) != mine[f] and not f.startswith("logs/")]
        require(
            not changed,
            f"{USER}'s data is untouched by {SECOND_USER}'s install and work",
            "\n".join(changed),
        )
        require(their_data != self.data_dir, "the two data folders are apart")
        shutil.rmtree(their_app, ignore_errors=True)

    def s_interrupted(self) -> None:
        """A reinstall killed halfway, then run again: the program works, the data untouched."""
        before = tree_digest(self.data_dir)
        target = self.upgrade or self.setup
        proc = self.wine.start([self.win(target), *SETUP_FLAGS, f"/DIR={self.win(self.app_dir)}"])
        internal = self.app_dir / "_internal"
        deadline = time.monotonic() + 300
        # InstallDelete empties _internal first; kill once the copying has begun again
        seen_partial = False
        while time.monotonic() < deadline:
            try:  # Setup deletes and writes these files meanwhile
                n = sum(1 for _ in internal.rglob("*")) if internal.is_dir() else 0
            except OSError:
                n = 1
            if 0 < n < 200 or not internal.is_dir():
                seen_partial = True
                break
            time.sleep(0.2)
        self.wine.kill()
        proc.wait(timeout=60)
        print(f"   installer killed {'halfway' if seen_partial else 'at an unknown point'}")
        self.install(target, "reinstall.log")
        after = tree_digest(self.data_dir)  # before the program opens the data again
        out = self.cli("plan", "show", "--json")
        require('"3.3.1"' in out, "after the re-run the program works", out)
        changed = [
            f
            for f in before
            if f not in after or (before[f] != after[f] and not f.startswith("logs/"))
        ]
        require(not changed, "the data is untouched", "\n".join(changed))
        stray = sorted(str(p) for p in self.app_dir.glob("is-*.tmp"))
        require(not stray, "no temporary file of the killed install is left", "\n".join(stray))

    def s_uninstall(self) -> None:
        db = self.data_dir / "msu.sqlite"
        self.wine.run(
            [
                self.win(self.app_dir / "unins000.exe"),
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
            ],
            timeout=600,
        )
        self.wine.wait()
        left = [p for p in self.app_dir.rglob("*") if p.is_file()] if self.app_dir.exists() else []
        require(
            not left,
            f"the program is removed ({len(left)} files left)",
            "\n".join(map(str, left[:20])),
        )
        require(db.is_file(), "the data folder is kept (a silent uninstall never deletes it)")

    def s_uninstall_delete_data(self) -> None:
        """Asked to delete the data too (silently: /DELETEDATA)."""
        self.install(self.upgrade or self.setup, "install-again.log")
        require((self.app_dir / "unins000.exe").is_file(), "installed again")
        self.wine.run(
            [
                self.win(self.app_dir / "unins000.exe"),
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
                "/DELETEDATA",
            ],
            timeout=600,
        )
        self.wine.wait()
        require(not self.app_dir.exists() or not any(self.app_dir.rglob("*.exe")), "removed again")
        require(not self.data_dir.exists(), "with /DELETEDATA the data folder is deleted as asked")

    def run(self) -> int:
        self.version = self.setup.stem.rsplit("-", 1)[-1]
        self.upgrade_version = self.upgrade.stem.rsplit("-", 1)[-1] if self.upgrade else ""
        print(f"installer: {self.setup.name} ({self.setup.stat().st_size / 1e6:.1f} MB)")
        steps = [
            ("prefix", self.s_prefix),
            ("install", self.s_install),
            ("smoke", self.s_smoke),
            ("round", self.s_round),
            ("long-path", self.s_long_path),
            ("removable", self.s_removable),
            ("single-instance", self.s_single_instance),
            ("db-held-open", self.s_db_held_open),
            ("upgrade", self.s_upgrade),
            ("interrupted", self.s_interrupted),
            ("uninstall", self.s_uninstall),
            ("second-user", self.s_second_user),
            ("uninstall-delete-data", self.s_uninstall_delete_data),
        ]
        for name, fn in steps:
            self.step(name, fn)
            if name in ("prefix", "install") and self.results[-1][1] != "PASS":
                break
        self.wine.kill()
        self.timer.summary("Windows installer cycle: time per step")
        print("\n== Windows installer cycle: results")
        for name, res in self.results:
            print(f"   {res:20s} {name}")
        if hasattr(self, "installed_size"):
            print(f"   installed size {self.installed_size / 2**20:.1f} MiB")
        failed = [n for n, r in self.results if r == "FAIL"]
        if failed or len(self.results) < len(steps):
            print(f"the cycle FAILED: {', '.join(failed) or 'stopped early'}")
            return 1
        print("the cycle passed")
        shutil.rmtree(self.work, ignore_errors=True)
        return 0


def main(argv: list[str]) -> int:
    out = Path(os.environ.get("MSU_WIN_BUILD_DIR") or ROOT / "build" / "win")
    setups = [Path(a) for a in argv] if argv else sorted(out.glob("msu-desktop-setup-*.exe"))
    upgrades = (
        [Path(a) for a in argv[1:2]]
        if argv
        else sorted((out / "upgrade").glob("msu-desktop-setup-*.exe"))
    )
    if not setups:
        raise SystemExit(f"no installer in {out}: run packaging/windows/wine_build.py first")
    prefix = Path(tempfile.mkdtemp(prefix="msu-wine-"))
    try:
        with xvfb() as display:
            wine = Wine(prefix=prefix / "pfx", display=display, user=USER)
            try:
                return Cycle(wine, setups[0], upgrades[0] if upgrades else None).run()
            finally:
                wine.kill()
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


if __name__ == "__main__":
    # a CI timeout's SIGTERM still removes the prefix and stops Xvfb (the finally blocks)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    raise SystemExit(main(sys.argv[1:]))
