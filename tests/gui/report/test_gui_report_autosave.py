"""The report page after an autosave: one row refreshed from what ``set_value`` returned.

The secretary types with real key events and leaves the field (the real autosave, on focus
out); the SQL statements it costs are counted on the workspace's engine, and the measure's row
is checked to change without the table being reset (a reset loses the scroll position and makes
an old PC redraw every row).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from sqlalchemy import event

from msu_desktop.services import report_service as rs
from tests.gui.report.test_gui_report import choose_measure, choose_period, choose_status, type_text

P = "2019-H2"
CODE = "1.1.3"


@pytest.fixture
def page(qtbot, ws_with_municipality):
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.main_window import MainWindow

    app = make_application()
    install_translators(app, "ru")
    win = MainWindow(ws_with_municipality, "ru")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("reports")
    choose_period(qtbot, page, P)
    choose_measure(qtbot, page, CODE)
    return page


class Statements:
    """The SQL statements sent through the workspace's engine while the block runs."""

    def __init__(self, ws) -> None:
        self.engine = ws.engine
        self.seen: list[str] = []

    def _listen(self, _conn, _cursor, statement, *_args) -> None:
        self.seen.append(statement)

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._listen)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._listen)


def leave_field(qtbot, page, field: str) -> None:
    """Tab out of the field, as the secretary does: the editor loses focus, the value is saved."""
    editor = page.form.rows[field].editor
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()


def to_fix(n: int) -> str:
    """The check column's words for n problems, as the Russian window shows them."""
    return QCoreApplication.translate("MeasureModel", "%n to fix", "", n)


def row_text(page, column: int) -> str:
    proxy = page.measure_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == CODE)
    return proxy.index(row, column).data()


def test_an_autosaved_field_costs_at_most_four_sql_statements(qtbot, page) -> None:
    # a typical field: the entry exists and has values already
    choose_status(qtbot, page, "in_progress")
    editor = page.form.rows["evidence"].editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, "Решение кенеша №12")
    assert rs.entry_values(page.ws, P, CODE).get("evidence") is None  # not yet: still typing
    with Statements(page.ws) as sql:
        leave_field(qtbot, page, "evidence")
    assert rs.entry_values(page.ws, P, CODE)["evidence"].value == "Решение кенеша №12"
    assert page.message.text() == "Сохранено."
    print(f"SQL statements for one autosaved field: {len(sql.seen)}")
    assert 1 <= len(sql.seen) <= 4, "\n".join(sql.seen)


def test_the_measure_row_shows_the_new_status_without_a_reset(qtbot, page) -> None:
    model = page.measure_model
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))

    def on_changed(top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        changed.append((top.row(), bottom.row()))

    model.dataChanged.connect(on_changed)
    row = model.row_of(CODE)
    assert row_text(page, 2) == "— нет отчёта —"

    choose_status(qtbot, page, "completed")
    label = rs.status_label(page.ws, "completed", "ru")
    assert rs.entry_values(page.ws, P, CODE)["status"].value == "completed"
    assert row_text(page, 2) == label
    # "completed" asks for what was done, the evidence and the end date: the check column and
    # the field's error line say so at once, from the problems set_value returned
    problems = rs.validate_measure(page.ws, P, CODE, "ru")
    assert problems
    assert row_text(page, 3).startswith(to_fix(len(problems)))
    errors = " ".join(r.error.text() for r in page.form.rows.values())
    assert all(p.message in errors for p in problems)
    assert not resets, "the whole table was reset for one saved field"
    assert changed and set(changed) == {(row, row)}, changed
    assert page.current_code == CODE and page.measure_view.currentIndex().row() >= 0

    # filling in what was asked takes the count down, again on that row only
    type_into_and_leave(qtbot, page, "done", "Проведено собрание")
    after = rs.validate_measure(page.ws, P, CODE, "ru")
    assert len(after) == len(problems) - 1
    assert row_text(page, 3).startswith(to_fix(len(after)))
    assert not resets


def type_into_and_leave(qtbot, page, field: str, text: str) -> None:
    editor = page.form.rows[field].editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, text)
    leave_field(qtbot, page, field)
