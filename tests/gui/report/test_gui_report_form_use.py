"""The report form as a secretary uses it (issue 23, "Reports"): through the real main window on
the demo office, in Kyrgyz and Russian, at 1366×768 and at 1280×720, by clicks and keys only.

Measure 2.1.4 with an agency's 200-character indicator names: every field keeps its whole
content ("01.01.2019", "150 000,50", the status), measured with QFontMetrics against the field's
own text rectangle; labels are never cut; an error appearing moves no field; an amount is shown
exactly as stored under the one rounding rule; tabbing through rewrites nothing; Edit → Undo
says what it undoes; the page opens on the current period; the "nothing filled in" hint only
for a report with nothing in it; a status list quoted once."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import current_period, plan_periods
from msu_desktop.gui.report.field_row import SHORT_KINDS
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace
from tests.conftest import type_text
from tests.gui.test_user_path_window_size import open_window
from tests.gui.user import click_row, go

LONG = 200
DRAFT = "2021-H2"  # the demo's current period, a draft with 2.1.4 in progress
SIZES = [(1366, 768), (1280, 720)]
CASES = [(lang, size) for lang in ("ky", "ru") for size in SIZES]
IDS = [f"{lang}-{w}x{h}" for lang, (w, h) in CASES]


def long_indicator_plan(ws: Workspace) -> None:
    """The installed plan again as a new version whose measure 2.1.4 has indicator names of
    200 characters, as an agency's plan package could bring them."""
    from msu_desktop.domain.plan import plan_from_dict
    from msu_desktop.services import plan_service
    from msu_exchange.documents import shipped_plan

    _, shipped = shipped_plan()
    doc = copy.deepcopy(shipped)
    doc["version"] = int(doc.get("version", 1)) + 1

    def walk(x: object) -> None:
        if isinstance(x, dict):
            if x.get("code") == "2.1.4":
                for ind in x.get("indicators", []):
                    for lang, text in ind["label"].items():
                        # the name said again and again, in words, to 200 characters
                        ind["label"][lang] = " ".join([text] * (LONG // len(text) + 1))[:LONG]
                return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc)
    with ws.transaction() as s:
        plan_service.install_plan(s, plan_from_dict(doc), doc, source="TEST long labels")
    ws.forget_plan()


@pytest.fixture(params=CASES, ids=IDS)
def office(request, qtbot, demo_template: Path, tmp_path: Path):
    """The window as the app opens it on a copy of the demo, at the screen size asked."""
    lang, (w, h) = request.param
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    if "long_labels" in request.fixturenames:
        with Workspace.open(data) as ws:
            long_indicator_plan(ws)
    win, ws = open_window(qtbot, data, lang)
    if (w, h) != (1366, 768):
        win.showNormal()
        win.resize(w, h)
    QApplication.processEvents()
    yield win, lang, (w, h)
    win.close()
    ws.close()


def open_measure(qtbot, win, period: str, code: str):
    page = go(qtbot, win, "reports")
    periods = [p.id for p, _r, _t in page.period_model.rows]
    click_row(qtbot, page.period_view, periods.index(period))
    proxy = page.measure_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == code)
    click_row(qtbot, page.measure_view, row)
    assert (page.current_period, page.current_code) == (period, code)
    QApplication.processEvents()
    return page


def click_field(qtbot, page, field: str) -> QWidget:
    """Scroll the field into view and click into it, as the user does."""
    editor = page.form.rows[field].editor
    page.form.fields_scroll.ensureWidgetVisible(editor)
    QApplication.processEvents()
    target = editor.viewport() if isinstance(editor, QAbstractScrollArea) else editor
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(5, target.height() // 2))
    if isinstance(editor, QComboBox):  # a click opens its list: Escape closes it, as a user
        popup = editor.view().window()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(editor.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not popup.isVisible())
        # offscreen, the closed list leaves no window active (a window manager gives it back)
        editor.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    assert editor.hasFocus(), (editor.isVisible(), editor.isReadOnly(), QApplication.focusWidget())
    return editor


def retype(qtbot, page, field: str, text: str) -> None:
    editor = click_field(qtbot, page, field)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leave it: saved at once
    QApplication.processEvents()


def stored(page, field: str) -> str:
    v = rs.entry_values(page.ws, page.current_period, page.current_code).get(field)
    return v.value if v else ""


def text_room(editor: QWidget) -> int:
    """The width the field's style gives its text, by the style itself."""
    if isinstance(editor, QLineEdit):
        opt = QStyleOptionFrame()
        editor.initStyleOption(opt)
        rect = editor.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, editor)
        m = editor.textMargins()
        return rect.width() - m.left() - m.right() - 2 * 2  # QLineEdit's own 2-pixel margins
    assert isinstance(editor, QComboBox)
    opt = QStyleOptionComboBox()
    editor.initStyleOption(opt)
    return (
        editor.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, editor
        )
        .width()
    )


