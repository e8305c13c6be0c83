"""Deliveries that cannot get stuck, as the secretary meets them in the real main window (both
languages, the office's 1366×768 screen) with a real inbox (``msu-agency serve``) on 127.0.0.1:

- a package built with ``msu-desktop export --out STICK`` is recorded like one built in the
  window, so the agency's reply carrying its receipt is accepted and a returned period unlocks;
  a package the outbox never held (an older version's, on a stick) never locks the reply out;
- "Send now" after a failure sends at once (no silent wait), and the failure reads in words;
- a clock moved a year forward or back never strands a package;
- a forged, empty, ``{}`` or captive-portal answer never takes a "received" state back;
- a pulled stick is said so, and its folder is never made again on the local disk;
- "Send now" with no address says so.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from msu_desktop import clock
from msu_desktop.domain import report as rpt
from msu_desktop.services import delivery, delivery_paths
from msu_desktop.services import report_service as rs
from msu_desktop.services.agency_returns import agency_comments
from tests.conftest import run_cli
from tests.gui.user import click, go, press_box, when_modal
from tests.inbox_helpers import InboxProcess, Keys

BOTH = pytest.mark.parametrize("app_window", ["ky", "ru"], indirect=True)
PERIOD = "2021-H1"


def _free_port() -> int:
    """A loopback port nobody listens on: a connection to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Answering:
    """A server on 127.0.0.1 that answers every request with the same body (a forgery, a
    captive portal's page, nothing at all…)."""

    def __init__(self, body: bytes, content_type: str = "application/json") -> None:
        self.body = body
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v1/packages"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _packages_page(qtbot, win):
    page = go(qtbot, win, "packages")
    page.model.load(win.ws.outbox_dir)
    return page


def _set_address(qtbot, page, url: str) -> None:
    """Types the address into the field as the user does (select all, type, Enter)."""
    page.url_edit.setFocus()
    page.url_edit.selectAll()
    qtbot.keyClick(page.url_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.url_edit, url)
    qtbot.keyClick(page.url_edit, Qt.Key.Key_Return)
    assert page.ws.setting("upload_url") == url


def _send_now(qtbot, page) -> list[str]:
    """Clicks "Send now"; answers the box that says what went wrong, if one comes. Returns the
    box's text (empty when everything went)."""
    stop = [False]
    seen = _when_box(stop)
    with qtbot.waitSignal(page.outbox.changed, timeout=90_000):
        click(qtbot, page.send_button)
    # done, and its box (if one came) answered
    qtbot.waitUntil(
        lambda: not page.outbox.busy and QApplication.activeModalWidget() is None,
        timeout=30_000,
    )
    stop[0] = True
    return seen


