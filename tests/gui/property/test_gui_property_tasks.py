"""The register's long work runs off the GUI thread (gui/workers.py's run_task), through the real
buttons: the import's dry run and apply and the xlsx export run on a worker thread while the
window keeps handling events, and Cancel in the progress dialog leaves nothing written."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps
from msu_desktop.services.export import register_xlsx
from tests.services.property.test_property_messy import office_register

pytestmark = pytest.mark.gui


class Answers:
    """Answers whatever modal window comes up, every 30 ms: the mapping with OK, the question
    with Yes (or ``cancel_progress``: the progress dialog's Cancel), every other box with OK."""

    def __init__(self, cancel_progress: bool = False) -> None:
        self.boxes: list[str] = []
        self.cancelled = False
        self.cancel_progress = cancel_progress
        self.timer = QTimer()
        self.timer.timeout.connect(self.answer)
        self.timer.start(30)

    def answer(self) -> None:
        from msu_desktop.gui.property import MappingDialog

        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, MappingDialog):
            dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        elif isinstance(dlg, QMessageBox):
            self.boxes.append(dlg.text())
            yes = dlg.button(QMessageBox.StandardButton.Yes)
            (yes or dlg.button(QMessageBox.StandardButton.Ok)).click()
        elif isinstance(dlg, QProgressDialog) and self.cancel_progress and not self.cancelled:
            self.cancelled = True
            dlg.findChild(QPushButton).click()  # its Cancel button

    def stop(self) -> None:
        self.timer.stop()


def _button(page, name: str) -> QPushButton:
    return page.findChild(QPushButton, name)


@pytest.fixture
def page(qtbot, ws_with_municipality, monkeypatch, tmp_path: Path):
    from msu_desktop.gui.property import PropertyPage

    path = office_register(tmp_path / "r.xlsx", bad_date=False)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    page = PropertyPage(ws_with_municipality, "ru")
    qtbot.addWidget(page)
    page.show()
    return page


def _ticking() -> tuple[QTimer, list[float]]:
    """A GUI-thread timer: its ticks while a job runs show the window kept handling events."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    return timer, ticks


def test_import_runs_off_the_gui_thread_and_the_window_stays_responsive(page, monkeypatch) -> None:
    gui = threading.get_ident()
    threads: dict[str, int] = {}
    spans: dict[str, tuple[float, float]] = {}
    real_dry_run, real_apply = property_import.dry_run, property_import.apply

    def dry_run(*args, **kwargs):
        threads["dry_run"] = threading.get_ident()
        return real_dry_run(*args, **kwargs)

    def apply(*args, **kwargs):
        threads["apply"] = threading.get_ident()
        start = time.monotonic()
        time.sleep(0.4)  # a slow old PC
        result = real_apply(*args, **kwargs)
        spans["apply"] = (start, time.monotonic())
        return result

    monkeypatch.setattr(property_import, "dry_run", dry_run)
    monkeypatch.setattr(property_import, "apply", apply)
    timer, ticks = _ticking()
    answers = Answers()
    try:
        _button(page, "import_excelButton").click()
    finally:
        answers.stop()
        timer.stop()
    assert set(threads) == {"dry_run", "apply"}
    assert gui not in threads.values()  # both ran on a worker thread
    start, end = spans["apply"]
    assert sum(start < t < end for t in ticks) >= 5  # the GUI thread kept running meanwhile
    assert len(answers.boxes) == 1 and "30 new objects" in answers.boxes[0]
    assert len(ps.list_rows(page.ws)) == 30 == page.model.rowCount()  # and the page refreshed


def test_cancel_during_the_import_writes_nothing(page, monkeypatch) -> None:
    real_apply = property_import.apply
    asked: list[bool] = []

    def apply(ws, check, *, progress, cancelled):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.02)
        asked.append(cancelled())
        return real_apply(ws, check, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(property_import, "apply", apply)
    answers = Answers(cancel_progress=True)
    try:
        _button(page, "import_excelButton").click()
    finally:
        answers.stop()
    assert asked == [True]  # the real Cancel button reached the job
    assert ps.list_rows(page.ws) == []  # the one transaction was rolled back
    assert len(answers.boxes) == 1  # the question only: a cancel shows no error


def test_export_runs_off_the_gui_thread(page, monkeypatch, tmp_path: Path) -> None:
    ps.add_object(page.ws, {"category": "building", "name_ru": "Клуб", "area": 200.0})
    target = tmp_path / "реестр.xlsx"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    threads: list[int] = []
    real = register_xlsx.write_register

    def write_register(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(register_xlsx, "write_register", write_register)
    answers = Answers()
    try:
        page.export_excel("full")  # Export… → The register (Excel)…
    finally:
        answers.stop()
    assert threads and threads[0] != threading.get_ident()
    assert target.stat().st_size > 1000
    assert any("реестр.xlsx" in text for text in answers.boxes)  # "Saved: …" after it
