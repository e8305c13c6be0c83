"""Start to a usable main window and peak memory at start, against a bare Qt window started the
same way (a fresh Python process each time, offscreen).

The *cold* rows drop the page cache before each run of either (``/proc/sys/vm/drop_caches``,
which only root may write; without it they are left out and the table says so): every module,
Qt library and the database are read from the disk again, as on an office PC's first start of
the morning."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import result

ROOT = Path(__file__).resolve().parent.parent
HWM = "\nimport re\nprint(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.resize(1200, 780)\nw.show()\napp.processEvents()\n"
) + HWM
PAGES = (
    "import sys, json, re\nfrom pathlib import Path\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from msu_desktop.gui.app import Controller, make_application\n"
    "from msu_desktop.services.workspace import Workspace\n"
    "def rss():\n"
    "    return int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) / 1024\n"
    "app = make_application()\nws = Workspace.open(Path(sys.argv[1]))\n"
    "c = Controller(app, ws, 'ru')\nc.show()\napp.processEvents()\n"
    "out = [('first page', rss())]\n"
    "for key in list(c.window.pages.keys_in_order):\n"
    "    c.window.show_page(key)\n    QApplication.processEvents()\n"
    "    out.append((key, rss()))\n"
    "print(json.dumps(out))\n"
)
# the everyday start as the office has it: the msu-desktop command's own entry point (its
# parser, logging, single-instance check, translators), quitting once the first page is painted
COMMAND = (
    "import sys\nfrom msu_desktop.cli.main import main\n"
    "rc = main(['--data-dir', sys.argv[1], '--smoke-test', 'first-page'])\nassert rc == 0\n"
)
# the installed program: packaging/build.py's one-folder build (build/dist/msu-desktop)
FROZEN = (
    ROOT
    / "build"
    / "dist"
    / "msu-desktop"
    / ("msu-desktop.exe" if os.name == "nt" else "msu-desktop")
)
APP = (
    "import sys\nfrom msu_desktop.cli.main import main\n"
    "rc = main(['--data-dir', sys.argv[1], '--smoke-test'])\nassert rc == 0\n"
) + HWM


def _run(args: list[str], pycache: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one child process. Its modules are loaded from bytecode
    kept in ``pycache`` (written by a first run), as the frozen build ships them: a shell with
    PYTHONDONTWRITEBYTECODE set would compile every module from source on every start, half
    the time of a start (and not what a user's PC does)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    if status != 0:
        raise RuntimeError(f"{args} exited with {status}")
    return elapsed, usage.ru_maxrss / 1024


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_caches() -> bool:
    """Empty the page cache (written files are synced first); False where this user may not."""
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def bench_cold_start(tmp: Path) -> list[dict]:
    pyc = tmp / "pycache"
    everyday = tmp / "everyday"
    _run([sys.executable, "-c", BARE], pyc)  # the bytecode written once, as by an install
    _run([sys.executable, "-c", COMMAND, str(everyday)], pyc)  # the database made once
    frozen = [str(FROZEN), "--data-dir", str(everyday), "--smoke-test", "first-page"]
    starts = {
        "start: a cold everyday start of msu-desktop (page cache dropped), first page shown": [
            sys.executable,
            "-c",
            COMMAND,
            str(everyday),
        ]
    }
    if FROZEN.exists():
        starts[
            "start: the installed program (frozen build), a cold everyday start, first page shown"
        ] = frozen
    if not drop_caches():
        return [
            result(
                name,
                float("nan"),
                "a bare Qt window started cold",
                float("nan"),
                note="skipped: the page cache can only be dropped by root",
            )
            for name in starts
        ]
    times: dict[str, list[float]] = {name: [] for name in starts}
    bare_times = []
    for _ in range(3):
        drop_caches()
        bare_times.append(_run([sys.executable, "-c", BARE], pyc)[0])
        for name, args in starts.items():
            drop_caches()
            times[name].append(_run(args, pyc)[0])
    med = statistics.median
    return [
        result(name, med(times[name]), "a bare Qt window started cold", med(bare_times))
        for name in starts
    ]


def bench_startup(tmp: Path) -> list[dict]:
    app_times, app_rss, bare_times, bare_rss, first_times = [], [], [], [], []
    pyc = tmp / "pycache"
    _run([sys.executable, "-c", BARE], pyc)  # the bytecode written once, as by an install
    with tempfile.TemporaryDirectory(dir=tmp) as d:
        smoke = [sys.executable, "-m", "msu_desktop", "--data-dir", str(Path(d) / "data")]
        _run([*smoke, "--smoke-test"], pyc)
    everyday = tmp / "everyday"
    _run([sys.executable, "-c", COMMAND, str(everyday)], pyc)  # made once, as on the first day
    everyday_runs = [_run([sys.executable, "-c", COMMAND, str(everyday)], pyc) for _ in range(5)]
    everyday_times = [s for s, _ in everyday_runs]
    frozen_runs = [
        _run([str(FROZEN), "--data-dir", str(everyday), "--smoke-test", "first-page"], pyc)
        for _ in range(5 if FROZEN.exists() else 0)
    ]
    for _ in range(5):
        with tempfile.TemporaryDirectory(dir=tmp) as d:
            first_times.append(_run([sys.executable, "-c", COMMAND, str(Path(d) / "data")], pyc)[0])
        with tempfile.TemporaryDirectory(dir=tmp) as d:
            s, m = _run(
                [
                    sys.executable,
                    "-m",
                    "msu_desktop",
                    "--data-dir",
                    str(Path(d) / "data"),
                    "--smoke-test",
                ],
                pyc,
            )
            app_times.append(s)
            app_rss.append(m)
        s, m = _run([sys.executable, "-c", BARE], pyc)
        bare_times.append(s)
        bare_rss.append(m)
    med = statistics.median
    frozen_rows = (
        [
            result(
                "start: the installed program (frozen build), an everyday start, first page shown",
                med([s for s, _ in frozen_runs]),
                "a bare Qt window in a fresh process",
                med(bare_times),
            ),
            {
                "name": "start: the installed program (frozen build), peak memory, first page shown",
                "seconds": med([m for _, m in frozen_runs]),
                "unit": "MiB",
                "floor_name": "a bare Qt window",
                "floor_seconds": med(bare_rss),
                "note": "peak resident memory (ru_maxrss)",
            },
        ]
        if frozen_runs
        else [
            result(
                "start: the installed program (frozen build)",
                float("nan"),
                "not built",
                float("nan"),
                note="uv run --group build python packaging/build.py --development-build "
                "--skip-tests --no-installer",
            )
        ]
    )
    return [
        result(
            "start: an everyday start of msu-desktop, first page shown (existing database)",
            med(everyday_times),
            "a bare Qt window in a fresh process",
            med(bare_times),
        ),
        *frozen_rows,
        result(
            "start: first start of msu-desktop, first page shown (new database, plan installed)",
            med(first_times),
            "a bare Qt window in a fresh process",
            med(bare_times),
        ),
        result(
            "start: first start, every page shown (new database, plan installed)",
            med(app_times),
            "a bare Qt window in a fresh process",
            med(bare_times),
        ),
        {
            "name": "start: peak memory, every page shown and a PDF printed (smoke test)",
            "seconds": med(app_rss),
            "unit": "MiB",
            "floor_name": "a bare Qt window",
            "floor_seconds": med(bare_rss),
            "note": "peak resident memory (VmHWM), every page shown",
        },
        {
            "name": "start: peak memory at start, first page shown (existing database)",
            "seconds": med([m for _, m in everyday_runs]),
            "unit": "MiB",
            "floor_name": "a bare Qt window",
            "floor_seconds": med(bare_rss),
            "note": "peak resident memory (VmHWM)",
        },
    ]


def bench_memory_per_page(tmp: Path) -> list[dict]:
    """Resident memory after the first page and after each page is opened in turn (the
    sidebar's order, an existing database with the demo's data), against a bare Qt window."""
    import json

    from msu_desktop.services.demo import run_demo
    from msu_desktop.services.workspace import Workspace

    pyc = tmp / "pycache"
    data = tmp / "pages"
    ws = Workspace.open(data)
    run_demo(ws)
    ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pyc))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = []
    for _ in range(3):
        proc = subprocess.run(
            [sys.executable, "-c", PAGES, str(data)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    bare_rss = BARE.replace("VmHWM", "VmRSS")  # read as the pages are, after the window shows
    bare = statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", bare_rss], cwd=ROOT, env=env, capture_output=True, text=True
            ).stdout.split()[-1]
        )
        / 1024
        for _ in range(3)
    )
    rows = []
    for i, (key, _) in enumerate(runs[0]):
        mib = statistics.median(run[i][1] for run in runs)
        label = "first page shown" if i == 0 else f"+ page {key} opened"
        rows.append(
            {
                "name": f"memory: {label} (resident, pages opened one after another)",
                "seconds": mib,
                "unit": "MiB",
                "floor_name": "a bare Qt window (resident)",
                "floor_seconds": bare,
            }
        )
    return rows


BENCHMARKS = [bench_startup, bench_cold_start, bench_memory_per_page]
