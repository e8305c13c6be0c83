"""The test helper that answers dialogs (tests/gui/dialogs.py): it answers the expected dialog
even when another modal window is up first, and when the dialog never comes it closes what
blocks the test and fails it in words instead of hanging."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from tests.gui import dialogs
from tests.gui.dialogs import expect
from tests.gui.user import press_box


def _question(parent: QWidget) -> QMessageBox.StandardButton:
    box = QMessageBox(QMessageBox.Icon.Question, "Import", "Import 30 rows?", parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return QMessageBox.StandardButton(box.exec())


def test_the_question_is_answered_not_the_progress_dialog_still_up(qtbot) -> None:
    """The hang of issue 20: a modal progress dialog is up when the answer is armed; the
    question comes later, inside the progress dialog's own loop."""
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = QProgressDialog("Reading…", "Cancel", 0, 0, parent)
    progress.setMinimumDuration(0)
    answers: list[QMessageBox.StandardButton] = []

    def later() -> None:  # the job ends: the progress dialog goes, the question comes
        progress.reset()
        answers.append(_question(parent))

    with expect(press_box(QMessageBox.StandardButton.Yes)) as question:
        QTimer.singleShot(300, later)  # the app's own delay, not the test's answer
        progress.exec()
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [QMessageBox.StandardButton.Yes]
    assert question.text == "Import\nImport 30 rows?"


def test_a_dialog_that_never_comes_fails_in_words_and_closes_the_blocking_one(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = time.monotonic()
    wrong = QDialog(parent)
    wrong.setWindowTitle("Something else")
    wrong.setObjectName("otherDialog")
    never = expect(press_box(QMessageBox.StandardButton.Ok), timeout_s=0.5)
    with pytest.raises(AssertionError) as info, never:
        # exec() would block forever: nobody answers this dialog
        assert wrong.exec() == QDialog.DialogCode.Rejected
    message = str(info.value)
    assert "QMessageBox never came within 0.5 s" in message
    assert "QDialog(title='Something else', name='otherDialog')" in message
    assert time.monotonic() - started < dialogs.UNBLOCK_S + 5
    with pytest.raises(AssertionError, match="never came"):
        dialogs.check_all()  # what the autouse fixture would report at the test's end


def test_an_answer_that_fails_closes_the_dialog_and_says_why(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def wrong_answer(box: QMessageBox) -> None:
        raise AssertionError(f"unexpected text {box.text()!r}")

    failing = expect(wrong_answer, kind=QMessageBox)
    with pytest.raises(AssertionError, match=r"answering the QMessageBox failed.*30 rows"), failing:
        assert _question(parent) != QMessageBox.StandardButton.Yes  # closed, not answered
    with pytest.raises(AssertionError, match="answering"):
        dialogs.check_all()


def test_a_dialog_armed_for_but_never_opened_fails_when_the_test_ends(qtbot) -> None:
    expect(press_box(QMessageBox.StandardButton.Ok), name="savedMessage")
    with pytest.raises(AssertionError, match="ended before the QMessageBox named 'savedMessage'"):
        dialogs.check_all()


def test_no_test_answers_a_dialog_after_a_fixed_delay() -> None:
    """A one-shot timer that answers "the" dialog after N ms answers the wrong one when the
    machine is slow (the 17-minute hang of issue 20): every answer goes through expect()."""
    from tests.conftest import ROOT

    allowed = {"dialogs.py", "test_gui_dialogs.py"}
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "tests").rglob("*.py")
        if path.name not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "singleShot(" in line
    ]
    assert offenders == [], "answer dialogs with tests/gui/dialogs.py's expect()"
