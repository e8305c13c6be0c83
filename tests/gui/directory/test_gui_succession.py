"""By click, in both languages, through the real main window: the office sees "merged into …",
accepts, and the window carries the new name."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from msu_desktop.domain.municipality import DirectoryRecord
from msu_desktop.services import directory
from msu_desktop.services.workspace import Workspace
from tests.conftest import type_text
from tests.gui.user import click, go
from tests.services.directory.predecessors import make_predecessor

N = "41799123200000"


def _merged_directory(ws: Workspace) -> None:
    m = ws.municipality()
    assert m is not None
    end = dt.date(2024, 12, 31)
    records = [
        DirectoryRecord(m.soate, m.name_ky, m.name_ru, m.rayon, m.oblast, valid_until=end),
        DirectoryRecord("41799123101000", "Сыноо-Альфа", "Тест-Альфа", valid_until=end),
        DirectoryRecord(
            N,
            "Сыноо-Бириккен",
            "Тест-Объединённый",
            "Тестовый район",
            "Тестовая область",
            valid_from=dt.date(2025, 1, 1),
            succeeded=(m.soate, "41799123101000"),
            decision="Тестовое постановление № 1",
        ),
    ]
    with ws.transaction() as s:
        directory.store(s, records)


@pytest.fixture(params=["ky", "ru"])
def merged_window(request, qtbot, demo_template: Path, tmp_path: Path):
    from msu_desktop import i18n
    from msu_desktop.gui.app import Controller, make_application

    lang = request.param
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    app = make_application()
    ws = Workspace.open(data)
    _merged_directory(ws)
    i18n.set_language(lang)
    controller = Controller(app, ws, lang)
    controller.show()
    win = controller.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win, lang
    win.close()
    ws.close()


def test_the_office_sees_merged_into_and_accepts(qtbot, merged_window) -> None:
    win, lang = merged_window
    banner = win.succession_banner
    assert banner.isVisible()
    new_name = "Сыноо-Бириккен" if lang == "ky" else "Тест-Объединённый"
    assert new_name in banner.text.text() and N in banner.text.text()
    expected_word = "бириктирилген" if lang == "ky" else "объединён"
    assert expected_word in banner.text.text()
    old_soate = win.ws.municipality().soate
    click(qtbot, banner.accept_button)
    qtbot.waitUntil(lambda: not banner.accept_button.isVisible())
    # the banner now offers to bring in the predecessors' registers
    assert banner.transfer_button.isVisible() and old_soate in banner.text.text()
    m = win.ws.municipality()
    assert m is not None and m.soate == N and m.soate != old_soate
    assert new_name in win.windowTitle()
    assert N in win.statusBar().currentMessage()


def test_the_office_brings_in_a_predecessors_backup_and_finds_its_old_number(
    qtbot, merged_window, tmp_path
) -> None:
    from msu_desktop.i18n import tr
    from msu_desktop.services import backup

    win, lang = merged_window
    banner = win.succession_banner
    click(qtbot, banner.accept_button)
    # the other predecessor (41799123101000, "Тест-Альфа") kept its register in this app
    folder = make_predecessor(tmp_path / "alpha", "41799123101000")
    stick = tmp_path / "stick"
    backup_file = backup.create_backup(folder, "manual", stick)
    qtbot.waitUntil(lambda: banner.transfer_button.isVisible())
    assert "41799123101000" in banner.text.text()
    click(qtbot, banner.transfer_button)
    dialog = banner.transfer_dialog
    qtbot.waitExposed(dialog)
    type_text(dialog.path_edit, str(backup_file))
    click(qtbot, dialog.check_button)
    dry = dialog.output.toPlainText()
    assert "41799123101000" in dry and "3" in dry, dry
    assert dialog.run_button.isEnabled()
    click(qtbot, dialog.run_button)
    assert "41799123101000" in dialog.output.toPlainText()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page = go(qtbot, win, "property")
    former = (
        tr(
            "Transfer",
            "transferred from {name} ({code}) by merger on {date} ({decision}); former "
            "inventory No. {old}",
            lang=lang,
            name="",
            code="",
            date="",
            decision="",
            old="0001",
        )
        .split(";")[-1]
        .strip()
    )  # "прежний инв. № 0001" / "мурунку инв. № 0001"
    assert "0001" in former and "No." not in former
    type_text(page.search, former)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    number = page.proxy.index(0, 0).data()
    row = next(r for r in page.model.rows if r.inventory_number == number)
    assert row.name_ru == "Школа (Тест-Альфа)"
