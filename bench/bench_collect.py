"""Collecting 484 and 4 × 484 municipality packages (does it scale linearly?), against the
floor of just unzipping and hashing the same files, measured in the same run."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

from bench.common import result


def _floor(folder: Path) -> float:
    t = time.perf_counter()
    for path in sorted(folder.rglob("*.msupkg")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                hashlib.sha256(zf.read(name)).hexdigest()
    return time.perf_counter() - t


def _collect(folder: Path, registry: Path) -> float:
    from msu_agency.collect import KeyRegistry, collect

    t = time.perf_counter()
    res = collect(folder, KeyRegistry(registry))
    elapsed = time.perf_counter() - t
    assert res.rejected == []
    return elapsed


def bench_collect(tmp: Path) -> list[dict]:
    from msu_agency.demo import make_demo_packages, synthetic_directory
    from msu_desktop.services.plan_files import shipped_plan

    plan, _ = shipped_plan()
    directory = synthetic_directory(484)
    one = tmp / "x1"
    make_demo_packages(plan, directory, one, "2021-H2")
    four = tmp / "x4"
    keys: dict = {}
    for i, period in enumerate(("2020-H1", "2020-H2", "2021-H1", "2021-H2")):
        make_demo_packages(plan, directory, four / period, period, seed=i, keys=keys)
    rows = []
    for label, folder in (("484", one), ("4 × 484", four)):
        floor = min(_floor(folder) for _ in range(2))
        took = min(_collect(folder, tmp / f"reg-{label}-{i}.json") for i in range(2))
        rows.append(
            result(
                f"agency: collect {label} packages",
                took,
                "unzip + SHA-256 of the same files",
                floor,
            )
        )
    per1 = rows[0]["seconds"] / 484
    per4 = rows[1]["seconds"] / (4 * 484)
    rows[1]["note"] = (
        f"per package {per4 * 1e3:.2f} ms vs {per1 * 1e3:.2f} ms for 484 (linear if ≈)"
    )
    return rows


BENCHMARKS = [bench_collect]
