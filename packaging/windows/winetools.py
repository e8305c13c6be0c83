"""Running Windows programs under wine for the Linux build and its installer cycle.

Used by ``wine_build.py`` and ``cycle.py`` only (never shipped). Three things every caller needs:
a prefix that reports Windows 10 and has the stub DLLs wine lacks (``wine-stubs/``), an X display
(Xvfb), and a way to start a program that wine does not break: stdin from /dev/null and output
through a pipe (wine's console handles otherwise fail Python's start with "[WinError 6]").
Nothing here trusts wine's exit code: callers judge each step by its files and its output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
STUBS = ("icuuc", "bcryptprimitives", "mscms")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "msu-win"
    path.mkdir(parents=True, exist_ok=True)
    return path


def winpath(path: Path | str) -> str:
    """A Linux path as the Windows programs see it (wine maps Z: to /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Timer:
    """Prints each stage with its duration; the summary goes at the end of the log."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []

    @contextmanager
    def stage(self, title: str):  # type: ignore[no-untyped-def]
        print(f"\n== {title}", flush=True)
        t0 = time.monotonic()
        try:
            yield
        finally:
            took = time.monotonic() - t0
            self.stages.append((title, took))
            print(f"   ({title}: {took:.0f} s)", flush=True)

    def summary(self, heading: str) -> None:
        print(f"\n== {heading}")
        for title, took in self.stages:
            print(f"   {took:7.0f} s  {title}")
        print(f"   {sum(t for _, t in self.stages):7.0f} s  in all", flush=True)


def build_stubs(out: Path) -> list[Path]:
    """The three stub DLLs (mingw), rebuilt when their source changes."""
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if gcc is None:
        raise SystemExit("x86_64-w64-mingw32-gcc is missing (Debian: gcc-mingw-w64-x86-64-win32)")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name in STUBS:
        src, deffile, dll = (
            HERE / "wine-stubs" / f"{name}.c",
            HERE / "wine-stubs" / f"{name}.def",
            out / f"{name}.dll",
        )
        newest = max(src.stat().st_mtime, deffile.stat().st_mtime)
        if not dll.exists() or dll.stat().st_mtime < newest:
            subprocess.run(
                [
                    gcc,
                    "-O2",
                    "-Wall",
                    "-shared",
                    "-o",
                    str(dll),
                    str(src),
                    str(deffile),
                    "-lbcrypt",
                ],
                check=True,
            )
        built.append(dll)
    return built


@dataclass
class Wine:
    """One wine prefix, with the display and environment every program started in it gets."""

    prefix: Path
    display: str
    user: str | None = None  # the Windows user name (wine takes it from $USER at wineboot)
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WINE"))}
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # the stub mscms.dll instead of wine's own; no menu entries on the build machine
            WINEDLLOVERRIDES="mscms=n;winemenubuilder.exe=d",
            DISPLAY=self.display,
            LANG="C.UTF-8",
        )
        if self.user:
            env["USER"] = self.user
            env["LOGNAME"] = self.user
        env.update(self.extra_env)
        return env

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def profile(self) -> Path:
        """The user's profile folder, C:\\users\\<name>, as a Linux path."""
        users = self.drive_c / "users"
        if self.user and (users / self.user).is_dir():
            return users / self.user
        candidates = [p for p in users.iterdir() if p.is_dir() and p.name != "Public"]
        if len(candidates) != 1:
            raise SystemExit(f"cannot tell the user's profile in {users}: {candidates}")
        return candidates[0]

    def local_appdata(self) -> Path:
        return self.profile() / "AppData" / "Local"

    def create(self, stubs: list[Path]) -> None:
        """A fresh prefix reporting Windows 10, with the stub DLLs in system32."""
        self.prefix.mkdir(parents=True, exist_ok=True)
        if not (self.prefix / "system.reg").exists():
            subprocess.run(
                ["wineboot", "-i"],
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                check=False,
                timeout=600,
            )
            self.wait()
        # A new prefix reports Windows 7, and Inno's MinVersion would refuse to install.
        self.run(["winecfg", "/v", "win10"], timeout=300)
        self.wait()
        system32 = self.drive_c / "windows" / "system32"
        if not system32.is_dir():
            raise SystemExit(f"wine did not create a prefix in {self.prefix}")
        for dll in stubs:
            shutil.copy2(dll, system32 / dll.name)

    def windows_version(self) -> str:
        out = self.run(
            [
                "reg",
                "query",
                r"HKLM\Software\Microsoft\Windows NT\CurrentVersion",
                "/v",
                "CurrentBuild",
            ],
            timeout=120,
        )
        return out.stdout

    def run(
        self, argv: list[str], timeout: float = 900, cwd: Path | None = None, echo: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """Start a Windows program (first item: a .exe path or a wine built-in such as "reg")."""
        cmd = ["wine", *argv]
        proc = subprocess.Popen(
            cmd,
            env=self.env(),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        lines = []
        assert proc.stdout is not None
        try:
            deadline = time.monotonic() + timeout
            for line in proc.stdout:
                lines.append(line)
                if echo:
                    print("   | " + line.rstrip(), flush=True)
                if time.monotonic() > deadline:
                    raise subprocess.TimeoutExpired(cmd, timeout)
            proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            lines.append(f"\n[timed out after {timeout:.0f} s]\n")
        return subprocess.CompletedProcess(cmd, proc.returncode, "".join(lines), "")

    def start(self, argv: list[str]) -> subprocess.Popen[str]:
        """A program left running (single-instance and upgrade-while-running checks)."""
        return subprocess.Popen(
            ["wine", *argv],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

    def wait(self) -> None:
        """Until every program of the prefix has ended (wineserver -w)."""
        subprocess.run(["wineserver", "-w"], env=self.env(), check=False, timeout=600)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, timeout=120)


@contextmanager
def xvfb():  # type: ignore[no-untyped-def]
    """An X display for the programs that open windows (the installer, the app)."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is missing (Debian: xvfb)")
    for number in range(91, 120):
        if not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    try:
        yield display
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def require(condition: bool, what: str, output: str = "") -> None:
    """One checked result: prints PASS or FAIL with the program's output on failure."""
    if condition:
        print(f"   PASS  {what}", flush=True)
        return
    print(f"   FAIL  {what}", flush=True)
    if output:
        print(
            "   ---- output ----\n"
            + "\n".join("   | " + ln for ln in output.strip().splitlines()[-60:])
        )
    raise StepFailed(what)


class StepFailed(Exception):
    pass
