"""The real main window for the user-path tests, opened the way the app opens it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msu_desktop.services.workspace import Workspace


@pytest.fixture
def app_window(qtbot, demo_template: Path, tmp_path: Path, request):
    """The window as the app opens it (gui/app.py's Controller), on a copy of the demo."""
    from msu_desktop import i18n
    from msu_desktop.gui.app import Controller, make_application

    lang = getattr(request, "param", "ru")
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    app = make_application()
    ws = Workspace.open(data)
    i18n.set_language(lang)
    controller = Controller(app, ws, lang)
    controller.show()
    win = controller.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.close()
    ws.close()
