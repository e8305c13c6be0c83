"""The plan's last errors, checked against the seed (issue 13): 1.1.3's Russian title, 1.1.5's
Kyrgyz executors, 1.1.3's Kyrgyz deadline as a structured date shown beside the Russian one,
and Annex 1 section 3's Kyrgyz year kept as the seed has it and flagged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from msu_desktop.domain import programme
from msu_desktop.domain.plan import deadline_text
from msu_desktop.services import plan_service
from tests.conftest import ROOT, run_cli

PLAN = ROOT / "data" / "plan" / "lsg-2018-2023.json"
PROGRAMME = ROOT / "data" / "plan" / "lsg-2018-2023.programme.json"


def measure(doc: dict, code: str) -> dict:
    return next(
        m for d in doc["directions"] for t in d["tasks"] for m in t["measures"] if m["code"] == code
    )


def seed_text(shared_dir: Path) -> str:
    return " ".join(
        " ".join(p.read_text(encoding="utf-8").split()) for p in (shared_dir / "seed").glob("*.txt")
    )


def test_plan_show_json_carries_the_corrections(data_dir: Path) -> None:
    r = run_cli("--data-dir", str(data_dir), "plan", "show", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    m113, m114, m115 = (measure(doc, c) for c in ("1.1.3", "1.1.4", "1.1.5"))
    assert m113["title"]["ru"] == (
        "Внедрение практики и разработка методического руководства об участии местного "
        "сообщества в социальном заказе через органы МСУ"
    )
    assert m113["deadline"]["date"] == "2019-07-28" and m113["deadline"]["date_ky"] == "2019-06-28"
    assert m115["executor_notes"]["ky"].endswith(", КЭУ (макулдашуу боюнча)")
    assert not [x for x in m115["discrepancies"] if x["field"] == "executor_notes"]
    for m in (m113, m114):  # these two are real
        assert [x for x in m["discrepancies"] if x["field"] == "executor_notes"]


def test_both_deadlines_are_shown_and_flags_use_the_russian_one(data_dir: Path, ws) -> None:
    with ws.session() as session:
        plan = plan_service.active_plan(session)
    assert plan is not None
    m = next(x for x in plan.measures if x.code == "1.1.3")
    assert m.deadline.date_ky == dt.date(2019, 6, 28) and m.deadline.last_day == dt.date(
        2019, 7, 28
    )
    for lang in ("ky", "ru"):
        shown = deadline_text(m.deadline, lang)
        assert "28 июля 2019" in shown and "28-июну" in shown
    r = run_cli("--data-dir", str(data_dir), "--lang", "ky", "plan", "show")
    assert "28 июля 2019 года" in r.stdout and "2019-жылдын 28-июну" in r.stdout


def test_annex_section_3_keeps_the_seeds_kyrgyz_year_and_flags_it(shared_dir: Path) -> None:
    doc = json.loads(PROGRAMME.read_text(encoding="utf-8"))
    section = programme.find_section(doc, "3")
    assert section is not None
    ky = " ".join(section["paragraphs"]["ky"])
    assert "2015-жылга салыштырмалуу 2015-жылы" in ky and "салыштырмалуу 2016-жылы" not in ky
    (d,) = section["discrepancies"]
    assert d["ky"] == "2015-жылга салыштырмалуу 2015-жылы"
    for lang in ("ky", "ru"):  # the reader sees the disagreement in either language
        texts = [b.text for b in programme.programme_blocks(doc, lang)]
        assert d["note"][lang] in texts
    assert "2015-жылга салыштырмалуу 2015-жылы" in seed_text(shared_dir)
