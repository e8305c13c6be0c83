"""A programme published from its Action Plan workbook: the blank template in both languages,
every mistake named by sheet, row and column (and nothing signed), then the fixed workbook
previewed in ky and ru, compared with the installed version and signed. The programme is a
made-up TEST programme the test builds; no real 2024-2028 content."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import load_workbook

from msu_agency.action_plan import check, headers, read_workbook, write_template
from msu_desktop.domain.deadline import period_deadline
from msu_desktop.domain.plan import plan_from_dict
from msu_exchange.documents import shipped_plan
from tests.conftest import run_cli

SIGNING = "TEST signing passphrase"
ENV = {"MSU_AGENCY_PASSWORD": SIGNING, "MSU_INBOX_PASSWORD": "TEST inbox passphrase"}

SETTINGS = {
    "plan_id": "test-programme-2031",
    "version": 1,
    "title_ky": "ТЕСТ программасы (жасалма)",
    "title_ru": "ТЕСТОВАЯ программа (вымышленная)",
    "valid_from": dt.datetime(2031, 1, 1),
    "valid_to": "31.12.2032",
    "due_day": 15,
    "recipient": "ГАМСУМО",
    "decree_number": "ТЕСТ-1",
    "decree_date": "01.12.2030",
    "decree_issuer_ky": "Тест органы",
    "decree_issuer_ru": "Тестовый орган",
    "deadline 2031-H2": "20.12.2031",
}
KY = [
    ("1", "Тест багыты", "", "", "", ""),
    ("1.1", "Тест милдети", "", "", "", ""),
    (
        "1.1.1",
        "Тест иш-чарасы бир",
        "2031",
        "Натыйжа бир",
        "ЖӨБ жана этностор агенттиги",
        "Донорлор",
    ),
    (
        "1.1.2",
        "Тест иш-чарасы эки",
        "2031-2032",
        "Натыйжа эки",
        "ЖӨБ (макулдашуу боюнча)",
        "Жергиликтүү бюджет",
    ),
]
RU = [
    ("1", "Тестовое направление", "", "", "", ""),
    ("1.1", "Тестовая задача", "", "", "", ""),
    (
        "1.1.1",
        "Тестовое мероприятие один",
        "2031 год",
        "Результат один",
        "ГАМСУМО",
        "Донорские средства",
    ),
    (
        "1.1.2",
        "Тестовое мероприятие два",
        "2031-2032",
        "Результат два",
        "МСУ (по согласованию)",
        "Местный бюджет",
    ),
]


def _workbook(
    path: Path,
    ky: list[tuple[str, ...]],
    ru: list[tuple[str, ...]],
    settings_values: dict[str, object] | None = None,
) -> Path:
    write_template(path)
    wb = load_workbook(path)
    settings = wb["programme"]
    rows = {settings.cell(r, 1).value: r for r in range(1, settings.max_row + 1)}
    for key, value in (settings_values or SETTINGS).items():
        if key not in rows:
            settings.append([key, "", value])
        else:
            settings.cell(rows[key], 3, value)
    for name, table in (("ky", ky), ("ru", ru)):
        for row in table:
            wb[name].append(list(row))
    wb.save(path)
    return path


def test_the_blank_template_has_the_annex_columns_in_both_languages(tmp_path: Path) -> None:
    r = run_cli("plan", "template", "--out", str(tmp_path / "blank.xlsx"), tool="agency")
    assert r.returncode == 0, r.stderr
    wb = load_workbook(tmp_path / "blank.xlsx", read_only=True)
    assert wb.sheetnames == ["programme", "ky", "ru"]
    for lang in ("ky", "ru"):
        first = next(wb[lang].iter_rows(values_only=True))
        assert list(first) == headers(lang)
    assert headers("ky") != headers("ru")


def test_every_mistake_is_named_by_sheet_row_and_column(tmp_path: Path) -> None:
    bad_ru = [
        RU[0],
        RU[1],
        ("1.1.1", "Тестовое мероприятие один", "когда-нибудь", "Результат", "ГАМСУМО", "—"),
        ("1.1.1", "Дубль", "2031", "Результат", "ГАМСУМО", "—"),  # a duplicated number
    ]  # and 1.1.2 missing in Russian
    bad_ky = [*KY, ("1.1.3", "Тест", "2031", "Натыйжа", "Белгисиз мекеме", "—")]
    plan, _ = shipped_plan()
    action = check(read_workbook(_workbook(tmp_path / "bad.xlsx", bad_ky, bad_ru)), plan)
    assert action.document is None
    where = {(p.sheet, p.row, p.column) for p in action.problems}
    assert ("ru", 4, "C") in where  # the unreadable deadline
    assert ("ru", 5, "A") in where  # the duplicated number
    assert ("ky", 6, "E") in where  # an executor not in the glossary
    assert ("ky", 5, "A") in where  # 1.1.2 missing from the Russian sheet
    assert ("ky", 6, "A") in where  # 1.1.3 too
    messages = [p.message("ru") for p in action.problems]
    assert any("Белгисиз мекеме" in m for m in messages)
    assert all(m.startswith("Лист ") for m in messages), messages
    assert all(p.message("ky") != p.message("ru") for p in action.problems)


def test_a_fixed_workbook_is_previewed_compared_and_signed(tmp_path: Path) -> None:
    data = tmp_path / "agency"
    init = run_cli(
        "--data-dir",
        str(data),
        "init",
        "--name-ky",
        "ТЕСТ агенттиги",
        "--name-ru",
        "ТЕСТ агентство",
        tool="agency",
        env=ENV,
    )
    assert init.returncode == 0, init.stderr
    bad = _workbook(tmp_path / "bad.xlsx", KY, RU[:3])
    refused = run_cli(
        "--data-dir",
        str(data),
        "--lang",
        "ru",
        "plan",
        "publish",
        str(bad),
        "--out",
        str(tmp_path / "out"),
        "--yes",
        tool="agency",
        env=ENV,
    )
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert "1.1.2" in refused.stdout and not (tmp_path / "out").exists()

    good = _workbook(tmp_path / "good.xlsx", KY, RU)
    r = run_cli(
        "--data-dir",
        str(data),
        "--lang",
        "ru",
        "plan",
        "publish",
        str(good),
        "--out",
        f"{tmp_path / 'out'}/",
        "--yes",
        tool="agency",
        env=ENV,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Тест иш-чарасы эки" in r.stdout and "Тестовое мероприятие два" in r.stdout
    assert "20.12.2031" in r.stdout  # the moved deadline in the preview
    assert (tmp_path / "out" / "test-programme-2031-v1.msuplan").is_file()
    kept = json.loads((data / "plans" / "test-programme-2031-v1.json").read_text("utf-8"))
    plan = plan_from_dict(kept)
    assert [m.code for m in plan.measures] == ["1.1.1", "1.1.2"]
    assert plan.measure("1.1.2").lsg_participates
    assert period_deadline(plan, "2031-H2") == dt.date(2031, 12, 20)
    assert period_deadline(plan, "2032-H1") == dt.date(2032, 7, 15)


def _docx(path: Path, tables: list[list[tuple[str, ...]]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("ТЕСТ: Иш-аракеттер планы / План действий (вымышленный)")
    for lang, table in zip(("ky", "ru"), tables, strict=True):
        t = document.add_table(rows=0, cols=6)
        for row in [tuple(headers(lang)), *table]:
            cells = t.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def test_the_same_table_pasted_into_word_is_read_and_checked(tmp_path: Path) -> None:
    data = tmp_path / "agency"
    settings_only = _workbook(tmp_path / "settings.xlsx", [], [])
    bad_ru = [*RU[:3], ("1.1.2", "Тестовое мероприятие два", "в следующем году", "Р", "МСУ", "—")]
    bad = _docx(tmp_path / "decree.docx", [KY, bad_ru])
    r = run_cli(
        "--data-dir",
        str(data),
        "--lang",
        "ru",
        "plan",
        "check",
        str(settings_only),
        "--docx",
        str(bad),
        tool="agency",
    )
    assert r.returncode == 3, r.stdout + r.stderr
    assert (
        "decree.docx #2" in r.stdout and "столбец C" in r.stdout and "в следующем году" in r.stdout
    )
    good = _docx(tmp_path / "fixed.docx", [KY, RU])
    r = run_cli(
        "--data-dir",
        str(data),
        "--lang",
        "ru",
        "plan",
        "check",
        str(settings_only),
        "--docx",
        str(good),
        tool="agency",
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Тест иш-чарасы эки" in r.stdout and "Тестовое мероприятие два" in r.stdout
