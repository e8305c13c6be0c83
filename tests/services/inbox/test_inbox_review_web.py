"""The staff's review of one package in a real browser (headless chromium by selenium): its
figures with statuses in words and money by source, the PDF in the browser, a return with
comments on two measures that are still shown after a reload, the corrected package that says
what it replaces and what changed, accepted, and the history of both decisions."""

from __future__ import annotations

import hashlib
import json
import urllib.request
import zipfile
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, package, post
from tests.services.inbox.test_inbox_web import CHROMIUM, DRIVER, STAFF_PASSWORD, _browser, _wait

A = DirectoryEntry("41708000000041", "Ала-Бука", "Ала-Букинский район", "Джалал-Абадская область")


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Report 2021-H2")
    page.save()
    return out.getvalue()


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed"
)
@pytest.mark.timeout(300)
def test_review_return_with_comments_then_accept_the_corrected_package(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    r = run_cli(
        "staff",
        "add",
        "--inbox",
        str(folder),
        "aidai",
        "--name",
        "Айдай Асанова",
        tool="agency",
        env={"MSU_STAFF_PASSWORD": STAFF_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    server = InboxProcess(folder, keys.inbox_key_path)
    driver = _browser(tmp_path / "profile")
    office = SecretKey.generate()  # TEST key
    server.expect(A.soate, office)
    first = package(tmp_path / "p", office, A, 1, seed=11, extra=(("report.pdf", _pdf()),))
    with zipfile.ZipFile(first) as zf:
        data = json.loads(zf.read("data.json"))
    with_money = next(m for m in data["measures"] if m["money"])
    two = [data["measures"][0]["code"], data["measures"][1]["code"]]
    try:
        assert post(server.url, first.read_bytes(), first.name)[0] == 201
        sha1 = hashlib.sha256(first.read_bytes()).hexdigest()
        base = f"http://127.0.0.1:{server.port}"
        driver.set_page_load_timeout(60)
        driver.get(f"{base}/staff/login?lang=ru")
        _wait(driver, By.ID, "username").send_keys("aidai")
        driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
        driver.find_element(By.ID, "login").click()
        _wait(driver, By.ID, "municipalities")
        driver.get(f"{base}/staff/package/{sha1}?lang=ru")
        row = _wait(driver, By.CSS_SELECTOR, f'tr[data-code="{with_money["code"]}"]')
        assert with_money["status"] not in row.find_element(By.CLASS_NAME, "status").text
        assert row.find_element(By.CLASS_NAME, "status").text  # a word, not the raw id
        for source, amount in with_money["money"].items():
            assert f"{source}: {amount}" in row.text
        assert with_money["money_total"] in row.text
        # the PDF opens in the browser (inline, a real PDF)
        href = driver.find_element(By.ID, "pdf-link").get_attribute("href")
        cookie = driver.get_cookie("msu_staff")
        assert cookie
        request = urllib.request.Request(href, headers={"Cookie": f"msu_staff={cookie['value']}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.headers["Content-Type"] == "application/pdf"
            assert response.headers["Content-Disposition"].startswith("inline")
            assert response.read(5) == b"%PDF-"
        # return with comments on two measures
        for code, text in zip(two, ("Приложите протокол", "Уточните сумму"), strict=True):
            driver.find_element(By.ID, f"c_{code}").send_keys(text)
        driver.find_element(By.ID, "return-button").click()
        summary = _wait(driver, By.ID, "summary").text  # asked first, with what is sent
        assert "Приложите протокол" in summary and "Уточните сумму" in summary
        driver.find_element(By.ID, "confirm-decision").click()
        assert "возвращён" in _wait(driver, By.ID, "decision").text
        driver.refresh()  # the comments sent are still shown
        assert _wait(driver, By.ID, f"c_{two[0]}").get_attribute("value") == "Приложите протокол"
        assert driver.find_element(By.ID, f"c_{two[1]}").get_attribute("value") == "Уточните сумму"
        # the office sends a corrected package (other figures)
        second = package(tmp_path / "p", office, A, 2, seed=12)
        assert post(server.url, second.read_bytes(), second.name)[0] == 201
        sha2 = hashlib.sha256(second.read_bytes()).hexdigest()
        driver.get(f"{base}/staff/package/{sha2}?lang=ru")
        assert "#1" in _wait(driver, By.ID, "replaces").text
        diff = driver.find_element(By.ID, "diff")
        assert len(diff.find_elements(By.TAG_NAME, "tr")) > 1
        driver.find_element(By.ID, "accept-button").click()
        _wait(driver, By.ID, "confirm-decision").click()
        assert "принят" in _wait(driver, By.ID, "decision").text
        history = driver.find_element(By.ID, "history").text
        assert "aidai" in history and "#1" in history and "#2" in history
        assert "Приложите протокол" in history and "принят" in history
    finally:
        driver.quit()
        server.stop()
