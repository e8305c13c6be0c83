"""Issue 10, "a clear word at every step": each detail a secretary met on the way through a
half-year, clicked through the real main window, in Kyrgyz and in Russian where words matter.

Modal dialogs are answered by the test (``answer``: a timer finds the active modal widget and
clicks its button); only the operating system's file dialog is replaced by a path.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWidget,
    QWizard,
)

from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services import settings
from msu_desktop.services.workspace import Workspace
from tests.gui.dialogs import Expected, expect
from tests.gui.user import choose_from_menu

NAME_RU = "Дарыинский айылный аймак"


# -- helpers ---------------------------------------------------------------------------------
def answer(
    pick: Callable[[QWidget], QAbstractButton | None],
    seen: list[QWidget] | None = None,
    before: Callable[[QWidget], None] | None = None,
) -> Expected:
    """When a dialog that has the button ``pick(dialog)`` comes up, ``before(dialog)`` (fill
    it in), then click that button (tests/gui/dialogs.py: fails in words if it never comes)."""

    def respond(w: QWidget) -> None:
        if seen is not None:
            seen.append(w)
        if before is not None:
            before(w)
        button = pick(w)
        assert button is not None
        button.click()

    return expect(respond, kind=QDialog, when=lambda w: pick(w) is not None)


def named(name: str) -> Callable[[QWidget], QAbstractButton | None]:
    return lambda w: w.findChild(QAbstractButton, name)


def standard(which: QMessageBox.StandardButton | QDialogButtonBox.StandardButton):
    def pick(w: QWidget) -> QAbstractButton | None:
        if isinstance(w, QMessageBox):
            return w.button(which)  # type: ignore[arg-type]
        box = w.findChild(QDialogButtonBox)
        return box.button(which) if box is not None else None  # type: ignore[arg-type]

    return pick


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def pdf_words(path: Path) -> tuple[str, list[tuple[float, str]], float]:
    """Text of a PDF, each word's right edge, and the page width (poppler's pdftotext)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    import re

    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    words = [
        (float(m.group(1)), m.group(2))
        for m in re.finditer(
            r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html
        )
    ]
    return text, words, width


@pytest.fixture
def make_window(qtbot):
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.main_window import MainWindow

    def make(ws: Workspace, lang: str) -> MainWindow:
        app = make_application()
        install_translators(app, lang)
        win = MainWindow(ws, lang)
        qtbot.addWidget(win)
        win.resize(1366, 740)
        win.show()
        return win

    return make


