"""The agency judges who is missing by the directory valid for the period: before the merger
the predecessors are expected, from it the successor (collect's consolidated xlsx and the
function the staff page calls)."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook

from msu_agency.collect import Collected, entries_for_period, missing, read_directory_csv
from msu_desktop.services import directory
from tests.conftest import run_cli
from tests.services.directory.helpers import R_OLD, A, B, C, N, after

MERGER = dt.date(2022, 1, 1)  # inside the shipped plan's periods


def _dir(tmp_path):
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(directory.document_of(after(MERGER)), ensure_ascii=False), "utf-8")
    return path


def test_missing_before_and_after_the_merger(tmp_path) -> None:
    entries = read_directory_csv([_dir(tmp_path)])
    before = {e.soate for e in missing(entries, Collected(), "2021-H2")}
    since = {e.soate for e in missing(entries, Collected(), "2022-H1")}
    assert before == {A, B, C, R_OLD}
    assert since == {N, R_OLD}
    assert {e.soate for e in entries_for_period(entries, "2022-H1")} == {N, R_OLD}


def test_the_consolidated_xlsx_lists_the_expected_by_the_period(tmp_path) -> None:
    empty = tmp_path / "stick"
    empty.mkdir()
    seen = {}
    for period in ("2021-H2", "2022-H1"):
        out = tmp_path / f"{period}.xlsx"
        r = run_cli(
            "--data-dir",
            str(tmp_path / "agency"),
            "collect",
            str(empty),
            "--out",
            str(out),
            "--directory",
            str(_dir(tmp_path)),
            "--period",
            period,
            tool="agency",
        )
        assert out.is_file(), r.stderr
        wb = load_workbook(out)
        sheet = next(
            ws
            for ws in wb
            if "Missing" in ws.title or "Не сдали" in ws.title or "missing" in ws.title.casefold()
        )
        seen[period] = {
            c
            for row in sheet.iter_rows(values_only=True)
            for c in row
            if isinstance(c, str) and c.startswith("417")
        }
    assert {A, B, C} <= seen["2021-H2"] and N not in seen["2021-H2"]
    assert N in seen["2022-H1"] and not ({A, B, C} & seen["2022-H1"])
