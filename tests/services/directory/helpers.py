"""Synthetic directory versions (made-up names, clearly test data): three predecessors merged
into a new code on 2025-01-01, and one rename with a new code on 2025-07-01."""

from __future__ import annotations

import datetime as dt

from msu_desktop.domain.municipality import DirectoryRecord

A, B, C = "41799123101000", "41799123102000", "41799123103000"
N = "41799123200000"  # the merged one
R_OLD, R_NEW = "41799123301000", "41799123302000"  # a rename with a new code
MERGER = dt.date(2025, 1, 1)
RENAME = dt.date(2025, 7, 1)


def rec(code: str, ru: str, **kw) -> DirectoryRecord:
    return DirectoryRecord(
        code, ru.replace("Тест", "Сыноо"), ru, "Тестовый район", "Тестовая область", **kw
    )


def before() -> list[DirectoryRecord]:
    return [
        rec(A, "Тест-Альфа"),
        rec(B, "Тест-Бета"),
        rec(C, "Тест-Гамма"),
        rec(R_OLD, "Тест-Старое"),
    ]


def after(merger: dt.date = MERGER) -> list[DirectoryRecord]:
    end = merger - dt.timedelta(days=1)
    return [
        rec(A, "Тест-Альфа", valid_until=end),
        rec(B, "Тест-Бета", valid_until=end),
        rec(C, "Тест-Гамма", valid_until=end),
        rec(
            N,
            "Тест-Объединённый",
            valid_from=merger,
            succeeded=(A, B, C),
            decision="Тестовое постановление № 1",
        ),
        rec(R_OLD, "Тест-Старое", valid_until=RENAME - dt.timedelta(days=1)),
        rec(R_NEW, "Тест-Новое", valid_from=RENAME, succeeded=(R_OLD,)),
    ]