def cut_fields(page) -> list[str]:
    """Every field whose text (or placeholder) does not fit its text rectangle, every label cut
    in height, every editor squeezed below its own height."""
    out = []
    for fid, row in page.form.rows.items():
        if not row.isVisible():
            continue
        e = row.editor
        # a date, an amount, a count and the status: shown whole (a free text scrolls by nature)
        if isinstance(e, QComboBox) or (isinstance(e, QLineEdit) and row.kind in SHORT_KINDS):
            text = e.text() if isinstance(e, QLineEdit) else e.currentText()
            shown = text or (e.placeholderText() if isinstance(e, QLineEdit) else "")
            need = QFontMetrics(e.font()).horizontalAdvance(shown)
            if need > text_room(e):
                out.append(f"{fid}: {shown!r} needs {need} px, has {text_room(e)}")
        if e.height() < e.minimumSizeHint().height():
            out.append(f"{fid}: squeezed to {e.height()} px high")
        lab = page.form.labels[fid]
        if lab.height() < lab.heightForWidth(lab.width()):
            out.append(f"label of {fid}: {lab.height()} px of {lab.heightForWidth(lab.width())}")
    return out


@pytest.fixture
def long_labels() -> bool:
    """Asked for by a test: the office's plan has 200-character indicator names."""
    return True


def test_measure_2_1_4_shows_every_field_whole(long_labels, office, qtbot) -> None:
    win, _lang, (_w, h) = office
    page = open_measure(qtbot, win, DRAFT, "2.1.4")
    indicator = page.form.labels["indicator:investment_events"]
    assert len(indicator.text()) > LONG  # the agency's long name, on a row above its field
    row = page.form.rows["indicator:investment_events"]
    assert (
        indicator.mapTo(page.form.inner, QPoint(0, 0)).y()
        < row.mapTo(page.form.inner, QPoint(0, 0)).y()
    )
    retype(qtbot, page, "start_date", "01.01.2019")
    retype(qtbot, page, "money:local_budget", "150000,50")
    assert stored(page, "start_date") == "2019-01-01"
    assert stored(page, "money:local_budget") == "150000.50", (
        page.form.rows["money:local_budget"].value(),
        page.message.text(),
    )
    assert page.form.rows["money:local_budget"].value() == "150 000,50"
    assert page.form.rows["start_date"].value() == "01.01.2019"
    assert not cut_fields(page), cut_fields(page)
    # the fields get the pane's height: title, fields and attachments scroll together
    shown = page.form.fields_scroll.viewport().height()
    assert shown >= (440 if h == 768 else 380), shown
    assert (
        page.form.fields_scroll.horizontalScrollBar().maximum() == 0
    )  # nothing hides on the right


def test_an_error_appearing_moves_no_field(office, qtbot) -> None:
    win, _lang, _size = office
    page = open_measure(qtbot, win, DRAFT, "2.1.4")
    inner = page.form.inner

    def places() -> dict[str, QRect]:
        return {
            fid: QRect(row.editor.mapTo(inner, QPoint(0, 0)), row.editor.size())
            for fid, row in page.form.rows.items()
        }

    before = places()
    assert not page.form.rows["end_date"].error.isVisible()
    retype(qtbot, page, "end_date", "32.13.2019")
    assert page.form.rows["end_date"].error.isVisible()
    assert page.form.rows["end_date"].error.full_text()
    assert places() == before
    retype(qtbot, page, "end_date", "")
    assert not page.form.rows["end_date"].error.isVisible()
    assert places() == before


