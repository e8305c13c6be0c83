"""Issue 23: a data folder of the previous version whose ``outbox/states.json`` is damaged. The
one-time import into the database (migration 0004_delivery) leaves the file as it is, and the
Packages page of the real main window says so in words, in Kyrgyz and in Russian, with what to
do; a folder whose files all moved in shows nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from msu_desktop.i18n import tr
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage import migrate
from msu_desktop.storage.db import make_engine
from tests.gui.user import go

DAMAGED = b'{"41708000000001_2021-H2_0001.msupkg": {"name": "41708000000001_2021-H2_0'


def _as_the_previous_version_left_it(data: Path) -> None:
    """The demo's database taken back to before 0004_delivery (no delivery tables, states in
    files), with a cut-off states.json beside its packages."""
    engine = make_engine(data / "msu.sqlite")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_delivery@-1")
    engine.dispose()
    assert "0004_delivery" not in migrate.stamped_revisions(data / "msu.sqlite")
    (data / "outbox").mkdir(exist_ok=True)
    (data / "outbox" / "states.json").write_bytes(DAMAGED)


def _window(qtbot, data: Path, lang: str):
    from msu_desktop import i18n
    from msu_desktop.gui.app import Controller, make_application

    app = make_application()
    ws = Workspace.open(data)  # runs the migration, as the app's start does
    i18n.set_language(lang)
    controller = Controller(app, ws, lang)
    controller.show()
    win = controller.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win, ws


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_packages_page_tells_what_could_not_be_imported_and_what_to_do(
    qtbot, demo_template: Path, tmp_path: Path, lang: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    _as_the_previous_version_left_it(data)
    win, ws = _window(qtbot, data, lang)
    try:
        page = go(qtbot, win, "packages")
        label = page.migration_problem
        assert label.isVisible()
        text = label.text()
        assert "states.json" in text  # which file
        # left as it was, and what to do: the page's own button and the menu's reply import
        assert (data / "outbox" / "states.json").read_bytes() == DAMAGED
        send = page.send_button.text().replace("&", "")
        assert send in text, (send, text)
        assert tr("MainWindow", "Import a &reply from the agency…", lang).replace("&", "") in text
        assert "agency_keys.json" not in text  # no trust store: nothing failed there
        english = tr("Delivery", "What the previous version kept in files", None)
        assert not text.startswith(english[:20])  # in the user's language, not English
        con = sqlite3.connect(data / "msu.sqlite")
        try:
            (stored,) = con.execute(
                "SELECT value FROM setting WHERE key = 'delivery_migration_problem'"
            ).fetchone()
        finally:
            con.close()
        assert "states.json" in stored
    finally:
        win.close()
        ws.close()


def test_a_folder_whose_files_all_moved_in_shows_no_problem(
    qtbot, demo_template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    win, ws = _window(qtbot, data, "ru")
    try:
        page = go(qtbot, win, "packages")
        assert not page.migration_problem.isVisible() and page.migration_problem.text() == ""
    finally:
        win.close()
        ws.close()
