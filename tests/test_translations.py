"""Kyrgyz and Russian are complete: every string the code shows has a finished translation."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from tools import i18n as extractor


def test_every_visible_string_is_translated_into_kyrgyz_and_russian() -> None:
    missing = extractor.missing()
    assert missing == {"ky": [], "ru": []}


def test_placeholders_survive_translation() -> None:
    import re

    for lang in ("ky", "ru"):
        entries = extractor.read_ts(extractor.TS_DIR / f"msu_{lang}.ts")
        for (ctx, src), (text, typ) in entries.items():
            if typ is not None:
                continue
            want = set(re.findall(r"\{(\w*)\}", src))
            got = set(re.findall(r"\{(\w*)\}", text))
            assert want == got, f"{lang} [{ctx}] {src!r} -> {text!r}"


def test_non_gui_messages_are_translated() -> None:
    from msu_desktop.errors import UserError
    from msu_desktop.i18n import tr

    assert tr("CLI", "Deadline", "ru") == "Срок"
    assert tr("CLI", "Deadline", "ky") == "Мөөнөт"
    err = UserError("The file was not found: {path}", path="x.msupkg")
    assert err.message("ky") == "Файл табылган жок: x.msupkg"


def test_qt_translator_uses_the_compiled_qm(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from msu_desktop.gui.i18n_qt import install_translators

    install_translators(qapp, "ky")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Чыгуу"
    install_translators(qapp, "ru")
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Выход"


def test_tr_is_only_called_on_self() -> None:
    """``other.tr("…")`` translates in *other*'s class context at run time, while the extractor
    files the string under the enclosing class: the translation is never found. Use
    ``self.tr`` or ``QCoreApplication.translate("Context", "…")``."""
    import re

    calls = re.compile(r"(?<!\bself)\.tr\(\s*[\"']")
    # an alias (t = self.tr; tr_ = QCoreApplication.translate) hides strings from the extractor
    alias = re.compile(r"=\s*[\w.]*\b(tr|translate)\s*$")
    wrong = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "msu_desktop" / "gui").rglob("*.py"))
        if "forms" not in path.parts
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if calls.search(line) or alias.search(line)
    ]
    assert wrong == []


def test_qts_own_buttons_and_menus_speak_kyrgyz(qapp) -> None:
    """Qt ships no Kyrgyz: resources/translations/qt_ky.ts covers the buttons and menus of Qt's
    own that the app shows; the rest falls back to Qt's Russian."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

    from msu_desktop.gui.i18n_qt import install_translators

    def shown() -> list[str]:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
        )
        wizard = QWizard()
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        return (
            [b.text() for b in box.buttons()]
            + [wizard.buttonText(QWizard.WizardButton.BackButton)]
            + [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        )

    install_translators(qapp, "ky")
    ky = shown()
    assert "Жокко чыгаруу" in ky and "&Ооба" in ky and "< &Артка" in ky
    assert "&Көчүрүү" in ky and "Баарын тандоо" in ky
    install_translators(qapp, "ru")
    ru = shown()
    assert "Отмена" in ru and "< &Назад" in ru and "Жокко чыгаруу" not in ru
