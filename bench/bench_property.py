"""The property register with 10,000 objects: opening the page (query + model) and one filter
keystroke (proxy filter + totals), against the floor of a bare SQLite query of the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.common import median_seconds, result


def bench_register(tmp: Path) -> list[dict]:
    import random

    from PySide6.QtWidgets import QApplication

    from msu_desktop.services import property_service as ps
    from msu_desktop.services.workspace import Workspace
    from msu_desktop.storage.models.property import PropertyObject

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(tmp / "register")
    rng = random.Random(1)
    villages = ["Ак-Тал", "Баетов", "Кара-Суу", "Жаңы-Жол", "Өзгөн"]
    with ws.transaction() as s:
        s.add_all(
            PropertyObject(
                inventory_number=f"{i:06d}",
                category=rng.choice(ps.category_ids()),
                name_ru=f"Объект {i} {rng.choice(['здание', 'участок', 'водопровод', 'трактор'])}",
                village=rng.choice(villages),
                area=rng.uniform(1, 5000),
                unit="m2",
                book_value=rng.uniform(1000, 5e6),
                condition=rng.choice(["good", "poor", "satisfactory"]),
                use=rng.choice(["own_use", "leased", "vacant"]),
            )
            for i in range(10_000)
        )

    def bare() -> None:
        con = sqlite3.connect(ws.db_path)
        con.execute(ps.ROW_SQL).fetchall()
        con.close()

    from msu_desktop.gui.property import PropertyPage

    def open_page() -> None:
        page = PropertyPage(ws, "ru")
        page.deleteLater()
        app.processEvents()

    page = PropertyPage(ws, "ru")
    words = iter(
        ["о", "об", "объ", "объе", "объек", "объект", "объект 1", "объект 12", "здан", ""] * 50
    )

    def keystroke() -> None:
        page.search.setText(next(words))

    floor = median_seconds(bare)
    rows = [
        result(
            "property: open the register page (10,000 objects)",
            median_seconds(open_page, 5),
            "bare SQLite query of the rows",
            floor,
        ),
        result(
            "property: one filter keystroke (10,000 objects)",
            median_seconds(keystroke, 9),
            "bare SQLite query of the rows",
            floor,
        ),
    ]
    ws.close()
    return rows


BENCHMARKS = [bench_register]
