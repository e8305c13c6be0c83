"""The merger at the agency (issue 25), against a real ``msu-agency serve`` and chromium: a
synthetic directory (made-up names, clearly test data) in which three predecessors merged into
one on 01.01.2022. For a period before the merger the staff page and the consolidated xlsx
expect the predecessors, for one after it the successor; their missing and late lists agree.
The predecessors' past reports stand under their successor ("former X") on the page of merged
municipalities, in the xlsx and in the PDF."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest
from openpyxl import load_workbook

from msu_agency.collect import DirectoryEntry
from msu_desktop.i18n import tr
from msu_desktop.services import directory
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, add_staff, browser_login, package, post
from tests.services.directory.helpers import R_NEW, R_OLD, A, B, C, N, after
from tests.services.inbox.test_inbox_web import _browser, _wait

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
STAFF_PASSWORD = "staff-test-password"  # TEST password, not a secret
MERGER = dt.date(2022, 1, 1)  # inside the shipped plan's periods
BEFORE, SINCE = "2021-H2", "2022-H1"
RAYON, OBLAST = "Тестовый район", "Тестовая область"


def _entry(code: str, name: str) -> DirectoryEntry:
    return DirectoryEntry(code, name, RAYON, OBLAST)


def _page_lists(driver, base: str, period: str) -> tuple[set[str], set[str], set[str]]:
    """(listed, missing, late) СОАТЕ codes of the staff page's table for ``period``."""
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/staff/?period={period}&lang=ru")
    table = _wait(driver, By.ID, "municipalities")
    listed, missing, late = set(), set(), set()
    for row in table.find_elements(By.CSS_SELECTOR, "tr[data-soate]"):
        code = row.get_attribute("data-soate")
        listed.add(code)
        submitted = bool(row.find_elements(By.CSS_SELECTOR, "a"))
        if not submitted:
            missing.add(code)
        elif row.find_elements(By.CSS_SELECTOR, "td.late"):
            late.add(code)
    return listed, missing, late


