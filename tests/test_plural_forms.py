"""Counts in the user's language: Qt numerus forms, the same in the widgets (the installed
QTranslator reading the .qm) and below the GUI (msu_desktop.i18n.tr reading the .ts).
Russian has three forms (1, 21 · 2–4, 22 · 5–20, 25, 11), Kyrgyz two, as Qt defines them."""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from msu_desktop import i18n
from msu_desktop.i18n import plural_index, tr
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from tools import i18n as extractor

COUNTS = (1, 2, 5, 11, 21, 22, 25)
RU_PROBLEMS = [
    "1 ошибка",
    "2 ошибки",
    "5 ошибок",
    "11 ошибок",
    "21 ошибка",
    "22 ошибки",
    "25 ошибок",
]
RU_MEASURES = ["1 мера", "2 меры", "5 мер", "11 мер", "21 мера", "22 меры", "25 мер"]


def test_russian_takes_three_forms_below_the_gui() -> None:
    assert [tr("CLI", "%n problem(s)", "ru", n=n) for n in COUNTS] == RU_PROBLEMS
    assert [plural_index("ru", n) for n in (0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)] == [
        2, 0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 0, 2,
    ]  # fmt: skip


def test_kyrgyz_says_the_count_without_changing_the_noun_below_the_gui() -> None:
    assert [tr("CLI", "%n problem(s)", "ky", n=n) for n in COUNTS] == [f"{n} ката" for n in COUNTS]
    assert tr("CLI", "%n day(s) left", "ky", n=3) == "3 күн калды"


def test_a_count_in_a_sentence_with_other_parameters() -> None:
    text = tr("CLI", "%n value(s) carried forward into {period}.", "ru", n=21, period="2021-H1")
    assert text == "В 2021-H1 перенесено 21 значение."
    assert tr("CLI", "%n value(s) carried forward into {period}.", "en", n=2, period="P") == (
        "2 value(s) carried forward into P."
    )
    # without %n, n is an ordinary parameter, as before
    assert tr("Export", "page {n} of {total}", "en", n=2, total=3) == "page 2 of 3"
    assert "{n}" not in tr("Export", "page {n} of {total}", "ru", n=2, total=3)


def test_a_user_error_with_a_count_speaks_both_languages() -> None:
    from msu_desktop.errors import UserError

    err = UserError("Use a password of at least %n character(s).", context="Inbox", n=21)
    assert err.message("ru") == "Используйте пароль не короче 21 символа."
    assert err.message("ky") == "Кеминде 21 белгиден турган сырсөз колдонуңуз."


@pytest.mark.parametrize(("lang", "expected"), [("ru", RU_MEASURES), ("ky", None)])
def test_the_widgets_take_the_same_forms_from_the_qm(qapp, lang, expected) -> None:
    from PySide6.QtCore import QCoreApplication

    from msu_desktop.gui.i18n_qt import install_translators

    install_translators(qapp, lang)
    got = [QCoreApplication.translate("PlanBrowser", "%n measure(s)", "", n) for n in COUNTS]
    assert got == (expected or [f"{n} чара" for n in COUNTS])


def test_qt_and_tr_agree_on_every_count_of_every_plural_entry(qapp) -> None:
    """The rule in msu_desktop.i18n is Qt's: for every plural entry and every count up to 230,
    the services' tr() and the widgets' QTranslator give the same text."""
    from PySide6.QtCore import QCoreApplication

    from msu_desktop.gui.i18n_qt import install_translators

    plural = sorted(extractor.numerus())
    assert len(plural) >= 20
    for lang in ("ru", "ky"):
        install_translators(qapp, lang)
        for ctx, src in plural:
            for n in range(231):
                qt = QCoreApplication.translate(ctx, src, "", n)
                if "{" in src:  # Qt leaves the {name} placeholders to the caller
                    form = i18n.plurals(lang)[(ctx, src)][plural_index(lang, n)]
                    ours = form.replace("%n", str(n))
                else:
                    ours = i18n.tr(ctx, src, lang, n=n)
                assert qt == ours, (lang, ctx, src, n)


