"""The register as the secretary uses it, through the real window in both languages at
1366×768 (issue 23, "2. Property"): the import's column dialog fits and speaks in words, the
history in words, a write-off asked first, date fields typed, the status line and the
selection kept, the blank register, and a predecessor's objects (issue 25)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from msu_desktop import i18n
from msu_desktop.services import property_service as ps
from tests.gui.dialogs import expect
from tests.gui.user import MAX_MIN_H, MAX_MIN_W, click, go, press_box
from tests.services.property.test_property_messy import office_register

NOT_IMPORTED = (
    "Columns not imported (to keep them in the objects' notes, press No, import again and tick "
    "them under the columns): {columns}"
)
BOTH = pytest.mark.parametrize("app_window", ["ky", "ru"], indirect=True)


def button(page, name: str) -> QPushButton:
    b = page.findChild(QPushButton, name)
    assert b is not None, name
    return b


@BOTH
def test_the_column_dialog_fits_and_the_dry_run_speaks_in_words(
    app_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from msu_desktop.gui.property import MappingDialog

    win = app_window
    lang = i18n.language()
    page = go(qtbot, win, "property")
    path = office_register(tmp_path / "r.xlsx", bad_date=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    sizes: list[tuple[int, int]] = []

    def look_and_ok(dlg: MappingDialog) -> None:
        hint = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
        sizes.append((hint.width(), hint.height()))
        labels = [dlg.layout().itemAt(0).layout().itemAtPosition(0, 0).widget().text()]
        inventory = ps.field_labels("object", lang)["inventory_number"]
        assert labels == [inventory + ":"]  # the registry's label, in the window's language
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    mapping = expect(look_and_ok, kind=MappingDialog)
    question = expect(press_box(QMessageBox.StandardButton.No))
    click(qtbot, button(page, "import_excelButton"))
    mapping.wait()
    question.wait()
    width, height = sizes[0]
    assert width <= MAX_MIN_W and height <= MAX_MIN_H, sizes
    assert "--keep-in-notes" not in question.text
    assert "G «Дата ввода»" in question.text
    said = i18n.tr("PropertyImport", NOT_IMPORTED, lang, columns="G «Дата ввода»")
    assert said.split(":")[0] in question.text
