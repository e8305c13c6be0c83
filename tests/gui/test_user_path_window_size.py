"""The window on the secretaries' 1366×768 screen (tests/conftest.py gives the offscreen platform
that screen): it opens maximised the first time, a size saved on a bigger screen is brought back
onto this one, and at 1280×720 every page in Kyrgyz and Russian fits, with each of its buttons
inside the window. (After a whole half-year of work the sizes are checked again at the end of
tests/gui/test_user_path_halfyear.py.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication

from msu_desktop.services.workspace import Workspace
from tests.gui.user import MAX_MIN_H, MAX_MIN_W, SCREEN_H, SCREEN_W, fits, go


@pytest.fixture
def data(demo_template: Path, tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(demo_template, d)
    return d


def open_window(qtbot, data: Path, lang: str):
    from msu_desktop import i18n
    from msu_desktop.gui.app import Controller, make_application

    app = make_application()
    ws = Workspace.open(data)
    i18n.set_language(lang)
    controller = Controller(app, ws, lang)
    controller.show()
    win = controller.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win, ws


def on_screen(win) -> bool:
    """The window inside the screen: its frame, or, maximised, its client area (a maximised
    window's frame lies outside the screen's edges on Windows as well)."""
    screen = QRect(0, 0, SCREEN_W, SCREEN_H)
    return screen.contains(win.geometry() if win.isMaximized() else win.frameGeometry())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_first_start_fills_the_screen(qtbot, data, lang) -> None:
    win, ws = open_window(qtbot, data, lang)
    try:
        assert win.isMaximized() or win.width() >= SCREEN_W - 40
        assert on_screen(win), win.frameGeometry()
        assert win.statusBar().geometry().bottom() < SCREEN_H  # the status line is visible
    finally:
        win.close()
        ws.close()


def test_a_size_saved_on_a_bigger_screen_is_brought_onto_this_one(qtbot, data) -> None:
    from PySide6.QtWidgets import QMainWindow

    # the window as it was left on a 1920×1080 monitor, far to the right
    other = QMainWindow()
    qtbot.addWidget(other)
    other.setGeometry(500, 300, 1800, 1000)
    settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("geometry", other.saveGeometry())
    settings.setValue("page", "property")
    settings.sync()
    other.close()
    win, ws = open_window(qtbot, data, "ru")
    try:
        assert win.current_page_key() == "property"
        assert on_screen(win), win.frameGeometry()
    finally:
        win.close()
        ws.close()


def in_inner_scroll(widget, page) -> bool:
    """Inside a scrolled part of the page (the report form): scrolled to, not cut off."""
    w = widget.parentWidget()
    while w is not None and w is not page:
        if isinstance(w.parentWidget(), QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def cut_off(win) -> list[str]:
    """Buttons of the current page that are not wholly inside the window."""
    page = win.pages[win.current_page_key()]
    inside = win.rect()
    out = []
    for b in page.findChildren(QAbstractButton):
        if not b.isVisibleTo(win) or b.window() is not win or in_inner_scroll(b, page):
            continue
        rect = QRect(b.mapTo(win, b.rect().topLeft()), b.size())
        if not inside.contains(rect):
            out.append(f"{b.objectName() or b.text()} at {rect}")
    return out


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_page_is_usable_at_1280x720(qtbot, data, lang) -> None:
    win, ws = open_window(qtbot, data, lang)
    try:
        win.showNormal()
        win.resize(1280, 720)
        QApplication.processEvents()
        for key in win.pages.keys_in_order:
            go(qtbot, win, key)
            QApplication.processEvents()
            w, h = fits(win)
            assert w <= min(MAX_MIN_W, 1280) and h <= min(MAX_MIN_H, 720), (lang, key, w, h)
            assert win.width() <= 1280, (lang, key, win.width())  # the page did not widen it
            assert not cut_off(win), (lang, key, cut_off(win))
    finally:
        win.close()
        ws.close()
