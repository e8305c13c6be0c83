"""Every word the window shows is in the user's language: each page of a demo municipality is
opened in Kyrgyz and in Russian, and every visible text (labels, buttons, menus, table headers,
choices, placeholders, tooltips, the painted dashboard) is searched for English left behind.

The .ts check (tests/test_translations.py) proves every *extracted* string is translated; this
proves that nothing shown escaped the extraction."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QWidget,
)

# two or more English words in a row ("Save as", "Not reported"); single tokens such as PDF,
# Excel, USB or a file pattern are allowed
ENGLISH = re.compile(r"\b[A-Za-z]{2,}\b[ ,:]+\b[A-Za-z]{2,}\b")
# what the demo's own data may contain in Latin letters (a computer's make), not interface text
DATA = re.compile(r"Dell OptiPlex|PDF \(\*\.pdf\)|Excel \(\*\.xlsx\)|\(\*\.[a-z]+( \*\.[a-z]+)*\)")


def _texts(widget: QWidget) -> list[str]:
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        out.append(w.toolTip())
        if isinstance(w, QLabel):
            out.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append(w.placeholderText())
        header = (
            w.horizontalHeader()
            if isinstance(w, QTableView)
            else w.header()
            if isinstance(w, QTreeView)
            else None
        )
        if header is not None and w.model() is not None:
            out += [
                str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())
            ]
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            out.append(action.text())
            if action.menu():
                out += [a.text() for a in action.menu().actions()]
    return [t for t in out if t]


def _scan_dialogs(app, trigger) -> list[str]:
    """Run ``trigger``; read and close every modal window it opens (nested ones too)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu

    texts: list[str] = []

    def close_modal() -> None:
        w = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if w is None:
            return
        # Qt's own file dialog is translated by Qt (qtbase_ru; on Windows the system's dialog is
        # used), and Qt 6.10's catalogue lacks its "&Look in:": only our title is checked there
        if not isinstance(w, QFileDialog):
            texts.extend(_texts(w))
        texts.append(w.windowTitle())
        if isinstance(w, QMenu):
            texts.extend(a.text() for a in w.actions())
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()

    before = set(QApplication.topLevelWidgets())
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(close_modal)
    timer.start()
    try:
        trigger()
        for _ in range(5):
            app.processEvents()
    finally:
        timer.stop()
    for w in set(QApplication.topLevelWidgets()) - before:  # windows that are not modal
        if w.isVisible():
            texts.extend(_texts(w))
            texts.append(w.windowTitle())
            w.close()
    return [t for t in texts if t]


def _english(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if ENGLISH.search(DATA.sub("", t))})


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_page_speaks_the_users_language(qtbot, demo_dir, lang) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.dashboard_page import DashboardTexts
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.main_window import MainWindow
    from msu_desktop.services.workspace import Workspace

    app = make_application()
    install_translators(app, lang)
    ws = Workspace.open(demo_dir)
    win = MainWindow(ws, lang)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    found: dict[str, list[str]] = {}
    for key in list(win.pages):
        win.show_page(key)
        app.processEvents()
        bad = _english(_texts(win))
        if bad:
            found[key] = bad
    # the dialogs behind the property register's buttons and the File menu, each scanned while
    # it is open and then closed
    prop = win.show_page("property")
    prop.table.selectRow(0)
    for button in prop.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled():
            texts = _scan_dialogs(app, button.click)
            if _english(texts):
                found[f"property: {button.text()}"] = _english(texts)
    for action in (
        win.municipality_action,
        win.import_plan_action,
        win.backup_action,
        win.restore_action,
    ):
        if True:
            texts = _scan_dialogs(app, action.trigger)
            if _english(texts):
                found[f"menu: {action.text()}"] = _english(texts)
    painted = vars(DashboardTexts())
    bad = _english([str(v) for v in painted.values()]) + [
        v for v in painted.values() if not re.search(r"[А-Яа-яӨөҮүҢң]", str(v)) and "{" not in v
    ]
    if bad:
        found["dashboard chart"] = bad
    win.close()
    ws.close()
    assert not found, found


def test_the_check_would_see_english() -> None:
    assert _english(["Progress of the semi-annual reports", "Сохранить в PDF…"]) == [
        "Progress of the semi-annual reports"
    ]
    assert _english(["Компьютер Dell OptiPlex", "PDF (*.pdf)", "План lsg-2018-2023"]) == []
