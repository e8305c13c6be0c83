"""The property part of ``msu-desktop demo``: a realistic aiyl okmotu register (about 60
objects in every category), leases (one ending within 60 days, one expired), council decisions
and a written-off object, so that a training course sees the register at work."""

from __future__ import annotations

import datetime as dt
from typing import Any

from msu_desktop.domain.property import DecisionDraft, LeaseDraft
from msu_desktop.services.property.leases import add_lease
from msu_desktop.services.property.objects import add_object, dispose
from msu_desktop.services.property.valuation import add_revaluation

OBJECTS: list[tuple[str, str, str, float, str, float, int, str]] = [
    # category, name ru, village, area, unit, book value, year, condition
    ("building", "Здание айыл окмоту", "Ак-Тал", 420.0, "m2", 3_850_000, 1978, "satisfactory"),
    ("building", "Дом культуры", "Ак-Тал", 860.0, "m2", 5_200_000, 1969, "poor"),
    ("building", "Здание ФАП", "Баетов", 120.0, "m2", 950_000, 1985, "satisfactory"),
    ("building", "Баня", "Баетов", 180.0, "m2", 700_000, 1972, "emergency"),
    (
        "building",
        "Нежилое помещение (бывшая контора совхоза)",
        "Ак-Тал",
        240.0,
        "m2",
        1_100_000,
        1975,
        "poor",
    ),
    ("land", "Пастбище Кок-Жайык", "Ак-Тал", 1250.0, "ha", 0, 1994, "good"),
    ("land", "Пастбище Жалгыз-Терек", "Баетов", 830.0, "ha", 0, 1994, "good"),
    ("land", "Участок ФПС № 12", "Баетов", 18.5, "ha", 240_000, 1995, "good"),
    ("land", "Участок ФПС № 14", "Ак-Тал", 9.2, "ha", 120_000, 1995, "good"),
    ("land", "Земельный участок под спортплощадку", "Ак-Тал", 0.6, "ha", 60_000, 2012, "good"),
    ("infrastructure", "Водопровод с. Ак-Тал", "Ак-Тал", 6400.0, "m", 7_600_000, 1988, "poor"),
    ("infrastructure", "Мост через р. Нарын", "Ак-Тал", 42.0, "m", 2_300_000, 1999, "satisfactory"),
    (
        "infrastructure",
        "Уличное освещение ул. Ленина",
        "Ак-Тал",
        1800.0,
        "m",
        640_000,
        2019,
        "good",
    ),
    (
        "infrastructure",
        "Дорога Ак-Тал — Баетов (внутрипоселковая)",
        "Баетов",
        3500.0,
        "m",
        2_900_000,
        2005,
        "satisfactory",
    ),
    ("vehicle", "Трактор МТЗ-82", "Ак-Тал", 1, "pcs", 1_450_000, 2016, "satisfactory"),
    ("vehicle", "Автомобиль УАЗ-3909", "Ак-Тал", 1, "pcs", 380_000, 2008, "poor"),
    ("equipment", "Компьютер Dell OptiPlex", "Ак-Тал", 3, "pcs", 165_000, 2020, "good"),
    ("equipment", "Генератор 10 кВт", "Ак-Тал", 1, "pcs", 95_000, 2021, "good"),
    (
        "movable_other",
        "Мебель для зала заседаний",
        "Ак-Тал",
        24,
        "pcs",
        140_000,
        2014,
        "satisfactory",
    ),
    ("shares", "Доля в МП «Ак-Тал Суу»", "Ак-Тал", 1, "pcs", 500_000, 2010, "good"),
]


def step_property(ws: Any, ctx: Any) -> None:
    today = ctx.today
    ids: dict[str, int] = {}
    for i in range(60):
        cat, name, village, area, unit, value, year, cond = OBJECTS[i % len(OBJECTS)]
        if i >= len(OBJECTS):
            name = f"{name} ({i // len(OBJECTS) + 1})"
        ids[name] = add_object(
            ws,
            {
                "inventory_number": f"01{i + 1:04d}",
                "category": cat,
                "name_ru": name,
                "village": village,
                "area": area,
                "unit": unit,
                "book_value": float(value),
                "initial_value": float(value),
                "year": year,
                "condition": cond,
                "use": "own_use",
                "cadastral_code": f"4-07-01-{i + 1:04d}-{ctx.rng.randint(1, 999):04d}"
                if cat in ("building", "land")
                else "",
            },
        )
    add_lease(
        ws,
        ids["Нежилое помещение (бывшая контора совхоза)"],
        LeaseDraft(
            lessee="ИП Токтосунов А.",
            is_person=True,
            start=today - dt.timedelta(days=340),
            end=today + dt.timedelta(days=25),
            rent=6000,
            contract_number="3",
            awarded_by="auction",
            protocol_number="2",
            protocol_date=today - dt.timedelta(days=345),
        ),
    )
    add_lease(
        ws,
        ids["Участок ФПС № 12"],
        LeaseDraft(
            lessee="КФХ «Береке»",
            start=today - dt.timedelta(days=900),
            end=today - dt.timedelta(days=40),
            rent=36000,
            rent_period="year",
            contract_number="11",
            awarded_by="auction",
            protocol_number="7",
        ),
    )
    add_lease(
        ws,
        ids["Участок ФПС № 14"],
        LeaseDraft(
            lessee="ОсОО «Ак-Тал Агро»",
            start=today - dt.timedelta(days=100),
            end=today + dt.timedelta(days=1000),
            rent=18000,
            rent_period="year",
            contract_number="14",
            awarded_by="direct",
            direct_reason="инвестиционное соглашение, решение кенеша № 41",
        ),
    )
    add_revaluation(
        ws,
        ids["Здание айыл окмоту"],
        today - dt.timedelta(days=200),
        4_300_000,
        2_100_000,
        "Переоценка 2021 года, акт комиссии № 5",
    )
    dispose(
        ws,
        ids["Баня"],
        DecisionDraft(
            "45",
            today - dt.timedelta(days=60),
            "write_off",
            "Списать баню в связи с аварийным состоянием (акт обследования № 12)",
        ),
    )
