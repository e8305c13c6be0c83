"""In the office, after a new programme is installed: the current half-year comes first, and
the periods that ended before the installation read as an archive -- never "overdue by 874
days". The deadlines are the plan's (its rule and its moved deadline)."""

from __future__ import annotations

import copy
import datetime as dt
import json

from sqlalchemy import update

from msu_desktop import assets
from msu_desktop.domain.period import ARCHIVE
from msu_desktop.domain.plan import plan_from_dict
from msu_desktop.services import plan_service, settings
from msu_desktop.services.report import periods as rp
from msu_desktop.services.report.dashboard import dashboard
from msu_desktop.storage.models.plan import PlanVersion
from msu_exchange.documents import shipped_plan


def _test_programme() -> dict:
    """A made-up TEST programme 2024-2028 (the shipped plan's measures, new years and rule)."""
    _, doc = shipped_plan()
    doc = copy.deepcopy(doc)
    doc["plan_id"] = "TEST-programme-2024"
    doc["valid_from"], doc["valid_to"] = "2024-01-01", "2028-12-31"
    doc["reporting"].pop("periods")
    doc["reporting"]["deadline_overrides"] = [{"period": "2026-H2", "due": "2026-12-20"}]
    return doc


def test_a_programme_installed_today_opens_on_the_current_half_year(ws) -> None:
    doc = _test_programme()
    plan = plan_from_dict(doc)
    with ws.transaction() as s:
        plan_service.install_plan(s, plan, doc, source="TEST package")
        rules = json.loads(assets.data_path("forms", "report_rules.json").read_text("utf-8"))
        rules["plan_ids"] = [plan.plan_id]  # as its plan package would bring them
        plan_service.store_plan_document(
            s, plan.plan_id, "report_rules.json", json.dumps(rules, ensure_ascii=False)
        )
        s.execute(
            update(PlanVersion)
            .where(PlanVersion.plan_id == plan.plan_id)
            .values(installed_at=dt.datetime(2026, 12, 1, 9, 0))
        )
    ws.choose_plan(plan.plan_id)
    settings.AS_OF.set(ws, dt.date(2026, 12, 6))
    assert ws.plan().plan_id == plan.plan_id

    board = dashboard(ws)
    assert board.next_due is not None and board.next_due.period.id == "2026-H2"
    assert board.next_due.period.due == dt.date(2026, 12, 20)  # the plan's moved deadline
    states = {c.period.id: c.timeliness for c in board.periods}
    assert [p for p, st in states.items() if st == ARCHIVE] == [
        "2024-H1",
        "2024-H2",
        "2025-H1",
        "2025-H2",
        "2026-H1",
    ]
    assert "overdue" not in states.values()
    assert states["2026-H2"] == "current" and states["2028-H2"] == "future"
    infos = {p.id: p.timeliness for p in rp.periods(ws)}
    assert infos == states  # the period list says the same as the dashboard

    # once the moved deadline has passed without a report, the period is overdue
    late = {p.id: p.timeliness for p in rp.periods(ws, dt.date(2026, 12, 21))}
    assert late["2026-H2"] == "overdue" and late["2024-H1"] == ARCHIVE
