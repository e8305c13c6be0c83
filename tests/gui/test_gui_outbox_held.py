"""The Packages page says "held until the agency confirms your key" in words, with the key's
fingerprint and the paper to send, when a real ``msu-agency serve`` on 127.0.0.1 holds the
package (the office's key is not pre-registered); once the agency runs ``msu-agency keys
confirm``, the next background poll makes it "received"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from msu_desktop.services import delivery
from msu_desktop.services.workspace import Workspace
from tests.inbox_helpers import InboxProcess, Keys, confirm_by_command


@pytest.fixture
def office(demo_template: Path, tmp_path: Path):
    from msu_desktop.services.package.build import build_package

    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    ws = Workspace.open(data)
    build_package(ws, "2021-H1", ws.outbox_dir)
    yield ws
    ws.close()


@pytest.mark.slow  # a real inbox server
def test_the_packages_page_says_held_then_received(qtbot, office, tmp_path: Path) -> None:
    from msu_desktop.gui.package_page import PackagePage

    keys = Keys(tmp_path / "keys")
    keys.trust_in(office.data_dir)
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    try:
        office.set_setting("upload_url", server.url)
        page = PackagePage(office, "ru")
        qtbot.addWidget(page)
        page.show()
        sent: list[dict[str, str]] = []
        page.outbox.sent.connect(sent.append)
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(sent), timeout=60_000)
        assert QApplication.activeModalWidget() is None  # held is not a failure: no box
        (d,) = delivery.load(office.outbox_dir).values()
        assert d.state == "held" and d.key_fingerprint
        row = page.model.rows[0].delivery
        assert d.key_fingerprint in row and "held until the agency confirms your key" in row
        assert "Print preview…" in row  # the page's own button prints the stamped paper

        confirm_by_command(server, d.name.split("_")[0], d.key_fingerprint)
        page.outbox.retry()  # what the timer does every few minutes
        qtbot.waitUntil(lambda: len(sent) == 2, timeout=60_000)
        qtbot.waitUntil(lambda: page.model.rows[0].delivery.startswith("received by the agency"))
        assert delivery.load(office.outbox_dir)[d.name].state == "received"
    finally:
        server.stop()
