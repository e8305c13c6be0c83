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
    """(context, source) -> translation, finished entries only (plural ones: see plurals)."""
    return _read_catalog(lang)[0]


@lru_cache(maxsize=4)
def plurals(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> the plural forms of a ``numerus="yes"`` message, in Qt's order
    for ``lang`` (see :func:`plural_index`); finished entries only."""
    return _read_catalog(lang)[1]


@lru_cache(maxsize=4)
def _read_catalog(
    lang: str,
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    path = ts_path(lang)
    result: dict[tuple[str, str], str] = {}
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    if not path.exists():
        return result, forms
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None or tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in tr_el.iter("numerusform"))
                if texts and all(texts):
                    forms[(name, source)] = texts
            elif tr_el.text:
                result[(name, source)] = tr_el.text
    return result, forms


# How many plural forms a language has, and which one a count takes: Qt's own rules (Qt
# Linguist's numerus table, which lrelease writes into the .qm), so that the services' tr()
# and the widgets' self.tr(..., n) always agree. Russian is "Russian style" (1, 21 · 2–4, 22 ·
# 5–20, 25, 11); Kyrgyz, like English, is "English style" (1 · everything else).
PLURAL_FORMS = {"ru": 3, "ky": 2, SOURCE_LANGUAGE: 2}


def plural_index(lang: str, n: object) -> int:
    """Which of ``lang``'s plural forms the count ``n`` takes (0-based, Qt's order)."""
    try:
        count = abs(int(str(n)))
    except ValueError:  # not a whole number ("&P" in a page footer): "many"
        return PLURAL_FORMS.get(lang, 2) - 1
    if lang == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        if 2 <= count % 10 <= 4 and not 10 <= count % 100 <= 19:
            return 1
        return 2
    return 0 if count == 1 else 1


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


def tr(context: str, text: str, lang: str | None = None, n: object = None, **params: object) -> str:
    """Translate ``text`` in ``context``; ``{name}`` placeholders are filled from ``params``.

    A count: ``tr("Report", "%n problem(s)", n=3)`` picks the plural form for ``n`` (Qt's
    ``%n`` convention, the same .ts entry the widgets' ``self.tr("%n problem(s)", "", n)``
    read) and puts the number in place of ``%n``; ``{n}`` is filled too. Without ``%n`` in the
    text, ``n`` is an ordinary parameter.

    Calls must use literal strings so that ``tools/i18n.py`` can extract them.
    """
    lang = lang or _current
    if n is not None:
        params["n"] = n
    if n is not None and "%n" in text:
        forms = () if lang == SOURCE_LANGUAGE else plurals(lang).get((context, text), ())
        index = plural_index(lang, n)
        translated = forms[min(index, len(forms) - 1)] if forms else text
        translated = translated.replace("%n", str(n))
        fallback = text.replace("%n", str(n))
    else:
        translated = text if lang == SOURCE_LANGUAGE else catalog(lang).get((context, text), text)
        fallback = text
    if params:
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return fallback.format(**params)
    return translated


def pick(text: dict[str, str] | None, lang: str | None = None) -> str:
    """Choose the ``lang`` variant of bilingual plan content ({'ky': ..., 'ru': ...})."""
    if not text:
        return ""
    lang = lang or _current
    return text.get(lang) or text.get("ru") or text.get("ky") or ""
