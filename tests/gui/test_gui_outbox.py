"""The outbox (gui/outbox.py): a package that could not be sent is said so — in a box when the
user pressed "Send now", on the status line when the retry every few minutes failed — and a bug
goes to the crash handler. Never is a failure reported as sent, nor dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from msu_desktop.services import delivery
from msu_desktop.services.workspace import Workspace
from tests.gui.user import press_box, when_modal
from tests.services.test_delivery import Server


@pytest.fixture(scope="module")
def built(demo_template: Path, tmp_path_factory) -> Path:
    """The demo with one package in its outbox, made once for the module."""
    from msu_desktop.services.package.build import build_package

    data = tmp_path_factory.mktemp("outbox") / "data"
    shutil.copytree(demo_template, data)
    ws = Workspace.open(data)
    try:
        build_package(ws, "2021-H1", ws.outbox_dir)
    finally:
        ws.close()
    return data


@pytest.fixture
def office(built: Path, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(built, data)
    ws = Workspace.open(data)
    yield ws
    ws.close()


@pytest.fixture
def refusing_server():
    server = Server(fail_first=1000)  # "503" to every upload
    yield server
    server.close()


def _states(ws: Workspace) -> dict[str, str]:
    return {name: d.state for name, d in delivery.load(ws.outbox_dir).items()}


def test_send_now_that_fails_is_shown_not_reported_as_sent(qtbot, office, refusing_server) -> None:
    from msu_desktop.gui.package_page import PackagePage

    office.set_setting("upload_url", refusing_server.url)
    page = PackagePage(office, "ru")
    qtbot.addWidget(page)
    page.show()
    sent: list[dict[str, str]] = []
    page.outbox.sent.connect(sent.append)
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    seen.wait()
    assert "503" in seen[0]  # the server's answer, said to the user
    assert sent and all(why != "sent" for why in sent[0].values())
    assert set(_states(office).values()) == {"failed"}
    assert "503" in page.status.text()
    assert not page.model.rows[0].delivery.startswith("sent")
    assert page.send_button.isEnabled()  # ready to try again


def test_the_background_retry_says_why_on_the_status_line_without_a_box(
    qtbot, office, refusing_server
) -> None:
    from msu_desktop.gui.outbox import Outbox

    office.set_setting("upload_url", refusing_server.url)
    outbox = Outbox(office)
    reasons: list[str] = []
    outbox.failed.connect(reasons.append)
    outbox.timer.timeout.emit()  # what happens every few minutes
    qtbot.waitUntil(lambda: bool(reasons), timeout=30_000)
    assert "503" in reasons[0]
    assert QApplication.activeModalWidget() is None  # nobody is interrupted by a retry
    assert set(_states(office).values()) == {"failed"}
    assert not outbox.busy


def test_nothing_to_send_without_an_address(qtbot, office) -> None:
    from msu_desktop.gui.outbox import Outbox

    outbox = Outbox(office)
    started: list[bool] = []
    outbox.started.connect(lambda: started.append(True))
    assert outbox.retry() is False
    assert started == [] and _states(office) == {}


@pytest.mark.crash_log_expected
def test_a_bug_while_sending_writes_a_crash_log(
    qtbot, office, refusing_server, tmp_path, monkeypatch
) -> None:
    from msu_desktop.gui import crash
    from msu_desktop.gui.outbox import Outbox

    logs = tmp_path / "logs"
    monkeypatch.setattr(crash, "_logs_dir", logs)

    def broken(outbox_dir: Path, url: str, force: bool = False, **_: object) -> dict[str, str]:
        return {p.name: "sent" for p in outbox_dir.glob("*.msupkg")}[None]  # type: ignore[index]

    monkeypatch.setattr(delivery, "send_pending", broken)
    office.set_setting("upload_url", refusing_server.url)
    outbox = Outbox(office)
    sent: list[object] = []
    reasons: list[str] = []
    outbox.sent.connect(sent.append)
    outbox.failed.connect(reasons.append)
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok), name="crashDialog")
    outbox.timer.timeout.emit()
    seen.wait()
    logs_written = list(logs.glob("crash-*.log"))
    assert len(logs_written) == 1 and "KeyError" in logs_written[0].read_text(encoding="utf-8")
    assert sent == [] and reasons  # not "sent"; the status line says it stopped
    assert _states(office) == {}  # nothing recorded as sent
    assert not outbox.busy  # and the next retry runs again
