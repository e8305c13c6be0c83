"""Translations for the layers below the GUI, read from the same Qt Linguist ``.ts`` files.

The GUI installs a ``QTranslator`` with the compiled ``.qm`` files; the CLI and the services use
:func:`tr`, which reads the ``.ts`` XML directly so that no Qt import is needed below the GUI.
Source strings are English; Kyrgyz (``ky``) and Russian (``ru``) translations are complete
(a test keeps them so).
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from msu_desktop import assets

LANGUAGES = ("ky", "ru")
DEFAULT_LANGUAGE = "ru"
SOURCE_LANGUAGE = "en"  # the English source strings; used by developers and the test suite

_current = DEFAULT_LANGUAGE


def ts_path(lang: str) -> Path:
    return assets.resource_path("translations", f"msu_{lang}.ts")


@lru_cache(maxsize=4)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished entries only."""
    path = ts_path(lang)
    result: dict[tuple[str, str], str] = {}
    if not path.exists():
        return result
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None or tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr_el.text:
                result[(name, source)] = tr_el.text
    return result


def set_language(lang: str) -> None:
    global _current
    if lang not in (*LANGUAGES, SOURCE_LANGUAGE):
        raise ValueError(f"unknown language {lang!r}")
    _current = lang


def language() -> str:
    return _current


# Windows: the installer writes the language chosen in it here (msu-desktop.iss, [Registry])
INSTALLER_LANGUAGE_KEY = r"Software\MSU\MSU Desktop"


def installer_language() -> str | None:
    """Windows: the language the user chose in the installer (Кыргызча or Русский), or None.

    Windows sets no LANG, so before the database (which keeps the language chosen in the
    program) can be read, this is how a start that cannot open it (held open by an antivirus,
    read-only, damaged) still speaks the user's language; the first start too."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, INSTALLER_LANGUAGE_KEY) as key:
            value, _ = winreg.QueryValueEx(key, "Language")
    except OSError:
        return None
    return value if value in LANGUAGES else None


def detect_language() -> str:
    """Language from MSU_LANG, the installer's choice (Windows) or the system locale; Russian
    when unknown."""
    env = os.environ.get("MSU_LANG", "")
    if env in (*LANGUAGES, SOURCE_LANGUAGE):
        return env
    chosen = installer_language()
    if chosen is not None:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value.startswith("ky"):
            return "ky"
        if value.startswith("ru"):
            return "ru"
    return DEFAULT_LANGUAGE


def tr(context: str, text: str, lang: str | None = None, **params: object) -> str:
    """Translate ``text`` in ``context``; ``{name}`` placeholders are filled from ``params``.

    Calls must use literal strings so that ``tools/i18n.py`` can extract them.
    """
    lang = lang or _current
    translated = text if lang == SOURCE_LANGUAGE else catalog(lang).get((context, text), text)
    if params:
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.format(**params)
    return translated


def pick(text: dict[str, str] | None, lang: str | None = None) -> str:
    """Choose the ``lang`` variant of bilingual plan content ({'ky': ..., 'ru': ...})."""
    if not text:
        return ""
    lang = lang or _current
    return text.get(lang) or text.get("ru") or text.get("ky") or ""
