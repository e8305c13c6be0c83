"""Shared fixtures: a fresh data directory with a real SQLite file per test, offscreen Qt,
and ../shared (read-only input) when it is present."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _office_screen() -> None:
    """The offscreen platform's one screen is 800×800 unless told: make it the secretaries'
    1366×768 laptop screen, so window-size tests measure against the screen they use."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    import json
    import tempfile

    config = Path(tempfile.gettempdir()) / "msu-desktop-tests-screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768}]}),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_office_screen()
# Messages in the English source language unless a test asks for Kyrgyz or Russian
# (tests/test_translations.py checks that both are complete).
os.environ["MSU_LANG"] = "en"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

pytest_plugins = ["tests.ui_coverage"]


def pytest_sessionstart(session: pytest.Session) -> None:
    # Compiled forms and translations are build products; make sure they are current.
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build.py")], check=True, stdout=subprocess.DEVNULL
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _source_language():
    from msu_desktop import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
    qt = sys.modules.get("msu_desktop.gui.i18n_qt")
    if qt is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            qt.remove_translators(app)


@pytest.fixture(autouse=True)
def _expected_dialogs_came():
    """A dialog a test armed an answer for (tests/gui/dialogs.py) that never came, or whose
    answer failed, fails the test in words when it ends."""
    yield
    dialogs = sys.modules.get("tests.gui.dialogs")
    if dialogs is not None:
        try:
            dialogs.check_all()
        except AssertionError as exc:
            pytest.fail(str(exc), pytrace=False)


@pytest.fixture(autouse=True)
def _no_crash_log(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """A crash log written during a test fails it, and the app's crash hook does not outlive
    the test that installed it. Every crash log goes through ``crash.write_crash_log`` (the
    hook of gui/crash.py), so it is watched there; the log is still written."""
    if "PySide6" not in sys.modules and "qtbot" not in request.fixturenames:
        yield  # no Qt in this test: gui/crash.py cannot be reached
        return
    from msu_desktop.gui import crash

    written: list[Path] = []
    original = crash.write_crash_log

    def watched(logs_dir: Path, text: str) -> Path:
        path = original(logs_dir, text)
        written.append(path)
        return path

    monkeypatch.setattr(crash, "write_crash_log", watched)
    hook = sys.excepthook
    yield written
    sys.excepthook = hook
    if written and not request.node.get_closest_marker("crash_log_expected"):
        texts = "\n".join(p.read_text(encoding="utf-8") for p in written if p.exists())
        pytest.fail(f"a crash log was written during the test:\n{texts}", pytrace=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def ws(data_dir: Path):
    from msu_desktop.services.workspace import Workspace

    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def ws_with_municipality(ws):
    from msu_desktop.domain.municipality import Municipality

    ws.save_municipality(
        Municipality(
            soate="41705214812000",
            name_ky="Дары айыл аймагы",
            name_ru="Дарыинский айылный аймак",
            rayon="Баткенский район",
            oblast="Баткенская область",
            head_name="Асанов Бакыт",
            secretary_name="Токтогулова Айгүл",
        )
    )
    return ws


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (read-only demo data) is not present beside the repository")
    return SHARED


@pytest.fixture
def soate_dir(shared_dir: Path) -> Path:
    d = shared_dir / "data" / "soate"
    if not d.is_dir():
        pytest.skip("../shared/data/soate is not present")
    return d


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo municipality made once per test run by the real ``msu-desktop demo`` command.
    Never change it: take ``demo_dir`` (a copy) instead."""
    d = tmp_path_factory.mktemp("demo-template") / "data"
    r = run_cli("--data-dir", str(d), "demo")
    assert r.returncode == 0, r.stderr
    return d


@pytest.fixture(scope="module")
def demo_dir(demo_template: Path, tmp_path_factory) -> Path:
    """A copy of the demo municipality for one test module."""
    import shutil

    d = tmp_path_factory.mktemp("demo") / "data"
    shutil.copytree(demo_template, d)
    return d


def run_cli(
    *args: str, env: dict[str, str] | None = None, tool: str = "msu_desktop", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m msu_desktop ...`` (or the agency tool) as a real subprocess."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    module = "msu_desktop" if tool == "msu_desktop" else "msu_agency.cli.main"
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


def type_text(widget, text: str) -> None:
    """Type ``text`` into a widget key by key, Cyrillic and Kyrgyz letters included.

    (QTest.keyClicks only handles ASCII: it asserts on 'ө' or 'м'.)
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