def _xlsx(base: str, cookie: str, period: str, out: Path):
    request = urllib.request.Request(
        f"{base}/staff/consolidated.xlsx?period={period}&lang=ru",
        headers={"Cookie": f"msu_staff={cookie}"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        out.write_bytes(response.read())
    return load_workbook(out)


def _xlsx_lists(wb) -> tuple[set[str], set[str]]:
    """(missing, late) from the sheet «Missing and late»."""
    sheet = wb[tr("Agency", "Missing and late", "ru")[:31]]
    no_package = tr("Agency", "no package", "ru")
    missing, late = set(), set()
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if not row[0]:
            continue
        (missing if row[4] == no_package else late).add(row[0])
    return missing, late


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed"
)
@pytest.mark.slow  # a real browser against the inbox server
@pytest.mark.timeout(420)
def test_missing_and_late_follow_the_merger_on_the_page_and_in_the_xlsx(tmp_path: Path) -> None:

    dir_json = tmp_path / "directory.json"
    dir_json.write_text(
        json.dumps(directory.document_of(after(MERGER)), ensure_ascii=False), "utf-8"
    )
    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    add_staff(folder, "aidai", STAFF_PASSWORD)
    # before the merger Альфа and Бета report, Гамма does not; after it the merged one reports
    pa = package(tmp_path / "p", SecretKey.generate(), _entry(A, "Тест-Альфа"), 1, BEFORE)
    pb = package(tmp_path / "p", SecretKey.generate(), _entry(B, "Тест-Бета"), 1, BEFORE)
    pn = package(tmp_path / "p", SecretKey.generate(), _entry(N, "Тест-Объединённый"), 1, SINCE)
    server = InboxProcess(folder, keys.inbox_key_path, "--directory", str(dir_json))
    driver = _browser(tmp_path / "profile")
    try:
        server.expect_packages(pa, pb, pn)
        for p in (pa, pb, pn):
            assert post(server.url, p.read_bytes(), p.name)[0] == 201
        base = f"http://127.0.0.1:{server.port}"
        browser_login(driver, base, "aidai", STAFF_PASSWORD)
        cookie = (driver.get_cookie("msu_staff") or {})["value"]

        # the real clock is long past both deadlines: every report is late, every gap missing
        listed, missing, late = _page_lists(driver, base, BEFORE)
        assert listed == {A, B, C, R_OLD}  # the predecessors, never the merged one
        assert (missing, late) == ({C, R_OLD}, {A, B})
        wb = _xlsx(base, cookie, BEFORE, tmp_path / "before.xlsx")
        assert _xlsx_lists(wb) == (missing, late)

        listed, missing, late = _page_lists(driver, base, SINCE)
        assert listed == {N, R_OLD}  # the merged one, never its predecessors
        assert (missing, late) == ({R_OLD}, {N})
        assert _xlsx_lists(_xlsx(base, cookie, SINCE, tmp_path / "since.xlsx")) == (missing, late)

        # the xlsx of the period before: the predecessors' rows under their successor
        sheet = wb[tr("Agency", "Municipalities", "ru")[:31]]
        rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
        assert [row[0] for row in rows] == [A, B]
        assert all("бывший" in row[9] and N in row[9] and "01.01.2022" in row[9] for row in rows)
        assert "Тест-Альфа" in rows[0][9] and "Тест-Объединённый" in rows[0][9]

        _check_the_page_of_merged_municipalities(driver, base)
        # the inbox's own PDF prints the former municipalities as collect's does
        request = urllib.request.Request(
            f"{base}/staff/consolidated.pdf?period={BEFORE}&lang=ru",
            headers={"Cookie": f"msu_staff={cookie}"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            (tmp_path / "inbox.pdf").write_bytes(response.read())
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / "inbox.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert f"бывший Тест-Альфа ({A}), с 01.01.2022 в составе" in " ".join(text.split())
    finally:
        driver.quit()
        server.stop()

    _check_the_pdf(tmp_path, folder, dir_json)


def _check_the_page_of_merged_municipalities(driver, base: str) -> None:
    """Every former municipality's past report (or its gap) under its successor."""
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/staff/?lang=ru")  # reached from the staff page, by its link
    _wait(driver, By.ID, "predecessors-link").click()
    table = _wait(driver, By.ID, f"successor-{N}")

    def cell(code: str, period: str) -> tuple[str, str]:
        row = table.find_element(
            By.CSS_SELECTOR, f'tr[data-soate="{code}"][data-period="{period}"]'
        )
        return row.text, row.find_element(By.CSS_SELECTOR, "td:last-child").get_attribute("class")

    text, cls = cell(A, BEFORE)
    assert "бывший Тест-Альфа" in text and "№1" in text and cls == "late"
    text, cls = cell(C, BEFORE)
    assert "бывший Тест-Гамма" in text and cls == "late"  # missing, late
    text, _ = cell(N, SINCE)
    assert "Тест-Объединённый" in text and "№1" in text
    # nobody is listed for a period in which the directory did not expect them
    assert not table.find_elements(By.CSS_SELECTOR, f'tr[data-soate="{N}"][data-period="{BEFORE}"]')
    assert not table.find_elements(By.CSS_SELECTOR, f'tr[data-soate="{A}"][data-period="{SINCE}"]')
    # the rename stands under its new code too
    renamed = driver.find_element(By.ID, f"successor-{R_NEW}")
    assert "бывший Тест-Старое" in renamed.text


def _check_the_pdf(tmp_path: Path, folder: Path, dir_json: Path) -> None:
    """The PDF of ``msu-agency collect`` prints the former municipalities under their
    successor."""
    pdf = tmp_path / "before.pdf"
    r = run_cli(
        "--data-dir",
        str(tmp_path / "agency"),
        "--lang",
        "ru",
        "collect",
        str(folder / "packages"),
        "--out",
        str(tmp_path / "collect.xlsx"),
        "--pdf",
        str(pdf),
        "--directory",
        str(dir_json),
        "--period",
        BEFORE,
        tool="agency",
    )
    assert pdf.is_file(), r.stdout + r.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Отчёты бывших муниципалитетов" in flat
    assert f"бывший Тест-Альфа ({A}), с 01.01.2022 в составе Тест-Объединённый ({N})" in flat
