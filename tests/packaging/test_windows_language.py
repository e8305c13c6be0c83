"""Windows sets no LANG: the program speaks the language chosen in the installer until it can read
its own setting from the database (a start refused because the database is held open, read-only
or damaged; the first start). The real registry round runs in the installer cycle under wine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from msu_desktop import i18n

ISS = (Path(__file__).resolve().parents[2] / "packaging" / "windows" / "msu-desktop.iss").read_text(
    "utf-8"
)


def test_the_installer_writes_its_language_where_the_program_reads_it() -> None:
    key = re.escape(i18n.INSTALLER_LANGUAGE_KEY)
    assert re.search(
        rf'^Root: HKCU; Subkey: "{key}"; ValueType: string; ValueName: "Language"; '
        r'ValueData: "\{language\}"; Flags: uninsdeletevalue$',
        ISS,
        re.M,
    )
    # the installer's language names are the program's language codes
    assert tuple(re.findall(r'^Name: "(\w+)"; MessagesFile:', ISS, re.M)) == i18n.LANGUAGES


def test_the_installers_choice_comes_before_the_locale_and_after_msu_lang(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MSU_LANG", raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setattr(i18n, "installer_language", lambda: "ky")
    assert i18n.detect_language() == "ky"
    monkeypatch.setenv("MSU_LANG", "ru")
    assert i18n.detect_language() == "ru"
    monkeypatch.delenv("MSU_LANG")
    monkeypatch.setattr(i18n, "installer_language", lambda: None)
    assert i18n.detect_language() == "ru"  # no installer's choice: the locale, as before


def test_no_installer_language_outside_windows() -> None:
    if i18n.sys.platform == "win32":
        pytest.skip("Windows: the registry may hold a real installer's choice")
    assert i18n.installer_language() is None