def _when_box(stop: list[bool], timeout_ms: int = 60_000) -> list[str]:
    """Like tests/gui/dialogs.py's ``expect``, for a box that may or may not come (a failure
    says so, a delivery that went does not): a 20 ms poll, no fixed delay, which answers a
    message box (OK), never the progress dialog that may come first, until ``stop[0]`` or the
    deadline."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout_ms / 1000
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        if stop[0] or time.monotonic() > deadline:
            timer.stop()
            return
        w = QApplication.activeModalWidget()
        ok = w.button(QMessageBox.StandardButton.Ok) if isinstance(w, QMessageBox) else None
        if ok is not None and w is not None and w.isVisible():
            seen.append(f"{w.windowTitle()}\n{w.text()}")
            ok.click()

    timer.timeout.connect(poll)
    timer.start()
    _TIMERS.append(timer)  # kept alive until the test's end
    return seen


_TIMERS: list[QTimer] = []


def _build_in_window(qtbot, page) -> Path:
    before = set(page.ws.outbox_dir.glob("*.msupkg"))
    index = page.period_combo.findData(PERIOD)
    page.period_combo.setCurrentIndex(index)

    def build_anyway(box) -> None:  # the demo's period is complete, not approved
        box.findChild(QPushButton, "buildAnywayButton").click()

    asked = when_modal(build_anyway, name="notApprovedQuestion")
    with qtbot.waitSignal(page.model.modelReset, timeout=120_000):
        click(qtbot, page.export_button)
    assert asked
    (built,) = set(page.ws.outbox_dir.glob("*.msupkg")) - before
    return built


# -- the CLI's package on a stick, then the agency's reply ------------------------------------
@BOTH
@pytest.mark.timeout(300)
def test_a_package_exported_by_the_cli_to_a_stick_takes_the_agencys_reply(
    qtbot, app_window, tmp_path: Path, monkeypatch
) -> None:
    from msu_agency.inbox.store import Inbox, write_replies
    from tests.inbox_helpers import expect_packages

    win = app_window
    ws = win.ws
    keys = Keys(tmp_path / "keys")
    keys.trust_in(ws.data_dir)
    assert rs.period_info(ws, PERIOD).state == rpt.COMPLETE
    stick = tmp_path / "stick"
    stick.mkdir()
    # the stick is missing: said before anything is built
    gone = tmp_path / "gone"
    r = run_cli("--data-dir", str(ws.data_dir), "export", "--period", PERIOD, "--out", str(gone))
    assert r.returncode != 0 and "USB" in r.stderr and "Traceback" not in r.stderr
    assert not gone.exists() and not list(ws.outbox_dir.glob("*.msupkg"))
    r = run_cli("--data-dir", str(ws.data_dir), "export", "--period", PERIOD, "--out", str(stick))
    assert r.returncode == 0, r.stderr
    (on_stick,) = stick.glob("*.msupkg")
    kept = ws.outbox_dir / on_stick.name
    assert kept.read_bytes() == on_stick.read_bytes()  # the outbox keeps what went
    state = delivery.load(ws.outbox_dir)[on_stick.name]
    assert state.state == "saved" and state.saved_to == str(stick)
    # the agency receives the stick's package and returns it with a comment
    inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency")
    try:
        # the office's key, confirmed from its stamped paper (else the package is held)
        expect_packages(inbox.registry_path, on_stick)
        stored, _ = inbox.receive(on_stick.read_bytes())
        inbox.decide(stored.sha256, "returned", comments={"1.1.3": "Нет протокола"})
        (reply,) = write_replies(inbox, tmp_path / "reply")
    finally:
        inbox.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(reply), ""))
    )
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok))
    win.import_reply_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert "never sent" not in seen[0]
    assert (
        QCoreApplication.translate("DeliveryStatus", "The reply was checked and recorded.")
        in seen[0]
    )
    assert delivery.load(ws.outbox_dir)[on_stick.name].state == "returned"
    assert rs.period_info(ws, PERIOD).state == rpt.DRAFT  # the returned period unlocked
    assert agency_comments(ws, PERIOD, "1.1.3") == ["Нет протокола"]


# -- Send now after a failure; the failure in words ------------------------------------------
@BOTH
@pytest.mark.timeout(300)
def test_send_now_after_a_failure_sends_at_once_and_the_failure_reads_in_words(
    qtbot, app_window, tmp_path: Path
) -> None:
    win = app_window
    keys = Keys(tmp_path / "keys")
    keys.trust_in(win.ws.data_dir)
    page = _packages_page(qtbot, win)
    pkg = _build_in_window(qtbot, page)
    port = _free_port()
    _set_address(qtbot, page, f"http://127.0.0.1:{port}/api/v1/packages")
    seen = _send_now(qtbot, page)
    assert seen, "the failure was not shown"
    assert "Errno" not in seen[0] and "111" not in seen[0] and "127.0.0.1" in seen[0]
    assert "Errno" not in page.status.text()
    failed = delivery.load(win.ws.outbox_dir)[pkg.name]
    assert failed.state == "failed" and failed.wait_s >= 60
    assert "Errno" not in page.model.rows[0].delivery
    # the background retry, a minute later, keeps waiting (the wait is not over) …
    assert delivery.pending(win.ws.outbox_dir) == []
    # … but the inbox is up now, and "Send now" sends now, whatever the wait
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path, "--port", str(port))
    server.expect_packages(pkg)  # the office's key, confirmed from its stamped paper
    try:
        assert server.port == port
        assert _send_now(qtbot, page) == []  # no box: it went
    finally:
        server.stop()
    d = delivery.load(win.ws.outbox_dir)[pkg.name]
    assert d.state == "received" and d.last_error == ""
    assert page.model.rows[0].delivery == delivery.state_label(d)
    assert "Errno" not in page.model.rows[0].delivery


def test_failures_read_in_words_never_as_errno() -> None:
    import urllib.request

    refused = urllib.request.Request(f"http://127.0.0.1:{_free_port()}/x", method="GET")
    nowhere = urllib.request.Request("http://no-such-host.invalid/x", method="GET")
    for request in (refused, nowhere):
        with pytest.raises(delivery.UserError) as caught:
            delivery.call(request, 10)
        text = str(caught.value)
        assert "Errno" not in text and "[" not in text, text
        assert text.startswith("No connection to the server")
    assert "refused" in str(delivery.connection_error(ConnectionRefusedError(111, "x"), "h"))
    assert "cannot be found" in str(delivery.connection_error(socket.gaierror(-2, "x"), "h"))
    assert "in time" in str(delivery.connection_error(TimeoutError(), "h"))


# -- the clock moved a year --------------------------------------------------------------------
@pytest.mark.parametrize("years", [1, -1])
@pytest.mark.timeout(240)
def test_a_clock_moved_a_year_never_strands_a_package(
    qtbot, demo_template: Path, tmp_path: Path, years: int
) -> None:
    """A failure recorded while the office's clock was a year off, then corrected: the
    background retry (what runs every few minutes) sends the package; so does an older
    version's retry date a year away."""
    from msu_desktop.gui.outbox import Outbox
    from msu_desktop.services.package.build import build_package
    from msu_desktop.services.workspace import Workspace

    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    keys = Keys(tmp_path / "keys")
    keys.trust_in(data)
    ws = Workspace.open(data)
    try:
        pkg = build_package(ws, PERIOD, ws.outbox_dir)
        server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
        server.expect_packages(pkg)  # the office's key, confirmed from its stamped paper
        try:
            wrong = clock.utc_now() + dt.timedelta(days=365 * years)
            # no connection while the clock was wrong: the failure is recorded on that clock
            delivery.send_pending(ws.outbox_dir, f"http://127.0.0.1:{_free_port()}/p", wrong)
            d = delivery.load(ws.outbox_dir)[pkg.name]
            assert d.state == "failed" and d.failed_at.startswith(str(wrong.year))
            # a year ahead (the clock since corrected) or a year ago: due now, not in a year
            assert delivery.is_due(d)
            assert [p.name for p in delivery.pending(ws.outbox_dir)] == [pkg.name]
            # an older version's stored date a year ahead is not waited for either
            delivery.record(
                ws.outbox_dir,
                pkg,
                failed_at="",
                wait_s=0,
                next_try=(clock.utc_now() + dt.timedelta(days=365)).isoformat(),
            )
            assert delivery.is_due(delivery.load(ws.outbox_dir)[pkg.name])
            delivery.record(
                ws.outbox_dir,
                pkg,
                next_try="",
                failed_at=wrong.isoformat(),
                wait_s=delivery.MAX_BACKOFF,
            )
            ws.set_setting("upload_url", server.url)
            outbox = Outbox(ws)
            with qtbot.waitSignal(outbox.sent, timeout=90_000) as sent:
                outbox.timer.timeout.emit()  # the retry every few minutes
            assert sent.args[0] == {pkg.name: "sent"}
        finally:
            server.stop()
        assert delivery.load(ws.outbox_dir)[pkg.name].state == "received"
    finally:
        ws.close()


