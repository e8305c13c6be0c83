"""UI coverage: which buttons and menu actions the test run pressed (a pytest plugin).

Loaded from tests/conftest.py. When the first QApplication exists, an application-wide event
filter connects to every QAbstractButton as it is polished (shown, or laid out) and to every
QAction as it is added to a widget or a menu. Their real ``clicked`` / ``triggered`` signals then
record a key: where the control lives (the page's or dialog's object name or class) and what it
is (its object name, else its English source text, so a click in Kyrgyz or Russian counts).

``tests/gui/test_user_path_coverage.py`` lists the controls of every page and dialog and
compares. The plugin moves that test to the end of the run, whatever order the files were
collected in, so it sees every click the other tests made (see its docstring).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

PRESSED: set[str] = set()
_FILTER: list[object] = []  # keeps the event filter alive
COVERAGE_TEST = "test_user_path_coverage.py"

# Pages of the main window by the object name of their widget.
PAGE_NAMES = {
    "planBrowser",
    "programmeView",
    "reportPage",
    "dashboardPage",
    "propertyPage",
    "packagePage",
}


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    """translated text (ky, ru) -> English source, from the shipped .ts catalogues."""
    from msu_desktop.i18n import catalog

    out: dict[str, str] = {}
    for lang in ("ky", "ru"):
        for (_ctx, source), translated in catalog(lang).items():
            out.setdefault(_clean(translated), _clean(source))
    return out


def _clean(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text).strip().rstrip("…").rstrip(".").strip()


def scope_of(obj: object) -> str:
    """The page or dialog a control belongs to."""
    from PySide6.QtWidgets import QWidget

    w = obj
    while w is not None:
        if isinstance(w, QWidget):
            if w.objectName() in PAGE_NAMES:
                return w.objectName()
            if w.isWindow():
                return type(w).__name__
        w = w.parent()  # type: ignore[attr-defined]
    return "?"


def ident_of(obj: object) -> str:
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

    name = obj.objectName()  # type: ignore[attr-defined]
    if name and not name.startswith("qt_"):
        return name
    if isinstance(obj, QAbstractButton):
        parent = obj.parent()
        if isinstance(parent, QDialogButtonBox):
            std = parent.standardButton(obj)
            if std != QDialogButtonBox.StandardButton.NoButton:
                return f"std:{std.name}"
    text = _clean(obj.text())  # type: ignore[attr-defined]
    return _sources().get(text, text)


def key_of(obj: object) -> str:
    return f"{scope_of(obj)}/{ident_of(obj)}"


def _record(obj: object, fallback: str) -> None:
    try:
        PRESSED.add(key_of(obj))
    except RuntimeError:  # the control was deleted by its own slot (a dialog that closed)
        PRESSED.add(fallback)


def install() -> None:
    """Start recording (idempotent); called as soon as a QApplication exists."""
    if _FILTER:
        return
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QApplication

    app = QApplication.instance()
    if app is None:
        return

    def hook_button(b: QAbstractButton) -> None:
        if b.property("_uiCoverage"):
            return
        b.setProperty("_uiCoverage", True)
        fallback = key_of(b)
        b.clicked.connect(lambda *_a, b=b, k=fallback: _record(b, k))

    def hook_action(a: QAction) -> None:
        if a.property("_uiCoverage") or a.isSeparator():
            return
        a.setProperty("_uiCoverage", True)
        fallback = key_of(a)
        a.triggered.connect(lambda *_a, a=a, k=fallback: _record(a, k))

    class Filter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            t = event.type()
            if t == QEvent.Type.Polish and isinstance(watched, QAbstractButton):
                hook_button(watched)
            elif t == QEvent.Type.ActionAdded:
                action = event.action()  # type: ignore[attr-defined]
                if isinstance(action, QAction):
                    hook_action(action)
            return False

    f = Filter(app)
    app.installEventFilter(f)
    _FILTER.append(f)


@pytest.fixture(autouse=True)
def _ui_coverage_recorder(request: pytest.FixtureRequest):
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("qapp")
        install()
    yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The coverage listing runs last, after every test that presses something."""
    last = [i for i in items if i.path.name == COVERAGE_TEST]
    items[:] = [i for i in items if i.path.name != COVERAGE_TEST] + last


# -- a split suite ---------------------------------------------------------------------------
# With MSU_UI_COVERAGE_DIR set, every run (a CI shard) writes what it pressed to a file there,
# and the coverage test counts the presses of every run in that folder besides its own. So the
# suite can be split: run the parts with the same folder, then the coverage test (alone, or in
# the last part); it need not be the last test of one big run.
DIR_ENV = "MSU_UI_COVERAGE_DIR"


def pressed_in_all_runs() -> set[str]:
    """This run's presses and those the other runs left in MSU_UI_COVERAGE_DIR."""
    import json
    import os
    from pathlib import Path

    found = set(PRESSED)
    folder = os.environ.get(DIR_ENV)
    if folder:
        for path in sorted(Path(folder).glob("pressed-*.json")):
            found.update(json.loads(path.read_text(encoding="utf-8")))
    return found


def pytest_sessionfinish(session: pytest.Session) -> None:
    import json
    import os
    import uuid
    from pathlib import Path

    folder = os.environ.get(DIR_ENV)
    if folder and PRESSED:
        Path(folder).mkdir(parents=True, exist_ok=True)
        path = Path(folder) / f"pressed-{uuid.uuid4().hex}.json"
        path.write_text(json.dumps(sorted(PRESSED), ensure_ascii=False), encoding="utf-8")
