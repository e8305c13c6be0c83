"""Who is late, judged once: the agency's own plan (a moved deadline, found in the agency's
plans/ folder without --plan) against the day the agency received each stick -- never the
office's clock. The consolidated xlsx and PDF say the same."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from msu_agency.collect import DirectoryEntry
from msu_agency.demo import demo_data
from msu_desktop.domain.plan import plan_from_dict
from msu_desktop.i18n import tr
from msu_desktop.services.package.build import write_signed_package
from msu_exchange.documents import shipped_plan
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli

PERIOD = "2021-H2"
A = DirectoryEntry("41708000000011", "Тест-Биринчи", "Тест району", "Чуйская область")
B = DirectoryEntry("41708000000012", "Тест-Экинчи", "Тест району", "Чуйская область")
C = DirectoryEntry("41708000000013", "Тест-Үчүнчү", "Тест району", "Чуйская область")


def _moved_plan(agency: Path) -> None:
    """Version 2 of the shipped plan, as the agency issued it: 2021-H2 due on 20 January."""
    _, doc = shipped_plan()
    v2 = copy.deepcopy(doc)
    v2["version"] = doc["version"] + 1
    v2["reporting"]["deadline_overrides"] = [{"period": PERIOD, "due": "2022-01-20"}]
    plan_from_dict(v2)
    (agency / "plans").mkdir(parents=True)
    (agency / "plans" / "plan-v2.json").write_text(json.dumps(v2, ensure_ascii=False), "utf-8")


def _package(folder: Path, entry: DirectoryEntry, created: dt.datetime) -> Path:
    plan, _ = shipped_plan()
    data = demo_data(plan, entry, PERIOD, random.Random(entry.soate))
    return write_signed_package(
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
        created=created,
    )


def _collect(
    tmp_path: Path, usb: Path, received: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "--data-dir",
        str(tmp_path / "agency"),
        "--lang",
        "ru",
        "collect",
        str(usb),
        "--out",
        str(tmp_path / "r.xlsx"),
        "--pdf",
        str(tmp_path / "r.pdf"),
        "--received",
        received,
        *extra,
        tool="agency",
    )


def test_late_is_judged_by_the_agencys_receipt_and_the_plans_moved_deadline(tmp_path: Path) -> None:
    _moved_plan(tmp_path / "agency")
    directory = tmp_path / "directory.csv"
    directory.write_text(
        "soate,name_ru,rayon,oblast\n"
        + "".join(f"{e.soate},{e.name},{e.rayon},{e.oblast}\n" for e in (A, B, C)),
        "utf-8",
    )
    usb = tmp_path / "usb"
    # A: received by the agency on 19 January: on time only because the plan moved the
    # deadline from the 15th to the 20th
    _package(usb, A, dt.datetime(2022, 1, 19, 9, tzinfo=dt.UTC))
    first = _collect(tmp_path, usb, "19.01.2022", "--directory", str(directory))
    assert first.returncode == 0, first.stdout + first.stderr
    # B: its clock was a year behind ("created" 2021), the stick came on 21 January 2022
    _package(usb, B, dt.datetime(2021, 1, 21, 9, tzinfo=dt.UTC))
    second = _collect(tmp_path, usb, "21.01.2022", "--directory", str(directory))
    assert second.returncode == 0, second.stdout + second.stderr

    wb = load_workbook(tmp_path / "r.xlsx", read_only=True)
    packages = {r[0]: r for r in list(wb.worksheets[2].iter_rows(values_only=True))[1:]}
    yes = tr("Agency", "yes", "ru")
    # A keeps the day its stick first came (19.01), B is late by the agency's receipt
    assert packages[A.soate][6] == "19.01.2022" and packages[A.soate][7] in ("", None)
    assert packages[B.soate][6] == "21.01.2022" and packages[B.soate][7] == yes
    sheet5 = list(wb.worksheets[4].iter_rows(values_only=True))
    assert "20.01.2022" in str(sheet5[0][0])  # the plan's moved deadline, not the 15th
    problems = {r[0]: r[4] for r in sheet5[2:]}
    assert problems == {
        C.soate: tr("Agency", "no package", "ru"),
        B.soate: tr("Agency", "late: received {date}", "ru", date="21.01.2022"),
    }
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "20.01.2022" in pdf
    assert B.soate in pdf and A.soate not in pdf  # the PDF names the same late office


def test_a_bad_day_of_receipt_is_refused_in_words_and_changes_nothing(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    _package(usb, A, dt.datetime(2022, 1, 10, tzinfo=dt.UTC))
    for bad in ("32.01.2022", "31.12.2999"):
        r = _collect(tmp_path, usb, bad)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "Traceback" not in r.stderr and r.stderr.strip()
        assert not (tmp_path / "r.xlsx").exists()
        assert not (tmp_path / "agency" / "received.json").exists()
