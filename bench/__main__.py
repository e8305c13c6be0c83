"""Run every benchmark and print one table: each figure as a ratio to a floor measured in the
same run (the machines are shared and noisy, so absolute seconds mean little on their own).

    python -m bench                 # all of bench/bench_*.py
    python -m bench reports export  # only modules whose name contains one of the words
    python -m bench --list

Each ``bench/bench_<area>.py`` defines ``BENCHMARKS``: functions ``fn(tmp: Path) -> list[dict]``
with keys name, seconds, floor_name, floor_seconds (and optional note; ``unit`` for a
figure that is not seconds, e.g. MiB). The table is also written
to ``bench/results/latest.md`` (git-ignored).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MSU_LANG", "ru")
    sys.path.insert(0, str(HERE.parent))
    # start-up first: a child's peak-memory figure can include the parent's pages, so the
    # parent must still be small when it is measured
    modules = sorted(
        (p.stem for p in HERE.glob("bench_*.py")), key=lambda m: (m != "bench_startup", m)
    )
    if "--list" in argv:
        print("\n".join(modules))
        return 0
    words = [a for a in argv if not a.startswith("-")]
    if words:
        modules = [m for m in modules if any(w in m for w in words)]
    rows: list[dict] = []
    failed = 0
    for name in modules:
        mod = importlib.import_module(f"bench.{name}")
        for fn in getattr(mod, "BENCHMARKS", []):
            with tempfile.TemporaryDirectory(prefix="msu-bench-") as tmp:
                print(f"… {name}.{fn.__name__}", file=sys.stderr, flush=True)
                try:
                    rows.extend(fn(Path(tmp)))
                except Exception:
                    failed += 1
                    traceback.print_exc()
                    rows.append(
                        {
                            "name": f"{name}.{fn.__name__}",
                            "seconds": float("nan"),
                            "floor_name": "FAILED",
                            "floor_seconds": float("nan"),
                            "note": "",
                        }
                    )
    header = (
        "| benchmark | time | floor | floor time | ratio | note |\n|---|---:|---|---:|---:|---|"
    )
    lines = [header]
    for r in rows:
        ratio = r["seconds"] / r["floor_seconds"] if r["floor_seconds"] else float("nan")
        unit = r.get("unit")
        show = (lambda v, u=unit: f"{v:.0f} {u}") if unit else fmt
        lines.append(
            f"| {r['name']} | {show(r['seconds'])} | {r['floor_name']} | {show(r['floor_seconds'])} "
            f"| {ratio:.1f}× | {r.get('note', '')} |"
        )
    stamp = f"{dt.date.today().isoformat()} — {machine()}"
    table = "\n".join(lines)
    print(f"\n{stamp}\n\n{table}")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(f"{stamp}\n\n{table}\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
