"""The Packages page: export in the background with progress, then save a checked copy."""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtGui import QPageLayout

from msu_desktop.services.workspace import Workspace
from msu_exchange.report_package import verify_package


@pytest.fixture
def page(qtbot, demo_dir, tmp_path, monkeypatch):
    from msu_desktop.gui.package_page import PackagePage

    # 2021-H1 is complete, not approved: the question asked before building it is answered
    # "build anyway" here; tests/gui/test_user_path_details.py clicks through that question.
    monkeypatch.setattr(PackagePage, "confirm_not_approved", lambda _self, _period: True)

    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    ws = Workspace.open(data)
    p = PackagePage(ws, "ru")
    qtbot.addWidget(p)
    p.show()
    yield p
    ws.close()


def test_export_in_background_then_save_a_copy(page, qtbot, tmp_path) -> None:
    assert page.empty_hint.isVisible()  # an empty outbox says what to do
    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        qtbot.mouseClick(
            page.export_button,
            __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton,
        )
    assert page.model.rowCount() == 1
    assert not page.empty_hint.isVisible()
    row = page.model.rows[0]
    assert row.valid and row.period == "2021-H1"
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = page.save_copy(usb)
    assert copy is not None and verify_package(copy).period == "2021-H1"
    assert "valid" in page.model.index(0, 3).data()


def test_cancel_leaves_nothing(page, qtbot) -> None:
    from msu_desktop.gui.workers import Task
    from msu_desktop.services.package.build import build_package

    task = Task(build_package, page.ws, "2021-H1", page.ws.outbox_dir, "ru")
    task.cancel()
    with qtbot.waitSignal(task.signals.failed, timeout=30_000) as blocker:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().start(task)
    assert "cancelled" in str(blocker.args[0])
    assert not list(page.ws.outbox_dir.glob("*.msupkg"))


def test_outbox_sends_in_the_background_and_shows_the_state(page, qtbot) -> None:
    from tests.services.test_delivery import Server

    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        page.export()
    server = Server(fail_first=0)
    try:
        page.ws.set_setting("upload_url", server.url)
        with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
            page.send_now()
    finally:
        server.close()
    assert len(server.received) == 1
    assert page.model.rows[0].delivery.startswith("sent")


def test_printing_the_report_sends_the_vector_pdf_itself(page, qtbot, tmp_path) -> None:
    """What goes to the printer is the package's PDF, text and all: "print to file" gets its
    very bytes, and a CUPS printer gets the file itself through lp (never page images)."""
    from PySide6.QtPrintSupport import QPrinter

    from msu_desktop.gui.printing import send_to_printer, spool_command
    from tests.paper import PDFTOTEXT, pdf_pages

    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        page.export()
    page.table.selectRow(0)
    pdf = page.extract_pdf()
    assert pdf is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    sent = send_to_printer(pdf, printer, "report")
    assert sent.how == "file"
    assert (tmp_path / "printed.pdf").read_bytes() == pdf.read_bytes()
    if PDFTOTEXT:
        assert pdf_pages(tmp_path / "printed.pdf") == pdf_pages(pdf)
    # a system printer with CUPS: the PDF itself is handed to lp, in landscape
    native = QPrinter(QPrinter.PrinterMode.HighResolution)
    native.setPrinterName("office")
    native.setCopyCount(2)
    native.setPageOrientation(QPageLayout.Orientation.Landscape)
    cmd = spool_command(native, pdf, "report")
    if shutil.which("lp") is None or sys.platform == "win32":
        assert cmd is None  # no spooler that takes PDF: pages at the printer's resolution
    else:
        assert cmd is not None and cmd[-1] == str(pdf) and cmd[1:3] == ["-d", "office"]
        assert "-n" in cmd and cmd[cmd.index("-n") + 1] == "2" and "landscape" in cmd


def test_a_printer_that_takes_no_pdf_gets_pages_at_its_own_resolution(
    qtbot, tmp_path, ws_with_municipality
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from msu_desktop.gui.printing import paint_pdf
    from msu_desktop.services.export.text_pdf import write_guide_pdf

    pdf = write_guide_pdf("# Руководство\n\nТекст ө ү ң.", "ru", tmp_path / "g.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pages.pdf"))
    assert printer.resolution() >= 600
    assert paint_pdf(printer, pdf, 600) == 1
    assert (tmp_path / "pages.pdf").stat().st_size > 50_000  # a 600 dpi page image


def test_the_period_offered_first_is_the_latest_one_ready_to_send(page) -> None:
    # the demo's 2021-H1 is complete (not yet approved), the periods before it approved
    assert page.period_combo.currentData() == "2021-H1"


def test_the_outbox_sends_without_the_packages_page_being_opened(qtbot, demo_dir, tmp_path):
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow
    from msu_desktop.services.package.build import build_package
    from tests.services.test_delivery import Server

    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    ws = Workspace.open(data)
    build_package(ws, "2021-H1", ws.outbox_dir)
    server = Server(fail_first=0)
    try:
        ws.set_setting("upload_url", server.url)
        make_application()
        win = MainWindow(ws, "ru")
        qtbot.addWidget(win)
        # the window opens with its first page only; the Packages page is not built
        assert [w.objectName() for w in win.pages.built()] == [win.pages["plan"].objectName()]
        win.outbox_timer.timeout.emit()  # what happens every few minutes
        qtbot.waitUntil(lambda: len(server.received) == 1, timeout=30_000)
    finally:
        server.close()
        ws.close()


def test_the_window_opens_with_one_page_built_and_builds_the_others_when_shown(
    qtbot, ws_with_municipality
) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow

    make_application()
    win = MainWindow(ws_with_municipality, "ru")
    qtbot.addWidget(win)
    assert len(win.pages.built()) == 1
    page = win.show_page("property")
    assert win.stack.currentWidget() is page and page.objectName() == "propertyPage"
    assert win.current_page_key() == "property" and len(win.pages.built()) == 2
    assert win.show_page("property") is page  # built once


def test_the_outgoing_number_and_date_typed_at_export_reach_the_paper(
    page, qtbot, tmp_path
) -> None:
    import json
    import zipfile

    from PySide6.QtCore import Qt

    from msu_desktop.i18n import tr
    from msu_desktop.services.package import outgoing
    from tests.paper import PDFTOTEXT, pdf_pages

    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))
    assert page.annex_edit.text() == "1" and page.number_edit.text() == ""
    # a date that does not exist is refused in words, and nothing is built or kept
    qtbot.keyClicks(page.number_edit, "01-12/345")
    qtbot.keyClicks(page.date_edit, "31.02.2021")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "31.02.2021" in page.status.text()
    assert not list(page.ws.outbox_dir.glob("*.msupkg"))
    assert outgoing.load(page.ws, "2021-H1") == outgoing.Outgoing()
    page.date_edit.clear()
    qtbot.keyClicks(page.date_edit, "12.07.2021")
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(page.model.rows[0].path) as z:
        data = json.loads(z.read("data.json"))
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(z.read(next(n for n in z.namelist() if n.endswith(".pdf"))))
    assert data["outgoing"] == {"number": "01-12/345", "date": "2021-07-12", "annex": "1"}
    if PDFTOTEXT:
        first = " ".join(pdf_pages(pdf, layout=False)[0].split())
        assert "01-12/345" in first and "12.07.2021" in first
        assert tr("Export", "Annex No. {annex}", "ru", annex="1") in first
    # kept for the period: shown again when the period is chosen again
    page.period_combo.setCurrentIndex(page.period_combo.findData("2020-H2"))
    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))
    assert page.number_edit.text() == "01-12/345" and page.date_edit.text() == "12.07.2021"
