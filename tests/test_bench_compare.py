"""The bench remembers: a saved run is read back and a ratio grown more than 25 % is marked."""

from __future__ import annotations

import json
from pathlib import Path

from bench.__main__ import compare, load_saved


def test_a_saved_run_is_compared_ratio_by_ratio(tmp_path: Path) -> None:
    saved = tmp_path / "baseline.json"
    saved.write_text(
        json.dumps(
            {
                "stamp": "2026-12-06",
                "rows": [
                    {"name": "start", "seconds": 0.9, "floor_seconds": 0.3, "ratio": 3.0},
                    {"name": "failed", "seconds": None, "floor_seconds": None, "ratio": None},
                ],
            }
        ),
        encoding="utf-8",
    )
    old = load_saved(saved)
    assert old == {"start": 3.0}
    assert compare(3.9, old.get("start")) == ("▲ +30% (was 3.0×)", True)
    assert compare(3.6, old.get("start")) == ("+20% (was 3.0×)", False)
    assert compare(2.4, old.get("start")) == ("-20% (was 3.0×)", False)
    assert compare(5.0, old.get("new row")) == ("new", False)
    assert compare(float("nan"), 3.0) == ("new", False)