@pytest.fixture
def demo_ws(demo_dir, tmp_path):
    data = tmp_path / "demo"
    shutil.copytree(demo_dir, data)
    ws = Workspace.open(data)
    yield ws
    ws.close()


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's Documents folder, in the test's own folder."""
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(docs)))
    return docs


def save_dialog(monkeypatch, answer_path: Path) -> list[str]:
    """The OS save dialog, answering ``answer_path``; returns what it was offered."""
    offered: list[str] = []

    def fake(_parent, _title, start, _filter="", *a, **k):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(answer_path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return offered


# -- the ended programme ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "ended", "overdue", "import_words"),
    [
        ("ru", "закончилась 31.12.2023", "просроч", "Импорт пакета плана"),
        ("ky", "31.12.2023 аяктаган", "кечик", "План пакетин импорттоо"),
    ],
)
def test_a_fresh_install_shows_the_ended_programme_as_an_archive(
    make_window, ws_with_municipality, qtbot, lang, ended, overdue, import_words, monkeypatch
) -> None:
    ws = ws_with_municipality  # no demo date: today is today, years after 31.12.2023
    win = make_window(ws, lang)
    # the first page says the programme ended and how to get the current one
    assert win.programme_banner.isVisible()
    banner = win.programme_banner_text.text()
    assert ended in banner and import_words in banner
    # ... and its button opens the plan-import wizard (answered: Cancel)
    seen: list[QWidget] = []
    answer(
        lambda w: w.button(QWizard.WizardButton.CancelButton) if isinstance(w, QWizard) else None,
        seen,
    )
    click(win.import_plan_button)
    assert seen and isinstance(seen[0], QWizard)
    # the status bar names the programme, not its id
    assert "lsg-2018-2023" not in win.status_label.text() + win.status_label.toolTip()
    assert ws.plan().title[lang] in win.status_label.toolTip()
    # the dashboard: no "overdue" alarms, the archive explained
    dash_page = win.show_page("dashboard")
    assert ended.split()[0] in dash_page.summary.text() or "31.12.2023" in dash_page.summary.text()
    assert overdue not in dash_page.summary.text()
    assert dash_page.data is not None and dash_page.data.next_due is None
    # the reports list: "archive", and no period is "overdue"
    reports = win.show_page("reports")
    states = [
        reports.period_model.index(r, 2).data() for r in range(reports.period_model.rowCount())
    ]
    assert all("архив" in s for s in states), states
    assert not [s for s in states if overdue in s]
    # the dashboard PDF says it in words and nothing runs off the page
    out = Path(win.ws.data_dir) / "d.pdf"
    dash_page.write_pdf(out)
    text, words, width = pdf_words(out)
    assert "31.12.2023" in text and overdue not in text
    assert max(x for x, _w in words) <= width


def test_a_long_overdue_line_wraps_inside_the_dashboard_pdf(
    make_window, ws_with_municipality, tmp_path
) -> None:
    ws = ws_with_municipality
    settings.AS_OF.set(ws, dt.date(2023, 11, 20))  # inside the programme: 2018-H2 is overdue
    win = make_window(ws, "ky")
    page = win.show_page("dashboard")
    assert page.data is not None and page.data.next_due is not None
    assert page.data.next_due.days_left < -1000
    out = tmp_path / "dash.pdf"
    page.write_pdf(out)
    text, words, width = pdf_words(out)
    assert "2018-жылдын II жарым жылдыгы" in " ".join(text.split())
    assert max(x for x, _w in words) <= width, "text runs off the page's right edge"


def test_dashboard_labels_are_readable_and_the_counts_explained(make_window, demo_ws) -> None:
    from msu_desktop.gui.dashboard_page import BASE, MIN_POINTS, rows_needed

    win = make_window(demo_ws, "ru")
    page = win.show_page("dashboard")
    assert page.data is not None
    # the chart is tall enough for 9-point text (the page scrolls instead of squeezing it)
    unit_px = MIN_POINTS * page.chart.logicalDpiY() / 72 / BASE
    assert page.chart.minimumHeight() >= rows_needed(page.data) * unit_px
    assert "«3 из 12»" in page.chart.toolTip() and "выполнено" in page.chart.toolTip()


# -- the package of a period that is not approved --------------------------------------------
def test_building_an_unapproved_period_asks_first_and_the_package_says_so(
    make_window, demo_ws, qtbot
) -> None:
    win = make_window(demo_ws, "ru")
    page = win.show_page("packages")
    page.period_combo.setCurrentIndex(page.period_combo.findData("2021-H1"))  # complete
    assert page.period_combo.currentText() == "I полугодие 2021 г."
    seen: list[QWidget] = []
    answer(standard(QMessageBox.StandardButton.Cancel), seen)
    click(page.export_button)
    assert seen, "no question was asked"
    question = seen[0]
    assert isinstance(question, QMessageBox)
    assert "I полугодие 2021 г." in question.text() and "глава его не утвердил" in question.text()
    assert not list(demo_ws.outbox_dir.glob("*.msupkg"))  # cancelled: nothing built
    # again, "Build anyway"
    answer(named("buildAnywayButton"))
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        click(page.export_button)
    (pkg,) = demo_ws.outbox_dir.glob("*.msupkg")
    with zipfile.ZipFile(pkg) as z:
        period = json.loads(z.read("data.json"))["period"]
    assert period["state"] == "complete" and period["approved"] is False
    assert isinstance(period["problems"], int)
    assert page.model.index(0, 0).data() == "I полугодие 2021 г."


def test_a_draft_with_problems_names_them_and_an_approved_period_builds_at_once(
    make_window, demo_ws, qtbot
) -> None:
    from msu_desktop.services.package.build import readiness, readiness_warning

    r = readiness(demo_ws, "2021-H2")  # the demo's draft with measures still to fix
    assert r.state == "draft" and r.problems > 0
    warning = readiness_warning(r, "ky")
    assert warning is not None and "2021-жылдын II жарым жылдыгы" in warning
    assert str(r.problems) in warning and "беките элек" in warning
    win = make_window(demo_ws, "ky")
    page = win.show_page("packages")
    page.period_combo.setCurrentIndex(page.period_combo.findData("2020-H2"))  # approved
    with qtbot.waitSignal(page.model.modelReset, timeout=60_000):
        click(page.export_button)  # no question: a modal here would stop the test
    (pkg,) = demo_ws.outbox_dir.glob("*.msupkg")
    with zipfile.ZipFile(pkg) as z:
        assert json.loads(z.read("data.json"))["period"]["approved"] is True


def test_verify_accepts_data_json_with_and_without_the_new_fields(demo_ws) -> None:
    from msu_desktop.services.package.build import package_data
    from msu_exchange.documents import validate
    from msu_exchange.report_package import DATA

    doc = json.loads(json.dumps(package_data(demo_ws, "2021-H1"), default=str))
    validate(doc, "package_data.schema.json", DATA)
    for key in ("approved", "problems"):
        del doc["period"][key]
    validate(doc, "package_data.schema.json", DATA)  # a package from before the fields


# -- help: the user guide --------------------------------------------------------------------
GUIDE_LABELS = [
    ("MainWindow", "&Import a plan package…"),
    ("MainWindow", "&Back up to a USB stick…"),
    ("MainWindow", "&Restore from a backup…"),
    ("MainWindow", "&Municipality…"),
    ("Pages", "Reports"),
    ("Pages", "Packages"),
    ("Pages", "Property"),
    ("Pages", "Dashboard"),
    ("ReportPage", "Start from previous period"),
    ("ReportPage", "&Attach files…"),
    ("ReportPage", "Check"),
    ("ReportPage", "Mark &complete"),
    ("ReportPage", "A&pprove…"),
    ("PackagePage", "&Export package"),
    ("PackagePage", "&Save a copy to USB…"),
    ("PropertyPage", "&Add object…"),
    ("PropertyPage", "&Lease…"),
    ("PropertyPage", "&Write off…"),
    ("PropertyPage", "&Import from Excel…"),
    ("PropertyPage", "E&xport…"),
]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_guide_names_the_buttons_and_menus_as_the_window_shows_them(lang) -> None:
    from msu_desktop.i18n import tr
    from msu_desktop.services.guide import guide_text

    text = guide_text(lang)
    missing = [src for ctx, src in GUIDE_LABELS if tr(ctx, src, lang).replace("&", "") not in text]
    assert not missing, f"the {lang} guide names buttons the window does not have: {missing}"
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(sections) == 5  # first start, the half-year, the register, plan package, backups


@pytest.mark.parametrize(
    ("lang", "title", "word"),
    [("ky", "Колдонмо", "флешка"), ("ru", "Руководство пользователя", "флешку")],
)
def test_help_user_guide_opens_prints_to_pdf_and_closes(
    make_window, ws_with_municipality, monkeypatch, documents, tmp_path, lang, title, word
) -> None:
    win = make_window(ws_with_municipality, lang)
    win.guide_action.trigger()
    guide = win.guide
    assert guide.isVisible() and guide.windowTitle() == title
    assert word in guide.browser.toPlainText()
    out = tmp_path / "guide.pdf"
    offered = save_dialog(monkeypatch, out)
    saved = answer(standard(QMessageBox.StandardButton.Ok))
    click(guide.pdf_btn)
    saved.wait()
    assert Path(offered[0]).parent == documents and offered[0].endswith(".pdf")
    text, _words, _w = pdf_words(out)
    assert word in text  # the guide's own PDF (services/export), its text searchable
    # Print… makes the same PDF and previews it; the preview's Print… opens the system's
    # print dialog (answered: Cancel): nothing is printed
    from PySide6.QtPrintSupport import QPrintDialog

    click(guide.print_btn)
    job = guide.print_job
    assert job is not None and job.dialog is not None and job.dialog.isVisible()
    assert word in pdf_words(job.pdf)[0]
    seen: list[QWidget] = []
    cancelled = answer(standard(QDialogButtonBox.StandardButton.Cancel), seen)
    assert job.print_action is not None
    job.print_action.trigger()
    cancelled.wait()
    assert seen and isinstance(seen[0], QPrintDialog) and job.last_sent is None
    job.dialog.reject()
    QTest.qWait(0)
    close = guide.findChild(QPushButton, "closeButton")
    click(close)
    assert not guide.isVisible()


# -- saving files: names in words, Documents or the last folder, a confirmation ---------------
def test_dashboard_pdf_is_named_for_the_municipality_and_confirmed(
    make_window, ws_with_municipality, monkeypatch, documents, tmp_path
) -> None:
    win = make_window(ws_with_municipality, "ru")
    page = win.show_page("dashboard")
    usb = tmp_path / "usb"
    usb.mkdir()
    offered = save_dialog(monkeypatch, usb / "сводка.pdf")
    seen: list[QWidget] = []
    answer(standard(QMessageBox.StandardButton.Ok), seen)
    click(page.pdf_btn)
    assert offered[0] == str(documents / f"Сводка — {NAME_RU}.pdf")
    assert (usb / "сводка.pdf").stat().st_size > 1000
    assert seen and "сводка.pdf" in seen[0].text() and str(usb) in seen[0].text()
    assert seen[0].findChild(QPushButton, "openFolderButton") is not None
    # the next save opens where the last one went
    answer(standard(QMessageBox.StandardButton.Ok))
    click(page.pdf_btn)
    assert Path(offered[1]).parent == usb


def test_register_export_is_named_in_russian_and_confirmed_with_open_folder(
    qtbot, make_window, ws_with_municipality, monkeypatch, documents, tmp_path
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    ps.add_object(
        ws_with_municipality,
        {"category": "vehicle", "name_ru": "Трактор", "area": 3, "unit": "pcs"},
    )
    win = make_window(ws_with_municipality, "ru")
    page = win.show_page("property")
    out = tmp_path / "r.xlsx"
    offered = save_dialog(monkeypatch, out)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    answer(named("openFolderButton"))
    choose_from_menu(qtbot, page.findChild(QPushButton, "export_excelButton"), "exportFullAction")
    assert offered[0] == str(documents / f"Реестр имущества — {NAME_RU}.xlsx")
    assert out.stat().st_size > 1000
    assert opened and opened[0].toLocalFile() == str(tmp_path)


# -- the plan wizard's last step ---------------------------------------------------------------
def test_the_plan_wizard_installs_on_install_and_then_offers_only_finish(
    qtbot, ws, tmp_path
) -> None:
    from msu_agency.plan_build import build_plan_package
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard
    from tests.conftest import ROOT
    from tests.gui.test_gui_plan_import import _agency_key
    from tests.services.plan_package.test_plan_package import plan_v2

    v1 = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    pkg = build_plan_package(plan_v2(v1), [_agency_key()], tmp_path / "v2.msuplan")
    wizard = PlanImportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path_edit.setText(str(pkg))
    click(wizard.button(QWizard.WizardButton.NextButton))
    # the step that installs says so, and it is not "Next"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Install"
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert "lsg-2018-2023" not in wizard.check_page.text.toPlainText()
    click(commit)
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=30_000)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert not cancel.isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert "lsg-2018-2023" not in wizard.done_page.label.text()
    from msu_desktop.services.labels import programme_name

    assert programme_name(ws.plan()) in wizard.done_page.label.text()
    click(finish)
    assert wizard.outcome is not None and not wizard.isVisible()


# -- the plan detail pane follows the filter ---------------------------------------------------
def test_the_plan_detail_pane_drops_a_measure_the_filter_hides(
    make_window, ws_with_municipality, qtbot
) -> None:
    from tests.conftest import type_text

    win = make_window(ws_with_municipality, "ru")
    plan = win.show_page("plan")
    assert plan.select_code("1.1.3")
    assert "1.1.3" in plan.detail.toPlainText()
    type_text(plan.search, "zzzz-nothing-matches")
    assert plan.visible_measure_codes() == []
    assert "1.1.3." not in plan.detail.toPlainText()
    plan.search.clear()
    assert plan.select_code("3.2.2")
    type_text(plan.search, "реестр")  # 3.2.2 stays visible: it stays shown
    assert "3.2.2" in plan.detail.toPlainText()


# -- the report form -------------------------------------------------------------------------
def _money_field(page) -> str:
    return next(f for f in page.form.rows if page.rules.kind_of(f) == "money")


def test_report_form_tab_skips_icon_buttons_formats_numbers_and_history(
    make_window, ws_with_municipality, qtbot
) -> None:
    win = make_window(ws_with_municipality, "ru")
    page = win.show_page("reports")
    page.select_period("2019-H2")
    page.select_measure("1.1.3")
    field = _money_field(page)
    row = page.form.rows[field]
    # icon buttons are named for screen readers but are no tab stop
    for btn in (row.history_btn, row.comment_btn):
        assert btn.accessibleName() and btn.toolTip()
        assert btn.focusPolicy() == Qt.FocusPolicy.NoFocus
    editor = row.editor
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClicks(editor, "1250000.5")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # leaves the field
    qtbot.waitUntil(lambda: not editor.hasFocus())
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QToolButton), "Tab stopped on an icon button"
    assert editor.text() == "1 250 000,50"
    stored = rs.entry_values(page.ws, "2019-H2", "1.1.3")[field].value
    assert Decimal(stored) == Decimal("1250000.5")
    # the history says it the same way
    click(row.history_btn)
    table = page.dialog.findChild(
        __import__("PySide6.QtWidgets", fromlist=["QTableView"]).QTableView
    )
    cells = [
        table.model().index(r, c).data()
        for r in range(table.model().rowCount())
        for c in range(table.model().columnCount())
    ]
    assert "1 250 000,50" in cells and stored not in cells
    page.dialog.close()


def test_an_empty_report_says_where_to_begin(make_window, ws_with_municipality) -> None:
    win = make_window(ws_with_municipality, "ky")
    page = win.show_page("reports")
    page.select_period("2019-H1")
    assert "2019-жылдын I жарым жылдыгы" in page.message.text()
    assert "Мурунку мезгилден баштоо" in page.message.text()


# -- property --------------------------------------------------------------------------------
def _row_of(page, object_id: int) -> int:
    return next(
        r
        for r in range(page.proxy.rowCount())
        if page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()].id == object_id
    )


def test_property_double_click_add_object_and_quantities(
    make_window, ws_with_municipality, qtbot
) -> None:
    ws = ws_with_municipality
    win = make_window(ws, "ru")
    page = win.show_page("property")
    assert page.empty_hint.isVisible() and "Добавить объект" in page.empty_hint.text()

    # a new object through the real button and the real dialog's Save
    def fill(dlg: QWidget) -> None:
        dlg.name_ru.setText("Трактор МТЗ-82")  # type: ignore[attr-defined]
        dlg.category.setCurrentIndex(dlg.category.findData("vehicle"))  # type: ignore[attr-defined]
        dlg.area.setValue(3)  # type: ignore[attr-defined]

    answer(standard(QDialogButtonBox.StandardButton.Save), before=fill)
    click(page.findChild(QPushButton, "add_objectButton"))
    (obj,) = ps.list_rows(ws)
    assert not page.empty_hint.isVisible()
    assert "Объект добавлен" in page.message.text() and "Трактор МТЗ-82" in page.message.text()
    assert page.selected_id() == obj.id  # selected, scrolled to
    # "3 шт.", not "3,00 шт."
    r = _row_of(page, obj.id)
    col = page.model.COLUMNS.index("area")
    assert page.proxy.index(r, col).data() == "3 шт."
    # a double-click opens the object (answered: Cancel)
    seen: list[QWidget] = []
    answer(standard(QDialogButtonBox.StandardButton.Cancel), seen)
    idx = page.proxy.index(r, 1)
    page.table.scrollTo(idx)
    pos = page.table.visualRect(idx).center()
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert seen and getattr(seen[0], "object_id", None) == obj.id


def test_lease_opens_the_objects_leases_to_add_and_edit_and_all_leases_close(
    make_window, ws_with_municipality, qtbot
) -> None:
    ws = ws_with_municipality
    oid = ps.add_object(
        ws, {"category": "building", "name_ru": "Дом культуры", "area": 540.0, "unit": "m2"}
    )
    win = make_window(ws, "ru")
    page = win.show_page("property")
    page.table.selectRow(_row_of(page, oid))
    click(page.findChild(QPushButton, "add_leaseButton"))
    leases = page.object_leases_dialog
    assert leases.isVisible() and leases.empty.isVisible()
    assert leases.table.rowCount() == 0

    def fill(dlg: QWidget) -> None:
        dlg.lessee.setText("ОсОО Ак-Тал")  # type: ignore[attr-defined]
        dlg.start.setText("01.02.2024")  # type: ignore[attr-defined]  # no term filled in
        dlg.end.setText("31.01.2027")  # type: ignore[attr-defined]
        dlg.rent.setValue(4000)  # type: ignore[attr-defined]
        dlg.protocol.setText("7")  # type: ignore[attr-defined]

    answer(standard(QDialogButtonBox.StandardButton.Ok), before=fill)
    click(leases.add_btn)
    assert leases.table.rowCount() == 1 and leases.table.item(0, 0).text() == "ОсОО Ак-Тал"
    # edit it: the dialog opens filled in
    loaded: list[str] = []

    def change(dlg: QWidget) -> None:
        loaded.append(dlg.lessee.text())  # type: ignore[attr-defined]
        dlg.rent.setValue(5500)  # type: ignore[attr-defined]

    answer(standard(QDialogButtonBox.StandardButton.Ok), before=change)
    click(leases.edit_btn)
    assert loaded == ["ОсОО Ак-Тал"]
    assert leases.table.item(0, 3).text() == "5 500,00"
    assert [h.field for h in ps.history(ws, oid)].count("lease.rent") == 1
    close = leases.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    click(close)
    assert not leases.isVisible()
    # all leases: a Close button
    click(page.findChild(QPushButton, "show_leasesButton"))
    dlg = page.leases_dialog
    assert dlg.findChild(QTableWidget).rowCount() == 1
    click(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    assert not dlg.isVisible()


# -- first start, the crash dialog, the approve dialog ---------------------------------------
@pytest.mark.parametrize(("lang", "word"), [("ru", "обязателен"), ("ky", "милдеттүү")])
def test_an_empty_soate_code_is_required_not_digits_only(qtbot, ws, lang, word) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog

    install_translators(make_application(), lang)
    dlg = MunicipalityDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.nameRuEdit.setText("Новое")
    click(dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert word in dlg.ui.errorLabel.text()
    assert ws.municipality() is None


def test_the_kyrgyz_crash_dialog_has_a_kyrgyz_details_button(qtbot) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators

    install_translators(make_application(), "ky")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setText("x")
    box.setDetailedText("Traceback …")
    box.show()
    texts = [b.text() for b in box.buttons()]
    assert "Толугураак көрсөтүү…" in texts, texts
    assert not [t for t in texts if "Показать" in t]


@pytest.mark.parametrize(
    ("lang", "period"), [("ru", "I полугодие 2021 г."), ("ky", "2021-жылдын I жарым жылдыгы")]
)
def test_the_approve_dialog_names_the_period_in_words_and_fits_it(
    make_window, demo_ws, lang, period
) -> None:
    from PySide6.QtWidgets import QLabel

    win = make_window(demo_ws, lang)
    page = win.show_page("reports")
    page.select_period("2021-H1")  # the demo's complete, not yet approved report
    assert period in page.state_label.text()
    click(page.approve_btn)
    dlg = page.dialog
    assert isinstance(dlg, QDialog) and period in dlg.windowTitle()
    assert period in dlg.findChild(QLabel, "approveHeading").text()
    head = dlg.findChild(QLineEdit, "approveHead")
    assert head.width() >= head.fontMetrics().horizontalAdvance("W" * 20)
    assert dlg.width() >= dlg.fontMetrics().horizontalAdvance(dlg.windowTitle())
    dlg.reject()


def test_the_plan_deadline_filter_uses_the_apps_clock(make_window, demo_ws) -> None:
    win = make_window(demo_ws, "ru")  # the demo is "as of" 10.01.2022
    plan = win.show_page("plan")
    combo = plan.deadline_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("this_year"))
    assert plan.visible_measure_codes(), "nothing due in 2022: the filter used today's date"
