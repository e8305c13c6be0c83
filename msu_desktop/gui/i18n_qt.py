"""Installing the Qt translators (our .qm files plus Qt's own) for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from msu_desktop import assets, i18n

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> None:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Kirghiz if lang == "ky" else QLocale.Language.Russian,
            QLocale.Country.Kyrgyzstan,
        )
    )
    ours = QTranslator(app)
    if ours.load(str(assets.resource_path("translations", f"msu_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, dialogs): Qt ships Russian; for Kyrgyz, our qt_ky
    # (the buttons and menus the app shows) is installed last, so it is asked first, and
    # whatever it lacks falls back to Russian, which Kyrgyz users also read.
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load("qtbase_ru", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    if lang == "ky":
        qt_ky = QTranslator(app)
        if qt_ky.load(str(assets.resource_path("translations", "qt_ky.qm"))):
            app.installTranslator(qt_ky)
            _installed.append(qt_ky)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings (used between tests)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
