"""A status's reason on paper (issue 24, 12): "Не выполнено: причина" once (never "(причина)
(…)"), and a reason left from an earlier status is not printed after the status changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from msu_desktop.services import report_service as rs
from msu_desktop.services.export.report_pdf import write_report_pdf
from tests.paper import PDFTOTEXT, PERIOD, pdf_pages

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is missing")


def test_an_old_reason_is_not_printed_after_the_status_changed(
    ws_with_municipality, tmp_path: Path
) -> None:
    ws = ws_with_municipality
    first, second = (m.code for m in rs.measures_for(ws, PERIOD)[:2])
    rs.set_value(ws, PERIOD, first, "status", "not_completed")
    rs.set_value(ws, PERIOD, first, "reason", "нет средств в бюджете")
    rs.set_value(ws, PERIOD, second, "status", "not_completed")
    rs.set_value(ws, PERIOD, second, "reason", "прежняя причина отказа")
    rs.set_value(ws, PERIOD, second, "status", "completed")  # the reason stays stored
    assert rs.entry_values(ws, PERIOD, second)["reason"].value == "прежняя причина отказа"
    out = write_report_pdf(ws, PERIOD, "ru", tmp_path / "r.pdf")
    text = " ".join(" ".join(pdf_pages(out, layout=False)).split())
    assert "Не выполнено: нет средств в бюджете" in text
    assert "(причина)" not in text
    assert "прежняя причина" not in text
