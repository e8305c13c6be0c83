"""Run every benchmark and print one table: each figure as a ratio to a floor measured in the
same run (the machines are shared and noisy, so absolute seconds mean little on their own).

    python -m bench                 # all of bench/bench_*.py
    python -m bench reports export  # only modules whose name contains one of the words
    python -m bench --list
    python -m bench --compare bench/baseline.json   # mark ratios grown more than 25 %
    python -m bench --save bench/baseline.json      # keep this run's results

Each ``bench/bench_<area>.py`` defines ``BENCHMARKS``: functions ``fn(tmp: Path) -> list[dict]``
with keys name, seconds, floor_name, floor_seconds (and optional note; ``unit`` for a
figure that is not seconds, e.g. MiB). The table is also written to ``bench/results/latest.md``
and ``latest.json`` (git-ignored); ``--save FILE`` writes the JSON elsewhere (the repository
keeps the last quiet run in ``bench/baseline.json``), and ``--compare FILE`` adds a column with
each ratio's change against that saved run, marking with ▲ any ratio that grew more than
``REGRESSION`` (25 %). The machine's load (``os.getloadavg``) and the cores the run may use
(``taskset -c 0 python3 dev.py bench`` simulates a one-core PC) are written with the results.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGRESSION = 0.25  # a ratio grown more than this fraction since the saved run is marked


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


def conditions() -> str:
    """The load when the run started and the cores it may use: figures from a busy machine or
    a one-core run are not comparable with a quiet two-core one."""
    parts = []
    try:
        one, five, _ = os.getloadavg()
        parts.append(f"load {one:.2f} (5 min {five:.2f})")
    except OSError:
        pass
    if hasattr(os, "sched_getaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        if len(cores) < (os.cpu_count() or 1):
            parts.append(f"limited to core(s) {','.join(map(str, cores))}")
    return ", ".join(parts)


def ratio_of(row: dict) -> float:
    return row["seconds"] / row["floor_seconds"] if row["floor_seconds"] else float("nan")


def load_saved(path: Path) -> dict[str, float]:
    """name -> ratio of a run saved with ``--save`` (or ``bench/results/latest.json``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {r["name"]: float(r["ratio"]) for r in data["rows"] if r.get("ratio") is not None}


def compare(ratio: float, old: float | None) -> tuple[str, bool]:
    """The change column's text and whether it is a regression (grown more than 25 %)."""
    if old is None or not old or ratio != ratio or old != old:  # new row, or NaN
        return "new", False
    change = ratio / old - 1
    grew = change > REGRESSION
    return f"{'▲ ' if grew else ''}{change:+.0%} (was {old:.1f}×)", grew


def fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def _file_flags(args: list[str]) -> tuple[Path | None, Path | None] | None:
    """``--compare FILE`` and ``--save FILE`` taken out of ``args``; None (after saying why)
    when a flag has no file."""
    found: dict[str, Path] = {}
    for flag in ("--compare", "--save"):
        if flag in args:
            i = args.index(flag)
            if i + 1 >= len(args):
                print(f"{flag} needs a file", file=sys.stderr)
                return None
            found[flag] = Path(args[i + 1])
            del args[i : i + 2]
    return found.get("--compare"), found.get("--save")


def _run(modules: list[str]) -> tuple[list[dict], int]:
    """Every benchmark of ``modules``, each in a fresh folder: its rows, and how many failed
    (a failed one is a FAILED row, its traceback on stderr)."""
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
    return rows, failed


def _table(rows: list[dict], saved: dict[str, float] | None) -> tuple[list[str], list[str]]:
    """The markdown table's lines (with a "vs saved run" column when ``saved`` is given) and
    the names whose ratio grew too much since the saved run."""
    header = "| benchmark | time | floor | floor time | ratio |"
    rule = "|---|---:|---|---:|---:|"
    if saved is not None:
        header += " vs saved run |"
        rule += "---:|"
    lines = [header + " note |", rule + "---|"]
    regressions = []
    for r in rows:
        ratio = ratio_of(r)
        unit = r.get("unit")
        show = (lambda v, u=unit: f"{v:.0f} {u}") if unit else fmt
        line = (
            f"| {r['name']} | {show(r['seconds'])} | {r['floor_name']} | {show(r['floor_seconds'])} "
            f"| {ratio:.1f}× |"
        )
        if saved is not None:
            text, grew = compare(ratio, saved.get(r["name"]))
            line += f" {text} |"
            if grew:
                regressions.append(r["name"])
        lines.append(f"{line} {r.get('note', '')} |")
    return lines, regressions


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
    args = list(argv)
    files = _file_flags(args)
    if files is None:
        return 2
    compare_with, save_to = files
    saved: dict[str, float] = {}
    if compare_with is not None:
        try:
            saved = load_saved(compare_with)
        except (OSError, ValueError, KeyError) as exc:
            print(f"cannot read the saved run {compare_with}: {exc}", file=sys.stderr)
            return 2
    started = conditions()
    words = [a for a in args if not a.startswith("-")]
    if words:
        modules = [m for m in modules if any(w in m for w in words)]
    rows, failed = _run(modules)
    lines, regressions = _table(rows, saved if compare_with is not None else None)
    ended = conditions()
    stamp = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC — {machine()}"
    stamp += f"; at the start {started}; at the end {ended}"
    table = "\n".join(lines)
    print(f"\n{stamp}\n\n{table}")
    if compare_with is not None:
        if regressions:
            print(
                f"\n▲ {len(regressions)} ratio(s) grew more than {REGRESSION:.0%} since {compare_with}:"
            )
            print("\n".join(f"  {name}" for name in regressions))
        else:
            print(f"\nno ratio grew more than {REGRESSION:.0%} since {compare_with}")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(f"{stamp}\n\n{table}\n", encoding="utf-8")
    record = {
        "stamp": stamp,
        "rows": [
            {
                **{k: r.get(k) for k in ("name", "seconds", "floor_name", "floor_seconds", "unit")},
                "ratio": None if ratio_of(r) != ratio_of(r) else round(ratio_of(r), 3),
            }
            for r in rows
        ],
    }
    text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    (out / "latest.json").write_text(text, encoding="utf-8")
    if save_to is not None:
        save_to.write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
