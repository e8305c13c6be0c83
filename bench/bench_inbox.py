"""The inbox in the last hour before the 15th, under attack: 265 offices upload 1-3 times each
(sequences 1..k of their period, 32 at a time, over loopback, to a real ``msu-agency serve``)
while an attacker sends junk of the same size at the same rate from addresses it rotates (the
junk budget per address is lifted, so every junk body is read and verified). Measured in the
same run: the same uploads without the attack, and the floor of writing the same files the way
the inbox must (temporary name, fsync, rename). Also the server's peak resident memory
(VmRSS from /proc) during the attack and its CPU time. A second floor (bench/inbox_floor_server.py):
the same uploads to a bare uvicorn app that only keeps each body, so that the ratio to it is
the inbox's own work. Goal: honest uploads slowed no more than 2x."""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import result

N = 265
WORKERS = 32


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


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class FloorServer:
    """bench/inbox_floor_server.py in a child process: uvicorn receiving and keeping the bodies."""

    def __init__(self, folder: Path) -> None:
        root = Path(__file__).resolve().parents[1]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.inbox_floor_server", str(folder)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            self.stop()
            raise RuntimeError("the floor server did not start")
        self.url = f"http://127.0.0.1:{found.group(1)}/api/v1/packages"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        if self.proc.stdout:
            self.proc.stdout.close()


def _cpu_seconds(pid: int) -> float:
    """The user + system CPU time a process has used so far (from /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _round(
    tmp: Path, offices: list[list[Path]], attack: bool, floor: bool = False
) -> dict[str, float]:
    from tests.inbox_helpers import InboxProcess, Keys, post

    server: InboxProcess | FloorServer
    if floor:
        server = FloorServer(tmp / "received")
    else:
        keys = Keys(tmp / "keys")
        server = InboxProcess(
            tmp / "inbox", keys.inbox_key_path, "--junk-per-minute", "1000000", "--per-minute", "20"
        )
        for seqs in offices:
            server.expect_packages(seqs[0])
    honest = [p for seqs in offices for p in seqs]  # an office's sequences in order
    rng = random.Random(7)
    jobs: list[tuple[bool, Path | bytes]] = [(True, p) for p in honest]
    if attack:  # as many junk bodies as honest uploads, of the same sizes, interleaved
        jobs = [j for p in honest for j in ((True, p), (False, os.urandom(p.stat().st_size)))]
    latencies: list[float] = []
    statuses: list[int] = []
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_mib(server.proc.pid))
            stop.wait(0.05)

    def office(batch: list[tuple[bool, Path | bytes]]) -> None:
        for job in batch:  # one office's uploads, one after another
            one(job)

    def one(job: tuple[bool, Path | bytes]) -> None:
        is_honest, what = job
        if not is_honest:
            post(server.url, what if isinstance(what, bytes) else b"", f"{rng.random()}_junk")
            return
        assert isinstance(what, Path)
        t = time.perf_counter()
        status, _ = post(server.url, what.read_bytes(), what.name)
        latencies.append(time.perf_counter() - t)
        statuses.append(status)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        cpu_before = _cpu_seconds(server.proc.pid)
        t = time.perf_counter()
        # one office's sequences go one after another (as its outbox sends them)
        by_office: list[list[tuple[bool, Path | bytes]]] = []
        i = 0
        for seqs in offices:
            step = len(seqs) * (2 if attack else 1)
            by_office.append(jobs[i : i + step])
            i += step
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            list(pool.map(office, by_office))
        took = time.perf_counter() - t
        cpu = _cpu_seconds(server.proc.pid) - cpu_before
    finally:
        stop.set()
        sampler.join(timeout=10)
        server.stop()
    assert sorted(set(statuses)) == [201], sorted(set(statuses))
    latencies.sort()
    return {
        "took": took,
        "n": len(honest),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "median": statistics.median(latencies),
        "peak": peak[0],
        "cpu": cpu,
    }


def offices_packages(tmp: Path) -> list[list[Path]]:
    """The N synthetic offices' packages, each office's sequences 1..k (k from 1 to 3)."""
    from msu_agency.demo import synthetic_directory
    from msu_exchange.signing.minisign import SecretKey
    from tests.inbox_helpers import package

    rng = random.Random(265)
    offices: list[list[Path]] = []
    for entry in synthetic_directory(N):
        key = SecretKey.generate()  # TEST key of a synthetic office
        times = rng.randint(1, 3)
        offices.append(
            [package(tmp / "usb" / entry.soate, key, entry, seq) for seq in range(1, times + 1)]
        )
    return offices


def bench_inbox(tmp: Path) -> list[dict]:
    offices = offices_packages(tmp)
    calm = _round(tmp / "calm", offices, attack=False)
    attacked = _round(tmp / "attacked", offices, attack=True)
    bare = min(
        (_round(tmp / f"bare{i}", offices, attack=False, floor=True) for i in range(2)),
        key=lambda r: r["took"],
    )
    paths = [p for seqs in offices for p in seqs]
    floor = min(_floor(paths, tmp / f"floor{i}") for i in range(2))
    n = attacked["n"]
    return [
        result(
            f"inbox: {N} offices upload {n} packages, no attack",
            calm["took"],
            "write the same files (temp + fsync + rename)",
            floor,
            note=f"{n / calm['took']:.0f} uploads/s; p95 {calm['p95'] * 1e3:.0f} ms per upload "
            f"({WORKERS} at once); peak VmRSS {calm['peak']:.0f} MiB; server CPU "
            f"{calm['cpu']:.2f} s",
        ),
        result(
            f"inbox: the same while an attacker sends {n} junk bodies",
            attacked["took"],
            "write the same files (temp + fsync + rename)",
            floor,
            note=f"{n / attacked['took']:.0f} honest uploads/s; p95 "
            f"{attacked['p95'] * 1e3:.0f} ms per honest upload "
            f"({attacked['p95'] / calm['p95']:.2f}x the calm p95); "
            f"peak VmRSS {attacked['peak']:.0f} MiB; server CPU {attacked['cpu']:.2f} s",
        ),
        result(
            f"inbox: {N} offices upload {n} packages, no attack (vs a bare server)",
            calm["took"],
            "the same uploads to a bare uvicorn app that keeps each body (temp + fsync + "
            "rename + folder fsync), no checks",
            bare["took"],
            note=f"the bare server: {n / bare['took']:.0f} uploads/s, p95 "
            f"{bare['p95'] * 1e3:.0f} ms, CPU {bare['cpu']:.2f} s; the difference is the "
            "inbox's own work per upload",
        ),
    ]


BENCHMARKS = [bench_inbox]
