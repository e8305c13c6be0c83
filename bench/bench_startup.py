"""Cold start to a usable main window and peak memory at start, against a bare Qt window
started the same way (a fresh Python process each time, offscreen)."""

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
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.resize(1200, 780)\nw.show()\napp.processEvents()\n"
)


def _run(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one child process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    if status != 0:
        raise RuntimeError(f"{args} exited with {status}")
    return elapsed, usage.ru_maxrss / 1024


def bench_startup(tmp: Path) -> list[dict]:
    app_times, app_rss, bare_times, bare_rss = [], [], [], []
    for _ in range(5):
        with tempfile.TemporaryDirectory(dir=tmp) as d:
            s, m = _run(
                [
                    sys.executable,
                    "-m",
                    "msu_desktop",
                    "--data-dir",
                    str(Path(d) / "data"),
                    "--smoke-test",
                ]
            )
            app_times.append(s)
            app_rss.append(m)
        s, m = _run([sys.executable, "-c", BARE])
        bare_times.append(s)
        bare_rss.append(m)
    med = statistics.median
    return [
        result(
            "start: cold start to the main window (first start: creates the database, installs the plan, shows every page)",
            med(app_times),
            "a bare Qt window in a fresh process",
            med(bare_times),
        ),
        {
            "name": "start: peak memory at start (MiB, not seconds)",
            "seconds": med(app_rss),
            "floor_name": "a bare Qt window (MiB)",
            "floor_seconds": med(bare_rss),
            "note": f"{med(app_rss):.0f} MiB vs {med(bare_rss):.0f} MiB",
        },
    ]


BENCHMARKS = [bench_startup]
