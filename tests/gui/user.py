"""What a person does with the window, for the user-path tests: click the sidebar, click a
button, trigger a menu action, answer the dialog that opens. Every click goes through
QTest (a real mouse press and release) so the real signal arrives with its real arguments."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QWidget,
)

from tests.gui.dialogs import Expected, expect

SCREEN_W, SCREEN_H = 1366, 768
MAX_MIN_W, MAX_MIN_H = 1366, 740  # the window must fit a 1366×768 screen with its taskbar


def click(qtbot, button: QAbstractButton) -> None:
    """A left click in the middle of a visible, enabled button."""
    assert button.isVisible(), f"{button.text()!r} is not on screen"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go(qtbot, win, key: str) -> QWidget:
    """Click the page's entry in the sidebar."""
    row = win.pages.keys_in_order.index(key)
    item = win.sidebar.item(row)
    rect = win.sidebar.visualItemRect(item)
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_page_key() == key
    return win.pages[key]


def choose_from_menu(qtbot, button: QAbstractButton, action_name: str) -> None:
    """Click a button that opens a menu, then choose the menu's entry ``action_name`` (the
    action's object name) as the keyboard does: the entry highlighted, then Enter. The menu is
    answered as a dialog is (it pops up in its own event loop)."""

    def pick(menu: QMenu) -> None:
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    chosen = expect(pick, kind=QMenu)
    click(qtbot, button)
    chosen.wait()


def click_row(qtbot, view, row: int, column: int = 0) -> None:
    idx = view.model().index(row, column)
    view.scrollTo(idx)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())


def when_modal(
    answer: Callable[[QWidget], None],
    timeout_ms: int = 30_000,
    name: str | None = None,
    kind: type[QWidget] | None = None,
) -> Expected:
    """Arm ``answer(dialog)`` for the next modal dialog (exec() blocks the test, so the answer
    is armed before the click that opens it): tests/gui/dialogs.py's ``expect``. The result is
    truthy once answered and holds the dialog's title and text; ``.wait()`` fails in words."""
    return expect(answer, kind=kind, name=name, timeout_s=timeout_ms / 1000)


def when_saved() -> Expected:
    """Answer the "Saved: … Folder: …" confirmation that follows every Save as… (OK)."""
    return when_modal(press_box(QMessageBox.StandardButton.Ok), name="savedMessage")


def press_box(role: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """An answer for a QMessageBox: click its button ``role`` (Ok, Yes, …)."""

    def answer(w: QWidget) -> None:
        assert isinstance(w, QMessageBox), type(w)
        button = w.button(role)
        assert button is not None, f"{role} not in {w.text()}"
        button.click()

    answer.kind = QMessageBox  # type: ignore[attr-defined]  # what expect() waits for
    return answer


def press_std(dialog: QDialog, role: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(role)
    assert button is not None and button.isEnabled(), role
    button.click()


def pdf_text(path: Path) -> str:
    """The text of a PDF (poppler's pdftotext), spaces collapsed."""
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return " ".join(out.stdout.split())


def pdf_pages(path: Path) -> int:
    exe = shutil.which("pdfinfo")
    assert exe, "pdfinfo (poppler-utils) is needed; .ci/run installs it"
    out = subprocess.run([exe, str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return int(next(ln.split()[1] for ln in out.stdout.splitlines() if ln.startswith("Pages:")))


def fits(win) -> tuple[int, int]:
    """The window's minimum size: what its layout asks for, and what the page shown needs
    beside the sidebar without scrolling (the page scrolls inside the window, so the window's
    own minimum alone would not tell a page too wide for the screen)."""
    hint = win.minimumSizeHint().expandedTo(win.minimumSize())
    page = win.pages[win.current_page_key()]
    need = page.minimumSizeHint()
    chrome_w = win.width() - win.page_scroll.viewport().width()  # sidebar, margins
    chrome_h = win.height() - win.page_scroll.viewport().height()  # menu, status bar
    return max(hint.width(), need.width() + chrome_w), max(hint.height(), need.height() + chrome_h)
