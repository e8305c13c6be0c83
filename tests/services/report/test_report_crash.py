"""SIGKILL while values are being typed: every value reported as committed is on disk."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.db import integrity_problems
from tests.conftest import ROOT

KILLS = int(os.environ.get("MSU_CRASH_KILLS", "3"))

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from msu_desktop.services.workspace import Workspace
    from msu_desktop.services import report_service as rs

    ws = Workspace.open(Path(sys.argv[1]))
    start = int(sys.argv[2])
    codes = [m.code for m in rs.measures_for(ws, "2020-H1")]
    fields = ["done", "problems", "indicator:participants", "money:local_budget"]
    i = start
    print("ready", flush=True)
    while True:
        code = codes[i % len(codes)]
        field = fields[(i // len(codes)) % len(fields)]
        value = str(i) if ":" in field else f"Текст {i}"
        rs.set_value(ws, "2020-H1", code, field, value)
        # only after the commit returned:
        sys.stdout.write(f"{code}\\t{field}\\t{i}\\n")
        sys.stdout.flush()
        i += 1
    """
)


def _number(value: str) -> int:
    return int(value.split()[-1].split(".")[0])


@pytest.mark.parametrize("round_", range(KILLS))
def test_sigkill_while_typing_loses_no_committed_value(data_dir: Path, round_: int) -> None:
    Workspace.open(data_dir).close()
    committed: dict[tuple[str, str], int] = {}
    rng = random.Random(round_)
    start = 0
    for _ in range(2):  # kill, reopen, kill again on the same database
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        want = rng.randint(3, 60)
        for n, line in enumerate(proc.stdout, start=1):
            code, field, i = line.rstrip("\n").split("\t")
            committed[(code, field)] = int(i)
            start = int(i) + 1
            if n >= want:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert integrity_problems(data_dir / "msu.sqlite") == []
    ws = Workspace.open(data_dir)
    try:
        for (code, field), i in committed.items():
            stored = rs.entry_values(ws, "2020-H1", code)[field].value
            # the value reported, or one written after it (committed but not yet printed)
            assert _number(stored) >= i, (code, field, stored, i)
    finally:
        ws.close()
    con = sqlite3.connect(data_dir / "msu.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
