"""The agency clerk's round in a real browser (Debian's chromium by selenium) against a real
inbox server on 127.0.0.1: ``msu-agency init``; upload an Action Plan workbook with two
mistakes, see both named, fix them, publish; three offices (real office data folders) import
the plan, one through its outbox (its upload address set: the plan the inbox offers is fetched,
verified and installed as the secretary's "Review and install…" does, without the window) and
two from the downloaded .msuplan (USB); one reports on time, one later, one not at all;
the clerk moves the period's deadline on the page to before the later upload and publishes
version 2, which the inbox then offers to the first office; the staff page, the consolidated xlsx (openpyxl) and the PDF (pdftotext -layout)
agree on who is on time, late and missing.

The programme is a made-up TEST programme built here (no real 2024-2028 content). The server
is the one ``msu-agency serve`` runs (:func:`msu_agency.inbox.server.serve`), in a thread with
the inbox's clock moved forward to the days of the uploads; the offices' clocks are real.
Each step's time is printed (``-s``) for the report."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from msu_agency.collect import DirectoryEntry
from msu_desktop.domain.deadline import in_bishkek
from msu_desktop.i18n import tr
from tests.services.agency.test_action_plan import _workbook
from tests.services.inbox.staff_client import CLERK, CLERK_PASSWORD, INBOX, SIGNING, init_agency
from tests.services.inbox.test_inbox_web import CHROMIUM, DRIVER, _browser, _submit, _wait

PERIOD = "2026-H1"
SETTINGS: dict[str, object] = {
    "plan_id": "test-clerk-round",
    "version": 1,
    "title_ky": "ТЕСТ: катчынын айланасы (жасалма программа)",
    "title_ru": "ТЕСТ: обход делопроизводителя (вымышленная программа)",
    "valid_from": "01.01.2025",
    "valid_to": "31.12.2027",
    "due_day": 15,
    "recipient": "ГАМСУМО",
    "decree_number": "ТЕСТ-2",
    "decree_date": "01.12.2024",
    "decree_issuer_ky": "Тест органы",
    "decree_issuer_ru": "Тестовый орган",
    "deadline 2026-H1": "31.01.2027",  # v1 extends the half-year's deadline
}
KY = [
    ("1", "Тест багыты", "", "", "", ""),
    ("1.1", "Тест милдети", "", "", "", ""),
    ("1.1.1", "Тест иш-чарасы бир", "2025-2027", "Натыйжа", "ЖӨБ жана этностор агенттиги", "—"),
    ("1.1.2", "Тест иш-чарасы эки", "2026", "Натыйжа", "ЖӨБ (макулдашуу боюнча)", "—"),
]
RU = [
    ("1", "Тестовое направление", "", "", "", ""),
    ("1.1", "Тестовая задача", "", "", "", ""),
    ("1.1.1", "Тестовое мероприятие один", "2025-2027", "Результат", "ГАМСУМО", "—"),
    ("1.1.2", "Тестовое мероприятие два", "2026", "Результат", "МСУ (по согласованию)", "—"),
]
OFFICES = [
    DirectoryEntry("41708000000051", "Тест-Биринчи", "Тест району", "Чуйская область"),
    DirectoryEntry("41708000000052", "Тест-Экинчи", "Тест району", "Чуйская область"),
    DirectoryEntry("41708000000053", "Тест-Үчүнчү", "Тест району", "Чуйская область"),
]


class Timer:
    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []
        self.start = time.monotonic()

    def done(self, what: str) -> None:
        now = time.monotonic()
        self.steps.append((what, now - self.start))
        self.start = now

    def show(self) -> None:
        for what, seconds in self.steps:
            print(f"clerk round: {seconds:6.1f} s  {what}")


class ServerThread:
    """The inbox server of ``msu-agency serve`` for the agency ``data``, its clock ``ahead``."""

    def __init__(self, data: Path, directory: list[DirectoryEntry]) -> None:
        from msu_agency.config import installed_plans, load_config
        from msu_agency.inbox.server import serve
        from msu_agency.inbox.store import Inbox
        from msu_desktop.services import clock
        from msu_exchange.signing.minisign import SecretKey

        config = load_config(data)
        assert config is not None
        key = SecretKey.from_pem((config.keys_dir / "inbox.key").read_bytes(), INBOX.encode())
        self.ahead = dt.timedelta(0)
        self.inbox = Inbox(
            config.inbox_dir,
            key,
            config.name["ru"],
            registry=data / "key_registry.json",
            plans=installed_plans(data),
            clock=lambda: clock.utc_now() + self.ahead,
        )
        self.registry = data / "key_registry.json"
        started = threading.Event()
        self.server: Any = None

        def ready(server: Any) -> None:
            self.server = server
            started.set()

        self.thread = threading.Thread(
            target=serve,
            args=(self.inbox, "127.0.0.1", 0),
            kwargs={"directory": directory, "ready": ready},
            daemon=True,
        )
        self.thread.start()
        assert started.wait(60), "the inbox did not start"
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.should_exit = True
        self.thread.join(timeout=30)
        self.inbox.close()


def _office(folder: Path, entry: DirectoryEntry, data: Path) -> Any:
    """A real office data folder: its municipality, the agency's key trusted off paper and
    the inbox key by the signed rotation ``init`` wrote."""
    from msu_desktop.domain.municipality import Municipality
    from msu_desktop.services import trust
    from msu_desktop.services.workspace import Workspace

    folder.mkdir(parents=True)
    ws = Workspace.open(folder)
    ws.save_municipality(
        Municipality(
            soate=entry.soate,
            name_ky=entry.name,
            name_ru=entry.name,
            rayon=entry.rayon,
            oblast=entry.oblast,
            head_name="Тестов Тест",
            secretary_name="Тестова Тестя",
        )
    )
    pub = (data / "keys" / "agency.pub").read_text("utf-8")
    from msu_exchange.signing.minisign import PublicKey

    trust.add_by_fingerprint(folder, pub, PublicKey.from_text(pub).fingerprint())
    rotation = data / "keys" / "inbox-rotation" / "key-rotation.json"
    trust.apply_rotation(
        folder, rotation.read_bytes(), rotation.with_name(rotation.name + ".minisig").read_text()
    )
    return ws


def _get(driver: Any, url: str) -> bytes:
    """A download with the browser's own session (as the link in the page)."""
    cookie = driver.get_cookie("msu_staff")
    request = urllib.request.Request(url, headers={"Cookie": f"msu_staff={cookie['value']}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read()


def _login(driver: Any, base: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/staff/login?lang=ru")
    _wait(driver, By.ID, "username").send_keys(CLERK)
    driver.find_element(By.ID, "password").send_keys(CLERK_PASSWORD)
    driver.find_element(By.ID, "login").click()
    _wait(driver, By.ID, "municipalities")


def _upload(driver: Any, base: str, workbook: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/staff/plan")
    _wait(driver, By.ID, "workbook").send_keys(str(workbook))
    # the answer's page, not this one's own heading (the page has one once a version is
    # published): a loaded machine answers well after the click
    _submit(driver, By.ID, "upload")
    _wait(driver, By.TAG_NAME, "h2")


def _publish(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "confirm-publish").click()
    driver.find_element(By.ID, "passphrase").send_keys(SIGNING)
    _submit(driver, By.ID, "publish")  # not the last step's note, still on this page
    return _wait(driver, By.ID, "done").text


class Round:
    """The clerk's steps, each timed, against one agency, its server and a browser."""

    def __init__(self, tmp: Path, data: Path, server: ServerThread, driver: Any) -> None:
        self.tmp, self.data, self.server, self.driver = tmp, data, server, driver
        self.base = server.base
        self.timer = Timer()
        self.offices: list[Any] = []

    def publish_first_version(self) -> Path:
        from selenium.webdriver.common.by import By

        driver = self.driver
        _login(driver, self.base)
        driver.find_element(By.ID, "plan-link").click()
        _wait(driver, By.ID, "template")
        self.timer.done("log in, open «Publish a programme»")
        # two mistakes: an unreadable deadline, and a number twice
        bad_ru = [*RU[:2], ("1.1.1", RU[2][1], "когда-нибудь", *RU[2][3:]), RU[3], RU[3]]
        _upload(driver, self.base, _workbook(self.tmp / "plan-bad.xlsx", KY, bad_ru, SETTINGS))
        problems = _wait(driver, By.ID, "problems").text
        assert "Лист ru, строка 4, столбец C" in problems and "когда-нибудь" in problems
        assert "Лист ru, строка 6, столбец A" in problems  # 1.1.2 twice
        assert not driver.find_elements(By.ID, "publish")
        self.timer.done("upload the workbook with two mistakes, both named")
        _upload(driver, self.base, _workbook(self.tmp / "plan.xlsx", KY, RU, SETTINGS))
        assert "Тестовое мероприятие два" in _wait(driver, By.ID, "preview-ru").text
        assert "Тест иш-чарасы эки" in driver.find_element(By.ID, "preview-ky").text
        assert "31.01.2027" in driver.find_element(By.ID, "preview-ru").text
        assert "ТЕСТ" in driver.find_element(By.ID, "changes").text  # a new programme
        assert "test-clerk-round-v1.msuplan" in _publish(driver)
        self.timer.done("fix, upload, read the preview, publish v1 with the passphrase")
        link = driver.find_element(By.CSS_SELECTOR, "a.msuplan").get_attribute("href")
        usb = self.tmp / "usb" / "test-clerk-round-v1.msuplan"
        usb.parent.mkdir()
        usb.write_bytes(_get(driver, str(link)))
        self.timer.done("download the .msuplan onto the stick")
        return usb

    def offer(self, ws: Any, installed: int | None) -> Any:
        """What the office's outbox finds at its inbox: a verified, newer plan, held for her."""
        from msu_desktop.services.plan_offer import Offer, check_for_plan

        offer = check_for_plan(ws, ws.setting("upload_url"))
        assert isinstance(offer, Offer), offer
        assert offer.plan.plan_id == "test-clerk-round"
        assert offer.installed_version == installed
        assert offer.path.is_file() and offer.path.parent == ws.data_dir / "incoming"
        return offer

    def install_through_outbox(self, ws: Any) -> None:
        """Office 1: its upload address set (the outbox setting), the offered plan fetched and
        verified; she confirms; the wizard's check and install, then the file is let go."""
        from msu_desktop.services import plan_offer
        from msu_desktop.services.plan_package.apply import (
            apply_plan_package,
            check_plan_package,
            installed_version,
        )

        ws.set_setting("upload_url", f"{self.base}/api/v1/packages")
        offer = self.offer(ws, None)
        assert offer.plan.version == 1
        assert installed_version(ws, "test-clerk-round") is None  # held, not installed
        checked = check_plan_package(ws, offer.path)  # the wizard's check-and-changes page
        assert checked.package.plan.version == 1 and checked.diff.lines("ru")
        assert apply_plan_package(ws, offer.path).applied  # its Install button
        plan_offer.forget(offer)
        ws.forget_plan()
        assert installed_version(ws, "test-clerk-round") == 1
        assert not offer.path.exists()
        assert plan_offer.check_for_plan(ws, ws.setting("upload_url")) is None  # installed

    def offices_install_and_report(self, usb: Path) -> None:
        from msu_desktop.services import delivery
        from msu_desktop.services import report_service as rs
        from msu_desktop.services.package.build import build_package
        from msu_desktop.services.plan_package.apply import apply_plan_package
        from tests.inbox_helpers import expect_packages

        for n, entry in enumerate(OFFICES):
            self.offices.append(_office(self.tmp / f"office{n}", entry, self.data))
        self.timer.done("three office data folders (municipality, agency keys trusted)")
        self.install_through_outbox(self.offices[0])
        assert self.offices[0].plan().plan_id == "test-clerk-round"
        self.timer.done("office 1 fetches, verifies and installs the plan through its outbox")
        for ws in self.offices[1:]:
            apply_plan_package(ws, usb)
            assert ws.plan().plan_id == "test-clerk-round"
        self.timer.done("offices 2 and 3 install the plan from the stick")
        # the first today, the second six weeks later, the third never
        for ws, ahead_days in zip(self.offices[:2], (0, 45), strict=True):
            self.server.ahead = dt.timedelta(days=ahead_days)
            rs.set_value(ws, PERIOD, "1.1.1", "done", "Тестовая работа выполнена")
            pkg = build_package(ws, PERIOD, ws.outbox_dir, "ru")
            expect_packages(self.server.registry, pkg)  # the fingerprint off the stamped paper
            sent = delivery.send_pending(ws.outbox_dir, f"{self.base}/api/v1/packages")
            assert set(sent.values()) == {"sent"}, sent
        self.timer.done("two offices report through their outboxes")

    def move_deadline(self) -> tuple[dt.date, str]:
        """Version 2: the half-year's deadline moved on the page to before the second upload.
        Returns the new deadline and the second upload's receipt time as the page shows it."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import Select

        driver = self.driver
        _login(driver, self.base)  # six weeks on: the session of that day has expired
        v2 = _workbook(self.tmp / "plan-v2.xlsx", KY, RU, {**SETTINGS, "version": 2})
        _upload(driver, self.base, v2)
        received = sorted(st.receipt.received_at for st in self.server.inbox.all(PERIOD))
        moved = (received[0] + dt.timedelta(days=10)).date()
        assert moved < received[1].date()
        Select(driver.find_element(By.ID, "deadline-period")).select_by_value(PERIOD)
        driver.find_element(By.ID, "deadline-due").send_keys(moved.strftime("%d.%m.%Y"))
        _submit(driver, By.ID, "move-deadline")
        _wait(driver, By.ID, "done")
        assert moved.strftime("%d.%m.%Y") in driver.find_element(By.ID, "changes").text
        assert "test-clerk-round-v2.msuplan" in _publish(driver)
        self.timer.done("move the deadline on the page, publish v2")
        second = self.offer(self.offices[0], 1)  # the outbox office is offered v2
        assert second.plan.version == 2
        self.timer.done("office 1's outbox is offered v2 (fetched and verified)")
        return moved, in_bishkek(received[1]).strftime("%d.%m.%Y %H:%M")

    def staff_page(self, when_b: str) -> tuple[Path, Path]:
        """On time, late, missing on the page; the consolidated xlsx and PDF downloaded."""
        from selenium.webdriver.common.by import By

        driver = self.driver
        driver.get(f"{self.base}/staff/?period={PERIOD}&lang=ru")
        _wait(driver, By.ID, "municipalities")
        a, b, c = (
            driver.find_element(By.CSS_SELECTOR, f'tr[data-soate="{e.soate}"]') for e in OFFICES
        )
        assert a.find_elements(By.CSS_SELECTOR, "td.ok") and "опоздани" not in a.text
        assert "с опозданием" in b.find_element(By.CSS_SELECTOR, "td.late").text
        assert when_b in b.text  # the inbox's receipt time
        assert "нет, срок прошёл" in c.find_element(By.CSS_SELECTOR, "td.late").text
        counts = driver.find_element(By.ID, "counts").text
        assert counts == "Сдали: 2 · с опозданием: 2 · нет: 1", counts
        self.timer.done("the staff page: who is on time, late, missing")
        out = []
        for kind in ("xlsx", "pdf"):
            path = self.tmp / f"consolidated.{kind}"
            path.write_bytes(
                _get(driver, str(driver.find_element(By.ID, kind).get_attribute("href")))
            )
            out.append(path)
        self.timer.done("download the consolidated xlsx and PDF")
        return out[0], out[1]


def _reports_agree(xlsx: Path, pdf: Path, moved: dt.date, when_b: str) -> None:
    """The consolidated xlsx and PDF say what the page said: B late at the same receipt
    time, C missing, A in neither."""
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    sheet = wb[wb.sheetnames[-1]]  # missing and late
    rows = [[str(v or "") for v in row] for row in sheet.iter_rows(values_only=True)]
    assert moved.strftime("%d.%m.%Y") in str(rows[0])  # the moved deadline
    problem = rows[1].index(tr("Agency", "Problem", "ru"))  # the column, found by its heading
    assert {r[0]: r[problem] for r in rows[2:]} == {
        OFFICES[1].soate: f"опоздание: получено {when_b}",
        OFFICES[2].soate: "нет пакета",
    }, rows
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert moved.strftime("%d.%m.%Y") in text
    late_lines = [ln.strip() for ln in text.splitlines() if "опоздание: получено" in ln]
    assert late_lines == [f"{OFFICES[1].soate} {OFFICES[1].name}: опоздание: получено {when_b}"]
    assert "муниципалитетов — 2" in text  # A and B counted, C missing


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER and shutil.which("pdftotext")),
    reason="chromium, chromium-driver and pdftotext are needed",
)
@pytest.mark.slow  # init, a browser, three offices, the inbox server
@pytest.mark.timeout(600)
def test_the_clerks_round(tmp_path: Path) -> None:
    started = time.monotonic()
    data = tmp_path / "agency"
    r = init_agency(data)
    assert r.returncode == 0, r.stdout + r.stderr
    init_seconds = time.monotonic() - started
    server = ServerThread(data, OFFICES)
    driver = _browser(tmp_path / "profile")
    driver.set_page_load_timeout(60)
    clerk = Round(tmp_path, data, server, driver)
    clerk.timer.steps.append(
        ("msu-agency init (keys, rotation, first staff account)", init_seconds)
    )
    try:
        usb = clerk.publish_first_version()
        clerk.offices_install_and_report(usb)
        moved, when_b = clerk.move_deadline()
        xlsx, pdf = clerk.staff_page(when_b)
    finally:
        driver.quit()
        server.stop()
        for ws in clerk.offices:
            ws.close()
    _reports_agree(xlsx, pdf, moved, when_b)
    clerk.timer.show()
