"""The staff page of the municipalities' keys in a real browser (headless chromium by selenium):
a reinstalled office's new key is shown beside the old one, a mistyped fingerprint changes
nothing, the one off the stamped paper confirms it and the held package gets its receipt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, get, package, post
from tests.services.inbox.test_inbox_web import CHROMIUM, DRIVER, STAFF_PASSWORD, _browser, _wait

A = DirectoryEntry("41708000000031", "Ала-Бука", "Ала-Букинский район", "Джалал-Абадская область")


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed"
)
@pytest.mark.timeout(240)
def test_staff_confirm_a_reinstalled_offices_new_key_on_the_page(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    r = run_cli(
        "staff",
        "add",
        "--inbox",
        str(folder),
        "aidai",
        tool="agency",
        env={"MSU_STAFF_PASSWORD": STAFF_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    server = InboxProcess(folder, keys.inbox_key_path)
    driver = _browser(tmp_path / "profile")
    old, new = SecretKey.generate(), SecretKey.generate()  # TEST keys
    try:
        server.expect(A.soate, old)
        first = package(tmp_path / "p", old, A, 1)
        assert post(server.url, first.read_bytes(), first.name)[0] == 201
        second = package(tmp_path / "p", new, A, 2)
        assert post(server.url, second.read_bytes(), second.name)[0] == 202
        sha = hashlib.sha256(second.read_bytes()).hexdigest()
        base = f"http://127.0.0.1:{server.port}"
        driver.set_page_load_timeout(60)
        driver.get(f"{base}/staff/login?lang=ru")
        _wait(driver, By.ID, "username").send_keys("aidai")
        driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
        driver.find_element(By.ID, "login").click()
        assert "1" in _wait(driver, By.ID, "held").text  # one package held
        driver.find_element(By.ID, "keys").click()
        row = _wait(driver, By.CSS_SELECTOR, f'#pending tr[data-soate="{A.soate}"]')
        assert old.public_key().fingerprint() in row.text  # both, side by side
        assert new.public_key().fingerprint() in row.text
        # a mistyped fingerprint: refused in words, nothing changes
        driver.find_element(By.ID, "soate").send_keys(A.soate)
        driver.find_element(By.ID, "fingerprint").send_keys("0" * 32)
        driver.find_element(By.ID, "confirm-key").click()
        assert "ничего не изменено" in _wait(driver, By.ID, "error").text.lower()
        assert get(f"{server.url}/{sha}")[0] == 202
        # the fingerprint off the stamped paper, typed with its spaces
        driver.get(f"{base}/staff/keys?lang=ru")
        _wait(driver, By.ID, "soate").send_keys(A.soate)
        driver.find_element(By.ID, "fingerprint").send_keys(new.public_key().fingerprint())
        driver.find_element(By.ID, "confirm-key").click()
        assert "квитанции" in _wait(driver, By.ID, "done").text
        assert new.public_key().fingerprint() in driver.find_element(By.ID, "registered").text
        status, body = get(f"{server.url}/{sha}")
        assert (status, body["state"]) == (200, "received")
    finally:
        driver.quit()
        server.stop()
