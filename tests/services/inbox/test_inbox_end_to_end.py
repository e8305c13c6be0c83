"""End to end: two offices upload to a real ``msu-agency serve``; one gets its receipt; the
staff return the other's package in the browser with a comment at a measure; that office sees
the comment at its measure, corrects, resubmits (the package says what it supersedes) and is
accepted; an office without internet gets its receipt and decision by ``.msureply``."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_desktop.domain import report as rpt
from msu_desktop.services import delivery
from msu_desktop.services import report_service as rs
from msu_desktop.services.agency_returns import agency_comments, apply_returns
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, package
from tests.services.inbox.test_inbox_web import CHROMIUM, DRIVER, STAFF_PASSWORD, _browser, _wait

PERIOD = "2021-H1"


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed"
)
@pytest.mark.slow  # two offices, a browser and the inbox server
@pytest.mark.timeout(400)
def test_two_offices_a_return_in_the_browser_a_resubmission_and_a_reply_by_stick(
    demo_dir: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    # office B: a real data folder (the demo), online
    data_b = tmp_path / "b"
    shutil.copytree(demo_dir, data_b)
    keys.trust_in(data_b)
    ws = Workspace.open(data_b)
    muni = ws.municipality()
    assert muni is not None
    # office A online and office C offline: test offices with packages of their own
    a = DirectoryEntry("41708000000021", "Биринчи", "Тест району", "Чуйская область")
    c = DirectoryEntry("41708000000023", "Үчүнчү", "Тест району", "Чуйская область")
    box_a, box_c = tmp_path / "a" / "outbox", tmp_path / "c" / "outbox"
    for box in (box_a, box_c):
        box.mkdir(parents=True)
        keys.trust_in(box.parent)
    directory = tmp_path / "dir.csv"
    directory.write_text(
        "soate,name_ru,rayon,oblast\n"
        + "".join(f"{e.soate},{e.name},{e.rayon},{e.oblast}\n" for e in (a, c))
        + f"{muni.soate},{muni.name_ru},{muni.rayon},{muni.oblast}\n",
        encoding="utf-8",
    )
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
    server = InboxProcess(folder, keys.inbox_key_path, "--directory", str(directory))
    driver = _browser(tmp_path / "profile")
    base = f"http://127.0.0.1:{server.port}"

    def staff_decides(sha: str, button: str, comment: str = "") -> None:
        driver.get(f"{base}/staff/package/{sha}?lang=ru")
        if comment:
            _wait(driver, By.ID, "c_1.1.3").send_keys(comment)
        _wait(driver, By.ID, button).click()
        _wait(driver, By.ID, "confirm-decision").click()
        _wait(driver, By.ID, "decision")

    try:
        # 1. both upload
        pa = package(box_a, SecretKey.generate(), a, 1, PERIOD)
        server.expect_packages(pa)  # the fingerprints off the stamped papers
        delivery.send_pending(box_a, server.url)
        b1 = build_package(ws, PERIOD, ws.outbox_dir, "ru")
        server.expect_packages(b1)
        delivery.send_pending(ws.outbox_dir, server.url)
        # 2. A has its verified receipt
        assert delivery.load(box_a)[pa.name].state == "received"
        assert delivery.load_receipt(box_a, pa) is not None
        # 3. staff log in and return B's package with a comment at 1.1.3
        driver.get(f"{base}/staff/login")
        _wait(driver, By.ID, "username").send_keys("aidai")
        driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
        driver.find_element(By.ID, "login").click()
        _wait(driver, By.ID, "municipalities")
        sha_b1 = delivery.load(ws.outbox_dir)[b1.name].sha256
        staff_decides(sha_b1, "return-button", "Приложите протокол")
        # 4. B sees the comment at its measure, corrects, resubmits, and is accepted
        delivery.fetch_receipts(ws.outbox_dir, server.url)
        assert apply_returns(ws) == [PERIOD]
        assert rs.period_info(ws, PERIOD).state == rpt.DRAFT
        assert agency_comments(ws, PERIOD, "1.1.3") == ["Приложите протокол"]
        rs.set_value(ws, PERIOD, "1.1.3", "done", "Протокол собрания приложен.")
        b2 = build_package(ws, PERIOD, ws.outbox_dir, "ru")
        with zipfile.ZipFile(b2) as zf:
            assert json.loads(zf.read("data.json"))["supersedes"]["sha256"] == sha_b1
        delivery.send_pending(ws.outbox_dir, server.url)
        sha_b2 = delivery.load(ws.outbox_dir)[b2.name].sha256
        staff_decides(sha_b2, "accept-button")
        delivery.fetch_receipts(ws.outbox_dir, server.url)
        assert [s.state for s in delivery.standings(ws.outbox_dir)] == ["accepted"]
        # 5. office C has no internet: its stick's package goes in, is accepted, the reply goes back
        pc = package(box_c, SecretKey.generate(), c, 1, PERIOD)
        server.expect_packages(pc)
        delivery.record(box_c, pc, state="saved", saved_to="E:\\")
        env = {"MSU_AGENCY_PASSWORD": "test-password-only"}
        args = [
            "--inbox",
            str(folder),
            "--key",
            str(keys.inbox_key_path),
            "--agency",
            "Test agency",
            "--data-dir",
            str(server.agency_dir),
        ]
        r = run_cli("receive", *args, str(pc), tool="agency", env=env)
        assert r.returncode == 0, r.stderr
        sha_c = delivery.sha256_file(pc)
        staff_decides(sha_c, "accept-button")
        stick = tmp_path / "stick"
        r = run_cli("reply", *args, "--soate", c.soate, "--out", str(stick), tool="agency", env=env)
        assert r.returncode == 0, r.stderr
    finally:
        driver.quit()
        server.stop()
        ws.close()
    (reply,) = stick.glob("*.msureply")
    assert delivery.import_reply(box_c, c.soate, reply) == {pc.name: "accepted"}
    assert delivery.load_receipt(box_c, pc) is not None
