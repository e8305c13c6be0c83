"""The inbox on an old server's disk: every flush (fsync, fdatasync) takes 8 ms, one at a time,
as on a spinning disk (bench/slow_disk/slow_fsync.c, loaded with LD_PRELOAD into the inbox's
server and into the floor's process; Linux with a C compiler, skipped elsewhere). The same 265
offices' 513 uploads, 32 at a time, as bench_inbox; the floor writes the same files one after
another (temporary name, fsync, rename) on the same slow disk. What it shows: on such a disk
the flushes dominate, and the inbox's group commit (one index commit and one registry write for
the uploads that wait together) is what keeps it near its floor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.bench_inbox import _round, offices_packages
from bench.common import result

FSYNC_MS = 8
SHIM = Path(__file__).resolve().parent / "slow_disk" / "slow_fsync.c"

FLOOR = """
import sys
from pathlib import Path
from bench.bench_inbox import _floor
paths = [Path(p) for p in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()]
print(_floor(paths, Path(sys.argv[1])))
"""
ROOT = Path(__file__).resolve().parents[1]


def _shim(tmp: Path) -> Path | None:
    compiler = shutil.which("cc")
    if not sys.platform.startswith("linux") or compiler is None:
        return None
    lib = tmp / "slow_fsync.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-o", str(lib), str(SHIM), "-ldl", "-lpthread"],
        check=True,
    )
    return lib


def bench_inbox_slow_disk(tmp: Path) -> list[dict]:
    name = f"inbox on a slow disk (each fsync {FSYNC_MS} ms, one at a time): 513 uploads"
    floor_name = "write the same files (temp + fsync + rename) on the same slow disk"
    lib = _shim(tmp)
    if lib is None:
        return [
            result(name, float("nan"), floor_name, float("nan"), note="skipped: needs Linux and cc")
        ]
    offices = offices_packages(tmp)
    paths = [p for seqs in offices for p in seqs]
    listing = tmp / "packages.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    slow = {"LD_PRELOAD": str(lib), "SLOW_FSYNC_MS": str(FSYNC_MS)}
    floor = float(
        subprocess.run(
            [sys.executable, "-c", FLOOR, str(tmp / "floor"), str(listing)],
            cwd=ROOT,
            env=dict(os.environ, **slow),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    saved = {k: os.environ.get(k) for k in slow}
    os.environ.update(slow)  # the inbox's server process inherits the slow disk
    try:
        calm = _round(tmp / "calm", offices, attack=False)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return [
        result(
            name,
            calm["took"],
            floor_name,
            floor,
            note=f"{calm['n'] / calm['took']:.0f} uploads/s; p95 {calm['p95'] * 1e3:.0f} ms per "
            f"upload (32 at once); server CPU {calm['cpu']:.2f} s",
        )
    ]


BENCHMARKS = [bench_inbox_slow_disk]
