"""Three synthetic predecessors, each with its own data folder (made-up names, test data):
property with overlapping inventory numbers, a lease, a revaluation, a write-off by a council
decision. And the successor's data folder with the directory that names them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from msu_desktop.domain.municipality import Municipality
from msu_desktop.domain.property import DecisionDraft, LeaseDraft
from msu_desktop.services import directory
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace
from tests.services.directory.helpers import A, B, C, N, after

NAMES = {A: "Тест-Альфа", B: "Тест-Бета", C: "Тест-Гамма"}


def make_predecessor(folder: Path, code: str) -> Path:
    ws = Workspace.open(folder)
    try:
        name = NAMES[code]
        ws.save_municipality(
            Municipality(soate=code, name_ky=name, name_ru=name, secretary_name=f"Секретарь {name}")
        )
        school = ps.add_object(
            ws,
            {
                "inventory_number": "0001",
                "category": "building",
                "name_ru": f"Школа ({name})",
                "area": 300.0,
                "unit": "m2",
                "book_value": 1000.0,
            },
        )
        shed = ps.add_object(
            ws, {"inventory_number": "0002", "category": "building", "name_ru": f"Сарай ({name})"}
        )
        ps.add_object(
            ws,
            {"inventory_number": f"{code[-6:-3]}-own", "category": "vehicle", "name_ru": "Трактор"},
        )
        ps.add_lease(
            ws,
            school,
            LeaseDraft(
                lessee=f"ОсОО Тест-арендатор {name}",
                start=dt.date(2024, 1, 1),
                end=dt.date(2026, 12, 31),
                rent=500.0,
                protocol_number="Т-1",
                protocol_date=dt.date(2023, 12, 20),
            ),
        )
        ps.add_revaluation(ws, school, dt.date(2024, 6, 1), 1200.0, 900.0, "тестовая переоценка")
        ps.dispose(
            ws,
            shed,
            DecisionDraft(f"W-{code[-6:-3]}", dt.date(2024, 5, 5), "write_off", "ветхий сарай"),
        )
        from msu_desktop.services import report_service as rs

        measure = rs.measures_for(ws, "2021-H1")[0].code
        rs.set_value(ws, "2021-H1", measure, "status", "in_progress")
        rs.set_value(ws, "2021-H1", measure, "done", f"Тестовый отчёт {name}")
    finally:
        ws.close()
    return folder


def make_successor(folder: Path) -> Workspace:
    ws = Workspace.open(folder)
    ws.save_municipality(
        Municipality(soate=N, name_ky="Сыноо-Бириккен", name_ru="Тест-Объединённый")
    )
    with ws.transaction() as s:
        directory.store(s, after())
    ps.add_object(
        ws, {"inventory_number": "0001", "category": "land", "name_ru": "Своя земля (успешник)"}
    )
    return ws