def test_the_plan_browser_counts_a_tasks_measures_in_russian(qtbot, ws_with_municipality) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.i18n_qt import install_translators
    from msu_desktop.gui.main_window import MainWindow

    install_translators(make_application(), "ru")
    win = MainWindow(ws_with_municipality, "ru")
    qtbot.addWidget(win)
    browser = win.show_page("plan")
    plan = win.ws.plan()
    task = next(t for t in plan.tasks if len(t.measures) >= 2)
    assert browser.select_code(task.code)
    n = len(task.measures)
    form = ["мера", "меры", "мер"][plural_index("ru", n)]
    assert f"{n} {form}" in browser.detail.toPlainText()


# -- tools/i18n.py ---------------------------------------------------------------------------
@pytest.fixture
def ts_copy(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in ("ky", "ru"):
        shutil.copy(extractor.TS_DIR / f"msu_{lang}.ts", folder)
    monkeypatch.setattr(extractor, "TS_DIR", folder)
    return folder


def test_the_extractor_writes_numerus_entries_with_one_form_per_plural_form(ts_copy) -> None:
    for lang, forms in (("ru", 3), ("ky", 2)):
        root = ET.parse(ts_copy / f"msu_{lang}.ts").getroot()
        for ctx in root.iter("context"):
            for msg in ctx.iter("message"):
                src = msg.findtext("source") or ""
                is_plural = (ctx.findtext("name"), src) in extractor.numerus()
                assert (msg.get("numerus") == "yes") == is_plural or msg.find("translation").get(
                    "type"
                ) == "vanished", src
                if is_plural:
                    assert len(msg.find("translation").findall("numerusform")) == forms, src
    assert ("PlanBrowser", "%n measure(s)") in extractor.numerus()  # self.tr(text, "", n)
    assert ("Inbox", "Use a password of at least %n character(s).") in extractor.numerus()
    assert ("CLI", "page {n} of {total}") not in extractor.numerus()  # n= without %n


def test_fill_takes_the_forms_as_a_list_and_check_wants_them_all(ts_copy, tmp_path) -> None:
    key = {"context": "CLI", "source": "%n problem(s)"}
    short = tmp_path / "short.json"
    short.write_text(json.dumps([{**key, "translation": ["%n ошибка", "%n ошибки"]}]), "utf-8")
    with pytest.raises(SystemExit, match="3 plural forms"):
        extractor.fill("ru", short)
    flat = tmp_path / "flat.json"
    flat.write_text(json.dumps([{**key, "translation": "ошибок: %n"}]), "utf-8")
    with pytest.raises(SystemExit, match="give its 3 forms"):
        extractor.fill("ru", flat)
    # a form lost (blank) in the .ts: check reports the entry
    path = ts_copy / "msu_ru.ts"
    text = path.read_text("utf-8").replace(
        "<numerusform>%n ошибки</numerusform>", "<numerusform />"
    )
    path.write_text(text, "utf-8")
    assert ("CLI", "%n problem(s)") in extractor.missing()["ru"]
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps([{**key, "translation": ["%n ошибка", "%n ошибки", "%n ошибок"]}]), "utf-8"
    )
    assert extractor.fill("ru", good) == 1
    # the same form was blanked in the report's "%n problem(s)" too: still to do, as 3 forms
    # (every other entry whose form reads "%n ошибки" was blanked too, the report page's own)
    missing = extractor.missing()["ru"]
    assert ("CLI", "%n problem(s)") not in missing
    assert ("Report", "%n problem(s)") in missing
    assert {"context": "Report", "source": "%n problem(s)", "translation": ["", "", ""]} in (
        extractor.todo()["ru"]
    )


def test_lrelease_accepts_the_plural_forms(tmp_path) -> None:
    import subprocess

    from tools.build import _tool

    for lang in ("ru", "ky"):
        out = subprocess.run(
            [_tool("pyside6-lrelease"), str(extractor.TS_DIR / f"msu_{lang}.ts"), "-qm",
             str(tmp_path / f"{lang}.qm")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert "unfinished" not in out.stdout.replace("0 unfinished", ""), out.stdout
        assert "Warning" not in out.stdout + out.stderr, out.stdout + out.stderr
