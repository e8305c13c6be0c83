"""The agency staff's web page in a real browser (Debian's chromium, driven by selenium through
chromium-driver, headless): log in, see a late and a missing municipality by oblast and rayon,
return a package with a comment at a measure. Also: wrong passwords, CSRF, expiring sessions,
Argon2 hashes, consolidated downloads."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, package, post

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
STAFF_PASSWORD = "staff-test-password"  # TEST password, not a secret

A = DirectoryEntry("41708000000011", "Ала-Бука", "Ала-Букинский район", "Джалал-Абадская область")
B = DirectoryEntry("41708000000012", "Кара-Суу", "Кара-Сууский район", "Ошская область")
C = DirectoryEntry("41708000000013", "Тогуз-Булак", "Кара-Сууский район", "Ошская область")


def _directory(path: Path) -> Path:
    rows = ["soate,name_ru,rayon,oblast"] + [
        f"{e.soate},{e.name},{e.rayon},{e.oblast}" for e in (A, B, C)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _wait(driver, by: str, what: str):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 30).until(ec.presence_of_element_located((by, what)))


def _submit(driver, by: str, what: str) -> None:
    """Click a form's button and wait for the page the server answers with. The page before
    is marked first, so that its own elements (a heading, the last step's note) are never
    taken for the answer's; while the browser is between the two pages, chromedriver may
    answer with an error rather than the stale element selenium expects, so every error
    means "not yet"."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("document.documentElement.setAttribute('data-before-submit', '1')")
    driver.find_element(by, what).click()
    WebDriverWait(driver, 60, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return document.readyState === 'complete'"
            " && !document.documentElement.hasAttribute('data-before-submit')"
        )
    )


def _browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=DRIVER or ""), options=options)


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed"
)
@pytest.mark.slow  # a real browser against the inbox server
@pytest.mark.timeout(240)
def test_staff_log_in_see_who_is_late_and_return_a_package_with_a_comment(
    tmp_path: Path,
) -> None:
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
    with sqlite3.connect(folder / "index.sqlite") as db:
        (stored_hash,) = db.execute("SELECT hash FROM staff").fetchone()
    assert stored_hash.startswith("$argon2id$") and STAFF_PASSWORD not in stored_hash
    server = InboxProcess(
        folder, keys.inbox_key_path, "--directory", str(_directory(tmp_path / "dir.csv"))
    )
    driver = _browser(tmp_path / "profile")
    try:
        pa = package(tmp_path / "p", SecretKey.generate(), A, 1)
        pb = package(tmp_path / "p", SecretKey.generate(), B, 1)
        server.expect_packages(pa, pb)
        assert post(server.url, pa.read_bytes(), pa.name)[0] == 201
        assert post(server.url, pb.read_bytes(), pb.name)[0] == 201
        sha_b = hashlib.sha256(pb.read_bytes()).hexdigest()
        base = f"http://127.0.0.1:{server.port}"
        driver.set_page_load_timeout(60)
        # a wrong password first
        driver.get(f"{base}/staff/login?lang=ky")
        driver.find_element(By.ID, "username").send_keys("aidai")
        driver.find_element(By.ID, "password").send_keys("not the password")
        driver.find_element(By.ID, "login").click()
        assert _wait(driver, By.ID, "login-error").text
        driver.find_element(By.ID, "username").send_keys("aidai")
        driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
        driver.find_element(By.ID, "login").click()
        table = _wait(driver, By.ID, "municipalities")
        assert "Ошская область — Кара-Сууский район" in table.text
        missing = driver.find_element(By.CSS_SELECTOR, f'tr[data-soate="{C.soate}"] td.late')
        assert "кечикти" in missing.text  # Kyrgyz: missing, late (the due date has passed)
        late = driver.find_element(By.CSS_SELECTOR, f'tr[data-soate="{B.soate}"] td.late')
        assert late.text
        # open B's package and return it with a comment at measure 1.1.3, in Russian
        driver.get(f"{base}/staff/package/{sha_b}?lang=ru")
        _wait(driver, By.ID, "c_1.1.3").send_keys("Приложите протокол собрания")
        driver.find_element(By.ID, "note").send_keys("Уточните суммы")
        driver.find_element(By.ID, "return-button").click()
        _wait(driver, By.ID, "confirm-decision").click()  # one click never decides
        decided = _wait(driver, By.ID, "decision").text
        # returned, at the time in Bishkek as every other time on the page (not UTC's stamp)
        assert re.search(r"возвращён на исправление: \d\d\.\d\d\.\d{4} \d\d:\d\d", decided)
        cookie = driver.get_cookie("msu_staff")
        assert cookie and cookie["httpOnly"] and cookie.get("sameSite") == "Strict"
        # a form posted without the page's CSRF token is refused, even with the session
        forged = urllib.request.Request(
            f"{base}/staff/package/{sha_b}/decide",
            data=b"decision=accepted&csrf=guess",
            method="POST",
            headers={"Cookie": f"msu_staff={cookie['value']}"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(forged, timeout=30)
        assert refused.value.code == 403
        refused.value.close()
        # the consolidated report downloads
        xlsx = urllib.request.Request(
            f"{base}/staff/consolidated.xlsx?period=2021-H2",
            headers={"Cookie": f"msu_staff={cookie['value']}"},
        )
        with urllib.request.urlopen(xlsx, timeout=60) as response:
            assert response.read(2) == b"PK"
    finally:
        driver.quit()
        server.stop()
    with sqlite3.connect(folder / "index.sqlite") as db:
        state, doc = db.execute(
            "SELECT p.state, d.document FROM packages p JOIN decisions d USING (sha256) "
            "WHERE p.sha256 = ?",
            (sha_b,),
        ).fetchone()
    decision = json.loads(bytes(doc))
    assert state == "returned"
    assert decision["comments"] == {"1.1.3": "Приложите протокол собрания"}
    assert decision["note"] == "Уточните суммы"


def test_sessions_expire_and_a_password_is_checked(tmp_path: Path) -> None:
    from msu_agency.inbox.staff import Staff
    from msu_agency.inbox.store import Inbox
    from msu_desktop.errors import UserError

    now = [dt.datetime(2022, 1, 14, 9, 0, tzinfo=dt.UTC)]
    inbox = Inbox(tmp_path / "inbox", SecretKey.generate(), "Test", clock=lambda: now[0])
    try:
        staff = Staff(inbox, session_minutes=30)
        with pytest.raises(UserError, match="at least"):
            staff.add("aidai", "", "short")
        staff.add("aidai", "Айдай", STAFF_PASSWORD)
        assert staff.login("aidai", "wrong password!") is None
        assert staff.login("nobody", STAFF_PASSWORD) is None
        token, session = staff.login("AIDAI", STAFF_PASSWORD) or ("", None)
        assert session is not None and staff.session(token) == session
        now[0] += dt.timedelta(minutes=29)
        assert staff.session(token) is not None
        now[0] += dt.timedelta(minutes=2)
        assert staff.session(token) is None  # expired
        staff.logout(token)
    finally:
        inbox.close()
