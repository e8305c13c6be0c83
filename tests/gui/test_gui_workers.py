"""The one background-task API (gui/workers.py run_task), on the real thread pool: the result
arrives on the GUI thread, a UserError is shown, Cancel in the progress dialog stops the job,
and a bug writes a crash log and shows the crash dialog instead of vanishing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from msu_desktop.errors import Cancelled, UserError
from tests.gui.user import press_box, when_modal


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_result_arrives_on_the_gui_thread(qtbot, parent) -> None:
    from msu_desktop.gui.workers import run_task

    ran_in: list[threading.Thread] = []
    got: list[tuple[object, threading.Thread]] = []

    def job(a: int, b: int, *, progress, cancelled, scale: int) -> int:
        ran_in.append(threading.current_thread())
        progress(50, "half way")
        return (a + b) * scale

    run_task(
        parent, "Adding…", job, 2, 3, scale=10,
        on_done=lambda r: got.append((r, threading.current_thread())),
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got[0][0] == 50
    assert got[0][1] is threading.main_thread()
    assert ran_in and ran_in[0] is not threading.main_thread()


def test_progress_is_one_signature_pct_and_optional_text(qtbot, parent) -> None:
    from msu_desktop.gui.workers import run_task

    seen: list[tuple[int, str]] = []
    finished: list[object] = []
    connected = threading.Event()

    def job(*, progress, cancelled) -> str:
        assert connected.wait(5)
        progress(10)
        progress(250, "beyond")  # clamped to 0–100
        return "ok"

    task = run_task(parent, "Working…", job, on_done=finished.append)
    task.signals.progress.connect(lambda pct, text: seen.append((pct, text)))
    connected.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert seen == [(10, ""), (100, "beyond")]
    assert finished == ["ok"]


def test_a_user_error_shows_its_message(qtbot, parent) -> None:
    from msu_desktop.gui.workers import run_task

    def job(*, progress, cancelled) -> None:
        raise UserError("The USB stick {name} is full.", name="E:")

    done: list[object] = []
    seen = when_modal(press_box(QMessageBox.StandardButton.Ok))
    run_task(parent, "Saving…", job, on_done=done.append)
    seen.wait()
    assert "The USB stick E: is full." in seen[0]
    assert done == []


def test_on_failed_replaces_the_default(qtbot, parent) -> None:
    from msu_desktop.gui.workers import run_task

    def job(*, progress, cancelled) -> None:
        raise UserError("No network.")

    failures: list[BaseException] = []
    run_task(parent, "Sending…", job, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], UserError) and str(failures[0]) == "No network."


def test_cancel_in_the_progress_dialog_stops_the_job(qtbot, parent) -> None:
    from msu_desktop.gui.workers import run_task

    steps: list[int] = []
    stopped = threading.Event()
    failures: list[BaseException] = []

    def job(*, progress, cancelled) -> str:
        for i in range(500):  # 10 s if nobody stops it
            if cancelled():
                stopped.set()
                raise Cancelled("Stopped; nothing was written.")
            steps.append(i)
            progress(i // 5)
            time.sleep(0.02)
        return "finished"

    done: list[object] = []
    task = run_task(parent, "Copying…", job, on_done=done.append)
    dialog = task.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)  # after its 600 ms
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert stopped.wait(5)
    qtbot.wait(100)  # the queued failure arrives and is handled: silently
    assert done == [] and failures == []
    assert len(steps) < 500
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None  # no message box about the cancel


@pytest.mark.crash_log_expected
def test_a_bug_writes_a_crash_log_and_shows_the_crash_dialog(
    qtbot, parent, tmp_path: Path, monkeypatch
) -> None:
    from msu_desktop.gui import crash
    from msu_desktop.gui.workers import run_task

    logs = tmp_path / "logs"
    monkeypatch.setattr(crash, "_logs_dir", logs)  # as crash.install() sets it at start

    def job(*, progress, cancelled) -> None:
        {}["missing key"]  # a bug in the service

    seen = when_modal(press_box(QMessageBox.StandardButton.Ok), name="crashDialog")
    run_task(parent, "Working…", job)
    seen.wait()
    written = list(logs.glob("crash-*.log"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert "KeyError" in text and "missing key" in text and "in job" in text
    assert str(written[0]) in seen[0]


def test_run_with_progress_still_works(qtbot, parent) -> None:
    from msu_desktop.gui.workers import Task, run_with_progress

    task = Task(lambda x, progress, cancelled: x * 2, 21)
    got: list[object] = []
    task.signals.done.connect(got.append)
    run_with_progress(parent, task, "Doubling…")
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [42]