# -- answers that must not take "received" back ----------------------------------------------
@BOTH
@pytest.mark.timeout(300)
def test_forged_empty_and_captive_portal_answers_never_downgrade_received(
    qtbot, app_window, tmp_path: Path
) -> None:
    from msu_exchange.signing.minisign import SecretKey

    win = app_window
    keys = Keys(tmp_path / "keys")
    keys.trust_in(win.ws.data_dir)
    page = _packages_page(qtbot, win)
    pkg = _build_in_window(qtbot, page)
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    server.expect_packages(pkg)  # the office's key, confirmed from its stamped paper
    try:
        _set_address(qtbot, page, server.url)
        assert _send_now(qtbot, page) == []
    finally:
        server.stop()
    good = delivery.load(win.ws.outbox_dir)[pkg.name]
    assert good.state == "received"
    label = page.model.rows[0].delivery
    # a forgery: the same receipt, signed by a key the office does not trust
    forger = SecretKey.generate()  # TEST key
    forged = json.dumps(
        {
            "receipt": good.receipt,
            "signature": forger.sign(good.receipt.encode("utf-8"), "msu-receipt"),
        }
    ).encode()
    portal = b"<html><body><h1>Welcome to the hotel Wi-Fi</h1>Please log in</body></html>"
    for body, kind in (
        (b"", "application/json"),
        (b"{}", "application/json"),
        (forged, "application/json"),
        (portal, "text/html"),
    ):
        fake = Answering(body, kind)
        try:
            _set_address(qtbot, page, fake.url)
            _send_now(qtbot, page)  # sends nothing new, asks for receipts again
        finally:
            fake.close()
        after = delivery.load(win.ws.outbox_dir)[pkg.name]
        assert after.state == "received", (body[:20], after)
        assert after.receipt == good.receipt and after.received_at == good.received_at
        assert page.model.rows[0].delivery == label


