"""The one way a test answers the app's dialogs: wait for the expected one, answer it, or fail
in words, and never hang.

A dialog opened with ``exec()`` blocks the test at the click that opens it, so the answer must
be armed *before* that click::

    with expect(press_box(QMessageBox.StandardButton.Yes), kind=QMessageBox) as question:
        click(qtbot, page.delete_button)
    assert "delete" in question.text

``expect`` starts a 20 ms poll (a QTimer, so it runs inside the dialog's own event loop) that
looks for a newly shown window of the expected ``kind`` (and ``title`` / ``name`` when given).
A progress dialog that is still up, or any other window, is never mistaken for it. The deadline
is measured on the clock, not in ticks, so a loaded machine gets the same seconds.

When the dialog does not come in time, the poll rejects every modal dialog shown since it was
armed (so a blocked ``exec()`` returns), and the test fails saying which dialog it waited for
and which windows were up instead. An answer that raises fails the test the same way, after
the dialog was closed. An expectation still unanswered when the test ends fails it too
(``check_all``, called by an autouse fixture in tests/conftest.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

Answer = Callable[[Any], None]
POLL_MS = 20
UNBLOCK_S = 2.0  # after the deadline: how long modal dialogs shown since keep being rejected
_ANSWERED = "_testAnswered"
_ARMED: list[Expected] = []  # during the current test


def _describe(w: QWidget) -> str:
    text = f" {w.text()[:80]!r}" if isinstance(w, QMessageBox) else ""
    return f"{type(w).__name__}(title={w.windowTitle()!r}, name={w.objectName()!r}){text}"


def _dismiss(w: QWidget) -> None:
    if isinstance(w, QDialog):
        w.reject()
    else:
        w.close()


def windows_up() -> list[str]:
    """Every visible window, in words (for a failure message)."""
    return [_describe(w) for w in QApplication.topLevelWidgets() if w.isVisible()]


class Expected:
    """One dialog the test waits for. Truthy once answered; ``text`` is its title and text."""

    def __init__(
        self,
        answer: Answer,
        kind: type[QWidget],
        title: str | None,
        name: str | None,
        timeout_s: float,
        when: Callable[[Any], bool] | None = None,
    ) -> None:
        self.answer, self.kind, self.title, self.name = answer, kind, title, name
        self.when = when
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self.answered: list[str] = []
        self.failure: str | None = None
        self.finished = False  # answered, or given up and done unblocking
        self._before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        self._timer: QTimer | None = QTimer()
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        _ARMED.append(self)

    # what the test reads ----------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.answered)

    def __len__(self) -> int:
        return len(self.answered)

    def __getitem__(self, i: int) -> str:
        return self.answered[i]

    def __repr__(self) -> str:  # what a failed ``assert expected`` prints
        if self.answered:
            return f"<answered {self.wanted()}: {self.answered[0]!r}>"
        if self.failure:
            return f"<{self.failure}>"
        return f"<the {self.wanted()} has not come (yet); windows up: {windows_up() or 'none'}>"

    @property
    def text(self) -> str:
        self.wait()
        return self.answered[0]

    def wanted(self) -> str:
        parts = [self.kind.__name__]
        if self.title is not None:
            parts.append(f"titled {self.title!r}")
        if self.name is not None:
            parts.append(f"named {self.name!r}")
        if self.when is not None:
            parts.append(f"for which {getattr(self.when, '__doc__', None) or 'when()'} holds")
        return " ".join(parts)

    # the poll ----------------------------------------------------------------------------
    def _matches(self, w: QWidget) -> bool:
        return (
            w.isVisible()
            and isinstance(w, self.kind)
            and w not in self._before
            and not w.property(_ANSWERED)
            and (self.title is None or self.title in w.windowTitle())
            and (self.name is None or w.objectName() == self.name)
            and (self.when is None or bool(self.when(w)))
        )

    def _poll(self) -> None:
        if self.finished:
            return
        if self.failure is None:
            active = QApplication.activeModalWidget()
            found = [active] if active is not None and self._matches(active) else []
            found += [w for w in QApplication.topLevelWidgets() if self._matches(w)]
            if found:
                self._answer(found[0])
                return
            if time.monotonic() < self.deadline:
                return
            self.failure = (
                f"the {self.wanted()} never came within {self.timeout_s:g} s; "
                f"windows up instead: {windows_up() or 'none'}"
            )
        # given up: close what blocks the test, then stop
        self._unblock()
        if time.monotonic() > self.deadline + UNBLOCK_S:
            self._finish()

    def _answer(self, w: QWidget) -> None:
        w.setProperty(_ANSWERED, True)
        text = w.text() if isinstance(w, QMessageBox) else ""
        self.answered.append(f"{w.windowTitle()}\n{text}")
        self._finish()  # before the answer: it may open the next dialog in a nested loop
        try:
            self.answer(w)
        except Exception as exc:  # reported in words, the dialog closed
            self.failure = f"answering the {self.wanted()} failed: {exc!r}"
            if w.isVisible():
                _dismiss(w)

    def _unblock(self) -> None:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w.isModal() and w not in self._before:
                _dismiss(w)

    def _finish(self) -> None:
        """Stop polling and break the timer's reference cycle, so that the timer is deleted
        when the test lets go of it, on the GUI thread -- never by the garbage collector on a
        worker thread, which would delete a GUI-thread QTimer there."""
        self.finished = True
        if self._timer is not None:
            self._timer.stop()
            self._timer.timeout.disconnect(self._poll)
            self._timer.deleteLater()
            self._timer = None
        self._before = set()

    # waiting -----------------------------------------------------------------------------
    def wait(self) -> Expected:
        """Wait (handling events) until the dialog was answered; fail in words if it never
        came or its answer failed."""
        while not self.answered and self.failure is None:
            QTest.qWait(POLL_MS)
        if self.failure is not None:
            while not self.finished:  # let the poll close what it must before failing
                QTest.qWait(POLL_MS)
            raise AssertionError(self.failure)
        return self

    def __enter__(self) -> Expected:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.wait()
        else:
            self._finish()


def expect(
    answer: Answer,
    *,
    kind: type[QWidget] | None = None,
    title: str | None = None,
    name: str | None = None,
    when: Callable[[Any], bool] | None = None,
    timeout_s: float = 30.0,
) -> Expected:
    """Arm the answer to the next dialog of ``kind`` (default: the answer's own ``kind``
    attribute, else any QDialog) titled ``title`` (a part of it), named ``name`` and for which
    ``when(dialog)`` is true (e.g. it has a certain button)."""
    kind = kind or getattr(answer, "kind", QDialog)
    return Expected(answer, kind, title, name, timeout_s, when)


def check_all() -> None:
    """Called when a test ends: an expected dialog that never came (or whose answer failed)
    fails the test in words. Stops every poll still running."""
    armed, _ARMED[:] = list(_ARMED), []
    failed = [e.failure for e in armed if e.failure]
    failed += [
        f"the test ended before the {e.wanted()} came"
        for e in armed
        if not e.answered and not e.failure
    ]
    for e in armed:
        e._finish()
    if failed:
        raise AssertionError("; ".join(dict.fromkeys(failed)))
