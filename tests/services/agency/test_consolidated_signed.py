"""The consolidated report an official signs: headers in words, counts as whole numbers with a
totals row, the date, the agency and a signature block, an unapproved report marked on every
line that counts it, and the plan's measure titles -- in the xlsx and in the PDF."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from msu_agency.collect import DirectoryEntry, KeyRegistry, collect
from msu_agency.demo import demo_data, synthetic_directory
from msu_agency.report import write_consolidated_pdf, write_consolidated_xlsx
from msu_desktop.i18n import pick, tr
from msu_desktop.services.package.build import write_signed_package
from msu_exchange.documents import shipped_plan
from msu_exchange.signing.minisign import SecretKey

PERIOD = "2021-H2"
AGENCY = "ТЕСТ агентство"


def _package(folder: Path, entry: DirectoryEntry, seed: int, approved: bool) -> dict:
    plan, _ = shipped_plan()
    data = demo_data(plan, entry, PERIOD, random.Random(seed))
    if not approved:
        data["period"]["state"] = "complete"  # the head has not approved it
    write_signed_package(
        folder,
        f"{entry.soate}_{PERIOD}_0001",
        SecretKey.generate(),  # TEST key of a made-up office
        soate=entry.soate,
        names={"ky": entry.name, "ru": entry.name},
        period_id=PERIOD,
        plan=data["plan"],
        sequence=1,
        lang="ru",
        app_version="test",
        members=[("data.json", json.dumps(data).encode())],
    )
    return data


def test_the_consolidated_report_is_one_an_official_signs(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    entries = synthetic_directory(3)
    datas = [_package(usb, e, i, approved=i != 1) for i, e in enumerate(entries)]
    unapproved_codes = {m["code"] for m in datas[1]["measures"] if m.get("status")}
    result = collect(
        usb, KeyRegistry(tmp_path / "reg.json"), now=dt.datetime(2022, 2, 1, tzinfo=dt.UTC)
    )
    result.agency = AGENCY
    xlsx = write_consolidated_xlsx(result, tmp_path / "r.xlsx", "ru", PERIOD)
    ws = load_workbook(xlsx).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    head = rows[2]
    assert tr("Agency", "Reported", "ru") in head and "Выполнено" in head and "В процессе" in head
    assert not {"completed", "in_progress", "not_started"} & set(head)
    assert not any(isinstance(h, str) and h.endswith(", som") and "_" in h for h in head)
    mark_col = len(head) - 1
    total_row = next(i for i, r in enumerate(rows) if r[1] == tr("Agency", "Total", "ru"))
    body = rows[3:total_row]
    plan, _ = shipped_plan()
    for r in body:
        assert r[1] == pick(plan.measure(r[0]).title, "ru")  # titles from the plan
        marked = r[0] in unapproved_codes
        assert bool(r[mark_col]) == marked, r  # marked on every line that counts it
    # counts: whole numbers shown as such, and the totals row adds them up
    for col in range(2, 2 + 6):
        cells = [ws.cell(4 + i, col + 1) for i in range(len(body))]
        assert all(c.number_format == "0" for c in cells)
        assert Decimal(str(rows[total_row][col])) == sum(Decimal(str(c.value or 0)) for c in cells)
    tail = " ".join(str(c) for r in rows[total_row + 1 :] for c in r if c)
    assert "01.02.2022" in tail and AGENCY in tail and "____" in tail

    pdf = write_consolidated_pdf(result, tmp_path / "r.pdf", "ru", PERIOD)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    first = pick(plan.measure(body[0][0]).title, "ru")
    assert first.split()[0] in text and first.split()[1] in text  # the title column is filled
    assert tr("Agency", "Total", "ru") in text and AGENCY in text and "01.02.2022" in text
    assert text.count("не утвержд") >= 1