def test_a_captive_portal_on_the_first_upload_is_a_failure_to_retry(tmp_path: Path) -> None:
    box = tmp_path / "outbox"
    box.mkdir()
    pkg = box / "41705214812000_2021-H1_0001.msupkg"
    pkg.write_bytes(b"PK" + b"x" * 1000)
    portal = Answering(b"<html>Please log in to the network</html>", "text/html")
    try:
        results = delivery.send_pending(box, portal.url)
    finally:
        portal.close()
    d = delivery.load(box)[pkg.name]
    assert d.state == "failed" and "login page" in d.last_error
    assert results[pkg.name] == d.last_error
    assert delivery.send_pending(box, "http://127.0.0.1:9/p", force=True)  # tried again


# -- a pulled stick ----------------------------------------------------------------------------
@BOTH
@pytest.mark.timeout(240)
def test_a_pulled_stick_is_said_so_and_never_made_on_the_local_disk(
    qtbot, app_window, tmp_path: Path, monkeypatch
) -> None:
    win = app_window
    page = _packages_page(qtbot, win)
    pkg = _build_in_window(qtbot, page)
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick))
    )
    shutil.rmtree(stick)  # pulled out after it was chosen
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok))
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert str(stick) in seen[0] and "USB" in seen[0]
    assert not stick.exists()  # not made again on the PC's disk
    assert delivery.load(win.ws.outbox_dir).get(pkg.name) is None  # not "saved"
    # pulled while the copy is written
    stick.mkdir(parents=True)

    def pull(pct: int, text: str = "") -> None:
        if stick.exists():
            shutil.rmtree(stick)

    with pytest.raises(delivery.UserError) as caught:
        delivery_paths.save_to_folder(pkg, stick, pull)
    assert str(stick) in str(caught.value) and "Errno" not in str(caught.value)
    assert not stick.exists()


# -- Send now with no address ------------------------------------------------------------------
@BOTH
def test_send_now_with_no_address_says_so(qtbot, app_window) -> None:
    win = app_window
    page = _packages_page(qtbot, win)
    _build_in_window(qtbot, page)
    assert not page.ws.setting("upload_url")
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok), name="noUploadAddress")
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    expected = QCoreApplication.translate(
        "Outbox",
        "Nothing was sent: no upload address is set. Type the address the agency gave "
        "you in the “Upload address” field beside “Send now”, or save the package to a "
        "USB stick and take it to the agency.",
    )
    assert expected in seen[0]
    assert page.status.text() == expected
