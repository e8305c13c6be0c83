"""The decree and Annex 1 (the Programme) as bilingual data: the file, its schema, what a reader
sees in the CLI and the window, and a programme text that arrives with a plan package."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msu_desktop.domain.programme import programme_as_text, programme_blocks
from msu_desktop.errors import InvalidData
from msu_exchange.documents import load_programme, shipped_plan, validate
from tests.conftest import ROOT, run_cli

PROGRAMME = ROOT / "data" / "plan" / "lsg-2018-2023.programme.json"
SEED = ROOT.parent / "shared" / "seed"
DEV_KEY = ROOT / "packaging" / "dev-keys" / "agency-dev.key"
DEV_PASSWORD = b"development-only-not-secret"  # TEST key (see packaging/dev-keys/README.md)


@pytest.fixture(scope="module")
def doc() -> dict:
    return json.loads(PROGRAMME.read_text("utf-8"))


def _sections(sections: list[dict]):
    for s in sections:
        yield s
        yield from _sections(s["sections"])


def _all_text(doc: dict, lang: str) -> list[str]:
    out = [doc["title"][lang], doc["decree"]["title"][lang], doc["decree"]["preamble"][lang]]
    out += [p["text"][lang] for p in doc["decree"]["points"]]
    for s in _sections(doc["sections"]):
        out.append(s["title"][lang])
        out += s["paragraphs"][lang] + s.get("conclusion", {}).get(lang, [])
    return out


def test_the_file_passes_its_schema_and_belongs_to_the_shipped_plan(doc) -> None:
    validate(doc, "programme.schema.json", "programme")
    plan, _ = shipped_plan()
    assert doc["plan_id"] == plan.plan_id
    assert doc["decree"]["number"] == plan.decree["number"] == "513"
    assert doc["decree"]["date"] == plan.decree["date"] == "2018-10-31"


def test_the_schema_rejects_a_missing_language(doc) -> None:
    broken = copy.deepcopy(doc)
    del broken["sections"][0]["title"]["ky"]
    with pytest.raises(InvalidData, match="sections/0/title"):
        validate(broken, "programme.schema.json", "programme")


def test_seven_sections_and_the_plans_directions_and_tasks(doc) -> None:
    assert [s["number"] for s in doc["sections"]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert doc["sections"][4]["title"]["ru"] == "Риски реализации Программы"
    plan, _ = shipped_plan()
    goals = doc["sections"][3]
    assert [d["number"] for d in goals["sections"]] == ["§ 1", "§ 2", "§ 3"]
    tasks = [t["number"] for d in goals["sections"] for t in d["sections"]]
    assert tasks == [t.code for t in plan.tasks]
    # every direction ends with its expected results, in both languages
    for d in goals["sections"]:
        assert d["conclusion"]["ru"][0].startswith("Ожидаемые результаты")
        assert d["conclusion"]["ky"][0].startswith("Күтүл")


def test_both_languages_have_the_same_shape(doc) -> None:
    for s in _sections(doc["sections"]):
        for key in ("paragraphs", "conclusion"):
            if key in s:
                assert len(s[key]["ky"]) == len(s[key]["ru"]), (s["number"], key)
    for p in doc["decree"]["points"]:
        assert p["text"]["ky"].count("\n- ") == p["text"]["ru"].count("\n- "), p["number"]


def test_the_decree_states_the_reporting_rule_in_both_languages(doc) -> None:
    point2 = doc["decree"]["points"][1]["text"]
    assert "не позднее 15 числа месяца, следующего за отчетным периодом" in point2["ru"]
    assert "кийинки айдын 15инен кечиктирбестен" in point2["ky"]
    point3 = doc["decree"]["points"][2]["text"]
    assert "не позднее 25 числа" in point3["ru"]
    assert "айдын 25инен" in point3["ky"]


def test_the_municipal_property_task_is_there(doc) -> None:
    task = next(s for s in _sections(doc["sections"]) if s["number"] == "3.2")
    assert "Завершить инвентаризацию муниципальной собственности." in " ".join(
        task["paragraphs"]["ru"]
    )
    assert "Муниципалдык менчикти инвентаризациялоону бүтүрүү." in " ".join(
        task["paragraphs"]["ky"]
    )


# OCR left these behind: Latin letters inside Cyrillic words, the copyright sign read for "Ө",
# broken line-end hyphens, and Kyrgyz words with the Russian letters in place of ө, ү.
_LATIN_IN_WORD = re.compile(r"[а-яөүң][a-z]|[a-z][а-яөүң]", re.IGNORECASE)
_OCR_KY = re.compile(r"\b(ез|енуктуруу|жергиликтуу|женунде|учун|Окмет\w*)\b")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_ocr_debris(doc, lang) -> None:
    for text in _all_text(doc, lang):
        assert not _LATIN_IN_WORD.search(text), text[:80]
        assert "©" not in text and "^" not in text and "  " not in text, text[:80]
        assert not re.search(r"\w- \w", text), text[:80]  # a hyphen left from a line break
        if lang == "ky":
            assert not _OCR_KY.search(text), text[:80]


def test_kyrgyz_text_uses_the_kyrgyz_letters(doc) -> None:
    text = " ".join(_all_text(doc, "ky"))
    for letter in "өүң":
        assert text.count(letter) > 40, letter
    assert "жергиликтүү өз алдынча башкаруу" in text


def test_the_figures_agree_between_the_languages(doc) -> None:
    """Where the OCR damaged one language, the figures were taken from the other: they agree."""
    ky, ru = " ".join(_all_text(doc, "ky")), " ".join(_all_text(doc, "ru"))

    def figures(text: str) -> list[str]:
        return sorted(set(re.findall(r"\d+,\d+", text)))

    assert figures(ky) == figures(ru)
    for n in ("453", "31", "1818,1", "208,8", "16,5", "363,8"):
        assert n in ky and n in ru


def test_every_russian_line_of_the_seed_is_kept(doc) -> None:
    """Against the OCR in ../shared/seed: the words of each Russian line of Annex 1 are found in
    the transcription, so nothing was dropped (lines the OCR mangled are allowed to differ)."""
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not files:
        pytest.skip("../shared/seed is not present")
    source = files[0].read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(source) if line.strip() == "Приложение 1")
    end = next(i for i, line in enumerate(source) if line.strip() == "Приложение 2")
    words = set(re.findall(r"[а-яё]+", " ".join(_all_text(doc, "ru")).lower()))
    russian = re.compile(r"(ого|ных|ения|ении|ствен|ями|ции|ется|ются)\b")
    kyrgyz = re.compile(r"(уу|ын\b|дын|нын|тын|жана|менен|учун|боюнча|\bез\b|бул\b)")
    checked = poor = 0
    for line in source[start:end]:
        if not russian.search(line) or kyrgyz.search(line):
            continue
        line_words = [w for w in re.findall(r"[а-яё]+", line.lower()) if len(w) > 3]
        if len(line_words) < 4:
            continue
        checked += 1
        found = sum(w in words for w in line_words[1:-1]) / max(1, len(line_words) - 2)
        if found < 0.8:
            poor += 1
    assert checked > 180
    assert poor / checked < 0.04, (poor, checked)


def test_blocks_read_in_order(doc) -> None:
    blocks = programme_blocks(doc, "ru")
    kinds = [b.kind for b in blocks]
    assert kinds[0] == "title" and "signature" in kinds
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings[0] == "1. Введение" and headings[-1].startswith("7. Мониторинг")
    subs = [b.text for b in blocks if b.kind == "subheading"]
    assert "Задача 3.2. Повысить уровень участия местного сообщества" in " ".join(subs)
    items = [b.text for b in blocks if b.kind == "item"]
    assert any(t.startswith("4) риски, связанные с высоким темпом") for t in items)
    text = programme_as_text(doc, "ky", 80)
    assert "3.2-милдет." in text and max(len(line) for line in text.splitlines()) <= 80


def test_cli_prints_the_programme_in_kyrgyz(tmp_path: Path) -> None:
    r = run_cli("--data-dir", str(tmp_path / "d"), "plan", "programme", "--lang", "ky")
    assert r.returncode == 0, r.stderr
    assert "Көйгөйлөрдү талдоо" in r.stdout and "Премьер-министр" in r.stdout
    assert r.stderr == ""


def test_window_shows_the_programme(qtbot, ws_with_municipality) -> None:
    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.main_window import MainWindow

    make_application()
    win = MainWindow(ws_with_municipality, "ky")
    qtbot.addWidget(win)
    view = win.show_page("programme")
    text = view.browser.toPlainText()
    assert "Программанын максаты, артыкчылыктуу багыттары" in text
    assert "1.1-милдет." in text
    assert view.print_button.isEnabled()


def test_the_programme_saves_as_a_pdf_with_its_kyrgyz_text(qtbot, ws_with_municipality, tmp_path):
    import shutil
    import subprocess

    from msu_desktop.gui.app import make_application
    from msu_desktop.gui.programme_view import ProgrammeView

    make_application()
    view = ProgrammeView(ws_with_municipality, "ky")
    qtbot.addWidget(view)
    out = tmp_path / "programme.pdf"
    view.write_pdf(out)
    assert out.read_bytes().startswith(b"%PDF") and not (tmp_path / "programme.pdf.part").exists()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Көйгөйлөрдү талдоо" in text and "жергиликтүү өз алдынча" in text


def _package(tmp_path: Path, plan_doc: dict, **kw) -> Path:
    from msu_agency.plan_build import build_plan_package
    from msu_exchange.signing.minisign import SecretKey

    key = SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)
    return build_plan_package(plan_doc, [key], tmp_path / "p.msuplan", **kw)


def test_a_plan_package_brings_its_programme_and_form_rules(ws, doc, tmp_path) -> None:
    """A successor plan arrives with its own text and rules, as data: the app shows them."""
    from msu_desktop.services import report_service as rs
    from msu_desktop.services.plan_package.apply import apply_plan_package

    _, plan_doc = shipped_plan()
    plan_doc = copy.deepcopy(plan_doc)
    plan_doc["version"] = 2
    programme = copy.deepcopy(doc)
    programme["sections"][0]["paragraphs"]["ru"].append("Новый абзац второй версии.")
    rules = json.loads((ROOT / "data" / "forms" / "report_rules.json").read_text("utf-8"))
    rules["money_sources"][0]["label"]["ru"] = "Местный бюджет (айыл окмоту)"
    pkg = _package(
        tmp_path,
        plan_doc,
        programme=json.dumps(programme, ensure_ascii=False).encode(),
        forms={"report_rules": json.dumps(rules, ensure_ascii=False).encode()},
    )
    apply_plan_package(ws, pkg)
    plan = ws.plan()
    assert plan.version == 2
    shown = load_programme(plan)
    assert shown is not None
    assert shown["sections"][0]["paragraphs"]["ru"][-1] == "Новый абзац второй версии."
    labels = [src.label["ru"] for src in rs.rules_for(plan).money_sources]
    assert "Местный бюджет (айыл окмоту)" in labels


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"programme": b"{not json"}, "not readable"),
        ({"programme": b'{"plan_id": "lsg-2018-2023"}'}, "not valid"),
        ({"forms": {"report_rules": b'{"statuses": 3}'}}, "not valid"),
        ({"forms": {"unknown_form": b"{}"}}, "does not know"),
    ],
)
def test_a_bad_programme_or_form_is_refused_when_the_package_is_built(tmp_path, kw, reason):
    from msu_exchange.plan_package import PlanPackageRefused

    _, plan_doc = shipped_plan()
    with pytest.raises(PlanPackageRefused, match=reason):
        _package(tmp_path, plan_doc, **kw)


def test_a_programme_of_another_plan_is_refused_and_nothing_changes(ws, doc, tmp_path) -> None:
    """Built by hand around the builder's check: the app refuses it when verifying."""
    import hashlib
    import sqlite3
    import zipfile

    from msu_desktop.services.plan_package.apply import apply_plan_package
    from msu_exchange.plan_package import PlanPackageRefused

    _, plan_doc = shipped_plan()
    plan_doc = copy.deepcopy(plan_doc)
    plan_doc["version"] = 2
    good = _package(tmp_path, plan_doc, programme=PROGRAMME.read_bytes())
    other = copy.deepcopy(doc)
    other["plan_id"] = "lsg-2024-2028"
    data = json.dumps(other, ensure_ascii=False).encode()
    # re-sign a manifest that lists the foreign programme (the agency's key, so only the
    # programme check can refuse it)
    from msu_agency.plan_build import canonical
    from msu_exchange.signing.minisign import SecretKey

    with zipfile.ZipFile(good) as z:
        manifest = json.loads(z.read("manifest.json"))
        members = {n: z.read(n) for n in z.namelist()}
    manifest["files"]["programme.json"] = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
    }
    raw = canonical(manifest)
    key = SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)
    sig_name = next(n for n in members if n.startswith("signatures/"))
    members[sig_name] = key.sign(raw, "test", "test").encode()
    members["manifest.json"] = raw
    members["programme.json"] = data
    forged = tmp_path / "foreign.msuplan"
    with zipfile.ZipFile(forged, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    con = sqlite3.connect(ws.db_path)
    before = list(con.execute("SELECT * FROM setting")) + list(
        con.execute("SELECT * FROM plan_version")
    )
    con.close()
    with pytest.raises(PlanPackageRefused, match="belongs to another plan"):
        apply_plan_package(ws, forged)
    con = sqlite3.connect(ws.db_path)
    after = list(con.execute("SELECT * FROM setting")) + list(
        con.execute("SELECT * FROM plan_version")
    )
    con.close()
    assert after == before


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(["programme.json", "forms/report_rules.json", "forms/other.json"]),
    payload=st.one_of(
        st.binary(max_size=300),
        _json_values.map(lambda v: json.dumps(v).encode()),
    ),
)
def test_any_document_in_a_package_is_accepted_or_refused_with_a_reason(name, payload) -> None:
    """Whatever bytes a package carries as its programme or form, the check either accepts them
    (they pass the schema) or refuses the package with a sentence — it never crashes."""
    from msu_exchange.plan_package import PlanPackageRefused, check_documents

    files = {"plan.json": b"{}", name: payload}
    try:
        check_documents(files, "lsg-2018-2023")
    except PlanPackageRefused as exc:
        assert str(exc) and "Traceback" not in str(exc)


def test_the_programme_text_of_a_task_and_a_direction(doc) -> None:
    from msu_desktop.domain.programme import section_text

    text, closing = section_text(doc, "3.2", "ky")
    assert "Муниципалдык менчикти инвентаризациялоону бүтүрүү." in " ".join(text)
    assert closing == []
    text, closing = section_text(doc, "§ 2", "ru")
    assert text == [] and closing[0].startswith("Ожидаемые результаты: повышение доверия")
    assert section_text(doc, "9.9", "ru") == ([], [])
