"""Demo report packages from N municipalities: real, signed packages (data.json with every
measure local self-government takes part in, realistic statuses, indicators and money), for
tests, benchmarks and training. Names come from a СОАТЕ directory CSV when given.

The demo packages carry ``data.json`` but not the Excel and PDF files (building 484 PDFs would
make the demo take minutes); ``msu-desktop export`` builds the full package of a real office.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from msu_agency.collect import DirectoryEntry, period_due
from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import Plan
from msu_desktop.services.package.build import write_signed_package
from msu_exchange.signing.minisign import SecretKey

OBLASTS = [
    "Баткенская область",
    "Джалал-Абадская область",
    "Иссык-Кульская область",
    "Нарынская область",
    "Ошская область",
    "Таласская область",
    "Чуйская область",
]
DONE = [
    "Проведены собрания жителей, протоколы опубликованы.",
    "Утверждён план, назначены ответственные.",
    "Жаңы тартип айылдык кеңештин токтому менен бекитилди.",
    "Проведено обучение специалистов.",
]


def synthetic_directory(n: int) -> list[DirectoryEntry]:
    return [
        DirectoryEntry(
            soate=f"41707{i:09d}",
            name=f"Демо айылный аймак №{i + 1}",
            rayon=f"Демо район {i % 40 + 1}",
            oblast=OBLASTS[i % len(OBLASTS)],
        )
        for i in range(n)
    ]


def demo_data(
    plan: Plan, entry: DirectoryEntry, period_id: str, rng: random.Random
) -> dict[str, Any]:
    spec = next(p for p in plan_periods(plan) if p.id == period_id)
    measures = []
    by_status: dict[str, int] = {}
    money_total = 0.0
    money_by_source: dict[str, float] = {}
    for m in plan.lsg_measures():
        status = rng.choices(
            ["completed", "in_progress", "not_started", "not_completed", "not_applicable"],
            weights=[5, 3, 1, 1, 1],
        )[0]
        by_status[status] = by_status.get(status, 0) + 1
        money = {}
        if status in ("completed", "in_progress"):
            for src in ("local_budget", "donors"):
                if rng.random() < 0.6:
                    v = round(rng.uniform(1000, 90000), 2)
                    money[src] = f"{v:.2f}"
                    money_by_source[src] = money_by_source.get(src, 0) + v
                    money_total += v
        measures.append(
            {
                "code": m.code,
                "direction": m.direction_code,
                "task": m.task_code,
                "title": m.title,
                "lsg_participates": True,
                "deadline": m.deadline.last_day.isoformat() if m.deadline.last_day else None,
                "deadline_missed": bool(
                    m.deadline.last_day and m.deadline.last_day < spec.end and status != "completed"
                ),
                "status": status,
                "reason": "" if status != "not_completed" else "нет средств",
                "done": rng.choice(DONE) if status in ("completed", "in_progress") else "",
                "start_date": None,
                "end_date": None,
                "evidence": "",
                "indicators": {
                    "events_held": str(rng.randint(0, 6)),
                    "participants": str(rng.randint(0, 120)),
                    "trained_women": str(rng.randint(0, 15)),
                    "trained_men": str(rng.randint(0, 15)),
                },
                "money": money,
                "money_total": f"{sum(float(v) for v in money.values()):.2f}",
                "problems": "",
                "proposals": "",
                "attachments": [],
            }
        )
    return {
        "schema_version": 1,
        "municipality": {
            "soate": entry.soate,
            "name": {"ky": entry.name, "ru": entry.name},
            "rayon": entry.rayon,
            "oblast": entry.oblast,
            "head": "",
            "secretary": "",
        },
        "plan": {"id": plan.plan_id, "version": plan.version},
        "period": {
            "id": period_id,
            "start": spec.start.isoformat(),
            "end": spec.end.isoformat(),
            "due": spec.due.isoformat(),
            "state": "approved",
            "approved_by": "",
            "approved_on": None,
        },
        "summary": {
            "measures": len(measures),
            "reported": len(measures),
            "by_status": by_status,
            "deadline_missed": sum(1 for x in measures if x["deadline_missed"]),
            "money_by_source": {k: f"{v:.2f}" for k, v in money_by_source.items()},
            "money_total": f"{money_total:.2f}",
        },
        "measures": measures,
        "removed_measures": [],
        "property": None,
    }


def make_demo_packages(
    plan: Plan,
    directory: list[DirectoryEntry],
    out: Path,
    period_id: str,
    *,
    seed: int = 2022,
    keys: dict[str, SecretKey] | None = None,
) -> list[Path]:
    """``keys``: pass the same dict for several periods so each office keeps its key."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    due = period_due(period_id)
    paths = []
    for entry in directory:
        # a demo municipality's key (demo data, not a real office)
        key = (
            keys.setdefault(entry.soate, SecretKey.generate())
            if keys is not None
            else SecretKey.generate()
        )
        data = demo_data(plan, entry, period_id, rng)
        created = dt.datetime.combine(
            due - dt.timedelta(days=rng.randint(-3, 12)), dt.time(10, 0), tzinfo=dt.UTC
        )
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        paths.append(
            write_signed_package(
                out,
                f"{entry.soate}_{period_id}_0001",
                key,
                soate=entry.soate,
                names={"ky": entry.name, "ru": entry.name},
                period_id=period_id,
                plan=data["plan"],
                sequence=1,
                lang="ru",
                members=[("data.json", payload)],
                created=created,
            )
        )
    return paths
