"""Nothing the user should fill in or read is left out of its window's layout.

A widget created with a parent but never put in a layout still appears — as a stray box in the
top-left corner, over other fields — and a test that sets it directly never notices (the
property form's GPS and category fields were lost that way). Every page and dialog is opened
and each visible field, button and label is looked for in its parent's layout."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QLabel,
)


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _in_layout(item.layout(), widget):
            return True
    return False


def strays(top: QWidget) -> list[str]:
    out = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, INPUTS) or w.isWindow() or not w.isVisibleTo(top):
            continue
        parent = w.parentWidget()
        # widgets placed by their parent itself (a spin box's line edit, a view's viewport)
        # have a parent without a layout
        if parent is None or parent.layout() is None:
            continue
        if not _in_layout(parent.layout(), w):
            out.append(f"{type(w).__name__} {w.objectName() or repr(getattr(w, 'text', str)())}")
    return out


def test_the_check_finds_a_stray_field(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QFormLayout

    dlg = QDialog()
    qtbot.addWidget(dlg)
    form = QFormLayout(dlg)
    form.addRow("Name:", QLineEdit(dlg))
    lost = QLineEdit(dlg)
    lost.setObjectName("lost")
    dlg.show()
    assert strays(dlg) == ["QLineEdit lost"]


def test_no_page_has_a_stray_field(qtbot, demo_dir) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow
    from msu_desktop.services.workspace import Workspace

    make_application()
    ws = Workspace.open(demo_dir)
    win = MainWindow(ws, "ru")
    qtbot.addWidget(win)
    win.show()
    found = {}
    for key in list(win.pages):
        win.show_page(key)
        if strays(win):
            found[key] = strays(win)
    win.close()
    ws.close()
    assert not found, found


@pytest.fixture
def dialogs(qtbot, demo_dir):
    from msu_desktop.gui import property as pp
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard
    from msu_desktop.gui.report import dialogs as rd
    from msu_desktop.services import property_service as ps
    from msu_desktop.services.workspace import Workspace

    make_application()
    ws = Workspace.open(demo_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    oid = ps.list_rows(ws)[0].id
    made = {
        "object (new)": pp.ObjectDialog(ws, "ru", None, parent),
        "object": pp.ObjectDialog(ws, "ru", oid, parent),
        "lease": pp.LeaseDialog(parent),
        "decision": pp.DecisionDialog(parent),
        "revaluation": pp.RevaluationDialog(parent),
        "files": pp.FilesDialog(ws, oid, parent),
        "municipality": MunicipalityDialog(ws, parent),
        "plan import": PlanImportWizard(ws, parent),
        "approve": rd.ApproveDialog("2021-H1", "Мамбетов Н.", dt.date(2021, 7, 10), parent),
        "unlock": rd.UnlockDialog("2021-H1", parent),
        "comments": rd.CommentDialog("Комментарии", [], False, parent),
    }
    yield made
    for dlg in made.values():
        dlg.close()
    ws.close()


def test_no_dialog_has_a_stray_field(dialogs) -> None:
    found = {}
    for name, dlg in dialogs.items():
        dlg.show()
        if strays(dlg):
            found[name] = strays(dlg)
    assert not found, found
