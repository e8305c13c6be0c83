"""In the window: the package is sent to a real inbox and shows "received" with the verified
receipt's time; the receipt is saved as a PDF; the agency returns the package and File → Import
a reply brings the decision: the period unlocks with the comment at its measure."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from msu_desktop.domain import report as rpt
from msu_desktop.services import delivery
from msu_desktop.services import report_service as rs
from msu_desktop.services.agency_returns import agency_comments
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from tests.gui.dialogs import expect
from tests.gui.user import press_box
from tests.inbox_helpers import InboxProcess, Keys


@pytest.mark.slow  # a real inbox server, the window, a reply by stick
@pytest.mark.timeout(240)
def test_sent_received_receipt_printed_then_returned_by_reply(
    qtbot, demo_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    from msu_agency.inbox.store import Inbox, write_replies
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow

    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    keys = Keys(tmp_path / "keys")
    keys.trust_in(data)
    ws = Workspace.open(data)
    assert rs.period_info(ws, "2021-H1").state == rpt.COMPLETE
    pkg = build_package(ws, "2021-H1", ws.outbox_dir, "ru")
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    server.expect_packages(pkg)
    try:
        ws.set_setting("upload_url", server.url)
        make_application()
        win = MainWindow(ws, "ru")
        qtbot.addWidget(win)
        win.show()
        page = win.show_page("packages")
        page.model.load(ws.outbox_dir)
        with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
            qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        assert page.model.rows[0].delivery.startswith("received by the agency")
        state = delivery.load(ws.outbox_dir)[pkg.name]
        # the time in Bishkek time (UTC+6), as on the receipt, not the receipt's UTC
        bishkek = dt.timezone(dt.timedelta(hours=6))
        local = dt.datetime.fromisoformat(state.received_at).astimezone(bishkek)
        assert local.strftime("%d.%m.%Y %H:%M") in page.model.rows[0].delivery
        # the receipt, printed
        page.table.selectRow(0)
        target = tmp_path / "receipt.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
        text = " ".join(p.extract_text() for p in PdfReader(target).pages)
        assert "I half of 2021" in text and state.sha256 in text.replace("\n", "")
        assert local.strftime("%d.%m.%Y %H:%M") in text
        # the agency returns it with a comment at measure 1.1.3; the reply comes on a stick
        inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency")
        try:
            inbox.decide(state.sha256, "returned", comments={"1.1.3": "Нет протокола"})
            (reply,) = write_replies(inbox, tmp_path / "stick")
        finally:
            inbox.close()
    finally:
        server.stop()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(reply), ""))
    )
    with expect(press_box(QMessageBox.StandardButton.Ok)) as told:
        win.import_reply_action.trigger()
    assert "I half of 2021" in told.text
    assert rs.period_info(ws, "2021-H1").state == rpt.DRAFT
    assert agency_comments(ws, "2021-H1", "1.1.3") == ["Нет протокола"]
    page = win.show_page("packages")
    page.model.load(ws.outbox_dir)
    row = page.model.rows[0].delivery
    # with the reply's verdict, by the agency's receipt time (years after the deadline here)
    assert row.startswith("returned for correction with comments · late: received "), row
    assert row.endswith("due 15.07.2021")
    # the report page shows the agency's comment at its measure, and the form is editable
    report = win.show_page("reports")
    report.select_period("2021-H1")
    assert report.select_measure("1.1.3")
    assert report.agency_note.isVisible() and "Нет протокола" in report.agency_note.text()
    assert not report.is_locked()
    assert report.select_measure("1.1.4")
    assert not report.agency_note.isVisible()
    ws.close()
