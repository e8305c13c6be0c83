"""The shipped Action Plan (Annex 2 of Government Resolution No. 513 of 31 October 2018).

Checks the plan file against its schema, its shape (3 directions, 9 tasks, 23 measures), the
cleanliness of the bilingual texts after OCR correction, the cross-references, the reporting
periods, and spot-checks several measures against the decree text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

DATA = Path(__file__).resolve().parents[2] / "data"
PLAN_PATH = DATA / "plan" / "lsg-2018-2023.json"
SCHEMA_PATH = DATA / "schema" / "plan.schema.json"

EXPECTED_CODES = [
    "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5",
    "1.2.1", "1.2.2",
    "2.1.1", "2.1.2", "2.1.3", "2.1.4",
    "2.2.1", "2.2.2", "2.2.3",
    "2.3.1", "2.3.2",
    "2.4.1",
    "3.1.1", "3.1.2",
    "3.2.1", "3.2.2", "3.2.3",
    "3.3.1",
]  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> dict:
    return json.loads(PLAN_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def measures_of(plan: dict) -> list[dict]:
    return [m for d in plan["directions"] for t in d["tasks"] for m in t["measures"]]


def measure(plan: dict, code: str) -> dict:
    (found,) = [m for m in measures_of(plan) if m["code"] == code]
    return found


def texts(node: object, path: str = "") -> list[tuple[str, dict]]:
    """Every bilingual text object ({"ky": ..., "ru": ...}) in the document, with its path."""
    found: list[tuple[str, dict]] = []
    if isinstance(node, dict):
        if set(node) == {"ky", "ru"} and all(isinstance(v, str) for v in node.values()):
            found.append((path, node))
        else:
            for key, value in node.items():
                found.extend(texts(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(texts(value, f"{path}/{i}"))
    return found


# -- schema ----------------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_plan_validates_against_schema(plan: dict, schema: dict) -> None:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(plan)]
    assert errors == []


def test_schema_rejects_broken_documents(plan: dict, schema: dict) -> None:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    def broken(mutate) -> bool:
        doc = json.loads(json.dumps(plan))
        mutate(doc)
        return not validator.is_valid(doc)

    first = lambda d: d["directions"][0]["tasks"][0]["measures"][0]  # noqa: E731
    assert broken(lambda d: first(d).update(code="1.1"))
    assert broken(lambda d: first(d)["deadline"].update(date="2019-02-30"))
    assert broken(lambda d: first(d)["deadline"].update(kind="sometime"))
    assert broken(lambda d: first(d)["funding"]["sources"].append("lottery"))
    assert broken(lambda d: first(d)["title"].pop("ky"))
    assert broken(lambda d: first(d)["title"].update(ru=""))
    assert broken(lambda d: first(d).update(extra=1))
    assert broken(lambda d: d["reporting"]["periods"][0].update(id="2018-Q3"))
    assert broken(lambda d: d.pop("organisations"))


def test_schema_does_not_hard_code_this_plan(schema: dict) -> None:
    raw = json.dumps(schema, ensure_ascii=False)
    assert "lsg-2018-2023" not in raw
    assert "1.1.1" not in raw
    assert '"maxItems"' not in raw


# -- structure -------------------------------------------------------------------------------


def test_counts(plan: dict) -> None:
    assert len(plan["directions"]) == 3
    assert sum(len(d["tasks"]) for d in plan["directions"]) == 9
    assert len(measures_of(plan)) == 23


def test_measure_codes_in_order_and_nested(plan: dict) -> None:
    assert [m["code"] for m in measures_of(plan)] == EXPECTED_CODES
    assert [d["code"] for d in plan["directions"]] == ["1", "2", "3"]
    for d in plan["directions"]:
        for t in d["tasks"]:
            assert t["code"].split(".")[0] == d["code"]
            for m in t["measures"]:
                assert m["code"].rsplit(".", 1)[0] == t["code"]
    tasks = [t["code"] for d in plan["directions"] for t in d["tasks"]]
    assert tasks == ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]


def test_header(plan: dict) -> None:
    assert plan["plan_id"] == "lsg-2018-2023"
    assert plan["schema_version"] == 1
    assert plan["valid_from"] == "2018-10-31"
    assert plan["valid_to"] == "2023-12-31"
    assert plan["decree"]["number"] == "513"
    assert plan["decree"]["date"] == "2018-10-31"
    assert "2018-2023" in plan["title"]["ru"] and "2018-2023" in plan["title"]["ky"]


# -- texts -----------------------------------------------------------------------------------


def test_every_text_non_empty_in_both_languages(plan: dict) -> None:
    found = texts(plan)
    assert len(found) > 100
    for path, text in found:
        for lang in ("ky", "ru"):
            assert text[lang].strip(), f"{path}/{lang} is empty"
            assert text[lang] == text[lang].strip(), f"{path}/{lang} has stray whitespace"
    for m in measures_of(plan):
        for key in ("title", "expected_result", "executor_notes"):
            assert set(m[key]) == {"ky", "ru"}


CYR = "А-Яа-яЁёӨөҮүҢң"
OCR_GARBAGE = [
    (re.compile(r"[©®^|_\\~•■□►▪�]"), "OCR symbol"),
    (re.compile(rf"[{CYR}][A-Za-z]|[A-Za-z][{CYR}]"), "Latin letter inside a Cyrillic word"),
    (re.compile(rf"[{CYR}]0|0[{CYR}]"), "digit 0 inside a Cyrillic word"),
    (re.compile(r"  "), "double space"),
    (re.compile(r"\w-\s+\w"), "hyphen broken across a line"),
    (re.compile(r"\.\."), "double dot"),
    (re.compile(r" [,.;:]"), "space before punctuation"),
]


def human_strings(plan: dict) -> list[tuple[str, str]]:
    """Every string a person reads: both languages of each text, discrepancy values, codes."""
    found = [(f"{path}/{lang}", t[lang]) for path, t in texts(plan) for lang in ("ky", "ru")]
    for m in measures_of(plan):
        found += [(f"{m['code']}/executors", ex) for ex in m["executors"]]
        for x in m["discrepancies"]:
            found += [
                (f"{m['code']}/discrepancy/ky", x["ky"]),
                (f"{m['code']}/discrepancy/ru", x["ru"]),
            ]
    found += [(f"organisation {o['code']}", o["code"]) for o in plan["organisations"]]
    found.append(("reporting/recipient", plan["reporting"]["recipient"]))
    return found


def test_no_ocr_garbage_left(plan: dict) -> None:
    problems = []
    strings = human_strings(plan)
    assert len(strings) > 300
    for where, s in strings:
        for rx, what in OCR_GARBAGE:
            if rx.search(s):
                problems.append(f"{where}: {what}: {s[:80]!r}")
        if re.search(r"[A-Za-z]", s):
            problems.append(f"{where}: Latin letters: {s[:80]!r}")
    assert problems == []


def test_kyrgyz_uses_kyrgyz_letters_and_no_known_misreadings(plan: dict) -> None:
    ky = [t["ky"] for _, t in texts(plan)]
    ru = [t["ru"] for _, t in texts(plan)]
    joined = "\n".join(ky)
    for letter in "өүң":
        assert letter in joined.lower(), f"no {letter} in the Kyrgyz texts"
    # Misreadings of Ө/Ү/Ң that the OCR left in the source.
    for wrong in ("ЖОБ", "Ж0Б", "ез алдынча", "оз алдынча", "жергиликтуу", "енуктуруу",
                  "Окмот", "окмот", "женунде", "учун", "кецеш", "КР0А"):  # fmt: skip
        assert wrong not in joined, f"OCR misreading {wrong!r} left in Kyrgyz"
    for right in ("өз алдынча башкаруу", "жергиликтүү", "өнүктүрүү", "Өкмөтү", "ЖӨБ органдары"):
        assert right in joined, f"{right!r} not found in Kyrgyz"
    # Russian texts are Russian: no Kyrgyz-only letters, except proper names.
    for s in ru:
        assert not re.search(r"[ӨөҮүҢң]", s), s


def test_abbreviations_match_the_languages(plan: dict) -> None:
    orgs = {o["code"]: o for o in plan["organisations"]}
    assert orgs["МСУ"]["abbr"] == {"ky": "ЖӨБ", "ru": "МСУ"}
    assert orgs["ГАМСУМО"]["abbr"]["ky"] == "ЖӨБ жана этностор агенттиги"
    assert orgs["АПКР"]["abbr"]["ky"] == "КРӨА"
    assert orgs["МФ"]["abbr"]["ky"] == "ФМ"
    assert orgs["Союз МСУ"]["abbr"]["ky"] == "ЖӨБ бирлиги"
    assert orgs["НКО"]["abbr"]["ky"] == "КЭУ"
    for o in plan["organisations"]:
        assert o["abbr"]["ru"] == o["code"]


# -- cross-references ------------------------------------------------------------------------


def test_organisations_unique_and_complete(plan: dict) -> None:
    codes = [o["code"] for o in plan["organisations"]]
    assert len(codes) == len(set(codes))
    notes = {"АПКР", "ГАМСУМО", "МФ", "МЭ", "МЮ", "ГКС", "ГНС", "ФУГИ", "ГКИТС", "АПЗИ",
             "АГУПКР", "ПП ПКР", "МГА", "НИСИ", "ОТРК", "ГП «ЦЭВ»", "АНК", "МСУ",
             "Союз МСУ", "ТОС", "НКО"}  # fmt: skip
    assert notes <= set(codes)
    assert [o["code"] for o in plan["organisations"] if o["is_lsg"]] == ["МСУ"]
    ky_abbrs = [o["abbr"]["ky"] for o in plan["organisations"]]
    assert len(ky_abbrs) == len(set(ky_abbrs))


def test_executors_and_recipient_reference_organisations(plan: dict) -> None:
    codes = {o["code"] for o in plan["organisations"]}
    assert plan["reporting"]["recipient"] in codes
    for m in measures_of(plan):
        assert m["executors"], m["code"]
        for ex in m["executors"]:
            assert ex in codes, f"{m['code']}: unknown executor {ex}"


def test_lsg_participates_matches_executors(plan: dict) -> None:
    for m in measures_of(plan):
        assert m["lsg_participates"] == ("МСУ" in m["executors"]), m["code"]
    assert any(m["lsg_participates"] for m in measures_of(plan))
    assert not all(m["lsg_participates"] for m in measures_of(plan))


def test_executor_notes_name_the_executors_in_order(plan: dict) -> None:
    orgs = {o["code"]: o for o in plan["organisations"]}
    for m in measures_of(plan):
        for lang in ("ky", "ru"):
            note = m["executor_notes"][lang]
            pos = -1
            for ex in m["executors"]:
                abbr = orgs[ex]["abbr"][lang]
                label = {"ru": "органы МСУ", "ky": "ЖӨБ органдары"}[lang] if ex == "МСУ" else abbr
                found = note.find(label, pos + 1)
                assert found > pos, f"{m['code']} {lang}: {label!r} not in order in {note!r}"
                pos = found


# -- deadlines, funding, indicators ----------------------------------------------------------


def test_deadlines_are_sensible(plan: dict) -> None:
    start = dt.date.fromisoformat(plan["valid_from"])
    end = dt.date.fromisoformat(plan["valid_to"])
    kinds = set()
    for m in measures_of(plan):
        d = m["deadline"]
        kinds.add(d["kind"])
        if d["kind"] == "date":
            assert start <= dt.date.fromisoformat(d["date"]) <= end, m["code"]
            year = d["date"][:4]
            assert year in d["text"]["ru"] and year in d["text"]["ky"], m["code"]
        elif d["kind"] == "year":
            assert start.year <= d["year"] <= end.year
        else:
            assert start.year <= d["from_year"] <= d["to_year"] <= end.year, m["code"]
            for lang in ("ky", "ru"):
                assert str(d["from_year"]) in d["text"][lang]
                assert str(d["to_year"]) in d["text"][lang]
    assert kinds == {"date", "years"}


def test_funding(plan: dict) -> None:
    for m in measures_of(plan):
        assert m["funding"]["sources"] == ["state_budget", "donors"], m["code"]
        assert "донорских средств" in m["funding"]["text"]["ru"]
        assert "донордук каражаттардын" in m["funding"]["text"]["ky"]


def test_indicators(plan: dict) -> None:
    with_indicators = {m["code"]: m["indicators"] for m in measures_of(plan) if m["indicators"]}
    assert set(with_indicators) == {"2.1.3", "2.1.4", "2.2.2", "3.1.2"}
    assert [(i["target"], i["per"]) for i in with_indicators["2.1.4"]] == [(5, "year")]
    assert [(i["target"], i["per"]) for i in with_indicators["2.1.3"]] == [(5, "total")]
    assert [(i["target"], i["per"]) for i in with_indicators["2.2.2"]] == [(453, "total")]
    assert [(i["target"], i["per"]) for i in with_indicators["3.1.2"]] == [(2, "year")]
    for m in measures_of(plan):
        ids = [i["id"] for i in m["indicators"]]
        assert len(ids) == len(set(ids))


# -- discrepancies ---------------------------------------------------------------------------


def test_deadline_discrepancy_recorded(plan: dict) -> None:
    with_deadline = [
        m for m in measures_of(plan) if any(x["field"] == "deadline" for x in m["discrepancies"])
    ]
    assert [m["code"] for m in with_deadline] == ["1.1.3"]
    m = with_deadline[0]
    (x,) = [x for x in m["discrepancies"] if x["field"] == "deadline"]
    assert x["ru"] == "28 июля 2019 года"
    assert x["ky"] == "2019-жылдын 28-июну"
    # The deadline itself holds the Russian value; its texts keep each language's wording.
    assert m["deadline"]["date"] == "2019-07-28"
    assert m["deadline"]["text"] == {"ky": x["ky"], "ru": x["ru"]}


def test_discrepancy_values_appear_in_the_measure(plan: dict) -> None:
    for m in measures_of(plan):
        for x in m["discrepancies"]:
            if x["field"] == "executor_notes":
                assert x["ky"] in m["executor_notes"]["ky"]
                assert x["ru"] in m["executor_notes"]["ru"]


# -- spot checks against the decree ----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "deadline", "executors"),
    [
        ("1.1.1", "2019-03-29", ["ГАМСУМО", "Союз МСУ", "НКО"]),
        ("1.1.2", "2018-12-15", ["ГАМСУМО", "Союз МСУ", "НКО"]),
        ("1.2.2", "2019-12-14", ["ГАМСУМО", "НИСИ", "ПП ПКР", "МГА", "Союз МСУ", "МСУ", "НКО"]),
        ("2.1.1", "2019-09-30", ["МФ", "ГАМСУМО", "Союз МСУ"]),
        ("2.1.2", "2022-12-15", ["МЭ", "ГАМСУМО", "Союз МСУ", "НКО"]),
        ("2.2.3", "2020-03-31", ["ГАМСУМО", "ГП «ЦЭВ»"]),
        ("2.3.2", "2020-08-25", ["ГАМСУМО", "ПП ПКР", "МГА", "Союз МСУ"]),
        ("3.1.1", "2023-02-01", ["МФ", "ГАМСУМО", "ПП ПКР", "МГА", "Союз МСУ"]),
        ("3.2.1", "2018-12-14", ["МФ", "ГНС", "ГАМСУМО", "Союз МСУ", "МСУ"]),
        ("3.2.2", "2018-12-14", ["ГАМСУМО", "ФУГИ", "ГКИТС", "МСУ"]),
        ("3.2.3", "2018-12-14", ["ГАМСУМО", "ФУГИ", "ГКИТС", "МСУ"]),
        ("3.3.1", "2019-12-15", ["МФ", "МЭ", "ГАМСУМО", "Союз МСУ", "МСУ"]),
    ],
)
def test_dated_measures(plan: dict, code: str, deadline: str, executors: list[str]) -> None:
    m = measure(plan, code)
    assert m["deadline"]["kind"] == "date"
    assert m["deadline"]["date"] == deadline
    assert m["executors"] == executors


def test_measure_1_1_1_texts(plan: dict) -> None:
    m = measure(plan, "1.1.1")
    assert m["deadline"]["text"] == {"ky": "2019-жылдын 29-марты", "ru": "29 марта 2019 года"}
    assert "отчетности органов МСУ перед местными сообществами" in m["title"]["ru"]
    assert "ЖӨБ органдарынын жергиликтүү жамааттар алдында отчеттуулугу" in m["title"]["ky"]
    assert m["lsg_participates"] is False
    assert m["executor_notes"]["ru"] == (
        "ГАМСУМО, Союз МСУ (по согласованию), НКО (по согласованию)"
    )


def test_measure_1_1_2(plan: dict) -> None:
    m = measure(plan, "1.1.2")
    assert m["deadline"]["text"]["ru"] == "15 декабря 2018 года"
    assert "Памятки о правах и обязанностях члена местного сообщества" in m["title"]["ru"]


@pytest.mark.parametrize(
    ("code", "from_year", "to_year", "executors"),
    [
        ("2.1.3", 2018, 2019, ["ГАМСУМО", "ГКС", "Союз МСУ"]),
        ("2.1.4", 2018, 2023, ["АПЗИ", "министерства и ведомства", "МСУ"]),
        ("2.2.2", 2018, 2019, ["ГКС", "АГУПКР", "ГАМСУМО", "МЮ"]),
        ("2.4.1", 2018, 2019, ["ГАМСУМО", "ГКС", "Союз МСУ", "МСУ"]),
        ("3.1.2", 2019, 2023, ["МФ", "ГКС", "АГУПКР", "МЭ", "ГАМСУМО", "Союз МСУ", "МСУ"]),
    ],
)
def test_multi_year_measures(
    plan: dict, code: str, from_year: int, to_year: int, executors: list[str]
) -> None:
    m = measure(plan, code)
    assert m["deadline"]["kind"] == "years"
    assert (m["deadline"]["from_year"], m["deadline"]["to_year"]) == (from_year, to_year)
    assert m["executors"] == executors


def test_measures_3_2_2_and_3_2_3_content(plan: dict) -> None:
    inventory = measure(plan, "3.2.2")
    assert "инвентаризации муниципальной собственности" in inventory["title"]["ru"]
    assert "реестров на сайтах и в СМИ" in inventory["title"]["ru"]
    assert "инвентаризациялоо" in inventory["title"]["ky"]
    assert "сайте ГАМСУМО" in inventory["expected_result"]["ru"]
    assert inventory["lsg_participates"] is True

    transparency = measure(plan, "3.2.3")
    assert "прозрачности принятия и исполнения решений" in transparency["title"]["ru"]
    assert "электронные торги" in transparency["title"]["ru"]
    assert "ачык-айкындыгын" in transparency["title"]["ky"]
    assert "аукционов" in transparency["expected_result"]["ru"]
    assert "внесен в АПКР" in transparency["expected_result"]["ru"]
    assert transparency["lsg_participates"] is True


# -- reporting -------------------------------------------------------------------------------


def test_reporting_rule(plan: dict) -> None:
    rep = plan["reporting"]
    assert rep["frequency"] == "half-year"
    assert rep["due_day_of_following_month"] == 15
    assert rep["consolidation_day_of_following_month"] == 25
    assert rep["recipient"] == "ГАМСУМО"
    assert "не позднее 15 числа месяца" in rep["text"]["ru"]
    assert "не позднее 25 числа месяца" in rep["text"]["ru"]
    assert "15инен кечиктирбестен" in rep["text"]["ky"]
    assert "25инен кечиктирбестен" in rep["text"]["ky"]


def test_periods_contiguous_and_due_on_the_15th(plan: dict) -> None:
    rep = plan["reporting"]
    periods = rep["periods"]
    ids = [p["id"] for p in periods]
    assert ids[0] == "2018-H2" and ids[-1] == "2023-H2"
    assert len(ids) == len(set(ids)) == 11
    previous_end = None
    for p in periods:
        start, end, due = (dt.date.fromisoformat(p[k]) for k in ("start", "end", "due"))
        year, half = int(p["id"][:4]), int(p["id"][-1])
        assert start == dt.date(year, 1 if half == 1 else 7, 1), p
        assert end == (dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)), p
        if previous_end is not None:
            assert start == previous_end + dt.timedelta(days=1), p
        previous_end = end
        following = end + dt.timedelta(days=1)
        assert due == following.replace(day=rep["due_day_of_following_month"]), p
    valid_from = dt.date.fromisoformat(plan["valid_from"])
    valid_to = dt.date.fromisoformat(plan["valid_to"])
    assert dt.date.fromisoformat(periods[0]["start"]) <= valid_from
    assert dt.date.fromisoformat(periods[-1]["end"]) == valid_to
