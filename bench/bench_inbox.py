"""The inbox under the last hour before the 15th: 230 municipalities upload at once (32 at a
time, over loopback, to a real ``msu-agency serve``), against the floor of writing the same
files to disk the way the inbox must (temporary name, fsync, rename), measured in the same run."""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import result

N = 230


def _floor(paths: list[Path], out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    for i, path in enumerate(paths):
        data = path.read_bytes()
        tmp = out / f"{i}.part"
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out / f"{i}.msupkg")
    return time.perf_counter() - t


def bench_inbox(tmp: Path) -> list[dict]:
    from msu_agency.demo import make_demo_packages, synthetic_directory
    from msu_desktop.services.plan_files import shipped_plan
    from tests.inbox_helpers import InboxProcess, Keys, post

    plan, _ = shipped_plan()
    paths = make_demo_packages(plan, synthetic_directory(N), tmp / "usb", "2021-H2")
    keys = Keys(tmp / "keys")
    server = InboxProcess(tmp / "inbox", keys.inbox_key_path)
    server.expect_packages(*paths)
    latencies: list[float] = []

    def one(path: Path) -> int:
        t = time.perf_counter()
        status, _ = post(server.url, path.read_bytes(), path.name)
        latencies.append(time.perf_counter() - t)
        return status

    try:
        t = time.perf_counter()
        with ThreadPoolExecutor(max_workers=32) as pool:
            statuses = list(pool.map(one, paths))
        took = time.perf_counter() - t
    finally:
        server.stop()
    assert statuses == [201] * N, statuses
    floor = min(_floor(paths, tmp / f"floor{i}") for i in range(2))
    median = statistics.median(latencies)
    return [
        result(
            f"inbox: {N} municipalities upload at once",
            took,
            "write the same files (temp + fsync + rename)",
            floor,
            note=f"{N / took:.0f} uploads/s; {took / N * 1e3:.1f} ms per upload "
            f"(median wait {median * 1e3:.0f} ms with 32 at once)",
        )
    ]


BENCHMARKS = [bench_inbox]