def test_an_amount_shows_what_is_stored_and_tabbing_rewrites_nothing(office, qtbot) -> None:
    win, _lang, _size = office
    page = open_measure(qtbot, win, DRAFT, "2.1.4")
    retype(qtbot, page, "money:donors", "12000.505")
    assert stored(page, "money:donors") == "12000.51"  # half up to the tyiyn, once
    row = page.form.rows["money:donors"]
    assert row.value() == "12 000,51"
    assert not row.error.isVisible()
    # Tab from the first field through the whole form: no value's history grows
    code, period = page.current_code, page.current_period
    lines = {f: len(rs.history(page.ws, period, code, f)) for f in page.form.rows}
    values = {f: stored(page, f) for f in page.form.rows}
    editor = click_field(qtbot, page, "status")
    for _ in range(len(page.form.rows) + 2):
        qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Tab)
    page.form.flush()
    assert {f: stored(page, f) for f in page.form.rows} == values
    assert {f: len(rs.history(page.ws, period, code, f)) for f in page.form.rows} == lines


def test_edit_menu_undo_says_what_it_undoes(office, qtbot) -> None:
    win, lang, _size = office
    page = open_measure(qtbot, win, DRAFT, "2.1.4")
    assert win.edit_menu.title() and win.edit_menu.title() != "&Edit"  # translated
    assert page.undo_btn.text() == {"ru": "Отменить", "ky": "Артка кайтаруу"}[lang]
    was = stored(page, "problems")
    retype(qtbot, page, "problems", "Нет средств")
    label = page.rules.label_of("problems", page.form.measure, lang)
    assert label[:10] in win.undo_action.text()
    assert label[:10] in page.undo_btn.toolTip()
    assert win.undo_action.shortcut().toString() == "Ctrl+Z"
    qtbot.keyClick(page.measure_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(page, "problems") == was
    assert page.form.rows["problems"].value() == was
    assert label[:10] in win.redo_action.text()
    win.redo_action.trigger()
    assert stored(page, "problems") == "Нет средств"


def test_the_page_opens_on_the_current_period(office, qtbot) -> None:
    win, _lang, _size = office
    page = go(qtbot, win, "reports")
    ws = win.ws
    expected = current_period(plan_periods(ws.plan()), ws.today())
    assert expected is not None and page.current_period == expected.id
    first_open = next(p.id for p, _r, _t in page.period_model.rows if p.state != rpt.APPROVED)
    assert first_open != expected.id  # the demo has an older open period: not that one


def test_the_empty_hint_only_for_an_empty_report_and_quotes_once(office, qtbot) -> None:
    win, _lang, _size = office
    page = go(qtbot, win, "reports")
    empty = next(
        p.id
        for p, _r, _t in page.period_model.rows
        if not any(v for s in rs.load_period(page.ws, p.id) for v in s.values.values())
    )
    code = page.measure_model.snaps[0].measure.code if page.measure_model.snaps else "1.1.3"
    page = open_measure(qtbot, win, empty, code)
    hint = page.message.text()
    assert hint  # where to begin
    retype(qtbot, page, "done", "Проведено собрание")  # a field, but no status yet
    other = next(p.id for p, _r, _t in page.period_model.rows if p.id != empty)
    open_measure(qtbot, win, other, code)
    open_measure(qtbot, win, empty, code)
    assert page.message.text() != hint
    # "Required when the status is «Выполнено», «В процессе»." -- each status quoted once
    error = page.form.rows["status"].error.full_text() + page.form.rows["done"].error.full_text()
    combo = page.form.rows["status"].editor
    assert isinstance(combo, QComboBox)
    click_field(qtbot, page, "status")
    while combo.currentData() != rpt.COMPLETED:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    retype(qtbot, page, "done", "")
    error = page.form.rows["done"].error.full_text()
    assert error and "««" not in error and "»»" not in error, error
    assert error.count("«") == error.count("»") == 2, error  # «Выполнено», «В процессе»


def test_keyboard_only_reach_and_fill_a_measure(office, qtbot) -> None:
    """No mouse: the sidebar to Reports, Tab to the measures list, arrows to a measure, Enter
    into its form, a status chosen and what was done typed, Tab on to the next field."""
    win, _lang, _size = office
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)  # where the window opens
    reports = win.pages.keys_in_order.index("reports")
    qtbot.keyClick(win.sidebar, Qt.Key.Key_Home)
    for _ in range(reports):
        qtbot.keyClick(win.sidebar, Qt.Key.Key_Down)
    page = win.pages["reports"]
    assert win.current_page_key() == "reports"
    for _ in range(30):  # Tab along the page to the measures list (never cell by cell)
        if page.measure_view.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.measure_view.hasFocus(), QApplication.focusWidget()
    # Tab in the list leaves it for the form; Shift+Tab comes back; arrows choose a measure
    qtbot.keyClick(page.measure_view, Qt.Key.Key_Home)
    qtbot.keyClick(page.measure_view, Qt.Key.Key_Down)
    code = page.measure_proxy.index(1, 0).data()
    assert page.current_code == code
    qtbot.keyClick(page.measure_view, Qt.Key.Key_Return)
    combo = page.form.rows["status"].editor
    assert combo.hasFocus()
    assert page.current_code == code  # Enter did not move to another measure
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != rpt.IN_PROGRESS:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert stored(page, "status") == rpt.IN_PROGRESS
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    done = page.form.rows["done"].editor
    assert done.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(done, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(done, "Meeting 12")
    qtbot.keyClick(done, Qt.Key.Key_Tab)
    assert page.form.rows["start_date"].editor.hasFocus()
    assert stored(page, "done") == "Meeting 12"


def test_a_new_status_offers_to_clear_what_no_longer_applies(office, qtbot, tmp_path) -> None:
    """A measure "completed" last period, carried forward, then "not started": its carried
    "what was done" and dates are offered for clearing (one undoable step), Check names them
    until then, and the package's data.json no longer carries them."""
    import zipfile

    from msu_desktop.services.package.build import build_package

    win, lang, _size = office
    ws = win.ws
    before = "2021-H1"
    code = "3.3.1"
    for field in ("status", "reason", "done", "start_date", "end_date"):
        rs.set_value(ws, DRAFT, code, field, "")  # nothing in the current period yet
    for field, value in (
        ("status", rpt.COMPLETED),
        ("reason", ""),
        ("done", "Проведено обучение"),
        ("start_date", "01.02.2021"),
        ("end_date", "30.05.2021"),
    ):
        rs.set_value(ws, before, code, field, value)
    page = open_measure(qtbot, win, DRAFT, code)
    qtbot.mouseClick(page.carry_btn, Qt.MouseButton.LeftButton)
    assert page.form.rows["done"].value() == "Проведено обучение"  # carried
    assert not page.form.offer.isVisible()
    combo = click_field(qtbot, page, "status")
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != rpt.NOT_STARTED:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert page.form.offer.isVisible()
    assert page.form.offered == ["done", "start_date", "end_date"]
    label = page.rules.label_of("done", page.form.measure, lang)
    assert label in page.form.offer_text.text()
    # Check names what does not apply, in words
    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    assert page.current_code == code or page.current_code
    problems = {p.rule for p in rs.validate_measure(ws, DRAFT, code, lang)}
    assert "nothing_done_when_not_started" in problems
    page = open_measure(qtbot, win, DRAFT, code)
    assert page.form.rows["done"].error.isVisible()
    # the offer comes again with the next status change; Clear them is one undoable step
    combo = page.form.rows["status"].editor
    while combo.currentData() != rpt.IN_PROGRESS:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert not page.form.offer.isVisible()  # "in progress" keeps what was done and the dates
    while combo.currentData() != rpt.NOT_STARTED:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert page.form.offer.isVisible()
    qtbot.mouseClick(page.form.clear_btn, Qt.MouseButton.LeftButton)
    assert not page.form.offer.isVisible()
    assert [stored(page, f) for f in ("done", "start_date", "end_date")] == ["", "", ""]
    assert "nothing_done_when_not_started" not in {
        p.rule for p in rs.validate_measure(ws, DRAFT, code, lang)
    }
    win.undo_action.trigger()  # all three come back at once
    assert stored(page, "done") == "Проведено обучение"
    assert stored(page, "end_date") == "2021-05-30"
    assert stored(page, "status") == rpt.NOT_STARTED
    win.redo_action.trigger()
    assert stored(page, "done") == ""
    out = tmp_path / "out"
    out.mkdir()
    with zipfile.ZipFile(build_package(ws, DRAFT, out, lang)) as z:
        data = json.loads(z.read("data.json"))
    row = next(m for m in data["measures"] if m["code"] == code)
    assert row["status"] == rpt.NOT_STARTED
    assert (row["done"], row["start_date"], row["end_date"]) == ("", None, None)


def test_the_period_history_reads_unlocks_and_approvals(office, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.gui.dialogs import expect

    win, _lang, _size = office
    ws = win.ws
    # the demo's period that was approved, unlocked with a reason, corrected, approved again
    unlocks = [
        (p.id, h.reason)
        for p in rs.periods(ws)
        for h in rs.period_history(ws, p.id)
        if h.reason and not h.reason.startswith("approved:")
    ]
    period, reason = unlocks[0]
    page = open_measure(qtbot, win, period, "1.1.3")

    def read(dlg) -> None:
        texts = [" | ".join(row) for row in dlg.model.rows]
        seen.extend(texts)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    seen: list[str] = []
    with expect(read, name="periodHistoryDialog"):
        qtbot.mouseClick(page.period_history_btn, Qt.MouseButton.LeftButton)
    assert any(reason in t for t in seen), seen
    from msu_desktop.gui.report.models import state_text

    assert any(state_text(rpt.APPROVED) in t for t in seen), seen  # in words, not "approved"
    assert not any(f"| {rpt.APPROVED} |" in t for t in seen), seen


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_predecessors_archived_reports_are_listed_read_only(qtbot, tmp_path, lang) -> None:
    """After the merger transfer (issue 25), the predecessor's reports are in the window: the
    period history lists its archived PDFs, and Open hands the file to the system's viewer."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    from msu_desktop.services.labels import period_name
    from msu_desktop.services.property import transfer
    from tests.gui.dialogs import expect
    from tests.services.directory.helpers import A
    from tests.services.directory.predecessors import make_predecessor, make_successor

    alpha = make_predecessor(tmp_path / "alpha", A)
    ws = make_successor(tmp_path / "merged")
    transfer.transfer(ws, alpha)
    (pdf,) = transfer.archive_dir(ws, A).glob("*.pdf")

    class Viewer(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.opened.append(url.toLocalFile())

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    ws.close()
    win, ws = open_window(qtbot, tmp_path / "merged", lang)
    try:
        page = go(qtbot, win, "reports")
        listed: list[Path] = []

        def look(dlg) -> None:
            listed.extend(dlg.archived())
            shown = dlg.archive_list.item(0).text()
            assert dlg.archive_list.isVisible() and period_name(pdf.stem, lang) in shown, shown
            dlg.open_archive_btn.click()
            dlg.reject()

        with expect(look, name="periodHistoryDialog"):
            qtbot.mouseClick(page.period_history_btn, Qt.MouseButton.LeftButton)
        assert listed == [pdf]
        assert viewer.opened == [str(pdf)]
    finally:
        QDesktopServices.unsetUrlHandler("file")
        win.close()
        ws.close()


def test_an_open_form_is_quiet_when_nobody_touches_it(office, qtbot) -> None:
    """An open measure asks for no layout again and again: the form's height update once
    invalidated the layout from the layout's own request, so the page spun for as long as it
    was open (half a core on an idle window) until PySide crashed ("deallocating None")."""
    from PySide6.QtCore import QEvent, QObject

    win, _lang, _size = office
    page = open_measure(qtbot, win, DRAFT, "2.1.4")
    for _ in range(20):  # let the opening's own requests settle
        QApplication.processEvents()

    class Count(QObject):
        n = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                Count.n += 1
            return False

    counter = Count()
    page.form.inner.installEventFilter(counter)
    for _ in range(200):  # an idle window: every posted event is delivered, nothing new comes
        QApplication.processEvents()
    page.form.inner.removeEventFilter(counter)
    assert Count.n <= 2, Count.n
