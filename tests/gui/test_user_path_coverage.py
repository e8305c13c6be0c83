"""UI coverage: every visible button and menu action of every page of the main window, of the
File, Edit and Help menus and of the dialogs the half-year goes through (and those inside the
pages: a value's and the period's history, comments, a lease, a revaluation, an object's files,
the import's column editor, the municipality and the plan wizard) must have been pressed by some
test in this run.

How it works, whatever order the tests run in: tests/ui_coverage.py (a plugin loaded by
tests/conftest.py) records, from the first GUI test on, every real ``clicked`` of a button and
every ``triggered`` of an action, and it moves this file's test to the very end of the run. The
test below then opens a fresh window, lists what is on each page, in the menus and in the
dialogs, and fails naming each control that nobody pressed. Run it together with the tests that
press things — the whole suite or at least ``tests/gui`` (``pytest tests/gui``); run on its own,
it rightly reports that nothing was pressed. A suite split into parts sets
``MSU_UI_COVERAGE_DIR`` to one folder for all of them: each part leaves what it pressed there,
and this test counts every part's presses, wherever it runs (tests/ui_coverage.py).

Controls are named by where they live (the page's or dialog's object name or class) and what
they are (their object name, else their English source text, so a click in Kyrgyz counts for
the Russian button too). A field's History and Comments buttons on the report form are one
family each: pressing one field's button exercises the code every field shares.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QWidget

from tests import ui_coverage
from tests.gui.user import go

# Controls that cannot be pressed in a test, each with the reason.
ALLOWED: set[str] = set()

FAMILIES = [re.compile(r"^(reportPage/history_).+$"), re.compile(r"^(reportPage/comment_).+$")]


def family(key: str) -> str:
    for pattern in FAMILIES:
        m = pattern.match(key)
        if m:
            return m.group(1) + "*"
    return key


def controls(top: QWidget) -> set[str]:
    out = set()
    for b in top.findChildren(QAbstractButton):
        # the table's corner button is Qt's own select-all, not a control of the app
        if b.isVisibleTo(top) and not isinstance(b.parent(), QTableView):
            out.add(ui_coverage.key_of(b))
    return out


def menu_actions(actions: list[QAction]) -> set[str]:
    out = set()
    for a in actions:
        if a.isSeparator() or not a.isVisible():
            continue
        if a.menu() is not None:
            out |= menu_actions(a.menu().actions())
        else:
            out.add(ui_coverage.key_of(a))
    return out


def more_dialogs(ws, win, tmp_path) -> list[QWidget]:
    """The dialogs inside the pages (issue 23): a value's history and comments, the period's
    history, a lease, a revaluation, an object's files, the import's column editor, the
    municipality and the plan wizard, as the pages and menus open them."""
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard
    from msu_desktop.gui.property.files_dialog import FilesDialog
    from msu_desktop.gui.property.lease_dialogs import LeaseDialog
    from msu_desktop.gui.property.mapping_dialog import MappingDialog
    from msu_desktop.gui.property.revaluation_dialog import RevaluationDialog
    from msu_desktop.services import property_import
    from msu_desktop.services import property_service as ps
    from tests.services.property.test_property import messy_register

    reports, prop = win.pages["reports"], win.pages["property"]
    opened = [reports.open_history("done"), reports.open_comments("done")]
    opened.append(reports.open_period_history())
    sheet = property_import.read_workbook(messy_register(tmp_path / "r.xlsx", fix=True))
    first = ps.list_rows(ws)[0].id
    return [
        *(d for d in opened if d is not None),
        LeaseDialog(prop),
        RevaluationDialog(prop),
        FilesDialog(ws, first, prop),
        MappingDialog(sheet, property_import.guess_mapping(sheet), prop),
        MunicipalityDialog(ws, win),
        PlanImportWizard(ws, win),
    ]


def test_every_visible_control_was_pressed_by_some_test(qtbot, demo_template, tmp_path) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow
    from msu_desktop.gui.printing import PrintJob
    from msu_desktop.gui.property import DecisionDialog, ObjectDialog
    from msu_desktop.gui.report import dialogs as rd
    from msu_desktop.services.workspace import Workspace

    make_application()
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    ws = Workspace.open(data)
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    win.show()
    listed: set[str] = set()
    try:
        for key in win.pages.keys_in_order:
            page = go(qtbot, win, key)
            QApplication.processEvents()
            listed |= controls(page)
        listed |= menu_actions(win.menuBar().actions())
        # the dialogs of the half-year, as the pages open them
        reports = win.pages["reports"]
        dialogs = [
            rd.ApproveDialog("2021-H1", "Асанов Бакыт", dt.date(2021, 7, 10), reports),
            rd.UnlockDialog("2021-H1", reports),
            ObjectDialog(ws, "en", None, win.pages["property"]),
            DecisionDialog(win.pages["property"]),
        ]
        dialogs += more_dialogs(ws, win, tmp_path)
        for dlg in dialogs:
            dlg.show()
            listed |= controls(dlg)
            dlg.close()
        pdf = win.pages["dashboard"].write_pdf(tmp_path / "dashboard.pdf")
        job = PrintJob(win.pages["dashboard"], "dashboard", pdf)
        preview = job.preview()
        assert job.save_pdf_action is not None and job.print_action is not None
        # the app's own preview actions
        listed.add(ui_coverage.key_of(job.save_pdf_action))
        listed.add(ui_coverage.key_of(job.print_action))
        preview.close()
    finally:
        win.close()
        ws.close()
    pressed = {family(k) for k in ui_coverage.pressed_in_all_runs()}
    missing = sorted({family(k) for k in listed} - pressed - ALLOWED)
    assert not missing, "no test pressed:\n  " + "\n  ".join(missing)


@pytest.mark.slow  # a second pytest run
def test_a_split_suite_counts_the_presses_of_every_part(tmp_path, monkeypatch) -> None:
    """One part of a split suite presses a button; the coverage check, in another run, counts
    it: the check need not be the last test of one big run."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder = tmp_path / "coverage"
    env = {**os.environ, ui_coverage.DIR_ENV: str(folder)}
    part = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/gui/test_gui_dialogs.py::test_the_question_is_answered_not_the_progress_dialog_still_up",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert part.returncode == 0, part.stdout + part.stderr
    (written,) = folder.glob("pressed-*.json")
    assert "QMessageBox/std:Yes" in written.read_text(encoding="utf-8")
    monkeypatch.setenv(ui_coverage.DIR_ENV, str(folder))
    monkeypatch.setattr(ui_coverage, "PRESSED", set())  # this run pressed nothing
    assert "QMessageBox/std:Yes" in ui_coverage.pressed_in_all_runs()
