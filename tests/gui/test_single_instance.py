"""Two copies started at once: the second brings the first to the front and exits, instead of
opening the same database twice (real processes, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from msu_desktop.domain.municipality import Municipality
from msu_desktop.services.workspace import Workspace
from tests.conftest import ROOT


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "msu.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_second_copy_activates_the_first_and_exits(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дары"))
    ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "msu_desktop", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while "main window shown" not in _log(data_dir):
            assert first.poll() is None, "the first copy exited"
            assert time.monotonic() < deadline, "the first copy did not show its window"
            time.sleep(0.2)
        second = subprocess.run(
            [sys.executable, "-m", "msu_desktop", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0
        deadline = time.monotonic() + 20
        while "asked this window to come to the front" not in _log(data_dir):
            assert time.monotonic() < deadline, "the first copy was not activated"
            time.sleep(0.2)
        assert first.poll() is None  # the first copy is still running, alone
    finally:
        first.kill()
        first.wait()
