"""The first start (issue 23's items, with the directory of issue 25): the municipality dialog
in the chosen language with a language choice, the installed directory offered by name with
rayon and oblast, Cancel never leads to a window with no municipality, and no automatic backup
of an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from msu_desktop.services import directory, settings
from msu_desktop.services import property_service as ps
from tests.conftest import type_text
from tests.gui.user import press_std, when_modal
from tests.services.directory.helpers import N, after


def test_first_start_in_kyrgyz_picks_the_municipality_by_name(qtbot, ws) -> None:
    from msu_desktop.gui.app import first_start, make_application
    from msu_desktop.gui.i18n_qt import install_translators

    app = make_application()
    install_translators(app, "ru")
    with ws.transaction() as s:
        directory.store(s, after())
    seen = {}

    def answer(dialog) -> None:
        seen["ru_label"] = dialog.ui.nameRuLabel.text()
        combo = dialog.language_combo
        combo.setFocus()
        combo.setCurrentIndex(combo.findData("ky"))  # as a click on «Кыргызча» does
        seen["ky_label"] = dialog.ui.nameRuLabel.text()
        edit = dialog.ui.nameRuEdit
        edit.setFocus()
        type_text(edit, "Объедин")
        popup = edit.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        seen["offered"] = [
            popup.model().index(i, 0).data() for i in range(popup.model().rowCount())
        ]
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        seen["soate"] = dialog.ui.soateEdit.text()
        type_text(dialog.ui.headEdit, "Тестов Т.")
        press_std(dialog, QDialogButtonBox.StandardButton.Save)

    when_modal(answer, name="MunicipalityDialog")
    assert first_start(ws, "ru") == "ky"
    assert seen["ru_label"] != seen["ky_label"]
    assert seen["offered"] == ["Тест-Объединённый — Тестовый район, Тестовая область"]
    assert seen["soate"] == N
    m = ws.municipality()
    assert m is not None and m.soate == N and m.rayon == "Тестовый район"
    assert settings.LANGUAGE.get(ws) == "ky"


def test_cancel_at_the_first_start_leaves_no_window_and_no_municipality(qtbot, ws) -> None:
    from msu_desktop.gui.app import first_start, make_application

    make_application()
    when_modal(
        lambda d: press_std(d, QDialogButtonBox.StandardButton.Cancel), name="MunicipalityDialog"
    )
    assert first_start(ws, "ru") is None
    assert ws.municipality() is None


def test_no_automatic_backup_of_an_empty_database(ws_with_municipality) -> None:
    from msu_desktop.gui.app import _daily_backup, has_user_data

    ws = ws_with_municipality
    assert not has_user_data(ws)
    _daily_backup(ws)  # returns at once: nothing entered yet
    made = list(ws.backups_dir.glob("*")) if ws.backups_dir.exists() else []
    assert made == []
    ps.add_object(ws, {"category": "vehicle", "name_ru": "Тестовый трактор"})
    assert has_user_data(ws)
